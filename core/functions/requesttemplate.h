// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Switchboard {

// Maps an LLM's function arguments into a request. Placeholders are {{name}}
// or {{a.b.c}} (a path into the arguments). A string that is exactly one
// placeholder takes the argument's value with its JSON type, so a number stays
// a number and an object stays an object; a placeholder inside other text is
// replaced by the argument's text. A missing argument removes the member that
// was exactly its placeholder (optional arguments stay optional) and renders
// as an empty string inside text.
//
// Plain functions; thread-safe.
class RequestTemplate
{
public:
    static constexpr int kMaxOutputBytes = 256 * 1024;
    static constexpr int kMaxDepth = 32;

    // Renders a JSON template (the body).
    static Result<QJsonValue> render(const QJsonValue &tmpl, const QJsonObject &arguments);
    // Renders text (path, query values, headers); encodeForUrl percent-encodes
    // each substituted value.
    static Result<QString> renderText(const QString &tmpl, const QJsonObject &arguments, bool encodeForUrl);

    // The names used by placeholders in a template, for validation at save time.
    static QStringList placeholders(const QJsonValue &tmpl);

    // The value at a dotted path in the arguments; Undefined when absent.
    static QJsonValue lookup(const QJsonObject &arguments, const QString &path);
};

} // namespace Switchboard
