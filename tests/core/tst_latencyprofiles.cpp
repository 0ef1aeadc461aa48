// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiharness.h"
#include "receiver/testreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;

// Latency profiles and endpoint versions: "fast" endpoints keep their own
// dispatcher capacity, so an in-call request never queues behind a backlog;
// two versions of an endpoint both receive, each in its own shape.
class tst_LatencyProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fastPathIsolatedFromSlowBacklog();
    void versionsSideBySide();
};

void tst_LatencyProfiles::fastPathIsolatedFromSlowBacklog()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(receiver.listen() != 0);
    QVERIFY(h.start(2));
    receiver.setBehaviour(u"/slow"_s, ReceiverBehaviour::delayed(5000, 200));
    receiver.setBehaviour(u"/fast"_s, ReceiverBehaviour::withStatus(201, R"({"booked":true})"));
    QVERIFY(h.createEndpoint(u"crm"_s, receiver.url(u"/slow"_s),
                             QJsonObject{{u"event_types"_s, QJsonArray{u"call.*"_s}},
                                         {u"max_in_flight"_s, 100},
                                         {u"timeout_ms"_s, 30000}}));
    QVERIFY(h.createEndpoint(
        u"calendar"_s, receiver.url(u"/fast"_s),
        QJsonObject{{u"event_types"_s, QJsonArray{u"booking.*"_s}}, {u"latency_profile"_s, u"fast"_s}}));
    QCOMPARE(h.request("GET", u"/v1/endpoints/calendar"_s).json.value(u"latency_profile"_s).toString(),
             u"fast"_s);

    // 5,000 slow-path deliveries queued behind a receiver that takes 5 s each.
    int committed = 0;
    QObject context;
    for (int i = 0; i < 5000; ++i) {
        EnqueueRequest req;
        req.eventType = u"call.transcript"_s;
        req.payload = QByteArray(R"({"seq":)") + QByteArray::number(i) + '}';
        h.engine()->enqueue(req, &context, [&committed](const Result<EnqueueResult> &r) {
            if (r)
                ++committed;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(committed, 5000, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(receiver.openCount() >= 12, 10000); // the standard pool is saturated

    // The in-call request still gets its answer while the caller waits.
    const ApiResponse r = h.request("POST", u"/v1/messages?wait_ms=3000"_s,
                                    QJsonObject{{u"event_type"_s, u"booking.requested"_s},
                                                {u"call_id"_s, u"call_1"_s},
                                                {u"payload"_s, QJsonObject{{u"slot"_s, u"10:00"_s}}}});
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.json.value(u"deliveries"_s).toArray().first().toObject();
    QCOMPARE(d.value(u"status"_s).toString(), u"delivered"_s);
    QCOMPARE(d.value(u"response"_s).toObject().value(u"status"_s).toInt(), 201);
    QCOMPARE(d.value(u"response"_s).toObject().value(u"body"_s).toObject().value(u"booked"_s).toBool(), true);
    QVERIFY(receiver.count(u"/slow"_s) < 5000);
    h.stop();
}

void tst_LatencyProfiles::versionsSideBySide()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(receiver.listen() != 0);
    QVERIFY(h.start());
    // v1 consumers expect the old shape; v2 takes the event as sent.
    QVERIFY(h.createEndpoint(
        u"crm-v1"_s, receiver.url(u"/v1/hooks"_s),
        QJsonObject{{u"event_types"_s, QJsonArray{u"call.completed"_s}},
                    {u"version"_s, u"v1"_s},
                    {u"payload_template"_s,
                     QJsonDocument::fromJson(R"({"type": "{{event_type}}", "call": "{{call_id}}",
                                              "duration": "{{event.duration_s}}", "legacy": true})")
                         .object()}}));
    QVERIFY(h.createEndpoint(
        u"crm-v2"_s, receiver.url(u"/v2/hooks"_s),
        QJsonObject{{u"event_types"_s, QJsonArray{u"call.completed"_s}}, {u"version"_s, u"v2"_s}}));
    const ApiResponse list = h.request("GET", u"/v1/endpoints"_s);
    QStringList versions;
    for (const QJsonValue &e : list.json.value(u"endpoints"_s).toArray())
        versions.append(e.toObject().value(u"version"_s).toString());
    QCOMPARE(versions, (QStringList{u"v1"_s, u"v2"_s}));

    const QJsonObject event{{u"event_type"_s, u"call.completed"_s},
                            {u"call_id"_s, u"call_7"_s},
                            {u"payload"_s, QJsonObject{{u"duration_s"_s, 182}, {u"agent"_s, u"ava"_s}}}};
    const ApiResponse sent = h.request("POST", u"/v1/messages"_s, event);
    QCOMPARE(sent.json.value(u"deliveries"_s).toArray().size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(u"/v1/hooks"_s), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(u"/v2/hooks"_s), 1, 10000);
    QCOMPARE(QJsonDocument::fromJson(receiver.requests(u"/v1/hooks"_s).first().body).object(),
             QJsonDocument::fromJson(
                 R"({"type": "call.completed", "call": "call_7", "duration": 182, "legacy": true})")
                 .object());
    QCOMPARE(QJsonDocument::fromJson(receiver.requests(u"/v2/hooks"_s).first().body).object(),
             event.value(u"payload"_s).toObject());

    // The migration ends: removing v1 leaves v2 receiving alone.
    QCOMPARE(h.request("DELETE", u"/v1/endpoints/crm-v1"_s).status, 204);
    const ApiResponse after = h.request("POST", u"/v1/messages"_s, event);
    QCOMPARE(after.json.value(u"deliveries"_s).toArray().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(u"/v2/hooks"_s), 2, 10000);
    QCOMPARE(receiver.count(u"/v1/hooks"_s), 1);
}

QTEST_GUILESS_MAIN(tst_LatencyProfiles)
#include "tst_latencyprofiles.moc"
