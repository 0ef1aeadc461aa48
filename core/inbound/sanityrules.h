// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbound/jsonpath.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Switchboard {

// Business sanity checks on an inbound document that an operator configures
// without code, beyond what a JSON Schema says:
//   {"required": ["$.id"], "not_future": ["$.created"], "non_negative": ["$.data.amount"],
//    "event_types": {"path": "$.type", "allowed": ["lead.created", "charge.*"]}}
// Timestamps are Unix seconds (milliseconds when above 10^11) or RFC 3339
// strings; amounts are numbers or numeric strings. A path that is absent is only
// an error for "required" and "event_types".
//
// Immutable after parse(); thread-safe.
class SanityRules
{
public:
    static Result<SanityRules> parse(const QJsonObject &json);

    bool isEmpty() const;
    QJsonObject toJson() const { return m_json; }

    // Ok, or an Error (422) whose message names the path and the broken rule,
    // with details [{"rule", "path", "message"}]. skewS: how far in the future a
    // timestamp may be (the source's clock tolerance).
    Status check(const QJsonValue &document, const QDateTime &now, int skewS) const;

private:
    QJsonObject m_json;
    QList<JsonPath> m_required;
    QList<JsonPath> m_notFuture;
    QList<JsonPath> m_nonNegative;
    std::optional<JsonPath> m_eventTypePath;
    QStringList m_allowedEventTypes;
};

} // namespace Switchboard
