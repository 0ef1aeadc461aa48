// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

class QHttpServerRequest;

namespace Switchboard {

// The request's body as a JSON object: 415 for a non-JSON Content-Type, 400
// for bytes that are not JSON (with the offset), 422 when it is not an object.
Result<QJsonObject> parseJsonObject(const QHttpServerRequest &request);
Result<QJsonObject> parseJsonObject(const QByteArray &body, const QByteArray &contentType);

// The exact bytes of a top-level member's value in a JSON object body, so that
// a payload is delivered as the agent wrote it (QJsonValue keeps numbers as
// doubles and would round integers above 2^53). Falls back to the compact
// serialisation of parsed when the member cannot be located.
QByteArray rawMember(const QByteArray &body, const QString &key, const QJsonValue &parsed);

} // namespace Switchboard
