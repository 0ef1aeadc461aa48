// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrule.h"

#include "model/delivery.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Switchboard {

using namespace Qt::StringLiterals;

QString AlertRule::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SuccessRateBelow:
        return u"success_rate_below"_s;
    case Kind::P95AboveMs:
        return u"p95_above_ms"_s;
    case Kind::DlqDepthAbove:
        return u"dlq_depth_above"_s;
    case Kind::SchemaDrift:
        return u"schema_drift"_s;
    case Kind::CircuitOpen:
        return u"circuit_open"_s;
    case Kind::BadSignatureBurst:
        return u"bad_signature_burst"_s;
    case Kind::ComplianceDeadLetter:
        return u"compliance_dead_letter"_s;
    }
    return {};
}

bool AlertRule::matchesEventType(const QString &eventType) const
{
    for (const QString &pattern : eventTypes) {
        if (pattern.endsWith(u'*') ? eventType.startsWith(QStringView(pattern).chopped(1))
                                   : eventType == pattern)
            return true;
    }
    return false;
}

namespace {

// The fields of the inbound and compliance kinds: source and event_types.
template <typename Fault>
void readInboundFields(const QJsonObject &json, AlertRule &r, bool kindOk, Fault &fault)
{
    static const QRegularExpression kName(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
    static const QRegularExpression kEventType(u"^[A-Za-z0-9._:/-]{1,128}\\*?$"_s);
    using Kind = AlertRule::Kind;
    const QJsonValue source = json.value(u"source"_s);
    if (!source.isUndefined() && !source.isNull()) {
        r.source = source.toString();
        if (kindOk && r.kind != Kind::BadSignatureBurst)
            fault(u"source"_s, u"is only used by bad_signature_burst"_s);
        else if (!source.isString() || !kName.match(r.source).hasMatch())
            fault(u"source"_s, u"must be a source name, or null for all sources"_s);
    }
    if (kindOk && r.kind == Kind::BadSignatureBurst && !r.endpoint.isEmpty())
        fault(u"endpoint"_s, u"bad_signature_burst watches inbound sources: use source"_s);
    const QJsonValue types = json.value(u"event_types"_s);
    if (kindOk && r.kind == Kind::ComplianceDeadLetter) {
        const QJsonArray list = types.toArray();
        for (const QJsonValue &v : list) {
            const QString t = v.toString();
            if (!v.isString() || (t != u"*" && !kEventType.match(t).hasMatch())) {
                fault(u"event_types"_s, u"must hold event types, each optionally ending in * (payment.*)"_s);
                break;
            }
            r.eventTypes.append(t);
        }
        if (!types.isArray() || list.isEmpty())
            fault(u"event_types"_s,
                  u"is required: the compliance event types, for example [\"sms.sent\", \"payment.*\"]"_s);
    } else if (kindOk && !types.isUndefined() && !types.isNull()) {
        fault(u"event_types"_s, u"is only used by compliance_dead_letter"_s);
    }
}

} // namespace

Result<AlertRule> AlertRule::fromJson(const QString &name, const QJsonObject &json)
{
    static const QRegularExpression kName(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
    static const QStringList kKnown{u"kind"_s,         u"endpoint"_s,   u"threshold"_s,    u"window_min"_s,
                                    u"min_attempts"_s, u"hysteresis"_s, u"baseline_min"_s, u"enabled"_s,
                                    u"name"_s,         u"updated_at"_s, u"source"_s,       u"event_types"_s};
    QJsonArray details;
    auto fault = [&](const QString &field, const QString &message) {
        details.append(QJsonObject{{u"field"_s, field}, {u"message"_s, message}});
    };
    AlertRule r;
    r.name = name;
    if (!kName.match(name).hasMatch())
        fault(u"name"_s, u"must match [a-z0-9][a-z0-9_-]{0,63}"_s);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!kKnown.contains(it.key()))
            fault(it.key(), u"unknown field"_s);
    }
    const QString kind = json.value(u"kind"_s).toString();
    bool kindOk = true;
    if (kind == u"success_rate_below")
        r.kind = Kind::SuccessRateBelow;
    else if (kind == u"p95_above_ms")
        r.kind = Kind::P95AboveMs;
    else if (kind == u"dlq_depth_above")
        r.kind = Kind::DlqDepthAbove;
    else if (kind == u"schema_drift")
        r.kind = Kind::SchemaDrift;
    else if (kind == u"circuit_open")
        r.kind = Kind::CircuitOpen;
    else if (kind == u"bad_signature_burst")
        r.kind = Kind::BadSignatureBurst;
    else if (kind == u"compliance_dead_letter")
        r.kind = Kind::ComplianceDeadLetter;
    else {
        kindOk = false;
        fault(u"kind"_s,
              u"must be one of success_rate_below, p95_above_ms, dlq_depth_above, schema_drift, "
              "bad_signature_burst, compliance_dead_letter, circuit_open"_s);
    }
    const QJsonValue endpoint = json.value(u"endpoint"_s);
    if (!endpoint.isUndefined() && !endpoint.isNull()) {
        r.endpoint = endpoint.toString();
        if (!endpoint.isString() || !kName.match(r.endpoint).hasMatch())
            fault(u"endpoint"_s, u"must be an endpoint name, or null for all"_s);
    }
    auto number
        = [&](const QString &field, double min, double max, double fallback, bool required) -> double {
        const QJsonValue v = json.value(field);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fault(field, u"is required"_s);
            return fallback;
        }
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            fault(field, u"must be a number from %1 to %2"_s.arg(min).arg(max));
            return fallback;
        }
        return v.toDouble();
    };
    if (kindOk) {
        switch (r.kind) {
        case Kind::SuccessRateBelow:
            r.threshold = number(u"threshold"_s, 0, 100, 0, true);
            r.hysteresis = number(u"hysteresis"_s, 0, 100, 5, false);
            break;
        case Kind::P95AboveMs:
            r.threshold = number(u"threshold"_s, 1, 3600000, 0, true);
            r.hysteresis = number(u"hysteresis"_s, 0, 0.9, 0.1, false);
            break;
        case Kind::DlqDepthAbove:
            r.threshold = number(u"threshold"_s, 0, 1e9, 0, true);
            r.hysteresis = number(u"hysteresis"_s, 0, 0.9, 0.1, false);
            break;
        case Kind::SchemaDrift:
            r.threshold = number(u"threshold"_s, 1, 1e6, 5, false);
            r.hysteresis = number(u"hysteresis"_s, 0, 0.9, 0.2, false);
            break;
        case Kind::CircuitOpen:
            // Seconds the circuit must have been open before it alerts (0: at once).
            r.threshold = number(u"threshold"_s, 0, 86400, 0, false);
            break;
        case Kind::BadSignatureBurst:
            // Resolves once the window holds at most threshold x hysteresis (default: none).
            r.threshold = number(u"threshold"_s, 1, 1e9, 10, false);
            r.hysteresis = number(u"hysteresis"_s, 0, 0.9, 0, false);
            break;
        case Kind::ComplianceDeadLetter:
            break;
        }
    }
    readInboundFields(json, r, kindOk, fault);
    r.windowMin = int(number(u"window_min"_s, 1, 1440, 5, false));
    r.minAttempts = int(number(u"min_attempts"_s, 0, 1e9, 5, false));
    r.baselineMin = int(number(u"baseline_min"_s, 1, 10080, 60, false));
    const QJsonValue enabled = json.value(u"enabled"_s);
    if (!enabled.isUndefined()) {
        if (!enabled.isBool())
            fault(u"enabled"_s, u"must be true or false"_s);
        r.enabled = enabled.toBool(true);
    }
    if (!details.isEmpty()) {
        const QJsonObject first = details.first().toObject();
        return Error::invalid(
            first.value(u"field"_s).toString() + u": "_s + first.value(u"message"_s).toString(), details);
    }
    return r;
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject o{{u"name"_s, name},
                  {u"kind"_s, kindName(kind)},
                  {u"endpoint"_s, endpoint.isEmpty() ? QJsonValue() : QJsonValue(endpoint)},
                  {u"threshold"_s, threshold},
                  {u"window_min"_s, windowMin},
                  {u"min_attempts"_s, minAttempts},
                  {u"hysteresis"_s, hysteresis},
                  {u"enabled"_s, enabled}};
    if (kind == Kind::SchemaDrift)
        o.insert(u"baseline_min"_s, baselineMin);
    if (kind == Kind::BadSignatureBurst)
        o.insert(u"source"_s, source.isEmpty() ? QJsonValue() : QJsonValue(source));
    if (kind == Kind::ComplianceDeadLetter)
        o.insert(u"event_types"_s, QJsonArray::fromStringList(eventTypes));
    if (updatedAt.isValid())
        o.insert(u"updated_at"_s, toIsoUtc(updatedAt));
    return o;
}

QString Alert::stateName(State state)
{
    switch (state) {
    case State::Open:
        return u"open"_s;
    case State::Acknowledged:
        return u"acknowledged"_s;
    case State::Resolved:
        return u"resolved"_s;
    }
    return {};
}

QJsonObject Alert::toJson() const
{
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue(); };
    return QJsonObject{{u"id"_s, id},
                       {u"rule"_s, rule},
                       {u"endpoint"_s, endpoint.isEmpty() ? QJsonValue() : QJsonValue(endpoint)},
                       {u"source"_s, source.isEmpty() ? QJsonValue() : QJsonValue(source)},
                       {u"delivery_id"_s, deliveryId.isEmpty() ? QJsonValue() : QJsonValue(deliveryId)},
                       {u"state"_s, stateName(state)},
                       {u"opened_at"_s, time(openedAt)},
                       {u"acknowledged_at"_s, time(acknowledgedAt)},
                       {u"resolved_at"_s, time(resolvedAt)},
                       {u"updated_at"_s, time(updatedAt)},
                       {u"message"_s, message},
                       {u"value"_s, value},
                       {u"threshold"_s, threshold}};
}

} // namespace Switchboard
