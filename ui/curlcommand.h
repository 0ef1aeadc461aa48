// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"

#include <QString>

namespace Switchboard {

// Builds the shell command that repeats one attempt with curl. Secret headers
// (signatures, authorization, keys, cookies) are masked unless the caller
// passes revealed values it obtained deliberately. Pure functions; any thread.
class CurlCommand
{
public:
    // headers as stored (already masked); revealed replaces headers by name.
    static QString build(const QString &method, const QString &url, const HeaderList &headers,
                         const QByteArray &body, const HeaderList &revealed = {});
    // A POSIX shell single-quoted word.
    static QString shellQuote(const QString &text);
};

} // namespace Switchboard
