// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> kKnownFields{u"name"_s,       u"url"_s,        u"method"_s,       u"event_types"_s,
                                 u"version"_s,    u"headers"_s,    u"signing"_s,      u"timeout_ms"_s,
                                 u"retry"_s,      u"rate_limit_per_s"_s, u"max_in_flight"_s, u"enabled"_s,
                                 u"paused"_s,     u"created_at"_s, u"updated_at"_s, u"secret_fingerprint"_s,
                                 u"secrets"_s};

// Headers the engine sets itself; a static header must not override them.
const QSet<QString> kReservedHeaders{u"content-length"_s, u"host"_s, u"transfer-encoding"_s,
                                     u"connection"_s,     u"webhook-id"_s, u"webhook-timestamp"_s,
                                     u"webhook-signature"_s, u"x-signature"_s};

QJsonObject problem(const QString &field, const QString &message)
{
    return QJsonObject{{u"field"_s, field}, {u"message"_s, message}};
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

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
    };
    if (createdAt.isValid())
        json.insert(u"created_at"_s, isoUtc(createdAt));
    if (updatedAt.isValid())
        json.insert(u"updated_at"_s, isoUtc(updatedAt));
    return json;
}

Result<Endpoint> Endpoint::fromJson(const QString &name, const QJsonObject &json)
{
    Endpoint e;
    QJsonArray problems;
    auto fail = [&](const QString &field, const QString &message) { problems.append(problem(field, message)); };

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
                    fail(u"event_types[%1]"_s.arg(i), u"must be an event type, a prefix ending in '*', or '*'"_s);
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
                            fail(u"retry.schedule_s[%1]"_s.arg(i), u"must be whole seconds from 0 to 604800"_s);
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

    if (json.contains(u"enabled"_s)) {
        if (!json.value(u"enabled"_s).isBool())
            fail(u"enabled"_s, u"must be true or false"_s);
        else
            e.enabled = json.value(u"enabled"_s).toBool();
    }

    if (!problems.isEmpty()) {
        const QJsonObject first = problems.first().toObject();
        return Error::invalid(first.value(u"field"_s).toString() + u": "_s + first.value(u"message"_s).toString(),
                              problems);
    }
    return e;
}

} // namespace Switchboard
