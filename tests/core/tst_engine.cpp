// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/engine.h"
#include "delivery/secretring.h"
#include "receiver/testreceiver.h"
#include "secrets/memorysecretstore.h"
#include "signing/outboundsigner.h"
#include "store/sqlstore.h"
#include "util/ids.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Switchboard;

Q_DECLARE_METATYPE(Switchboard::SigningScheme)

namespace {

// Upper bounds only: generous, so a loaded 2-core machine does not fail them.
constexpr int kWaitMs = 20000;
// How long "nothing happened" is watched for: past the engine's 1 s tick.
constexpr int kQuietMs = 1500;

const QByteArray kPayload = R"({"call_id":"c-42","summary":"caller asked for a refund","amount":12.5})";

QByteArray standardSignature(const QString &secret, const QString &msgId, qint64 timestamp,
                             const QByteArray &body)
{
    const auto key = StandardWebhooksSigner::decodeSecret(secret);
    if (!key)
        return {};
    StandardWebhooksSigner signer;
    return signer.sign(*key, msgId.toUtf8(), timestamp, body);
}

} // namespace

class tst_Engine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void success_data();
    void success();
    void idempotentEnqueue();
    void serverErrorsThenDelivered();
    void clientErrorIsFinal();
    void retryAfterIsHonoured();
    void timeout();
    void connectionReset();
    void connectionRefused();
    void redirectIsNotFollowed();
    void slowResponse_data();
    void slowResponse();
    void exhaustedThenReplayedWithCurrentSecret();
    void pauseAndResume();
    void maxInFlight();
    void waitsForSecret();
    void attemptRecordedPerAttempt();
    void noSubscribedEndpoint();
    void unknownEndpoint();
    void stopReleasesLeaseAndRestartDelivers();

private:
    std::unique_ptr<Engine> makeEngine(const QString &workerId);
    Endpoint endpoint(const QString &name, const QString &path,
                      SigningScheme scheme = SigningScheme::None) const;
    bool addEndpoint(const Endpoint &e);
    bool setSecret(const QString &endpointName, const QString &secret);
    EnqueueRequest request(const QStringList &endpoints = {}) const;
    Result<EnqueueResult> enqueue(const EnqueueRequest &request);
    // The one delivery an enqueue made, or empty.
    QString enqueueOne(const EnqueueRequest &request);
    Delivery delivery(const QString &id);
    QString statusOf(const QString &id);
    int attemptsOf(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    std::unique_ptr<TestReceiver> m_receiver;
    std::shared_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<SqlStore> m_store;
    QList<AttemptEvent> m_events;
    int m_run = 0;
};

void tst_Engine::initTestCase()
{
    QLoggingCategory::setFilterRules(u"switchboard.*.info=false"_s);
}

std::unique_ptr<Engine> tst_Engine::makeEngine(const QString &workerId)
{
    EngineOptions options;
    options.location = StoreLocation::sqlite(m_dbPath);
    options.workerId = workerId;
    options.dispatchers = 2;
    auto engine = std::make_unique<Engine>(options, m_secrets);
    // Queued into the test thread: the signal comes from the engine thread.
    connect(engine.get(), &Engine::attemptRecorded, this,
            [this](const AttemptEvent &e) { m_events.append(e); });
    return engine;
}

void tst_Engine::init()
{
    ++m_run;
    m_events.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"engine.db"_s);
    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen() != 0);
    m_secrets = std::make_shared<MemorySecretStore>();

    m_engine = makeEngine(u"test-worker"_s);
    const Status started = m_engine->start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    QVERIFY(m_engine->isRunning());
    QVERIFY(!m_engine->instanceId().isEmpty());

    auto store = SqlStore::open(StoreLocation::sqlite(m_dbPath), u"tst-engine-%1"_s.arg(m_run));
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(store).value();
}

void tst_Engine::cleanup()
{
    if (m_engine)
        m_engine->stop(1000);
    m_engine.reset();
    m_store.reset();
    m_receiver.reset();
    m_secrets.reset();
    m_dir.reset();
}

Endpoint tst_Engine::endpoint(const QString &name, const QString &path, SigningScheme scheme) const
{
    Endpoint e;
    e.name = name;
    e.url = m_receiver->url(path);
    e.signing = scheme;
    e.retryScheduleS = {1, 1, 1};
    e.jitter = 0;
    e.timeoutMs = 5000;
    return e;
}

bool tst_Engine::addEndpoint(const Endpoint &e)
{
    const auto r = m_store->upsertEndpoint(e);
    if (!r) {
        qWarning() << r.error().message;
        return false;
    }
    m_engine->reloadEndpoints();
    return true;
}

bool tst_Engine::setSecret(const QString &endpointName, const QString &secret)
{
    SecretRing ring(*m_store, *m_secrets, m_engine->instanceId());
    const auto r = ring.set(SecretRing::endpointOwner(endpointName), secret);
    if (!r) {
        qWarning() << r.error().message;
        return false;
    }
    return true;
}

EnqueueRequest tst_Engine::request(const QStringList &endpoints) const
{
    EnqueueRequest r;
    r.eventType = u"call.ended"_s;
    r.payload = kPayload;
    r.callId = u"c-42"_s;
    r.endpoints = endpoints;
    return r;
}

Result<EnqueueResult> tst_Engine::enqueue(const EnqueueRequest &request)
{
    std::optional<Result<EnqueueResult>> got;
    m_engine->enqueue(request, this, [&got](const Result<EnqueueResult> &r) { got = r; });
    if (!QTest::qWaitFor([&got]() { return got.has_value(); }, kWaitMs))
        return Error::internal(u"the enqueue callback never came"_s);
    return *got;
}

QString tst_Engine::enqueueOne(const EnqueueRequest &request)
{
    const auto r = enqueue(request);
    if (!r) {
        qWarning() << "enqueue failed:" << r.error().message;
        return {};
    }
    if (r->deliveries.size() != 1) {
        qWarning() << "expected one delivery, got" << r->deliveries.size();
        return {};
    }
    return r->deliveries.first().id;
}

Delivery tst_Engine::delivery(const QString &id)
{
    const auto d = m_store->delivery(id, true);
    if (!d || !d->has_value())
        return {};
    return **d;
}

QString tst_Engine::statusOf(const QString &id)
{
    const auto d = m_store->delivery(id, false);
    if (!d)
        return u"error: "_s + d.error().message;
    if (!d->has_value())
        return u"missing"_s;
    return toString((*d)->status);
}

int tst_Engine::attemptsOf(const QString &id)
{
    const auto d = m_store->delivery(id, false);
    return d && d->has_value() ? int((*d)->attempts.size()) : -1;
}

// ---------------------------------------------------------------------------------

void tst_Engine::success_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<QString>("secret");

    QTest::addRow("standard-webhooks") << SigningScheme::StandardWebhooks << newWebhookSecret();
    QTest::addRow("x-signature") << SigningScheme::XSignature << u"xsig-secret-0123456789"_s;
    QTest::addRow("none") << SigningScheme::None << QString();
}

void tst_Engine::success()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(QString, secret);

    Endpoint e = endpoint(u"crm"_s, u"/hooks/crm"_s, scheme);
    e.headers.insert(u"X-Tenant"_s, u"acme"_s);
    e.headers.insert(u"Authorization"_s, u"Bearer t0ken-123"_s);
    QVERIFY(m_store->upsertEndpoint(e));
    if (!secret.isEmpty())
        QVERIFY(setSecret(u"crm"_s, secret));
    m_engine->reloadEndpoints();

    EnqueueRequest req = request();
    req.idempotencyKey = u"idem-%1"_s.arg(m_run);
    const auto result = enqueue(req);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QVERIFY(result->messageId.startsWith(u"msg_"_s));
    QVERIFY(!result->duplicate);
    QCOMPARE(result->deliveries.size(), 1);
    QCOMPARE(result->deliveries.first().endpoint, u"crm"_s);
    const QString id = result->deliveries.first().id;

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"delivered"_s, kWaitMs);
    QCOMPARE(m_receiver->count(), 1);
    const ReceivedRequest got = m_receiver->requests().first();
    QCOMPARE(got.method, QByteArray("POST"));
    QCOMPARE(got.path, u"/hooks/crm"_s);
    QCOMPARE(got.body, kPayload); // byte for byte
    QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(got.header("User-Agent").startsWith("Switchboard/"));
    QCOMPARE(got.header("webhook-id"), result->messageId.toUtf8());
    bool ok = false;
    const qint64 ts = got.header("webhook-timestamp").toLongLong(&ok);
    QVERIFY(ok);
    QVERIFY(qAbs(ts - QDateTime::currentSecsSinceEpoch()) < 60);
    QCOMPARE(got.header("X-Tenant"), QByteArray("acme"));
    QCOMPARE(got.header("Authorization"), QByteArray("Bearer t0ken-123"));
    QCOMPARE(got.header("Idempotency-Key"), req.idempotencyKey.toUtf8());

    QByteArray maskedSignature;
    switch (scheme) {
    case SigningScheme::StandardWebhooks: {
        const QByteArray expected = standardSignature(secret, result->messageId, ts, got.body);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(got.header("webhook-signature"), expected);
        QVERIFY(got.header("X-Signature").isEmpty());
        // Any other secret would not verify.
        QVERIFY(standardSignature(newWebhookSecret(), result->messageId, ts, got.body) != expected);
        maskedSignature = "v1,***";
        break;
    }
    case SigningScheme::XSignature: {
        XSignatureSigner signer;
        QCOMPARE(got.header("X-Signature"), signer.signatureHeader(secret.toUtf8(), got.body));
        QVERIFY(got.header("webhook-signature").isEmpty());
        maskedSignature = "sha256=***";
        break;
    }
    case SigningScheme::None:
        QVERIFY(got.header("webhook-signature").isEmpty());
        QVERIFY(got.header("X-Signature").isEmpty());
        break;
    }

    const Delivery d = delivery(id);
    QCOMPARE(d.messageId, result->messageId);
    QCOMPARE(d.attemptCount, 1);
    QCOMPARE(d.lastStatusCode, 200);
    QCOMPARE(d.idempotencyKey, req.idempotencyKey);
    QCOMPARE(d.attempts.size(), 1);
    const Attempt &a = d.attempts.first();
    QCOMPARE(a.n, 1);
    QCOMPARE(a.statusCode, 200);
    QCOMPARE(toString(a.error), QString());
    QVERIFY(!a.replay);
    QCOMPARE(a.worker, u"test-worker"_s);
    QCOMPARE(a.url, e.url.toString());
    QCOMPARE(a.responseBody, QByteArray(R"({"ok":true})"));
    // Stored request headers never hold a secret.
    for (const auto &[name, value] : a.requestHeaders) {
        if (name.compare("webhook-signature", Qt::CaseInsensitive) == 0
            || name.compare("X-Signature", Qt::CaseInsensitive) == 0)
            QCOMPARE(value, maskedSignature);
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
            QCOMPARE(value, QByteArray("Bearer ***"));
        if (!secret.isEmpty())
            QVERIFY(!value.contains(secret.toUtf8()));
    }
}

void tst_Engine::idempotentEnqueue()
{
    QVERIFY(addEndpoint(endpoint(u"crm"_s, u"/crm"_s)));
    EnqueueRequest req = request();
    req.idempotencyKey = u"once"_s;
    const auto first = enqueue(req);
    QVERIFY(first);
    const auto again = enqueue(req);
    QVERIFY(again);
    QVERIFY(again->duplicate);
    QCOMPARE(again->messageId, first->messageId);
    QCOMPARE(again->deliveries.size(), 1);
    QCOMPARE(again->deliveries.first().id, first->deliveries.first().id);

    req.payload = R"({"different":true})";
    const auto conflict = enqueue(req);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code, Error::Code::Conflict);

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(first->deliveries.first().id), u"delivered"_s, kWaitMs);
    QCOMPARE(m_receiver->count(), 1);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM deliveries"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_Engine::serverErrorsThenDelivered()
{
    m_receiver->script(u"/flaky"_s, {ReceiverBehaviour::withStatus(500), ReceiverBehaviour::withStatus(500)});
    QVERIFY(addEndpoint(endpoint(u"flaky"_s, u"/flaky"_s)));
    const QString id = enqueueOne(request());
    QVERIFY(!id.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"delivered"_s, kWaitMs);
    QCOMPARE(m_receiver->count(u"/flaky"_s), 3);
    const Delivery d = delivery(id);
    QCOMPARE(d.attemptCount, 3);
    QCOMPARE(d.attempts.size(), 3);
    QCOMPARE(d.attempts.at(0).statusCode, 500);
    QCOMPARE(toString(d.attempts.at(0).error), u"http_5xx"_s);
    QCOMPARE(d.attempts.at(1).statusCode, 500);
    QCOMPARE(d.attempts.at(2).statusCode, 200);
    QCOMPARE(toString(d.attempts.at(2).error), QString());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(d.attempts.at(i).n, i + 1);

    // Same webhook-id every time, and the 1 s schedule was kept (no jitter).
    const auto requests = m_receiver->requests(u"/flaky"_s);
    for (const ReceivedRequest &r : requests)
        QCOMPARE(r.header("webhook-id"), d.messageId.toUtf8());
    QVERIFY(requests.at(0).receivedAt.msecsTo(requests.at(1).receivedAt) >= 1000);
    QVERIFY(requests.at(1).receivedAt.msecsTo(requests.at(2).receivedAt) >= 1000);
}

void tst_Engine::clientErrorIsFinal()
{
    m_receiver->setBehaviour(u"/bad"_s, ReceiverBehaviour::withStatus(400, R"({"error":"missing field"})"));
    QVERIFY(addEndpoint(endpoint(u"bad"_s, u"/bad"_s)));
    const QString id = enqueueOne(request());
    QVERIFY(!id.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"dead"_s, kWaitMs);
    QCOMPARE(m_receiver->count(), 1);
    const Delivery d = delivery(id);
    QCOMPARE(d.attemptCount, 1);
    QCOMPARE(d.lastStatusCode, 400);
    QCOMPARE(toString(d.lastError), u"http_4xx"_s);
    QVERIFY2(d.deadReason.contains(u"HTTP 400"_s), qPrintable(d.deadReason));
    QCOMPARE(d.attempts.first().responseBody, QByteArray(R"({"error":"missing field"})"));
}

void tst_Engine::retryAfterIsHonoured()
{
    m_receiver->script(u"/limited"_s, {ReceiverBehaviour::retryAfter(2)});
    QVERIFY(addEndpoint(endpoint(u"limited"_s, u"/limited"_s)));
    const QString id = enqueueOne(request());
    QVERIFY(!id.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"delivered"_s, kWaitMs);
    const auto requests = m_receiver->requests(u"/limited"_s);
    QCOMPARE(requests.size(), 2);
    // The schedule says 1 s; the receiver asked for 2 s, and that wins.
    const qint64 gap = requests.at(0).receivedAt.msecsTo(requests.at(1).receivedAt);
    QVERIFY2(gap >= 2000, qPrintable(u"second attempt after %1 ms"_s.arg(gap)));

    const Delivery d = delivery(id);
    QCOMPARE(d.attempts.size(), 2);
    QCOMPARE(d.attempts.at(0).statusCode, 429);
    QCOMPARE(toString(d.attempts.at(0).error), u"http_429"_s);
    bool sawHeader = false;
    for (const auto &[name, value] : d.attempts.at(0).responseHeaders)
        sawHeader |= name.compare("Retry-After", Qt::CaseInsensitive) == 0 && value == "2";
    QVERIFY(sawHeader);
}

void tst_Engine::timeout()
{
    m_receiver->setBehaviour(u"/hang"_s, ReceiverBehaviour::hanging());
    Endpoint e = endpoint(u"hang"_s, u"/hang"_s);
    e.timeoutMs = 300;
    e.retryScheduleS = {}; // one attempt, then dead
    QVERIFY(addEndpoint(e));
    const QString id = enqueueOne(request());
    QVERIFY(!id.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"dead"_s, kWaitMs);
    const Delivery d = delivery(id);
    QCOMPARE(d.attempts.size(), 1);
    const Attempt &a = d.attempts.first();
    QCOMPARE(toString(a.error), u"timeout"_s);
    QCOMPARE(a.statusCode, 0);
    QVERIFY2(a.durationMs >= 300, qPrintable(QString::number(a.durationMs)));
    QVERIFY2(a.errorDetail.contains(u"300 ms"_s), qPrintable(a.errorDetail));
    QVERIFY2(d.deadReason.startsWith(u"timeout"_s), qPrintable(d.deadReason));
    QCOMPARE(m_receiver->count(), 1);
    // The receiver sees the client leave.
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->openCount(), 0, kWaitMs);
}

void tst_Engine::connectionReset()
{
    // Every request is answered with a TCP RST (QNAM silently resends once; the
    // second reset is what the engine sees).
    m_receiver->setBehaviour(u"/reset"_s, ReceiverBehaviour::resetting());
    Endpoint e = endpoint(u"reset"_s, u"/reset"_s);
    e.retryScheduleS = {};
    QVERIFY(addEndpoint(e));
    const QString id = enqueueOne(request());
    QVERIFY(!id.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"dead"_s, kWaitMs);
    const Delivery d = delivery(id);
    QCOMPARE(d.attempts.size(), 1);
    QCOMPARE(toString(d.attempts.first().error), u"reset"_s);
    QCOMPARE(d.attempts.first().statusCode, 0);
    QVERIFY(m_receiver->count(u"/reset"_s) >= 1);
}

void tst_Engine::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    Endpoint e = endpoint(u"gone"_s, u"/x"_s);
    e.url = QUrl(u"http://127.0.0.1:%1/x"_s.arg(closedPort));
    e.retryScheduleS = {};
    QVERIFY(addEndpoint(e));
    const QString id = enqueueOne(request());
    QVERIFY(!id.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"dead"_s, kWaitMs);
    const Delivery d = delivery(id);
    QCOMPARE(d.attempts.size(), 1);
    QCOMPARE(toString(d.attempts.first().error), u"connect"_s);
    QCOMPARE(toString(d.lastError), u"connect"_s);
    QVERIFY2(d.deadReason.startsWith(u"connect"_s), qPrintable(d.deadReason));
}

void tst_Engine::redirectIsNotFollowed()
{
    m_receiver->setBehaviour(u"/moved"_s, ReceiverBehaviour::redirect(m_receiver->url(u"/new-home"_s), 302));
    QVERIFY(addEndpoint(endpoint(u"moved"_s, u"/moved"_s)));
    const QString id = enqueueOne(request());
    QVERIFY(!id.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"dead"_s, kWaitMs);
    QCOMPARE(m_receiver->count(u"/moved"_s), 1);
    QCOMPARE(m_receiver->count(u"/new-home"_s), 0);
    const Delivery d = delivery(id);
    QCOMPARE(d.attempts.size(), 1);
    QCOMPARE(d.lastStatusCode, 302);
    QCOMPARE(toString(d.lastError), u"redirect"_s);
    QVERIFY2(d.attempts.first().errorDetail.contains(u"/new-home"_s),
             qPrintable(d.attempts.first().errorDetail));
    QVERIFY2(d.deadReason.contains(u"redirect"_s), qPrintable(d.deadReason));
}

void tst_Engine::slowResponse_data()
{
    QTest::addColumn<ReceiverBehaviour>("behaviour");
    QTest::addColumn<int>("atLeastMs");

    QTest::addRow("delayed 200 ms") << ReceiverBehaviour::delayed(200) << 200;
    QTest::addRow("body over 400 ms")
        << ReceiverBehaviour::slowBody(400, R"({"ok":true,"padding":"0123456789"})") << 300;
}

void tst_Engine::slowResponse()
{
    QFETCH(ReceiverBehaviour, behaviour);
    QFETCH(int, atLeastMs);

    m_receiver->setBehaviour(u"/slow"_s, behaviour);
    QVERIFY(addEndpoint(endpoint(u"slow"_s, u"/slow"_s)));
    const QString id = enqueueOne(request());
    QVERIFY(!id.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"delivered"_s, kWaitMs);
    QCOMPARE(m_receiver->count(), 1);
    const Delivery d = delivery(id);
    QCOMPARE(d.attempts.size(), 1);
    QVERIFY2(d.attempts.first().durationMs >= atLeastMs,
             qPrintable(QString::number(d.attempts.first().durationMs)));
    QCOMPARE(d.attempts.first().responseBody, behaviour.body);
}

void tst_Engine::exhaustedThenReplayedWithCurrentSecret()
{
    m_receiver->setBehaviour(u"/down"_s, ReceiverBehaviour::withStatus(503));
    Endpoint e = endpoint(u"down"_s, u"/down"_s, SigningScheme::StandardWebhooks);
    e.retryScheduleS = {1}; // two attempts
    QVERIFY(m_store->upsertEndpoint(e));
    const QString oldSecret = newWebhookSecret();
    QVERIFY(setSecret(u"down"_s, oldSecret));
    m_engine->reloadEndpoints();

    const auto result = enqueue(request());
    QVERIFY(result);
    const QString id = result->deliveries.first().id;
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"dead"_s, kWaitMs);
    Delivery d = delivery(id);
    QCOMPARE(d.attemptCount, 2);
    QVERIFY2(d.deadReason.contains(u"HTTP 503"_s) && d.deadReason.contains(u"2 attempts"_s),
             qPrintable(d.deadReason));
    QCOMPARE(m_receiver->count(), 2);

    // The operator fixes the receiver and sets a new secret, then replays.
    m_receiver->setBehaviour(u"/down"_s, ReceiverBehaviour::withStatus(200));
    const QString newSecret = newWebhookSecret();
    QVERIFY(setSecret(u"down"_s, newSecret));
    m_engine->reloadEndpoints();
    const Status replayed = m_store->replay(id);
    QVERIFY2(replayed, replayed ? "" : qPrintable(replayed.error().message));
    m_engine->wake();

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"delivered"_s, kWaitMs);
    d = delivery(id);
    QCOMPARE(d.id, id);
    QCOMPARE(d.replays, 1);
    QCOMPARE(d.attempts.size(), 3);
    QVERIFY(!d.attempts.at(0).replay);
    QVERIFY(!d.attempts.at(1).replay);
    QVERIFY(d.attempts.at(2).replay);
    QCOMPARE(d.attempts.at(2).n, 3);
    QCOMPARE(d.attempts.at(2).statusCode, 200);

    const auto requests = m_receiver->requests();
    QCOMPARE(requests.size(), 3);
    for (const ReceivedRequest &r : requests)
        QCOMPARE(r.header("webhook-id"), result->messageId.toUtf8());
    const ReceivedRequest &last = requests.last();
    const qint64 ts = last.header("webhook-timestamp").toLongLong();
    QCOMPARE(last.header("webhook-signature"),
             standardSignature(newSecret, result->messageId, ts, last.body));
    QVERIFY(!last.header("webhook-signature")
                 .contains(standardSignature(oldSecret, result->messageId, ts, last.body)));
    // The first attempts were signed with the secret of their time.
    const qint64 ts0 = requests.first().header("webhook-timestamp").toLongLong();
    QCOMPARE(requests.first().header("webhook-signature"),
             standardSignature(oldSecret, result->messageId, ts0, requests.first().body));
    QCOMPARE(last.body, kPayload);
}

void tst_Engine::pauseAndResume()
{
    QVERIFY(m_store->upsertEndpoint(endpoint(u"crm"_s, u"/crm"_s)));
    QVERIFY(*m_store->setEndpointPaused(u"crm"_s, true));
    m_engine->reloadEndpoints();

    // A paused endpoint still accepts messages; it only holds them.
    const QString id = enqueueOne(request());
    QVERIFY(!id.isEmpty());
    QVERIFY(!QTest::qWaitFor([this]() { return m_receiver->count() > 0; }, kQuietMs));
    QCOMPARE(statusOf(id), u"pending"_s);
    QCOMPARE(attemptsOf(id), 0);

    QVERIFY(*m_store->setEndpointPaused(u"crm"_s, false));
    m_engine->reloadEndpoints();
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"delivered"_s, kWaitMs);
    QCOMPARE(m_receiver->count(), 1);
}

void tst_Engine::maxInFlight()
{
    m_receiver->setBehaviour(u"/busy"_s, ReceiverBehaviour::delayed(300));
    Endpoint e = endpoint(u"busy"_s, u"/busy"_s);
    e.maxInFlight = 2;
    QVERIFY(addEndpoint(e));

    QStringList ids;
    int callbacks = 0;
    for (int i = 0; i < 10; ++i) {
        EnqueueRequest r = request();
        r.payload = QByteArray(R"({"n":)") + QByteArray::number(i) + '}';
        m_engine->enqueue(r, this, [&](const Result<EnqueueResult> &res) {
            ++callbacks;
            if (res)
                ids << res->deliveries.first().id;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(callbacks, 10, kWaitMs);
    QCOMPARE(ids.size(), 10);

    for (const QString &id : std::as_const(ids))
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"delivered"_s, kWaitMs);
    QCOMPARE(m_receiver->count(), 10);
    QVERIFY2(m_receiver->maxConcurrent() <= 2, qPrintable(QString::number(m_receiver->maxConcurrent())));
    QCOMPARE(m_receiver->maxConcurrent(), 2); // capped, not serialised
}

void tst_Engine::waitsForSecret()
{
    QVERIFY(addEndpoint(endpoint(u"signed"_s, u"/signed"_s, SigningScheme::StandardWebhooks)));
    const auto result = enqueue(request());
    QVERIFY(result);
    const QString id = result->deliveries.first().id;

    // Never sent unsigned, and not burnt through the retry schedule either.
    QVERIFY(!QTest::qWaitFor([this]() { return m_receiver->count() > 0; }, kQuietMs));
    QCOMPARE(statusOf(id), u"pending"_s);
    QCOMPARE(attemptsOf(id), 0);

    const QString secret = newWebhookSecret();
    QVERIFY(setSecret(u"signed"_s, secret));
    m_engine->reloadEndpoints();
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"delivered"_s, kWaitMs);
    QCOMPARE(m_receiver->count(), 1);
    const ReceivedRequest got = m_receiver->requests().first();
    QCOMPARE(
        got.header("webhook-signature"),
        standardSignature(secret, result->messageId, got.header("webhook-timestamp").toLongLong(), got.body));
}

void tst_Engine::attemptRecordedPerAttempt()
{
    m_receiver->script(u"/events"_s, {ReceiverBehaviour::withStatus(503)});
    QVERIFY(addEndpoint(endpoint(u"events"_s, u"/events"_s)));
    const auto result = enqueue(request());
    QVERIFY(result);
    const QString id = result->deliveries.first().id;

    QTRY_COMPARE_WITH_TIMEOUT(m_events.size(), 2, kWaitMs);
    QCOMPARE(statusOf(id), u"delivered"_s); // emitted after the commit
    const AttemptEvent &first = m_events.at(0);
    const AttemptEvent &second = m_events.at(1);
    for (const AttemptEvent &ev : {first, second}) {
        QCOMPARE(ev.deliveryId, id);
        QCOMPARE(ev.messageId, result->messageId);
        QCOMPARE(ev.endpoint, u"events"_s);
        QCOMPARE(ev.eventType, u"call.ended"_s);
        QCOMPARE(ev.callId, u"c-42"_s);
        QVERIFY(!ev.replay);
    }
    QCOMPARE(first.n, 1);
    QCOMPARE(first.statusCode, 503);
    QCOMPARE(toString(first.error), u"http_5xx"_s);
    QCOMPARE(toString(first.newStatus), u"pending"_s);
    QVERIFY(first.nextAttemptAt.isValid());
    QCOMPARE(second.n, 2);
    QCOMPARE(second.statusCode, 200);
    QCOMPARE(toString(second.newStatus), u"delivered"_s);
    QCOMPARE(second.responseBody, QByteArray(R"({"ok":true})"));
    // No more than one per attempt.
    QVERIFY(!QTest::qWaitFor([this]() { return m_events.size() > 2; }, 300));
}

void tst_Engine::noSubscribedEndpoint()
{
    Endpoint calls = endpoint(u"calls"_s, u"/calls"_s);
    calls.eventTypes = {u"call.*"_s};
    QVERIFY(m_store->upsertEndpoint(calls));
    Endpoint disabled = endpoint(u"off"_s, u"/off"_s);
    disabled.enabled = false;
    QVERIFY(m_store->upsertEndpoint(disabled));
    m_engine->reloadEndpoints();

    EnqueueRequest r = request();
    r.eventType = u"billing.invoice"_s;
    const auto result = enqueue(r);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::InvalidArgument);
    QVERIFY2(result.error().message.contains(u"billing.invoice"_s), qPrintable(result.error().message));

    // The subscribed one still gets its own events, the disabled one nothing.
    const auto ok = enqueue(request());
    QVERIFY(ok);
    QCOMPARE(ok->deliveries.size(), 1);
    QCOMPARE(ok->deliveries.first().endpoint, u"calls"_s);

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(ok->deliveries.first().id), u"delivered"_s, kWaitMs);
    QCOMPARE(m_receiver->count(u"/calls"_s), 1);
    QCOMPARE(m_receiver->count(u"/off"_s), 0);

    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM messages"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_Engine::unknownEndpoint()
{
    QVERIFY(addEndpoint(endpoint(u"crm"_s, u"/crm"_s)));
    const auto result = enqueue(request({u"crm"_s, u"nope"_s}));
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::InvalidArgument);
    QVERIFY2(result.error().message.contains(u"nope"_s), qPrintable(result.error().message));
    QCOMPARE(result.error().details.first().toObject().value(u"field"_s).toString(), u"endpoints"_s);

    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM messages"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();

    // Named explicitly, a target need not subscribe to the type.
    Endpoint narrow = endpoint(u"narrow"_s, u"/narrow"_s);
    narrow.eventTypes = {u"recording.ready"_s};
    QVERIFY(addEndpoint(narrow));
    const auto explicitOk = enqueue(request({u"narrow"_s}));
    QVERIFY(explicitOk);
    QCOMPARE(explicitOk->deliveries.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(explicitOk->deliveries.first().id), u"delivered"_s, kWaitMs);
    QCOMPARE(m_receiver->count(u"/narrow"_s), 1);
}

void tst_Engine::stopReleasesLeaseAndRestartDelivers()
{
    m_receiver->setBehaviour(u"/stuck"_s, ReceiverBehaviour::hanging());
    Endpoint e = endpoint(u"stuck"_s, u"/stuck"_s);
    e.timeoutMs = 60000;
    QVERIFY(addEndpoint(e));
    const auto result = enqueue(request());
    QVERIFY(result);
    const QString id = result->deliveries.first().id;
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(), 1, kWaitMs);
    QCOMPARE(statusOf(id), u"in_flight"_s);

    QElapsedTimer clock;
    clock.start();
    m_engine->stop(500);
    const qint64 took = clock.elapsed();
    QVERIFY(!m_engine->isRunning());
    QVERIFY2(took >= 400, qPrintable(QString::number(took))); // it did wait for the grace
    QVERIFY2(took < 10000, qPrintable(QString::number(took)));

    // Not an attempt, not in flight: back in the queue with no lease.
    QCOMPARE(statusOf(id), u"pending"_s);
    QCOMPARE(attemptsOf(id), 0);
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT lease_owner, lease_until FROM deliveries WHERE id = ?"_s);
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QVERIFY(q.value(0).isNull());
    QVERIFY(q.value(1).isNull());
    q.finish();
    // A stopped engine refuses new work clearly.
    const auto refused = enqueue(request());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Unavailable);

    // A new engine on the same file delivers it: same delivery, same webhook-id.
    m_receiver->setBehaviour(u"/stuck"_s, ReceiverBehaviour::withStatus(200));
    m_engine.reset();
    m_engine = makeEngine(u"test-worker-2"_s);
    QVERIFY(m_engine->start());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), u"delivered"_s, kWaitMs);
    const Delivery d = delivery(id);
    QCOMPARE(d.attempts.size(), 1);
    QCOMPARE(d.attempts.first().worker, u"test-worker-2"_s);
    const auto requests = m_receiver->requests(u"/stuck"_s);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).header("webhook-id"), requests.at(1).header("webhook-id"));
    QCOMPARE(requests.at(1).header("webhook-id"), result->messageId.toUtf8());
}

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
