// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> kKnownFields{u"name"_s,
                                 u"url"_s,
                                 u"method"_s,
                                 u"event_types"_s,
                                 u"version"_s,
                                 u"headers"_s,
                                 u"signing"_s,
                                 u"timeout_ms"_s,
                                 u"retry"_s,
                                 u"rate_limit_per_s"_s,
                                 u"max_in_flight"_s,
                                 u"enabled"_s,
                                 u"paused"_s,
                                 u"created_at"_s,
                                 u"updated_at"_s,
                                 u"secret_fingerprint"_s,
                                 u"secrets"_s,
                                 u"latency_profile"_s,
                                 u"auth"_s,
                                 u"payload_template"_s,
                                 u"auth_fingerprint"_s,
                                 u"circuit_breaker"_s,
                                 u"circuit"_s}; // read-only state, as GET shows it

// Headers the engine sets itself; a static header must not override them.
const QSet<QString> kReservedHeaders{u"content-length"_s,    u"host"_s,       u"transfer-encoding"_s,
                                     u"connection"_s,        u"webhook-id"_s, u"webhook-timestamp"_s,
                                     u"webhook-signature"_s, u"x-signature"_s};

QJsonObject problem(const QString &field, const QString &message)
{
    return QJsonObject{{u"field"_s, field}, {u"message"_s, message}};
}

// The name of a query parameter that looks like a credential, if any.
QString credentialQueryParameter(const QUrl &url)
{
    static const QStringList names{u"token"_s,      u"access_token"_s, u"api_key"_s,       u"apikey"_s,
                                   u"key"_s,        u"secret"_s,       u"client_secret"_s, u"signature"_s,
                                   u"sig"_s,        u"password"_s,     u"auth"_s,          u"private_key"_s,
                                   u"access_key"_s, u"secret_key"_s};
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems()) {
        const QString name = item.first.toLower();
        if (names.contains(name) || name.endsWith(u"_token"_s) || name.endsWith(u"_secret"_s))
            return item.first;
    }
    return {};
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString toString(OutboundAuth::Type type)
{
    switch (type) {
    case OutboundAuth::Type::None:
        return u"none"_s;
    case OutboundAuth::Type::Bearer:
        return u"bearer"_s;
    case OutboundAuth::Type::ApiKey:
        return u"api_key"_s;
    case OutboundAuth::Type::Basic:
        return u"basic"_s;
    case OutboundAuth::Type::OAuth2ClientCredentials:
        return u"oauth2_client_credentials"_s;
    case OutboundAuth::Type::Mtls:
        return u"mtls"_s;
    }
    return {};
}

QJsonObject OutboundAuth::toJson() const
{
    QJsonObject json{{u"type"_s, toString(type)}};
    if (type == Type::ApiKey)
        json.insert(u"header"_s, header);
    if (type == Type::Basic)
        json.insert(u"username"_s, username);
    if (type == Type::OAuth2ClientCredentials) {
        json.insert(u"token_url"_s, tokenUrl.toString());
        json.insert(u"client_id"_s, clientId);
        json.insert(u"scopes"_s, QJsonArray::fromStringList(scopes));
        if (!audience.isEmpty())
            json.insert(u"audience"_s, audience);
    }
    return json;
}

QString toString(SigningScheme scheme)
{
    switch (scheme) {
    case SigningScheme::StandardWebhooks:
        return u"standard-webhooks"_s;
    case SigningScheme::XSignature:
        return u"x-signature"_s;
    case SigningScheme::None:
        return u"none"_s;
    }
    return {};
}

std::optional<SigningScheme> signingSchemeFromString(QStringView text)
{
    if (text == u"standard-webhooks")
        return SigningScheme::StandardWebhooks;
    if (text == u"x-signature")
        return SigningScheme::XSignature;
    if (text == u"none")
        return SigningScheme::None;
    return std::nullopt;
}

bool Endpoint::isValidName(const QString &name)
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
    return re.match(name).hasMatch();
}

bool isValidEventType(const QString &eventType)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$"_s);
    return re.match(eventType).hasMatch();
}

bool Endpoint::isValidEventPattern(const QString &pattern)
{
    if (pattern == u"*")
        return true;
    if (pattern.endsWith(u'*'))
        return isValidEventType(pattern.chopped(1) + u'x');
    return isValidEventType(pattern);
}

bool Endpoint::subscribes(const QString &eventType) const
{
    for (const QString &pattern : eventTypes) {
        if (pattern == u"*")
            return true;
        if (pattern.endsWith(u'*')) {
            if (eventType.startsWith(QStringView(pattern).chopped(1)))
                return true;
        } else if (pattern == eventType) {
            return true;
        }
    }
    return false;
}

QJsonObject Endpoint::toJson() const
{
    QJsonObject headersJson;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        headersJson.insert(it.key(), it.value());
    QJsonArray schedule;
    for (int s : retryScheduleS)
        schedule.append(s);
    QJsonObject json{
        {u"name"_s, name},
        {u"url"_s, url.toString()},
        {u"method"_s, method},
        {u"event_types"_s, QJsonArray::fromStringList(eventTypes)},
        {u"version"_s, version.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(version)},
        {u"headers"_s, headersJson},
        {u"signing"_s, QJsonObject{{u"scheme"_s, toString(signing)}}},
        {u"timeout_ms"_s, timeoutMs},
        {u"retry"_s, QJsonObject{{u"schedule_s"_s, schedule}, {u"jitter"_s, jitter}}},
        {u"rate_limit_per_s"_s, rateLimitPerS},
        {u"max_in_flight"_s, maxInFlight},
        {u"enabled"_s, enabled},
        {u"paused"_s, paused},
        {u"latency_profile"_s, latencyProfile == LatencyProfile::Fast ? u"fast"_s : u"standard"_s},
        {u"auth"_s, auth.toJson()},
        {u"circuit_breaker"_s, circuitBreaker.toJson()},
    };
    if (hasPayloadTemplate())
        json.insert(u"payload_template"_s, payloadTemplate);
    if (createdAt.isValid())
        json.insert(u"created_at"_s, isoUtc(createdAt));
    if (updatedAt.isValid())
        json.insert(u"updated_at"_s, isoUtc(updatedAt));
    return json;
}

QJsonObject CircuitBreakerSettings::toJson() const
{
    return QJsonObject{{u"enabled"_s, enabled},
                       {u"failure_threshold"_s, failureThreshold},
                       {u"failure_rate"_s, failureRate},
                       {u"min_attempts"_s, minAttempts},
                       {u"window_s"_s, windowS},
                       {u"cooldown_s"_s, cooldownS},
                       {u"max_cooldown_s"_s, maxCooldownS}};
}

Result<Endpoint> Endpoint::fromJson(const QString &name, const QJsonObject &json)
{
    Endpoint e;
    QJsonArray problems;
    auto fail
        = [&](const QString &field, const QString &message) { problems.append(problem(field, message)); };

    e.name = name;
    if (!isValidName(name))
        fail(u"name"_s, u"must match [a-z0-9][a-z0-9_-]{0,63}"_s);
    if (json.contains(u"name"_s) && json.value(u"name"_s).toString() != name)
        fail(u"name"_s, u"does not match the name in the path"_s);

    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!kKnownFields.contains(it.key()))
            fail(it.key(), u"unknown field"_s);
    }

    const QJsonValue url = json.value(u"url"_s);
    if (!url.isString() || url.toString().isEmpty()) {
        fail(u"url"_s, u"is required and must be a string"_s);
    } else {
        e.url = QUrl(url.toString(), QUrl::StrictMode);
        const QString scheme = e.url.scheme();
        if (!e.url.isValid() || e.url.host().isEmpty())
            fail(u"url"_s, u"must be an absolute http or https URL"_s);
        else if (scheme != u"http" && scheme != u"https")
            fail(u"url"_s, u"scheme must be http or https"_s);
        else if (!e.url.userInfo().isEmpty())
            fail(u"url"_s, u"must not carry credentials; use a header instead"_s);
        else if (e.url.hasFragment())
            fail(u"url"_s, u"must not have a fragment"_s);
        else if (const QString param = credentialQueryParameter(e.url); !param.isEmpty())
            fail(u"url"_s,
                 u"carries a credential in its query (%1); send it in a header (\"headers\" or \"auth\") "
                 "so it stays out of logs"_s.arg(param));
    }

    if (json.contains(u"method"_s)) {
        const QString method = json.value(u"method"_s).toString().toUpper();
        if (method != u"POST" && method != u"PUT" && method != u"PATCH")
            fail(u"method"_s, u"must be POST, PUT or PATCH"_s);
        else
            e.method = method;
    }

    if (json.contains(u"event_types"_s)) {
        const QJsonValue v = json.value(u"event_types"_s);
        if (!v.isArray() || v.toArray().isEmpty()) {
            fail(u"event_types"_s, u"must be a non-empty array of event types or patterns"_s);
        } else {
            e.eventTypes.clear();
            const QJsonArray arr = v.toArray();
            for (qsizetype i = 0; i < arr.size(); ++i) {
                const QString p = arr.at(i).toString();
                if (!arr.at(i).isString() || !isValidEventPattern(p))
                    fail(u"event_types[%1]"_s.arg(i),
                         u"must be an event type, a prefix ending in '*', or '*'"_s);
                else
                    e.eventTypes.append(p);
            }
        }
    }

    if (json.contains(u"version"_s) && !json.value(u"version"_s).isNull()) {
        const QJsonValue v = json.value(u"version"_s);
        if (!v.isString() || v.toString().size() > 32)
            fail(u"version"_s, u"must be a string of at most 32 characters"_s);
        else
            e.version = v.toString();
    }

    if (json.contains(u"headers"_s)) {
        const QJsonValue v = json.value(u"headers"_s);
        if (!v.isObject()) {
            fail(u"headers"_s, u"must be an object of header names to string values"_s);
        } else {
            static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
            const QJsonObject h = v.toObject();
            for (auto it = h.begin(); it != h.end(); ++it) {
                const QString field = u"headers."_s + it.key();
                if (!token.match(it.key()).hasMatch())
                    fail(field, u"is not a valid header name"_s);
                else if (kReservedHeaders.contains(it.key().toLower()))
                    fail(field, u"is set by Switchboard and cannot be overridden"_s);
                else if (!it.value().isString() || it.value().toString().contains(u'\n')
                         || it.value().toString().contains(u'\r'))
                    fail(field, u"must be a single-line string"_s);
                else
                    e.headers.insert(it.key(), it.value().toString());
            }
        }
    }

    if (json.contains(u"signing"_s)) {
        const QJsonValue v = json.value(u"signing"_s);
        const auto scheme = signingSchemeFromString(v.toObject().value(u"scheme"_s).toString());
        if (!v.isObject() || !scheme)
            fail(u"signing.scheme"_s, u"must be one of standard-webhooks, x-signature, none"_s);
        else
            e.signing = *scheme;
    }

    auto readInt = [&](const QString &field, int min, int max, int &out) {
        if (!json.contains(field))
            return;
        const QJsonValue v = json.value(field);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
            fail(field, u"must be an integer from %1 to %2"_s.arg(min).arg(max));
        else
            out = int(d);
    };
    readInt(u"timeout_ms"_s, 100, 120000, e.timeoutMs);
    readInt(u"max_in_flight"_s, 1, 1000, e.maxInFlight);

    if (json.contains(u"rate_limit_per_s"_s)) {
        const QJsonValue v = json.value(u"rate_limit_per_s"_s);
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 100000)
            fail(u"rate_limit_per_s"_s, u"must be a number from 0 (unlimited) to 100000"_s);
        else
            e.rateLimitPerS = v.toDouble();
    }

    if (json.contains(u"retry"_s)) {
        const QJsonValue v = json.value(u"retry"_s);
        if (!v.isObject()) {
            fail(u"retry"_s, u"must be an object with schedule_s and jitter"_s);
        } else {
            const QJsonObject r = v.toObject();
            if (r.contains(u"schedule_s"_s)) {
                const QJsonValue s = r.value(u"schedule_s"_s);
                if (!s.isArray() || s.toArray().size() > 50) {
                    fail(u"retry.schedule_s"_s, u"must be an array of at most 50 delays in seconds"_s);
                } else {
                    e.retryScheduleS.clear();
                    const QJsonArray arr = s.toArray();
                    for (qsizetype i = 0; i < arr.size(); ++i) {
                        const double d = arr.at(i).toDouble(-1);
                        if (!arr.at(i).isDouble() || d != double(qint64(d)) || d < 0 || d > 7 * 86400)
                            fail(u"retry.schedule_s[%1]"_s.arg(i),
                                 u"must be whole seconds from 0 to 604800"_s);
                        else
                            e.retryScheduleS.append(int(d));
                    }
                }
            }
            if (r.contains(u"jitter"_s)) {
                const QJsonValue j = r.value(u"jitter"_s);
                if (!j.isDouble() || j.toDouble() < 0 || j.toDouble() > 1)
                    fail(u"retry.jitter"_s, u"must be a fraction from 0 to 1"_s);
                else
                    e.jitter = j.toDouble();
            }
            for (auto it = r.begin(); it != r.end(); ++it) {
                if (it.key() != u"schedule_s" && it.key() != u"jitter")
                    fail(u"retry."_s + it.key(), u"unknown field"_s);
            }
        }
    }

    if (json.contains(u"latency_profile"_s)) {
        const QString p = json.value(u"latency_profile"_s).toString();
        if (p == u"fast")
            e.latencyProfile = LatencyProfile::Fast;
        else if (p == u"standard")
            e.latencyProfile = LatencyProfile::Standard;
        else
            fail(u"latency_profile"_s, u"must be standard or fast"_s);
    }

    if (json.contains(u"payload_template"_s) && !json.value(u"payload_template"_s).isNull()) {
        const QJsonValue t = json.value(u"payload_template"_s);
        if (!t.isObject() && !t.isArray())
            fail(u"payload_template"_s, u"must be a JSON object or array template"_s);
        else
            e.payloadTemplate = t;
    }

    if (json.contains(u"auth"_s) && !json.value(u"auth"_s).isNull()) {
        const QJsonValue av = json.value(u"auth"_s);
        const QJsonObject a = av.toObject();
        const QString type = a.value(u"type"_s).toString();
        static const QSet<QString> authKeys{u"type"_s,      u"header"_s, u"username"_s, u"token_url"_s,
                                            u"client_id"_s, u"scopes"_s, u"audience"_s};
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!authKeys.contains(it.key()))
                fail(u"auth."_s + it.key(),
                     it.key().contains(u"secret"_s) || it.key().contains(u"token"_s)
                             || it.key().contains(u"password"_s)
                         ? u"credentials are set with PUT /v1/endpoints/{name}/auth, never here"_s
                         : u"unknown field"_s);
        }
        if (!av.isObject() || type.isEmpty()) {
            fail(u"auth.type"_s,
                 u"must be one of none, bearer, api_key, basic, oauth2_client_credentials, mtls"_s);
        } else if (type == u"none") {
            e.auth.type = OutboundAuth::Type::None;
        } else if (type == u"bearer") {
            e.auth.type = OutboundAuth::Type::Bearer;
        } else if (type == u"api_key") {
            e.auth.type = OutboundAuth::Type::ApiKey;
            e.auth.header = a.value(u"header"_s).toString(u"X-API-Key"_s);
            static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
            if (!token.match(e.auth.header).hasMatch())
                fail(u"auth.header"_s, u"is not a valid header name"_s);
        } else if (type == u"basic") {
            e.auth.type = OutboundAuth::Type::Basic;
            e.auth.username = a.value(u"username"_s).toString();
            if (e.auth.username.isEmpty() || e.auth.username.contains(u':'))
                fail(u"auth.username"_s, u"is required and must not contain ':'"_s);
        } else if (type == u"oauth2_client_credentials") {
            e.auth.type = OutboundAuth::Type::OAuth2ClientCredentials;
            e.auth.tokenUrl = QUrl(a.value(u"token_url"_s).toString(), QUrl::StrictMode);
            e.auth.clientId = a.value(u"client_id"_s).toString();
            e.auth.audience = a.value(u"audience"_s).toString();
            for (const QJsonValue &scope : a.value(u"scopes"_s).toArray())
                e.auth.scopes.append(scope.toString());
            if (!e.auth.tokenUrl.isValid() || e.auth.tokenUrl.host().isEmpty()
                || (e.auth.tokenUrl.scheme() != u"https" && e.auth.tokenUrl.scheme() != u"http"))
                fail(u"auth.token_url"_s, u"must be the absolute URL of the token endpoint"_s);
            if (e.auth.clientId.isEmpty())
                fail(u"auth.client_id"_s, u"is required"_s);
        } else if (type == u"mtls") {
            e.auth.type = OutboundAuth::Type::Mtls;
            if (e.url.scheme() != u"https")
                fail(u"auth.type"_s, u"mtls needs an https URL"_s);
        } else {
            fail(u"auth.type"_s,
                 u"must be one of none, bearer, api_key, basic, oauth2_client_credentials, mtls"_s);
        }
    }

    if (json.contains(u"circuit_breaker"_s) && !json.value(u"circuit_breaker"_s).isNull()) {
        const QJsonValue v = json.value(u"circuit_breaker"_s);
        if (!v.isObject()) {
            fail(u"circuit_breaker"_s,
                 u"must be an object with enabled, failure_threshold, failure_rate, min_attempts, "
                 "window_s, cooldown_s and max_cooldown_s"_s);
        } else {
            const QJsonObject c = v.toObject();
            CircuitBreakerSettings &cb = e.circuitBreaker;
            static const QSet<QString> known{u"enabled"_s,       u"failure_threshold"_s, u"failure_rate"_s,
                                             u"min_attempts"_s,  u"window_s"_s,          u"cooldown_s"_s,
                                             u"max_cooldown_s"_s};
            for (auto it = c.begin(); it != c.end(); ++it) {
                if (!known.contains(it.key()))
                    fail(u"circuit_breaker."_s + it.key(), u"unknown field"_s);
            }
            auto readField = [&](const QString &key, int min, int max, int &out) {
                if (!c.contains(key))
                    return;
                const QJsonValue f = c.value(key);
                const double d = f.toDouble(-1);
                if (!f.isDouble() || d != double(qint64(d)) || d < min || d > max)
                    fail(u"circuit_breaker."_s + key,
                         u"must be an integer from %1 to %2"_s.arg(min).arg(max));
                else
                    out = int(d);
            };
            if (c.contains(u"enabled"_s)) {
                if (!c.value(u"enabled"_s).isBool())
                    fail(u"circuit_breaker.enabled"_s, u"must be true or false"_s);
                else
                    cb.enabled = c.value(u"enabled"_s).toBool();
            }
            readField(u"failure_threshold"_s, 1, 10000, cb.failureThreshold);
            readField(u"min_attempts"_s, 1, 100000, cb.minAttempts);
            readField(u"window_s"_s, 1, 3600, cb.windowS);
            readField(u"cooldown_s"_s, 1, 86400, cb.cooldownS);
            readField(u"max_cooldown_s"_s, 1, 86400, cb.maxCooldownS);
            if (c.contains(u"failure_rate"_s)) {
                const QJsonValue f = c.value(u"failure_rate"_s);
                if (!f.isDouble() || f.toDouble() < 0 || f.toDouble() > 1)
                    fail(u"circuit_breaker.failure_rate"_s, u"must be a fraction from 0 (off) to 1"_s);
                else
                    cb.failureRate = f.toDouble();
            }
            if (cb.maxCooldownS < cb.cooldownS)
                fail(u"circuit_breaker.max_cooldown_s"_s, u"must be at least cooldown_s"_s);
        }
    }

    if (json.contains(u"enabled"_s)) {
        if (!json.value(u"enabled"_s).isBool())
            fail(u"enabled"_s, u"must be true or false"_s);
        else
            e.enabled = json.value(u"enabled"_s).toBool();
    }

    if (!problems.isEmpty()) {
        const QJsonObject first = problems.first().toObject();
        return Error::invalid(
            first.value(u"field"_s).toString() + u": "_s + first.value(u"message"_s).toString(), problems);
    }
    return e;
}

} // namespace Switchboard
