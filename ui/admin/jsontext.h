// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace Switchboard::JsonText {

// Indented JSON for editors and read-only panes; strings as they are, null as "".
QString pretty(const QJsonValue &value);
// Parses an editor's text: an object or array (or, with scalars, any value).
// On failure returns undefined and sets error to a message fit for the user.
QJsonValue parse(const QString &text, QString *error, bool scalars = false);
// "name: value" lines of a JSON object of headers.
QString headerLines(const QJsonValue &headers);

} // namespace Switchboard::JsonText
