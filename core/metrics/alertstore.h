// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/alertrule.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace Switchboard {

class SqlStore;

// Alert rules and alerts in the store (tables alert_rules and alerts of the
// "metrics" schema module). Use in the thread that owns the store connection.
class AlertStore
{
public:
    explicit AlertStore(SqlStore &store) : m_store(store) { }

    Result<QList<AlertRule>> rules();
    Result<bool> putRule(const AlertRule &rule); // true when created
    Result<bool> removeRule(const QString &name); // false when there was none

    // Newest first; state empty for all.
    Result<QList<Alert>> alerts(const QString &state = {}, int limit = 100);
    Result<std::optional<Alert>> alert(const QString &id);
    // The open or acknowledged alert of a rule and endpoint, if any.
    Result<std::optional<Alert>> active(const QString &rule, const QString &endpoint);
    Status insert(const Alert &alert);
    Status update(const Alert &alert);
    // open -> acknowledged; NotFound, or Conflict for a resolved alert.
    Result<Alert> acknowledge(const QString &id, const QDateTime &now);
    // Resolved alerts last updated before cutoff, at most limit of them.
    Result<int> pruneResolved(const QDateTime &cutoff, int limit);

private:
    SqlStore &m_store;
};

} // namespace Switchboard
