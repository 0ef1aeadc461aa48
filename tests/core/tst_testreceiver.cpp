// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiver/testreceiver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

constexpr int FinishTimeoutMs = 10000;

} // namespace

class tst_TestReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void statusCodes_data();
    void statusCodes();
    void retryAfter();
    void retryAfterDate();
    void redirect();
    void delay();
    void hangUntilClientTimesOut();
    void reset();
    void resetIsResentOnceByQnam();
    void scriptInOrder();
    void perPathBehaviour();
    void queryControl_data();
    void queryControl();
    void queryHangAndReset();
    void echo();
    void recording();
    void slowBody();
    void maxConcurrent();
    void clientLeavesDuringDelay();
    void receiverInOwnThread();

private:
    // Sends a request on a fresh connection, so that one test's connection state
    // (keep-alive, a reset) never leaks into the next.
    QNetworkReply *send(const QUrl &url, const QByteArray &method = "GET", const QByteArray &body = {},
                        int transferTimeoutMs = 0);
    // Waits for the reply to finish; false if it did not.
    static bool finish(QNetworkReply *reply);
    static int statusOf(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    std::unique_ptr<TestReceiver> m_receiver;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void tst_TestReceiver::init()
{
    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen() != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void tst_TestReceiver::cleanup()
{
    m_nam.reset();
    m_receiver.reset();
}

QNetworkReply *tst_TestReceiver::send(const QUrl &url, const QByteArray &method, const QByteArray &body,
                                      int transferTimeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    m_nam->clearConnectionCache();
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    reply->setParent(m_nam.get());
    return reply;
}

bool tst_TestReceiver::finish(QNetworkReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(FinishTimeoutMs);
}

void tst_TestReceiver::statusCodes_data()
{
    QTest::addColumn<int>("status");
    for (const int status : {200, 201, 202, 204, 299, 400, 404, 409, 422, 500, 502, 503, 520})
        QTest::addRow("%d", status) << status;
}

void tst_TestReceiver::statusCodes()
{
    QFETCH(int, status);
    m_receiver->setDefaultBehaviour(ReceiverBehaviour::withStatus(status));

    QNetworkReply *reply = send(m_receiver->url(u"/hook"_s), "POST", R"({"n":1})");
    QVERIFY(finish(reply));
    QCOMPARE(statusOf(reply), status);
    if (status != 204)
        QCOMPARE(reply->readAll(), R"({"ok":true})"_ba);
    QCOMPARE(m_receiver->count(u"/hook"_s), 1);
    QTRY_COMPARE(m_receiver->openCount(), 0);

    // The connection stays usable after every status, including the bodyless 204.
    m_receiver->setDefaultBehaviour({});
    QNetworkReply *next = send(m_receiver->url(u"/hook"_s));
    QVERIFY(finish(next));
    QCOMPARE(statusOf(next), 200);
}

void tst_TestReceiver::retryAfter()
{
    m_receiver->setDefaultBehaviour(ReceiverBehaviour::retryAfter(2));
    QNetworkReply *reply = send(m_receiver->url());
    QVERIFY(finish(reply));
    QCOMPARE(statusOf(reply), 429);
    QCOMPARE(reply->rawHeader("Retry-After"), "2"_ba);
}

void tst_TestReceiver::retryAfterDate()
{
    const QDateTime when(QDate(2030, 1, 6), QTime(8, 49, 37), Qt::UTC);
    m_receiver->setDefaultBehaviour(ReceiverBehaviour::retryAfterDate(when));
    QNetworkReply *reply = send(m_receiver->url());
    QVERIFY(finish(reply));
    QCOMPARE(statusOf(reply), 429);
    QCOMPARE(reply->rawHeader("Retry-After"), "Sun, 06 Jan 2030 08:49:37 GMT"_ba);
}

void tst_TestReceiver::redirect()
{
    const QUrl target(u"http://127.0.0.1:9/elsewhere"_s);
    m_receiver->setDefaultBehaviour(ReceiverBehaviour::redirect(target));
    QNetworkReply *reply = send(m_receiver->url(), "POST", "{}");
    QVERIFY(finish(reply));
    QCOMPARE(statusOf(reply), 307);
    QCOMPARE(reply->rawHeader("Location"), target.toEncoded());
}

void tst_TestReceiver::delay()
{
    constexpr int delayMs = 300;
    m_receiver->setDefaultBehaviour(ReceiverBehaviour::delayed(delayMs, 202));
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = send(m_receiver->url());
    QVERIFY(finish(reply));
    QCOMPARE(statusOf(reply), 202);
    QVERIFY2(clock.elapsed() >= delayMs, QByteArray::number(clock.elapsed()).constData());
}

void tst_TestReceiver::hangUntilClientTimesOut()
{
    m_receiver->setBehaviour(u"/hang"_s, ReceiverBehaviour::hanging());
    QNetworkReply *reply = send(m_receiver->url(u"/hang"_s), "POST", "{}", 300);
    QTRY_COMPARE(m_receiver->openCount(), 1);
    QVERIFY(finish(reply));
    QVERIFY2(reply->error() == QNetworkReply::OperationCanceledError
                 || reply->error() == QNetworkReply::TimeoutError,
             qPrintable(reply->errorString()));
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    // The client's abort closes the hanging request on the server.
    QTRY_COMPARE(m_receiver->openCount(), 0);

    QNetworkReply *next = send(m_receiver->url(u"/fine"_s));
    QVERIFY(finish(next));
    QCOMPARE(statusOf(next), 200);
    QCOMPARE(m_receiver->count(), 2);
}

void tst_TestReceiver::reset()
{
    m_receiver->setDefaultBehaviour(ReceiverBehaviour::resetting());
    QNetworkReply *reply = send(m_receiver->url(), "POST", "{}");
    QVERIFY(finish(reply));
    const QList<QNetworkReply::NetworkError> resetLike{QNetworkReply::RemoteHostClosedError,
                                                       QNetworkReply::ConnectionRefusedError,
                                                       QNetworkReply::UnknownNetworkError};
    QVERIFY2(resetLike.contains(reply->error()), qPrintable(reply->errorString()));
    QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    QVERIFY(m_receiver->count() >= 1); // QNAM may resend on a dropped connection
    QCOMPARE(m_receiver->openCount(), 0);

    m_receiver->setDefaultBehaviour({});
    QNetworkReply *next = send(m_receiver->url());
    QVERIFY(finish(next));
    QCOMPARE(statusOf(next), 200);
}

void tst_TestReceiver::resetIsResentOnceByQnam()
{
    // Pins a client behaviour the engine's tests depend on: QNAM hides one reset before
    // the response by resending the request, so a single scripted reset is not seen.
    m_receiver->script(u"/once"_s, {ReceiverBehaviour::resetting(), ReceiverBehaviour::withStatus(201)});
    QNetworkReply *hidden = send(m_receiver->url(u"/once"_s), "POST", "{}");
    QVERIFY(finish(hidden));
    QCOMPARE(statusOf(hidden), 201);
    QCOMPARE(m_receiver->count(u"/once"_s), 2);

    m_receiver->script(
        u"/twice"_s,
        {ReceiverBehaviour::resetting(), ReceiverBehaviour::resetting(), ReceiverBehaviour::withStatus(201)});
    QNetworkReply *seen = send(m_receiver->url(u"/twice"_s), "POST", "{}");
    QVERIFY(finish(seen));
    QCOMPARE(seen->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_receiver->count(u"/twice"_s), 2);
}

void tst_TestReceiver::scriptInOrder()
{
    m_receiver->setBehaviour(u"/s"_s, ReceiverBehaviour::withStatus(204));
    m_receiver->script(u"/s"_s,
                       {ReceiverBehaviour::withStatus(500), ReceiverBehaviour::retryAfter(1),
                        ReceiverBehaviour::withStatus(201)});
    m_receiver->script(u"/other"_s, {ReceiverBehaviour::withStatus(503)});

    const QList<int> expected{500, 429, 201, 204, 204};
    for (const int status : expected) {
        QNetworkReply *reply = send(m_receiver->url(u"/s"_s), "POST", "{}");
        QVERIFY(finish(reply));
        QCOMPARE(statusOf(reply), status);
    }
    // The other path's script is untouched, and once used up the default applies.
    QNetworkReply *other = send(m_receiver->url(u"/other"_s));
    QVERIFY(finish(other));
    QCOMPARE(statusOf(other), 503);
    QNetworkReply *after = send(m_receiver->url(u"/other"_s));
    QVERIFY(finish(after));
    QCOMPARE(statusOf(after), 200);
}

void tst_TestReceiver::perPathBehaviour()
{
    m_receiver->setDefaultBehaviour(ReceiverBehaviour::withStatus(202));
    m_receiver->setBehaviour(u"/a"_s, ReceiverBehaviour::withStatus(503, "down"));
    ReceiverBehaviour gone = ReceiverBehaviour::delayed(20, 410);
    gone.body = "gone";
    m_receiver->setBehaviour(u"/b"_s, gone);

    QNetworkReply *a = send(m_receiver->url(u"/a"_s));
    QNetworkReply *b = send(m_receiver->url(u"/b"_s));
    QNetworkReply *c = send(m_receiver->url(u"/c"_s));
    QVERIFY(finish(a));
    QVERIFY(finish(b));
    QVERIFY(finish(c));
    QCOMPARE(statusOf(a), 503);
    QCOMPARE(a->readAll(), "down"_ba);
    QCOMPARE(statusOf(b), 410);
    QCOMPARE(b->readAll(), "gone"_ba);
    QCOMPARE(statusOf(c), 202);

    m_receiver->clearBehaviours();
    QNetworkReply *again = send(m_receiver->url(u"/a"_s));
    QVERIFY(finish(again));
    QCOMPARE(statusOf(again), 200);
}

void tst_TestReceiver::queryControl_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("minimumMs");

    QTest::addRow("status") << u"/q?status=500"_s << 500 << QByteArray() << 0;
    QTest::addRow("retry_after") << u"/q?retry_after=3"_s << 429 << "3"_ba << 0;
    QTest::addRow("retry_after with status") << u"/q?status=503&retry_after=7"_s << 503 << "7"_ba << 0;
    QTest::addRow("delay_ms") << u"/q?delay_ms=150&status=201"_s << 201 << QByteArray() << 150;
}

void tst_TestReceiver::queryControl()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, minimumMs);

    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = send(m_receiver->url(path));
    QVERIFY(finish(reply));
    QCOMPARE(statusOf(reply), status);
    QCOMPARE(reply->rawHeader("Retry-After"), retryAfter);
    QVERIFY(clock.elapsed() >= minimumMs);
    // The path without the query is what the receiver records.
    QCOMPARE(m_receiver->count(u"/q"_s), 1);
}

void tst_TestReceiver::queryHangAndReset()
{
    QNetworkReply *hung = send(m_receiver->url(u"/q?hang=1"_s), "GET", {}, 300);
    QVERIFY(finish(hung));
    QVERIFY(hung->error() != QNetworkReply::NoError);
    QVERIFY(!hung->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());

    QNetworkReply *reset = send(m_receiver->url(u"/q?reset=1"_s));
    QVERIFY(finish(reset));
    QVERIFY(reset->error() != QNetworkReply::NoError);
    QVERIFY(!reset->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());

    QNetworkReply *echoed = send(m_receiver->url(u"/q?echo=1"_s), "PUT", R"({"a":1})");
    QVERIFY(finish(echoed));
    QCOMPARE(statusOf(echoed), 200);
    const QJsonObject echo = QJsonDocument::fromJson(echoed->readAll()).object();
    QCOMPARE(echo.value(u"method"_s).toString(), u"PUT"_s);
    QTRY_COMPARE(m_receiver->openCount(), 0);
}

void tst_TestReceiver::echo()
{
    m_receiver->setDefaultBehaviour(ReceiverBehaviour::echoing());
    QNetworkRequest request(m_receiver->url(u"/echo?x=1"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("webhook-id", "msg_123");
    QNetworkReply *reply = m_nam->post(request, R"({"event":"call.ended"})"_ba);
    QVERIFY(finish(reply));
    QCOMPARE(statusOf(reply), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), "application/json"_ba);

    const QJsonObject echo = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(echo.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(echo.value(u"path"_s).toString(), u"/echo"_s);
    QCOMPARE(echo.value(u"query"_s).toString(), u"x=1"_s);
    QCOMPARE(echo.value(u"headers"_s).toObject().value(u"webhook-id"_s).toString(), u"msg_123"_s);
    QCOMPARE(echo.value(u"body"_s).toString(), uR"({"event":"call.ended"})"_s);
    QCOMPARE(echo.value(u"json"_s).toObject().value(u"event"_s).toString(), u"call.ended"_s);
}

void tst_TestReceiver::recording()
{
    QSignalSpy received(m_receiver.get(), &TestReceiver::requestReceived);
    QNetworkRequest request(m_receiver->url(u"/rec?call=c1"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Webhook-Signature", "v1,abc");
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QNetworkReply *reply = m_nam->post(request, R"({"n":42})"_ba);
    QVERIFY(finish(reply));
    QCOMPARE(statusOf(reply), 200);

    QCOMPARE(received.size(), 1);
    const QList<ReceivedRequest> all = m_receiver->requests();
    QCOMPARE(all.size(), 1);
    const ReceivedRequest &r = all.first();
    QCOMPARE(received.first().first().value<ReceivedRequest>().body, r.body);
    QCOMPARE(r.method, "POST"_ba);
    QCOMPARE(r.path, u"/rec"_s);
    QCOMPARE(r.query.queryItemValue(u"call"_s), u"c1"_s);
    QCOMPARE(r.body, R"({"n":42})"_ba);
    QCOMPARE(r.header("webhook-signature"), "v1,abc"_ba);
    QCOMPARE(r.header("WEBHOOK-SIGNATURE"), "v1,abc"_ba);
    QCOMPARE(r.header("content-type"), "application/json"_ba);
    QVERIFY(r.header("x-absent").isEmpty());
    QVERIFY(r.receivedAt >= before.addMSecs(-1000));
    QCOMPARE(r.concurrent, 1);

    QCOMPARE(m_receiver->count(u"/rec"_s), 1);
    QCOMPARE(m_receiver->count(u"/nope"_s), 0);
    QCOMPARE(m_receiver->requests(u"/nope"_s).size(), 0);
    m_receiver->clear();
    QCOMPARE(m_receiver->count(), 0);
    QCOMPARE(m_receiver->maxConcurrent(), 0);
}

void tst_TestReceiver::slowBody()
{
    const QByteArray body(64, 'x');
    m_receiver->setDefaultBehaviour(ReceiverBehaviour::slowBody(400, body));
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = send(m_receiver->url());
    QSignalSpy readyRead(reply, &QNetworkReply::readyRead);
    QVERIFY(finish(reply));
    QCOMPARE(statusOf(reply), 200);
    QCOMPARE(reply->readAll(), body);
    QVERIFY(clock.elapsed() >= 400 - 400 / 8);
    QVERIFY2(readyRead.size() >= 2, "the body should arrive in more than one piece");
}

void tst_TestReceiver::maxConcurrent()
{
    // Generous delay: all five must arrive before the first is answered.
    m_receiver->setDefaultBehaviour(ReceiverBehaviour::delayed(1500));
    QList<QNetworkReply *> replies;
    m_nam->clearConnectionCache();
    for (int i = 0; i < 5; ++i)
        replies.append(m_nam->get(QNetworkRequest(m_receiver->url(u"/p"_s))));
    QTRY_COMPARE(m_receiver->count(), 5);
    QCOMPARE(m_receiver->openCount(), 5);
    for (QNetworkReply *reply : std::as_const(replies)) {
        QVERIFY(finish(reply));
        QCOMPARE(statusOf(reply), 200);
    }
    QCOMPARE(m_receiver->maxConcurrent(), 5);
    QList<int> concurrent;
    for (const ReceivedRequest &r : m_receiver->requests())
        concurrent.append(r.concurrent);
    std::sort(concurrent.begin(), concurrent.end());
    QCOMPARE(concurrent, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(m_receiver->openCount(), 0);
}

void tst_TestReceiver::clientLeavesDuringDelay()
{
    constexpr int delayMs = 300;
    m_receiver->setDefaultBehaviour(ReceiverBehaviour::delayed(delayMs));
    QNetworkReply *reply = send(m_receiver->url(u"/gone"_s), "POST", "{}");
    QTRY_COMPARE(m_receiver->count(), 1);
    reply->abort();
    QTRY_COMPARE(m_receiver->openCount(), 0);
    // Waiting for something not to happen: the delayed answer must find its client gone
    // and do nothing. Qt 6.4 crashes here if the receiver writes anyway.
    QTest::qWait(delayMs + 200);

    m_receiver->setDefaultBehaviour({});
    QNetworkReply *next = send(m_receiver->url(u"/next"_s));
    QVERIFY(finish(next));
    QCOMPARE(statusOf(next), 200);
}

void tst_TestReceiver::receiverInOwnThread()
{
    // The way engine tests run it: served in its own thread, programmed and queried
    // from the test's thread.
    QThread thread;
    auto *receiver = new TestReceiver;
    receiver->moveToThread(&thread);
    connect(&thread, &QThread::finished, receiver, &QObject::deleteLater);
    thread.start();

    QVERIFY(receiver->listen() != 0);
    receiver->setBehaviour(u"/t"_s, ReceiverBehaviour::withStatus(418));
    receiver->script(u"/t"_s, {ReceiverBehaviour::delayed(50, 500)});

    QNetworkReply *first = send(receiver->url(u"/t"_s));
    QVERIFY(finish(first));
    QCOMPARE(statusOf(first), 500);
    QNetworkReply *second = send(receiver->url(u"/t"_s));
    QVERIFY(finish(second));
    QCOMPARE(statusOf(second), 418);
    QCOMPARE(receiver->count(u"/t"_s), 2);
    QCOMPARE(receiver->maxConcurrent(), 1);

    thread.quit();
    QVERIFY(thread.wait(FinishTimeoutMs));
}

QTEST_GUILESS_MAIN(tst_TestReceiver)
#include "tst_testreceiver.moc"
