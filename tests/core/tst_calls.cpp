// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiharness.h"
#include "receiver/testreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;

// GET /v1/calls/{call_id}: one call's timeline across messages, function calls
// and delivery attempts, in time order.
class tst_Calls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timelineJoinsEverythingInOrder();
    void unknownCall();
};

void tst_Calls::timelineJoinsEverythingInOrder()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(receiver.listen() != 0);
    QVERIFY(h.start());
    QVERIFY(h.createEndpoint(u"crm"_s, receiver.url(u"/crm"_s),
                             QJsonObject{{u"event_types"_s, QJsonArray{u"call.*"_s}}}));
    QVERIFY(h.createEndpoint(u"calendar"_s, receiver.url(u"/cal"_s),
                             QJsonObject{{u"event_types"_s, QJsonArray{u"none.x"_s}}}));
    receiver.script(u"/crm"_s, {ReceiverBehaviour::withStatus(500)});

    const QJsonObject fn{{u"description"_s, u"Book"_s},
                         {u"endpoint"_s, u"calendar"_s},
                         {u"parameters"_s, QJsonObject{{u"type"_s, u"object"_s}}},
                         {u"mode"_s, u"sync"_s}};
    QCOMPARE(h.request("PUT", u"/v1/functions/book"_s, fn).status, 201);

    const ApiResponse started = h.request("POST", u"/v1/messages"_s,
                                          QJsonObject{{u"event_type"_s, u"call.started"_s},
                                                      {u"call_id"_s, u"call_9"_s},
                                                      {u"payload"_s, QJsonObject{{u"a"_s, 1}}}});
    QCOMPARE(started.status, 202);
    const ApiResponse invoked
        = h.request("POST", u"/v1/functions/book/invoke"_s,
                    QJsonObject{{u"arguments"_s, QJsonObject()}, {u"call_id"_s, u"call_9"_s}});
    QCOMPARE(invoked.status, 200);
    // Someone else's call does not leak in.
    QCOMPARE(h.request("POST", u"/v1/messages"_s,
                       QJsonObject{{u"event_type"_s, u"call.started"_s},
                                   {u"call_id"_s, u"call_other"_s},
                                   {u"payload"_s, QJsonObject()}})
                 .status,
             202);
    // The CRM delivery fails once, then succeeds on the retry a second later.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(u"/crm"_s), 3, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(h.request("GET", u"/v1/calls/call_9"_s)
                                     .json.value(u"events"_s)
                                     .toArray()
                                     .last()
                                     .toObject()
                                     .value(u"status"_s)
                                     .toString()
                                 == u"delivered"_s,
                             15000);

    const ApiResponse r = h.request("GET", u"/v1/calls/call_9"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"call_id"_s).toString(), u"call_9"_s);
    const QJsonArray events = r.json.value(u"events"_s).toArray();
    QStringList types;
    QString previous;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        types.append(e.value(u"type"_s).toString());
        QVERIFY2(previous <= e.value(u"at"_s).toString(), "events are in time order");
        previous = e.value(u"at"_s).toString();
    }
    QCOMPARE(types.count(u"message"_s), 1);
    QCOMPARE(types.count(u"function_call"_s), 1);
    QCOMPARE(types.count(u"attempt"_s), 3); // crm twice, calendar once
    QCOMPARE(types.count(u"delivery"_s), 2);
    QCOMPARE(types.first(), u"message"_s);
    // The message comes before its first attempt; the failed attempt before the retry.
    const qsizetype firstAttempt = types.indexOf(u"attempt"_s);
    QVERIFY(types.indexOf(u"message"_s) < firstAttempt);
    bool sawFailure = false;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        if (e.value(u"type"_s).toString() == u"attempt" && e.value(u"endpoint"_s).toString() == u"crm") {
            if (e.value(u"n"_s).toInt() == 1) {
                QCOMPARE(e.value(u"status_code"_s).toInt(), 500);
                QCOMPARE(e.value(u"error"_s).toString(), u"http_5xx"_s);
                sawFailure = true;
            } else {
                QVERIFY(sawFailure);
                QCOMPARE(e.value(u"status_code"_s).toInt(), 200);
            }
        }
        if (e.value(u"type"_s).toString() == u"function_call")
            QCOMPARE(e.value(u"function"_s).toString(), u"book"_s);
    }
}

void tst_Calls::unknownCall()
{
    ApiHarness h;
    QVERIFY(h.start());
    const ApiResponse r = h.request("GET", u"/v1/calls/call_nobody"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"not_found"_s);
    QCOMPARE(h.request("POST", u"/v1/calls/call_nobody"_s).status, 405);
}

QTEST_GUILESS_MAIN(tst_Calls)
#include "tst_calls.moc"
