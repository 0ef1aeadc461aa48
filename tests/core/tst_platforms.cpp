// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../platforms/nodescript.h"
#include "apiharness.h"
#include "receiver/testreceiver.h"
#include "signing/hmac.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;

using Headers = QList<QPair<QByteArray, QByteArray>>;

// POST /platforms/{platform}/{name} per platform: captured sample requests,
// signed as each platform signs them (with the vendors' npm libraries where they
// sign), accepted; tampered, stale, future and unsigned ones refused with the
// reason; answers in the platform's shape within its budget; events forwarded as
// <prefix>.<type> and on the call's timeline. And /v1/platforms presets.
class tst_Platforms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void vapiToolCallsAndEvents();
    void vapiHmacAndBearer();
    void vapiAssistantRequest();
    void vapiAssistantRequestFunction();
    void retell();
    void elevenLabs();
    void elevenLabsAudio();
    void secretRotation();
    void bland();
    void liveKit();
    void openAi();
    void twilio();
    void presets();

private:
    static QByteArray fixture(const QString &name);
    QJsonArray sign(const QJsonArray &jobs);
    void putPlatform(const QString &name, const QJsonObject &config, const QString &secret);
    ApiResponse post(const QString &platform, const QString &name, const QByteArray &body,
                     const Headers &headers, qint64 *elapsedMs = nullptr);
    QStringList timeline(const QString &callId, const QString &field = u"type"_s);
    static QString verdict(const ApiResponse &r);
    static QString cause(const ApiResponse &r);

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<TestReceiver> m_receiver;
};

QByteArray tst_Platforms::fixture(const QString &name)
{
    QString root = qEnvironmentVariable("SWITCHBOARD_SOURCE_DIR");
    if (root.isEmpty())
        root = QFileInfo(QString::fromUtf8(__FILE__)).dir().filePath(u"../.."_s);
    QFile f(QDir(root).filePath(u"tests/fixtures/platforms/"_s + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s is missing", qPrintable(f.fileName()));
    return f.readAll().trimmed();
}

void tst_Platforms::init()
{
    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen() != 0);
    m_h = std::make_unique<ApiHarness>();
    QVERIFY(m_h->start());
    QVERIFY(m_h->createEndpoint(
        u"agent"_s, m_receiver->url(u"/agent"_s),
        QJsonObject{{u"event_types"_s,
                     QJsonArray{u"vapi.*"_s, u"retell.*"_s, u"elevenlabs.*"_s, u"bland.*"_s, u"livekit.*"_s,
                                u"openai.*"_s, u"twilio.*"_s}}}));
    QVERIFY(m_h->createEndpoint(u"calendar"_s, m_receiver->url(u"/appointments"_s),
                                QJsonObject{{u"event_types"_s, QJsonArray{u"function.*"_s}}}));
    m_receiver->setBehaviour(u"/appointments"_s,
                             ReceiverBehaviour::withStatus(201, R"({"booked":true,"confirmation":"AB12"})"));
    const QJsonObject fn{
        {u"description"_s, u"Book an appointment"_s},
        {u"endpoint"_s, u"calendar"_s},
        {u"parameters"_s,
         QJsonObject{{u"type"_s, u"object"_s},
                     {u"required"_s, QJsonArray{u"start"_s, u"phone"_s}},
                     {u"properties"_s,
                      QJsonObject{{u"start"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                  {u"phone"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}}},
        {u"request"_s,
         QJsonObject{{u"body"_s, QJsonObject{{u"start"_s, u"{{start}}"_s}, {u"phone"_s, u"{{phone}}"_s}}}}},
        {u"mode"_s, u"sync"_s},
        {u"deadline_ms"_s, 5000}};
    QCOMPARE(m_h->request("PUT", u"/v1/functions/book_appointment"_s, fn).status, 201);
}

void tst_Platforms::cleanup()
{
    m_h.reset();
    m_receiver.reset();
}

QJsonArray tst_Platforms::sign(const QJsonArray &jobs)
{
    const NodeScript run = NodeScript::run(
        u"sign.mjs"_s, {QString::fromUtf8(QJsonDocument(jobs).toJson(QJsonDocument::Compact))});
    if (!run.failure.isEmpty() || run.exitCode != 0)
        qWarning("sign.mjs: %s %s %s", qPrintable(run.failure), run.out.constData(), run.err.constData());
    return run.json.value(u"results"_s).toArray();
}

void tst_Platforms::putPlatform(const QString &name, const QJsonObject &config, const QString &secret)
{
    const ApiResponse r = m_h->request("PUT", u"/v1/platforms/"_s + name, config);
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/%1/secret"_s.arg(name), QJsonObject{{u"secret"_s, secret}})
                 .status,
             204);
}

ApiResponse tst_Platforms::post(const QString &platform, const QString &name, const QByteArray &body,
                                const Headers &headers, qint64 *elapsedMs)
{
    Headers h = headers;
    bool typed = false;
    for (const auto &p : h)
        typed = typed || p.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    if (!typed)
        h.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
    QElapsedTimer t;
    t.start();
    ApiResponse r = m_h->requestRaw("POST", u"/platforms/%1/%2"_s.arg(platform, name), body, h, false, 30000);
    if (elapsedMs)
        *elapsedMs = t.elapsed();
    return r;
}

QStringList tst_Platforms::timeline(const QString &callId, const QString &field)
{
    QStringList out;
    const ApiResponse r = m_h->request("GET", u"/v1/calls/"_s + callId);
    for (const QJsonValue &e : r.json.value(u"events"_s).toArray()) {
        const QJsonObject o = e.toObject();
        out.append(o.value(field).toString());
    }
    return out;
}

QString tst_Platforms::verdict(const ApiResponse &r)
{
    return r.json.value(u"error"_s)
        .toObject()
        .value(u"details"_s)
        .toArray()
        .first()
        .toObject()
        .value(u"verdict"_s)
        .toString();
}

QString tst_Platforms::cause(const ApiResponse &r)
{
    return r.json.value(u"error"_s)
        .toObject()
        .value(u"details"_s)
        .toArray()
        .first()
        .toObject()
        .value(u"cause"_s)
        .toString();
}

void tst_Platforms::vapiToolCallsAndEvents()
{
    putPlatform(u"vapi-prod"_s, QJsonObject{{u"platform"_s, u"vapi"_s}}, u"vapi-server-secret-0123"_s);
    const QByteArray secret = "vapi-server-secret-0123";

    // tool-calls: one function per call, answered {"results": [...]} inside Vapi's 20 s.
    qint64 elapsed = 0;
    const ApiResponse r = post(u"vapi"_s, u"vapi-prod"_s, fixture(u"vapi-tool-calls.json"_s),
                               {{"x-vapi-secret", secret}}, &elapsed);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));
    QCOMPARE(r.json.keys(), QStringList{u"results"_s});
    const QJsonArray results = r.json.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 3);
    const QJsonObject first = results.at(0).toObject();
    QCOMPARE(first.value(u"toolCallId"_s).toString(), u"call_VaJ1"_s);
    QCOMPARE(first.value(u"name"_s).toString(), u"book_appointment"_s);
    QVERIFY(first.value(u"result"_s).isString());
    QCOMPARE(QJsonDocument::fromJson(first.value(u"result"_s).toString().toUtf8())
                 .object()
                 .value(u"confirmation"_s)
                 .toString(),
             u"AB12"_s);
    QVERIFY(!first.contains(u"error"_s));
    // The older shape: "arguments" as an object beside the name.
    QCOMPARE(results.at(1).toObject().value(u"toolCallId"_s).toString(), u"call_VaJ2"_s);
    QVERIFY(results.at(1).toObject().value(u"result"_s).toString().contains(u"AB12"_s));
    // Arguments against the schema: an error the model can act on; nothing sent.
    const QJsonObject third = results.at(2).toObject();
    QCOMPARE(third.value(u"toolCallId"_s).toString(), u"call_VaJ3"_s);
    QVERIFY2(third.value(u"error"_s).toString().contains(u"phone"_s),
             qPrintable(third.value(u"error"_s).toString()));
    QVERIFY(!third.contains(u"result"_s));
    QCOMPARE(m_receiver->count(u"/appointments"_s), 2);
    // Both calls ran (in parallel, so in either order).
    QSet<QString> phones;
    for (const ReceivedRequest &sent : m_receiver->requests(u"/appointments"_s))
        phones.insert(QJsonDocument::fromJson(sent.body).object().value(u"phone"_s).toString());
    QCOMPARE(phones, (QSet<QString>{u"+14155550123"_s, u"+14155550199"_s}));

    // Other messages are events vapi.<type> through the engine, with the call id.
    const ApiResponse status
        = post(u"vapi"_s, u"vapi-prod"_s, fixture(u"vapi-status-update.json"_s), {{"x-vapi-secret", secret}});
    QVERIFY2(status.status == 200, status.body.constData());
    QCOMPARE(status.json.value(u"status"_s).toString(), u"accepted"_s);
    QVERIFY(status.json.value(u"message_id"_s).toString().startsWith(u"msg_"_s));
    QCOMPARE(post(u"vapi"_s, u"vapi-prod"_s, fixture(u"vapi-end-of-call-report.json"_s),
                  {{"x-vapi-secret", secret}})
                 .status,
             200);
    // A retry of the same message is a duplicate, not a second event.
    const ApiResponse again
        = post(u"vapi"_s, u"vapi-prod"_s, fixture(u"vapi-status-update.json"_s), {{"x-vapi-secret", secret}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"status"_s).toString(), u"duplicate"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/agent"_s), 2, 10000);

    // One call, one timeline: the platform's requests, its events and the function calls they caused.
    const QStringList types = timeline(u"vapi-call-7f3a"_s);
    QCOMPARE(types.count(u"function_call"_s), 2);
    QCOMPARE(types.count(u"inbound"_s), 4);
    const QStringList eventTypes = timeline(u"vapi-call-7f3a"_s, u"event_type"_s);
    QVERIFY(eventTypes.contains(u"vapi.status-update"_s));
    QVERIFY(eventTypes.contains(u"vapi.end-of-call-report"_s));
    QVERIFY(timeline(u"vapi-call-7f3a"_s, u"source"_s).contains(u"platform:vapi-prod"_s));

    // Refused: missing, wrong secret; with the reason.
    ApiResponse bad = post(u"vapi"_s, u"vapi-prod"_s, fixture(u"vapi-status-update.json"_s), {});
    QCOMPARE(bad.status, 401);
    QCOMPARE(verdict(bad), u"bad_signature"_s);
    QCOMPARE(cause(bad), u"missing_header"_s);
    bad = post(u"vapi"_s, u"vapi-prod"_s, fixture(u"vapi-status-update.json"_s),
               {{"x-vapi-secret", "guess-guess-guess"}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(cause(bad), u"signature_mismatch"_s);
    // Unknown connection, or the wrong platform in the URL: 404.
    QCOMPARE(post(u"retell"_s, u"vapi-prod"_s, "{}", {}).status, 404);
    QCOMPARE(post(u"vapi"_s, u"nope"_s, "{}", {}).status, 404);
}

void tst_Platforms::vapiHmacAndBearer()
{
    putPlatform(u"vapi-hmac"_s,
                QJsonObject{{u"platform"_s, u"vapi"_s},
                            {u"auth"_s,
                             QJsonObject{{u"type"_s, u"hmac"_s},
                                         {u"algorithm"_s, u"sha512"_s},
                                         {u"signature_header"_s, u"x-signature"_s},
                                         {u"timestamp_header"_s, u"x-timestamp"_s},
                                         {u"payload_format"_s, u"{timestamp}.{body}"_s},
                                         {u"encoding"_s, u"base64"_s},
                                         {u"prefix"_s, u"sha512="_s}}}},
                u"vapi-hmac-secret-0123"_s);
    const QByteArray body = fixture(u"vapi-end-of-call-report.json"_s);
    Hmac hmac(Hmac::Algorithm::Sha512);
    auto signedHeaders = [&](qint64 ts, const QByteArray &signedBody) {
        const QByteArray stamp = QByteArray::number(ts);
        return Headers{
            {"x-timestamp", stamp},
            {"x-signature",
             "sha512=" + hmac.compute("vapi-hmac-secret-0123", {stamp, ".", signedBody}).toBase64()}};
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ApiResponse r = post(u"vapi"_s, u"vapi-hmac"_s, body, signedHeaders(now, body));
    QVERIFY2(r.status == 200, r.body.constData());
    r = post(u"vapi"_s, u"vapi-hmac"_s, body + " ", signedHeaders(now, body));
    QCOMPARE(r.status, 401);
    QCOMPARE(cause(r), u"signature_mismatch"_s);
    r = post(u"vapi"_s, u"vapi-hmac"_s, body, signedHeaders(now - 600, body));
    QCOMPARE(r.status, 401);
    QCOMPARE(verdict(r), u"stale_timestamp"_s);
    r = post(u"vapi"_s, u"vapi-hmac"_s, body, signedHeaders(now + 600, body));
    QCOMPARE(r.status, 401);
    QCOMPARE(verdict(r), u"stale_timestamp"_s);
    // Milliseconds are read as such.
    r = post(u"vapi"_s, u"vapi-hmac"_s, fixture(u"vapi-status-update.json"_s),
             signedHeaders(now * 1000, fixture(u"vapi-status-update.json"_s)));
    QVERIFY2(r.status == 200, r.body.constData());

    putPlatform(
        u"vapi-bearer"_s,
        QJsonObject{{u"platform"_s, u"vapi"_s},
                    {u"auth"_s, QJsonObject{{u"type"_s, u"bearer"_s}, {u"header"_s, u"X-Api-Key"_s}}}},
        u"vapi-bearer-token-0123"_s);
    QCOMPARE(post(u"vapi"_s, u"vapi-bearer"_s, body, {{"X-Api-Key", "Bearer vapi-bearer-token-0123"}}).status,
             200);
    QCOMPARE(
        post(u"vapi"_s, u"vapi-bearer"_s, body, {{"Authorization", "Bearer vapi-bearer-token-0123"}}).status,
        401);
}

void tst_Platforms::vapiAssistantRequest()
{
    const QByteArray secret = "vapi-server-secret-0123";
    const QJsonObject assistant{
        {u"assistantId"_s, u"asst_night_shift"_s},
        {u"assistantOverrides"_s, QJsonObject{{u"variableValues"_s, QJsonObject{{u"shift"_s, u"night"_s}}}}}};
    putPlatform(u"vapi-ar"_s, QJsonObject{{u"platform"_s, u"vapi"_s}, {u"assistant_request"_s, assistant}},
                QString::fromLatin1(secret));
    QCOMPARE(m_h->request("GET", u"/v1/platforms/vapi-ar"_s).json.value(u"assistant_request"_s).toObject(),
             assistant);

    // Vapi waits 7.5 s for the assistant of an inbound call: the configured object, as it is.
    const QByteArray body = fixture(u"vapi-assistant-request.json"_s);
    qint64 elapsed = 0;
    ApiResponse r = post(u"vapi"_s, u"vapi-ar"_s, body, {{"x-vapi-secret", secret}}, &elapsed);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY2(elapsed < 7500, qPrintable(QString::number(elapsed)));
    QCOMPARE(r.json, assistant);
    // Recorded and forwarded as vapi.assistant-request: the call's timeline starts with it.
    const QString callId = u"vapi-call-9c21"_s;
    QVERIFY(timeline(callId, u"event_type"_s).contains(u"vapi.assistant-request"_s));
    QCOMPARE(timeline(callId).count(u"inbound"_s), 1);
    QVERIFY(timeline(callId, u"source"_s).contains(u"platform:vapi-ar"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/agent"_s), 1, 10000);
    QCOMPARE(QJsonDocument::fromJson(m_receiver->requests(u"/agent"_s).first().body)
                 .object()
                 .value(u"message"_s)
                 .toObject()
                 .value(u"type"_s)
                 .toString(),
             u"assistant-request"_s);
    // Vapi retrying gets the same answer, and no second event.
    r = post(u"vapi"_s, u"vapi-ar"_s, body, {{"x-vapi-secret", secret}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, assistant);
    QCOMPARE(m_receiver->count(u"/agent"_s), 1);
    // Other messages are not answered with it.
    r = post(u"vapi"_s, u"vapi-ar"_s, fixture(u"vapi-status-update.json"_s), {{"x-vapi-secret", secret}});
    QCOMPARE(r.json.value(u"status"_s).toString(), u"accepted"_s);
    // Unsigned: refused like any message.
    QCOMPARE(post(u"vapi"_s, u"vapi-ar"_s, body, {}).status, 401);

    // A transfer and a rejection are answers too.
    const QJsonObject transfer{
        {u"destination"_s, QJsonObject{{u"type"_s, u"number"_s}, {u"number"_s, u"+14155550177"_s}}}};
    r = m_h->request("PUT", u"/v1/platforms/vapi-ar"_s,
                     QJsonObject{{u"platform"_s, u"vapi"_s}, {u"assistant_request"_s, transfer}});
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json.value(u"assistant_request"_s).toObject(), transfer);

    // Without one: an error Vapi shows for the call, not an empty 200; still on the timeline.
    putPlatform(u"vapi-none"_s, QJsonObject{{u"platform"_s, u"vapi"_s}}, QString::fromLatin1(secret));
    r = post(u"vapi"_s, u"vapi-none"_s, body, {{"x-vapi-secret", secret}}, &elapsed);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(elapsed < 7500);
    QCOMPARE(
        r.json,
        (QJsonObject{{u"error"_s,
                      u"no assistant configured for assistant-request on this Switchboard connection"_s}}));
    QVERIFY(timeline(callId, u"source"_s).contains(u"platform:vapi-none"_s));

    // Refused by the API with the field named: not an object, no decision in it, wrong types,
    // too large, another platform.
    const QList<QJsonValue> bad{
        QJsonValue(u"asst_night_shift"_s),
        QJsonObject(),
        QJsonObject{{u"assistantOverrides"_s, QJsonObject{{u"firstMessage"_s, u"Hi"_s}}}},
        QJsonObject{{u"assistantId"_s, 42}},
        QJsonObject{{u"error"_s, u""_s}},
        QJsonObject{{u"assistant"_s, u"asst_night_shift"_s}},
        QJsonObject{{u"assistant"_s, QJsonObject{{u"firstMessage"_s, QString(70 * 1024, u'x')}}}},
    };
    for (const QJsonValue &value : bad) {
        r = m_h->request("PUT", u"/v1/platforms/vapi-bad"_s,
                         QJsonObject{{u"platform"_s, u"vapi"_s}, {u"assistant_request"_s, value}});
        QVERIFY2(r.status == 422, r.body.constData());
        QVERIFY2(r.errorMessage().contains(u"assistant_request"_s), qPrintable(r.errorMessage()));
    }
    r = m_h->request("PUT", u"/v1/platforms/retell-bad"_s,
                     QJsonObject{{u"platform"_s, u"retell"_s}, {u"assistant_request"_s, assistant}});
    QCOMPARE(r.status, 422);
    QCOMPARE(m_h->request("GET", u"/v1/platforms/vapi-bad"_s).status, 404);
}

void tst_Platforms::vapiAssistantRequestFunction()
{
    // A function chooses the assistant (by the caller's number, say); its result object is the answer.
    QVERIFY(m_h->createEndpoint(u"router"_s, m_receiver->url(u"/router"_s),
                                QJsonObject{{u"event_types"_s, QJsonArray{u"function.*"_s}}}));
    m_receiver->setBehaviour(u"/router"_s,
                             ReceiverBehaviour::withStatus(200, R"({"assistantId":"asst_from_router"})"));
    const QJsonObject fn{{u"description"_s, u"Choose the assistant of an inbound call"_s},
                         {u"endpoint"_s, u"router"_s},
                         {u"parameters"_s, QJsonObject{{u"type"_s, u"object"_s}}},
                         {u"mode"_s, u"sync"_s},
                         {u"deadline_ms"_s, 20000}};
    const ApiResponse put = m_h->request("PUT", u"/v1/functions/choose_assistant"_s, fn);
    QVERIFY2(put.status == 201, put.body.constData());
    const QByteArray secret = "vapi-server-secret-0123";
    const QJsonObject fallback{{u"assistantId"_s, u"asst_fallback"_s}};
    putPlatform(u"vapi-fn"_s,
                QJsonObject{{u"platform"_s, u"vapi"_s},
                            {u"assistant_request"_s, fallback},
                            {u"assistant_request_function"_s, u"choose_assistant"_s}},
                QString::fromLatin1(secret));
    QCOMPARE(m_h->request("GET", u"/v1/platforms/vapi-fn"_s)
                 .json.value(u"assistant_request_function"_s)
                 .toString(),
             u"choose_assistant"_s);

    const QByteArray body = fixture(u"vapi-assistant-request.json"_s);
    qint64 elapsed = 0;
    ApiResponse r = post(u"vapi"_s, u"vapi-fn"_s, body, {{"x-vapi-secret", secret}}, &elapsed);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY2(elapsed < 7500, qPrintable(QString::number(elapsed)));
    QCOMPARE(r.json, (QJsonObject{{u"assistantId"_s, u"asst_from_router"_s}}));
    // The function got Vapi's message (the caller, the number called).
    QCOMPARE(m_receiver->count(u"/router"_s), 1);
    const QJsonObject sent
        = QJsonDocument::fromJson(m_receiver->requests(u"/router"_s).first().body).object();
    QCOMPARE(sent.value(u"phoneNumber"_s).toObject().value(u"number"_s).toString(), u"+14155550100"_s);
    const QString callId = u"vapi-call-9c21"_s;
    QVERIFY(timeline(callId, u"event_type"_s).contains(u"vapi.assistant-request"_s));
    QVERIFY(timeline(callId).contains(u"function_call"_s));

    // A result Vapi would not take, or a function too slow for Vapi's 7.5 s: the static answer.
    putPlatform(u"vapi-fn2"_s,
                QJsonObject{{u"platform"_s, u"vapi"_s},
                            {u"assistant_request"_s, fallback},
                            {u"assistant_request_function"_s, u"choose_assistant"_s}},
                QString::fromLatin1(secret));
    m_receiver->setBehaviour(u"/router"_s, ReceiverBehaviour::withStatus(200, R"({"assistant":"nope"})"));
    const QByteArray other = QByteArray(body).replace("vapi-call-9c21", "vapi-call-9c22");
    r = post(u"vapi"_s, u"vapi-fn2"_s, other, {{"x-vapi-secret", secret}}, &elapsed);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json, fallback);
    m_receiver->setBehaviour(u"/router"_s, ReceiverBehaviour::delayed(9000));
    const QByteArray slow = QByteArray(body).replace("vapi-call-9c21", "vapi-call-9c23");
    r = post(u"vapi"_s, u"vapi-fn2"_s, slow, {{"x-vapi-secret", secret}}, &elapsed);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY2(elapsed < 7500, qPrintable(QString::number(elapsed)));
    QCOMPARE(r.json, fallback);
    QVERIFY(timeline(u"vapi-call-9c23"_s, u"event_type"_s).contains(u"vapi.assistant-request"_s));

    // Only Vapi, and only a function's name.
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/r"_s,
                          QJsonObject{{u"platform"_s, u"retell"_s},
                                      {u"assistant_request_function"_s, u"choose_assistant"_s}})
                 .status,
             422);
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/v"_s,
                          QJsonObject{{u"platform"_s, u"vapi"_s},
                                      {u"assistant_request_function"_s, u"choose assistant!"_s}})
                 .status,
             422);
}

void tst_Platforms::retell()
{
    const QString apiKey = u"key_retell_0123456789abcdef"_s;
    putPlatform(u"retell"_s,
                QJsonObject{{u"platform"_s, u"retell"_s},
                            {u"call_inbound"_s,
                             QJsonObject{{u"override_agent_id"_s, u"agent_night_shift"_s},
                                         {u"dynamic_variables"_s, QJsonObject{{u"shift"_s, u"night"_s}}}}}},
                apiKey);
    const QByteArray ended = fixture(u"retell-call-ended.json"_s);
    const QByteArray function = fixture(u"retell-function.json"_s);
    const QByteArray inbound = fixture(u"retell-call-inbound.json"_s);
    const QJsonArray sigs = sign(
        {QJsonObject{{u"kind"_s, u"retell"_s}, {u"key"_s, apiKey}, {u"body"_s, QString::fromUtf8(ended)}},
         QJsonObject{{u"kind"_s, u"retell"_s}, {u"key"_s, apiKey}, {u"body"_s, QString::fromUtf8(function)}},
         QJsonObject{{u"kind"_s, u"retell"_s}, {u"key"_s, apiKey}, {u"body"_s, QString::fromUtf8(inbound)}}});
    QCOMPARE(sigs.size(), 3);

    // Webhook: 2xx well inside Retell's 10 s, forwarded as retell.call_ended.
    qint64 elapsed = 0;
    ApiResponse r = post(u"retell"_s, u"retell"_s, ended,
                         {{"x-retell-signature", sigs.at(0).toString().toLatin1()}}, &elapsed);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    QVERIFY(r.json.value(u"message_id"_s).toString().startsWith(u"msg_"_s));

    // Custom function: the function's result as JSON.
    r = post(u"retell"_s, u"retell"_s, function, {{"x-retell-signature", sigs.at(1).toString().toLatin1()}},
             &elapsed);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json, (QJsonObject{{u"booked"_s, true}, {u"confirmation"_s, u"AB12"_s}}));
    QVERIFY(elapsed < 10000);

    // Inbound call: the configured override.
    r = post(u"retell"_s, u"retell"_s, inbound, {{"x-retell-signature", sigs.at(2).toString().toLatin1()}});
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json.value(u"call_inbound"_s).toObject().value(u"override_agent_id"_s).toString(),
             u"agent_night_shift"_s);

    const QString callId = u"Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6"_s;
    QVERIFY(timeline(callId, u"event_type"_s).contains(u"retell.call_ended"_s));
    QVERIFY(timeline(callId, u"function"_s).contains(u"book_appointment"_s));

    // Tampered, stale, future, unsigned, wrong key.
    r = post(u"retell"_s, u"retell"_s, ended + "\n",
             {{"x-retell-signature", sigs.at(0).toString().toLatin1()}});
    QCOMPARE(r.status, 401);
    QCOMPARE(cause(r), u"signature_mismatch"_s);
    Hmac hmac;
    auto signedAt = [&](qint64 ms, const QString &key) {
        const QByteArray v = QByteArray::number(ms);
        return Headers{
            {"x-retell-signature", "v=" + v + ",d=" + hmac.compute(key.toUtf8(), {ended, v}).toHex()}};
    };
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    r = post(u"retell"_s, u"retell"_s, ended, signedAt(nowMs - 6 * 60 * 1000, apiKey));
    QCOMPARE(r.status, 401);
    QCOMPARE(verdict(r), u"stale_timestamp"_s);
    r = post(u"retell"_s, u"retell"_s, ended, signedAt(nowMs + 6 * 60 * 1000, apiKey));
    QCOMPARE(r.status, 401);
    QCOMPARE(verdict(r), u"stale_timestamp"_s);
    r = post(u"retell"_s, u"retell"_s, ended, signedAt(nowMs, u"another_key_0123456789"_s));
    QCOMPARE(r.status, 401);
    QCOMPARE(cause(r), u"signature_mismatch"_s);
    r = post(u"retell"_s, u"retell"_s, ended, {});
    QCOMPARE(r.status, 401);
    QCOMPARE(cause(r), u"missing_header"_s);
    // Our own signature (same scheme) is what retell-sdk verifies.
    const QJsonArray checked
        = sign({QJsonObject{{u"kind"_s, u"retell-verify"_s},
                            {u"key"_s, apiKey},
                            {u"body"_s, QString::fromUtf8(ended)},
                            {u"signature"_s, QString::fromLatin1(signedAt(nowMs, apiKey).first().second)}}});
    QCOMPARE(checked.first().toBool(), true);
}

void tst_Platforms::elevenLabs()
{
    const QByteArray secret = "wsec_elevenlabs_0123456789";
    putPlatform(u"eleven"_s, QJsonObject{{u"platform"_s, u"elevenlabs"_s}}, QString::fromLatin1(secret));
    const QByteArray body = fixture(u"elevenlabs-post-call-transcription.json"_s);
    Hmac hmac;
    auto signedAt = [&](qint64 t, const QByteArray &b) {
        const QByteArray ts = QByteArray::number(t);
        return Headers{
            {"ElevenLabs-Signature", "t=" + ts + ",v0=" + hmac.compute(secret, {ts, ".", b}).toHex()}};
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ApiResponse r = post(u"elevenlabs"_s, u"eleven"_s, body, signedAt(now, body));
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(timeline(u"conv_abc123"_s, u"event_type"_s).contains(u"elevenlabs.post_call_transcription"_s));
    // 20 minutes old is within ElevenLabs' 30; 40 is not; 10 minutes ahead is not.
    QCOMPARE(post(u"elevenlabs"_s, u"eleven"_s, body, signedAt(now - 1200, body))
                 .json.value(u"status"_s)
                 .toString(),
             u"duplicate"_s);
    r = post(u"elevenlabs"_s, u"eleven"_s, body, signedAt(now - 2400, body));
    QCOMPARE(r.status, 401);
    QCOMPARE(verdict(r), u"stale_timestamp"_s);
    r = post(u"elevenlabs"_s, u"eleven"_s, body, signedAt(now + 600, body));
    QCOMPARE(r.status, 401);
    QCOMPARE(verdict(r), u"stale_timestamp"_s);
    r = post(u"elevenlabs"_s, u"eleven"_s, QByteArray(body).replace("success", "failure"),
             signedAt(now, body));
    QCOMPARE(r.status, 401);
    QCOMPARE(cause(r), u"signature_mismatch"_s);
    QCOMPARE(post(u"elevenlabs"_s, u"eleven"_s, body, {}).status, 401);

    // Audio payloads up to the connection's limit; above it, 413.
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/eleven"_s,
                          QJsonObject{{u"platform"_s, u"elevenlabs"_s}, {u"max_body_bytes"_s, 900000}})
                 .status,
             200);
    const QByteArray audio
        = R"({"type":"post_call_audio","event_timestamp":1,"data":{"agent_id":"xyz","conversation_id":"conv_audio","full_audio":")"
        + QByteArray(600000, 'A') + R"("}})";
    r = post(u"elevenlabs"_s, u"eleven"_s, audio, signedAt(now, audio));
    QVERIFY2(r.status == 200, r.body.left(300).constData());
    const QByteArray huge = audio.left(audio.size() - 3) + QByteArray(400000, 'A') + R"("}})";
    r = post(u"elevenlabs"_s, u"eleven"_s, huge, signedAt(now, huge));
    QCOMPARE(r.status, 413);
}

// post_call_audio carries the whole call's audio in base64: several MiB, over the API's own
// 1 MiB, under the ElevenLabs preset's default limit (32 MiB).
void tst_Platforms::elevenLabsAudio()
{
    const QByteArray secret = "wsec_elevenlabs_0123456789";
    putPlatform(u"eleven"_s, QJsonObject{{u"platform"_s, u"elevenlabs"_s}}, QString::fromLatin1(secret));
    QCOMPARE(m_h->request("GET", u"/v1/platforms/eleven"_s).json.value(u"max_body_bytes"_s).toInteger(),
             32 * 1024 * 1024);
    Hmac hmac;
    auto signedAt = [&](qint64 t, const QByteArray &b) {
        const QByteArray ts = QByteArray::number(t);
        return Headers{
            {"ElevenLabs-Signature", "t=" + ts + ",v0=" + hmac.compute(secret, {ts, ".", b}).toHex()}};
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArray audio = QByteArray(3 * 1024 * 1024 / 4 * 3, '\x5a').toBase64(); // 3 MiB of base64
    const QByteArray body = R"({"type":"post_call_audio","event_timestamp":)" + QByteArray::number(now)
        + R"(,"data":{"agent_id":"agent_7","conversation_id":"conv_audio_3mib","full_audio":")" + audio
        + R"("}})";
    QVERIFY(body.size() > 3 * 1024 * 1024);
    ApiResponse r = post(u"elevenlabs"_s, u"eleven"_s, body, signedAt(now, body));
    QVERIFY2(r.status == 200, r.body.left(300).constData());
    QCOMPARE(r.json.value(u"status"_s).toString(), u"accepted"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/agent"_s), 1, 20000);
    const ReceivedRequest sent = m_receiver->requests(u"/agent"_s).first();
    QCOMPARE(sent.body, body);
    QVERIFY(timeline(u"conv_audio_3mib"_s, u"event_type"_s).contains(u"elevenlabs.post_call_audio"_s));

    // Over the connection's own limit: 413 with the reason, logged as too_large without the body.
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/eleven"_s,
                          QJsonObject{{u"platform"_s, u"elevenlabs"_s}, {u"max_body_bytes"_s, 1048576}})
                 .status,
             200);
    const QByteArray again = QByteArray(body).replace("conv_audio_3mib", "conv_audio_late");
    r = post(u"elevenlabs"_s, u"eleven"_s, again, signedAt(now, again));
    QCOMPARE(r.status, 413);
    QCOMPARE(verdict(r), u"too_large"_s);
    const QString reason = u"body is %1 bytes; platform connection limit max_body_bytes is 1,048,576"_s.arg(
        QLocale(QLocale::English).toString(again.size()));
    QVERIFY2(r.errorMessage().startsWith(reason), qPrintable(r.errorMessage()));
    const ApiResponse log = m_h->request("GET", u"/v1/inbound?source=platform:eleven&status=too_large"_s);
    const QJsonArray entries = log.json.value(u"inbound"_s).toArray();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.at(0).toObject().value(u"reason"_s).toString().startsWith(reason));
    QCOMPARE(entries.at(0).toObject().value(u"body_size"_s).toInteger(), again.size());
    QCOMPARE(m_receiver->count(u"/agent"_s), 1);

    // 64 MiB at most.
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/eleven"_s,
                          QJsonObject{{u"platform"_s, u"elevenlabs"_s},
                                      {u"max_body_bytes"_s, 64 * 1024 * 1024 + 1}})
                 .status,
             422);
    // Other presets keep the API's 1 MiB unless told otherwise.
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/bl"_s, QJsonObject{{u"platform"_s, u"bland"_s}})
                 .json.value(u"max_body_bytes"_s)
                 .toInteger(),
             1048576);
}

// Rotating a platform's secret: during the grace window both secrets verify (each platform
// sends one signature per request, checked against every active secret), then only the new one.
void tst_Platforms::secretRotation()
{
    putPlatform(u"bland"_s, QJsonObject{{u"platform"_s, u"bland"_s}}, u"bland-secret-old-0123"_s);
    Hmac hmac;
    auto sent = [&](const QByteArray &secret, int n) {
        const QByteArray body = R"({"call_id":"rot-)" + QByteArray::number(n) + R"(","event":"completed"})";
        return post(u"bland"_s, u"bland"_s, body,
                    {{"X-Webhook-Signature", hmac.compute(secret, body).toHex()}})
            .status;
    };
    QCOMPARE(sent("bland-secret-old-0123", 1), 200);
    ApiResponse r
        = m_h->request("POST", u"/v1/platforms/bland/secret/rotate"_s,
                       QJsonObject{{u"secret"_s, u"bland-secret-new-4567"_s}, {u"grace_s"_s, 3600}});
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(r.json.value(u"fingerprint"_s).toString().startsWith(u"sha256:"_s));
    QVERIFY(!r.json.value(u"previous_expire_at"_s).toString().isEmpty());
    const QJsonArray secrets = r.json.value(u"platform"_s).toObject().value(u"secrets"_s).toArray();
    QCOMPARE(secrets.size(), 2);
    int expiring = 0;
    for (const QJsonValue &s : secrets)
        expiring += s.toObject().value(u"expires_at"_s).isString() ? 1 : 0;
    QCOMPARE(expiring, 1);
    QCOMPARE(sent("bland-secret-old-0123", 2), 200);
    QCOMPARE(sent("bland-secret-new-4567", 3), 200);
    QCOMPARE(sent("bland-secret-wrong-000", 4), 401);

    // No grace: the previous secrets stop at once.
    r = m_h->request("POST", u"/v1/platforms/bland/secret/rotate"_s,
                     QJsonObject{{u"secret"_s, u"bland-secret-newest-89"_s}, {u"grace_s"_s, 0}});
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(sent("bland-secret-new-4567", 5), 401);
    QCOMPARE(sent("bland-secret-newest-89", 6), 200);

    // Validation: grace_s range, unknown fields, the secret itself; GET lists only active secrets.
    QCOMPARE(m_h->request("POST", u"/v1/platforms/bland/secret/rotate"_s,
                          QJsonObject{{u"secret"_s, u"bland-secret-x-0123"_s}, {u"grace_s"_s, -1}})
                 .status,
             422);
    QCOMPARE(m_h->request("POST", u"/v1/platforms/bland/secret/rotate"_s,
                          QJsonObject{{u"secret"_s, u"bland-secret-x-0123"_s}, {u"grace"_s, 60}})
                 .status,
             422);
    QCOMPARE(
        m_h->request("POST", u"/v1/platforms/bland/secret/rotate"_s, QJsonObject{{u"grace_s"_s, 60}}).status,
        422);
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/bland/secret/rotate"_s, QJsonObject{}).status, 405);
    QCOMPARE(m_h->request("POST", u"/v1/platforms/nope/secret/rotate"_s,
                          QJsonObject{{u"secret"_s, u"bland-secret-x-0123"_s}})
                 .status,
             404);
    QCOMPARE(m_h->request("GET", u"/v1/platforms/bland"_s).json.value(u"secrets"_s).toArray().size(), 1);

    // Standard Webhooks (OpenAI) during a rotation: a signature under either secret verifies.
    const QString oldKey
        = u"whsec_"_s + QString::fromLatin1(QByteArray("openai-old-key-0123456789").toBase64());
    const QString newKey
        = u"whsec_"_s + QString::fromLatin1(QByteArray("openai-new-key-0123456789").toBase64());
    putPlatform(u"oai"_s, QJsonObject{{u"platform"_s, u"openai"_s}}, oldKey);
    QCOMPARE(
        m_h->request("POST", u"/v1/platforms/oai/secret/rotate"_s, QJsonObject{{u"secret"_s, newKey}}).status,
        200);
    const QByteArray body = fixture(u"openai-realtime-call-incoming.json"_s);
    for (const QByteArray &key :
         {QByteArray("openai-old-key-0123456789"), QByteArray("openai-new-key-0123456789")}) {
        const QByteArray id = "wh_rot_" + key.left(10);
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const Headers headers{
            {"webhook-id", id},
            {"webhook-timestamp", ts},
            {"webhook-signature", "v1," + hmac.compute(key, {id, ".", ts, ".", body}).toBase64()}};
        r = post(u"openai"_s, u"oai"_s, body, headers);
        QVERIFY2(r.status == 200, r.body.constData());
    }
}

void tst_Platforms::bland()
{
    const QByteArray secret = "bland-signing-secret-0123";
    putPlatform(u"bland"_s, QJsonObject{{u"platform"_s, u"bland"_s}}, QString::fromLatin1(secret));
    const QByteArray body = fixture(u"bland-call.json"_s);
    Hmac hmac;
    const Headers signedHeaders{{"X-Webhook-Signature", hmac.compute(secret, body).toHex()}};
    ApiResponse r = post(u"bland"_s, u"bland"_s, body, signedHeaders);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json.value(u"status"_s).toString(), u"accepted"_s);
    // No timestamp in the scheme: a replay is caught by call id and event.
    r = post(u"bland"_s, u"bland"_s, body, signedHeaders);
    QCOMPARE(r.json.value(u"status"_s).toString(), u"duplicate"_s);
    const QByteArray reordered
        = QByteArray(body).replace("\"summary\":\"Booked.\"", "\"summary\":\"Booked!\"");
    r = post(u"bland"_s, u"bland"_s, reordered,
             {{"X-Webhook-Signature", hmac.compute(secret, reordered).toHex()}});
    QCOMPARE(r.json.value(u"status"_s).toString(), u"duplicate"_s);
    r = post(u"bland"_s, u"bland"_s, reordered, signedHeaders);
    QCOMPARE(r.status, 401);
    QCOMPARE(cause(r), u"signature_mismatch"_s);
    QCOMPARE(post(u"bland"_s, u"bland"_s, body, {}).status, 401);
    QVERIFY(
        timeline(u"c8a1b2c3-d4e5-6789-abcd-ef0123456789"_s, u"event_type"_s).contains(u"bland.completed"_s));
}

void tst_Platforms::liveKit()
{
    const QString key = u"APIswitchboard1"_s;
    const QString secret = u"livekit-api-secret-0123456789abcdef"_s;
    putPlatform(u"lk"_s,
                QJsonObject{{u"platform"_s, u"livekit"_s}, {u"auth"_s, QJsonObject{{u"api_key"_s, key}}}},
                secret);
    const QByteArray body = fixture(u"livekit-room-started.json"_s);
    const QByteArray joined = fixture(u"livekit-participant-joined.json"_s);
    auto job = [&](const QByteArray &b, const QJsonObject &extra = {}) {
        QJsonObject o{{u"kind"_s, u"livekit"_s},
                      {u"key"_s, key},
                      {u"secret"_s, secret},
                      {u"body"_s, QString::fromUtf8(b)}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    const QJsonArray tokens = sign({job(body), job(joined, {{u"expOffsetS"_s, -5}}),
                                    job(body, {{u"expOffsetS"_s, -60}}), job(body, {{u"nbfOffsetS"_s, 60}}),
                                    QJsonObject{{u"kind"_s, u"livekit"_s},
                                                {u"key"_s, key},
                                                {u"secret"_s, u"other-secret-0123456789"_s},
                                                {u"body"_s, QString::fromUtf8(body)}}});
    QCOMPARE(tokens.size(), 5);
    // The SDK's own receiver takes the first token: it is what LiveKit sends.
    QCOMPARE(sign({QJsonObject{{u"kind"_s, u"livekit-receive"_s},
                               {u"key"_s, key},
                               {u"secret"_s, secret},
                               {u"body"_s, QString::fromUtf8(body)},
                               {u"token"_s, tokens.at(0)}}})
                 .first()
                 .toString(),
             u"room_started"_s);
    auto auth = [](const QJsonValue &t) { return Headers{{"Authorization", t.toString().toLatin1()}}; };
    ApiResponse r = post(u"livekit"_s, u"lk"_s, body, auth(tokens.at(0)));
    QVERIFY2(r.status == 200, r.body.constData());
    // Expired 5 s ago: inside the 10 s tolerance.
    r = post(u"livekit"_s, u"lk"_s, joined, auth(tokens.at(1)));
    QVERIFY2(r.status == 200, r.body.constData());
    r = post(u"livekit"_s, u"lk"_s, body, auth(tokens.at(2)));
    QCOMPARE(r.status, 401);
    QCOMPARE(verdict(r), u"stale_timestamp"_s);
    r = post(u"livekit"_s, u"lk"_s, body, auth(tokens.at(3)));
    QCOMPARE(r.status, 401);
    QCOMPARE(verdict(r), u"stale_timestamp"_s);
    r = post(u"livekit"_s, u"lk"_s, body, auth(tokens.at(4)));
    QCOMPARE(r.status, 401);
    QCOMPARE(cause(r), u"signature_mismatch"_s);
    r = post(u"livekit"_s, u"lk"_s, joined, auth(tokens.at(0))); // a valid token for another body
    QCOMPARE(r.status, 401);
    QCOMPARE(cause(r), u"body_hash_mismatch"_s);
    r = post(u"livekit"_s, u"lk"_s, body, {});
    QCOMPARE(cause(r), u"missing_header"_s);
    const QStringList types = timeline(u"call-lk-4827"_s, u"event_type"_s);
    QVERIFY(types.contains(u"livekit.room_started"_s));
    QVERIFY(types.contains(u"livekit.participant_joined"_s));
}

void tst_Platforms::openAi()
{
    const QByteArray key = "openai-webhook-key-0123456789";
    const QString secret = u"whsec_"_s + QString::fromLatin1(key.toBase64());
    putPlatform(u"openai"_s, QJsonObject{{u"platform"_s, u"openai"_s}}, secret);
    const QByteArray body = fixture(u"openai-realtime-call-incoming.json"_s);
    Hmac hmac;
    auto signedAt = [&](qint64 ts) {
        const QByteArray id = "wh_685342e6c53c8190a1be43f081506c52";
        const QByteArray t = QByteArray::number(ts);
        return Headers{{"webhook-id", id},
                       {"webhook-timestamp", t},
                       {"webhook-signature", "v1," + hmac.compute(key, {id, ".", t, ".", body}).toBase64()}};
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ApiResponse r = post(u"openai"_s, u"openai"_s, body, signedAt(now));
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(timeline(u"rtc_ai_123456789"_s, u"event_type"_s).contains(u"openai.realtime.call.incoming"_s));
    QCOMPARE(post(u"openai"_s, u"openai"_s, body, signedAt(now)).json.value(u"status"_s).toString(),
             u"duplicate"_s);
    r = post(u"openai"_s, u"openai"_s, body, signedAt(now - 900));
    QCOMPARE(r.status, 401);
    QCOMPARE(verdict(r), u"stale_timestamp"_s);
}

void tst_Platforms::twilio()
{
    const QString token = u"twilio-auth-token-0123456789ab"_s;
    const QString url = u"https://voice.example.com/platforms/twilio/tw"_s;
    putPlatform(u"tw"_s,
                QJsonObject{{u"platform"_s, u"twilio"_s}, {u"auth"_s, QJsonObject{{u"public_url"_s, url}}}},
                token);
    const QByteArray body = fixture(u"twilio-status-callback.form"_s);
    QJsonObject params;
    for (const QByteArray &pair : body.split('&')) {
        const QList<QByteArray> kv = pair.split('=');
        params.insert(QUrl::fromPercentEncoding(QByteArray(kv.at(0)).replace('+', ' ')),
                      QUrl::fromPercentEncoding(QByteArray(kv.value(1)).replace('+', ' ')));
    }
    const QJsonArray sigs = sign(
        {QJsonObject{{u"kind"_s, u"twilio"_s}, {u"token"_s, token}, {u"url"_s, url}, {u"params"_s, params}}});
    QCOMPARE(sigs.size(), 1);
    const Headers h{{"Content-Type", "application/x-www-form-urlencoded"},
                    {"X-Twilio-Signature", sigs.first().toString().toLatin1()}};
    ApiResponse r = post(u"twilio"_s, u"tw"_s, body, h);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(
        timeline(u"CA4827deadbeef0123456789abcdef0123"_s, u"event_type"_s).contains(u"twilio.completed"_s));
    r = post(u"twilio"_s, u"tw"_s, QByteArray(body).replace("CallDuration=88", "CallDuration=99"), h);
    QCOMPARE(r.status, 401);
    QCOMPARE(cause(r), u"signature_mismatch"_s);
    // The accepted one arrives (on a loaded machine, maybe only now); the refused one never does.
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/agent"_s), 1, 5000);
    const QJsonObject forwarded
        = QJsonDocument::fromJson(m_receiver->requests(u"/agent"_s).first().body).object();
    QCOMPARE(forwarded.value(u"CallStatus"_s).toString(), u"completed"_s);
}

void tst_Platforms::presets()
{
    ApiResponse r = m_h->request(
        "PUT", u"/v1/platforms/lk"_s,
        QJsonObject{{u"platform"_s, u"livekit"_s}, {u"auth"_s, QJsonObject{{u"api_key"_s, u"APIx"_s}}}});
    QCOMPARE(r.status, 201);
    // Choosing a platform fills scheme, header, tolerance, call id path and event mapping.
    QCOMPARE(r.json.value(u"tolerance_s"_s).toInt(), 10);
    QCOMPARE(r.json.value(u"event_prefix"_s).toString(), u"livekit"_s);
    QCOMPARE(r.json.value(u"url"_s).toString(), u"/platforms/livekit/lk"_s);
    const QJsonObject preset = r.json.value(u"preset"_s).toObject();
    QCOMPARE(preset.value(u"call_id_path"_s).toString(), u"$.room.name"_s);
    QCOMPARE(preset.value(u"signature_header"_s).toString(), u"Authorization"_s);
    QVERIFY(r.json.value(u"secret_fingerprint"_s).isNull());

    r = m_h->request("PUT", u"/v1/platforms/v"_s,
                     QJsonObject{{u"platform"_s, u"vapi"_s},
                                 {u"event_prefix"_s, u"voice.vapi"_s},
                                 {u"tolerance_s"_s, 120}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"auth"_s).toObject(),
             (QJsonObject{{u"type"_s, u"secret_header"_s}, {u"header"_s, u"x-vapi-secret"_s}}));
    QCOMPARE(r.json.value(u"tolerance_s"_s).toInt(), 120);
    // No secret yet: 503, so the platform retries once it is set.
    ApiResponse in = post(u"vapi"_s, u"v"_s, fixture(u"vapi-status-update.json"_s), {{"x-vapi-secret", "x"}});
    QCOMPARE(in.status, 503);
    QCOMPARE(verdict(in), u"unavailable"_s);
    QCOMPARE(
        m_h->request("PUT", u"/v1/platforms/v/secret"_s, QJsonObject{{u"secret"_s, u"vapi-secret-0123"_s}})
            .status,
        204);
    in = post(u"vapi"_s, u"v"_s, fixture(u"vapi-status-update.json"_s),
              {{"x-vapi-secret", "vapi-secret-0123"}});
    QCOMPARE(in.status, 200);
    QVERIFY(timeline(u"vapi-call-7f3a"_s, u"source"_s).contains(u"platform:v"_s));
    QVERIFY(m_h->request("GET", u"/v1/platforms/v"_s)
                .json.value(u"secret_fingerprint"_s)
                .toString()
                .startsWith(u"sha256:"_s));
    QCOMPARE(m_h->request("GET", u"/v1/platforms"_s).json.value(u"platforms"_s).toArray().size(), 2);
    // The log says it all.
    const ApiResponse log = m_h->request("GET", u"/v1/inbound?source=platform:v"_s);
    QCOMPARE(log.json.value(u"inbound"_s).toArray().size(), 2);

    // Refused: unknown platform, unknown fields, bad auth settings, a short secret.
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/x"_s, QJsonObject{{u"platform"_s, u"acme"_s}}).status, 422);
    r = m_h->request("PUT", u"/v1/platforms/x"_s,
                     QJsonObject{{u"platform"_s, u"vapi"_s}, {u"tolerence_s"_s, 5}});
    QCOMPARE(r.status, 422);
    QVERIFY(r.errorMessage().contains(u"tolerence_s"_s));
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/x"_s, QJsonObject{{u"platform"_s, u"livekit"_s}}).status,
             422);
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/x"_s,
                          QJsonObject{
                              {u"platform"_s, u"vapi"_s},
                              {u"auth"_s,
                               QJsonObject{{u"type"_s, u"hmac"_s}, {u"payload_format"_s, u"{timestamp}"_s}}}})
                 .status,
             422);
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/x"_s, QJsonObject{{u"platform"_s, u"twilio"_s}}).status,
             422);
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/v/secret"_s, QJsonObject{{u"secret"_s, u"short"_s}}).status,
             422);
    QCOMPARE(m_h->request("PUT", u"/v1/platforms/nope/secret"_s,
                          QJsonObject{{u"secret"_s, u"long-enough-secret"_s}})
                 .status,
             404);
    QCOMPARE(m_h->request("DELETE", u"/v1/platforms/v"_s).status, 204);
    QCOMPARE(m_h->request("GET", u"/v1/platforms/v"_s).status, 404);
    QCOMPARE(post(u"vapi"_s, u"v"_s, "{}", {}).status, 404);
    // /v1/platforms needs the token; /platforms does not (its own scheme authenticates).
    QCOMPARE(m_h->requestRaw("GET", u"/v1/platforms"_s, {}, {}, false).status, 401);
}

QTEST_GUILESS_MAIN(tst_Platforms)
#include "tst_platforms.moc"
