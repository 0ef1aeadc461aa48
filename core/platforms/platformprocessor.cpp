// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformprocessor.h"

#include "api/apiserver.h"
#include "api/routemodule.h"
#include "delivery/engine.h"
#include "delivery/secretring.h"
#include "functions/functionsapi.h"
#include "functions/functionstore.h"
#include "inbound/inboundprocessor.h"
#include "model/endpoint.h"
#include "platforms/platformstore.h"
#include "platforms/platformverifier.h"
#include "secrets/secretstore.h"
#include "util/ids.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kConfigCacheMs = 2000;
constexpr qint64 kSecretCacheMs = 5000;
constexpr qint64 kDedupeWindowS = 7 * 86400;
constexpr int kAnswerMarginMs = 1000; // network and processing, inside the platform's budget
constexpr int kVapiAssistantRequestMs = 7500; // Vapi's fixed wait for assistant-request's answer
constexpr const char kNoAssistantConfigured[]
    = "no assistant configured for assistant-request on this Switchboard connection";

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

QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString scalarText(const std::optional<QJsonValue> &v)
{
    if (!v)
        return {};
    if (v->isString())
        return v->toString();
    if (v->isDouble())
        return QString::number(v->toDouble(), 'g', 17);
    return {};
}

// A platform's type made safe as the tail of an event type.
QString eventTail(const QString &type)
{
    QString out;
    for (const QChar c : type) {
        const bool ok = c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u':' || c == u'/' || c == u'-';
        out += ok && c.unicode() < 128 ? c : u'_';
    }
    return out.isEmpty() ? u"event"_s : out.left(60);
}

bool isCredentialHeader(const QByteArray &name, const PlatformConfig &config)
{
    static const QList<QByteArray> always{"authorization", "proxy-authorization", "cookie", "x-vapi-secret"};
    const QByteArray lower = name.toLower();
    if (always.contains(lower))
        return true;
    if (config.platform == u"vapi" && config.auth.value(u"type"_s).toString() != u"hmac")
        return lower == config.auth.value(u"header"_s).toString().toLatin1().toLower();
    return false;
}

// Headers for the log: credentials as ***, the platforms' signatures masked.
HeaderList maskedHeaders(const HeaderList &headers, const PlatformConfig &config)
{
    HeaderList out;
    const QByteArray vapiSig = config.auth.value(u"signature_header"_s).toString().toLatin1().toLower();
    for (const auto &[name, value] : InboundProcessor::maskedHeaders(headers, QByteArray())) {
        const QByteArray lower = name.toLower();
        if (isCredentialHeader(name, config) || lower == "x-retell-signature"
            || lower == "x-webhook-signature" || lower == "elevenlabs-signature"
            || lower == "x-twilio-signature" || (!vapiSig.isEmpty() && lower == vapiSig))
            out.append({name, QByteArrayLiteral("***")});
        else
            out.append({name, value});
    }
    return out;
}

QString statusVerdictReason(int status, const QString &text)
{
    return u"HTTP %1: %2"_s.arg(status).arg(text);
}

} // namespace

struct PlatformProcessor::Cached
{
    std::optional<PlatformConfig> config;
    QDateTime loadedAt;
};

struct PlatformProcessor::CachedSecrets
{
    QStringList values;
    QDateTime validUntil;
};

PlatformProcessor::PlatformProcessor() : m_functions(std::make_unique<FunctionsApi>()) { }

PlatformProcessor::~PlatformProcessor() = default;

Result<std::optional<PlatformConfig>> PlatformProcessor::config(const ApiContext &context,
                                                                const QString &name)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto cached = m_configs.value(name); cached && cached->loadedAt.msecsTo(now) < kConfigCacheMs)
        return cached->config;
    PlatformStore store(*context.store);
    auto loaded = store.get(name, context.options->maxBodyBytes);
    if (!loaded)
        return loaded;
    m_configs.insert(name, std::make_shared<Cached>(Cached{*loaded, now}));
    return *loaded;
}

void PlatformProcessor::invalidate(const QString &name)
{
    m_configs.remove(name);
    m_secrets.remove(name);
}

Result<QStringList> PlatformProcessor::secrets(const ApiContext &context, const PlatformConfig &config)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto cached = m_secrets.value(config.name); cached && now < cached->validUntil)
        return cached->values;
    SecretRing ring(*context.store, *context.secrets, context.instanceId);
    const QString owner = PlatformConfig::secretOwner(config.name);
    auto values = ring.active(owner, now);
    if (!values)
        return values.error();
    QDateTime validUntil = now.addMSecs(kSecretCacheMs);
    // A rotated-out secret stops verifying when its grace ends, not a cache lifetime later.
    if (auto infos = ring.list(owner)) {
        for (const SecretInfo &info : *infos) {
            if (info.expiresAt.isValid() && info.expiresAt < validUntil)
                validUntil = info.expiresAt;
        }
    }
    m_secrets.insert(config.name, std::make_shared<CachedSecrets>(CachedSecrets{*values, validUntil}));
    return *values;
}

void PlatformProcessor::process(const ApiContext &context, const PlatformConfig &config,
                                const PlatformRequest &request, Callback done)
{
    InboundEvent event;
    event.id = newId(u"evt_");
    event.source = PlatformConfig::logSource(config.name);
    event.receivedAt = request.receivedAt;
    event.peer = request.peer.toString();
    event.client = event.peer;
    event.method = u"POST"_s;
    event.url = request.url;
    event.headers = maskedHeaders(request.headers, config);
    const qint64 bodySize = request.unreadBodySize >= 0 ? request.unreadBodySize : request.body.size();
    event.body = request.body.left(InboundEvent::kMaxLoggedBody);
    event.bodySize = bodySize;
    event.bodyTruncated = bodySize > event.body.size();
    event.detail.insert(u"platform"_s, config.platform);

    auto reject = [&](const QString &verdict, int status, const QString &reason) {
        event.status = verdict;
        event.httpStatus = status;
        event.reason = reason;
        finish(context, config, event, {}, {}, done);
    };

    if (bodySize > config.maxBodyBytes || request.unreadBodySize >= 0) {
        event.detail.insert(u"max_body_bytes"_s, double(config.maxBodyBytes));
        return reject(
            u"too_large"_s, 413,
            tooLargeReason(bodySize, request.unreadChunked, config.maxBodyBytes, u"platform connection"_s));
    }

    // Authentication, over the raw bytes.
    auto secrets = this->secrets(context, config);
    if (!secrets)
        return reject(u"unavailable"_s, 503,
                      u"the platform's secrets cannot be read: "_s + secrets.error().message);
    VerifyInput in;
    in.body = request.body;
    in.headers = request.headers;
    in.url = config.platform == u"twilio" ? config.auth.value(u"public_url"_s).toString() : request.url;
    auto verifier = createPlatformVerifier(config);
    const Status verified = verifier
        ? verifier->verify(in, *secrets, request.receivedAt.toSecsSinceEpoch(), config.toleranceS)
        : Status(Error::unavailable(u"no verifier for "_s + config.platform));
    if (!verified) {
        const Error &error = verified.error();
        const QJsonObject detail = error.details.at(0).toObject();
        for (auto it = detail.begin(); it != detail.end(); ++it)
            event.detail.insert(it.key(), it.value());
        event.detail.insert(u"cause"_s, detail.value(u"reason"_s)); // the answer names it
        if (error.code == Error::Code::Unavailable)
            return reject(u"unavailable"_s, 503, error.message);
        const bool stale = detail.value(u"reason"_s).toString() == u"timestamp_skew";
        return reject(stale ? u"stale_timestamp"_s : u"bad_signature"_s, 401, error.message);
    }

    // The document.
    const QByteArray type = in.header("Content-Type").split(';').value(0).trimmed().toLower();
    QJsonValue document;
    QByteArray payload;
    if (type == "application/x-www-form-urlencoded" && config.preset().formBodies) {
        QJsonObject form;
        for (const auto &[k, v] : parseFormUrlEncoded(request.body))
            form.insert(k, v);
        document = form;
        payload = jsonBytes(form);
    } else if (type.isEmpty() || type == "application/json" || type.endsWith("+json")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            return reject(
                u"malformed"_s, 400,
                error.error != QJsonParseError::NoError
                    ? u"the body is not JSON: %1 at byte %2"_s.arg(error.errorString()).arg(error.offset)
                    : u"the body is not a JSON object"_s);
        }
        document = doc.object();
        payload = request.body.trimmed();
    } else {
        return reject(u"unsupported_media_type"_s, 415,
                      u"the body is %1; %2 sends %3"_s.arg(
                          QString::fromLatin1(type.left(100)), config.platform,
                          config.preset().formBodies ? u"application/x-www-form-urlencoded or JSON"_s
                                                     : u"application/json"_s));
    }

    const QString callId = scalarText(config.callIdPath.evaluate(document));
    if (!callId.isEmpty() && callId.size() <= 128)
        event.callId = callId;
    QString platformType;
    for (const JsonPath &path : config.eventTypePaths) {
        platformType = scalarText(path.evaluate(document));
        if (!platformType.isEmpty())
            break;
    }
    const QJsonObject root = document.toObject();
    if (config.platform == u"vapi" && (platformType == u"tool-calls" || platformType == u"function-call"))
        return vapiToolCalls(context, config, event, root.value(u"message"_s).toObject(), platformType, done);
    if (config.platform == u"retell" && platformType.isEmpty() && root.contains(u"name"_s)
        && (root.contains(u"args"_s) || root.contains(u"call"_s)))
        return retellFunction(context, config, event, root, done);
    PlatformAnswer answer;
    if (config.platform == u"retell" && platformType == u"call_inbound") {
        // Retell waits for the inbound call's override (agent, dynamic variables, metadata).
        const QJsonObject override
            = config.callInbound.isObject() ? config.callInbound.toObject() : QJsonObject();
        answer.body = jsonBytes(QJsonObject{{u"call_inbound"_s, override}});
    }
    if (config.platform == u"vapi" && platformType == u"assistant-request") {
        // Vapi waits 7.5 s for the call's assistant (or squad, workflow, transfer destination, or an
        // error that rejects the call); an answer without one fails the call with no reason given.
        if (config.assistantRequest.isObject()) {
            answer.body = jsonBytes(config.assistantRequest.toObject());
            event.detail.insert(u"assistant_request"_s, u"configured"_s);
        } else {
            answer.body = jsonBytes(QJsonObject{{u"error"_s, QString::fromLatin1(kNoAssistantConfigured)}});
            event.detail.insert(u"assistant_request"_s, u"not configured"_s);
            if (config.assistantRequestFunction.isEmpty()) {
                const QString text
                    = u"%1 answered Vapi's assistant-request for call %2 with an error: the "
                      u"connection has no assistant_request (set one with PUT /v1/platforms/%1)"_s;
                qCWarning(lcPlatforms).noquote() << text.arg(config.name, event.callId);
            }
        }
    }
    if (config.platform == u"vapi" && platformType == u"assistant-request"
        && !config.assistantRequestFunction.isEmpty())
        return vapiAssistantFunction(context, config, event, document, payload, platformType, answer, done);
    forwardEvent(context, config, event, document, payload, platformType, answer, done);
}

QStringList PlatformProcessor::dedupeKeys(const PlatformConfig &config, const PlatformRequest &request,
                                          const QJsonValue &document, const QString &callId,
                                          const QString &type) const
{
    const QString mode = config.preset().dedupe;
    const QString bodyKey = u"body:"_s
        + QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    if (mode == u"call_event") {
        if (!callId.isEmpty())
            return {u"call:"_s + callId + u':' + type, bodyKey};
        return {bodyKey};
    }
    if (mode.startsWith(u"header:")) {
        VerifyInput in;
        in.headers = request.headers;
        const QByteArray id = in.header(mode.mid(7).toLatin1());
        if (!id.isEmpty())
            return {u"id:"_s + QString::fromUtf8(id.left(200)), bodyKey};
        return {bodyKey};
    }
    if (mode.startsWith(u"json:")) {
        QStringList values;
        for (const QString &p : mode.mid(5).split(u'+')) {
            const auto path = JsonPath::parse(p);
            const QString v = path ? scalarText(path->evaluate(document)) : QString();
            if (v.isEmpty())
                return {bodyKey};
            values.append(v);
        }
        return {u"id:"_s + values.join(u':').left(200), bodyKey};
    }
    return {bodyKey};
}

void PlatformProcessor::forwardEvent(const ApiContext &context, const PlatformConfig &config,
                                     InboundEvent event, const QJsonValue &document,
                                     const QByteArray &payload, const QString &type,
                                     const PlatformAnswer &answer, const Callback &done)
{
    const QString eventType = config.eventPrefix + u'.' + eventTail(type);
    event.detail.insert(u"event_type"_s, eventType);
    // De-duplication: a platform retrying (or anyone replaying a captured request)
    // gets its 2xx without a second message. Ids are taken from the masked
    // headers: an id is never a credential.
    PlatformRequest keyed;
    keyed.body = payload; // the raw body for JSON; the canonical JSON of a form
    keyed.headers = event.headers;
    const QStringList keys = dedupeKeys(config, keyed, document, event.callId, type);
    event.dedupeKey = keys.value(0);
    InboundStore store(*context.store);
    auto seen = store.seen(event.source, keys, event.receivedAt);
    if (!seen) {
        event.status = u"unavailable"_s;
        event.httpStatus = 503;
        event.reason = u"the duplicate check failed: "_s + seen.error().message;
        return finish(context, config, event, {}, {}, done);
    }
    if (seen->has_value()) {
        event.status = u"duplicate"_s;
        event.httpStatus = 200;
        event.duplicateOf = (*seen)->eventId;
        event.messageId = (*seen)->messageId;
        event.reason = u"%1 was accepted before as %2; not forwarded again"_s.arg(
            (*seen)->key.startsWith(u"body:") ? u"the same body"_s : u"this event"_s, (*seen)->eventId);
        return finish(context, config, event, {}, answer, done);
    }

    EnqueueRequest out;
    out.eventType = eventType;
    out.payload = payload;
    out.endpoints = config.endpoints;
    out.callId = event.callId;
    out.idempotencyKey = u"platform:"_s + config.name + u':' + keys.first();
    if (out.idempotencyKey.size() > 255) {
        out.idempotencyKey
            = u"platform:"_s + config.name + u':'
            + QString::fromLatin1(
                  QCryptographicHash::hash(keys.first().toUtf8(), QCryptographicHash::Sha256).toHex());
    }
    const ApiContext ctx = context;
    context.engine->enqueue(
        out, &m_context,
        [this, ctx, config, event, keys, answer, done](const Result<EnqueueResult> &result) mutable {
            if (!result) {
                const Error &error = result.error();
                if (error.code == Error::Code::InvalidArgument) {
                    // Nobody subscribes (or a named endpoint is gone): retrying would not
                    // help, so the platform gets its 2xx and the log says why.
                    event.status = u"accepted"_s;
                    event.httpStatus = 200;
                    event.reason = u"stored, not forwarded: "_s + error.message;
                    return finish(ctx, config, event, keys, answer, done);
                }
                if (error.code == Error::Code::Conflict) {
                    event.status = u"duplicate"_s;
                    event.httpStatus = 200;
                    event.reason = u"forwarded before with a different body; not forwarded again"_s;
                    return finish(ctx, config, event, {}, answer, done);
                }
                event.status = u"unavailable"_s;
                event.httpStatus = 503;
                event.reason
                    = u"verified, but not forwarded: "_s + error.message + u" (the platform will retry)"_s;
                return finish(ctx, config, event, {}, {}, done);
            }
            event.messageId = result->messageId;
            if (result->duplicate) {
                event.status = u"duplicate"_s;
                event.httpStatus = 200;
                event.reason = u"already forwarded as %1; not forwarded again"_s.arg(result->messageId);
                return finish(ctx, config, event, {}, answer, done);
            }
            QStringList endpoints;
            for (const DeliveryRef &d : result->deliveries)
                endpoints.append(d.endpoint);
            event.status = u"accepted"_s;
            event.httpStatus = 200;
            event.reason = u"forwarded as %1 (%2) to %3"_s.arg(
                result->messageId, event.detail.value(u"event_type"_s).toString(), endpoints.join(u", "_s));
            finish(ctx, config, event, keys, answer, done);
        });
}

void PlatformProcessor::vapiToolCalls(const ApiContext &context, const PlatformConfig &config,
                                      InboundEvent event, const QJsonObject &message, const QString &type,
                                      const Callback &done)
{
    event.detail.insert(u"event_type"_s, QString(config.eventPrefix + u'.' + type));
    struct Call
    {
        QString id;
        QString name;
        QJsonValue arguments;
    };
    QList<Call> calls;
    const bool legacy = type == u"function-call";
    if (legacy) {
        // The older shape: {"functionCall": {"name", "parameters"}}, answered {"result"}.
        const QJsonObject fc = message.value(u"functionCall"_s).toObject();
        calls.append({QString(), fc.value(u"name"_s).toString(), fc.value(u"parameters"_s)});
    } else {
        QJsonArray list = message.value(u"toolCallList"_s).toArray();
        if (list.isEmpty())
            list = message.value(u"toolCalls"_s).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject tc = v.toObject();
            const QJsonObject fn = tc.value(u"function"_s).toObject();
            Call c{tc.value(u"id"_s).toString(), fn.value(u"name"_s).toString(), fn.value(u"arguments"_s)};
            if (c.name.isEmpty())
                c.name = tc.value(u"name"_s).toString();
            // Older shapes carry the arguments (an object) beside the function.
            if (c.arguments.isUndefined() || c.arguments.isNull())
                c.arguments
                    = tc.contains(u"arguments"_s) ? tc.value(u"arguments"_s) : tc.value(u"parameters"_s);
            calls.append(c);
        }
    }
    if (calls.isEmpty()) {
        event.status = u"malformed"_s;
        event.httpStatus = 400;
        event.reason = u"a tool-calls message without toolCallList"_s;
        return finish(context, config, event, {}, {}, done);
    }

    struct Collect
    {
        QJsonArray results;
        QStringList summary;
        int outstanding = 0;
    };
    auto collect = std::make_shared<Collect>();
    for (int i = 0; i < calls.size(); ++i)
        collect->results.append(QJsonValue());
    collect->outstanding = int(calls.size());
    const ApiContext ctx = context;
    auto settle
        = [this, ctx, config, event, collect, legacy,
           done](int index, const Call &call, const QJsonObject &result, const QString &summary) mutable {
              collect->results[index] = result;
              collect->summary.append(summary);
              if (--collect->outstanding > 0)
                  return;
              PlatformAnswer answer;
              if (legacy) {
                  const QJsonObject r = collect->results.first().toObject();
                  answer.body
                      = jsonBytes(r.contains(u"error"_s) ? QJsonObject{{u"error"_s, r.value(u"error"_s)}}
                                                         : QJsonObject{{u"result"_s, r.value(u"result"_s)}});
              } else {
                  answer.body = jsonBytes(QJsonObject{{u"results"_s, collect->results}});
              }
              event.status = u"accepted"_s;
              event.httpStatus = 200;
              event.reason = u"tool calls answered: "_s + collect->summary.join(u", "_s);
              event.detail.insert(u"results"_s, collect->results);
              Q_UNUSED(call)
              finish(ctx, config, event, {}, answer, done);
          };

    FunctionStore functions(*context.store);
    const int deadline = qMax(100, config.budgetMs - kAnswerMarginMs);
    for (int i = 0; i < calls.size(); ++i) {
        const Call call = calls.at(i);
        QJsonObject base{{u"toolCallId"_s, call.id}, {u"name"_s, call.name}};
        auto f = functions.get(call.name);
        if (!f || !f->has_value()) {
            base.insert(u"error"_s,
                        !f ? u"Switchboard could not read its functions: "_s + f.error().message
                           : u"no function named \"%1\" in Switchboard"_s.arg(call.name));
            settle(i, call, base, call.name + u" (unknown)"_s);
            continue;
        }
        FunctionDef def = **f;
        def.deadlineMs = qMin(def.deadlineMs, deadline); // Vapi's budget, not the function's, bounds the wait
        QString key;
        if (!call.id.isEmpty())
            key = QString(u"vapi:"_s + event.callId + u':' + call.id).left(255);
        m_functions->invoke(
            context, def, call.arguments, event.callId, key,
            [settle, i, call, base](int status, const QJsonObject &answer) mutable {
                QJsonObject r = base;
                const QJsonValue ok = answer.value(u"ok"_s);
                if (status == 422 || answer.value(u"error"_s).isObject()) {
                    r.insert(u"error"_s, answer.value(u"error"_s).toObject().value(u"message"_s).toString());
                } else if (ok.isBool() && ok.toBool()) {
                    r.insert(u"result"_s,
                             answer.value(u"optimistic"_s).toBool() ? u"done"_s
                                                                    : compact(answer.value(u"result"_s)));
                } else if (ok.isBool()) {
                    QString text = answer.value(u"error"_s).toString();
                    if (!answer.value(u"result"_s).isNull() && !answer.value(u"result"_s).isUndefined())
                        text += u": "_s + compact(answer.value(u"result"_s));
                    r.insert(u"error"_s, text);
                } else {
                    r.insert(u"result"_s,
                             u"The request is queued and still in progress; it will "
                             u"complete later."_s);
                }
                settle(i, call, r, call.name + u" ("_s + QString::number(status) + u')');
            });
    }
}

void PlatformProcessor::vapiAssistantFunction(const ApiContext &context, const PlatformConfig &config,
                                              InboundEvent event, const QJsonValue &document,
                                              const QByteArray &payload, const QString &type,
                                              const PlatformAnswer &fallback, const Callback &done)
{
    // The function's result object is the answer when Vapi would take it; otherwise the static
    // assistant_request (or the error) is, and the log says why. Vapi's 7.5 s bound the wait, less the
    // commit and the network.
    const QString name = config.assistantRequestFunction;
    event.detail.insert(u"function"_s, name);
    const ApiContext ctx = context;
    auto answerWith = [this, ctx, config, event, document, payload, type, fallback,
                       done](const QJsonObject &result, const QString &problem) mutable {
        PlatformAnswer answer = fallback;
        if (problem.isEmpty()) {
            answer.body = jsonBytes(result);
            event.detail.insert(u"assistant_request"_s, u"function"_s);
        } else {
            event.detail.insert(u"function_problem"_s, problem);
            qCWarning(lcPlatforms).noquote()
                << u"%1: the assistant-request function %2 gave no answer for call %3 (%4); answered %5"_s
                       .arg(config.name, config.assistantRequestFunction, event.callId, problem,
                            config.assistantRequest.isObject() ? u"assistant_request"_s : u"an error"_s);
        }
        forwardEvent(ctx, config, event, document, payload, type, answer, done);
    };
    FunctionStore functions(*context.store);
    auto f = functions.get(name);
    if (!f || !f->has_value())
        return answerWith({},
                          !f ? u"Switchboard could not read its functions: "_s + f.error().message
                             : u"no function named \"%1\" in Switchboard"_s.arg(name));
    FunctionDef def = **f;
    def.deadlineMs = qMin(def.deadlineMs, kVapiAssistantRequestMs - 2 * kAnswerMarginMs);
    const QString key = event.callId.isEmpty()
        ? QString()
        : QString(u"vapi:"_s + event.callId + u":assistant-request"_s).left(255);
    m_functions->invoke(
        context, def, document.toObject().value(u"message"_s), event.callId, key,
        [answerWith](int status, const QJsonObject &answer) mutable {
            const QJsonValue ok = answer.value(u"ok"_s);
            const QJsonValue result = answer.value(u"result"_s);
            if (status == 422 || answer.value(u"error"_s).isObject())
                return answerWith({}, answer.value(u"error"_s).toObject().value(u"message"_s).toString());
            if (!ok.isBool() || !ok.toBool() || answer.value(u"optimistic"_s).toBool())
                return answerWith({}, statusVerdictReason(status, compact(answer)).left(300));
            if (const QString problem = PlatformConfig::assistantRequestProblem(result); !problem.isEmpty())
                return answerWith({}, u"its result "_s + problem);
            answerWith(result.toObject(), QString());
        });
}

void PlatformProcessor::retellFunction(const ApiContext &context, const PlatformConfig &config,
                                       InboundEvent event, const QJsonObject &document, const Callback &done)
{
    const QString name = document.value(u"name"_s).toString();
    event.detail.insert(u"event_type"_s, QString(config.eventPrefix + u".function_call"_s));
    event.detail.insert(u"function"_s, name);
    const ApiContext ctx = context;
    auto answerWith
        = [this, ctx, config, event, done](const QJsonObject &body, const QString &reason) mutable {
              event.status = u"accepted"_s;
              event.httpStatus = 200;
              event.reason = reason;
              PlatformAnswer answer;
              answer.body = jsonBytes(body);
              finish(ctx, config, event, {}, answer, done);
          };
    FunctionStore functions(*context.store);
    auto f = functions.get(name);
    if (!f || !f->has_value()) {
        const QString message = !f ? u"Switchboard could not read its functions: "_s + f.error().message
                                   : u"no function named \"%1\" in Switchboard"_s.arg(name);
        return answerWith(QJsonObject{{u"error"_s, message}}, message);
    }
    FunctionDef def = **f;
    def.deadlineMs = qMin(def.deadlineMs, qMax(100, config.budgetMs - kAnswerMarginMs));
    m_functions->invoke(
        context, def, document.value(u"args"_s), event.callId, QString(),
        [answerWith, name](int status, const QJsonObject &answer) mutable {
            const QJsonValue ok = answer.value(u"ok"_s);
            const QString reason = u"function %1 answered: "_s.arg(name);
            if (status == 422 || answer.value(u"error"_s).isObject()) {
                const QString message = answer.value(u"error"_s).toObject().value(u"message"_s).toString();
                return answerWith(QJsonObject{{u"error"_s, message}},
                                  reason + statusVerdictReason(status, message));
            }
            if (ok.isBool() && ok.toBool() && !answer.value(u"optimistic"_s).toBool()) {
                const QJsonValue result = answer.value(u"result"_s);
                return answerWith(result.isObject() ? result.toObject() : QJsonObject{{u"result"_s, result}},
                                  reason + u"ok"_s);
            }
            QJsonObject body = answer;
            body.remove(u"delivery_id"_s);
            answerWith(body, reason + statusVerdictReason(status, compact(answer)));
        });
}

void PlatformProcessor::finish(const ApiContext &context, const PlatformConfig &config, InboundEvent event,
                               const QStringList &keys, const PlatformAnswer &answer, const Callback &done)
{
    InboundStore store(*context.store);
    const QDateTime expires = event.receivedAt.addSecs(qMax<qint64>(kDedupeWindowS, 2LL * config.toleranceS));
    if (Status st = store.record(event, event.status == u"accepted" ? keys : QStringList(), expires); !st) {
        qCWarning(lcPlatforms) << "could not log platform request" << event.id << "of" << config.name << ":"
                               << st.error().message;
        if (event.httpStatus < 300) {
            event.status = u"unavailable"_s;
            event.httpStatus = 503;
            event.reason = u"the event could not be stored: "_s + st.error().message;
        }
    } else {
        qCInfo(lcPlatforms) << config.name << event.id << event.status << event.httpStatus << event.callId;
    }
    done(event, answer);
}

} // namespace Switchboard
