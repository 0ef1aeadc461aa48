// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_fleet: delivery throughput with 1, 2 and 3 workers sharing one
// PostgreSQL queue, and the latency of one claim. Prints one JSON object on
// stdout; see docs/performance.md. Needs SWITCHBOARD_TEST_PG_URL, e.g.
//   scripts/with-postgres.sh build/tests/bench/bench_fleet --n 3000
//
//  (a) for w = 1, 2, 3: w engines (each with its own threads, store
//      connection and LISTEN connection, as w switchboardd processes would
//      have) start on an empty queue; n messages are enqueued in one
//      transaction; the clock runs from that commit until the receiver has
//      seen all n (delivered/s) and until every outcome is committed (durable/s).
//  (b) claim latency: one transaction claiming a batch of 32 (with the
//      fleet-wide limit check) on a queue of n, repeated; p50/p99 in ms.
//
// All engines live in this one process on the same cores, so the figures show
// the cost of coordination through the database, not a multi-machine speed-up.
#include "../support/pgtestdatabase.h"
#include "delivery/engine.h"
#include "receiver/testreceiver.h"
#include "secrets/memorysecretstore.h"
#include "store/sqlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

struct Options
{
    int n = 3000;
    int dispatchers = 2;
    int maxWorkers = 3;
};

// Waits (with the event loop running) until done() or timeoutMs.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

double percentile(QList<double> v, double q)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qsizetype(q * double(v.size() - 1)));
}

Status setup(PgTestDatabase &db, const QUrl &url, int maxInFlight)
{
    if (auto st = db.reset(); !st)
        return st;
    auto store = SqlStore::open(db.location(), u"bench-setup"_s);
    if (!store)
        return store.error();
    if (auto st = (*store)->migrate(); !st)
        return st;
    Endpoint e;
    e.name = u"sink"_s;
    e.url = url;
    e.signing = SigningScheme::None;
    e.maxInFlight = maxInFlight;
    e.timeoutMs = 30000;
    if (auto r = (*store)->upsertEndpoint(e); !r)
        return r.error();
    return Ok{};
}

Status enqueueAll(SqlStore &store, int n)
{
    return store.transaction([&]() -> Status {
        for (int i = 0; i < n; ++i) {
            EnqueueItem item;
            item.request.eventType = u"bench.tick"_s;
            item.request.payload = QJsonDocument(QJsonObject{{u"seq"_s, i}, {u"pad"_s, QString(900, u'x')}})
                                       .toJson(QJsonDocument::Compact);
            item.targets = {u"sink"_s};
            if (auto r = store.enqueue(item, u"h"_s); !r)
                return r.error();
        }
        return Ok{};
    });
}

QJsonObject runWorkers(PgTestDatabase &db, TestReceiver &receiver, const Options &o, int workers)
{
    const int maxInFlight = workers * o.dispatchers * 6;
    if (auto st = setup(db, receiver.url(u"/sink"_s), maxInFlight); !st)
        return {{u"error"_s, st.error().message}};
    receiver.clear();
    auto secrets = std::make_shared<MemorySecretStore>();
    std::vector<std::unique_ptr<Engine>> engines;
    for (int i = 0; i < workers; ++i) {
        EngineOptions eo;
        eo.location = db.location();
        eo.workerId = u"bench-w%1"_s.arg(i);
        eo.dispatchers = o.dispatchers;
        eo.fastDispatchers = 0;
        eo.exclusiveStore = false;
        engines.push_back(std::make_unique<Engine>(eo, secrets));
        if (auto st = engines.back()->start(); !st)
            return {{u"error"_s, st.error().message}};
    }
    auto store = SqlStore::open(db.location(), u"bench-enqueue"_s);
    if (!store)
        return {{u"error"_s, store.error().message}};
    QThread::msleep(300); // every engine listening and idle
    if (auto st = enqueueAll(**store, o.n); !st)
        return {{u"error"_s, st.error().message}};
    QElapsedTimer clock;
    clock.start();
    const bool delivered = waitFor([&]() { return receiver.count() >= o.n; }, 300000);
    const double deliveredS = clock.elapsed() / 1000.0;
    const bool durable = waitFor(
        [&]() {
            auto d = (*store)->depths();
            return d && d->pending == 0 && d->inFlight == 0;
        },
        300000);
    const double durableS = clock.elapsed() / 1000.0;
    QJsonObject perWorker;
    {
        QSqlQuery q((*store)->database());
        if (q.exec(u"SELECT worker, COUNT(*) FROM attempts GROUP BY worker ORDER BY worker"_s)) {
            while (q.next())
                perWorker.insert(q.value(0).toString(), q.value(1).toDouble());
        }
    }
    for (auto &e : engines)
        e->stop(0);
    engines.clear();
    store->reset();
    return {{u"workers"_s, workers},
            {u"n"_s, o.n},
            {u"complete"_s, delivered && durable},
            {u"delivered_per_s"_s, delivered ? o.n / deliveredS : 0.0},
            {u"durable_per_s"_s, durable ? o.n / durableS : 0.0},
            {u"receiver_max_concurrent"_s, receiver.maxConcurrent()},
            {u"attempts_by_worker"_s, perWorker}};
}

QJsonObject claimLatency(PgTestDatabase &db, const Options &o)
{
    if (auto st = setup(db, QUrl(u"http://127.0.0.1:9/"_s), 1000000); !st)
        return {{u"error"_s, st.error().message}};
    auto store = SqlStore::open(db.location(), u"bench-claim"_s);
    if (!store)
        return {{u"error"_s, store.error().message}};
    if (auto st = enqueueAll(**store, o.n); !st)
        return {{u"error"_s, st.error().message}};
    QList<double> ms;
    QElapsedTimer t;
    const EndpointLimits limits{1000000, 0};
    for (;;) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int got = 0;
        t.start();
        const Status st = (*store)->transaction([&]() -> Status {
            auto r = (*store)->claim(u"sink"_s, u"bench"_s, 32, now, now.addSecs(60), limits);
            if (!r)
                return r.error();
            got = int(r->size());
            return Ok{};
        });
        if (!st)
            return {{u"error"_s, st.error().message}};
        if (got == 0)
            break;
        ms.append(t.nsecsElapsed() / 1e6);
    }
    store->reset();
    return {{u"batch"_s, 32},
            {u"claims"_s, int(ms.size())},
            {u"p50_ms"_s, percentile(ms, 0.5)},
            {u"p99_ms"_s, percentile(ms, 0.99)}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"switchboard.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Deliveries/s with 1..3 workers on one PostgreSQL queue, and claim latency."_s);
    parser.addHelpOption();
    parser.addOption({u"n"_s, u"Messages per run (default 3000)."_s, u"N"_s, u"3000"_s});
    parser.addOption({u"dispatchers"_s, u"Dispatcher threads per worker (default 2)."_s, u"N"_s, u"2"_s});
    parser.addOption({u"workers"_s, u"Largest fleet to measure (default 3)."_s, u"N"_s, u"3"_s});
    parser.process(app);
    Options o;
    o.n = std::max(1, parser.value(u"n"_s).toInt());
    o.dispatchers = std::clamp(parser.value(u"dispatchers"_s).toInt(), 1, 16);
    o.maxWorkers = std::clamp(parser.value(u"workers"_s).toInt(), 1, 8);

    PgTestDatabase db;
    if (auto st = db.create(u"bench_fleet"_s); !st) {
        std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(st.error().message));
        return 2;
    }
    QThread receiverThread;
    auto *receiver = new TestReceiver;
    receiver->moveToThread(&receiverThread);
    QObject::connect(&receiverThread, &QThread::finished, receiver, &QObject::deleteLater);
    receiverThread.start();
    receiver->listen();

    QJsonArray runs;
    for (int w = 1; w <= o.maxWorkers; ++w)
        runs.append(runWorkers(db, *receiver, o, w));
    const QJsonObject claim = claimLatency(db, o);
    receiverThread.quit();
    receiverThread.wait();

    const QJsonObject out{{u"benchmark"_s, u"fleet"_s},
                          {u"postgres"_s, db.location().displayName()},
                          {u"dispatchers_per_worker"_s, o.dispatchers},
                          {u"runs"_s, runs},
                          {u"claim"_s, claim}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
