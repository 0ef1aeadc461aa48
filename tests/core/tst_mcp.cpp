// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../platforms/nodescript.h"
#include "apiharness.h"
#include "mcp/mcpserver.h"
#include "receiver/testreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;

// The MCP server at /mcp: a session driven by the official TypeScript MCP
// client, and the transport's rules checked by hand (bearer token, session
// header, JSON-RPC errors, 405 for GET).
class tst_Mcp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void officialClientSession();
    void transportRules();
    void versionNegotiationAndBatch();

private:
    QString initialize(const QString &version = u"2025-06-18"_s);
    ApiResponse rpc(const QJsonValue &message, const QString &session);

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<TestReceiver> m_receiver;
};

void tst_Mcp::init()
{
    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen() != 0);
    m_h = std::make_unique<ApiHarness>();
    QVERIFY(m_h->start());
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
                     {u"additionalProperties"_s, false},
                     {u"properties"_s,
                      QJsonObject{{u"start"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                  {u"phone"_s,
                                   QJsonObject{{u"type"_s, u"string"_s},
                                               {u"pattern"_s, u"^\\+[1-9][0-9]{6,14}$"_s}}}}}}},
        {u"request"_s,
         QJsonObject{{u"body"_s, QJsonObject{{u"start"_s, u"{{start}}"_s}, {u"phone"_s, u"{{phone}}"_s}}}}},
        {u"mode"_s, u"sync"_s},
        {u"deadline_ms"_s, 5000}};
    QCOMPARE(m_h->request("PUT", u"/v1/functions/book_appointment"_s, fn).status, 201);
}

void tst_Mcp::cleanup()
{
    m_h.reset();
    m_receiver.reset();
}

QString tst_Mcp::initialize(const QString &version)
{
    const QJsonObject init{
        {u"jsonrpc"_s, u"2.0"_s},
        {u"id"_s, 1},
        {u"method"_s, u"initialize"_s},
        {u"params"_s,
         QJsonObject{{u"protocolVersion"_s, version},
                     {u"capabilities"_s, QJsonObject()},
                     {u"clientInfo"_s, QJsonObject{{u"name"_s, u"t"_s}, {u"version"_s, u"1"_s}}}}}};
    const ApiResponse r = m_h->requestRaw(
        "POST", u"/mcp"_s, QJsonDocument(init).toJson(),
        {{"Content-Type", "application/json"}, {"Accept", "application/json, text/event-stream"}});
    if (r.status != 200)
        return {};
    return QString::fromUtf8(r.header("Mcp-Session-Id"));
}

ApiResponse tst_Mcp::rpc(const QJsonValue &message, const QString &session)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!session.isEmpty())
        headers.append({"Mcp-Session-Id", session.toUtf8()});
    const QByteArray body = message.isArray() ? QJsonDocument(message.toArray()).toJson()
                                              : QJsonDocument(message.toObject()).toJson();
    return m_h->requestRaw("POST", u"/mcp"_s, body, headers);
}

void tst_Mcp::officialClientSession()
{
    const NodeScript run
        = NodeScript::run(u"mcp_client.mjs"_s,
                          {m_h->baseUrl(), QString::fromLatin1(ApiHarness::kToken), u"book_appointment"_s,
                           uR"({"start":"2026-12-01T09:00:00Z","phone":"+14155550123"})"_s,
                           uR"({"start":42,"phone":"5550123"})"_s});
    QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + "\n" + run.err).constData());
    const QJsonObject out = run.json;
    QVERIFY(out.value(u"sessionId"_s).toString().startsWith(u"mcs_"_s));
    QCOMPARE(out.value(u"protocolVersion"_s).toString(), u"2025-11-25"_s);
    QCOMPARE(out.value(u"serverInfo"_s).toObject().value(u"name"_s).toString(), u"switchboard"_s);
    QVERIFY(out.value(u"capabilities"_s).toObject().contains(u"tools"_s));
    QVERIFY(out.value(u"ping"_s).toBool());

    // tools/list: the function as a tool, its JSON Schema as the input schema.
    const QJsonArray tools = out.value(u"tools"_s).toArray();
    QCOMPARE(tools.size(), 1);
    const QJsonObject tool = tools.first().toObject();
    QCOMPARE(tool.value(u"name"_s).toString(), u"book_appointment"_s);
    QCOMPARE(tool.value(u"description"_s).toString(), u"Book an appointment"_s);
    QCOMPARE(tool.value(u"inputSchema"_s).toObject().value(u"required"_s).toArray(),
             (QJsonArray{u"start"_s, u"phone"_s}));

    // A good call went through the durable bridge and came back as MCP content.
    const QJsonObject good = out.value(u"good"_s).toObject();
    QCOMPARE(good.value(u"isError"_s).toBool(true), false);
    const QJsonObject text = good.value(u"content"_s).toArray().first().toObject();
    QCOMPARE(text.value(u"type"_s).toString(), u"text"_s);
    QCOMPARE(QJsonDocument::fromJson(text.value(u"text"_s).toString().toUtf8()).object(),
             (QJsonObject{{u"booked"_s, true}, {u"confirmation"_s, u"AB12"_s}}));
    const QJsonObject structured = good.value(u"structuredContent"_s).toObject();
    QCOMPARE(structured.value(u"ok"_s).toBool(), true);
    QCOMPARE(structured.value(u"status"_s).toInt(), 201);
    QVERIFY(structured.value(u"delivery_id"_s).toString().startsWith(u"dlv_"_s));
    QCOMPARE(m_receiver->count(u"/appointments"_s), 1);
    const QByteArray sentBody = m_receiver->requests(u"/appointments"_s).first().body;
    const QJsonObject sent = QJsonDocument::fromJson(sentBody).object();
    QVERIFY2(!sent.isEmpty(), sentBody.constData());
    QCOMPARE(sent.value(u"phone"_s).toString(), u"+14155550123"_s);

    // Bad arguments: a tool result with isError the model can act on, naming every field.
    const QJsonObject bad = out.value(u"bad"_s).toObject();
    QCOMPARE(bad.value(u"isError"_s).toBool(), true);
    const QString message = bad.value(u"content"_s).toArray().first().toObject().value(u"text"_s).toString();
    QVERIFY2(message.contains(u"Invalid arguments for tool book_appointment"_s), qPrintable(message));
    QVERIFY2(message.contains(u"start"_s) && message.contains(u"phone"_s), qPrintable(message));
    QCOMPARE(m_receiver->count(u"/appointments"_s), 1); // nothing was sent for it

    // An unknown tool is a JSON-RPC error (invalid params).
    QCOMPARE(out.value(u"unknown"_s).toObject().value(u"code"_s).toInt(), -32602);
    QVERIFY(out.value(u"terminated"_s).toBool());

    // The call id in _meta put the tool call on the call's timeline.
    const ApiResponse call = m_h->request("GET", u"/v1/calls/mcp_call_1"_s);
    QCOMPARE(call.status, 200);
    QStringList types;
    for (const QJsonValue &e : call.json.value(u"events"_s).toArray())
        types.append(e.toObject().value(u"type"_s).toString());
    QVERIFY2(types.contains(u"function_call"_s), qPrintable(types.join(u',')));
}

void tst_Mcp::transportRules()
{
    // The bearer token is required, like every route but /healthz, /in and /platforms.
    const ApiResponse noToken
        = m_h->requestRaw("POST", u"/mcp"_s, R"({"jsonrpc":"2.0","id":1,"method":"ping"})",
                          {{"Content-Type", "application/json"}}, false);
    QCOMPARE(noToken.status, 401);

    // No SSE stream on GET.
    const ApiResponse get = m_h->request("GET", u"/mcp"_s);
    QCOMPARE(get.status, 405);
    QCOMPARE(get.header("Allow"), QByteArray("POST, DELETE"));

    // Requests other than initialize need the session.
    const QJsonObject ping{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, u"p1"_s}, {u"method"_s, u"ping"_s}};
    QCOMPARE(rpc(ping, {}).status, 400);
    const ApiResponse unknown = rpc(ping, u"mcs_nope"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json.value(u"error"_s).toObject().value(u"code"_s).toInt(), -32001);

    const QString session = initialize();
    QVERIFY(session.startsWith(u"mcs_"_s));
    const ApiResponse pong = rpc(ping, session);
    QCOMPARE(pong.status, 200);
    QCOMPARE(pong.json.value(u"id"_s).toString(), u"p1"_s);
    QCOMPARE(pong.json.value(u"result"_s).toObject(), QJsonObject());

    // A notification is accepted with 202 and no body.
    const ApiResponse note
        = rpc(QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/initialized"_s}}, session);
    QCOMPARE(note.status, 202);
    QVERIFY(note.body.isEmpty());

    // JSON-RPC errors: parse error, unknown method, invalid request.
    const ApiResponse garbage
        = m_h->requestRaw("POST", u"/mcp"_s, "{nope",
                          {{"Content-Type", "application/json"}, {"Mcp-Session-Id", session.toUtf8()}});
    QCOMPARE(garbage.status, 400);
    QCOMPARE(garbage.json.value(u"error"_s).toObject().value(u"code"_s).toInt(), -32700);
    const ApiResponse nomethod = rpc(
        QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, 7}, {u"method"_s, u"resources/list"_s}}, session);
    QCOMPARE(nomethod.status, 200);
    QCOMPARE(nomethod.json.value(u"error"_s).toObject().value(u"code"_s).toInt(), -32601);
    QCOMPARE(nomethod.json.value(u"id"_s).toInt(), 7);
    const ApiResponse notrpc = rpc(QJsonObject{{u"id"_s, 8}, {u"method"_s, u"ping"_s}}, session);
    QCOMPARE(notrpc.json.value(u"error"_s).toObject().value(u"code"_s).toInt(), -32600);

    // Arguments against the schema, by hand: isError with every problem.
    const ApiResponse call
        = rpc(QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                          {u"id"_s, 9},
                          {u"method"_s, u"tools/call"_s},
                          {u"params"_s,
                           QJsonObject{{u"name"_s, u"book_appointment"_s},
                                       {u"arguments"_s, QJsonObject{{u"start"_s, u"x"_s}}}}}},
              session);
    QCOMPARE(call.status, 200);
    const QJsonObject result = call.json.value(u"result"_s).toObject();
    QCOMPARE(result.value(u"isError"_s).toBool(), true);
    QVERIFY(result.value(u"content"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"text"_s)
                .toString()
                .contains(u"phone"_s));

    // An unsupported protocol version header is refused.
    const ApiResponse version = m_h->requestRaw("POST", u"/mcp"_s, QJsonDocument(ping).toJson(),
                                                {{"Content-Type", "application/json"},
                                                 {"Mcp-Session-Id", session.toUtf8()},
                                                 {"MCP-Protocol-Version", "1999-01-01"}});
    QCOMPARE(version.status, 400);

    // DELETE ends the session; it is unknown afterwards.
    QCOMPARE(m_h->requestRaw("DELETE", u"/mcp"_s, {}, {{"Mcp-Session-Id", session.toUtf8()}}).status, 204);
    QCOMPARE(rpc(ping, session).status, 404);
}

void tst_Mcp::versionNegotiationAndBatch()
{
    // A version this server speaks is echoed; an unknown one gets the newest.
    QVERIFY(!initialize(u"2024-11-05"_s).isEmpty());
    const QJsonObject init{
        {u"jsonrpc"_s, u"2.0"_s},
        {u"id"_s, 1},
        {u"method"_s, u"initialize"_s},
        {u"params"_s,
         QJsonObject{{u"protocolVersion"_s, u"2024-11-05"_s}, {u"capabilities"_s, QJsonObject()}}}};
    ApiResponse r = rpc(init, {});
    QCOMPARE(r.json.value(u"result"_s).toObject().value(u"protocolVersion"_s).toString(), u"2024-11-05"_s);
    QJsonObject future = init;
    future.insert(u"params"_s,
                  QJsonObject{{u"protocolVersion"_s, u"2099-01-01"_s}, {u"capabilities"_s, QJsonObject()}});
    r = rpc(future, {});
    QCOMPARE(r.json.value(u"result"_s).toObject().value(u"protocolVersion"_s).toString(),
             McpServer::supportedProtocolVersions().first());
    const QString session = QString::fromUtf8(r.header("Mcp-Session-Id"));

    // A batch (2025-03-26) gets an array of the requests' responses.
    const QJsonArray batch{
        QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, 1}, {u"method"_s, u"ping"_s}},
        QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/initialized"_s}},
        QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, 2}, {u"method"_s, u"tools/list"_s}}};
    r = rpc(batch, session);
    QCOMPARE(r.status, 200);
    const QJsonArray answers = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(answers.size(), 2);
    QSet<int> ids;
    for (const QJsonValue &a : answers)
        ids.insert(a.toObject().value(u"id"_s).toInt());
    QCOMPARE(ids, (QSet<int>{1, 2}));
}

QTEST_GUILESS_MAIN(tst_Mcp)
#include "tst_mcp.moc"
