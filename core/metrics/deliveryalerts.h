// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>

namespace Switchboard {

class SqlStore;

// Alerts about single deliveries that someone must follow up by hand, as
// opposed to the rate-based rules of AlertEvaluator:
//  - "optimistic_call_failed": an optimistic LLM function told the caller "done"
//    at once, and its request has since ended in the dead-letter queue: call the
//    caller back. Resolved when the delivery is replayed and delivered.
//  - compliance_dead_letter rules: a delivery of an event type the operator
//    flagged as compliance (an SMS sent, a payment taken) went to the
//    dead-letter queue: something the caller was told happened did not reach
//    the receiver. Raised on the first dead letter, with the delivery id;
//    resolved when the delivery is replayed and delivered.
// One alert per delivery (its id is derived from the delivery's). Runs in the
// thread that owns the store connection (the housekeeping thread).
class DeliveryAlerts
{
public:
    static inline const QString kOptimisticRule = QStringLiteral("optimistic_call_failed");

    explicit DeliveryAlerts(SqlStore &store) : m_store(store) { }

    struct Summary
    {
        int opened = 0;
        int resolved = 0;
    };
    // Looks at deliveries that changed since `since`.
    Result<Summary> scan(const QDateTime &since, const QDateTime &now);
    // The compliance_dead_letter part of scan().
    Result<Summary> scanCompliance(const QDateTime &since, const QDateTime &now);

private:
    SqlStore &m_store;
};

} // namespace Switchboard
