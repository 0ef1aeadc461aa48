// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertstore.h"

#include "store/sqlstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

const QString kAlertColumns
    = u"id, rule, endpoint, state, opened_at, acknowledged_at, resolved_at, message, value, "
      "threshold, clear_count, updated_at, source, delivery_id"_s;

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return Error::unavailable(u"store error while %1: %2"_s.arg(what, q.lastError().text()));
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

Alert readAlert(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toString();
    a.rule = q.value(1).toString();
    a.endpoint = q.value(2).toString();
    const QString state = q.value(3).toString();
    a.state = state == u"resolved" ? Alert::State::Resolved
        : state == u"acknowledged" ? Alert::State::Acknowledged
                                   : Alert::State::Open;
    a.openedAt = fromMs(q.value(4));
    a.acknowledgedAt = fromMs(q.value(5));
    a.resolvedAt = fromMs(q.value(6));
    a.message = q.value(7).toString();
    a.value = q.value(8).toDouble();
    a.threshold = q.value(9).toDouble();
    a.clearCount = q.value(10).toInt();
    a.updatedAt = fromMs(q.value(11));
    a.source = q.value(12).toString();
    a.deliveryId = q.value(13).toString();
    return a;
}

} // namespace

Result<QList<AlertRule>> AlertStore::rules()
{
    QSqlQuery q(m_store.database());
    if (!q.exec(u"SELECT name, config, updated_at FROM alert_rules ORDER BY name"_s))
        return sqlError(q, u"reading alert rules"_s);
    QList<AlertRule> out;
    while (q.next()) {
        auto r = AlertRule::fromJson(q.value(0).toString(),
                                     QJsonDocument::fromJson(q.value(1).toByteArray()).object());
        if (!r)
            continue; // written by a newer build; never breaks the others
        r->updatedAt = fromMs(q.value(2));
        out.append(*r);
    }
    return out;
}

Result<bool> AlertStore::putRule(const AlertRule &rule)
{
    QJsonObject config = rule.toJson();
    config.remove(u"name"_s);
    config.remove(u"updated_at"_s);
    bool created = false;
    Status st = m_store.transaction([&]() -> Status {
        QSqlQuery sel(m_store.database());
        sel.prepare(u"SELECT 1 FROM alert_rules WHERE name = ?"_s);
        sel.addBindValue(rule.name);
        if (!sel.exec())
            return sqlError(sel, u"reading an alert rule"_s);
        created = !sel.next();
        sel.finish();
        QSqlQuery q(m_store.database());
        q.prepare(u"INSERT INTO alert_rules (name, config, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) "
                  u"DO UPDATE "
                  "SET config = excluded.config, updated_at = excluded.updated_at"_s);
        q.addBindValue(rule.name);
        q.addBindValue(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec())
            return sqlError(q, u"writing an alert rule"_s);
        return Ok{};
    });
    if (!st)
        return st.error();
    return created;
}

Result<bool> AlertStore::removeRule(const QString &name)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"DELETE FROM alert_rules WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, u"removing an alert rule"_s);
    return q.numRowsAffected() > 0;
}

Result<QList<Alert>> AlertStore::alerts(const QString &state, int limit)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT "_s + kAlertColumns + u" FROM alerts"_s
              + (state.isEmpty() ? QString() : u" WHERE state = ?"_s)
              + u" ORDER BY opened_at DESC, id DESC LIMIT ?"_s);
    if (!state.isEmpty())
        q.addBindValue(state);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, u"reading alerts"_s);
    QList<Alert> out;
    while (q.next())
        out.append(readAlert(q));
    return out;
}

Result<std::optional<Alert>> AlertStore::alert(const QString &id)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT "_s + kAlertColumns + u" FROM alerts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, u"reading an alert"_s);
    if (!q.next())
        return std::optional<Alert>();
    return std::optional<Alert>(readAlert(q));
}

Result<std::optional<Alert>> AlertStore::active(const QString &rule, const QString &endpoint)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT "_s + kAlertColumns
              + u" FROM alerts WHERE state IN ('open', 'acknowledged') AND rule = ? AND "
                "COALESCE(endpoint, '') = COALESCE(?, '') ORDER BY opened_at DESC LIMIT 1"_s);
    q.addBindValue(rule);
    q.addBindValue(endpoint);
    if (!q.exec())
        return sqlError(q, u"reading active alerts"_s);
    if (!q.next())
        return std::optional<Alert>();
    return std::optional<Alert>(readAlert(q));
}

Status AlertStore::insert(const Alert &a)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT INTO alerts ("_s + kAlertColumns
              + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.id);
    q.addBindValue(a.rule);
    q.addBindValue(a.endpoint.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.endpoint));
    q.addBindValue(Alert::stateName(a.state));
    q.addBindValue(a.openedAt.toMSecsSinceEpoch());
    q.addBindValue(msOrNull(a.acknowledgedAt));
    q.addBindValue(msOrNull(a.resolvedAt));
    q.addBindValue(a.message);
    q.addBindValue(a.value);
    q.addBindValue(a.threshold);
    q.addBindValue(a.clearCount);
    q.addBindValue(msOrNull(a.updatedAt));
    q.addBindValue(a.source.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.source));
    q.addBindValue(a.deliveryId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.deliveryId));
    if (!q.exec())
        return sqlError(q, u"storing an alert"_s);
    return Ok{};
}

Status AlertStore::update(const Alert &a)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"UPDATE alerts SET state = ?, acknowledged_at = ?, resolved_at = ?, message = ?, value = ?, "
              "threshold = ?, clear_count = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(Alert::stateName(a.state));
    q.addBindValue(msOrNull(a.acknowledgedAt));
    q.addBindValue(msOrNull(a.resolvedAt));
    q.addBindValue(a.message);
    q.addBindValue(a.value);
    q.addBindValue(a.threshold);
    q.addBindValue(a.clearCount);
    q.addBindValue(msOrNull(a.updatedAt));
    q.addBindValue(a.id);
    if (!q.exec())
        return sqlError(q, u"updating an alert"_s);
    return Ok{};
}

Result<Alert> AlertStore::acknowledge(const QString &id, const QDateTime &now)
{
    // Only an open alert moves: a concurrent resolve by the evaluator wins.
    QSqlQuery q(m_store.database());
    q.prepare(u"UPDATE alerts SET state = 'acknowledged', acknowledged_at = ?, updated_at = ? "
              "WHERE id = ? AND state = 'open'"_s);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, u"acknowledging an alert"_s);
    auto a = alert(id);
    if (!a)
        return a.error();
    if (!a->has_value())
        return Error::notFound(u"no alert %1"_s.arg(id));
    if ((*a)->state == Alert::State::Resolved)
        return Error::conflict(u"alert %1 is resolved already"_s.arg(id));
    return **a;
}

Result<int> AlertStore::pruneResolved(const QDateTime &cutoff, int limit)
{
    QSqlQuery q(m_store.database());
    q.prepare(
        u"DELETE FROM alerts WHERE id IN (SELECT id FROM alerts WHERE state = 'resolved' AND updated_at < ? "
        "LIMIT ?)"_s);
    q.addBindValue(cutoff.toMSecsSinceEpoch());
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, u"pruning resolved alerts"_s);
    return q.numRowsAffected();
}

} // namespace Switchboard
