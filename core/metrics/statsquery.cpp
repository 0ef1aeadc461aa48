// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsquery.h"

#include "model/delivery.h"
#include "store/sqlstore.h"

#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60000;
constexpr qint64 kMaxWindowS = 31 * 86400;

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return Error::unavailable(u"store error while %1: %2"_s.arg(what, q.lastError().text()));
}

QJsonValue ms(double v, bool present)
{
    // Whole milliseconds below 100 ms would hide the sketch's resolution.
    return present ? QJsonValue(std::round(v * 100) / 100) : QJsonValue();
}

// Appends the event type condition: exact, or a literal prefix before '*'
// (substr, not LIKE, which ignores case in SQLite).
void eventTypeWhere(const QString &eventType, QString &sql, QVariantList &values)
{
    if (eventType.isEmpty())
        return;
    if (eventType.endsWith(u'*')) {
        const QString prefix = eventType.chopped(1);
        if (prefix.isEmpty())
            return;
        sql += u" AND substr(event_type, 1, ?) = ?"_s;
        values << int(prefix.size()) << prefix;
    } else {
        sql += u" AND event_type = ?"_s;
        values << eventType;
    }
}

void readBucket(const QSqlQuery &q, int first, StatsBucket &b)
{
    b.attempts += q.value(first).toLongLong();
    b.ok += q.value(first + 1).toLongLong();
    b.failed += q.value(first + 2).toLongLong();
    b.retries += q.value(first + 3).toLongLong();
    b.firstOk += q.value(first + 4).toLongLong();
    b.dead += q.value(first + 5).toLongLong();
    b.schemaRejects += q.value(first + 6).toLongLong();
    const QString errors = q.value(first + 7).toString();
    if (!errors.isEmpty())
        b.errors.merge(ErrorCounts::parse(errors));
    b.latencySumMs += q.value(first + 8).toLongLong();
    b.latency.mergeEncoded(q.value(first + 9).toByteArray());
}

const QString kBucketColumns = u"attempts, ok, failed, retries, first_ok, dead, schema_rejects, errors, "
                               "latency_sum_ms, latency"_s;

// The merged errors and sketch of each minute, per database and filter (see
// StatsQuery). Bounded: kCacheFilters filters (least recently used goes), and
// only the minutes of a filter's latest window.
class MinuteCache
{
public:
    struct Entry
    {
        // What the minute's counters were when it was cached: the check.
        qint64 attempts = 0, failed = 0, latencySumMs = 0;
        ErrorCounts errors;
        QByteArray latency; // encoded: a fraction of a decoded sketch's size
    };
    using Minutes = QHash<qint64, Entry>;

    static MinuteCache &instance()
    {
        static MinuteCache cache;
        return cache;
    }

    // A copy of the filter's minutes in [from, until).
    Minutes take(const QString &key, qint64 from, qint64 until)
    {
        QMutexLocker lock(&m_mutex);
        Minutes out;
        auto it = m_filters.find(key);
        if (it == m_filters.end())
            return out;
        it->lastUse = ++m_clock;
        for (auto m = it->minutes.cbegin(); m != it->minutes.cend(); ++m) {
            if (m.key() >= from && m.key() < until)
                out.insert(m.key(), m.value());
        }
        return out;
    }

    // The window [from, until) as it is now; minutes more than kCacheMaxMinutes
    // before until are dropped, so a filter holds at most that many.
    void put(const QString &key, qint64 from, qint64 until, const Minutes &minutes)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_filters.contains(key) && m_filters.size() >= StatsQuery::kCacheFilters) {
            auto oldest = m_filters.begin();
            for (auto it = m_filters.begin(); it != m_filters.end(); ++it) {
                if (it->lastUse < oldest->lastUse)
                    oldest = it;
            }
            m_filters.erase(oldest);
        }
        Filter &f = m_filters[key];
        const qint64 oldest = until - StatsQuery::kCacheMaxMinutes * kMinute;
        f.minutes.removeIf([&](const Minutes::iterator &m) {
            return (m.key() >= from && m.key() < until) || m.key() < oldest;
        });
        for (auto it = minutes.cbegin(); it != minutes.cend(); ++it)
            f.minutes.insert(it.key(), it.value());
        f.lastUse = ++m_clock;
    }

    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_filters.clear();
    }

private:
    struct Filter
    {
        Minutes minutes;
        quint64 lastUse = 0;
    };
    QMutex m_mutex;
    QHash<QString, Filter> m_filters;
    quint64 m_clock = 0;
};

} // namespace

void StatsQuery::clearCache()
{
    MinuteCache::instance().clear();
}

void StatsBucket::merge(const StatsBucket &o)
{
    attempts += o.attempts;
    ok += o.ok;
    failed += o.failed;
    retries += o.retries;
    firstOk += o.firstOk;
    dead += o.dead;
    schemaRejects += o.schemaRejects;
    latencySumMs += o.latencySumMs;
    errors.merge(o.errors);
    latency.merge(o.latency);
}

Result<StatsFilter> StatsFilter::fromQuery(const QUrlQuery &query)
{
    static const QRegularExpression kName(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
    static const QRegularExpression kEventType(u"^(\\*|[A-Za-z0-9._:/-]{1,128}\\*?)$"_s);
    static const QStringList kKnown{u"window_s"_s, u"endpoint"_s, u"source"_s, u"event_type"_s,
                                    u"direction"_s};
    StatsFilter f;
    QJsonArray details;
    auto fault = [&](const QString &field, const QString &message) {
        details.append(QJsonObject{{u"field"_s, field}, {u"message"_s, message}});
    };
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!kKnown.contains(item.first))
            fault(item.first,
                  u"unknown parameter; use window_s, endpoint, source, event_type or direction"_s);
    }
    if (query.hasQueryItem(u"window_s"_s)) {
        bool ok = false;
        f.windowS = query.queryItemValue(u"window_s"_s).toLongLong(&ok);
        if (!ok || f.windowS < 60 || f.windowS > kMaxWindowS)
            fault(u"window_s"_s, u"must be whole seconds from 60 to %1 (31 days)"_s.arg(kMaxWindowS));
    }
    if (query.hasQueryItem(u"direction"_s)) {
        f.direction = query.queryItemValue(u"direction"_s);
        if (f.direction != u"out" && f.direction != u"in")
            fault(u"direction"_s, u"must be out (to endpoints) or in (from sources)"_s);
    }
    const QString endpoint = query.queryItemValue(u"endpoint"_s, QUrl::FullyDecoded);
    const QString source = query.queryItemValue(u"source"_s, QUrl::FullyDecoded);
    if (query.hasQueryItem(u"endpoint"_s) && !endpoint.isEmpty() && !kName.match(endpoint).hasMatch())
        fault(u"endpoint"_s, u"must be an endpoint name: [a-z0-9][a-z0-9_-]{0,63}"_s);
    if (query.hasQueryItem(u"source"_s) && !source.isEmpty() && !kName.match(source).hasMatch())
        fault(u"source"_s, u"must be a source name: [a-z0-9][a-z0-9_-]{0,63}"_s);
    if (!endpoint.isEmpty() && !source.isEmpty())
        fault(u"source"_s, u"give endpoint (outbound) or source (inbound), not both"_s);
    if (!source.isEmpty()) {
        if (query.hasQueryItem(u"direction"_s) && f.direction == u"out")
            fault(u"direction"_s, u"a source's traffic is inbound: use direction=in or leave it out"_s);
        f.direction = u"in"_s;
        f.subject = source;
    } else {
        if (!endpoint.isEmpty() && f.direction == u"in")
            fault(u"direction"_s, u"an endpoint's traffic is outbound: use direction=out or leave it out"_s);
        f.subject = endpoint;
    }
    f.eventType = query.queryItemValue(u"event_type"_s, QUrl::FullyDecoded);
    if (query.hasQueryItem(u"event_type"_s) && !f.eventType.isEmpty()
        && !kEventType.match(f.eventType).hasMatch())
        fault(u"event_type"_s,
              u"must be an event type (letters, digits, . _ : / -), optionally ending in *"_s);
    if (f.eventType == u"*")
        f.eventType.clear();
    if (!details.isEmpty()) {
        const QJsonObject first = details.first().toObject();
        return Error::invalid(
            first.value(u"field"_s).toString() + u": "_s + first.value(u"message"_s).toString(), details);
    }
    return f;
}

Result<StatsResult> StatsQuery::run(const StatsFilter &filter, const QDateTime &now, bool withMinutes,
                                    bool withDepths)
{
    const qint64 until = now.toMSecsSinceEpoch() / kMinute * kMinute + kMinute;
    const qint64 minutes = std::max<qint64>(1, (filter.windowS * 1000 + kMinute - 1) / kMinute);
    const qint64 from = until - minutes * kMinute;

    StatsResult result;
    result.from = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    result.until = QDateTime::fromMSecsSinceEpoch(until, Qt::UTC);
    // The cache works minute by minute, so a cached query keeps the minutes
    // until the end even when the caller only wants the total.
    const bool cached = m_useCache && minutes >= kCacheMinMinutes && minutes <= kCacheMaxMinutes;
    const bool perMinute = withMinutes || cached;
    if (perMinute) {
        result.minutes.resize(minutes);
        for (qint64 i = 0; i < minutes; ++i)
            result.minutes[i].minute = from + i * kMinute;
    }

    // Two passes over the same rows: SQLite sums the counters per minute itself,
    // and only the sketches and error counts come back row by row (fetching
    // fewer columns per row is what keeps a 24 h window over ~50k rows fast).
    QString where = u" FROM metrics_minutes WHERE direction = ? AND minute >= ? AND minute < ?"_s;
    QVariantList values{filter.direction, from, until};
    if (!filter.subject.isEmpty()) {
        where += u" AND subject = ?"_s;
        values << filter.subject;
    }
    eventTypeWhere(filter.eventType, where, values);
    auto bucketAt = [&](qint64 minute) -> StatsBucket & {
        return perMinute ? result.minutes[(minute - from) / kMinute].bucket : result.total;
    };
    {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT minute, SUM(attempts), SUM(ok), SUM(failed), SUM(retries), SUM(first_ok), SUM(dead), "
            "SUM(schema_rejects), SUM(latency_sum_ms)"_s
            + where + u" GROUP BY minute"_s);
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, u"reading the minute rollups"_s);
        while (q.next()) {
            StatsBucket &b = bucketAt(q.value(0).toLongLong());
            b.attempts += q.value(1).toLongLong();
            b.ok += q.value(2).toLongLong();
            b.failed += q.value(3).toLongLong();
            b.retries += q.value(4).toLongLong();
            b.firstOk += q.value(5).toLongLong();
            b.dead += q.value(6).toLongLong();
            b.schemaRejects += q.value(7).toLongLong();
            b.latencySumMs += q.value(8).toLongLong();
        }
    }
    // The errors and sketches: from the cache for minutes whose counters are
    // unchanged, from the rows for the others.
    QString cacheKey;
    MinuteCache::Minutes fromCache;
    QList<bool> fresh; // per minute of the window: taken from the cache
    qint64 readFrom = from, readUntil = until;
    if (cached) {
        const QSqlDatabase db = m_store.database();
        cacheKey
            = QStringList{db.driverName(),  db.databaseName(), db.hostName(),   QString::number(db.port()),
                          filter.direction, filter.subject,    filter.eventType}
                  .join(u'\x1f');
        fromCache = MinuteCache::instance().take(cacheKey, from, until);
        fresh.resize(minutes);
        readFrom = until;
        readUntil = from;
        for (qint64 i = 0; i < minutes; ++i) {
            StatsBucket &b = result.minutes[i].bucket;
            if (b.attempts == 0)
                continue;
            const auto entry = fromCache.constFind(result.minutes[i].minute);
            if (entry != fromCache.cend() && entry->attempts == b.attempts && entry->failed == b.failed
                && entry->latencySumMs == b.latencySumMs) {
                b.errors = entry->errors;
                b.latency.mergeEncoded(entry->latency);
                fresh[i] = true;
            } else {
                readFrom = std::min(readFrom, result.minutes[i].minute);
                readUntil = std::max(readUntil, result.minutes[i].minute + kMinute);
            }
        }
    }
    if (readFrom < readUntil) {
        QString rowsWhere = where;
        QVariantList rowsValues = values;
        rowsValues[1] = readFrom;
        rowsValues[2] = readUntil;
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT minute, errors, latency"_s + rowsWhere);
        for (const QVariant &v : std::as_const(rowsValues))
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, u"reading the minute rollups"_s);
        while (q.next()) {
            const qint64 minute = q.value(0).toLongLong();
            if (cached && fresh[(minute - from) / kMinute])
                continue;
            StatsBucket &b = bucketAt(minute);
            const QVariant errors = q.value(1);
            if (!errors.isNull())
                b.errors.merge(ErrorCounts::parse(errors.toString()));
            b.latency.mergeEncoded(q.value(2).toByteArray());
        }
    }
    if (cached) {
        MinuteCache::Minutes keep;
        keep.reserve(minutes);
        for (qint64 i = 0; i < minutes; ++i) {
            const MinuteStats &m = result.minutes[i];
            if (m.bucket.attempts == 0)
                continue;
            if (fresh[i]) {
                keep.insert(m.minute, fromCache.value(m.minute));
                continue;
            }
            MinuteCache::Entry e;
            e.attempts = m.bucket.attempts;
            e.failed = m.bucket.failed;
            e.latencySumMs = m.bucket.latencySumMs;
            e.errors = m.bucket.errors;
            e.latency = m.bucket.latency.encode();
            keep.insert(m.minute, std::move(e));
        }
        MinuteCache::instance().put(cacheKey, from, until, keep);
    }
    if (perMinute) {
        for (const MinuteStats &m : std::as_const(result.minutes))
            result.total.merge(m.bucket);
        if (!withMinutes)
            result.minutes.clear();
    }

    if (withDepths) {
        if (withMinutes) {
            QSqlQuery d(m_store.database());
            d.setForwardOnly(true);
            d.prepare(
                u"SELECT minute, queue_depth, dlq_depth FROM metrics_depths WHERE minute >= ? AND minute < ?"_s);
            d.addBindValue(from);
            d.addBindValue(until);
            if (!d.exec())
                return sqlError(d, u"reading the sampled queue depths"_s);
            while (d.next()) {
                MinuteStats &m = result.minutes[(d.value(0).toLongLong() - from) / kMinute];
                m.queueDepth = d.value(1).toLongLong();
                m.dlqDepth = d.value(2).toLongLong();
            }
        }
        if (filter.direction == u"out") {
            auto dead = deadCount(filter.subject, filter.eventType);
            if (!dead)
                return dead.error();
            result.dlqDepth = *dead;
        }
    }
    return result;
}

Result<QHash<QString, StatsBucket>> StatsQuery::bySubject(const QString &direction, const QDateTime &from,
                                                          const QDateTime &until)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT subject, "_s + kBucketColumns
              + u" FROM metrics_minutes WHERE direction = ? AND minute >= ? AND minute < ?"_s);
    q.addBindValue(direction);
    q.addBindValue(from.toMSecsSinceEpoch() / kMinute * kMinute);
    q.addBindValue(until.toMSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q, u"reading the minute rollups"_s);
    QHash<QString, StatsBucket> out;
    while (q.next())
        readBucket(q, 1, out[q.value(0).toString()]);
    return out;
}

Result<qint64> StatsQuery::deadCount(const QString &endpoint, const QString &eventType)
{
    QString sql = u"SELECT COUNT(*) FROM deliveries WHERE status = 'dead'"_s;
    QVariantList values;
    if (!endpoint.isEmpty()) {
        sql += u" AND endpoint = ?"_s;
        values << endpoint;
    }
    eventTypeWhere(eventType, sql, values);
    QSqlQuery q(m_store.database());
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(q, u"counting dead deliveries"_s);
    return q.value(0).toLongLong();
}

QJsonObject StatsResult::toJson(const StatsFilter &filter) const
{
    auto rate = [](qint64 part, qint64 whole) {
        return whole > 0 ? QJsonValue(std::round(double(part) / double(whole) * 10000) / 10000)
                         : QJsonValue();
    };
    const bool any = total.latency.count() > 0;
    QJsonArray mins;
    for (const MinuteStats &m : minutes) {
        const bool has = m.bucket.latency.count() > 0;
        QJsonObject o{{u"t"_s, toIsoUtc(QDateTime::fromMSecsSinceEpoch(m.minute, Qt::UTC))},
                      {u"attempts"_s, double(m.bucket.attempts)},
                      {u"ok"_s, double(m.bucket.ok)},
                      {u"failed"_s, double(m.bucket.failed)},
                      {u"retries"_s, double(m.bucket.retries)},
                      {u"p50"_s, ms(m.bucket.latency.quantile(0.5), has)},
                      {u"p95"_s, ms(m.bucket.latency.quantile(0.95), has)},
                      {u"p99"_s, ms(m.bucket.latency.quantile(0.99), has)}};
        if (!m.bucket.errors.isEmpty())
            o.insert(u"errors"_s, m.bucket.errors.toJson());
        if (m.dlqDepth)
            o.insert(u"dlq_depth"_s, double(*m.dlqDepth));
        if (m.queueDepth)
            o.insert(u"queue_depth"_s, double(*m.queueDepth));
        mins.append(o);
    }
    QJsonObject out{
        {u"window_s"_s, double(filter.windowS)},
        {u"from"_s, toIsoUtc(from)},
        {u"until"_s, toIsoUtc(until)},
        {u"direction"_s, filter.direction},
        {u"success_rate"_s, rate(total.ok, total.attempts)},
        {u"first_attempt_success_rate"_s, rate(total.firstOk, total.attempts - total.retries)},
        {u"latency_ms"_s,
         QJsonObject{{u"p50"_s, ms(total.latency.quantile(0.5), any)},
                     {u"p95"_s, ms(total.latency.quantile(0.95), any)},
                     {u"p99"_s, ms(total.latency.quantile(0.99), any)}}},
        {u"attempts"_s, double(total.attempts)},
        {u"ok"_s, double(total.ok)},
        {u"failed"_s, double(total.failed)},
        {u"retries"_s, double(total.retries)},
        {u"dead_lettered"_s, double(total.dead)},
        {u"errors"_s, total.errors.toJson()},
        {u"dlq_depth"_s, dlqDepth ? QJsonValue(double(*dlqDepth)) : QJsonValue()},
        {u"minutes"_s, mins},
    };
    return out;
}

} // namespace Switchboard
