// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/errorcounts.h"
#include "metrics/latencysketch.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QUrlQuery;

namespace Switchboard {

class SqlStore;

// What GET /v1/stats asks for.
struct StatsFilter
{
    qint64 windowS = 3600;
    QString direction = QStringLiteral("out");
    QString subject; // endpoint (out) or source (in); empty: all
    QString eventType; // exact, or a prefix ending in '*'; empty: all

    // Reads window_s, endpoint, source, event_type and direction; an
    // InvalidArgument error lists every field at fault.
    static Result<StatsFilter> fromQuery(const QUrlQuery &query);
};

// Totals of one minute, or of a whole window.
struct StatsBucket
{
    qint64 attempts = 0, ok = 0, failed = 0, retries = 0, firstOk = 0, dead = 0, schemaRejects = 0;
    qint64 latencySumMs = 0;
    ErrorCounts errors;
    LatencySketch latency;

    void merge(const StatsBucket &other);
};

struct MinuteStats
{
    qint64 minute = 0; // ms since the epoch, a whole minute
    StatsBucket bucket;
    std::optional<qint64> queueDepth; // sampled, when a sample exists
    std::optional<qint64> dlqDepth;
};

struct StatsResult
{
    QDateTime from; // inclusive, a whole minute
    QDateTime until; // exclusive
    StatsBucket total;
    QList<MinuteStats> minutes; // every minute of the window, oldest first
    std::optional<qint64> dlqDepth; // now, for the filter
    std::optional<qint64> queueDepth;

    QJsonObject toJson(const StatsFilter &filter) const;
};

// Answers stats over any window and filter from the minute rollups alone:
// counters are summed and latency sketches merged (percentiles are never
// averaged). Also the alert rules' source of numbers.
//
// Windows of an hour or more keep each minute's merged errors and sketch in a
// small process-wide cache, so a repeated 24 h query (GET /v1/stats, the
// console's dashboard) reads and merges only the minutes that changed. A cached
// minute is used only while its attempt count, failures and latency sum (which
// the query sums in SQL anyway) are still what they were: rollup rows only ever
// grow, or go whole by retention, so any new sample, late or not, and any
// pruning show as a mismatch and the minute is read again. Results are exactly
// those of reading every row.
//
// Use in the thread that owns the store connection (the cache is thread-safe).
class StatsQuery
{
public:
    explicit StatsQuery(SqlStore &store, bool useCache = true) : m_store(store), m_useCache(useCache) { }

    // The window ends with the minute that contains now.
    Result<StatsResult> run(const StatsFilter &filter, const QDateTime &now, bool withMinutes = true,
                            bool withDepths = true);
    // Totals per subject over [from, until), for rules evaluated per endpoint.
    Result<QHash<QString, StatsBucket>> bySubject(const QString &direction, const QDateTime &from,
                                                  const QDateTime &until);
    // Dead deliveries now, optionally for one endpoint or event type (prefix*).
    Result<qint64> deadCount(const QString &endpoint, const QString &eventType);

    // Windows of an hour to two days use the minute cache (shorter ones are
    // cheap, and the alert rules' few minutes would only push the dashboard's
    // filters out); it holds at most kCacheFilters filters.
    static constexpr qint64 kCacheMinMinutes = 60;
    static constexpr qint64 kCacheMaxMinutes = 2 * 1440;
    static constexpr int kCacheFilters = 8;
    static void clearCache();

private:
    SqlStore &m_store;
    bool m_useCache;
};

} // namespace Switchboard
