// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Switchboard {

using namespace Qt::StringLiterals;

QString toIsoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

namespace {
QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject headersJson(const HeaderList &headers)
{
    QJsonObject json;
    for (const auto &h : headers) {
        const QString key = QString::fromLatin1(h.first).toLower();
        const QString value = QString::fromUtf8(h.second);
        json.insert(key, json.contains(key) ? json.value(key).toString() + u", "_s + value : value);
    }
    return json;
}

QJsonValue bodyJson(const QByteArray &body)
{
    // Show JSON as JSON; anything else as text.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !body.isEmpty())
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return QString::fromUtf8(body);
}
} // namespace

QByteArray RequestOverride::toJson() const
{
    if (isEmpty())
        return {};
    QJsonObject h;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        h.insert(it.key(), it.value());
    return QJsonDocument(
               QJsonObject{{u"method"_s, method}, {u"path"_s, path}, {u"query"_s, query}, {u"headers"_s, h}})
        .toJson(QJsonDocument::Compact);
}

RequestOverride RequestOverride::fromJson(const QByteArray &json)
{
    RequestOverride r;
    if (json.isEmpty())
        return r;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    r.method = o.value(u"method"_s).toString();
    r.path = o.value(u"path"_s).toString();
    r.query = o.value(u"query"_s).toString();
    const QJsonObject h = o.value(u"headers"_s).toObject();
    for (auto it = h.begin(); it != h.end(); ++it)
        r.headers.insert(it.key(), it.value().toString());
    return r;
}

QString toString(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return u"pending"_s;
    case DeliveryStatus::InFlight:
        return u"in_flight"_s;
    case DeliveryStatus::Delivered:
        return u"delivered"_s;
    case DeliveryStatus::Dead:
        return u"dead"_s;
    case DeliveryStatus::Discarded:
        return u"discarded"_s;
    }
    return {};
}

std::optional<DeliveryStatus> deliveryStatusFromString(QStringView text)
{
    for (auto s : {DeliveryStatus::Pending, DeliveryStatus::InFlight, DeliveryStatus::Delivered,
                   DeliveryStatus::Dead, DeliveryStatus::Discarded}) {
        if (text == toString(s))
            return s;
    }
    return std::nullopt;
}

QString toString(AttemptError error)
{
    switch (error) {
    case AttemptError::None:
        return {};
    case AttemptError::Timeout:
        return u"timeout"_s;
    case AttemptError::Connect:
        return u"connect"_s;
    case AttemptError::Dns:
        return u"dns"_s;
    case AttemptError::Tls:
        return u"tls"_s;
    case AttemptError::Reset:
        return u"reset"_s;
    case AttemptError::Http4xx:
        return u"http_4xx"_s;
    case AttemptError::Http429:
        return u"http_429"_s;
    case AttemptError::Http5xx:
        return u"http_5xx"_s;
    case AttemptError::Redirect:
        return u"redirect"_s;
    }
    return {};
}

std::optional<AttemptError> attemptErrorFromString(QStringView text)
{
    if (text.isEmpty())
        return AttemptError::None;
    for (auto e : {AttemptError::Timeout, AttemptError::Connect, AttemptError::Dns, AttemptError::Tls,
                   AttemptError::Reset, AttemptError::Http4xx, AttemptError::Http429, AttemptError::Http5xx,
                   AttemptError::Redirect}) {
        if (text == toString(e))
            return e;
    }
    return std::nullopt;
}

QJsonObject Attempt::toJson(bool withDetail) const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"n"_s, n},
        {u"at"_s, toIsoUtc(startedAt)},
        {u"status_code"_s, statusCode ? QJsonValue(statusCode) : QJsonValue(QJsonValue::Null)},
        {u"error"_s,
         error == AttemptError::None ? QJsonValue(QJsonValue::Null) : QJsonValue(toString(error))},
        {u"duration_ms"_s, durationMs},
        {u"replay"_s, replay},
    };
    if (withDetail) {
        json.insert(u"error_detail"_s,
                    errorDetail.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(errorDetail));
        json.insert(u"worker"_s, worker);
        json.insert(u"request"_s, QJsonObject{{u"url"_s, url}, {u"headers"_s, headersJson(requestHeaders)}});
        QJsonObject response{{u"headers"_s, headersJson(responseHeaders)},
                             {u"body"_s, bodyJson(responseBody)},
                             {u"body_truncated"_s, responseBodyTruncated}};
        json.insert(u"response"_s, statusCode ? QJsonValue(response) : QJsonValue(QJsonValue::Null));
    }
    return json;
}

QJsonObject Delivery::toJson(bool withAttempts, bool withDetail) const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"message_id"_s, messageId},
        {u"endpoint"_s, endpoint},
        {u"event_type"_s, eventType},
        {u"call_id"_s, callId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(callId)},
        {u"status"_s, toString(status)},
        {u"attempt_count"_s, attemptCount},
        {u"next_attempt_at"_s,
         status == DeliveryStatus::Pending ? isoOrNull(nextAttemptAt) : QJsonValue(QJsonValue::Null)},
        {u"created_at"_s, toIsoUtc(createdAt)},
        {u"updated_at"_s, toIsoUtc(updatedAt)},
        {u"last_status_code"_s, lastStatusCode ? QJsonValue(lastStatusCode) : QJsonValue(QJsonValue::Null)},
        {u"last_error"_s,
         lastError == AttemptError::None ? QJsonValue(QJsonValue::Null) : QJsonValue(toString(lastError))},
        {u"dead_reason"_s, deadReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(deadReason)},
        {u"replays"_s, replays},
    };
    if (withAttempts) {
        QJsonArray arr;
        for (const Attempt &a : attempts)
            arr.append(a.toJson(withDetail));
        json.insert(u"attempts"_s, arr);
    }
    return json;
}

QJsonObject Message::toJson() const
{
    QJsonArray dl;
    for (const Delivery &d : deliveries)
        dl.append(d.toJson(true, false));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    return QJsonObject{
        {u"id"_s, id},
        {u"event_type"_s, eventType},
        {u"call_id"_s, callId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(callId)},
        {u"idempotency_key"_s,
         idempotencyKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(idempotencyKey)},
        {u"created_at"_s, toIsoUtc(createdAt)},
        {u"payload"_s,
         doc.isObject()      ? QJsonValue(doc.object())
             : doc.isArray() ? QJsonValue(doc.array())
                             : QJsonValue(QString::fromUtf8(payload))},
        {u"deliveries"_s, dl},
    };
}

} // namespace Switchboard
