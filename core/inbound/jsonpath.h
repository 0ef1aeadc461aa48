// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Switchboard {

// The simple subset of JSONPath that configuration needs to point at one value:
// "$", "$.data.call_id", "$.items[0].id", "$['odd key'].x". No wildcards,
// filters or slices. Immutable; thread-safe.
class JsonPath
{
public:
    static Result<JsonPath> parse(const QString &text);

    // The value at this path, or nullopt when a step is missing.
    std::optional<QJsonValue> evaluate(const QJsonValue &root) const;
    const QString &text() const { return m_text; }

private:
    struct Step
    {
        QString key;
        int index = -1; // >= 0: an array index
    };

    QString m_text;
    QList<Step> m_steps;
};

} // namespace Switchboard
