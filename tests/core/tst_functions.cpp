// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiharness.h"
#include "functions/functiondef.h"
#include "functions/requesttemplate.h"
#include "metrics/deliveryalerts.h"
#include "receiver/testreceiver.h"
#include "store/sqlstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// book_appointment, as a voice agent's LLM would see it.
QJsonObject bookAppointment(const QString &mode, int deadlineMs = 2000)
{
    return QJsonObject{
        {u"description"_s, u"Book an appointment for the caller"_s},
        {u"parameters"_s, obj(R"({"type": "object", "required": ["start", "phone"],
            "properties": {"start": {"type": "string"}, "phone": {"type": "string", "pattern": "^\\+[1-9]\\d{1,14}$"},
                           "seats": {"type": "integer", "minimum": 1}, "clinic": {"type": "string"},
                           "notes": {"type": "object"}}})")},
        {u"endpoint"_s, u"calendar"_s},
        {u"request"_s, obj(R"({"method": "POST", "path": "/clinics/{{clinic}}/appointments",
            "query": {"source": "voice", "clinic": "{{clinic}}"}, "headers": {"X-Caller": "{{phone}}"},
            "body": {"slot": "{{start}}", "phone": "{{phone}}", "seats": "{{seats}}", "notes": "{{notes}}",
                     "label": "Booking for {{phone}}", "fixed": 7}})")},
        {u"mode"_s, mode},
        {u"deadline_ms"_s, deadlineMs},
    };
}

} // namespace

class tst_Functions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void renderText();
    void definitionValidation_data();
    void definitionValidation();

    void toolsExport();
    void toolsExportFormats();
    void syncRoundTrip();
    void argumentsAsJsonString();
    void schemaRejections_data();
    void schemaRejections();
    void downstreamRefuses();
    void deadlinePasses();
    void retryingFailure();
    void asyncAndOptimistic();
    void getMapsNoBody();
    void unknownFunctionAndEndpoint();
    void noBodyTemplateSendsArguments();
    void optimisticFailureRaisesAlert();

private:
    bool startWithCalendar(ApiHarness &h, TestReceiver &receiver);
};

void tst_Functions::render_data()
{
    QTest::addColumn<QByteArray>("tmpl");
    QTest::addColumn<QByteArray>("args");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("number stays a number")
        << QByteArray(R"({"n": "{{n}}"})") << QByteArray(R"({"n": 42})") << QByteArray(R"({"n": 42})");
    QTest::addRow("bool and null keep type")
        << QByteArray(R"({"b": "{{b}}", "z": "{{z}}"})") << QByteArray(R"({"b": false, "z": null})")
        << QByteArray(R"({"b": false, "z": null})");
    QTest::addRow("object and array keep shape")
        << QByteArray(R"({"o": "{{o}}", "a": ["{{a}}"]})") << QByteArray(R"({"o": {"x": [1, 2]}, "a": [3]})")
        << QByteArray(R"({"o": {"x": [1, 2]}, "a": [[3]]})");
    QTest::addRow("nested path") << QByteArray(R"({"p": "{{caller.phone}}"})")
                                 << QByteArray(R"({"caller": {"phone": "+15551234567"}})")
                                 << QByteArray(R"({"p": "+15551234567"})");
    QTest::addRow("text interpolation")
        << QByteArray(R"({"t": "call {{id}} at {{n}}"})") << QByteArray(R"({"id": "c1", "n": 3.5})")
        << QByteArray(R"({"t": "call c1 at 3.5"})");
    QTest::addRow("missing optional removed")
        << QByteArray(R"({"x": "{{x}}", "k": 1})") << QByteArray(R"({})") << QByteArray(R"({"k": 1})");
    QTest::addRow("missing in text is empty")
        << QByteArray(R"({"t": "a{{x}}b"})") << QByteArray(R"({})") << QByteArray(R"({"t": "ab"})");
    QTest::addRow("constants untouched")
        << QByteArray(R"({"c": 7, "s": "plain", "l": [true]})") << QByteArray("{}")
        << QByteArray(R"({"c": 7, "s": "plain", "l": [true]})");
    QTest::addRow("spaces inside braces")
        << QByteArray(R"({"n": "{{ n }}"})") << QByteArray(R"({"n": 1})") << QByteArray(R"({"n": 1})");
}

void tst_Functions::render()
{
    QFETCH(QByteArray, tmpl);
    QFETCH(QByteArray, args);
    QFETCH(QByteArray, expected);
    auto r = RequestTemplate::render(QJsonDocument::fromJson(tmpl).object(),
                                     QJsonDocument::fromJson(args).object());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->toObject(), QJsonDocument::fromJson(expected).object());
}

void tst_Functions::renderText()
{
    const QJsonObject args = obj(R"({"id": "a/b c", "n": 5})");
    QCOMPARE(*RequestTemplate::renderText(u"/x/{{id}}/{{n}}"_s, args, true), u"/x/a%2Fb%20c/5"_s);
    QCOMPARE(*RequestTemplate::renderText(u"{{id}}"_s, args, false), u"a/b c"_s);
    // The output size is bounded.
    const QJsonObject big{{u"s"_s, QString(200 * 1024, u'x')}};
    QVERIFY(!RequestTemplate::renderText(u"{{s}}{{s}}"_s, big, false).ok());
    QVERIFY(!RequestTemplate::render(obj(R"({"a": "{{s}}", "b": "{{s}}"})"), big).ok());
}

void tst_Functions::definitionValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // empty: valid

    const QByteArray good = R"({"description": "d", "endpoint": "cal", "parameters": {"type": "object",
        "properties": {"x": {"type": "string"}}}, "request": {"path": "/a/{{x}}"}})";
    QTest::addRow("valid") << u"book_appointment"_s << good << QString();
    QTest::addRow("bad name") << u"book appointment"_s << good << u"name"_s;
    QTest::addRow("long name") << QString(65, u'a') << good << u"name"_s;
    QTest::addRow("no description") << u"f"_s << QByteArray(R"({"endpoint": "cal"})") << u"description"_s;
    QTest::addRow("no endpoint") << u"f"_s << QByteArray(R"({"description": "d"})") << u"endpoint"_s;
    QTest::addRow("parameters not object schema")
        << u"f"_s
        << QByteArray(R"({"description": "d", "endpoint": "cal", "parameters": {"type": "string"}})")
        << u"parameters"_s;
    QTest::addRow("bad mode") << u"f"_s
                              << QByteArray(R"({"description": "d", "endpoint": "cal", "mode": "later"})")
                              << u"mode"_s;
    QTest::addRow("deadline too long")
        << u"f"_s << QByteArray(R"({"description": "d", "endpoint": "cal", "deadline_ms": 60000})")
        << u"deadline_ms"_s;
    QTest::addRow("undeclared placeholder")
        << u"f"_s
        << QByteArray(R"({"description": "d", "endpoint": "cal", "request": {"body": {"a": "{{nope}}"}}})")
        << u"request"_s;
    QTest::addRow("url in path")
        << u"f"_s
        << QByteArray(R"({"description": "d", "endpoint": "cal", "request": {"path": "https://x/y"}})")
        << u"request.path"_s;
    QTest::addRow("unknown field") << u"f"_s
                                   << QByteArray(R"({"description": "d", "endpoint": "cal", "tpl": 1})")
                                   << u"tpl"_s;
}

void tst_Functions::definitionValidation()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    auto f = FunctionDef::fromJson(name, QJsonDocument::fromJson(json).object());
    if (field.isEmpty()) {
        QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
        return;
    }
    QVERIFY(!f.ok());
    bool named = false;
    for (const QJsonValue &d : f.error().details)
        named = named || d.toObject().value(u"field"_s).toString() == field;
    QVERIFY2(named, qPrintable(f.error().message));
}

bool tst_Functions::startWithCalendar(ApiHarness &h, TestReceiver &receiver)
{
    if (receiver.listen() == 0 || !h.start())
        return false;
    return h.createEndpoint(u"calendar"_s, receiver.url(u"/api"_s));
}

void tst_Functions::toolsExport()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    QCOMPARE(h.request("PUT", u"/v1/functions/book_appointment"_s, bookAppointment(u"sync"_s)).status, 201);
    QCOMPARE(h.request("PUT", u"/v1/functions/book_appointment"_s, bookAppointment(u"async"_s)).status, 200);
    const ApiResponse r = h.request("GET", u"/v1/functions"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray tools = r.json.value(u"tools"_s).toArray();
    QCOMPARE(tools.size(), 1);
    const QJsonObject tool = tools.first().toObject();
    QCOMPARE(tool.value(u"type"_s).toString(), u"function"_s);
    const QJsonObject fn = tool.value(u"function"_s).toObject();
    QCOMPARE(fn.keys(), (QStringList{u"description"_s, u"name"_s, u"parameters"_s}));
    QCOMPARE(fn.value(u"name"_s).toString(), u"book_appointment"_s);
    QCOMPARE(fn.value(u"parameters"_s).toObject(),
             bookAppointment(u"sync"_s).value(u"parameters"_s).toObject());
    const ApiResponse one = h.request("GET", u"/v1/functions/book_appointment"_s);
    QCOMPARE(one.json.value(u"mode"_s).toString(), u"async"_s);
    QCOMPARE(h.request("DELETE", u"/v1/functions/book_appointment"_s).status, 204);
    QCOMPARE(h.request("GET", u"/v1/functions/book_appointment"_s).status, 404);
    // An invalid JSON Schema is refused when saved, not when the model calls.
    QJsonObject bad = bookAppointment(u"sync"_s);
    bad.insert(u"parameters"_s, obj(R"({"type": "object", "properties": {"x": {"type": 12}}})"));
    QCOMPARE(h.request("PUT", u"/v1/functions/bad"_s, bad).status, 422);
}

void tst_Functions::toolsExportFormats()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    QCOMPARE(h.request("PUT", u"/v1/functions/book_appointment"_s, bookAppointment(u"sync"_s)).status, 201);
    const QJsonObject params = bookAppointment(u"sync"_s).value(u"parameters"_s).toObject();
    auto first = [&](const QString &query) {
        const ApiResponse r = h.request("GET", u"/v1/functions"_s + query);
        return r.json.value(u"tools"_s).toArray().first().toObject();
    };
    // Vapi: the chat tool with the server Vapi posts tool-calls to.
    const QJsonObject vapi = first(u"?format=vapi&base_url=https://sb.example.com/&connection=vapi-prod"_s);
    QCOMPARE(vapi.value(u"type"_s).toString(), u"function"_s);
    QCOMPARE(vapi.value(u"function"_s).toObject().value(u"name"_s).toString(), u"book_appointment"_s);
    QCOMPARE(vapi.value(u"server"_s).toObject().value(u"url"_s).toString(),
             u"https://sb.example.com/platforms/vapi/vapi-prod"_s);
    // Retell: a custom function, flat, with its url; the connection defaults to the platform's name.
    const QJsonObject retell = first(u"?format=retell&base_url=https://sb.example.com"_s);
    QCOMPARE(retell.value(u"type"_s).toString(), u"custom"_s);
    QCOMPARE(retell.value(u"name"_s).toString(), u"book_appointment"_s);
    QCOMPARE(retell.value(u"url"_s).toString(), u"https://sb.example.com/platforms/retell/retell"_s);
    QCOMPARE(retell.value(u"parameters"_s).toObject(), params);
    QVERIFY(retell.value(u"timeout_ms"_s).toInt() > 2000);
    // OpenAI Realtime: the session's flat function tool.
    const QJsonObject realtime = first(u"?format=openai-realtime"_s);
    QCOMPARE(realtime.keys(), (QStringList{u"description"_s, u"name"_s, u"parameters"_s, u"type"_s}));
    QCOMPARE(realtime.value(u"parameters"_s).toObject(), params);
    // generic is the default shape; an unknown format is refused.
    QCOMPARE(first(u"?format=generic"_s), first(QString()));
    QCOMPARE(h.request("GET", u"/v1/functions?format=bland"_s).status, 422);
}

void tst_Functions::syncRoundTrip()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    receiver.setDefaultBehaviour(
        ReceiverBehaviour::withStatus(201, R"({"id":"apt_77","slot":"2026-12-01T10:00"})"));
    QCOMPARE(h.request("PUT", u"/v1/functions/book_appointment"_s, bookAppointment(u"sync"_s)).status, 201);

    const QJsonObject args = obj(R"({"start": "2026-12-01T10:00", "phone": "+15551234567", "seats": 2,
                                     "clinic": "north side", "notes": {"vip": true}})");
    const ApiResponse r = h.request("POST", u"/v1/functions/book_appointment/invoke"_s,
                                    QJsonObject{{u"arguments"_s, args}, {u"call_id"_s, u"call_4827"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"ok"_s).toBool(), true);
    QCOMPARE(r.json.value(u"status"_s).toInt(), 201);
    QCOMPARE(r.json.value(u"result"_s).toObject().value(u"id"_s).toString(), u"apt_77"_s);
    QVERIFY(r.json.value(u"delivery_id"_s).toString().startsWith(u"dlv_"_s));

    // The exact request the receiver saw.
    QCOMPARE(receiver.count(), 1);
    const ReceivedRequest seen = receiver.requests().first();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.path, u"/api/clinics/north side/appointments"_s); // the receiver shows the decoded path
    QCOMPARE(seen.query.queryItemValue(u"source"_s), u"voice"_s);
    QCOMPARE(seen.query.queryItemValue(u"clinic"_s, QUrl::FullyDecoded), u"north side"_s);
    QCOMPARE(seen.header("X-Caller"), QByteArray("+15551234567"));
    QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(seen.body).object();
    QCOMPARE(body,
             obj(R"({"slot": "2026-12-01T10:00", "phone": "+15551234567", "seats": 2, "notes": {"vip": true},
                          "label": "Booking for +15551234567", "fixed": 7})"));

    // The call's timeline shows the invocation.
    const ApiResponse message = h.request("GET", u"/v1/deliveries?call_id=call_4827"_s);
    QCOMPARE(
        message.json.value(u"deliveries"_s).toArray().first().toObject().value(u"event_type"_s).toString(),
        u"function.book_appointment"_s);
}

void tst_Functions::argumentsAsJsonString()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    QCOMPARE(h.request("PUT", u"/v1/functions/book_appointment"_s, bookAppointment(u"sync"_s)).status, 201);
    const ApiResponse r = h.request(
        "POST", u"/v1/functions/book_appointment/invoke"_s,
        QJsonObject{{u"arguments"_s, u"{\"start\": \"tomorrow 9am\", \"phone\": \"+442071234567\"}"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"ok"_s).toBool(), true);
    const QJsonObject body = QJsonDocument::fromJson(receiver.requests().first().body).object();
    QCOMPARE(body.value(u"slot"_s).toString(), u"tomorrow 9am"_s);
    QVERIFY(!body.contains(u"seats"_s)); // optional and absent: left out, not null

    const ApiResponse broken = h.request("POST", u"/v1/functions/book_appointment/invoke"_s,
                                         QJsonObject{{u"arguments"_s, u"{\"start\": "_s}});
    QCOMPARE(broken.status, 422);
    QVERIFY2(broken.errorMessage().contains(u"arguments"_s), broken.body.constData());
}

void tst_Functions::schemaRejections_data()
{
    QTest::addColumn<QByteArray>("args");
    QTest::addColumn<QString>("expected"); // part of the message an LLM can act on

    QTest::addRow("pattern") << QByteArray(R"({"start": "x", "phone": "555-1234"})") << u"phone"_s;
    QTest::addRow("required") << QByteArray(R"({"phone": "+15551234567"})") << u"start"_s;
    QTest::addRow("type") << QByteArray(R"({"start": "x", "phone": "+15551234567", "seats": "two"})")
                          << u"seats"_s;
    QTest::addRow("minimum") << QByteArray(R"({"start": "x", "phone": "+15551234567", "seats": 0})")
                             << u"seats"_s;
    QTest::addRow("not an object") << QByteArray(R"([1, 2])") << u"arguments"_s;
}

void tst_Functions::schemaRejections()
{
    QFETCH(QByteArray, args);
    QFETCH(QString, expected);
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    QCOMPARE(h.request("PUT", u"/v1/functions/book_appointment"_s, bookAppointment(u"sync"_s)).status, 201);
    const QJsonDocument doc = QJsonDocument::fromJson(args);
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const ApiResponse r
        = h.request("POST", u"/v1/functions/book_appointment/invoke"_s, QJsonObject{{u"arguments"_s, value}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"invalid_argument"_s);
    QVERIFY2(r.errorMessage().contains(expected), r.body.constData());
    QCOMPARE(receiver.count(), 0);
}

void tst_Functions::downstreamRefuses()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    receiver.setDefaultBehaviour(ReceiverBehaviour::withStatus(409, R"({"error":"slot taken"})"));
    QCOMPARE(h.request("PUT", u"/v1/functions/book_appointment"_s, bookAppointment(u"sync"_s)).status, 201);
    const ApiResponse r
        = h.request("POST", u"/v1/functions/book_appointment/invoke"_s,
                    QJsonObject{{u"arguments"_s, obj(R"({"start": "x", "phone": "+15551234567"})")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"ok"_s).toBool(true), false);
    QCOMPARE(r.json.value(u"status"_s).toInt(), 409);
    QCOMPARE(r.json.value(u"result"_s).toObject().value(u"error"_s).toString(), u"slot taken"_s);
    QVERIFY(!r.json.value(u"error"_s).toString().isEmpty());
}

void tst_Functions::deadlinePasses()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    receiver.setDefaultBehaviour(ReceiverBehaviour::delayed(1500, 201));
    QCOMPARE(h.request("PUT", u"/v1/functions/book_appointment"_s, bookAppointment(u"sync"_s, 200)).status,
             201);
    const ApiResponse r
        = h.request("POST", u"/v1/functions/book_appointment/invoke"_s,
                    QJsonObject{{u"arguments"_s, obj(R"({"start": "x", "phone": "+15551234567"})")}});
    QCOMPARE(r.status, 202);
    QVERIFY(r.json.value(u"ok"_s).isNull());
    QCOMPARE(r.json.value(u"pending"_s).toBool(), true);
    const QString id = r.json.value(u"delivery_id"_s).toString();
    QVERIFY(id.startsWith(u"dlv_"_s));
    // The call stays durable and is delivered later.
    QTRY_COMPARE_WITH_TIMEOUT(h.request("GET", u"/v1/deliveries/"_s + id).json.value(u"status"_s).toString(),
                              u"delivered"_s, 15000);
}

void tst_Functions::retryingFailure()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    receiver.script(u"/api/clinics/a/appointments"_s, {ReceiverBehaviour::withStatus(503)});
    QCOMPARE(h.request("PUT", u"/v1/functions/book_appointment"_s, bookAppointment(u"sync"_s)).status, 201);
    const ApiResponse r = h.request(
        "POST", u"/v1/functions/book_appointment/invoke"_s,
        QJsonObject{{u"arguments"_s, obj(R"({"start": "x", "phone": "+15551234567", "clinic": "a"})")}});
    QCOMPARE(r.status, 202);
    QCOMPARE(r.json.value(u"pending"_s).toBool(), true);
    QCOMPARE(r.json.value(u"status"_s).toInt(), 503);
    QVERIFY(r.json.value(u"error"_s).toString().contains(u"retrying"_s));
}

void tst_Functions::asyncAndOptimistic()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    receiver.setDefaultBehaviour(ReceiverBehaviour::delayed(300, 201));
    QCOMPARE(h.request("PUT", u"/v1/functions/log_call"_s, bookAppointment(u"async"_s)).status, 201);
    QCOMPARE(h.request("PUT", u"/v1/functions/send_sms"_s, bookAppointment(u"optimistic"_s)).status, 201);
    const QJsonObject args{{u"arguments"_s, obj(R"({"start": "x", "phone": "+15551234567"})")}};
    const ApiResponse a = h.request("POST", u"/v1/functions/log_call/invoke"_s, args);
    QCOMPARE(a.status, 202);
    QCOMPARE(a.json.value(u"pending"_s).toBool(), true);
    const ApiResponse o = h.request("POST", u"/v1/functions/send_sms/invoke"_s, args);
    QCOMPARE(o.status, 200);
    QCOMPARE(o.json.value(u"ok"_s).toBool(), true);
    QCOMPARE(o.json.value(u"optimistic"_s).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(), 2, 15000);
}

void tst_Functions::getMapsNoBody()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    const QJsonObject def{
        {u"description"_s, u"Look up free slots"_s},
        {u"parameters"_s, obj(R"({"type": "object", "properties": {"day": {"type": "string"}}})")},
        {u"endpoint"_s, u"calendar"_s},
        {u"request"_s, obj(R"({"method": "GET", "path": "/slots", "query": {"day": "{{day}}"}})")}};
    QCOMPARE(h.request("PUT", u"/v1/functions/free_slots"_s, def).status, 201);
    const ApiResponse r = h.request("POST", u"/v1/functions/free_slots/invoke"_s,
                                    QJsonObject{{u"arguments"_s, obj(R"({"day": "2026-12-01"})")}});
    QCOMPARE(r.status, 200);
    const ReceivedRequest seen = receiver.requests().first();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.path, u"/api/slots"_s);
    QCOMPARE(seen.query.queryItemValue(u"day"_s), u"2026-12-01"_s);
    QVERIFY(seen.body.isEmpty());
}

void tst_Functions::unknownFunctionAndEndpoint()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    QCOMPARE(h.request("POST", u"/v1/functions/nope/invoke"_s, QJsonObject{{u"arguments"_s, QJsonObject()}})
                 .status,
             404);
    QJsonObject def = bookAppointment(u"sync"_s);
    def.insert(u"endpoint"_s, u"missing"_s);
    QCOMPARE(h.request("PUT", u"/v1/functions/orphan"_s, def).status, 201);
    const ApiResponse r
        = h.request("POST", u"/v1/functions/orphan/invoke"_s,
                    QJsonObject{{u"arguments"_s, obj(R"({"start": "x", "phone": "+15551234567"})")}});
    QCOMPARE(r.status, 422);
    QVERIFY2(r.errorMessage().contains(u"missing"_s), r.body.constData());
}

void tst_Functions::noBodyTemplateSendsArguments()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    const QJsonObject def{
        {u"description"_s, u"Log a note"_s},
        {u"parameters"_s, obj(R"({"type": "object", "properties": {"note": {"type": "string"}}})")},
        {u"endpoint"_s, u"calendar"_s}};
    QCOMPARE(h.request("PUT", u"/v1/functions/log_note"_s, def).status, 201);
    QVERIFY(!h.request("GET", u"/v1/functions/log_note"_s)
                 .json.value(u"request"_s)
                 .toObject()
                 .contains(u"body"_s));
    QCOMPARE(h.request("POST", u"/v1/functions/log_note/invoke"_s,
                       QJsonObject{{u"arguments"_s, obj(R"({"note": "call back at 5", "n": 3})")}})
                 .status,
             200);
    QCOMPARE(QJsonDocument::fromJson(receiver.requests().first().body).object(),
             obj(R"({"note": "call back at 5", "n": 3})"));
}

void tst_Functions::optimisticFailureRaisesAlert()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(startWithCalendar(h, receiver));
    receiver.setDefaultBehaviour(ReceiverBehaviour::withStatus(400, R"({"error":"no such clinic"})"));
    QCOMPARE(h.request("PUT", u"/v1/functions/send_sms"_s, bookAppointment(u"optimistic"_s)).status, 201);
    const ApiResponse r
        = h.request("POST", u"/v1/functions/send_sms/invoke"_s,
                    QJsonObject{{u"arguments"_s, obj(R"({"start": "x", "phone": "+15551234567"})")},
                                {u"call_id"_s, u"call_42"_s}});
    QCOMPARE(r.status, 200); // the caller was told "done"
    const QString id = r.json.value(u"delivery_id"_s).toString();
    QTRY_COMPARE_WITH_TIMEOUT(h.request("GET", u"/v1/deliveries/"_s + id).json.value(u"status"_s).toString(),
                              u"dead"_s, 10000);

    auto store = SqlStore::open(StoreLocation::sqlite(h.dataPath() + u"/switchboard.db"_s), u"tst-alerts"_s);
    QVERIFY(store.ok());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60);
    auto scan = DeliveryAlerts(**store).scan(start, QDateTime::currentDateTimeUtc());
    QVERIFY(scan.ok());
    QCOMPARE(scan->opened, 1);
    QCOMPARE(DeliveryAlerts(**store).scan(start, QDateTime::currentDateTimeUtc())->opened,
             0); // once per delivery
    const QJsonArray alerts = h.request("GET", u"/v1/alerts"_s).json.value(u"alerts"_s).toArray();
    QCOMPARE(alerts.size(), 1);
    const QJsonObject alert = alerts.first().toObject();
    QCOMPARE(alert.value(u"rule"_s).toString(), DeliveryAlerts::kOptimisticRule);
    QCOMPARE(alert.value(u"state"_s).toString(), u"open"_s);
    QVERIFY(alert.value(u"message"_s).toString().contains(u"call_42"_s));

    // Replayed after the fix and delivered: the alert resolves.
    receiver.setDefaultBehaviour(ReceiverBehaviour::withStatus(200));
    QCOMPARE(h.request("POST", u"/v1/deliveries/"_s + id + u"/replay"_s).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(h.request("GET", u"/v1/deliveries/"_s + id).json.value(u"status"_s).toString(),
                              u"delivered"_s, 10000);
    QCOMPARE(DeliveryAlerts(**store).scan(start, QDateTime::currentDateTimeUtc())->resolved, 1);
    QCOMPARE(h.request("GET", u"/v1/alerts"_s)
                 .json.value(u"alerts"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"state"_s)
                 .toString(),
             u"resolved"_s);
}

QTEST_GUILESS_MAIN(tst_Functions)
#include "tst_functions.moc"
