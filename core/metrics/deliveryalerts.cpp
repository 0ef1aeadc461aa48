// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryalerts.h"

#include "functions/functiondef.h"
#include "metrics/alertstore.h"
#include "store/sqlstore.h"
#include "util/logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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
            a.deliveryId = r.id;
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
    auto compliance = scanCompliance(since, now);
    if (!compliance)
        return compliance.error();
    summary.opened += compliance->opened;
    summary.resolved += compliance->resolved;
    return summary;
}

Result<DeliveryAlerts::Summary> DeliveryAlerts::scanCompliance(const QDateTime &since, const QDateTime &now)
{
    Summary summary;
    AlertStore alerts(m_store);
    auto all = alerts.rules();
    if (!all)
        return all.error();
    QList<AlertRule> rules;
    for (const AlertRule &rule : std::as_const(*all)) {
        if (rule.enabled && rule.kind == AlertRule::Kind::ComplianceDeadLetter)
            rules.append(rule);
    }
    if (rules.isEmpty())
        return summary;
    // Only the flagged event types come back (exact, or a literal prefix: substr,
    // not LIKE, which ignores case in SQLite).
    QStringList any;
    QVariantList values{since.toMSecsSinceEpoch()};
    for (const AlertRule &rule : std::as_const(rules)) {
        for (const QString &type : rule.eventTypes) {
            if (type == u"*") {
                any = {u"1 = 1"_s};
                values.resize(1);
                break;
            }
            if (type.endsWith(u'*')) {
                any << u"substr(event_type, 1, ?) = ?"_s;
                values << int(type.size() - 1) << type.chopped(1);
            } else {
                any << u"event_type = ?"_s;
                values << type;
            }
        }
        if (any == QStringList{u"1 = 1"_s})
            break;
    }
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT id, endpoint, event_type, status, dead_reason, call_id FROM deliveries "
              "WHERE updated_at >= ? AND status IN ('dead', 'delivered') AND ("_s
              + any.join(u" OR "_s) + u')');
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return Error::unavailable(u"store error while scanning deliveries for compliance alerts: "_s
                                  + q.lastError().text());
    struct Row
    {
        QString id, endpoint, eventType, status, reason, callId;
    };
    QList<Row> rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    q.finish();
    for (const Row &r : std::as_const(rows)) {
        const auto rule = std::find_if(rules.cbegin(), rules.cend(), [&r](const AlertRule &rule) {
            return rule.matchesEventType(r.eventType)
                && (rule.endpoint.isEmpty() || rule.endpoint == r.endpoint);
        });
        if (rule == rules.cend())
            continue;
        const QString alertId = u"alt_cmp_"_s + r.id.mid(4);
        auto existing = alerts.alert(alertId);
        if (!existing)
            return existing.error();
        if (r.status == u"dead" && !existing->has_value()) {
            Alert a;
            a.id = alertId;
            a.rule = rule->name;
            a.endpoint = r.endpoint;
            a.deliveryId = r.id;
            a.state = Alert::State::Open;
            a.openedAt = now;
            a.updatedAt = now;
            a.value = 1;
            a.message
                = u"compliance event %1: delivery %2 to %3 is in the dead-letter queue (%4)%5; the "
                  "receiver never got it: replay it once the receiver is fixed, or follow up by hand"_s.arg(
                      r.eventType, r.id, r.endpoint, r.reason.isEmpty() ? u"dead"_s : r.reason,
                      r.callId.isEmpty() ? QString() : u" on call %1"_s.arg(r.callId));
            if (auto st = alerts.insert(a); !st)
                return st.error();
            qCWarning(lcMetrics).noquote() << u"alert %1 opened: %2"_s.arg(a.rule, a.message);
            ++summary.opened;
        } else if (r.status == u"delivered" && existing->has_value()
                   && (*existing)->state != Alert::State::Resolved) {
            Alert a = **existing;
            a.state = Alert::State::Resolved;
            a.resolvedAt = now;
            a.updatedAt = now;
            a.message += u" (resolved: delivered after a replay)"_s;
            if (auto st = alerts.update(a); !st)
                return st.error();
            ++summary.resolved;
        }
    }
    return summary;
}

} // namespace Switchboard
