// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiharness.h"
#include "delivery/circuitbreaker.h"
#include "metrics/alertevaluator.h"
#include "metrics/alertstore.h"
#include "model/endpoint.h"
#include "pgtestdatabase.h"
#include "receiver/testreceiver.h"
#include "store/sqlstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

// The per-endpoint circuit breaker: the state machine on its own (with its own
// clock), then end to end against a real receiver on loopback answering 500.
class tst_CircuitBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void opensAfterConsecutiveFailures();
    void opensOnFailureRate();
    void cooldownGrowsAndCaps();
    void settingsValidation_data();
    void settingsValidation();
    void settingsRoundTrip();

    void endToEnd();
    void halfOpenFailureReopensAndReset();
    void disabledNeverOpens();
    void finalRefusalsNeverOpen();
    void syncFunctionAnswersAtOnce();
    void fleetWide();

private:
    static int countWithStatus(ApiHarness &h, const QString &endpoint, const QString &status);
    static QJsonObject circuitOf(ApiHarness &h, const QString &endpoint);
    static QList<Alert> alertsOf(SqlStore &store, const QString &rule, const QString &state);
};

void tst_CircuitBreaker::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("failure");
    QTest::addRow("200") << 200 << int(AttemptError::None) << false;
    QTest::addRow("500") << 500 << int(AttemptError::Http5xx) << true;
    QTest::addRow("503") << 503 << int(AttemptError::Http5xx) << true;
    QTest::addRow("429") << 429 << int(AttemptError::Http429) << true;
    QTest::addRow("408") << 408 << int(AttemptError::Http4xx) << true;
    QTest::addRow("400 final") << 400 << int(AttemptError::Http4xx) << false;
    QTest::addRow("404 final") << 404 << int(AttemptError::Http4xx) << false;
    QTest::addRow("timeout") << 0 << int(AttemptError::Timeout) << true;
    QTest::addRow("connect") << 0 << int(AttemptError::Connect) << true;
    QTest::addRow("reset") << 0 << int(AttemptError::Reset) << true;
    QTest::addRow("tls") << 0 << int(AttemptError::Tls) << true;
    QTest::addRow("dns") << 0 << int(AttemptError::Dns) << true;
}

void tst_CircuitBreaker::classify()
{
    QFETCH(int, status);
    QFETCH(int, error);
    QFETCH(bool, failure);
    QCOMPARE(CircuitBreaker::classify(status, AttemptError(error)) == CircuitBreaker::Outcome::Failure,
             failure);
}

void tst_CircuitBreaker::opensAfterConsecutiveFailures()
{
    CircuitBreaker cb;
    CircuitBreakerSettings s;
    s.failureThreshold = 3;
    s.cooldownS = 30;
    cb.configure(s);
    const auto F = CircuitBreaker::Outcome::Failure;
    const auto S = CircuitBreaker::Outcome::Success;
    qint64 t = 1'000'000;
    QVERIFY(!cb.record(u"d1"_s, F, u"http_500"_s, t));
    QVERIFY(!cb.record(u"d2"_s, F, u"http_500"_s, t));
    QVERIFY(!cb.record(u"d3"_s, S, {}, t)); // a success breaks the run
    QCOMPARE(cb.state().consecutiveFailures, 0);
    QVERIFY(!cb.record(u"d4"_s, F, u"http_500"_s, t));
    QVERIFY(!cb.record(u"d5"_s, F, u"http_500"_s, t));
    QCOMPARE(cb.allowance(t), -1);
    QVERIFY(cb.record(u"d6"_s, F, u"http_503"_s, t));
    QCOMPARE(cb.state().state, CircuitState::State::Open);
    QCOMPARE(cb.state().lastError, u"http_503"_s);
    QCOMPARE(cb.state().retryAt.toMSecsSinceEpoch(), t + 30'000);
    QCOMPARE(cb.allowance(t + 29'999), 0);
    QVERIFY(!cb.advance(t + 29'999));
    // An attempt that was already out when it opened changes nothing.
    QVERIFY(!cb.record(u"d7"_s, S, {}, t + 10));
    QCOMPARE(cb.state().state, CircuitState::State::Open);

    QVERIFY(cb.advance(t + 30'000));
    QCOMPARE(cb.state().state, CircuitState::State::HalfOpen);
    QCOMPARE(cb.allowance(t + 30'000), 1);
    cb.probeStarted(u"probe"_s);
    QCOMPARE(cb.allowance(t + 30'000), 0); // one probe at a time
    QVERIFY(!cb.record(u"late"_s, F, u"http_500"_s, t + 30'001)); // not the probe
    QVERIFY(cb.record(u"probe"_s, S, {}, t + 30'100));
    QCOMPARE(cb.state().state, CircuitState::State::Closed);
    QCOMPARE(cb.state().trips, 0);
    QCOMPARE(cb.allowance(t + 30'100), -1);
}

void tst_CircuitBreaker::opensOnFailureRate()
{
    CircuitBreaker cb;
    CircuitBreakerSettings s;
    s.failureThreshold = 1000; // never by count
    s.failureRate = 0.5;
    s.minAttempts = 10;
    s.windowS = 60;
    cb.configure(s);
    qint64 t = 5'000'000;
    // Alternating: 50 % failures, but not before 10 attempts.
    bool opened = false;
    int n = 0;
    while (!opened && n < 100) {
        const bool fail = n % 2 == 1;
        opened = cb.record(u"d%1"_s.arg(n),
                           fail ? CircuitBreaker::Outcome::Failure : CircuitBreaker::Outcome::Success,
                           u"timeout"_s, t + n * 100);
        ++n;
    }
    QVERIFY(opened);
    QCOMPARE(n, 10);
    QCOMPARE(cb.state().state, CircuitState::State::Open);

    // Old outcomes leave the window.
    CircuitBreaker slow;
    slow.configure(s);
    for (int i = 0; i < 9; ++i)
        QVERIFY(!slow.record(u"x"_s, CircuitBreaker::Outcome::Failure, u"timeout"_s, t + i * 1000));
    // 61 s later: the nine failures are gone, one failure of one attempt is below min_attempts.
    QVERIFY(!slow.record(u"y"_s, CircuitBreaker::Outcome::Failure, u"timeout"_s, t + 70'000));
    QCOMPARE(slow.state().state, CircuitState::State::Closed);
}

void tst_CircuitBreaker::cooldownGrowsAndCaps()
{
    CircuitBreaker cb;
    CircuitBreakerSettings s;
    s.failureThreshold = 1;
    s.cooldownS = 30;
    s.maxCooldownS = 100;
    cb.configure(s);
    qint64 t = 0;
    QVERIFY(cb.record(u"a"_s, CircuitBreaker::Outcome::Failure, u"connect"_s, t));
    const QList<qint64> expected{30, 60, 100, 100};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(cb.state().trips, int(i + 1));
        QCOMPARE((cb.retryAtMs() - t) / 1000, expected.at(i));
        t = cb.retryAtMs();
        QVERIFY(cb.advance(t));
        cb.probeStarted(u"p%1"_s.arg(i));
        QVERIFY(cb.record(u"p%1"_s.arg(i), CircuitBreaker::Outcome::Failure, u"connect"_s, t));
    }
    QVERIFY(cb.reset());
    QCOMPARE(cb.state().state, CircuitState::State::Closed);
    QCOMPARE(cb.state().trips, 0);
    QVERIFY(!cb.reset());
}

void tst_CircuitBreaker::settingsValidation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addRow("not an object") << QByteArray(R"({"circuit_breaker": 5})") << u"circuit_breaker"_s;
    QTest::addRow("threshold 0") << QByteArray(R"({"circuit_breaker": {"failure_threshold": 0}})")
                                 << u"circuit_breaker.failure_threshold"_s;
    QTest::addRow("threshold fraction") << QByteArray(R"({"circuit_breaker": {"failure_threshold": 2.5}})")
                                        << u"circuit_breaker.failure_threshold"_s;
    QTest::addRow("rate above 1") << QByteArray(R"({"circuit_breaker": {"failure_rate": 1.5}})")
                                  << u"circuit_breaker.failure_rate"_s;
    QTest::addRow("cooldown 0") << QByteArray(R"({"circuit_breaker": {"cooldown_s": 0}})")
                                << u"circuit_breaker.cooldown_s"_s;
    QTest::addRow("max below cooldown")
        << QByteArray(R"({"circuit_breaker": {"cooldown_s": 60, "max_cooldown_s": 30}})")
        << u"circuit_breaker.max_cooldown_s"_s;
    QTest::addRow("enabled string") << QByteArray(R"({"circuit_breaker": {"enabled": "yes"}})")
                                    << u"circuit_breaker.enabled"_s;
    QTest::addRow("unknown field") << QByteArray(R"({"circuit_breaker": {"cooldown": 5}})")
                                   << u"circuit_breaker.cooldown"_s;
}

void tst_CircuitBreaker::settingsValidation()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QJsonObject body = QJsonDocument::fromJson(json).object();
    body.insert(u"url"_s, u"https://example.com/hook"_s);
    auto e = Endpoint::fromJson(u"crm"_s, body);
    QVERIFY(!e);
    QCOMPARE(e.error().details.first().toObject().value(u"field"_s).toString(), field);
}

void tst_CircuitBreaker::settingsRoundTrip()
{
    auto e = Endpoint::fromJson(u"crm"_s, obj(R"({"url": "https://example.com/hook", "circuit_breaker":
        {"enabled": false, "failure_threshold": 4, "failure_rate": 0.25, "min_attempts": 8, "window_s": 120,
         "cooldown_s": 5, "max_cooldown_s": 50}})"));
    QVERIFY2(e, e ? "" : qPrintable(e.error().message));
    QCOMPARE(e->circuitBreaker.enabled, false);
    QCOMPARE(e->circuitBreaker.failureThreshold, 4);
    QCOMPARE(e->circuitBreaker.failureRate, 0.25);
    QCOMPARE(e->circuitBreaker.minAttempts, 8);
    QCOMPARE(e->circuitBreaker.windowS, 120);
    QCOMPARE(e->circuitBreaker.cooldownS, 5);
    QCOMPARE(e->circuitBreaker.maxCooldownS, 50);
    auto again = Endpoint::fromJson(u"crm"_s, e->toJson());
    QVERIFY(again);
    QVERIFY(again->circuitBreaker == e->circuitBreaker);
    // Defaults, and what GET shows (a "circuit" state object) is accepted back.
    auto d = Endpoint::fromJson(u"crm"_s, obj(R"({"url": "https://example.com/hook",
        "circuit": {"state": "open"}})"));
    QVERIFY(d);
    QVERIFY(d->circuitBreaker == CircuitBreakerSettings{});
    QCOMPARE(d->circuitBreaker.failureThreshold, 10);
    QCOMPARE(d->circuitBreaker.cooldownS, 30);
}

int tst_CircuitBreaker::countWithStatus(ApiHarness &h, const QString &endpoint, const QString &status)
{
    const ApiResponse r
        = h.request("GET", u"/v1/deliveries?limit=1000&endpoint=%1&status=%2"_s.arg(endpoint, status));
    return r.status == 200 ? int(r.json.value(u"deliveries"_s).toArray().size()) : -1;
}

QJsonObject tst_CircuitBreaker::circuitOf(ApiHarness &h, const QString &endpoint)
{
    return h.request("GET", u"/v1/endpoints/"_s + endpoint).json.value(u"circuit"_s).toObject();
}

QList<Alert> tst_CircuitBreaker::alertsOf(SqlStore &store, const QString &rule, const QString &state)
{
    QList<Alert> out;
    if (auto list = AlertStore(store).alerts(state, 100)) {
        for (const Alert &a : *list) {
            if (a.rule == rule)
                out << a;
        }
    }
    return out;
}

void tst_CircuitBreaker::endToEnd()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setDefaultBehaviour(ReceiverBehaviour::withStatus(500, R"({"error":"down"})"));
    ApiHarness h;
    QVERIFY(h.start());
    // Retries every second, long enough that nothing dies during the test; one at a time.
    QJsonArray schedule;
    for (int i = 0; i < 30; ++i)
        schedule.append(1);
    QVERIFY(h.createEndpoint(
        u"flaky"_s, receiver.url(u"/hook"_s),
        QJsonObject{{u"retry"_s, QJsonObject{{u"schedule_s"_s, schedule}, {u"jitter"_s, 0}}},
                    {u"max_in_flight"_s, 1},
                    {u"circuit_breaker"_s,
                     obj(R"({"failure_threshold": 3, "cooldown_s": 3, "max_cooldown_s": 12})")}}));
    QCOMPARE(circuitOf(h, u"flaky"_s).value(u"state"_s).toString(), u"closed"_s);
    QCOMPARE(h.request("PUT", u"/v1/alerts/rules/circuit"_s, obj(R"({"kind": "circuit_open"})")).status, 201);

    QStringList sent;
    for (int i = 0; i < 4; ++i) {
        const ApiResponse r = h.request(
            "POST", u"/v1/messages"_s,
            QJsonObject{{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{{u"n"_s, i}}}});
        QCOMPARE(r.status, 202);
        sent << r.json.value(u"id"_s).toString();
    }

    // Three 500s in a row open it.
    QTRY_COMPARE_WITH_TIMEOUT(circuitOf(h, u"flaky"_s).value(u"state"_s).toString(), u"open"_s, 10000);
    const QJsonObject open = circuitOf(h, u"flaky"_s);
    QVERIFY(open.value(u"consecutive_failures"_s).toInt() >= 3);
    QCOMPARE(open.value(u"last_error"_s).toString(), u"http_500"_s);
    const QDateTime openedAt
        = QDateTime::fromString(open.value(u"opened_at"_s).toString(), Qt::ISODateWithMs);
    const QDateTime retryAt = QDateTime::fromString(open.value(u"retry_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(openedAt.isValid() && retryAt.isValid());
    QCOMPARE(openedAt.msecsTo(retryAt), 3000);
    const int hitsWhenOpened = receiver.count();
    QCOMPARE(hitsWhenOpened, 3);

    // The fast path answers at once that the circuit is open; the message stays queued.
    QElapsedTimer fast;
    fast.start();
    const ApiResponse waited = h.request(
        "POST", u"/v1/messages?wait_ms=5000"_s,
        QJsonObject{{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{{u"n"_s, 99}}}});
    QVERIFY2(fast.elapsed() < 1500, qPrintable(u"%1 ms"_s.arg(fast.elapsed())));
    QCOMPARE(waited.status, 200);
    const QJsonObject d0 = waited.json.value(u"deliveries"_s).toArray().first().toObject();
    QCOMPARE(d0.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(d0.value(u"error"_s).toString(), u"circuit_open"_s);
    QCOMPARE(d0.value(u"circuit"_s).toObject().value(u"state"_s).toString(), u"open"_s);
    sent << waited.json.value(u"id"_s).toString();

    // Prometheus shows it.
    const ApiResponse metrics = h.request("GET", u"/metrics"_s);
    QCOMPARE(metrics.status, 200);
    QVERIFY2(metrics.body.contains("\nswitchboard_circuit_open{endpoint=\"flaky\"} 1\n"),
             metrics.body.constData());

    // The alert opens.
    auto store = SqlStore::open(StoreLocation::sqlite(h.dataPath() + u"/switchboard.db"_s), u"tst-circuit"_s);
    QVERIFY(store);
    QVERIFY(AlertEvaluator(**store).evaluate(QDateTime::currentDateTimeUtc()));
    const QList<Alert> opened = alertsOf(**store, u"circuit"_s, u"open"_s);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().endpoint, u"flaky"_s);
    QVERIFY(opened.first().message.contains(u"circuit open"_s));

    // The receiver recovers; during the cooldown nothing reaches it.
    receiver.setDefaultBehaviour(ReceiverBehaviour::withStatus(200));
    while (QDateTime::currentDateTimeUtc() < retryAt.addMSecs(-200)) {
        QTest::qWait(50);
        QCOMPARE(receiver.count(), hitsWhenOpened);
    }
    // Then one probe, and once it succeeds everything waiting goes out.
    QTRY_COMPARE_WITH_TIMEOUT(circuitOf(h, u"flaky"_s).value(u"state"_s).toString(), u"closed"_s, 5000);
    const QList<ReceivedRequest> all = receiver.requests();
    QVERIFY(all.size() > hitsWhenOpened);
    QVERIFY2(all.at(hitsWhenOpened).receivedAt >= retryAt.addMSecs(-5),
             qPrintable(all.at(hitsWhenOpened).receivedAt.toString(Qt::ISODateWithMs)));
    QTRY_COMPARE_WITH_TIMEOUT(countWithStatus(h, u"flaky"_s, u"delivered"_s), 5, 10000);
    QCOMPARE(countWithStatus(h, u"flaky"_s, u"dead"_s), 0);
    QCOMPARE(countWithStatus(h, u"flaky"_s, u"pending"_s), 0);
    QSet<QByteArray> ids;
    for (const ReceivedRequest &r : receiver.requests())
        ids.insert(r.header("webhook-id"));
    for (const QString &id : std::as_const(sent))
        QVERIFY2(ids.contains(id.toUtf8()), qPrintable(id));

    QVERIFY(!h.request("GET", u"/metrics"_s).body.contains("switchboard_circuit_open{"));
    // The alert resolves once the circuit closed.
    QVERIFY(AlertEvaluator(**store).evaluate(QDateTime::currentDateTimeUtc()));
    QCOMPARE(alertsOf(**store, u"circuit"_s, u"open"_s).size(), 0);
    QCOMPARE(alertsOf(**store, u"circuit"_s, u"resolved"_s).size(), 1);
}

void tst_CircuitBreaker::halfOpenFailureReopensAndReset()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setDefaultBehaviour(ReceiverBehaviour::withStatus(503));
    ApiHarness h;
    QVERIFY(h.start());
    QJsonArray schedule;
    for (int i = 0; i < 30; ++i)
        schedule.append(0);
    QVERIFY(h.createEndpoint(
        u"down"_s, receiver.url(u"/hook"_s),
        QJsonObject{{u"retry"_s, QJsonObject{{u"schedule_s"_s, schedule}, {u"jitter"_s, 0}}},
                    {u"max_in_flight"_s, 1},
                    {u"circuit_breaker"_s,
                     obj(R"({"failure_threshold": 2, "cooldown_s": 2, "max_cooldown_s": 60})")}}));
    QCOMPARE(h.request("POST", u"/v1/messages"_s,
                       QJsonObject{{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{}}})
                 .status,
             202);
    QTRY_COMPARE_WITH_TIMEOUT(circuitOf(h, u"down"_s).value(u"state"_s).toString(), u"open"_s, 10000);
    QCOMPARE(circuitOf(h, u"down"_s).value(u"trips"_s).toInt(), 1);
    // The probe fails: open again, for twice as long.
    QTRY_COMPARE_WITH_TIMEOUT(circuitOf(h, u"down"_s).value(u"trips"_s).toInt(), 2, 8000);
    const QJsonObject again = circuitOf(h, u"down"_s);
    QCOMPARE(again.value(u"state"_s).toString(), u"open"_s);
    const QDateTime openedAt
        = QDateTime::fromString(again.value(u"opened_at"_s).toString(), Qt::ISODateWithMs);
    const QDateTime retryAt = QDateTime::fromString(again.value(u"retry_at"_s).toString(), Qt::ISODateWithMs);
    QCOMPARE(openedAt.msecsTo(retryAt), 4000);
    QCOMPARE(receiver.count(), 3); // two failures and one probe
    QCOMPARE(countWithStatus(h, u"down"_s, u"pending"_s), 1);

    // Reset by hand: closed at once, and the waiting delivery goes out.
    receiver.setDefaultBehaviour(ReceiverBehaviour::withStatus(200));
    QCOMPARE(h.request("POST", u"/v1/endpoints/down/circuit/reset"_s).status, 200);
    QCOMPARE(h.request("GET", u"/v1/endpoints/down/circuit"_s).json.value(u"state"_s).toString(),
             u"closed"_s);
    QTRY_COMPARE_WITH_TIMEOUT(countWithStatus(h, u"down"_s, u"delivered"_s), 1, 5000);
    QVERIFY(retryAt > QDateTime::currentDateTimeUtc()); // before the cooldown would have ended
    QCOMPARE(h.request("POST", u"/v1/endpoints/nosuch/circuit/reset"_s).status, 404);
    QCOMPARE(h.request("GET", u"/v1/endpoints/down/circuit/reset"_s).status, 405);
}

void tst_CircuitBreaker::disabledNeverOpens()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setDefaultBehaviour(ReceiverBehaviour::withStatus(500));
    ApiHarness h;
    QVERIFY(h.start());
    QVERIFY(h.createEndpoint(
        u"plain"_s, receiver.url(u"/hook"_s),
        QJsonObject{{u"retry"_s, obj(R"({"schedule_s": [0, 0, 0, 0], "jitter": 0})")},
                    {u"circuit_breaker"_s, obj(R"({"enabled": false, "failure_threshold": 1})")}}));
    QCOMPARE(h.request("POST", u"/v1/messages"_s,
                       QJsonObject{{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{}}})
                 .status,
             202);
    // Its own retry schedule runs out into the dead-letter queue, never held.
    QTRY_COMPARE_WITH_TIMEOUT(countWithStatus(h, u"plain"_s, u"dead"_s), 1, 10000);
    QCOMPARE(receiver.count(), 5);
    QCOMPARE(circuitOf(h, u"plain"_s).value(u"state"_s).toString(), u"closed"_s);
    QCOMPARE(circuitOf(h, u"plain"_s).value(u"consecutive_failures"_s).toInt(), 0);
}

void tst_CircuitBreaker::finalRefusalsNeverOpen()
{
    // 400s are the receiver saying no, not being down: they go to the dead-letter queue at once,
    // however many there are, and the circuit stays closed.
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setDefaultBehaviour(ReceiverBehaviour::withStatus(400, R"({"error":"missing field"})"));
    ApiHarness h;
    QVERIFY(h.start());
    QVERIFY(h.createEndpoint(u"strict"_s, receiver.url(u"/hook"_s),
                             QJsonObject{{u"circuit_breaker"_s, obj(R"({"failure_threshold": 2})")}}));
    for (int i = 0; i < 6; ++i)
        QCOMPARE(h.request("POST", u"/v1/messages"_s,
                           QJsonObject{{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{}}})
                     .status,
                 202);
    QTRY_COMPARE_WITH_TIMEOUT(countWithStatus(h, u"strict"_s, u"dead"_s), 6, 10000);
    QCOMPARE(receiver.count(), 6);
    QCOMPARE(circuitOf(h, u"strict"_s).value(u"state"_s).toString(), u"closed"_s);
    QCOMPARE(circuitOf(h, u"strict"_s).value(u"consecutive_failures"_s).toInt(), 0);
}

void tst_CircuitBreaker::syncFunctionAnswersAtOnce()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setDefaultBehaviour(ReceiverBehaviour::withStatus(503));
    ApiHarness h;
    QVERIFY(h.start());
    QVERIFY(h.createEndpoint(
        u"calendar"_s, receiver.url(u"/api"_s),
        QJsonObject{{u"retry"_s, obj(R"({"schedule_s": [0, 0, 60], "jitter": 0})")},
                    {u"max_in_flight"_s, 1},
                    {u"circuit_breaker"_s, obj(R"({"failure_threshold": 2, "cooldown_s": 60})")}}));
    QCOMPARE(h.request("POST", u"/v1/messages"_s,
                       QJsonObject{{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{}}})
                 .status,
             202);
    QTRY_COMPARE_WITH_TIMEOUT(circuitOf(h, u"calendar"_s).value(u"state"_s).toString(), u"open"_s, 10000);
    const int hits = receiver.count();

    QCOMPARE(h.request("PUT", u"/v1/functions/book"_s, obj(R"({"description": "Book an appointment",
        "parameters": {"type": "object", "properties": {"start": {"type": "string"}}},
        "endpoint": "calendar", "request": {"method": "POST", "path": "/appointments", "body": {"slot": "{{start}}"}},
        "mode": "sync", "deadline_ms": 8000})"))
                 .status,
             201);
    QElapsedTimer clock;
    clock.start();
    const ApiResponse r = h.request("POST", u"/v1/functions/book/invoke"_s,
                                    QJsonObject{{u"arguments"_s, obj(R"({"start": "2026-12-01T10:00"})")}});
    QVERIFY2(clock.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(clock.elapsed()))); // not the 8 s deadline
    QCOMPARE(r.status, 202);
    QCOMPARE(r.json.value(u"pending"_s).toBool(), true);
    QVERIFY(r.json.value(u"ok"_s).isNull());
    QVERIFY(r.json.value(u"error"_s).toString().contains(u"circuit is open"_s));
    QCOMPARE(r.json.value(u"circuit"_s).toObject().value(u"state"_s).toString(), u"open"_s);
    const QString id = r.json.value(u"delivery_id"_s).toString();
    QCOMPARE(h.request("GET", u"/v1/deliveries/"_s + id).json.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(receiver.count(), hits); // not attempted
}

// Two engines on one store (a SQLite file; PostgreSQL in tst_circuitbreaker_pg):
// the circuit one worker opened shows on the other's API, with the opener in
// "workers", and a reset through the other closes the opener's circuit. Either
// worker may claim the delivery, so the test finds out which one opened it.
void tst_CircuitBreaker::fleetWide()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setDefaultBehaviour(ReceiverBehaviour::withStatus(503));
    ApiHarness a;
    ApiHarness b;
    PgTestDatabase pg;
    StoreLocation location = StoreLocation::sqlite(a.dataPath() + u"/switchboard.db"_s);
    if (qEnvironmentVariable("SWITCHBOARD_TEST_BACKEND") == u"postgres") {
        const Status created = pg.create(u"tst_circuit"_s);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        location = pg.location();
    }
    a.useStore(location, u"worker-a"_s, true);
    b.useStore(location, u"worker-b"_s, false);
    QVERIFY(a.start());
    // After the two failures that open it, the delivery's next attempt is a minute away:
    // whichever worker sent them is the only one with an open circuit.
    QVERIFY(a.createEndpoint(
        u"down"_s, receiver.url(u"/hook"_s),
        QJsonObject{{u"retry"_s, obj(R"({"schedule_s": [0, 60, 60], "jitter": 0})")},
                    {u"max_in_flight"_s, 1},
                    {u"circuit_breaker"_s, obj(R"({"failure_threshold": 2, "cooldown_s": 60})")}}));
    QVERIFY(b.start());
    QCOMPARE(circuitOf(b, u"down"_s).value(u"state"_s).toString(), u"closed"_s);
    QCOMPARE(circuitOf(b, u"down"_s).value(u"workers"_s).toArray().size(), 0);

    QCOMPARE(a.request("POST", u"/v1/messages"_s,
                       QJsonObject{{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{}}})
                 .status,
             202);
    const auto localState
        = [](ApiHarness &h) { return circuitOf(h, u"down"_s).value(u"local_state"_s).toString(); };
    QTRY_VERIFY_WITH_TIMEOUT(localState(a) == u"open"_s || localState(b) == u"open"_s, 10000);
    const bool aOpened = localState(a) == u"open"_s;
    ApiHarness &opener = aOpened ? a : b;
    ApiHarness &watcher = aOpened ? b : a;
    const QString openerId = aOpened ? u"worker-a"_s : u"worker-b"_s;
    QCOMPARE(localState(watcher), u"closed"_s);
    QCOMPARE(receiver.count(), 2);

    // A worker whose heartbeat is stale does not count, whatever it published.
    {
        auto store = SqlStore::open(location, u"tst-circuit-fleet"_s);
        QVERIFY(store);
        WorkerInfo gone;
        gone.id = u"worker-gone"_s;
        gone.host = u"gone"_s;
        gone.version = u"0"_s;
        gone.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        gone.lastSeen = QDateTime::currentDateTimeUtc().addSecs(-60);
        CircuitState open;
        open.state = CircuitState::State::Open;
        gone.circuits.insert(u"down"_s, open.toJson());
        QVERIFY((*store)->heartbeat(gone));
    }

    // The watcher's engine never opened it, but its API shows the opener's circuit
    // (published with a heartbeat at once).
    QTRY_COMPARE_WITH_TIMEOUT(circuitOf(watcher, u"down"_s).value(u"state"_s).toString(), u"open"_s, 5000);
    for (const QJsonObject &seen :
         {circuitOf(watcher, u"down"_s), watcher.request("GET", u"/v1/endpoints/down/circuit"_s).json,
          watcher.request("GET", u"/v1/endpoints"_s)
              .json.value(u"endpoints"_s)
              .toArray()
              .first()
              .toObject()
              .value(u"circuit"_s)
              .toObject()}) {
        QCOMPARE(seen.value(u"state"_s).toString(), u"open"_s);
        QCOMPARE(seen.value(u"local_state"_s).toString(), u"closed"_s); // the watcher's own fields
        QVERIFY(seen.value(u"retry_at"_s).isNull());
        const QJsonArray workers = seen.value(u"workers"_s).toArray();
        QCOMPARE(workers.size(), 1);
        const QJsonObject w = workers.first().toObject();
        QCOMPARE(w.value(u"worker_id"_s).toString(), openerId);
        QCOMPARE(w.value(u"state"_s).toString(), u"open"_s);
        QCOMPARE(w.value(u"last_error"_s).toString(), u"http_503"_s);
        QVERIFY(w.value(u"consecutive_failures"_s).toInt() >= 2);
        QVERIFY(QDateTime::fromString(w.value(u"retry_at"_s).toString(), Qt::ISODateWithMs).isValid());
    }
    // The opener's API: its own circuit, itself in workers.
    const QJsonObject onOpener = circuitOf(opener, u"down"_s);
    QCOMPARE(onOpener.value(u"state"_s).toString(), u"open"_s);
    QCOMPARE(onOpener.value(u"workers"_s).toArray().size(), 1);
    // GET /v1/workers lists the opener's open circuit.
    bool listed = false;
    for (const QJsonValue &v : watcher.request("GET", u"/v1/workers"_s).json.value(u"workers"_s).toArray()) {
        const QJsonObject w = v.toObject();
        if (w.value(u"id"_s).toString() != openerId)
            continue;
        const QJsonArray circuits = w.value(u"circuits"_s).toArray();
        QCOMPARE(circuits.size(), 1);
        QCOMPARE(circuits.first().toObject().value(u"endpoint"_s).toString(), u"down"_s);
        QCOMPARE(circuits.first().toObject().value(u"state"_s).toString(), u"open"_s);
        listed = true;
    }
    QVERIFY(listed);

    // A reset through the watcher closes the opener's circuit too.
    QCOMPARE(watcher.request("POST", u"/v1/endpoints/down/circuit/reset"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(circuitOf(opener, u"down"_s).value(u"local_state"_s).toString(), u"closed"_s,
                              5000);
    QTRY_COMPARE_WITH_TIMEOUT(circuitOf(watcher, u"down"_s).value(u"state"_s).toString(), u"closed"_s, 5000);
    QCOMPARE(circuitOf(watcher, u"down"_s).value(u"workers"_s).toArray().size(), 0);
    QCOMPARE(circuitOf(opener, u"down"_s).value(u"state"_s).toString(), u"closed"_s);
}

QTEST_GUILESS_MAIN(tst_CircuitBreaker)
#include "tst_circuitbreaker.moc"
