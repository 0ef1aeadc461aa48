// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/routemodule.h"
#include "functions/functiondef.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace Switchboard {

class DeliveryWaiter;
class Engine;

// The LLM function-calling bridge: /v1/functions (definitions and the tool
// list LLM APIs take) and /v1/functions/{name}/invoke, which validates the
// model's arguments against the function's JSON Schema, renders the request
// template, queues the request durably through the engine and answers the
// model in the function's mode. Lives in the API thread.
class FunctionsApi final : public RouteModule
{
public:
    FunctionsApi();
    ~FunctionsApi() override;

    bool handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                const std::shared_ptr<HttpReply> &reply) override;

    // What a call of function with these arguments becomes, or why it cannot be
    // made (422 for arguments that do not match the schema, with messages an LLM
    // can act on). Public for the MCP server and the console's "try it" panel.
    static Result<EnqueueRequest> prepare(const FunctionDef &function, const QJsonValue &arguments,
                                          const QString &callId);

    // GET /v1/functions?format=: generic (the default, OpenAI's chat tools), vapi, retell,
    // openai-realtime. toolFor gives one function in that shape; url is the Switchboard address the
    // platform calls (Vapi's server.url, Retell's url).
    static const QStringList &toolFormats();
    static QJsonObject toolFor(const FunctionDef &function, const QString &format, const QString &url);

    // Invokes and calls back with (HTTP status, the answer for the model).
    using InvokeCallback = std::function<void(int status, const QJsonObject &answer)>;
    void invoke(const ApiContext &context, const FunctionDef &function, const QJsonValue &arguments,
                const QString &callId, const QString &idempotencyKey, InvokeCallback callback);

private:
    DeliveryWaiter *waiter(Engine *engine);

    std::unique_ptr<QObject> m_context; // callbacks' context in the API thread
    DeliveryWaiter *m_waiter = nullptr;
};

} // namespace Switchboard
