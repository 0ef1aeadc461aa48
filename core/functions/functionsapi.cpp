// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionsapi.h"

#include "api/jsonbody.h"
#include "delivery/deliverywaiter.h"
#include "delivery/engine.h"
#include "functions/functionstore.h"
#include "functions/requesttemplate.h"
#include "inbound/jsonschema.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QJsonValue bodyValue(const QByteArray &body)
{
    if (body.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return QString::fromUtf8(body);
}

} // namespace

FunctionsApi::FunctionsApi() : m_context(std::make_unique<QObject>()) { }

FunctionsApi::~FunctionsApi()
{
    delete m_waiter;
}

DeliveryWaiter *FunctionsApi::waiter(Engine *engine)
{
    if (!m_waiter)
        m_waiter = new DeliveryWaiter(engine);
    return m_waiter;
}

Result<EnqueueRequest> FunctionsApi::prepare(const FunctionDef &f, const QJsonValue &argumentsIn,
                                             const QString &callId)
{
    QJsonValue arguments = argumentsIn;
    if (arguments.isUndefined() || arguments.isNull())
        arguments = QJsonObject();
    if (arguments.isString()) {
        // LLM APIs hand function arguments over as a JSON string.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(arguments.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            return Error::invalid(
                u"arguments: must be a JSON object (or a string holding one); this string is not: %1"_s.arg(
                    error.error != QJsonParseError::NoError ? error.errorString() : u"not an object"_s),
                {QJsonObject{{u"field"_s, u"arguments"_s}, {u"message"_s, u"not a JSON object"_s}}});
        }
        arguments = doc.object();
    }
    if (!arguments.isObject()) {
        return Error::invalid(
            u"arguments: must be a JSON object of the function's parameters"_s,
            {QJsonObject{{u"field"_s, u"arguments"_s}, {u"message"_s, u"must be an object"_s}}});
    }
    const QJsonObject args = arguments.toObject();
    auto schema = JsonSchema::compile(f.parameters);
    if (!schema)
        return Error::invalid(u"the function's parameters schema is invalid: "_s + schema.error().message);
    if (auto st = schema->check(args); !st)
        return st.error();

    EnqueueRequest req;
    req.eventType = u"function."_s + f.name;
    req.endpoints = {f.endpoint};
    req.callId = callId;
    req.request.method = f.method;
    auto path = RequestTemplate::renderText(f.path, args, true);
    if (!path)
        return path.error();
    req.request.path = *path;
    QUrlQuery query;
    for (auto it = f.query.cbegin(); it != f.query.cend(); ++it) {
        auto v = RequestTemplate::renderText(it.value(), args, false);
        if (!v)
            return v.error();
        if (!v->isEmpty())
            query.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(*v)));
    }
    req.request.query = query.toString(QUrl::FullyEncoded);
    for (auto it = f.headers.cbegin(); it != f.headers.cend(); ++it) {
        auto v = RequestTemplate::renderText(it.value(), args, false);
        if (!v)
            return v.error();
        if (v->contains(u'\n') || v->contains(u'\r'))
            return Error::invalid(u"the header %1 would hold a line break"_s.arg(it.key()));
        req.request.headers.insert(it.key(), *v);
    }
    QJsonValue body = args;
    if (f.hasBodyTemplate()) {
        auto rendered = RequestTemplate::render(f.body, args);
        if (!rendered)
            return rendered.error();
        body = *rendered;
    }
    if (body.isObject())
        req.payload = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        req.payload = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else
        req.payload = QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return req;
}

void FunctionsApi::invoke(const ApiContext &context, const FunctionDef &f, const QJsonValue &arguments,
                          const QString &callId, const QString &idempotencyKey, InvokeCallback callback)
{
    auto req = prepare(f, arguments, callId);
    if (!req) {
        const Error &e = req.error();
        return callback(e.code == Error::Code::InvalidArgument ? 422 : 503,
                        QJsonObject{{u"error"_s,
                                     QJsonObject{{u"code"_s, HttpReply::codeName(e.code)},
                                                 {u"message"_s, e.message},
                                                 {u"details"_s, e.details}}}});
    }
    req->idempotencyKey = idempotencyKey;
    const FunctionDef::Mode mode = f.mode;
    const int deadline = f.deadlineMs;
    DeliveryWaiter *w = waiter(context.engine);
    context.engine->enqueue(
        *req, m_context.get(), [w, mode, deadline, callback](const Result<EnqueueResult> &result) {
            if (!result) {
                const Error &e = result.error();
                return callback(HttpReply::httpStatus(e.code),
                                QJsonObject{{u"error"_s,
                                             QJsonObject{{u"code"_s, HttpReply::codeName(e.code)},
                                                         {u"message"_s, e.message},
                                                         {u"details"_s, e.details}}}});
            }
            const QString deliveryId = result->deliveries.value(0).id;
            if (mode == FunctionDef::Mode::Async)
                return callback(202,
                                QJsonObject{{u"ok"_s, QJsonValue::Null},
                                            {u"pending"_s, true},
                                            {u"delivery_id"_s, deliveryId}});
            if (mode == FunctionDef::Mode::Optimistic)
                return callback(
                    200,
                    QJsonObject{{u"ok"_s, true}, {u"optimistic"_s, true}, {u"delivery_id"_s, deliveryId}});
            w->wait({deliveryId}, deadline,
                    [deliveryId, callback](const QHash<QString, AttemptEvent> &outcomes, bool) {
                        const auto it = outcomes.constFind(deliveryId);
                        if (it == outcomes.cend()) {
                            return callback(
                                202,
                                QJsonObject{{u"ok"_s, QJsonValue::Null},
                                            {u"pending"_s, true},
                                            {u"delivery_id"_s, deliveryId},
                                            {u"message"_s,
                                             u"no answer within the deadline; Switchboard keeps trying"_s}});
                        }
                        const AttemptEvent &ev = it.value();
                        QJsonObject answer{{u"delivery_id"_s, deliveryId}};
                        if (ev.statusCode)
                            answer.insert(u"status"_s, ev.statusCode);
                        if (ev.newStatus == DeliveryStatus::Delivered) {
                            answer.insert(u"ok"_s, true);
                            answer.insert(u"result"_s, bodyValue(ev.responseBody));
                            return callback(200, answer);
                        }
                        if (ev.newStatus == DeliveryStatus::Dead) {
                            answer.insert(u"ok"_s, false);
                            answer.insert(u"result"_s, bodyValue(ev.responseBody));
                            answer.insert(
                                u"error"_s,
                                ev.statusCode
                                    ? u"the service refused the request (HTTP %1)"_s.arg(ev.statusCode)
                                    : u"the request failed: %1"_s.arg(toString(ev.error)));
                            return callback(200, answer);
                        }
                        answer.insert(u"ok"_s, QJsonValue::Null);
                        answer.insert(u"pending"_s, true);
                        if (ev.circuitOpen) {
                            // Not attempted: answered at once rather than at the deadline.
                            answer.insert(u"error"_s,
                                          u"the service is failing and its circuit is open; Switchboard "
                                          "sends the request when it recovers"_s);
                            answer.insert(u"circuit"_s,
                                          QJsonObject{{u"state"_s, u"open"_s},
                                                      {u"retry_at"_s, toIsoUtc(ev.nextAttemptAt)}});
                            return callback(202, answer);
                        }
                        answer.insert(
                            u"error"_s,
                            QString((ev.statusCode ? u"HTTP %1"_s.arg(ev.statusCode) : toString(ev.error))
                                    + u"; Switchboard keeps retrying"_s));
                        return callback(202, answer);
                    });
        });
}

const QStringList &FunctionsApi::toolFormats()
{
    static const QStringList list{u"generic"_s, u"vapi"_s, u"retell"_s, u"openai-realtime"_s};
    return list;
}

QJsonObject FunctionsApi::toolFor(const FunctionDef &f, const QString &format, const QString &url)
{
    if (format == u"vapi") {
        // A Vapi function tool: Vapi posts tool-calls to server.url and waits for {"results"}.
        QJsonObject tool = f.toolJson();
        tool.insert(u"server"_s, QJsonObject{{u"url"_s, url}});
        return tool;
    }
    if (format == u"retell") {
        // A Retell custom function: Retell posts {"name", "call", "args"} to url.
        return QJsonObject{{u"type"_s, u"custom"_s},
                           {u"name"_s, f.name},
                           {u"description"_s, f.description},
                           {u"url"_s, url},
                           {u"parameters"_s, f.parameters},
                           {u"speak_during_execution"_s, false},
                           {u"speak_after_execution"_s, true},
                           {u"timeout_ms"_s, f.deadlineMs + 2000}}; // the answer comes by the deadline
    }
    if (format == u"openai-realtime") {
        // The Realtime session's tools: the function itself, flat; the client (or Switchboard's MCP
        // server) runs it.
        return QJsonObject{{u"type"_s, u"function"_s},
                           {u"name"_s, f.name},
                           {u"description"_s, f.description},
                           {u"parameters"_s, f.parameters}};
    }
    return f.toolJson();
}

bool FunctionsApi::handle(const ApiContext &context, const QHttpServerRequest &request,
                          const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    if (path.value(0) != u"v1" || path.value(1) != u"functions")
        return false;
    using M = QHttpServerRequest::Method;
    const M method = request.method();
    FunctionStore store(*context.store);
    if (path.size() == 2) {
        if (method != M::Get) {
            reply->error(405, u"method_not_allowed"_s, u"use GET to list the tools"_s);
            return true;
        }
        auto list = store.list();
        if (!list) {
            reply->error(list.error());
            return true;
        }
        // ?format= gives each tool in a voice platform's own shape, with the Switchboard URL that
        // platform calls (base_url: Switchboard's public base URL; connection: the platform connection).
        const QUrlQuery query(request.url());
        const QString format = query.queryItemValue(u"format"_s);
        if (!format.isEmpty() && !toolFormats().contains(format)) {
            reply->error(Error::invalid(
                u"format: must be one of %1"_s.arg(toolFormats().join(u", "_s)),
                {QJsonObject{{u"field"_s, u"format"_s}, {u"message"_s, u"unknown tool format"_s}}}));
            return true;
        }
        QString base = query.queryItemValue(u"base_url"_s, QUrl::FullyDecoded);
        if (base.isEmpty())
            base = request.url()
                       .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                       .toString();
        while (base.endsWith(u'/'))
            base.chop(1);
        const QString platform = format == u"openai-realtime" ? u"openai"_s : format;
        QString connection = query.queryItemValue(u"connection"_s);
        if (connection.isEmpty())
            connection = platform;
        const QString url = base + u"/platforms/"_s + platform + u'/' + connection;
        QJsonArray tools;
        for (const FunctionDef &f : *list)
            tools.append(toolFor(f, format, url));
        QJsonObject answer{{u"tools"_s, tools}};
        if (!format.isEmpty())
            answer.insert(u"format"_s, format);
        reply->json(200, answer);
        return true;
    }
    const QString name = path.at(2);
    if (path.size() == 3) {
        if (method == M::Put) {
            auto body = parseJsonObject(request);
            if (!body) {
                reply->error(body.error());
                return true;
            }
            auto f = FunctionDef::fromJson(name, *body);
            if (!f) {
                reply->error(f.error());
                return true;
            }
            if (auto schema = JsonSchema::compile(f->parameters); !schema) {
                reply->error(Error::invalid(
                    u"parameters: "_s + schema.error().message,
                    {QJsonObject{{u"field"_s, u"parameters"_s}, {u"message"_s, schema.error().message}}}));
                return true;
            }
            auto created = store.upsert(*f);
            if (!created) {
                reply->error(created.error());
                return true;
            }
            auto saved = store.get(name);
            reply->json(*created ? 201 : 200, saved && saved->has_value() ? (*saved)->toJson() : f->toJson());
            return true;
        }
        if (method == M::Get) {
            auto f = store.get(name);
            if (!f)
                reply->error(f.error());
            else if (!f->has_value())
                reply->error(Error::notFound(u"no function named \"%1\""_s.arg(name)));
            else
                reply->json(200, (*f)->toJson());
            return true;
        }
        if (method == M::Delete) {
            auto removed = store.remove(name);
            if (!removed)
                reply->error(removed.error());
            else if (!*removed)
                reply->error(Error::notFound(u"no function named \"%1\""_s.arg(name)));
            else
                reply->noContent();
            return true;
        }
        reply->error(405, u"method_not_allowed"_s, u"use GET, PUT or DELETE"_s);
        return true;
    }
    if (path.size() == 4 && path.at(3) == u"invoke") {
        if (method != M::Post) {
            reply->error(405, u"method_not_allowed"_s, u"use POST"_s);
            return true;
        }
        auto f = store.get(name);
        if (!f) {
            reply->error(f.error());
            return true;
        }
        if (!f->has_value()) {
            reply->error(Error::notFound(u"no function named \"%1\""_s.arg(name)));
            return true;
        }
        auto body = parseJsonObject(request);
        if (!body) {
            reply->error(body.error());
            return true;
        }
        const QJsonValue callId = body->value(u"call_id"_s);
        if (!callId.isUndefined() && !callId.isNull()
            && (!callId.isString() || callId.toString().size() > 128)) {
            reply->error(Error::invalid(u"call_id: must be a string of at most 128 characters"_s));
            return true;
        }
        QString key = QString::fromUtf8(request.value("Idempotency-Key")).trimmed();
        if (key.isEmpty())
            key = body->value(u"idempotency_key"_s).toString();
        invoke(context, **f, body->value(u"arguments"_s), callId.toString(), key,
               [reply](int status, const QJsonObject &answer) { reply->json(status, answer); });
        return true;
    }
    reply->error(404, u"not_found"_s, u"no route for %1"_s.arg(request.url().path()));
    return true;
}

} // namespace Switchboard
