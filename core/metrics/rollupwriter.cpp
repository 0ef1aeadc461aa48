// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollupwriter.h"

#include "delivery/engine.h"
#include "metrics/errorcounts.h"
#include "metrics/latencysketch.h"
#include "store/sqlstore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <tuple>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

struct Key
{
    qint64 minute;
    QString direction;
    QString subject;
    QString eventType;
    auto tie() const { return std::tie(minute, direction, subject, eventType); }
    bool operator<(const Key &o) const { return tie() < o.tie(); }
};

struct Row
{
    qint64 attempts = 0, ok = 0, failed = 0, retries = 0, firstOk = 0, dead = 0, schemaRejects = 0;
    qint64 latencySumMs = 0;
    ErrorCounts errors;
    LatencySketch latency;

    void add(const RollupSample &s)
    {
        ++attempts;
        if (s.ok) {
            ++ok;
            if (s.n <= 1)
                ++firstOk;
        } else {
            ++failed;
            errors.add(s.error.isEmpty() ? u"other"_s : s.error);
        }
        if (s.n > 1)
            ++retries;
        if (s.dead)
            ++dead;
        if (s.statusCode == 400 || s.statusCode == 422)
            ++schemaRejects;
        latencySumMs += std::max(0, s.durationMs);
        latency.add(s.durationMs);
    }
};

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return Error::unavailable(u"store error while %1: %2"_s.arg(what, q.lastError().text()));
}

} // namespace

RollupWriter::RollupWriter(QString worker) : m_worker(std::move(worker)) { }

RollupSample RollupWriter::sampleOf(const AttemptRecord &record, const AttemptEvent &event)
{
    RollupSample s;
    s.at = record.attempt.startedAt;
    s.subject = event.endpoint;
    s.eventType = event.eventType;
    s.n = event.n;
    s.ok = event.error == AttemptError::None;
    s.error = toString(event.error);
    s.statusCode = event.statusCode;
    s.durationMs = event.durationMs;
    s.dead = record.newStatus == DeliveryStatus::Dead;
    return s;
}

Status RollupWriter::addAttempts(SqlStore &store, const QList<AttemptRecord> &records,
                                 const QList<AttemptEvent> &events)
{
    QList<RollupSample> samples;
    samples.reserve(records.size());
    for (qsizetype i = 0; i < records.size() && i < events.size(); ++i)
        samples.append(sampleOf(records.at(i), events.at(i)));
    return add(store, samples);
}

Status RollupWriter::add(SqlStore &store, const QList<RollupSample> &samples)
{
    if (samples.isEmpty())
        return Ok{};
    // A batch touches few rows (minutes x endpoints x event types): fold it in
    // memory first, then read-modify-write each row once.
    std::map<Key, Row> batch;
    // A null QString binds as SQL NULL: an unknown event type (an inbound
    // request rejected before it had one) is stored as the empty string.
    auto text = [](const QString &t) { return t.isNull() ? u""_s : t; };
    for (const RollupSample &s : samples)
        batch[Key{minuteOf(s.at), s.direction, text(s.subject), text(s.eventType)}].add(s);

    QSqlDatabase db = store.database();
    QSqlQuery sel(db);
    sel.setForwardOnly(true);
    sel.prepare(
        u"SELECT attempts, ok, failed, retries, first_ok, dead, schema_rejects, errors, latency_sum_ms, "
        "latency FROM metrics_minutes WHERE direction = ? AND minute = ? AND subject = ? AND "
        "event_type = ? AND worker = ?"_s);
    QSqlQuery up(db);
    up.prepare(u"INSERT INTO metrics_minutes (minute, direction, subject, event_type, worker, attempts, ok, "
               "failed, retries, first_ok, dead, schema_rejects, errors, latency_sum_ms, latency) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT (direction, minute, subject, event_type, worker) DO UPDATE SET "
               "attempts = excluded.attempts, ok = excluded.ok, failed = excluded.failed, "
               "retries = excluded.retries, first_ok = excluded.first_ok, dead = excluded.dead, "
               "schema_rejects = excluded.schema_rejects, errors = excluded.errors, "
               "latency_sum_ms = excluded.latency_sum_ms, latency = excluded.latency"_s);
    for (auto &[key, row] : batch) {
        sel.addBindValue(key.direction);
        sel.addBindValue(key.minute);
        sel.addBindValue(key.subject);
        sel.addBindValue(key.eventType);
        sel.addBindValue(m_worker);
        if (!sel.exec())
            return sqlError(sel, u"reading a minute rollup"_s);
        if (sel.next()) {
            row.attempts += sel.value(0).toLongLong();
            row.ok += sel.value(1).toLongLong();
            row.failed += sel.value(2).toLongLong();
            row.retries += sel.value(3).toLongLong();
            row.firstOk += sel.value(4).toLongLong();
            row.dead += sel.value(5).toLongLong();
            row.schemaRejects += sel.value(6).toLongLong();
            row.errors.merge(ErrorCounts::parse(sel.value(7).toString()));
            row.latencySumMs += sel.value(8).toLongLong();
            row.latency.mergeEncoded(sel.value(9).toByteArray());
        }
        sel.finish();
        up.addBindValue(key.minute);
        up.addBindValue(key.direction);
        up.addBindValue(key.subject);
        up.addBindValue(key.eventType);
        up.addBindValue(m_worker);
        up.addBindValue(row.attempts);
        up.addBindValue(row.ok);
        up.addBindValue(row.failed);
        up.addBindValue(row.retries);
        up.addBindValue(row.firstOk);
        up.addBindValue(row.dead);
        up.addBindValue(row.schemaRejects);
        up.addBindValue(row.errors.toString());
        up.addBindValue(row.latencySumMs);
        up.addBindValue(row.latency.encode());
        if (!up.exec())
            return sqlError(up, u"writing a minute rollup"_s);
        up.finish();
    }
    return Ok{};
}

} // namespace Switchboard
