// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/pgtestdatabase.h"
#include "daemonprocess.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace E2e;
using Switchboard::Ok;
using Switchboard::PgTestDatabase;
using Switchboard::Status;

// Scale-out: several switchboardd workers share one PostgreSQL queue. Every
// acknowledged message is delivered, no delivery is sent by two workers at
// once, an endpoint's limits hold for the fleet, and the fleet survives a
// worker's kill -9 and a PostgreSQL restart. Needs the server that
// scripts/test.sh (scripts/with-postgres.sh) starts; fails without it.
class tst_Fleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sharedQueue();
    void killedWorkersLeasesAreReclaimed();
    void postgresRestart();

private:
    static constexpr int kWorkers = 3;
    static constexpr int kParallel = 12; // POSTs open at once
    static constexpr int kMaxInFlight = 8; // the endpoint's, for the whole fleet

    // Starts worker i on the shared database; extra flags appended.
    bool startWorker(int i, const QStringList &extra = {});
    bool createEndpoint(const QString &name, const QJsonObject &extra);
    // Posts count messages (event type load.<tag>) round-robin over the live
    // workers, kParallel at a time, returning when all are answered.
    void post(int count, const QString &tag, const std::function<void(int)> &progress = {});
    void sendMore();
    QList<int> missing() const;
    int duplicates() const;
    QString workersLog() const;

    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReceiverThread> m_receiver;
    std::vector<std::unique_ptr<Daemon>> m_workers;
    QNetworkAccessManager m_nam;

    // Sender
    QString m_tag;
    int m_target = 0;
    int m_next = 0;
    int m_open = 0;
    int m_failed = 0;
    int m_rr = 0;
    QHash<int, QString> m_acked; // seq -> message id
    std::function<void(int)> m_progress;
    // Receiver side, in this thread
    QHash<int, int> m_seen; // seq -> receipts
    QHash<QByteArray, QList<QDateTime>> m_receipts; // webhook-id -> arrival times
    int m_overlaps = 0;
};

void tst_Fleet::initTestCase()
{
    const auto server = PgTestDatabase::serverLocation();
    QVERIFY2(server, server ? "" : qPrintable(server.error().message));
}

void tst_Fleet::init()
{
    m_db = std::make_unique<PgTestDatabase>();
    const Status st = m_db->create(u"tst_fleet"_s);
    QVERIFY2(st, st ? "" : qPrintable(st.error().message));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeSecretsFile(m_dir->filePath(u"secrets.json"_s)));
    m_receiver = std::make_unique<ReceiverThread>();
    m_seen.clear();
    m_receipts.clear();
    m_acked.clear();
    m_overlaps = 0;
    m_failed = 0;
    connect(m_receiver->get(), &Switchboard::TestReceiver::requestReceived, this,
            [this](const Switchboard::ReceivedRequest &r) {
                const int seq = QJsonDocument::fromJson(r.body).object().value(u"seq"_s).toInt(-1);
                ++m_seen[seq];
                const QByteArray id = r.header("webhook-id");
                QList<QDateTime> &times = m_receipts[id];
                // The receiver holds each request 10-25 ms: a second arrival of
                // one webhook-id within 20 ms of the first overlapped it.
                if (!times.isEmpty() && times.last().msecsTo(r.receivedAt) < 20)
                    ++m_overlaps;
                times.append(r.receivedAt);
            });
}

void tst_Fleet::cleanup()
{
    m_workers.clear(); // kill -9: nothing to wait for
    m_receiver.reset();
    m_db.reset();
    m_dir.reset();
}

bool tst_Fleet::startWorker(int i, const QStringList &extra)
{
    if (int(m_workers.size()) <= i)
        m_workers.resize(i + 1);
    m_workers[i]
        = std::make_unique<Daemon>(m_dir->filePath(u"w%1"_s.arg(i)), m_dir->filePath(u"secrets.json"_s));
    const bool ok = m_workers[i]->startAndWait(
        QStringList{u"--database"_s, m_db->url(), u"--worker-id"_s, u"w%1"_s.arg(i), u"--grace-ms"_s, u"0"_s}
        + extra);
    if (!ok)
        qWarning("worker %d did not start: %s", i, m_workers[i]->standardError().right(3000).constData());
    return ok;
}

bool tst_Fleet::createEndpoint(const QString &name, const QJsonObject &extra)
{
    QJsonObject endpoint{{u"url"_s, (*m_receiver)->url(u"/hooks/"_s + name).toString()},
                         {u"event_types"_s, QJsonArray{QString(u"load."_s + name)}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        endpoint.insert(it.key(), it.value());
    const ApiReply put = call(m_nam, "PUT", m_workers[0]->url(u"v1/endpoints/"_s + name),
                              m_workers[0]->token(), QJsonDocument(endpoint).toJson(QJsonDocument::Compact));
    if (put.status != 201)
        qWarning("PUT endpoint: %d %s", put.status, put.body.constData());
    return put.status == 201;
}

void tst_Fleet::post(int count, const QString &tag, const std::function<void(int)> &progress)
{
    m_tag = tag;
    m_target = m_next + count;
    m_progress = progress;
    sendMore();
    QTRY_VERIFY_WITH_TIMEOUT(m_next == m_target && m_open == 0, 180000);
    m_progress = {};
}

void tst_Fleet::sendMore()
{
    while (m_open < kParallel && m_next < m_target) {
        Daemon *to = nullptr;
        for (int tries = 0; tries < int(m_workers.size()) && !to; ++tries) {
            Daemon *d = m_workers[m_rr++ % m_workers.size()].get();
            if (d && d->ready())
                to = d;
        }
        if (!to)
            return;
        const int seq = m_next++;
        const QJsonObject body{{u"event_type"_s, QString(u"load."_s + m_tag)},
                               {u"payload"_s, QJsonObject{{u"seq"_s, seq}, {u"pad"_s, QString(200, u'x')}}}};
        QNetworkRequest request(to->url(u"v1/messages"_s));
        request.setRawHeader("Authorization", "Bearer " + to->token().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(15000);
        QNetworkReply *reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        ++m_open;
        connect(reply, &QNetworkReply::finished, this, [this, reply, seq]() {
            --m_open;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString id = QJsonDocument::fromJson(reply->readAll()).object().value(u"id"_s).toString();
            reply->deleteLater();
            // Only a 202 is a promise; a 503 while the database restarts is the sender's to retry.
            if (status == 202 && id.startsWith(u"msg_"_s))
                m_acked.insert(seq, id);
            else
                ++m_failed;
            if (m_progress)
                m_progress(m_next);
            sendMore();
        });
    }
}

QList<int> tst_Fleet::missing() const
{
    QList<int> out;
    for (auto it = m_acked.cbegin(); it != m_acked.cend(); ++it) {
        if (!m_seen.contains(it.key()))
            out.append(it.key());
    }
    std::sort(out.begin(), out.end());
    return out;
}

int tst_Fleet::duplicates() const
{
    int n = 0;
    for (int times : m_seen)
        n += times - 1;
    return n;
}

QString tst_Fleet::workersLog() const
{
    QString out;
    for (const auto &w : m_workers) {
        if (w)
            out += QString::fromUtf8(w->standardError().right(1500)) + u"\n----\n"_s;
    }
    return out;
}

// Three workers, one queue, a bounded load posted to all of them.
void tst_Fleet::sharedQueue()
{
    constexpr int kTotal = 3000;
    (*m_receiver)->setBehaviour(u"/hooks/sink"_s, Switchboard::ReceiverBehaviour::delayed(25));
    QVERIFY(startWorker(0));
    QVERIFY(createEndpoint(u"sink"_s, {{u"max_in_flight"_s, kMaxInFlight}, {u"timeout_ms"_s, 10000}}));
    // A second endpoint limited to 40 requests/s for the fleet as a whole.
    QVERIFY(createEndpoint(u"slow"_s, {{u"rate_limit_per_s"_s, 40}}));
    for (int i = 1; i < kWorkers; ++i)
        QVERIFY(startWorker(i));

    QElapsedTimer clock;
    clock.start();
    post(kTotal, u"sink"_s);
    QCOMPARE(m_failed, 0);
    QCOMPARE(m_acked.size(), kTotal);
    QTRY_VERIFY2_WITH_TIMEOUT(missing().isEmpty(), qPrintable(workersLog()), 120000);
    qInfo("%d messages delivered by %d workers in %lld ms; receiver saw at most %d at once", kTotal, kWorkers,
          clock.elapsed(), (*m_receiver)->maxConcurrent());
    QCOMPARE(duplicates(), 0);
    QCOMPARE(m_overlaps, 0);
    QVERIFY2((*m_receiver)->maxConcurrent() <= kMaxInFlight,
             qPrintable(QString::number((*m_receiver)->maxConcurrent())));

    // Each worker took part, and each delivery was attempted exactly once.
    auto store = Switchboard::SqlStore::open(m_db->location(), u"tst-fleet-check"_s);
    QVERIFY(store);
    // The receiver answers before the outcome is committed: wait for the commits.
    const auto scalar = [&](const QString &sql) {
        QSqlQuery q((*store)->database());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM deliveries WHERE status = 'delivered'"_s),
                              qint64(kTotal), 30000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM attempts"_s), qint64(kTotal));
    {
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(u"SELECT worker, COUNT(*) FROM attempts GROUP BY worker ORDER BY worker"_s));
        int workers = 0;
        while (q.next()) {
            qInfo("  %s: %lld attempts", qPrintable(q.value(0).toString()), q.value(1).toLongLong());
            ++workers;
        }
        QVERIFY2(workers >= 2, "the load was not shared");
    }

    // The fleet view: every worker heartbeats.
    const ApiReply fleet = call(m_nam, "GET", m_workers[1]->url(u"v1/workers"_s), m_workers[1]->token());
    QCOMPARE(fleet.status, 200);
    const QJsonArray list = fleet.json().value(u"workers"_s).toArray();
    QCOMPARE(list.size(), kWorkers);
    for (const QJsonValue &w : list) {
        const QJsonObject o = w.toObject();
        for (const auto &key : {u"id"_s, u"host"_s, u"version"_s, u"started_at"_s, u"last_seen"_s})
            QVERIFY2(!o.value(key).toString().isEmpty(), qPrintable(key));
        QVERIFY(o.value(u"in_flight"_s).isDouble());
    }

    // Rate limit across the fleet: 200 messages at 40/s take about 4 s,
    // whichever workers send them (three unlimited buckets would take 1.3 s).
    const int before = int(m_seen.size());
    (*m_receiver)->clear();
    clock.restart();
    post(200, u"slow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(int(m_seen.size()) == before + 200, 60000);
    const qint64 elapsed = clock.elapsed();
    qInfo("200 deliveries at a fleet-wide 40/s took %lld ms", elapsed);
    QVERIFY2(elapsed >= 3500, qPrintable(QString::number(elapsed)));

    // An endpoint created through one worker reaches the others (NOTIFY
    // switchboard_config): create it on w0, kill w0, and the rest deliver to it.
    QVERIFY(createEndpoint(u"late"_s, {}));
    m_workers[0]->kill();
    m_workers[0].reset();
    const int seen = int(m_seen.size());
    post(30, u"late"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(int(m_seen.size()) == seen + 30, qPrintable(workersLog()), 30000);
}

// A worker killed mid-load loses its leases; the others deliver what it held
// once they expire.
void tst_Fleet::killedWorkersLeasesAreReclaimed()
{
    constexpr int kTotal = 3000;
    (*m_receiver)->setBehaviour(u"/hooks/sink"_s, Switchboard::ReceiverBehaviour::delayed(25));
    const QStringList lease{u"--lease-ms"_s, u"2000"_s};
    QVERIFY(startWorker(0, lease));
    QVERIFY(createEndpoint(u"sink"_s, {{u"max_in_flight"_s, kMaxInFlight}, {u"timeout_ms"_s, 1000}}));
    for (int i = 1; i < kWorkers; ++i)
        QVERIFY(startWorker(i, lease));

    bool killed = false;
    post(kTotal, u"sink"_s, [&](int posted) {
        if (!killed && posted >= kTotal / 3 && m_seen.size() > kTotal / 5) {
            killed = true;
            qInfo("kill -9 worker w2 with %lld received", qint64(m_seen.size()));
            m_workers[2]->kill();
            m_workers[2].reset();
        }
    });
    QVERIFY(killed);
    QVERIFY(m_acked.size() >= kTotal - kParallel); // only POSTs open at the kill may fail
    QTRY_VERIFY2_WITH_TIMEOUT(missing().isEmpty(), qPrintable(workersLog()), 120000);
    QCOMPARE(m_overlaps, 0);
    // Only what the dead worker held (at most the endpoint's max_in_flight,
    // plus outcomes not yet committed) may arrive twice.
    qInfo("%d duplicate receipts after the kill", duplicates());
    QVERIFY2(duplicates() <= 2 * kMaxInFlight, qPrintable(QString::number(duplicates())));
    QVERIFY((*m_receiver)->maxConcurrent() <= kMaxInFlight);

    auto store = Switchboard::SqlStore::open(m_db->location(), u"tst-fleet-kill"_s);
    QVERIFY(store);
    QTRY_COMPARE_WITH_TIMEOUT((*store)->depths()->pending + (*store)->depths()->inFlight, qint64(0), 30000);
}

// PostgreSQL stops mid-load and comes back: the workers pause, reconnect and carry on.
void tst_Fleet::postgresRestart()
{
    constexpr int kTotal = 3000;
    (*m_receiver)->setBehaviour(u"/hooks/sink"_s, Switchboard::ReceiverBehaviour::delayed(10));
    const QStringList lease{u"--lease-ms"_s, u"2000"_s};
    QVERIFY(startWorker(0, lease));
    QVERIFY(createEndpoint(u"sink"_s, {{u"max_in_flight"_s, kMaxInFlight}, {u"timeout_ms"_s, 1000}}));
    for (int i = 1; i < kWorkers; ++i)
        QVERIFY(startWorker(i, lease));

    // The server goes away for 2.5 s while messages keep coming: the workers
    // answer 503 meanwhile (not acknowledged), pause claiming and carry on.
    bool stopped = false;
    bool started = false;
    Status restart = Ok{};
    post(kTotal, u"sink"_s, [&](int posted) {
        if (!stopped && posted >= kTotal / 3) {
            stopped = true;
            qInfo("stopping PostgreSQL with %lld received", qint64(m_seen.size()));
            restart = PgTestDatabase::restartServer(u"stop"_s);
            QTimer::singleShot(2500, this, [&]() {
                if (restart)
                    restart = PgTestDatabase::restartServer(u"start"_s);
                started = true;
                qInfo("PostgreSQL started again");
            });
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(started, 30000);
    QVERIFY2(restart, restart ? "" : qPrintable(restart.error().message));
    qInfo("%lld acknowledged, %d refused while the database was away", qint64(m_acked.size()), m_failed);
    // What came before the stop was acknowledged; during the outage POSTs fail fast.
    QVERIFY(m_acked.size() >= kTotal / 4);
    QTRY_VERIFY2_WITH_TIMEOUT(missing().isEmpty(), qPrintable(workersLog()), 120000);
    QVERIFY((*m_receiver)->maxConcurrent() <= kMaxInFlight);

    // Every worker is still alive and serving.
    for (const auto &w : m_workers) {
        QCOMPARE(w->process().state(), QProcess::Running);
        QCOMPARE(call(m_nam, "GET", w->url(u"v1/workers"_s), w->token()).status, 200);
    }
    // And posting works again through each.
    const int before = int(m_acked.size());
    post(30, u"sink"_s);
    QCOMPARE(int(m_acked.size()), before + 30);
    QTRY_VERIFY2_WITH_TIMEOUT(missing().isEmpty(), qPrintable(workersLog()), 60000);
}

QTEST_GUILESS_MAIN(tst_Fleet)
#include "tst_fleet.moc"
