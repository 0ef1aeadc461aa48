// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiharness.h"
#include "receiver/testreceiver.h"
#include "signing/outboundsigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

QJsonObject harEntry(const QByteArray &body)
{
    return QJsonObject{
        {u"startedDateTime"_s, u"2026-11-27T09:00:00.000Z"_s},
        {u"time"_s, 12},
        {u"request"_s,
         QJsonObject{
             {u"method"_s, u"POST"_s},
             {u"url"_s, u"https://crm.example.com/hooks"_s},
             {u"httpVersion"_s, u"HTTP/1.1"_s},
             {u"headers"_s,
              QJsonArray{QJsonObject{{u"name"_s, u"webhook-signature"_s}, {u"value"_s, u"v1,old"_s}}}},
             {u"queryString"_s, QJsonArray{}},
             {u"cookies"_s, QJsonArray{}},
             {u"headersSize"_s, -1},
             {u"bodySize"_s, int(body.size())},
             {u"postData"_s,
              QJsonObject{{u"mimeType"_s, u"application/json"_s}, {u"text"_s, QString::fromUtf8(body)}}}}},
        {u"response"_s, QJsonObject{{u"status"_s, 500}}},
    };
}

} // namespace

// Recorded replay: a HAR file's requests sent again to an endpoint, re-signed
// with its current secret, with a report of the outcomes.
class tst_HarReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaysRecordedRequests();
    void badInput();
};

void tst_HarReplay::replaysRecordedRequests()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(receiver.listen() != 0);
    QVERIFY(h.start());
    const ApiResponse created = h.request("PUT", u"/v1/endpoints/crm"_s,
                                          QJsonObject{{u"url"_s, receiver.url(u"/crm"_s).toString()}});
    QCOMPARE(created.status, 201);
    const QString secret = created.json.value(u"secret"_s).toString();
    // The first request the receiver sees is accepted, the second refused; which
    // entry goes first depends on the dispatchers, so the checks do not assume it.
    receiver.script(u"/crm"_s, {ReceiverBehaviour::withStatus(200), ReceiverBehaviour::withStatus(409)});

    const QByteArray first = R"({"ticket":1,"big":12345678901234567890})";
    const QByteArray second = R"({"ticket":2})";
    const QJsonObject har{
        {u"log"_s,
         QJsonObject{{u"version"_s, u"1.2"_s},
                     {u"creator"_s, QJsonObject{{u"name"_s, u"browser"_s}, {u"version"_s, u"1"_s}}},
                     {u"entries"_s, QJsonArray{harEntry(first), harEntry(second)}}}}};
    const ApiResponse r = h.request(
        "POST", u"/v1/replays/har"_s,
        QJsonObject{{u"har"_s, har}, {u"endpoint"_s, u"crm"_s}, {u"event_type"_s, u"ticket.created"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"entries"_s).toInt(), 2);
    QCOMPARE(r.json.value(u"delivered"_s).toInt(), 1);
    const QJsonArray results = r.json.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 2);
    QStringList statuses;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        statuses.append(o.value(u"status"_s).toString());
        if (o.value(u"status"_s).toString() == u"dead")
            QCOMPARE(o.value(u"response"_s).toObject().value(u"status"_s).toInt(), 409);
    }
    statuses.sort();
    QCOMPARE(statuses, (QStringList{u"dead"_s, u"delivered"_s}));

    // The same bytes as recorded, signed anew with the endpoint's secret.
    const QList<ReceivedRequest> seen = receiver.requests(u"/crm"_s);
    QCOMPARE(seen.size(), 2);
    QList<QByteArray> bodies{seen.at(0).body, seen.at(1).body};
    std::sort(bodies.begin(), bodies.end());
    QCOMPARE(bodies, (QList<QByteArray>{first, second})); // sorted: ticket 1, then 2
    StandardWebhooksSigner signer;
    for (const ReceivedRequest &seenRequest : seen) {
        const QByteArray expected
            = signer.sign(*StandardWebhooksSigner::decodeSecret(secret), seenRequest.header("webhook-id"),
                          seenRequest.header("webhook-timestamp").toLongLong(), seenRequest.body);
        QCOMPARE(seenRequest.header("webhook-signature"), expected);
    }
    QCOMPARE(h.request("GET", u"/v1/deliveries?event_type=ticket.created"_s)
                 .json.value(u"deliveries"_s)
                 .toArray()
                 .size(),
             2);
}

void tst_HarReplay::badInput()
{
    ApiHarness h;
    QVERIFY(h.start());
    QVERIFY(h.createEndpoint(u"crm"_s, QUrl(u"http://127.0.0.1:9/x"_s)));
    QCOMPARE(h.request("POST", u"/v1/replays/har"_s,
                       QJsonObject{{u"endpoint"_s, u"crm"_s}, {u"har"_s, QJsonObject()}})
                 .status,
             422);
    QCOMPARE(h.request("POST", u"/v1/replays/har"_s, QJsonObject{{u"har"_s, QJsonObject()}}).status, 422);
    const QJsonObject getOnly{
        {u"log"_s,
         QJsonObject{
             {u"entries"_s, QJsonArray{QJsonObject{{u"request"_s, QJsonObject{{u"method"_s, u"GET"_s}}}}}}}}};
    const ApiResponse r = h.request("POST", u"/v1/replays/har"_s,
                                    QJsonObject{{u"endpoint"_s, u"crm"_s}, {u"har"_s, getOnly}});
    QCOMPARE(r.status, 422);
    QVERIFY(r.errorMessage().contains(u"no entry"_s));
    QCOMPARE(h.request("POST", u"/v1/replays/har"_s,
                       QJsonObject{{u"endpoint"_s, u"nope"_s},
                                   {u"har"_s,
                                    QJsonObject{{u"log"_s,
                                                 QJsonObject{{u"entries"_s, QJsonArray{harEntry("{}")}}}}}}})
                 .json.value(u"results"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .contains(u"error"_s),
             true);
    QCOMPARE(h.request("GET", u"/v1/replays/har"_s).status, 405);
}

QTEST_GUILESS_MAIN(tst_HarReplay)
#include "tst_harreplay.moc"
