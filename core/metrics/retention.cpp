// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "metrics/alertstore.h"
#include "store/sqlstore.h"

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
