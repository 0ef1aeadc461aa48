// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "source.h"

#include "api/apiserver.h"
#include "model/delivery.h"
#include "model/endpoint.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxToleranceS = 86400;
constexpr qint64 kMaxWindowS = 90 * 86400;

const QStringList &schemes()
{
    static const QStringList list{u"standard-webhooks"_s, u"stripe"_s,      u"github"_s,      u"twilio"_s,
                                  u"shopify"_s,           u"x-signature"_s, u"header-token"_s};
    return list;
}

bool isHeaderName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$"_s);
    return re.match(name).hasMatch();
}

QJsonArray rangesJson(const QList<IpAllowlist::Subnet> &ranges)
{
    QJsonArray out;
    for (const auto &r : ranges)
        out.append(IpAllowlist::rangeText(r));
    return out;
}

// Whole seconds in [min, max] from a JSON number, or nullopt.
std::optional<qint64> wholeNumber(const QJsonValue &v, qint64 min, qint64 max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != double(qint64(d)) || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

} // namespace

bool Source::isValidName(const QString &name)
{
    return Endpoint::isValidName(name);
}

bool Source::isKnownScheme(const QString &scheme)
{
    return schemes().contains(scheme);
}

Result<Source> Source::fromJson(const QString &name, const QJsonObject &json, qint64 defaultMaxBody)
{
    QJsonArray problems;
    auto fail = [&problems](const QString &field, const QString &message) {
        problems.append(QJsonObject{{u"field"_s, field}, {u"message"_s, message}});
    };
    auto failWith = [&problems](const Error &error) {
        if (error.details.isEmpty())
            problems.append(QJsonObject{{u"field"_s, u"(source)"_s}, {u"message"_s, error.message}});
        for (const QJsonValue &d : error.details)
            problems.append(d);
    };

    Source s;
    s.name = name;
    if (!isValidName(name))
        fail(u"name"_s, u"must match [a-z0-9][a-z0-9_-]{0,63}"_s);

    static const QStringList known{u"scheme"_s, u"tolerance_s"_s,  u"allow_ips"_s,     u"trusted_proxies"_s,
                                   u"schema"_s, u"rules"_s,        u"forward"_s,       u"public_url"_s,
                                   u"dedupe"_s, u"token_header"_s, u"max_body_bytes"_s};
    // What a GET returns may be sent back unchanged.
    static const QStringList readOnly{u"name"_s, u"created_at"_s, u"updated_at"_s, u"secret_fingerprint"_s,
                                      u"secrets"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (readOnly.contains(it.key()))
            continue;
        if (!known.contains(it.key()))
            fail(it.key(), u"unknown field"_s);
    }
    if (json.contains(u"name"_s) && json.value(u"name"_s).toString() != name)
        fail(u"name"_s, u"differs from the name in the path"_s);

    const QJsonValue scheme = json.value(u"scheme"_s);
    if (!scheme.isString() || !isKnownScheme(scheme.toString()))
        fail(u"scheme"_s, u"is required: one of "_s + schemes().join(u", "_s));
    else
        s.scheme = scheme.toString();

    const QJsonValue tolerance = json.value(u"tolerance_s"_s);
    if (!tolerance.isUndefined() && !tolerance.isNull()) {
        const auto t = wholeNumber(tolerance, 1, kMaxToleranceS);
        if (!t)
            fail(u"tolerance_s"_s, u"must be whole seconds from 1 to 86400"_s);
        else
            s.toleranceS = int(*t);
    }

    for (const QString &key : {u"allow_ips"_s, u"trusted_proxies"_s}) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isArray()) {
            fail(key, u"must be an array of CIDR ranges such as \"203.0.113.0/24\" or \"2001:db8::/32\""_s);
            continue;
        }
        auto ranges = IpAllowlist::parseRanges(v.toArray(), key);
        if (!ranges)
            failWith(ranges.error());
        else
            (key == u"allow_ips" ? s.allowIps : s.trustedProxies) = *ranges;
    }
    s.allowlist = IpAllowlist(s.allowIps, s.trustedProxies);

    const QJsonValue schema = json.value(u"schema"_s);
    if (!schema.isUndefined() && !schema.isNull()) {
        if (!schema.isObject()) {
            fail(u"schema"_s, u"must be a JSON Schema object"_s);
        } else {
            auto compiled = JsonSchema::compile(schema.toObject());
            if (!compiled)
                failWith(compiled.error());
            else
                s.schema = *compiled;
        }
    }

    const QJsonValue rules = json.value(u"rules"_s);
    if (!rules.isUndefined() && !rules.isNull()) {
        auto parsed = rules.isObject()
            ? SanityRules::parse(rules.toObject())
            : Result<SanityRules>(Error::invalid(
                u"rules: must be an object"_s,
                {QJsonObject{{u"field"_s, u"rules"_s}, {u"message"_s, u"must be an object"_s}}}));
        if (!parsed)
            failWith(parsed.error());
        else
            s.rules = *parsed;
    }

    const QJsonValue forward = json.value(u"forward"_s);
    if (!forward.isUndefined() && !forward.isNull()) {
        const QJsonObject f = forward.toObject();
        SourceForward out;
        if (!forward.isObject())
            fail(u"forward"_s,
                 u"must be an object: {\"event_type\": \"lead.created\", \"endpoints\": [...]}"_s);
        for (auto it = f.begin(); it != f.end(); ++it) {
            if (it.key() != u"event_type" && it.key() != u"endpoints" && it.key() != u"call_id_path")
                fail(u"forward."_s + it.key(), u"unknown field"_s);
        }
        const QJsonValue type = f.value(u"event_type"_s);
        static const QRegularExpression placeholder(u"\\{(\\$[^}]*)\\}"_s);
        if (forward.isObject() && !type.isString()) {
            fail(u"forward.event_type"_s, u"is required: the event type of the forwarded message"_s);
        } else if (type.isString()) {
            QString probe = type.toString();
            for (auto m = placeholder.globalMatch(type.toString()); m.hasNext();) {
                const auto match = m.next();
                if (auto p = JsonPath::parse(match.captured(1)); !p)
                    fail(u"forward.event_type"_s, p.error().message);
                probe.replace(match.captured(0), u"x"_s);
            }
            if (!isValidEventType(probe))
                fail(u"forward.event_type"_s,
                     u"must be letters, digits and . _ : / - (at most 128), with optional {$.path} parts"_s);
            out.eventType = type.toString();
        }
        const QJsonValue endpoints = f.value(u"endpoints"_s);
        if (!endpoints.isUndefined() && !endpoints.isNull()) {
            if (!endpoints.isArray() || endpoints.toArray().isEmpty())
                fail(u"forward.endpoints"_s, u"must be a non-empty array of endpoint names"_s);
            for (const QJsonValue &e : endpoints.toArray()) {
                if (!e.isString() || !Endpoint::isValidName(e.toString()))
                    fail(u"forward.endpoints"_s, u"must hold endpoint names"_s);
                else
                    out.endpoints.append(e.toString());
            }
        }
        const QJsonValue callIdPath = f.value(u"call_id_path"_s);
        if (!callIdPath.isUndefined() && !callIdPath.isNull()) {
            auto p = JsonPath::parse(callIdPath.toString());
            if (!callIdPath.isString() || !p)
                fail(u"forward.call_id_path"_s, p ? u"must be a JSON path string"_s : p.error().message);
            else
                out.callIdPath = *p;
        }
        s.forward = out;
    }

    const QJsonValue url = json.value(u"public_url"_s);
    if (!url.isUndefined() && !url.isNull()) {
        const QUrl u(url.toString(), QUrl::StrictMode);
        if (!url.isString() || !u.isValid() || (u.scheme() != u"https" && u.scheme() != u"http")
            || u.host().isEmpty() || !u.fragment().isEmpty())
            fail(u"public_url"_s, u"must be the absolute http(s) URL the sender calls, without a fragment"_s);
        else if (s.scheme != u"twilio")
            fail(u"public_url"_s, u"is only used by the twilio scheme"_s);
        else
            s.publicUrl = url.toString();
    } else if (s.scheme == u"twilio") {
        fail(u"public_url"_s,
             u"is required for twilio: the exact URL set in the Twilio console, which Twilio "
             u"signs (scheme, host, port, path and query)"_s);
    }

    const QJsonValue dedupe = json.value(u"dedupe"_s);
    if (!dedupe.isUndefined() && !dedupe.isNull()) {
        const QJsonObject d = dedupe.toObject();
        if (!dedupe.isObject())
            fail(u"dedupe"_s, u"must be an object"_s);
        for (auto it = d.begin(); it != d.end(); ++it) {
            if (it.key() != u"enabled" && it.key() != u"header" && it.key() != u"json_path"
                && it.key() != u"window_s")
                fail(u"dedupe."_s + it.key(), u"unknown field; use enabled, header, json_path or window_s"_s);
        }
        if (d.contains(u"enabled"_s)) {
            if (!d.value(u"enabled"_s).isBool())
                fail(u"dedupe.enabled"_s, u"must be true or false"_s);
            s.dedupe.enabled = d.value(u"enabled"_s).toBool(true);
        }
        if (d.contains(u"header"_s) && d.contains(u"json_path"_s))
            fail(u"dedupe"_s, u"give header or json_path, not both"_s);
        if (d.contains(u"header"_s)) {
            if (!isHeaderName(d.value(u"header"_s).toString()))
                fail(u"dedupe.header"_s, u"must be a header name"_s);
            else
                s.dedupe.header = d.value(u"header"_s).toString().toLatin1();
        }
        if (d.contains(u"json_path"_s)) {
            auto p = JsonPath::parse(d.value(u"json_path"_s).toString());
            if (!p)
                fail(u"dedupe.json_path"_s, p.error().message);
            else
                s.dedupe.jsonPath = *p;
        }
        if (d.contains(u"window_s"_s)) {
            const auto w = wholeNumber(d.value(u"window_s"_s), 1, kMaxWindowS);
            if (!w)
                fail(u"dedupe.window_s"_s, u"must be whole seconds up to 90 days (7776000)"_s);
            else
                s.dedupe.windowS = *w;
        }
    }
    // A captured request must not be replayable after its id is forgotten while
    // its timestamp is still accepted.
    if (s.dedupe.enabled && s.dedupe.windowS <= 2 * qint64(s.toleranceS))
        fail(u"dedupe.window_s"_s, u"must be longer than twice tolerance_s (%1 s)"_s.arg(2 * s.toleranceS));

    const QJsonValue tokenHeader = json.value(u"token_header"_s);
    if (!tokenHeader.isUndefined() && !tokenHeader.isNull()) {
        if (s.scheme != u"header-token")
            fail(u"token_header"_s, u"is only used by the header-token scheme"_s);
        else if (!isHeaderName(tokenHeader.toString()))
            fail(u"token_header"_s, u"must be a header name"_s);
        else
            s.tokenHeader = tokenHeader.toString().toLatin1();
    } else if (s.scheme == u"header-token") {
        s.tokenHeader = "X-Webhook-Token";
    }

    s.maxBodyBytes = qBound<qint64>(1, defaultMaxBody, kMaxRouteBodyBytes);
    const QJsonValue maxBody = json.value(u"max_body_bytes"_s);
    if (!maxBody.isUndefined() && !maxBody.isNull()) {
        const auto m = wholeNumber(maxBody, 1, kMaxRouteBodyBytes);
        if (!m)
            fail(u"max_body_bytes"_s,
                 u"must be whole bytes from 1 to %1 (64 MiB, the most the server reads)"_s.arg(
                     kMaxRouteBodyBytes));
        else
            s.maxBodyBytes = *m;
    }

    if (!problems.isEmpty()) {
        const QJsonObject first = problems.first().toObject();
        return Error::invalid(
            first.value(u"field"_s).toString() + u": "_s + first.value(u"message"_s).toString(), problems);
    }
    return s;
}

QJsonObject Source::toJson() const
{
    QJsonObject json{
        {u"name"_s, name},
        {u"scheme"_s, scheme},
        {u"tolerance_s"_s, toleranceS},
        {u"allow_ips"_s, rangesJson(allowIps)},
        {u"trusted_proxies"_s, rangesJson(trustedProxies)},
        {u"schema"_s, schema.isNull() ? QJsonValue() : QJsonValue(schema.source())},
        {u"rules"_s, rules.toJson()},
        {u"max_body_bytes"_s, double(maxBodyBytes)},
    };
    if (forward) {
        QJsonObject f{{u"event_type"_s, forward->eventType}};
        if (!forward->endpoints.isEmpty())
            f.insert(u"endpoints"_s, QJsonArray::fromStringList(forward->endpoints));
        if (forward->callIdPath)
            f.insert(u"call_id_path"_s, forward->callIdPath->text());
        json.insert(u"forward"_s, f);
    } else {
        json.insert(u"forward"_s, QJsonValue());
    }
    if (scheme == u"twilio")
        json.insert(u"public_url"_s, publicUrl);
    if (scheme == u"header-token")
        json.insert(u"token_header"_s, QString::fromLatin1(tokenHeader));
    QJsonObject d{{u"enabled"_s, dedupe.enabled}, {u"window_s"_s, double(dedupe.windowS)}};
    if (!dedupe.header.isEmpty())
        d.insert(u"header"_s, QString::fromLatin1(dedupe.header));
    if (dedupe.jsonPath)
        d.insert(u"json_path"_s, dedupe.jsonPath->text());
    json.insert(u"dedupe"_s, d);
    if (createdAt.isValid())
        json.insert(u"created_at"_s, toIsoUtc(createdAt));
    if (updatedAt.isValid())
        json.insert(u"updated_at"_s, toIsoUtc(updatedAt));
    return json;
}

} // namespace Switchboard
