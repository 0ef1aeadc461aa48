// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_delivery: how close the delivery engine gets to a bare
// QNetworkAccessManager loop, and how long a message waits before its first
// attempt. Prints one JSON object on stdout; see docs/performance.md.
//
//  (a) baseline: as many threads as the engine has dispatchers, each with its
//      own QNAM and at most 6 requests open, POST n 1 KB JSON bodies to a
//      loopback sink: requests/s.
//  (b) engine: the same n messages through Engine::enqueue on a fresh SQLite
//      file (WAL, synchronous=FULL), signed with standard-webhooks, until every
//      delivery's attempt is committed as delivered: durable deliveries/s, and
//      the ratio to (a).
//  (c) latency: paced enqueues at half of (b)'s rate; latency = the sink's
//      arrival time - the enqueue call time; p50/p99.
//
// The sink is a minimal HTTP/1.1 keep-alive server on QTcpServer in its own
// thread, so the figures are about the client side, not the receiver.
#include "delivery/engine.h"
#include "delivery/secretring.h"
#include "secrets/memorysecretstore.h"
#include "store/sqlstore.h"
#include "util/ids.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

// CPU time of the whole process (every thread), to see what a request costs
// beyond the wall clock: on a 2-core machine the engine and the sink share the
// cores with the HTTP clients.
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// {"seq":N,"pad":"xxx..."} of exactly `bytes` bytes (at least the header).
QByteArray body(int seq, int bytes)
{
    QByteArray b = "{\"seq\":" + QByteArray::number(seq) + ",\"pad\":\"";
    const qsizetype pad = std::max<qsizetype>(0, bytes - b.size() - 2);
    b.append(pad, 'x');
    b.append("\"}");
    return b;
}

// Runs until done() holds, with the event loop turning; gives up when
// progress() has not changed for stallMs (a broken engine must not hang the
// benchmark).
bool waitFor(const std::function<bool()> &done, const std::function<qint64()> &progress, int stallMs = 30000)
{
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    qint64 last = progress();
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (const qint64 now = progress(); now != last) {
            last = now;
            sinceProgress.restart();
        } else if (sinceProgress.elapsed() > stallMs) {
            return false;
        }
        if (!done())
            QThread::usleep(200);
    }
    return true;
}

// A cheap HTTP/1.1 sink: parses Content-Length framed requests on keep-alive
// connections, answers 200 {"ok":true}, and notes the first arrival time of
// each "seq". Lives in its own thread; arrival times are read after done.
class Sink : public QTcpServer
{
public:
    void reset(int expected)
    {
        m_arrivalNs.assign(size_t(expected), 0);
        m_distinct.store(0);
        m_total.store(0);
    }
    int distinct() const { return m_distinct.load(std::memory_order_acquire); }
    int total() const { return m_total.load(std::memory_order_acquire); }
    const std::vector<qint64> &arrivals() const { return m_arrivalNs; }

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(fd);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer]() { serve(socket, *buffer); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        QByteArray out;
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            qsizetype length = 0;
            const QByteArrayView head(buffer.constData(), end);
            for (qsizetype pos = 0; pos < head.size();) {
                qsizetype eol = head.indexOf("\r\n", pos);
                if (eol < 0)
                    eol = head.size();
                const QByteArrayView line = head.sliced(pos, eol - pos);
                if (line.size() > 15 && line.first(15).compare("content-length:", Qt::CaseInsensitive) == 0)
                    length = line.sliced(15).trimmed().toLongLong();
                pos = eol + 2;
            }
            if (buffer.size() < end + 4 + length)
                break;
            note(QByteArrayView(buffer.constData() + end + 4, length));
            buffer.remove(0, end + 4 + length);
            out += "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                   "11\r\n\r\n{\"ok\":true}";
        }
        if (!out.isEmpty())
            socket->write(out);
    }

    void note(QByteArrayView request)
    {
        const qint64 at = nowNs();
        m_total.fetch_add(1, std::memory_order_release);
        const qsizetype key = request.indexOf("\"seq\":");
        if (key < 0)
            return;
        qsizetype i = key + 6;
        int seq = 0;
        while (i < request.size() && request.at(i) >= '0' && request.at(i) <= '9')
            seq = seq * 10 + (request.at(i++) - '0');
        if (seq < 0 || size_t(seq) >= m_arrivalNs.size() || m_arrivalNs[size_t(seq)] != 0)
            return;
        m_arrivalNs[size_t(seq)] = at;
        m_distinct.fetch_add(1, std::memory_order_release);
    }

    std::vector<qint64> m_arrivalNs;
    std::atomic<int> m_distinct{0};
    std::atomic<int> m_total{0};
};

// One baseline client: its own QNAM in its own thread, at most `window`
// requests open, POSTing seqs first, first + step, ... below n.
class Client : public QObject
{
public:
    Client(QUrl url, int first, int step, int n, int window, int bytes)
        : m_url(std::move(url))
        , m_next(first)
        , m_step(step)
        , m_n(n)
        , m_window(window)
        , m_bytes(bytes)
    { }
    std::atomic<bool> done{false};
    std::atomic<int> errors{0};

    void run()
    {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setAutoDeleteReplies(true);
        fill();
    }

private:
    void fill()
    {
        while (m_open < m_window && m_next < m_n) {
            QNetworkRequest request(m_url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            QNetworkReply *reply = m_nam->post(request, body(m_next, m_bytes));
            m_next += m_step;
            ++m_open;
            connect(reply, &QNetworkReply::finished, this, [this, reply]() {
                if (reply->error() != QNetworkReply::NoError)
                    errors.fetch_add(1);
                --m_open;
                fill();
            });
        }
        if (m_open == 0 && m_next >= m_n)
            done.store(true);
    }

    QUrl m_url;
    QNetworkAccessManager *m_nam = nullptr;
    int m_next;
    int m_step;
    int m_n;
    int m_window;
    int m_bytes;
    int m_open = 0;
};

struct Options
{
    int n = 20000;
    int dispatchers = 4;
    int bytes = 1024;
    int window = 2048; // enqueues outstanding at once in (b)
    int slotsPerDispatcher = 0; // EngineOptions::slotsPerDispatcher; 0: the engine's default
    double latencySeconds = 8;
    bool rollups = true; // EngineOptions::rollups
};

struct SinkThread
{
    QThread thread;
    Sink *sink = nullptr;
    quint16 port = 0;

    SinkThread()
    {
        thread.setObjectName(u"sink"_s);
        sink = new Sink;
        sink->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, sink, &QObject::deleteLater);
        thread.start();
        QMetaObject::invokeMethod(
            sink,
            [this]() {
                sink->listen(QHostAddress::LocalHost, 0);
                port = sink->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~SinkThread()
    {
        thread.quit();
        thread.wait();
    }
    void reset(int expected)
    {
        QMetaObject::invokeMethod(
            sink, [this, expected]() { sink->reset(expected); }, Qt::BlockingQueuedConnection);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/hook"_s.arg(port)); }
};

QJsonObject runBaseline(SinkThread &sink, const Options &o)
{
    sink.reset(o.n);
    QList<QThread *> threads;
    QList<Client *> clients;
    for (int i = 0; i < o.dispatchers; ++i) {
        auto *thread = new QThread;
        auto *client = new Client(sink.url(), i, o.dispatchers, o.n, 6, o.bytes);
        client->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, client, &QObject::deleteLater);
        thread->start();
        threads.append(thread);
        clients.append(client);
    }
    QElapsedTimer clock;
    clock.start();
    const double cpu0 = processCpuSeconds();
    for (Client *c : std::as_const(clients))
        QMetaObject::invokeMethod(
            c, [c]() { c->run(); }, Qt::QueuedConnection);
    const bool ok = waitFor(
        [&]() {
            return std::all_of(clients.cbegin(), clients.cend(), [](Client *c) { return c->done.load(); });
        },
        [&]() { return sink.sink->total(); });
    const double seconds = clock.nsecsElapsed() / 1e9;
    const double cpu = processCpuSeconds() - cpu0;
    int errors = 0;
    for (Client *c : std::as_const(clients))
        errors += c->errors.load();
    for (QThread *t : std::as_const(threads)) {
        t->quit();
        t->wait();
        delete t;
    }
    return QJsonObject{{u"requests"_s, o.n},
                       {u"threads"_s, o.dispatchers},
                       {u"seconds"_s, seconds},
                       {u"req_per_s"_s, ok ? o.n / seconds : 0.0},
                       {u"cpu_seconds"_s, cpu},
                       {u"cpu_us_per_request"_s, cpu * 1e6 / o.n},
                       {u"complete"_s, ok},
                       {u"errors"_s, errors},
                       {u"received"_s, sink.sink->distinct()}};
}

// A fresh engine on its own SQLite file with one signing endpoint to the sink.
struct EngineRig
{
    QTemporaryDir dir;
    std::shared_ptr<MemorySecretStore> secrets = std::make_shared<MemorySecretStore>();
    std::unique_ptr<Engine> engine;
    QString error;

    bool start(const Options &o, const QUrl &url, const QString &tag)
    {
        EngineOptions eo;
        eo.location = StoreLocation::sqlite(dir.filePath(u"bench.db"_s));
        eo.workerId = u"bench-"_s + tag;
        eo.dispatchers = o.dispatchers;
        if (o.slotsPerDispatcher > 0)
            eo.slotsPerDispatcher = o.slotsPerDispatcher;
        eo.rollups = o.rollups;
        engine = std::make_unique<Engine>(eo, secrets);
        if (auto st = engine->start(); !st) {
            error = st.error().message;
            return false;
        }
        auto store = SqlStore::open(eo.location, u"bench-setup-"_s + tag);
        if (!store) {
            error = store.error().message;
            return false;
        }
        Endpoint e;
        e.name = u"sink"_s;
        e.url = url;
        e.signing = SigningScheme::StandardWebhooks;
        e.maxInFlight = o.dispatchers * eo.slotsPerDispatcher;
        e.timeoutMs = 30000;
        if (auto r = (*store)->upsertEndpoint(e); !r) {
            error = r.error().message;
            return false;
        }
        SecretRing ring(**store, *secrets, engine->instanceId());
        if (auto r = ring.set(SecretRing::endpointOwner(e.name), newWebhookSecret()); !r) {
            error = r.error().message;
            return false;
        }
        store->reset();
        engine->reloadEndpoints(); // queued before any enqueue below
        return true;
    }
};

EnqueueRequest request(int seq, int bytes)
{
    EnqueueRequest r;
    r.eventType = u"bench.tick"_s;
    r.payload = body(seq, bytes);
    return r;
}

QJsonObject runEngine(SinkThread &sink, const Options &o, double baselineRate)
{
    sink.reset(o.n);
    EngineRig rig;
    if (!rig.start(o, sink.url(), u"throughput"_s))
        return QJsonObject{{u"error"_s, rig.error}};
    QObject context;
    int delivered = 0;
    int otherOutcomes = 0;
    qint64 lastDeliveredNs = 0;
    QObject::connect(rig.engine.get(), &Engine::attemptRecorded, &context, [&](const AttemptEvent &e) {
        if (e.newStatus == DeliveryStatus::Delivered) {
            ++delivered;
            lastDeliveredNs = nowNs();
        } else {
            ++otherOutcomes;
        }
    });

    int next = 0;
    int outstanding = 0;
    int acked = 0;
    int failed = 0;
    qint64 lastAckNs = 0;
    std::function<void()> fill = [&]() {
        while (outstanding < o.window && next < o.n) {
            ++outstanding;
            rig.engine->enqueue(request(next++, o.bytes), &context, [&](const Result<EnqueueResult> &r) {
                --outstanding;
                if (r) {
                    ++acked;
                    lastAckNs = nowNs();
                } else {
                    ++failed;
                }
                fill();
            });
        }
    };
    const qint64 t0 = nowNs();
    const double cpu0 = processCpuSeconds();
    fill();
    const bool ok
        = waitFor([&]() { return delivered + otherOutcomes + failed >= o.n; },
                  [&]() { return qint64(delivered) + otherOutcomes + failed + acked + sink.sink->total(); });
    const double seconds = (lastDeliveredNs - t0) / 1e9;
    const double cpu = processCpuSeconds() - cpu0;
    const double rate = ok && delivered > 0 ? delivered / seconds : 0.0;
    rig.engine->stop(1000);
    return QJsonObject{{u"messages"_s, o.n},
                       {u"dispatchers"_s, o.dispatchers},
                       {u"enqueue_window"_s, o.window},
                       {u"enqueued_per_s"_s, acked / ((lastAckNs - t0) / 1e9)},
                       {u"seconds"_s, seconds},
                       {u"deliveries_per_s"_s, rate},
                       {u"cpu_seconds"_s, cpu},
                       {u"cpu_us_per_delivery"_s, cpu * 1e6 / o.n},
                       {u"ratio_to_baseline"_s, baselineRate > 0 ? rate / baselineRate : 0.0},
                       {u"complete"_s, ok},
                       {u"delivered"_s, delivered},
                       {u"not_delivered"_s, otherOutcomes + failed},
                       {u"received"_s, sink.sink->distinct()},
                       {u"received_total"_s, sink.sink->total()}};
}

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(std::ceil(p * double(sorted.size()))) - 1);
    return sorted[i];
}

QJsonObject runLatency(SinkThread &sink, const Options &o, double rate)
{
    const int m = std::clamp(int(rate * o.latencySeconds), 200, o.n);
    sink.reset(m);
    EngineRig rig;
    if (!rig.start(o, sink.url(), u"latency"_s))
        return QJsonObject{{u"error"_s, rig.error}};
    QObject context;
    int outcomes = 0;
    QObject::connect(rig.engine.get(), &Engine::attemptRecorded, &context,
                     [&](const AttemptEvent &) { ++outcomes; });

    // Warm up the connections and the first prepared statements outside the sample.
    int warm = 0;
    for (int i = 0; i < o.dispatchers * 6; ++i) {
        EnqueueRequest r = request(0, o.bytes);
        r.payload.replace("\"seq\":0", "\"warm\":0"); // not a sample
        rig.engine->enqueue(r, &context, [&](const Result<EnqueueResult> &) { ++warm; });
    }
    waitFor([&]() { return outcomes >= o.dispatchers * 6; }, [&]() { return outcomes; });
    outcomes = 0;

    std::vector<qint64> enqueuedNs(size_t(m), 0);
    int next = 0;
    const qint64 t0 = nowNs();
    const double intervalNs = 1e9 / rate;
    QTimer pacer;
    pacer.setTimerType(Qt::PreciseTimer);
    pacer.setInterval(1);
    QObject::connect(&pacer, &QTimer::timeout, &context, [&]() {
        const qint64 now = nowNs();
        while (next < m && t0 + qint64(next * intervalNs) <= now) {
            enqueuedNs[size_t(next)] = nowNs();
            rig.engine->enqueue(request(next, o.bytes), &context, [](const Result<EnqueueResult> &) {});
            ++next;
        }
        if (next >= m)
            pacer.stop();
    });
    pacer.start();
    const bool ok = waitFor([&]() { return next >= m && outcomes >= m && sink.sink->distinct() >= m; },
                            [&]() { return qint64(next) + outcomes + sink.sink->total(); });
    const double seconds = (nowNs() - t0) / 1e9;
    rig.engine->stop(1000);

    std::vector<double> ms;
    ms.reserve(size_t(m));
    const std::vector<qint64> &arrivals = sink.sink->arrivals();
    for (int i = 0; i < m; ++i) {
        if (arrivals[size_t(i)] > 0 && enqueuedNs[size_t(i)] > 0)
            ms.push_back((arrivals[size_t(i)] - enqueuedNs[size_t(i)]) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return QJsonObject{{u"rate_per_s"_s, rate},
                       {u"messages"_s, m},
                       {u"seconds"_s, seconds},
                       {u"measured"_s, qint64(ms.size())},
                       {u"complete"_s, ok},
                       {u"p50_ms"_s, percentile(ms, 0.50)},
                       {u"p90_ms"_s, percentile(ms, 0.90)},
                       {u"p99_ms"_s, percentile(ms, 0.99)},
                       {u"max_ms"_s, ms.empty() ? 0.0 : ms.back()}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_delivery"_s);
    QLoggingCategory::setFilterRules(u"switchboard.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Engine throughput against a bare QNAM loop, and enqueue-to-first-attempt "
        "latency. Prints one JSON object."_s);
    parser.addHelpOption();
    parser.addOption({u"n"_s, u"Messages per run (default 20000)."_s, u"N"_s, u"20000"_s});
    parser.addOption(
        {u"dispatchers"_s, u"Engine dispatchers = baseline QNAM threads (default 4)."_s, u"N"_s, u"4"_s});
    parser.addOption({u"bytes"_s, u"Body size in bytes (default 1024)."_s, u"B"_s, u"1024"_s});
    parser.addOption({u"window"_s, u"Enqueues outstanding at once in the throughput run (default 2048)."_s,
                      u"N"_s, u"2048"_s});
    parser.addOption({u"slots"_s,
                      u"Experiment: deliveries in flight per dispatcher (default: the engine's, 6)."_s,
                      u"N"_s, u"0"_s});
    parser.addOption(
        {u"latency-seconds"_s, u"Length of the paced latency run (default 8)."_s, u"S"_s, u"8"_s});
    parser.addOption({u"phases"_s, u"Runs to make, comma-separated (default baseline,engine,latency)."_s,
                      u"LIST"_s, u"baseline,engine,latency"_s});
    parser.addOption(
        {u"rate"_s, u"Latency run rate per second (default: half the measured engine rate)."_s, u"R"_s});
    parser.addOption({u"no-rollups"_s, u"Engine without minute rollups, to measure what they cost."_s});
    parser.process(app);

    Options o;
    o.n = std::max(100, parser.value(u"n"_s).toInt());
    o.dispatchers = std::clamp(parser.value(u"dispatchers"_s).toInt(), 1, 64);
    o.bytes = std::clamp(parser.value(u"bytes"_s).toInt(), 32, 1 << 20);
    o.window = std::max(1, parser.value(u"window"_s).toInt());
    o.slotsPerDispatcher = std::clamp(parser.value(u"slots"_s).toInt(), 0, 1000);
    o.latencySeconds = std::max(1.0, parser.value(u"latency-seconds"_s).toDouble());
    o.rollups = !parser.isSet(u"no-rollups"_s);

    SinkThread sink;
    if (sink.port == 0) {
        std::fprintf(stderr, "bench_delivery: cannot listen on 127.0.0.1\n");
        return 1;
    }

    // --phases picks runs, e.g. to profile one of them alone; a skipped run is
    // reported as {"skipped": true} and counts as complete.
    const QStringList phases = parser.value(u"phases"_s).split(u',', Qt::SkipEmptyParts);
    const QJsonObject skipped{{u"skipped"_s, true}, {u"complete"_s, true}};
    const QJsonObject baseline = phases.contains(u"baseline"_s) ? runBaseline(sink, o) : skipped;
    const double baselineRate = baseline.value(u"req_per_s"_s).toDouble();
    const QJsonObject engine = phases.contains(u"engine"_s) ? runEngine(sink, o, baselineRate) : skipped;
    const double engineRate = engine.value(u"deliveries_per_s"_s).toDouble();
    const double rate = parser.isSet(u"rate"_s) ? parser.value(u"rate"_s).toDouble() : engineRate / 2;
    QJsonObject latency = skipped;
    if (phases.contains(u"latency"_s)) {
        latency = rate > 0 ? runLatency(sink, o, rate)
                           : QJsonObject{{u"error"_s, u"no rate: run the engine phase or pass --rate"_s}};
    }

    const double ratio = engine.value(u"ratio_to_baseline"_s).toDouble();
    const double p99 = latency.value(u"p99_ms"_s).toDouble(-1);
    const QJsonObject out{
        {u"bench"_s, u"bench_delivery"_s},
        {u"qt"_s, QString::fromLatin1(qVersion())},
        {u"cpus"_s, QThread::idealThreadCount()},
        {u"n"_s, o.n},
        {u"body_bytes"_s, o.bytes},
        {u"rollups"_s, o.rollups},
        {u"baseline"_s, baseline},
        {u"engine"_s, engine},
        {u"latency"_s, latency},
        {u"goals"_s,
         QJsonObject{{u"ratio_min"_s, 0.9},
                     {u"ratio_met"_s, ratio >= 0.9},
                     {u"p99_max_ms"_s, 25},
                     {u"p99_met"_s, p99 >= 0 && p99 <= 25}}},
    };
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    const bool complete = baseline.value(u"complete"_s).toBool() && engine.value(u"complete"_s).toBool()
        && latency.value(u"complete"_s).toBool();
    return complete ? 0 : 1;
}
