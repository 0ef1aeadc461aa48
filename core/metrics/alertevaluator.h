// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/alertrule.h"
#include "util/result.h"

#include <QDateTime>

namespace Switchboard {

class SqlStore;

// Evaluates every enabled alert rule against the minute rollups and the queue,
// and moves alerts through their lifecycle: a firing condition opens an alert
// (one per rule and endpoint at a time); an open or acknowledged alert resolves
// by itself once the value is back past the threshold by the rule's hysteresis
// for AlertRule::kClearEvaluations evaluations in a row, so a value hovering on
// the threshold does not flap. A window with fewer than min_attempts attempts
// counts as clear.
//
// Time comes from the caller, so tests drive it with their own clock. Use in
// the thread that owns the store connection.
class AlertEvaluator
{
public:
    explicit AlertEvaluator(SqlStore &store) : m_store(store) { }

    struct Summary
    {
        int opened = 0;
        int resolved = 0;
        int active = 0;
    };
    Result<Summary> evaluate(const QDateTime &now);

private:
    struct Reading
    {
        QString endpoint;
        QString source; // inbound rules
        bool firing = false;
        bool clear = true;
        double value = 0;
        QString message;
    };
    Result<QList<Reading>> read(const AlertRule &rule, const QDateTime &now);
    Result<Reading> readBadSignatures(const AlertRule &rule, const QDateTime &now);
    Result<QList<Reading>> readCircuits(const AlertRule &rule, const QDateTime &now);
    Status apply(const AlertRule &rule, const Reading &reading, const QDateTime &now, Summary &summary);

    SqlStore &m_store;
};

} // namespace Switchboard
