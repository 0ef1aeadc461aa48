// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// GET /v1/stats over a 24 h window of 1 million recorded attempts: how long the
// query (StatsQuery::run, what the route calls) takes on minute rollups, and
// how long recording those rollups took. Each query is timed three ways: cold
// (the minute cache empty, as after a restart), live (the dashboard's refresh:
// new attempts landed in the current minute since the last query) and warm
// (nothing changed). Prints one JSON object.
//
//   bench_stats [--attempts N] [--endpoints N] [--event-types N] [--runs N] [--dir DIR]
#include "metrics/rollupwriter.h"
#include "metrics/statsquery.h"
#include "store/sqlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

QJsonObject timings(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return QJsonObject{
        {u"min_ms"_s, ms.first()}, {u"median_ms"_s, ms.at(ms.size() / 2)}, {u"max_ms"_s, ms.last()}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"attempts"_s, u"Attempts in the 24 h window."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"endpoints"_s, u"Endpoints."_s, u"N"_s, u"8"_s});
    parser.addOption({u"event-types"_s, u"Event types per endpoint."_s, u"N"_s, u"4"_s});
    parser.addOption({u"runs"_s, u"Query repetitions."_s, u"N"_s, u"15"_s});
    parser.addOption({u"cache-mib"_s,
                      u"SQLite page cache for the query connection (default: SQLite's 2 MiB)."_s, u"MIB"_s});
    parser.addOption({u"dir"_s, u"Directory for the database (default: a temporary one)."_s, u"DIR"_s});
    parser.process(app);
    const qint64 attempts = parser.value(u"attempts"_s).toLongLong();
    const int endpoints = parser.value(u"endpoints"_s).toInt();
    const int eventTypes = parser.value(u"event-types"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir tmp;
    const QString dir = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : tmp.path();
    const QString path = dir + u"/bench_stats.db"_s;
    QFile::remove(path);
    auto opened = SqlStore::open(StoreLocation::sqlite(path), u"bench"_s);
    if (!opened || !(*opened)->migrate()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    SqlStore &store = **opened;
    if (parser.isSet(u"cache-mib"_s)) {
        QSqlQuery pragma(store.database());
        pragma.exec(u"PRAGMA cache_size = -%1"_s.arg(parser.value(u"cache-mib"_s).toInt() * 1024));
    }

    // Record: the engine folds each group-commit batch into the rollups; here a
    // batch is one minute's attempts (about 700 at 1 M a day).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = now.addSecs(-86400 + 60);
    std::mt19937_64 rng(7);
    std::lognormal_distribution<double> latency(4.5, 0.9);
    std::uniform_int_distribution<int> pickEndpoint(0, endpoints - 1), pickType(0, eventTypes - 1);
    std::bernoulli_distribution fails(0.05), retry(0.04);
    const QStringList errorClasses{u"timeout"_s, u"http_5xx"_s, u"connect"_s, u"http_4xx"_s};
    RollupWriter writer(u"bench"_s);
    QElapsedTimer recordTimer;
    recordTimer.start();
    qint64 written = 0;
    for (int minute = 0; minute < 1440; ++minute) {
        const qint64 inMinute = attempts * (minute + 1) / 1440 - attempts * minute / 1440;
        QList<RollupSample> batch;
        batch.reserve(inMinute);
        for (qint64 i = 0; i < inMinute; ++i) {
            RollupSample s;
            s.at = start.addSecs(qint64(minute) * 60);
            s.subject = u"endpoint-%1"_s.arg(pickEndpoint(rng));
            s.eventType = u"call.event-%1"_s.arg(pickType(rng));
            s.ok = !fails(rng);
            s.error = s.ok ? QString() : errorClasses.at(int(i % errorClasses.size()));
            s.statusCode = s.ok ? 200 : 503;
            s.n = retry(rng) ? 2 : 1;
            s.durationMs = int(latency(rng));
            batch << s;
        }
        if (!store.transaction([&]() { return writer.add(store, batch); })) {
            std::fprintf(stderr, "recording failed\n");
            return 1;
        }
        written += inMinute;
    }
    const double recordMs = double(recordTimer.nsecsElapsed()) / 1e6;

    enum class Cache { Cold, Live, Warm };
    int liveBatch = 0;
    auto measure = [&](const StatsFilter &filter, QJsonObject *sample, Cache cache) {
        QList<double> ms;
        StatsQuery::clearCache();
        if (cache != Cache::Cold)
            StatsQuery(store).run(filter, now); // fills the cache
        for (int i = 0; i < runs; ++i) {
            if (cache == Cache::Cold) {
                StatsQuery::clearCache();
            } else if (cache == Cache::Live) {
                // 700 attempts a minute arrive in about 25 batches: one of them.
                QList<RollupSample> batch;
                for (int k = 0; k < 28; ++k) {
                    RollupSample s;
                    s.at = now;
                    s.subject = u"endpoint-%1"_s.arg(pickEndpoint(rng));
                    s.eventType = u"call.event-%1"_s.arg(pickType(rng));
                    s.ok = true;
                    s.durationMs = int(latency(rng));
                    batch << s;
                }
                if (!store.transaction([&]() { return writer.add(store, batch); }))
                    std::fprintf(stderr, "recording a live batch failed\n");
                ++liveBatch;
            }
            QElapsedTimer t;
            t.start();
            auto r = StatsQuery(store).run(filter, now);
            const QByteArray json = QJsonDocument(r->toJson(filter)).toJson(QJsonDocument::Compact);
            ms << double(t.nsecsElapsed()) / 1e6;
            if (i == 0 && sample) {
                *sample = QJsonObject{{u"attempts"_s, double(r->total.attempts)},
                                      {u"p50"_s, r->total.latency.quantile(0.5)},
                                      {u"p99"_s, r->total.latency.quantile(0.99)},
                                      {u"minutes"_s, r->minutes.size()},
                                      {u"json_bytes"_s, json.size()}};
            }
        }
        return timings(ms);
    };
    auto three = [&](const StatsFilter &filter, QJsonObject *sample) {
        return QJsonObject{{u"cold"_s, measure(filter, sample, Cache::Cold)},
                           {u"live"_s, measure(filter, nullptr, Cache::Live)},
                           {u"warm"_s, measure(filter, nullptr, Cache::Warm)}};
    };
    StatsFilter all;
    all.windowS = 86400;
    QJsonObject sample;
    const QJsonObject allTimes = three(all, &sample);
    StatsFilter one = all;
    one.subject = u"endpoint-1"_s;
    const QJsonObject oneTimes = three(one, nullptr);
    StatsFilter prefix = all;
    prefix.eventType = u"call.*"_s;
    const QJsonObject prefixTimes = three(prefix, nullptr);
    StatsFilter hour;
    const QJsonObject hourTimes = three(hour, nullptr);

    const QJsonObject out{
        {u"benchmark"_s, u"stats_query"_s},
        {u"attempts"_s, double(written)},
        {u"endpoints"_s, endpoints},
        {u"event_types"_s, eventTypes},
        {u"rollup_rows"_s, double(endpoints * eventTypes * 1440)},
        {u"database_bytes"_s, double(QFileInfo(path).size())},
        {u"record_ms"_s, recordMs},
        {u"record_attempts_per_s"_s, double(written) / (recordMs / 1000)},
        {u"window_24h_all"_s, allTimes},
        {u"window_24h_one_endpoint"_s, oneTimes},
        {u"window_24h_event_prefix"_s, prefixTimes},
        {u"window_1h_all"_s, hourTimes},
        {u"result"_s, sample},
        {u"live_batches_added"_s, liveBatch},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
