// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;

Q_DECLARE_METATYPE(Switchboard::AttemptError)
Q_DECLARE_METATYPE(Switchboard::RetryPolicy::Verdict)

namespace {

// A fixed instant, so Retry-After dates are exact: Wed, 21 Oct 2015 07:28:00 GMT.
const QDateTime kNow = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);

QString verdictName(RetryPolicy::Verdict v)
{
    switch (v) {
    case RetryPolicy::Verdict::Delivered:
        return u"delivered"_s;
    case RetryPolicy::Verdict::Retry:
        return u"retry"_s;
    case RetryPolicy::Verdict::Dead:
        return u"dead"_s;
    }
    return {};
}

} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusClasses_data();
    void statusClasses();
    void classifyStatus_data();
    void classifyStatus();
    void scheduleWalkedToExhaustion_data();
    void scheduleWalkedToExhaustion();
    void emptyScheduleIsDeadAfterFirstFailure();
    void jitterBounds_data();
    void jitterBounds();
    void jitterIsClamped();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void retryAfterAgainstSchedule_data();
    void retryAfterAgainstSchedule();
    void retryAfterDoesNotReviveFinalErrors();
    void defaultDecideDrawsWithinJitter();
};

void tst_RetryPolicy::statusClasses_data()
{
    QTest::addColumn<int>("statusCode");
    QTest::addColumn<AttemptError>("error");
    QTest::addColumn<RetryPolicy::Verdict>("verdict");
    QTest::addColumn<QString>("reasonContains");

    using V = RetryPolicy::Verdict;
    for (int code : {200, 201, 202, 204, 299})
        QTest::addRow("%d delivered", code) << code << AttemptError::None << V::Delivered << QString();
    for (int code : {300, 301, 302, 303, 307, 308}) {
        QTest::addRow("%d redirect is dead", code) << code << AttemptError::Redirect << V::Dead
                                                   << u"HTTP %1: redirects are not followed"_s.arg(code);
    }
    for (int code : {400, 401, 403, 404, 405, 409, 410, 413, 422}) {
        QTest::addRow("%d dead at once", code)
            << code << AttemptError::Http4xx << V::Dead << u"HTTP %1: the receiver refused"_s.arg(code);
    }
    QTest::addRow("408 retried") << 408 << AttemptError::Http4xx << V::Retry << QString();
    QTest::addRow("429 retried") << 429 << AttemptError::Http429 << V::Retry << QString();
    for (int code : {500, 502, 503, 504, 520})
        QTest::addRow("%d retried", code) << code << AttemptError::Http5xx << V::Retry << QString();
    for (AttemptError e : {AttemptError::Timeout, AttemptError::Connect, AttemptError::Dns, AttemptError::Tls,
                           AttemptError::Reset}) {
        QTest::addRow("network %s retried", qPrintable(toString(e))) << 0 << e << V::Retry << QString();
    }
}

void tst_RetryPolicy::statusClasses()
{
    QFETCH(int, statusCode);
    QFETCH(AttemptError, error);
    QFETCH(RetryPolicy::Verdict, verdict);
    QFETCH(QString, reasonContains);

    const RetryPolicy policy({1, 3, 10}, 0.0);
    const auto d = policy.decide(0, statusCode, error, {}, kNow, 0.5);
    QCOMPARE(verdictName(d.verdict), verdictName(verdict));
    if (verdict == RetryPolicy::Verdict::Retry)
        QCOMPARE(d.delayMs, 1000);
    else
        QCOMPARE(d.delayMs, 0);
    if (verdict == RetryPolicy::Verdict::Dead)
        QVERIFY2(d.reason.contains(reasonContains), qPrintable(d.reason));
    else
        QVERIFY(d.reason.isEmpty());
}

void tst_RetryPolicy::classifyStatus_data()
{
    QTest::addColumn<int>("statusCode");
    QTest::addColumn<AttemptError>("error");
    QTest::addColumn<bool>("retryable");

    QTest::addRow("200") << 200 << AttemptError::None << false;
    QTest::addRow("204") << 204 << AttemptError::None << false;
    QTest::addRow("301") << 301 << AttemptError::Redirect << false;
    QTest::addRow("302") << 302 << AttemptError::Redirect << false;
    QTest::addRow("400") << 400 << AttemptError::Http4xx << false;
    QTest::addRow("404") << 404 << AttemptError::Http4xx << false;
    QTest::addRow("408") << 408 << AttemptError::Http4xx << true;
    QTest::addRow("429") << 429 << AttemptError::Http429 << true;
    QTest::addRow("500") << 500 << AttemptError::Http5xx << true;
    QTest::addRow("503") << 503 << AttemptError::Http5xx << true;
    QTest::addRow("599") << 599 << AttemptError::Http5xx << true;
}

void tst_RetryPolicy::classifyStatus()
{
    QFETCH(int, statusCode);
    QFETCH(AttemptError, error);
    QFETCH(bool, retryable);
    QCOMPARE(toString(RetryPolicy::classifyStatus(statusCode)), toString(error));
    QCOMPARE(RetryPolicy::isRetryableStatus(statusCode), retryable);
}

void tst_RetryPolicy::scheduleWalkedToExhaustion_data()
{
    QTest::addColumn<int>("statusCode");
    QTest::addColumn<AttemptError>("error");
    QTest::addColumn<QString>("lastError");

    QTest::addRow("503") << 503 << AttemptError::Http5xx << u"HTTP 503"_s;
    QTest::addRow("429") << 429 << AttemptError::Http429 << u"HTTP 429"_s;
    QTest::addRow("timeout") << 0 << AttemptError::Timeout << u"timeout"_s;
    QTest::addRow("connect") << 0 << AttemptError::Connect << u"connect"_s;
    QTest::addRow("reset") << 0 << AttemptError::Reset << u"reset"_s;
}

void tst_RetryPolicy::scheduleWalkedToExhaustion()
{
    QFETCH(int, statusCode);
    QFETCH(AttemptError, error);
    QFETCH(QString, lastError);

    // The documented default: 1 s, 3 s, 10 s, 30 s, 2 min; random01 = 0.5 is the
    // middle of the jitter band, so each delay is exactly the scheduled one.
    const RetryPolicy policy;
    const QList<int> expected{1, 3, 10, 30, 120};
    QCOMPARE(policy.schedule(), expected);
    QCOMPARE(policy.jitter(), 0.2);
    for (int i = 0; i < expected.size(); ++i) {
        const auto d = policy.decide(i, statusCode, error, {}, kNow, 0.5);
        QCOMPARE(verdictName(d.verdict), u"retry"_s);
        QCOMPARE(d.delayMs, qint64(expected.at(i)) * 1000);
    }
    const auto last = policy.decide(int(expected.size()), statusCode, error, {}, kNow, 0.5);
    QCOMPARE(verdictName(last.verdict), u"dead"_s);
    QVERIFY2(last.reason.startsWith(lastError), qPrintable(last.reason));
    QVERIFY2(last.reason.contains(u"6 attempts"_s), qPrintable(last.reason));
    // Past the end (a retry index from an older, longer schedule) is dead too.
    QCOMPARE(verdictName(policy.decide(99, statusCode, error, {}, kNow, 0.5).verdict), u"dead"_s);
}

void tst_RetryPolicy::emptyScheduleIsDeadAfterFirstFailure()
{
    const RetryPolicy policy({}, 0.2);
    const auto d = policy.decide(0, 500, AttemptError::Http5xx, {}, kNow, 0.5);
    QCOMPARE(verdictName(d.verdict), u"dead"_s);
    QVERIFY2(d.reason.contains(u"HTTP 500"_s), qPrintable(d.reason));
    QCOMPARE(verdictName(policy.decide(0, 200, AttemptError::None, {}, kNow, 0.5).verdict), u"delivered"_s);
}

void tst_RetryPolicy::jitterBounds_data()
{
    QTest::addColumn<int>("baseS");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<double>("random01");
    QTest::addColumn<qint64>("expectedMs");

    QTest::addRow("10s 20%% low") << 10 << 0.2 << 0.0 << qint64(8000);
    QTest::addRow("10s 20%% mid") << 10 << 0.2 << 0.5 << qint64(10000);
    QTest::addRow("10s 20%% high") << 10 << 0.2 << 0.999999999 << qint64(12000);
    QTest::addRow("3s 50%% low") << 3 << 0.5 << 0.0 << qint64(1500);
    QTest::addRow("3s 50%% high") << 3 << 0.5 << 0.999999999 << qint64(4500);
    QTest::addRow("120s 10%% low") << 120 << 0.1 << 0.0 << qint64(108000);
    QTest::addRow("120s 10%% high") << 120 << 0.1 << 0.999999999 << qint64(132000);
    QTest::addRow("no jitter low") << 5 << 0.0 << 0.0 << qint64(5000);
    QTest::addRow("no jitter high") << 5 << 0.0 << 0.999999999 << qint64(5000);
    QTest::addRow("full jitter low") << 4 << 1.0 << 0.0 << qint64(0);
    QTest::addRow("zero delay") << 0 << 0.2 << 0.999999999 << qint64(0);
}

void tst_RetryPolicy::jitterBounds()
{
    QFETCH(int, baseS);
    QFETCH(double, jitter);
    QFETCH(double, random01);
    QFETCH(qint64, expectedMs);

    const RetryPolicy policy({baseS}, jitter);
    const auto d = policy.decide(0, 503, AttemptError::Http5xx, {}, kNow, random01);
    QCOMPARE(verdictName(d.verdict), u"retry"_s);
    // Within a millisecond: the bounds are base*(1-j) and base*(1+j), truncated.
    QVERIFY2(d.delayMs >= expectedMs - 1 && d.delayMs <= expectedMs,
             qPrintable(u"delay %1 ms, expected %2 ms"_s.arg(d.delayMs).arg(expectedMs)));
}

void tst_RetryPolicy::jitterIsClamped()
{
    // Out-of-range inputs do not escape the band.
    const RetryPolicy wild({10}, 5.0); // jitter clamps to 1
    QCOMPARE(wild.jitter(), 1.0);
    QCOMPARE(wild.decide(0, 500, AttemptError::Http5xx, {}, kNow, 0.0).delayMs, 0);
    QCOMPARE(wild.decide(0, 500, AttemptError::Http5xx, {}, kNow, 1.0).delayMs, 20000);

    const RetryPolicy policy({10}, 0.2);
    QCOMPARE(policy.decide(0, 500, AttemptError::Http5xx, {}, kNow, -3.0).delayMs, 8000);
    QCOMPARE(policy.decide(0, 500, AttemptError::Http5xx, {}, kNow, 7.0).delayMs, 12000);
    QCOMPARE(RetryPolicy({10}, -1.0).jitter(), 0.0);
}

void tst_RetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");

    QTest::addRow("seconds") << QByteArray("120") << true << qint64(120000);
    QTest::addRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::addRow("padded") << QByteArray("  7 ") << true << qint64(7000);
    QTest::addRow("date in 90 s") << QByteArray("Wed, 21 Oct 2015 07:29:30 GMT") << true << qint64(90000);
    QTest::addRow("date next day") << QByteArray("Thu, 22 Oct 2015 07:28:00 GMT") << true << qint64(86400000);
    QTest::addRow("date now") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << true << qint64(0);
    QTest::addRow("date in the past") << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << true << qint64(0);
    QTest::addRow("afternoon date") << QByteArray("Wed, 21 Oct 2015 19:28:00 GMT") << true
                                    << qint64(43200000);
    // Absurdly large values must not overflow into something negative or small.
    QTest::addRow("huge") << QByteArray("9223372036854775807") << true << qint64(-1);
    QTest::addRow("empty") << QByteArray() << false << qint64(0);
    QTest::addRow("blank") << QByteArray("   ") << false << qint64(0);
    QTest::addRow("negative") << QByteArray("-5") << false << qint64(0);
    QTest::addRow("fraction") << QByteArray("1.5") << false << qint64(0);
    QTest::addRow("word") << QByteArray("soon") << false << qint64(0);
    QTest::addRow("unit") << QByteArray("10s") << false << qint64(0);
    QTest::addRow("iso date") << QByteArray("2015-10-21T07:29:00Z") << false << qint64(0);
    QTest::addRow("broken date") << QByteArray("Wed, 32 Oct 2015 07:28:00 GMT") << false << qint64(0);
}

void tst_RetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);

    const auto parsed = RetryPolicy::parseRetryAfter(value, kNow);
    QCOMPARE(parsed.has_value(), valid);
    if (valid && ms < 0)
        QVERIFY2(*parsed >= qint64(365) * 86400 * 1000, qPrintable(QString::number(*parsed)));
    else if (valid)
        QCOMPARE(*parsed, ms);
}

void tst_RetryPolicy::retryAfterAgainstSchedule_data()
{
    QTest::addColumn<int>("statusCode");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("expectedMs");

    // Schedule {2 s}, no jitter, Retry-After bounded at 60 s.
    QTest::addRow("429 longer wins") << 429 << QByteArray("30") << qint64(30000);
    QTest::addRow("503 longer wins") << 503 << QByteArray("30") << qint64(30000);
    QTest::addRow("shorter loses") << 429 << QByteArray("1") << qint64(2000);
    QTest::addRow("zero loses") << 429 << QByteArray("0") << qint64(2000);
    QTest::addRow("bounded by max") << 429 << QByteArray("86400") << qint64(60000);
    QTest::addRow("huge bounded by max") << 429 << QByteArray("9223372036854775807") << qint64(60000);
    QTest::addRow("date longer wins") << 429 << QByteArray("Wed, 21 Oct 2015 07:28:45 GMT") << qint64(45000);
    QTest::addRow("date bounded by max")
        << 429 << QByteArray("Thu, 22 Oct 2015 07:28:00 GMT") << qint64(60000);
    QTest::addRow("past date ignored") << 429 << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << qint64(2000);
    QTest::addRow("garbage ignored") << 429 << QByteArray("in a while") << qint64(2000);
    QTest::addRow("negative ignored") << 503 << QByteArray("-100") << qint64(2000);
    QTest::addRow("408 with header") << 408 << QByteArray("10") << qint64(10000);
}

void tst_RetryPolicy::retryAfterAgainstSchedule()
{
    QFETCH(int, statusCode);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, expectedMs);

    const RetryPolicy policy({2}, 0.0, 60);
    const auto d
        = policy.decide(0, statusCode, RetryPolicy::classifyStatus(statusCode), retryAfter, kNow, 0.5);
    QCOMPARE(verdictName(d.verdict), u"retry"_s);
    QCOMPARE(d.delayMs, expectedMs);
}

void tst_RetryPolicy::retryAfterDoesNotReviveFinalErrors()
{
    const RetryPolicy policy({2}, 0.0, 60);
    // A 4xx that is final stays final, whatever the receiver suggests.
    QCOMPARE(verdictName(policy.decide(0, 400, AttemptError::Http4xx, "5", kNow, 0.5).verdict), u"dead"_s);
    // An exhausted schedule stays exhausted.
    const auto d = policy.decide(1, 429, AttemptError::Http429, "5", kNow, 0.5);
    QCOMPARE(verdictName(d.verdict), u"dead"_s);
    QVERIFY2(d.reason.startsWith(u"HTTP 429"_s), qPrintable(d.reason));
    // The default bound is an hour.
    const RetryPolicy defaults({1}, 0.0);
    QCOMPARE(defaults.decide(0, 429, AttemptError::Http429, "999999", kNow, 0.5).delayMs,
             qint64(RetryPolicy::kDefaultMaxRetryAfterS) * 1000);
}

void tst_RetryPolicy::defaultDecideDrawsWithinJitter()
{
    // The overload without injected randomness stays inside the band.
    const RetryPolicy policy({10}, 0.2);
    for (int i = 0; i < 200; ++i) {
        const auto d = policy.decide(0, 503, AttemptError::Http5xx, {});
        QCOMPARE(verdictName(d.verdict), u"retry"_s);
        QVERIFY2(d.delayMs >= 8000 && d.delayMs <= 12000, qPrintable(QString::number(d.delayMs)));
    }
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
