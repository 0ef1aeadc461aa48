// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryalerts.h"

#include "functions/functiondef.h"
#include "metrics/alertstore.h"
#include "store/sqlstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

Result<DeliveryAlerts::Summary> DeliveryAlerts::scan(const QDateTime &since, const QDateTime &now)
{
    Summary summary;
    // Function calls are messages of type function.<name>; their mode is the
    // function's (functions table), optimistic ones are the concern here.
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT d.id, d.endpoint, d.status, d.dead_reason, d.call_id, m.event_type, f.config "
              "FROM deliveries d JOIN messages m ON m.id = d.message_id "
              "JOIN functions f ON m.event_type = 'function.' || f.name "
              "WHERE d.updated_at >= ? AND d.status IN ('dead', 'delivered')"_s);
    q.addBindValue(since.toMSecsSinceEpoch());
    if (!q.exec())
        return Error::unavailable(u"store error while scanning deliveries for alerts: "_s
                                  + q.lastError().text());
    struct Row
    {
        QString id, endpoint, status, reason, callId, function;
    };
    QList<Row> rows;
    while (q.next()) {
        const QJsonObject config = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
        if (config.value(u"mode"_s).toString() != u"optimistic")
            continue;
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString().mid(9)});
    }
    q.finish();
    AlertStore alerts(m_store);
    for (const Row &r : std::as_const(rows)) {
        const QString alertId = u"alt_"_s + r.id.mid(4);
        auto existing = alerts.alert(alertId);
        if (!existing)
            return existing.error();
        if (r.status == u"dead" && !existing->has_value()) {
            Alert a;
            a.id = alertId;
            a.rule = kOptimisticRule;
            a.endpoint = r.endpoint;
            a.state = Alert::State::Open;
            a.openedAt = now;
            a.updatedAt = now;
            a.message
                = u"%1 told the caller it was done, but delivery %2 failed for good (%3)%4: follow up with "
                  "the caller, then replay or discard it"_s.arg(
                      r.function, r.id, r.reason.isEmpty() ? u"dead"_s : r.reason,
                      r.callId.isEmpty() ? QString() : u" on call %1"_s.arg(r.callId));
            if (auto st = alerts.insert(a); !st)
                return st.error();
            ++summary.opened;
        } else if (r.status == u"delivered" && existing->has_value()
                   && (*existing)->state != Alert::State::Resolved) {
            Alert a = **existing;
            a.state = Alert::State::Resolved;
            a.resolvedAt = now;
            a.updatedAt = now;
            if (auto st = alerts.update(a); !st)
                return st.error();
            ++summary.resolved;
        }
    }
    return summary;
}

} // namespace Switchboard
