// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

#include <memory>
#include <optional>

namespace Switchboard {

// Where secret values live: the OS keychain by default, or a 0600 file that the
// operator chose explicitly. Never the database, logs or config files.
//
// Calls block until the backend answers (the keychain answers over D-Bus within
// milliseconds); call them from a worker thread, not from a paint path.
// Implementations are thread-safe.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // std::nullopt when there is no such secret: that is not an error.
    virtual Result<std::optional<QString>> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &value) = 0;
    // Removing a key that does not exist succeeds.
    virtual Status remove(const QString &key) = 0;

    // For messages: "the OS keychain (Secret Service)", "the secrets file /x/y".
    virtual QString description() const = 0;
};

} // namespace Switchboard
