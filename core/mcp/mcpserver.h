// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/routemodule.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <memory>

namespace Switchboard {

class FunctionsApi;

// An MCP server (Model Context Protocol, Streamable HTTP transport) at /mcp:
// Switchboard's functions are its tools, so agents built on LiveKit Agents,
// Pipecat or OpenAI's remote MCP tools call the same validated, durable,
// observable bridge as POST /v1/functions/{name}/invoke. JSON-RPC 2.0 over POST,
// answered with application/json (no SSE stream: GET answers 405), sessions by
// Mcp-Session-Id, behind the API's bearer token (ApiServer checks it before
// non-public modules). Lives in the API thread.
class McpServer final : public RouteModule
{
public:
    // The protocol versions this server speaks, newest first.
    static const QStringList &supportedProtocolVersions();

    McpServer();
    ~McpServer() override;

    bool handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                const std::shared_ptr<HttpReply> &reply) override;

private:
    struct Session
    {
        QString protocolVersion;
        QDateTime createdAt;
        QDateTime lastSeen;
        bool initialized = false;
    };
    // Called with the JSON-RPC response for one request (undefined for a notification).
    using Respond = std::function<void(const QJsonValue &response)>;

    void post(const ApiContext &context, const QHttpServerRequest &request,
              const std::shared_ptr<HttpReply> &reply);
    void dispatch(const ApiContext &context, const QJsonValue &message, const QString &sessionId,
                  Respond respond, QString *newSessionId);
    void callTool(const ApiContext &context, const QJsonValue &id, const QJsonObject &params,
                  Respond respond);
    void expireSessions();

    std::unique_ptr<FunctionsApi> m_functions; // invoke() with its delivery waiter
    QHash<QString, Session> m_sessions;
};

} // namespace Switchboard
