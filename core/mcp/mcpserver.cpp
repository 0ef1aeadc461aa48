// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpserver.h"

#include "functions/functionsapi.h"
#include "functions/functionstore.h"
#include "util/ids.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

// JSON-RPC 2.0 error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kSessionNotFound = -32001;

constexpr qint64 kSessionIdleS = 3600;
constexpr int kMaxSessions = 10000;

QJsonObject rpcError(const QJsonValue &id, int code, const QString &message)
{
    return QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                       {u"id"_s, id.isUndefined() ? QJsonValue(QJsonValue::Null) : id},
                       {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}

QJsonObject rpcResult(const QJsonValue &id, const QJsonObject &result)
{
    return QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"result"_s, result}};
}

QString compact(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

QJsonObject toolResult(const QString &text, bool isError, const QJsonObject &structured = {})
{
    QJsonObject r{{u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}}}},
                  {u"isError"_s, isError}};
    if (!structured.isEmpty())
        r.insert(u"structuredContent"_s, structured);
    return r;
}

// The function bridge's answer as an MCP tool result: what the model reads in
// the text, the whole answer (ok, status, result, delivery_id) as structured content.
QJsonObject toolResultFor(const QString &tool, int status, const QJsonObject &answer)
{
    if (status == 422) {
        const QJsonObject error = answer.value(u"error"_s).toObject();
        QString text = u"Invalid arguments for tool %1: %2"_s.arg(tool, error.value(u"message"_s).toString());
        QStringList problems;
        for (const QJsonValue &d : error.value(u"details"_s).toArray()) {
            const QJsonObject o = d.toObject();
            if (o.contains(u"field"_s))
                problems.append(o.value(u"field"_s).toString() + u": "_s + o.value(u"message"_s).toString());
        }
        if (problems.size() > 1)
            text += u" (all problems: "_s + problems.join(u"; "_s) + u')';
        text += u". Fix the arguments to match the tool's input schema and call it again."_s;
        return toolResult(text, true);
    }
    if (answer.contains(u"error"_s) && answer.value(u"error"_s).isObject()) {
        // The bridge could not queue the call (store, engine): nothing was sent.
        return toolResult(u"Tool %1 could not be called: %2"_s.arg(
                              tool, answer.value(u"error"_s).toObject().value(u"message"_s).toString()),
                          true);
    }
    const QJsonValue ok = answer.value(u"ok"_s);
    if (ok.isBool() && ok.toBool()) {
        if (answer.value(u"optimistic"_s).toBool()) {
            return toolResult(u"Done: the request is queued and will be delivered (delivery %1)."_s.arg(
                                  answer.value(u"delivery_id"_s).toString()),
                              false, answer);
        }
        return toolResult(compact(answer.value(u"result"_s)), false, answer);
    }
    if (ok.isBool()) {
        QString text = answer.value(u"error"_s).toString();
        if (answer.contains(u"result"_s) && !answer.value(u"result"_s).isNull())
            text += u": "_s + compact(answer.value(u"result"_s));
        return toolResult(text, true, answer);
    }
    // Pending: async mode, or a sync call past its deadline; retries continue.
    QString text = u"Accepted but not finished: the request is queued as delivery %1 and Switchboard keeps "
                   u"trying; the outcome is not known yet."_s.arg(answer.value(u"delivery_id"_s).toString());
    if (answer.value(u"error"_s).isString())
        text += u" Last attempt: "_s + answer.value(u"error"_s).toString() + u'.';
    return toolResult(text, false, answer);
}

} // namespace

const QStringList &McpServer::supportedProtocolVersions()
{
    static const QStringList versions{u"2025-11-25"_s, u"2025-06-18"_s, u"2025-03-26"_s, u"2024-11-05"_s};
    return versions;
}

McpServer::McpServer() : m_functions(std::make_unique<FunctionsApi>()) { }

McpServer::~McpServer() = default;

bool McpServer::handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                       const std::shared_ptr<HttpReply> &reply)
{
    if (path != QStringList{u"mcp"_s})
        return false;
    using M = QHttpServerRequest::Method;
    expireSessions();
    switch (request.method()) {
    case M::Post:
        post(context, request, reply);
        return true;
    case M::Delete: {
        const QString id = QString::fromUtf8(request.value("Mcp-Session-Id")).trimmed();
        if (id.isEmpty()) {
            reply->error(400, u"invalid_argument"_s, u"send the Mcp-Session-Id of the session to end"_s);
        } else if (!m_sessions.remove(id)) {
            reply->error(404, u"not_found"_s, u"no MCP session %1 (it ended or expired)"_s.arg(id));
        } else {
            qCInfo(lcMcp) << "session ended" << id;
            reply->noContent();
        }
        return true;
    }
    default:
        // No server-initiated SSE stream: the spec lets a server answer GET with 405.
        reply->json(405,
                    QJsonObject{{u"error"_s,
                                 QJsonObject{{u"code"_s, u"method_not_allowed"_s},
                                             {u"message"_s,
                                              u"this MCP server answers POST (JSON-RPC, "
                                              u"application/json) and DELETE (end a session); it "
                                              u"opens no SSE stream"_s}}}},
                    {{QByteArrayLiteral("Allow"), QByteArrayLiteral("POST, DELETE")}});
        return true;
    }
}

void McpServer::expireSessions()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->lastSeen.secsTo(now) > kSessionIdleS)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

void McpServer::post(const ApiContext &context, const QHttpServerRequest &request,
                     const std::shared_ptr<HttpReply> &reply)
{
    auto rpcReply = [reply](int status, const QJsonObject &body, const HeaderList &extra = {}) {
        reply->json(status, body, extra);
    };
    const QByteArray type = request.value("Content-Type").split(';').value(0).trimmed().toLower();
    if (!type.isEmpty() && type != "application/json") {
        return rpcReply(415,
                        rpcError(QJsonValue::Null, kInvalidRequest,
                                 u"send JSON-RPC messages as Content-Type: application/json"_s));
    }
    const QString version = QString::fromUtf8(request.value("MCP-Protocol-Version")).trimmed();
    if (!version.isEmpty() && !supportedProtocolVersions().contains(version)) {
        return rpcReply(400,
                        rpcError(QJsonValue::Null, kInvalidRequest,
                                 u"unsupported MCP-Protocol-Version %1; this server speaks %2"_s.arg(
                                     version, supportedProtocolVersions().join(u", "_s))));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull()) {
        return rpcReply(
            400,
            rpcError(QJsonValue::Null, kParseError,
                     u"Parse error: %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset)));
    }
    const bool batch = doc.isArray();
    const QJsonArray messages = batch ? doc.array() : QJsonArray{doc.object()};
    if (messages.isEmpty())
        return rpcReply(400, rpcError(QJsonValue::Null, kInvalidRequest, u"an empty batch"_s));

    bool initialize = false;
    for (const QJsonValue &m : messages) {
        if (m.toObject().value(u"method"_s).toString() == u"initialize")
            initialize = true;
    }
    QString sessionId = QString::fromUtf8(request.value("Mcp-Session-Id")).trimmed();
    if (initialize && messages.size() > 1) {
        return rpcReply(
            400,
            rpcError(QJsonValue::Null, kInvalidRequest, u"initialize must be sent alone, not in a batch"_s));
    }
    if (!initialize) {
        if (sessionId.isEmpty()) {
            return rpcReply(400,
                            rpcError(QJsonValue::Null, kInvalidRequest,
                                     u"Bad Request: send the Mcp-Session-Id header that initialize "
                                     u"returned"_s));
        }
        auto it = m_sessions.find(sessionId);
        if (it == m_sessions.end()) {
            return rpcReply(404,
                            rpcError(QJsonValue::Null, kSessionNotFound,
                                     u"Session not found: it ended or expired; initialize a new one"_s));
        }
        it->lastSeen = QDateTime::currentDateTimeUtc();
    }

    // Collect every request's response, then answer once (a batch as an array).
    struct Pending
    {
        QJsonArray responses;
        int outstanding = 0;
        bool sealed = false;
        QString newSession;
    };
    auto pending = std::make_shared<Pending>();
    auto finishIfDone = [pending, reply, batch]() {
        if (!pending->sealed || pending->outstanding > 0 || reply->answered())
            return;
        if (pending->responses.isEmpty()) // only notifications and responses
            return reply->text(202, QByteArrayLiteral("application/json"), QByteArray());
        HeaderList extra;
        if (!pending->newSession.isEmpty())
            extra.append({QByteArrayLiteral("Mcp-Session-Id"), pending->newSession.toUtf8()});
        if (batch) {
            return reply->text(200, QByteArrayLiteral("application/json"),
                               QJsonDocument(pending->responses).toJson(QJsonDocument::Compact));
        }
        reply->json(200, pending->responses.first().toObject(), extra);
    };
    for (const QJsonValue &m : messages) {
        ++pending->outstanding;
        dispatch(
            context, m, sessionId,
            [pending, finishIfDone](const QJsonValue &response) {
                if (!response.isUndefined())
                    pending->responses.append(response);
                --pending->outstanding;
                finishIfDone();
            },
            &pending->newSession);
    }
    pending->sealed = true;
    finishIfDone();
}

void McpServer::dispatch(const ApiContext &context, const QJsonValue &message, const QString &sessionId,
                         Respond respond, QString *newSessionId)
{
    const QJsonObject m = message.toObject();
    const QJsonValue id = m.value(u"id"_s);
    if (!message.isObject() || m.value(u"jsonrpc"_s).toString() != u"2.0") {
        return respond(rpcError(id.isString() || id.isDouble() ? id : QJsonValue(QJsonValue::Null),
                                kInvalidRequest, u"Invalid Request: not a JSON-RPC 2.0 message"_s));
    }
    if (!m.contains(u"method"_s))
        return respond(QJsonValue::Undefined); // a client's response to us: we send no requests
    const QString method = m.value(u"method"_s).toString();
    const bool notification = !m.contains(u"id"_s);
    if (notification) {
        if (method == u"notifications/initialized") {
            if (auto it = m_sessions.find(sessionId); it != m_sessions.end())
                it->initialized = true;
        }
        return respond(QJsonValue::Undefined);
    }
    if (!id.isString() && !id.isDouble())
        return respond(
            rpcError(QJsonValue::Null, kInvalidRequest, u"Invalid Request: id must be a string or number"_s));
    const QJsonObject params = m.value(u"params"_s).toObject();

    if (method == u"initialize") {
        const QString requested = params.value(u"protocolVersion"_s).toString();
        if (requested.isEmpty())
            return respond(rpcError(id, kInvalidParams, u"initialize: params.protocolVersion is required"_s));
        // The client's version if this server speaks it, else the newest it does.
        const QString version = supportedProtocolVersions().contains(requested)
            ? requested
            : supportedProtocolVersions().first();
        if (m_sessions.size() >= kMaxSessions) {
            auto oldest = m_sessions.begin();
            for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
                if (it->lastSeen < oldest->lastSeen)
                    oldest = it;
            }
            m_sessions.erase(oldest);
        }
        const QString session = newId(u"mcs_") + newId(u"");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_sessions.insert(session, Session{version, now, now, false});
        *newSessionId = session;
        const QString client = params.value(u"clientInfo"_s).toObject().value(u"name"_s).toString();
        qCInfo(lcMcp) << "session" << session << "for" << client << "protocol" << version;
        QString appVersion = QCoreApplication::applicationVersion();
        if (appVersion.isEmpty())
            appVersion = u"1.0"_s;
        return respond(rpcResult(
            id,
            QJsonObject{
                {u"protocolVersion"_s, version},
                {u"capabilities"_s, QJsonObject{{u"tools"_s, QJsonObject{{u"listChanged"_s, false}}}}},
                {u"serverInfo"_s,
                 QJsonObject{{u"name"_s, u"switchboard"_s},
                             {u"title"_s, u"Switchboard"_s},
                             {u"version"_s, appVersion}}},
                {u"instructions"_s,
                 u"Each tool is a Switchboard function: its arguments are checked against the "
                 u"input schema, and the call is queued durably and delivered to the service "
                 u"behind it. A result with isError true says what to fix."_s}}));
    }
    if (method == u"ping")
        return respond(rpcResult(id, QJsonObject()));
    if (method == u"tools/list") {
        FunctionStore store(*context.store);
        auto list = store.list();
        if (!list)
            return respond(rpcError(id, kInternalError, list.error().message));
        QJsonArray tools;
        for (const FunctionDef &f : *list) {
            QJsonObject tool{{u"name"_s, f.name}, {u"inputSchema"_s, f.parameters}};
            if (!f.description.isEmpty())
                tool.insert(u"description"_s, f.description);
            tools.append(tool);
        }
        return respond(rpcResult(id, QJsonObject{{u"tools"_s, tools}}));
    }
    if (method == u"tools/call")
        return callTool(context, id, params, respond);
    respond(rpcError(id, kMethodNotFound, u"Method not found: %1"_s.arg(method)));
}

void McpServer::callTool(const ApiContext &context, const QJsonValue &id, const QJsonObject &params,
                         Respond respond)
{
    const QString name = params.value(u"name"_s).toString();
    if (name.isEmpty())
        return respond(rpcError(id, kInvalidParams, u"tools/call: params.name is required"_s));
    FunctionStore store(*context.store);
    auto f = store.get(name);
    if (!f)
        return respond(rpcError(id, kInternalError, f.error().message));
    if (!f->has_value())
        return respond(rpcError(id, kInvalidParams, u"Unknown tool: %1"_s.arg(name)));
    const QJsonValue arguments = params.value(u"arguments"_s);
    if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isObject()) {
        return respond(rpcResult(
            id, toolResult(u"Invalid arguments for tool %1: arguments must be an object"_s.arg(name), true)));
    }
    // The voice call this tool call belongs to, for GET /v1/calls/{call_id}.
    const QJsonObject meta = params.value(u"_meta"_s).toObject();
    QString callId = meta.value(u"call_id"_s).toString();
    if (callId.size() > 128)
        callId.clear();
    const QString key = meta.value(u"idempotency_key"_s).toString().left(255);
    m_functions->invoke(context, **f, arguments, callId, key,
                        [id, name, respond](int status, const QJsonObject &answer) {
                            qCDebug(lcMcp) << "tools/call" << name << status;
                            respond(rpcResult(id, toolResultFor(name, status, answer)));
                        });
}

} // namespace Switchboard
