// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformconfig.h"

#include "api/apiserver.h"
#include "functions/functiondef.h"
#include "model/delivery.h"
#include "model/endpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

const QList<PlatformPreset> &presets()
{
    static const QList<PlatformPreset> list{
        // Vapi server messages: {"message": {"type", "call": {"id"}, ...}}; 20 s server timeout by default.
        {u"vapi"_s,
         u"vapi"_s,
         QByteArrayLiteral("x-vapi-secret"),
         300,
         {u"$.message.type"_s},
         u"$.message.call.id"_s,
         u"body"_s,
         20000,
         false,
         u"the server secret (or token, or HMAC key) set in Vapi"_s,
         0},
        // Retell: webhooks {"event", "call": {"call_id"}}, custom functions {"name", "call", "args"}.
        {u"retell"_s,
         u"retell"_s,
         QByteArrayLiteral("x-retell-signature"),
         300,
         {u"$.event"_s},
         u"$.call.call_id"_s,
         u"body"_s,
         10000,
         false,
         u"the Retell API key that has the webhook badge"_s,
         0},
        // ElevenLabs post-call webhooks: {"type", "event_timestamp", "data": {"conversation_id"}}; the SDK
        // accepts 30 minutes of age. post_call_audio carries the call's audio in base64: several MiB.
        {u"elevenlabs"_s,
         u"elevenlabs"_s,
         QByteArrayLiteral("ElevenLabs-Signature"),
         1800,
         {u"$.type"_s},
         u"$.data.conversation_id"_s,
         u"json:$.type+$.data.conversation_id"_s,
         10000,
         false,
         u"the webhook secret ElevenLabs showed (wsec_...)"_s,
         32 * 1024 * 1024},
        // Bland: no timestamp is signed, so duplicates are caught by call id and event.
        {u"bland"_s,
         u"bland"_s,
         QByteArrayLiteral("X-Webhook-Signature"),
         0,
         {u"$.event"_s, u"$.category"_s, u"$.status"_s},
         u"$.call_id"_s,
         u"call_event"_s,
         10000,
         false,
         u"the webhook signing secret from Bland's dev portal"_s,
         0},
        // LiveKit: {"event", "id", "room": {"name"}, ...}, a JWT in Authorization.
        {u"livekit"_s,
         u"livekit"_s,
         QByteArrayLiteral("Authorization"),
         10,
         {u"$.event"_s},
         u"$.room.name"_s,
         u"json:$.id"_s,
         10000,
         false,
         u"the LiveKit API secret of auth.api_key"_s,
         0},
        // OpenAI webhooks (realtime.call.incoming, ...) are Standard Webhooks.
        {u"openai"_s,
         u"standard-webhooks"_s,
         QByteArrayLiteral("webhook-signature"),
         300,
         {u"$.type"_s},
         u"$.data.call_id"_s,
         u"header:webhook-id"_s,
         10000,
         false,
         u"the webhook signing secret OpenAI showed (whsec_...)"_s,
         0},
        // Twilio status callbacks: form bodies signed with the auth token over the URL and the parameters.
        {u"twilio"_s,
         u"twilio"_s,
         QByteArrayLiteral("X-Twilio-Signature"),
         0,
         {u"$.CallStatus"_s, u"$.RecordingStatus"_s, u"$.StatusCallbackEvent"_s},
         u"$.CallSid"_s,
         u"header:I-Twilio-Idempotency-Token"_s,
         15000,
         true,
         u"the Twilio auth token"_s,
         0},
    };
    return list;
}

Error fieldError(const QString &field, const QString &message)
{
    return Error::invalid(field + u": "_s + message,
                          {QJsonObject{{u"field"_s, field}, {u"message"_s, message}}});
}

// Refuses fields outside known, so a typo does not fall back to a default.
Status onlyKnown(const QJsonObject &o, const QSet<QString> &known, const QString &prefix)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return fieldError(prefix + it.key(), u"unknown field"_s);
    }
    return Ok{};
}

Result<QString> stringField(const QJsonObject &o, const QString &key, const QString &fallback,
                            const QString &prefix, const QStringList &allowed = {})
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString() || v.toString().size() > 256)
        return fieldError(prefix + key, u"must be a string"_s);
    if (!allowed.isEmpty() && !allowed.contains(v.toString()))
        return fieldError(prefix + key, u"must be one of "_s + allowed.join(u", "_s));
    return v.toString();
}

bool isHeaderName(const QString &name)
{
    static const QRegularExpression token(u"^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,128}$"_s);
    return token.match(name).hasMatch();
}

Result<QJsonObject> vapiAuth(const QJsonObject &in)
{
    const QString prefix = u"auth."_s;
    auto type = stringField(in, u"type"_s, u"secret_header"_s, prefix,
                            {u"secret_header"_s, u"bearer"_s, u"hmac"_s});
    if (!type)
        return type.error();
    QJsonObject out{{u"type"_s, *type}};
    if (*type == u"secret_header" || *type == u"bearer") {
        if (auto st = onlyKnown(in, {u"type"_s, u"header"_s}, prefix); !st)
            return st.error();
        auto header = stringField(in, u"header"_s,
                                  *type == u"bearer" ? u"Authorization"_s : u"x-vapi-secret"_s, prefix);
        if (!header)
            return header.error();
        if (!isHeaderName(*header))
            return fieldError(u"auth.header"_s, u"must be an HTTP header name"_s);
        out.insert(u"header"_s, *header);
        return out;
    }
    if (auto st = onlyKnown(in,
                            {u"type"_s, u"algorithm"_s, u"signature_header"_s, u"timestamp_header"_s,
                             u"payload_format"_s, u"encoding"_s, u"prefix"_s},
                            prefix);
        !st)
        return st.error();
    auto algorithm
        = stringField(in, u"algorithm"_s, u"sha256"_s, prefix, {u"sha256"_s, u"sha512"_s, u"sha1"_s});
    auto signature = stringField(in, u"signature_header"_s, u"x-signature"_s, prefix);
    auto timestamp = stringField(in, u"timestamp_header"_s, u"x-timestamp"_s, prefix);
    auto format = stringField(in, u"payload_format"_s, u"{timestamp}.{body}"_s, prefix);
    auto encoding = stringField(in, u"encoding"_s, u"hex"_s, prefix, {u"hex"_s, u"base64"_s});
    auto sigPrefix = stringField(in, u"prefix"_s, QString(), prefix);
    for (const auto *r : {&algorithm, &signature, &timestamp, &format, &encoding, &sigPrefix}) {
        if (!*r)
            return r->error();
    }
    if (!isHeaderName(*signature))
        return fieldError(u"auth.signature_header"_s, u"must be an HTTP header name"_s);
    if (!isHeaderName(*timestamp))
        return fieldError(u"auth.timestamp_header"_s, u"must be an HTTP header name"_s);
    if (!format->contains(u"{body}"_s))
        return fieldError(u"auth.payload_format"_s,
                          u"must contain {body}, or the body would not be signed"_s);
    static const QRegularExpression placeholder(u"\\{([^}]*)\\}"_s);
    for (auto m = placeholder.globalMatch(*format); m.hasNext();) {
        const QString name = m.next().captured(1);
        if (name != u"body" && name != u"timestamp" && name != u"method" && name != u"url")
            return fieldError(u"auth.payload_format"_s,
                              u"{%1} is not known; use {body}, {timestamp}, {method} and {url}"_s.arg(name));
    }
    out.insert(u"algorithm"_s, *algorithm);
    out.insert(u"signature_header"_s, *signature);
    out.insert(u"timestamp_header"_s, *timestamp);
    out.insert(u"payload_format"_s, *format);
    out.insert(u"encoding"_s, *encoding);
    out.insert(u"prefix"_s, *sigPrefix);
    return out;
}

} // namespace

const PlatformPreset *PlatformPreset::find(const QString &platform)
{
    for (const PlatformPreset &p : presets()) {
        if (p.platform == platform)
            return &p;
    }
    return nullptr;
}

QStringList PlatformPreset::names()
{
    QStringList out;
    for (const PlatformPreset &p : presets())
        out.append(p.platform);
    return out;
}

QJsonObject PlatformPreset::toJson() const
{
    return QJsonObject{{u"scheme"_s, scheme},
                       {u"signature_header"_s, QString::fromLatin1(signatureHeader)},
                       {u"event_type_paths"_s, QJsonArray::fromStringList(eventTypePaths)},
                       {u"call_id_path"_s, callIdPath},
                       {u"dedupe"_s, dedupe},
                       {u"form_bodies"_s, formBodies}};
}

bool PlatformConfig::isValidName(const QString &name)
{
    return Endpoint::isValidName(name);
}

QString PlatformConfig::assistantRequestProblem(const QJsonValue &value)
{
    // ServerMessageResponseAssistantRequest (@vapi-ai/server-sdk): one of these says what Vapi does
    // with the call; assistantOverrides and workflowOverrides only go with them.
    static const QStringList decisive{u"assistantId"_s, u"assistant"_s, u"squadId"_s,     u"squad"_s,
                                      u"workflowId"_s,  u"workflow"_s,  u"destination"_s, u"error"_s};
    if (!value.isObject())
        return u"must be the object Vapi takes, e.g. {\"assistantId\": \"...\"}"_s;
    const QJsonObject o = value.toObject();
    bool named = false;
    for (const QString &key : decisive)
        named = named || o.contains(key);
    if (!named)
        return u"must contain one of "_s + decisive.join(u", "_s);
    if (o.contains(u"error"_s)
        && (!o.value(u"error"_s).isString() || o.value(u"error"_s).toString().isEmpty()))
        return u"error must be a non-empty string (Vapi rejects the call with it)"_s;
    for (const QString &key : {u"assistantId"_s, u"squadId"_s, u"workflowId"_s}) {
        if (o.contains(key) && (!o.value(key).isString() || o.value(key).toString().isEmpty()))
            return key + u" must be a non-empty string"_s;
    }
    for (const QString &key : {u"assistant"_s, u"squad"_s, u"workflow"_s, u"destination"_s,
                               u"assistantOverrides"_s, u"workflowOverrides"_s}) {
        if (o.contains(key) && !o.value(key).isObject())
            return key + u" must be an object"_s;
    }
    const qsizetype size = QJsonDocument(o).toJson(QJsonDocument::Compact).size();
    if (size > kMaxAssistantRequestBytes)
        return u"is %1 bytes; at most %2 (64 KiB)"_s.arg(size).arg(kMaxAssistantRequestBytes);
    return {};
}

Result<PlatformConfig> PlatformConfig::fromJson(const QString &name, const QJsonObject &json,
                                                qint64 defaultMaxBody)
{
    if (!isValidName(name))
        return fieldError(u"name"_s, u"must match [a-z0-9][a-z0-9_-]{0,63}"_s);
    static const QSet<QString> known{u"platform"_s, u"auth"_s, u"tolerance_s"_s, u"event_prefix"_s,
                                     u"endpoints"_s, u"call_inbound"_s, u"max_body_bytes"_s, u"budget_ms"_s,
                                     u"assistant_request"_s, u"assistant_request_function"_s,
                                     // read-only fields of a GET, accepted back unchanged
                                     u"name"_s, u"preset"_s, u"created_at"_s, u"updated_at"_s,
                                     u"secret_fingerprint"_s, u"secrets"_s, u"url"_s};
    if (auto st = onlyKnown(json, known, QString()); !st)
        return st.error();
    PlatformConfig c;
    c.name = name;
    const QJsonValue platform = json.value(u"platform"_s);
    if (!platform.isString() || !PlatformPreset::find(platform.toString()))
        return fieldError(u"platform"_s, u"is required: one of "_s + PlatformPreset::names().join(u", "_s));
    c.platform = platform.toString();
    c.m_preset = PlatformPreset::find(c.platform);
    const PlatformPreset &p = *c.m_preset;

    const QJsonValue authValue = json.value(u"auth"_s);
    if (!authValue.isUndefined() && !authValue.isNull() && !authValue.isObject())
        return fieldError(u"auth"_s, u"must be an object"_s);
    const QJsonObject auth = authValue.toObject();
    if (c.platform == u"vapi") {
        auto a = vapiAuth(auth);
        if (!a)
            return a.error();
        c.auth = *a;
    } else if (c.platform == u"livekit") {
        if (auto st = onlyKnown(auth, {u"api_key"_s, u"tolerance_s"_s}, u"auth."_s); !st)
            return st.error();
        const QJsonValue key = auth.value(u"api_key"_s);
        if (!key.isString() || key.toString().isEmpty() || key.toString().size() > 256)
            return fieldError(u"auth.api_key"_s,
                              u"is required: the LiveKit API key (APIxxxx) that signs webhooks"_s);
        const QJsonValue tol = auth.value(u"tolerance_s"_s);
        int tolerance = p.toleranceS;
        if (!tol.isUndefined() && !tol.isNull()) {
            if (!tol.isDouble() || tol.toDouble() < 0 || tol.toDouble() > 3600
                || tol.toDouble() != int(tol.toDouble()))
                return fieldError(u"auth.tolerance_s"_s, u"must be whole seconds from 0 to 3600"_s);
            tolerance = tol.toInt();
        }
        c.auth = QJsonObject{{u"api_key"_s, key.toString()}, {u"tolerance_s"_s, tolerance}};
    } else if (c.platform == u"twilio") {
        if (auto st = onlyKnown(auth, {u"public_url"_s}, u"auth."_s); !st)
            return st.error();
        const QUrl url(auth.value(u"public_url"_s).toString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
            return fieldError(u"auth.public_url"_s,
                              u"is required: the exact URL configured at Twilio for the status callback "
                              u"(Twilio signs it)"_s);
        }
        c.auth = QJsonObject{{u"public_url"_s, url.toString()}};
    } else if (!auth.isEmpty()) {
        return fieldError(u"auth."_s + auth.begin().key(),
                          u"unknown field: %1 is authenticated by %2 with the secret alone"_s.arg(
                              c.platform, QString::fromLatin1(p.signatureHeader)));
    }

    // The livekit tolerance lives in auth (the contract's shape); tolerance_s mirrors it.
    c.toleranceS = c.platform == u"livekit" ? c.auth.value(u"tolerance_s"_s).toInt()
                                            : (p.toleranceS ? p.toleranceS : 300);
    const QJsonValue tol = json.value(u"tolerance_s"_s);
    if (!tol.isUndefined() && !tol.isNull() && c.platform != u"livekit") {
        if (!tol.isDouble() || tol.toDouble() < 1 || tol.toDouble() > 86400
            || tol.toDouble() != int(tol.toDouble()))
            return fieldError(u"tolerance_s"_s, u"must be whole seconds from 1 to 86400"_s);
        c.toleranceS = tol.toInt();
    }

    auto prefixValue = stringField(json, u"event_prefix"_s, c.platform, QString());
    if (!prefixValue)
        return prefixValue.error();
    c.eventPrefix = *prefixValue;
    if (!isValidEventType(c.eventPrefix + u".x"_s) || c.eventPrefix.size() > 64)
        return fieldError(u"event_prefix"_s, u"must be letters, digits and . _ : / - (at most 64)"_s);

    const QJsonValue endpoints = json.value(u"endpoints"_s);
    if (!endpoints.isUndefined() && !endpoints.isNull()) {
        if (!endpoints.isArray())
            return fieldError(u"endpoints"_s, u"must be an array of endpoint names"_s);
        for (const QJsonValue &e : endpoints.toArray()) {
            if (!e.isString() || !Endpoint::isValidName(e.toString()))
                return fieldError(u"endpoints"_s, u"must hold endpoint names"_s);
            c.endpoints.append(e.toString());
        }
    }
    const QJsonValue inbound = json.value(u"call_inbound"_s);
    if (!inbound.isUndefined() && !inbound.isNull()) {
        if (c.platform != u"retell")
            return fieldError(u"call_inbound"_s, u"only Retell asks for an inbound-call override"_s);
        if (!inbound.isObject())
            return fieldError(u"call_inbound"_s,
                              u"must be the object Retell takes, e.g. {\"override_agent_id\": ...}"_s);
        c.callInbound = inbound;
    }
    const QJsonValue assistantRequest = json.value(u"assistant_request"_s);
    if (!assistantRequest.isUndefined() && !assistantRequest.isNull()) {
        if (c.platform != u"vapi")
            return fieldError(u"assistant_request"_s, u"only Vapi sends assistant-request"_s);
        if (const QString problem = assistantRequestProblem(assistantRequest); !problem.isEmpty())
            return fieldError(u"assistant_request"_s, problem);
        c.assistantRequest = assistantRequest;
    }
    const QJsonValue assistantFunction = json.value(u"assistant_request_function"_s);
    if (!assistantFunction.isUndefined() && !assistantFunction.isNull()) {
        if (c.platform != u"vapi")
            return fieldError(u"assistant_request_function"_s, u"only Vapi sends assistant-request"_s);
        if (!assistantFunction.isString() || !FunctionDef::isValidName(assistantFunction.toString()))
            return fieldError(u"assistant_request_function"_s,
                              u"must be a function's name ([a-zA-Z0-9_-], at most 64)"_s);
        c.assistantRequestFunction = assistantFunction.toString();
    }
    c.maxBodyBytes
        = qBound<qint64>(1, p.maxBodyBytes > 0 ? p.maxBodyBytes : defaultMaxBody, kMaxRouteBodyBytes);
    const QJsonValue maxBody = json.value(u"max_body_bytes"_s);
    if (!maxBody.isUndefined() && !maxBody.isNull()) {
        if (!maxBody.isDouble() || maxBody.toDouble() < 1 || maxBody.toDouble() > double(kMaxRouteBodyBytes)
            || maxBody.toDouble() != double(qint64(maxBody.toDouble())))
            return fieldError(u"max_body_bytes"_s,
                              u"must be whole bytes from 1 to %1 (64 MiB, the most the server reads)"_s.arg(
                                  kMaxRouteBodyBytes));
        c.maxBodyBytes = qint64(maxBody.toDouble());
    }
    c.budgetMs = p.budgetMs;
    const QJsonValue budget = json.value(u"budget_ms"_s);
    if (!budget.isUndefined() && !budget.isNull()) {
        if (!budget.isDouble() || budget.toDouble() < 100 || budget.toDouble() > 120000)
            return fieldError(u"budget_ms"_s, u"must be milliseconds from 100 to 120000"_s);
        c.budgetMs = budget.toInt();
    }
    auto callIdPath = JsonPath::parse(p.callIdPath);
    if (!callIdPath)
        return callIdPath.error();
    c.callIdPath = *callIdPath;
    for (const QString &path : p.eventTypePaths) {
        auto parsed = JsonPath::parse(path);
        if (!parsed)
            return parsed.error();
        c.eventTypePaths.append(*parsed);
    }
    return c;
}

QJsonObject PlatformConfig::toJson() const
{
    QJsonObject o{{u"name"_s, name},
                  {u"platform"_s, platform},
                  {u"url"_s, u"/platforms/%1/%2"_s.arg(platform, name)},
                  {u"auth"_s, auth},
                  {u"tolerance_s"_s, toleranceS},
                  {u"event_prefix"_s, eventPrefix},
                  {u"endpoints"_s, QJsonArray::fromStringList(endpoints)},
                  {u"max_body_bytes"_s, double(maxBodyBytes)},
                  {u"budget_ms"_s, budgetMs},
                  {u"preset"_s, preset().toJson()}};
    if (!callInbound.isUndefined())
        o.insert(u"call_inbound"_s, callInbound);
    if (!assistantRequest.isUndefined())
        o.insert(u"assistant_request"_s, assistantRequest);
    if (!assistantRequestFunction.isEmpty())
        o.insert(u"assistant_request_function"_s, assistantRequestFunction);
    if (createdAt.isValid())
        o.insert(u"created_at"_s, toIsoUtc(createdAt));
    if (updatedAt.isValid())
        o.insert(u"updated_at"_s, toIsoUtc(updatedAt));
    return o;
}

} // namespace Switchboard
