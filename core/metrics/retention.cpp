// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "metrics/alertstore.h"
#include "store/sqlstore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return Error::unavailable(u"store error while %1: %2"_s.arg(what, q.lastError().text()));
}

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << u"?"_s;
    return m.join(u", "_s);
}

} // namespace

QJsonObject RetentionPolicy::toJson() const
{
    return QJsonObject{{u"attempt_bodies_days"_s, attemptBodyDays},
                       {u"inbound_bodies_days"_s, inboundBodyDays},
                       {u"delivered_messages_days"_s, deliveredMessageDays},
                       {u"rollups_days"_s, rollupDays}};
}

Result<RetentionPolicy> RetentionPolicy::fromJson(const QJsonObject &json, const RetentionPolicy &base)
{
    RetentionPolicy p = base;
    const QList<std::pair<QString, int RetentionPolicy::*>> fields{
        {u"attempt_bodies_days"_s, &RetentionPolicy::attemptBodyDays},
        {u"inbound_bodies_days"_s, &RetentionPolicy::inboundBodyDays},
        {u"delivered_messages_days"_s, &RetentionPolicy::deliveredMessageDays},
        {u"rollups_days"_s, &RetentionPolicy::rollupDays},
    };
    QJsonArray details;
    for (auto it = json.begin(); it != json.end(); ++it) {
        bool known = false;
        for (const auto &[name, member] : fields)
            known = known || name == it.key();
        if (!known)
            details.append(QJsonObject{{u"field"_s, it.key()}, {u"message"_s, u"unknown field"_s}});
    }
    for (const auto &[name, member] : fields) {
        const QJsonValue v = json.value(name);
        if (v.isUndefined())
            continue;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > kMaxDays || d != double(int(d))) {
            details.append(QJsonObject{
                {u"field"_s, name},
                {u"message"_s, u"must be whole days from 0 (keep forever) to %1"_s.arg(kMaxDays)}});
            continue;
        }
        p.*member = int(d);
    }
    if (!details.isEmpty())
        return Error::invalid(
            u"retention: %1: %2"_s.arg(details.first().toObject().value(u"field"_s).toString(),
                                       details.first().toObject().value(u"message"_s).toString()),
            details);
    return p;
}

Result<Retention::Counts> Retention::run(const QDateTime &now)
{
    Counts counts;
    const int batch = std::max(1, m_policy.batchSize);
    auto loop = [&](int days, auto prune, qint64 &total) -> Status {
        if (days <= 0)
            return Ok{};
        const QDateTime cutoff = now.addDays(-days);
        for (int i = 0; i < m_policy.maxBatchesPerRun; ++i) {
            auto n = (this->*prune)(cutoff);
            if (!n)
                return n.error();
            total += *n;
            if (*n < batch)
                return Ok{};
        }
        counts.more = true;
        return Ok{};
    };
    if (auto st = loop(m_policy.attemptBodyDays, &Retention::pruneAttemptBodies, counts.attemptBodies); !st)
        return st.error();
    if (auto st = loop(m_policy.inboundBodyDays, &Retention::pruneInboundBodies, counts.inboundBodies); !st)
        return st.error();
    if (auto st = loop(m_policy.deliveredMessageDays, &Retention::pruneMessages, counts.messages); !st)
        return st.error();
    if (auto st = loop(m_policy.rollupDays, &Retention::pruneRollups, counts.rollups); !st)
        return st.error();
    return counts;
}

Result<int> Retention::pruneAttemptBodies(const QDateTime &cutoff)
{
    int n = 0;
    Status st = m_store.transaction([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(u"UPDATE attempts SET response_body = NULL, response_headers = NULL, body_truncated = 0 "
                  "WHERE id IN (SELECT id FROM attempts WHERE started_at < ? AND "
                  "(response_body IS NOT NULL OR response_headers IS NOT NULL) LIMIT ?)"_s);
        q.addBindValue(cutoff.toMSecsSinceEpoch());
        q.addBindValue(m_policy.batchSize);
        if (!q.exec())
            return sqlError(q, u"pruning attempt bodies"_s);
        n = q.numRowsAffected();
        return Ok{};
    });
    if (!st)
        return st.error();
    return n;
}

Result<int> Retention::pruneInboundBodies(const QDateTime &cutoff)
{
    // The log rows stay (verdict, reason, sizes); what the sender sent goes, so an old
    // rejected request can no longer be resubmitted.
    int n = 0;
    Status st = m_store.transaction([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(u"UPDATE inbound_events SET body = NULL, raw_body = NULL, raw_headers = NULL "
                  "WHERE id IN (SELECT id FROM inbound_events WHERE received_at < ? AND "
                  "(body IS NOT NULL OR raw_body IS NOT NULL OR raw_headers IS NOT NULL) LIMIT ?)"_s);
        q.addBindValue(cutoff.toMSecsSinceEpoch());
        q.addBindValue(m_policy.batchSize);
        if (!q.exec())
            return sqlError(q, u"pruning inbound bodies"_s);
        n = q.numRowsAffected();
        return Ok{};
    });
    if (!st)
        return st.error();
    return n;
}

Result<int> Retention::pruneMessages(const QDateTime &cutoff)
{
    // Candidates are read outside the write lock; the delete re-checks them, so
    // a replay in between keeps its message.
    const QString delivered = u"NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.message_id = messages.id AND "
                              "d.status <> 'delivered')"_s;
    QStringList ids;
    {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT id FROM messages WHERE created_at < ? AND "_s + delivered
                  + u" ORDER BY created_at LIMIT ?"_s);
        q.addBindValue(cutoff.toMSecsSinceEpoch());
        q.addBindValue(m_policy.batchSize);
        if (!q.exec())
            return sqlError(q, u"finding delivered messages to prune"_s);
        while (q.next())
            ids << q.value(0).toString();
    }
    if (ids.isEmpty())
        return 0;
    int n = 0;
    Status st = m_store.transaction([&]() -> Status {
        QStringList keep;
        {
            QSqlQuery q(m_store.database());
            q.prepare(u"SELECT id FROM messages WHERE id IN ("_s + marks(ids.size()) + u") AND "_s
                      + delivered);
            for (const QString &id : std::as_const(ids))
                q.addBindValue(id);
            if (!q.exec())
                return sqlError(q, u"re-checking messages to prune"_s);
            while (q.next())
                keep << q.value(0).toString();
        }
        if (keep.isEmpty())
            return Ok{};
        const QString in = marks(keep.size());
        const QStringList deletes{
            u"DELETE FROM attempts WHERE delivery_id IN (SELECT id FROM deliveries WHERE message_id IN ("_s
                + in + u"))"_s,
            u"DELETE FROM deliveries WHERE message_id IN ("_s + in + u")"_s,
            u"DELETE FROM messages WHERE id IN ("_s + in + u")"_s};
        for (const QString &sql : deletes) {
            QSqlQuery q(m_store.database());
            q.prepare(sql);
            for (const QString &id : std::as_const(keep))
                q.addBindValue(id);
            if (!q.exec())
                return sqlError(q, u"pruning delivered messages"_s);
        }
        n = int(keep.size());
        return Ok{};
    });
    if (!st)
        return st.error();
    // A full batch of candidates means there may be more, even if some stayed.
    return ids.size() >= m_policy.batchSize ? std::max(n, m_policy.batchSize) : n;
}

Result<int> Retention::pruneRollups(const QDateTime &cutoff)
{
    int n = 0;
    Status st = m_store.transaction([&]() -> Status {
        const qint64 ms = cutoff.toMSecsSinceEpoch();
        QSqlQuery q(m_store.database());
        q.prepare(u"DELETE FROM metrics_minutes WHERE rowid IN (SELECT rowid FROM metrics_minutes WHERE "
                  "direction IN ('out', 'in') AND minute < ? LIMIT ?)"_s);
        if (m_store.kind() == StoreLocation::Kind::Postgres) {
            q.prepare(u"DELETE FROM metrics_minutes WHERE ctid IN (SELECT ctid FROM metrics_minutes WHERE "
                      "direction IN ('out', 'in') AND minute < ? LIMIT ?)"_s);
        }
        q.addBindValue(ms);
        q.addBindValue(m_policy.batchSize);
        if (!q.exec())
            return sqlError(q, u"pruning minute rollups"_s);
        n = q.numRowsAffected();
        QSqlQuery d(m_store.database());
        d.prepare(u"DELETE FROM metrics_depths WHERE minute < ?"_s);
        d.addBindValue(ms);
        if (!d.exec())
            return sqlError(d, u"pruning sampled depths"_s);
        auto alerts = AlertStore(m_store).pruneResolved(cutoff, m_policy.batchSize);
        if (!alerts)
            return alerts.error();
        return Ok{};
    });
    if (!st)
        return st.error();
    return n;
}

} // namespace Switchboard
