// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/alertevaluator.h"
#include "metrics/alertstore.h"
#include "metrics/housekeeping.h"
#include "metrics/rollupwriter.h"
#include "store/sqlstore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
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

private:
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

QTEST_GUILESS_MAIN(tst_Alerts)
#include "tst_alerts.moc"
