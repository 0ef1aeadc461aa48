// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/alertevaluator.h"
#include "metrics/alertstore.h"
#include "metrics/deliveryalerts.h"
#include "metrics/housekeeping.h"
#include "metrics/rollupwriter.h"
#include "store/sqlstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Switchboard;

class tst_Alerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void successRateOpensAndResolves();
    void noFlappingOnTheBoundary();
    void acknowledgedThenResolved();
    void tooFewAttemptsNeverOpens();
    void p95Above();
    void dlqDepth();
    void schemaDrift();
    void removedRuleResolves();
    void housekeepingUsesInjectedClock();
    void badSignatureBurstForSource();
    void badSignatureBurstGlobal();
    void complianceDeadLetter();
    void inboundRuleValidation();
    void optimisticAlertsOutliveEvaluation();

private:
    // count inbound requests from source in the minute of at, with this verdict.
    void inbound(const QDateTime &at, const QString &source, int count, const QString &verdict);
    // A delivery row as the engine leaves it.
    void delivery(const QString &id, const QString &eventType, const QString &status,
                  const QDateTime &updated, const QString &endpoint = QStringLiteral("crm"));
    void putRule(const QString &name, const QByteArray &json);
    // count attempts to endpoint in the minute of at, ok of them succeeding.
    void traffic(const QDateTime &at, const QString &endpoint, int count, int ok, int statusCode = 503,
                 int durationMs = 50);
    AlertEvaluator::Summary evaluate(const QDateTime &now);
    QList<Alert> alerts(const QString &state = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    QDateTime m_t0;
    int m_run = 0;
};

void tst_Alerts::initTestCase()
{
    QLoggingCategory::setFilterRules(u"switchboard.*.info=false\nswitchboard.*.warning=false"_s);
}

void tst_Alerts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store
        = SqlStore::open(StoreLocation::sqlite(m_dir->filePath(u"a.db"_s)), u"tst-alerts-%1"_s.arg(++m_run));
    QVERIFY(store.ok());
    m_store = std::move(store).value();
    QVERIFY(m_store->migrate().ok());
    m_t0 = QDateTime(QDate(2026, 11, 27), QTime(9, 0, 0), Qt::UTC);
}

void tst_Alerts::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_Alerts::putRule(const QString &name, const QByteArray &json)
{
    auto rule = AlertRule::fromJson(name, QJsonDocument::fromJson(json).object());
    QVERIFY2(rule.ok(), rule.ok() ? "" : qPrintable(rule.error().message));
    QVERIFY(AlertStore(*m_store).putRule(*rule).ok());
}

void tst_Alerts::traffic(const QDateTime &at, const QString &endpoint, int count, int ok, int statusCode,
                         int durationMs)
{
    QList<RollupSample> samples;
    for (int i = 0; i < count; ++i) {
        RollupSample s;
        s.at = at;
        s.subject = endpoint;
        s.eventType = u"call.ended"_s;
        s.ok = i < ok;
        s.statusCode = s.ok ? 200 : statusCode;
        s.error = s.ok ? QString() : (statusCode >= 500 ? u"http_5xx"_s : u"http_4xx"_s);
        s.durationMs = durationMs;
        samples << s;
    }
    RollupWriter writer(u"w"_s);
    QVERIFY(m_store->transaction([&]() { return writer.add(*m_store, samples); }).ok());
}

void tst_Alerts::inbound(const QDateTime &at, const QString &source, int count, const QString &verdict)
{
    QList<RollupSample> samples;
    for (int i = 0; i < count; ++i) {
        RollupSample s;
        s.at = at;
        s.direction = u"in"_s;
        s.subject = source;
        s.ok = verdict == u"accepted";
        s.error = s.ok ? QString() : verdict;
        s.statusCode = s.ok ? 200 : 401;
        s.durationMs = 2;
        samples << s;
    }
    RollupWriter writer(u"w"_s);
    QVERIFY(m_store->transaction([&]() { return writer.add(*m_store, samples); }).ok());
}

void tst_Alerts::delivery(const QString &id, const QString &eventType, const QString &status,
                          const QDateTime &updated, const QString &endpoint)
{
    QSqlQuery q(m_store->database());
    QVERIFY(
        q.exec(u"INSERT INTO messages (id, event_type, payload, created_at) VALUES ('msg_%1', '%2', '{}', 0) "
               "ON CONFLICT (id) DO NOTHING"_s.arg(id.mid(4), eventType)));
    q.prepare(u"INSERT INTO deliveries (id, message_id, endpoint, event_type, status, dead_reason, call_id, "
              "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT (id) DO UPDATE SET "
              "status = excluded.status, updated_at = excluded.updated_at"_s);
    q.addBindValue(id);
    q.addBindValue(QString(u"msg_"_s + id.mid(4)));
    q.addBindValue(endpoint);
    q.addBindValue(eventType);
    q.addBindValue(status);
    q.addBindValue(status == u"dead" ? QVariant(u"http_4xx after 1 attempt"_s)
                                     : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(u"call-1"_s);
    q.addBindValue(updated.toMSecsSinceEpoch());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

AlertEvaluator::Summary tst_Alerts::evaluate(const QDateTime &now)
{
    auto s = AlertEvaluator(*m_store).evaluate(now);
    if (!s.ok()) {
        qWarning() << s.error().message;
        return {};
    }
    return *s;
}

QList<Alert> tst_Alerts::alerts(const QString &state)
{
    auto list = AlertStore(*m_store).alerts(state);
    return list.ok() ? *list : QList<Alert>();
}

void tst_Alerts::successRateOpensAndResolves()
{
    putRule(u"crm-failing"_s, R"({"kind": "success_rate_below", "endpoint": "crm", "threshold": 90,
                                  "window_min": 5, "min_attempts": 5})");
    traffic(m_t0, u"crm"_s, 10, 10);
    QCOMPARE(evaluate(m_t0).opened, 0);
    traffic(m_t0.addSecs(60), u"crm"_s, 10, 2); // 12 of 20: 60 %
    traffic(m_t0.addSecs(60), u"other"_s, 10, 0); // another endpoint does not count
    QCOMPARE(evaluate(m_t0.addSecs(60)).opened, 1);
    QList<Alert> open = alerts(u"open"_s);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().endpoint, u"crm"_s);
    QCOMPARE(open.first().value, 60.0);
    QCOMPARE(open.first().openedAt, m_t0.addSecs(60));
    QVERIFY(open.first().message.contains(u"60.0 %"_s));
    // Still failing: the same alert, not a second one.
    QCOMPARE(evaluate(m_t0.addSecs(90)).opened, 0);
    QCOMPARE(alerts().size(), 1);
    // Healthy traffic after the bad minutes leave the window: clear, twice in a row, then resolved.
    const QDateTime later = m_t0.addSecs(60 * 7);
    traffic(later, u"crm"_s, 20, 20);
    QCOMPARE(evaluate(later).resolved, 0);
    QCOMPARE(alerts(u"open"_s).size(), 1);
    QCOMPARE(evaluate(later.addSecs(30)).resolved, 1);
    const QList<Alert> resolved = alerts(u"resolved"_s);
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.first().resolvedAt, later.addSecs(30));
    // A new failure opens a new alert.
    const QDateTime again = m_t0.addSecs(60 * 20);
    traffic(again, u"crm"_s, 10, 0);
    QCOMPARE(evaluate(again).opened, 1);
    QCOMPARE(alerts().size(), 2);
}

// Hovering between the threshold (90) and threshold + hysteresis (95): the
// alert neither resolves nor opens again; only a clear value for two
// evaluations resolves it.
void tst_Alerts::noFlappingOnTheBoundary()
{
    putRule(u"r"_s, R"({"kind": "success_rate_below", "threshold": 90, "window_min": 1, "min_attempts": 5})");
    QDateTime t = m_t0;
    traffic(t, u"crm"_s, 100, 85);
    QCOMPARE(evaluate(t).opened, 1);
    int opened = 0, resolved = 0;
    // 91 %, 89 %, 93 %, 90 %, 94 %, 91 %: on both sides of 90, never 95 or more.
    for (int ok : {91, 89, 93, 90, 94, 91, 89, 92}) {
        t = t.addSecs(60);
        traffic(t, u"crm"_s, 100, ok);
        const auto s = evaluate(t);
        opened += s.opened;
        resolved += s.resolved;
        // One clear evaluation (95+) between firing ones never resolves either.
    }
    t = t.addSecs(60);
    traffic(t, u"crm"_s, 100, 96);
    resolved += evaluate(t).resolved;
    t = t.addSecs(60);
    traffic(t, u"crm"_s, 100, 85);
    opened += evaluate(t).opened;
    QCOMPARE(opened, 0);
    QCOMPARE(resolved, 0);
    QCOMPARE(alerts().size(), 1);
    QCOMPARE(alerts(u"open"_s).size(), 1);
    for (int i = 0; i < 2; ++i) {
        t = t.addSecs(60);
        traffic(t, u"crm"_s, 100, 97);
        resolved += evaluate(t).resolved;
    }
    QCOMPARE(resolved, 1);
    QCOMPARE(alerts(u"resolved"_s).size(), 1);
}

void tst_Alerts::acknowledgedThenResolved()
{
    putRule(u"r"_s, R"({"kind": "success_rate_below", "threshold": 50, "window_min": 1})");
    traffic(m_t0, u"crm"_s, 10, 0);
    evaluate(m_t0);
    const QString id = alerts(u"open"_s).value(0).id;
    QVERIFY(!id.isEmpty());
    auto acked = AlertStore(*m_store).acknowledge(id, m_t0.addSecs(5));
    QVERIFY(acked.ok());
    QCOMPARE(acked->state, Alert::State::Acknowledged);
    QCOMPARE(acked->acknowledgedAt, m_t0.addSecs(5));
    // Acknowledging twice is harmless; the evaluator keeps the acknowledged state while it fires.
    QVERIFY(AlertStore(*m_store).acknowledge(id, m_t0.addSecs(6)).ok());
    evaluate(m_t0.addSecs(10));
    QCOMPARE(alerts(u"acknowledged"_s).size(), 1);
    traffic(m_t0.addSecs(120), u"crm"_s, 10, 10);
    evaluate(m_t0.addSecs(120));
    evaluate(m_t0.addSecs(150));
    QCOMPARE(alerts(u"resolved"_s).size(), 1);
    auto again = AlertStore(*m_store).acknowledge(id, m_t0.addSecs(200));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QCOMPARE(AlertStore(*m_store).acknowledge(u"alt_nope"_s, m_t0).error().code, Error::Code::NotFound);
}

void tst_Alerts::tooFewAttemptsNeverOpens()
{
    putRule(u"r"_s,
            R"({"kind": "success_rate_below", "threshold": 90, "window_min": 5, "min_attempts": 10})");
    traffic(m_t0, u"crm"_s, 9, 0);
    QCOMPARE(evaluate(m_t0).opened, 0);
    traffic(m_t0, u"crm"_s, 1, 0);
    QCOMPARE(evaluate(m_t0).opened, 1);
}

void tst_Alerts::p95Above()
{
    putRule(u"slow"_s, R"({"kind": "p95_above_ms", "endpoint": "crm", "threshold": 1000, "window_min": 2})");
    traffic(m_t0, u"crm"_s, 90, 90, 200, 100);
    traffic(m_t0, u"crm"_s, 10, 10, 200, 3000);
    QCOMPARE(evaluate(m_t0).opened, 1);
    const Alert a = alerts(u"open"_s).value(0);
    QVERIFY2(a.value > 2900 && a.value < 3100, qPrintable(QString::number(a.value)));
    // p95 of 950 ms is under the threshold but inside the 10 % band: stays open.
    const QDateTime t = m_t0.addSecs(180);
    traffic(t, u"crm"_s, 100, 100, 200, 950);
    QCOMPARE(evaluate(t).resolved, 0);
    QCOMPARE(evaluate(t.addSecs(30)).resolved, 0);
    traffic(t.addSecs(180), u"crm"_s, 100, 100, 200, 100);
    evaluate(t.addSecs(180));
    QCOMPARE(evaluate(t.addSecs(210)).resolved, 1);
}

void tst_Alerts::dlqDepth()
{
    putRule(u"dlq"_s, R"({"kind": "dlq_depth_above", "threshold": 2})");
    auto dead = [&](int n) {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(u"DELETE FROM deliveries"_s));
        QVERIFY(q.exec(u"DELETE FROM messages"_s));
        QVERIFY(q.exec(
            u"INSERT INTO messages (id, event_type, payload, created_at) VALUES ('msg_1', 'e', '{}', 0)"_s));
        for (int i = 0; i < n; ++i) {
            QVERIFY(
                q.exec(u"INSERT INTO deliveries (id, message_id, endpoint, event_type, status, created_at, "
                       "updated_at) VALUES ('dlv_%1', 'msg_1', 'crm', 'e', 'dead', 0, 0)"_s.arg(i)));
        }
    };
    dead(2);
    QCOMPARE(evaluate(m_t0).opened, 0);
    dead(3);
    QCOMPARE(evaluate(m_t0).opened, 1);
    dead(2); // at the threshold, not below it by the band (1): stays open
    QCOMPARE(evaluate(m_t0).resolved, 0);
    QCOMPARE(evaluate(m_t0).resolved, 0);
    dead(1);
    QCOMPARE(evaluate(m_t0).resolved, 0);
    QCOMPARE(evaluate(m_t0).resolved, 1);
}

void tst_Alerts::schemaDrift()
{
    putRule(u"drift"_s, R"({"kind": "schema_drift", "threshold": 5, "window_min": 5, "baseline_min": 30})");
    // An hour of healthy traffic to crm and to api; a broken endpoint that was never healthy.
    for (int m = 0; m < 60; m += 5) {
        traffic(m_t0.addSecs(m * 60), u"crm"_s, 10, 10);
        traffic(m_t0.addSecs(m * 60), u"api"_s, 10, 10);
        traffic(m_t0.addSecs(m * 60), u"broken"_s, 10, 0, 422);
    }
    const QDateTime t = m_t0.addSecs(61 * 60);
    QCOMPARE(evaluate(t).opened, 0);
    // crm suddenly answers 422 to everything; api has one 400 among successes.
    traffic(t, u"crm"_s, 8, 0, 422);
    traffic(t, u"api"_s, 10, 9, 400);
    QCOMPARE(evaluate(t).opened, 1);
    const Alert a = alerts(u"open"_s).value(0);
    QCOMPARE(a.endpoint, u"crm"_s);
    QCOMPARE(a.value, 8.0);
    QVERIFY(a.message.contains(u"schema"_s));
    // Fixed: successes again, the rejects leave the window.
    const QDateTime fixed = t.addSecs(6 * 60);
    traffic(fixed, u"crm"_s, 10, 10);
    evaluate(fixed);
    QCOMPARE(evaluate(fixed.addSecs(30)).resolved, 1);
}

void tst_Alerts::removedRuleResolves()
{
    putRule(u"r"_s, R"({"kind": "success_rate_below", "threshold": 50, "window_min": 1})");
    traffic(m_t0, u"crm"_s, 10, 0);
    QCOMPARE(evaluate(m_t0).opened, 1);
    QVERIFY(AlertStore(*m_store).removeRule(u"r"_s).ok());
    QCOMPARE(evaluate(m_t0).resolved, 1);
    QCOMPARE(alerts(u"resolved"_s).size(), 1);
}

void tst_Alerts::housekeepingUsesInjectedClock()
{
    putRule(u"r"_s, R"({"kind": "success_rate_below", "threshold": 50, "window_min": 1})");
    traffic(m_t0, u"crm"_s, 10, 0);
    QDateTime now = m_t0;
    HousekeepingOptions options;
    options.location = StoreLocation::sqlite(m_dir->filePath(u"a.db"_s));
    options.depthSampleMs = options.alertEvaluateMs = options.retentionMs = 0; // no timers: runNow only
    options.clock = [&now]() { return now; };
    Housekeeping housekeeping(options);
    QVERIFY(housekeeping.start().ok());
    QVERIFY(housekeeping.runNow(Housekeeping::EvaluateAlerts | Housekeeping::SampleDepths).ok());
    QCOMPARE(alerts(u"open"_s).size(), 1);
    QCOMPARE(alerts(u"open"_s).first().openedAt, m_t0);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT minute FROM metrics_depths"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), m_t0.toMSecsSinceEpoch());
    q.finish();
    now = m_t0.addSecs(3600); // an hour later nothing is in the window: clear
    QVERIFY(housekeeping.runNow(Housekeeping::EvaluateAlerts).ok());
    QVERIFY(housekeeping.runNow(Housekeeping::EvaluateAlerts).ok());
    QCOMPARE(alerts(u"resolved"_s).value(0).resolvedAt, now);
    housekeeping.stop();
}

// A source's burst of bad signatures opens one alert; a trickle inside the
// band neither resolves nor reopens it; an empty window resolves it.
void tst_Alerts::badSignatureBurstForSource()
{
    putRule(u"sigs"_s,
            R"({"kind": "bad_signature_burst", "source": "stripe", "threshold": 5, "window_min": 5})");
    inbound(m_t0, u"stripe"_s, 3, u"bad_signature"_s);
    inbound(m_t0, u"stripe"_s, 50, u"accepted"_s);
    inbound(m_t0, u"stripe"_s, 4, u"stale_timestamp"_s); // another verdict
    inbound(m_t0, u"github"_s, 20, u"bad_signature"_s); // another source
    QCOMPARE(evaluate(m_t0).opened, 0);
    inbound(m_t0.addSecs(60), u"stripe"_s, 2, u"bad_signature"_s);
    QCOMPARE(evaluate(m_t0.addSecs(60)).opened, 1);
    const Alert a = alerts(u"open"_s).value(0);
    QCOMPARE(a.rule, u"sigs"_s);
    QCOMPARE(a.source, u"stripe"_s);
    QVERIFY(a.endpoint.isEmpty());
    QCOMPARE(a.value, 5.0);
    QCOMPARE(a.threshold, 5.0);
    QVERIFY2(a.message.contains(u"source stripe: 5 requests with a bad signature"_s), qPrintable(a.message));
    QCOMPARE(a.toJson().value(u"source"_s).toString(), u"stripe"_s);
    QCOMPARE(evaluate(m_t0.addSecs(90)).opened, 0); // still firing: the same alert

    // The first minute leaves the window (2 left), then a trickle: below the
    // threshold but not clear, so the alert stays open and nothing reopens.
    int opened = 0, resolved = 0;
    for (int m = 5; m <= 9; ++m) {
        const QDateTime t = m_t0.addSecs(m * 60);
        if (m % 2)
            inbound(t, u"stripe"_s, 1, u"bad_signature"_s);
        const auto s1 = evaluate(t);
        const auto s2 = evaluate(t.addSecs(30));
        opened += s1.opened + s2.opened;
        resolved += s1.resolved + s2.resolved;
    }
    QCOMPARE(opened, 0);
    QCOMPARE(resolved, 0);
    QCOMPARE(alerts(u"open"_s).size(), 1);
    QCOMPARE(alerts(u"open"_s).value(0).value, 3.0); // minutes 5, 7 and 9

    // Five quiet minutes: the window clears; two clear evaluations resolve it.
    const QDateTime quiet = m_t0.addSecs(14 * 60);
    QCOMPARE(evaluate(quiet).resolved, 0);
    QCOMPARE(evaluate(quiet.addSecs(30)).resolved, 1);
    QCOMPARE(alerts(u"resolved"_s).value(0).resolvedAt, quiet.addSecs(30));
    // A new burst is a new alert.
    const QDateTime again = m_t0.addSecs(30 * 60);
    inbound(again, u"stripe"_s, 6, u"bad_signature"_s);
    QCOMPARE(evaluate(again).opened, 1);
    QCOMPARE(alerts().size(), 2);
}

void tst_Alerts::badSignatureBurstGlobal()
{
    putRule(u"sigs-all"_s, R"({"kind": "bad_signature_burst", "threshold": 10, "window_min": 2})");
    inbound(m_t0, u"stripe"_s, 3, u"bad_signature"_s);
    inbound(m_t0, u"github"_s, 6, u"bad_signature"_s);
    QCOMPARE(evaluate(m_t0).opened, 0);
    inbound(m_t0, u"shopify"_s, 1, u"bad_signature"_s);
    QCOMPARE(evaluate(m_t0).opened, 1);
    const Alert a = alerts(u"open"_s).value(0);
    QVERIFY(a.source.isEmpty());
    QCOMPARE(a.value, 10.0);
    QVERIFY2(a.message.contains(u"all sources: 10 requests"_s), qPrintable(a.message));
    QVERIFY2(a.message.contains(u"(github: 6, stripe: 3, shopify: 1)"_s), qPrintable(a.message));
    evaluate(m_t0.addSecs(120));
    QCOMPARE(evaluate(m_t0.addSecs(150)).resolved, 1);
}

// Compliance event types raise one alert per dead delivery, with its id;
// replayed and delivered, the alert resolves.
void tst_Alerts::complianceDeadLetter()
{
    putRule(u"compliance"_s,
            R"({"kind": "compliance_dead_letter", "event_types": ["sms.sent", "payment.*"]})");
    putRule(u"billing-calls"_s,
            R"({"kind": "compliance_dead_letter", "event_types": ["call.*"], "endpoint": "billing"})");
    const QDateTime t = m_t0;
    delivery(u"dlv_sms"_s, u"sms.sent"_s, u"dead"_s, t);
    delivery(u"dlv_pay"_s, u"payment.taken"_s, u"dead"_s, t);
    delivery(u"dlv_call"_s, u"call.ended"_s, u"dead"_s, t); // call.* only counts for billing
    delivery(u"dlv_smsx"_s, u"sms.sent.v2"_s, u"dead"_s, t); // sms.sent is exact
    delivery(u"dlv_ok"_s, u"sms.sent"_s, u"delivered"_s, t);
    delivery(u"dlv_old"_s, u"sms.sent"_s, u"dead"_s, t.addSecs(-7200)); // before the scan window
    DeliveryAlerts scanner(*m_store);
    auto s = scanner.scan(t.addSecs(-3600), t);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QCOMPARE(s->opened, 2);
    QList<Alert> open = alerts(u"open"_s);
    QCOMPARE(open.size(), 2);
    QStringList ids;
    for (const Alert &a : std::as_const(open)) {
        ids << a.deliveryId;
        QCOMPARE(a.rule, u"compliance"_s);
        QCOMPARE(a.endpoint, u"crm"_s);
        QCOMPARE(a.openedAt, t);
        QVERIFY2(a.message.contains(a.deliveryId) && a.message.contains(u"call-1"_s), qPrintable(a.message));
        QCOMPARE(a.toJson().value(u"delivery_id"_s).toString(), a.deliveryId);
    }
    ids.sort();
    QCOMPARE(ids, QStringList({u"dlv_pay"_s, u"dlv_sms"_s}));
    // Scanned again, and through the evaluator: no second alert, nothing resolved.
    QCOMPARE(scanner.scan(t.addSecs(-3600), t.addSecs(30))->opened, 0);
    QCOMPARE(evaluate(t.addSecs(30)).resolved, 0);
    QCOMPARE(alerts().size(), 2);
    // The endpoint-scoped rule.
    delivery(u"dlv_bill"_s, u"call.ended"_s, u"dead"_s, t.addSecs(40), u"billing"_s);
    QCOMPARE(scanner.scan(t, t.addSecs(60))->opened, 1);
    QCOMPARE(AlertStore(*m_store).alert(u"alt_cmp_bill"_s)->value().rule, u"billing-calls"_s);
    // Replayed and delivered: resolved; the other stays open.
    delivery(u"dlv_sms"_s, u"sms.sent"_s, u"delivered"_s, t.addSecs(120));
    auto r = scanner.scan(t.addSecs(100), t.addSecs(120));
    QCOMPARE(r->resolved, 1);
    QCOMPARE(r->opened, 0);
    const auto sms = AlertStore(*m_store).alert(u"alt_cmp_sms"_s);
    QCOMPARE(sms->value().state, Alert::State::Resolved);
    QCOMPARE(sms->value().resolvedAt, t.addSecs(120));
    QCOMPARE(alerts(u"open"_s).size(), 2);
    // Removing a rule resolves its alerts.
    QVERIFY(AlertStore(*m_store).removeRule(u"compliance"_s).ok());
    QCOMPARE(evaluate(t.addSecs(180)).resolved, 1);
    QCOMPARE(alerts(u"open"_s).size(), 1);
}

void tst_Alerts::inboundRuleValidation()
{
    auto parse = [](const QByteArray &json) {
        return AlertRule::fromJson(u"r"_s, QJsonDocument::fromJson(json).object());
    };
    auto rule = parse(R"({"kind": "bad_signature_burst", "source": "stripe"})");
    QVERIFY(rule.ok());
    QCOMPARE(rule->threshold, 10.0);
    QCOMPARE(rule->toJson().value(u"source"_s).toString(), u"stripe"_s);
    QCOMPARE(AlertRule::fromJson(u"r"_s, rule->toJson())->source, u"stripe"_s);
    rule = parse(R"({"kind": "compliance_dead_letter", "event_types": ["sms.sent", "payment.*"]})");
    QVERIFY(rule.ok());
    QCOMPARE(rule->eventTypes, QStringList({u"sms.sent"_s, u"payment.*"_s}));
    QVERIFY(rule->matchesEventType(u"payment.refunded"_s));
    QVERIFY(!rule->matchesEventType(u"payment"_s));
    QVERIFY(!rule->matchesEventType(u"sms.sent2"_s));
    QCOMPARE(AlertRule::fromJson(u"r"_s, rule->toJson())->eventTypes, rule->eventTypes);
    const QList<QPair<QByteArray, QString>> bad{
        {R"({"kind": "compliance_dead_letter"})", u"event_types"_s},
        {R"({"kind": "compliance_dead_letter", "event_types": []})", u"event_types"_s},
        {R"({"kind": "compliance_dead_letter", "event_types": ["a b"]})", u"event_types"_s},
        {R"({"kind": "bad_signature_burst", "source": "Not A Name"})", u"source"_s},
        {R"({"kind": "bad_signature_burst", "endpoint": "crm"})", u"endpoint"_s},
        {R"({"kind": "success_rate_below", "threshold": 50, "source": "stripe"})", u"source"_s},
        {R"({"kind": "p95_above_ms", "threshold": 50, "event_types": ["a"]})", u"event_types"_s},
    };
    for (const auto &[json, field] : bad) {
        auto r = parse(json);
        QVERIFY2(!r.ok(), json.constData());
        QCOMPARE(r.error().details.at(0).toObject().value(u"field"_s).toString(), field);
    }
}

// optimistic_call_failed alerts have no rule in the table: the evaluator's
// "rule removed" pass must leave them alone.
void tst_Alerts::optimisticAlertsOutliveEvaluation()
{
    Alert a;
    a.id = u"alt_x"_s;
    a.rule = DeliveryAlerts::kOptimisticRule;
    a.deliveryId = u"dlv_x"_s;
    a.openedAt = a.updatedAt = m_t0;
    a.message = u"m"_s;
    QVERIFY(AlertStore(*m_store).insert(a).ok());
    QCOMPARE(evaluate(m_t0.addSecs(30)).resolved, 0);
    QCOMPARE(alerts(u"open"_s).value(0).deliveryId, u"dlv_x"_s);
}

QTEST_GUILESS_MAIN(tst_Alerts)
#include "tst_alerts.moc"
