// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Switchboard {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

enum class DeliveryStatus { Pending, InFlight, Delivered, Dead, Discarded };
QString toString(DeliveryStatus status);
std::optional<DeliveryStatus> deliveryStatusFromString(QStringView text);

// The class of a failed attempt. Redirect is an extension of the contract's
// list: redirects are never followed silently, and are final.
enum class AttemptError { None, Timeout, Connect, Dns, Tls, Reset, Http4xx, Http429, Http5xx, Redirect };
QString toString(AttemptError error); // empty for None
std::optional<AttemptError> attemptErrorFromString(QStringView text);

// How one message's request differs from its endpoint's defaults: the LLM
// function bridge sends each function to its own method, path and query on the
// endpoint's base URL. Empty fields mean "as the endpoint says".
struct RequestOverride
{
    QString method;
    QString path; // appended to the endpoint URL's path
    QString query; // encoded, without '?'
    QMap<QString, QString> headers;

    bool isEmpty() const
    {
        return method.isEmpty() && path.isEmpty() && query.isEmpty() && headers.isEmpty();
    }
    QByteArray toJson() const; // empty when isEmpty()
    static RequestOverride fromJson(const QByteArray &json);
};

// What a voice agent asks the engine to deliver.
struct EnqueueRequest
{
    QString eventType;
    QByteArray payload; // compact JSON, exactly the bytes that will be sent
    QStringList endpoints; // empty: every enabled endpoint subscribed to eventType
    QString callId;
    QString idempotencyKey;
    RequestOverride request;
};

struct DeliveryRef
{
    QString id;
    QString endpoint;
    DeliveryStatus status = DeliveryStatus::Pending;
};

struct EnqueueResult
{
    QString messageId;
    QList<DeliveryRef> deliveries;
    bool duplicate = false; // the idempotency key was seen before: nothing was created
    QDateTime createdAt;
};

// One attempt as stored: request and response headers, a bounded body.
struct Attempt
{
    QString id;
    QString deliveryId;
    int n = 0;
    QDateTime startedAt;
    int durationMs = 0;
    int statusCode = 0; // 0: no HTTP response
    AttemptError error = AttemptError::None;
    QString errorDetail;
    bool replay = false;
    QString worker;
    QString url;
    HeaderList requestHeaders; // signatures masked
    HeaderList responseHeaders;
    QByteArray responseBody; // bounded
    bool responseBodyTruncated = false;

    QJsonObject toJson(bool withDetail) const;
};

struct Delivery
{
    QString id;
    QString messageId;
    QString endpoint;
    QString eventType;
    QString callId;
    QString idempotencyKey;
    DeliveryStatus status = DeliveryStatus::Pending;
    int attemptCount = 0;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    int lastStatusCode = 0;
    AttemptError lastError = AttemptError::None;
    QString deadReason;
    int replays = 0;
    QList<Attempt> attempts; // filled only where asked for

    QJsonObject toJson(bool withAttempts, bool withDetail) const;
};

struct Message
{
    QString id;
    QString eventType;
    QString callId;
    QString idempotencyKey;
    QByteArray payload;
    QDateTime createdAt;
    QList<Delivery> deliveries;

    QJsonObject toJson() const;
};

QString toIsoUtc(const QDateTime &t);

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::EnqueueRequest)
Q_DECLARE_METATYPE(Switchboard::EnqueueResult)
