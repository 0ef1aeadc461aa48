// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Switchboard {

enum class SigningScheme { StandardWebhooks, XSignature, None };
QString toString(SigningScheme scheme);
std::optional<SigningScheme> signingSchemeFromString(QStringView text);

// How Switchboard authenticates itself to an endpoint that is an API (a CRM,
// a calendar) rather than a webhook receiver. The credential (token, API key,
// password, client secret, or client certificate and key) lives in the
// SecretStore under "endpoint-auth:<name>", never here.
struct OutboundAuth
{
    enum class Type { None, Bearer, ApiKey, Basic, OAuth2ClientCredentials, Mtls };
    Type type = Type::None;
    QString header; // ApiKey: the header name (default X-API-Key)
    QString username; // Basic
    QUrl tokenUrl; // OAuth2
    QString clientId; // OAuth2
    QStringList scopes; // OAuth2
    QString audience; // OAuth2, optional

    QJsonObject toJson() const;
};
QString toString(OutboundAuth::Type type);

// Which dispatcher capacity an endpoint uses: "fast" endpoints (answers a
// caller waits for) have their own, so a backlog of slow deliveries never
// delays them.
enum class LatencyProfile { Standard, Fast };

// When the engine stops sending to an endpoint that keeps failing (see
// CircuitBreaker): after failureThreshold retryable failures in a row, or a
// failure rate of at least failureRate over the last windowS seconds (with at
// least minAttempts attempts; a rate of 0 turns that test off), the circuit
// opens for cooldownS, doubled on each trip in a row up to maxCooldownS.
struct CircuitBreakerSettings
{
    bool enabled = true;
    int failureThreshold = 10;
    double failureRate = 0; // 0..1; 0: only consecutive failures open it
    int minAttempts = 20;
    int windowS = 60;
    int cooldownS = 30;
    int maxCooldownS = 600;

    QJsonObject toJson() const;
    bool operator==(const CircuitBreakerSettings &) const = default;
};

// An outbound destination, as the API and --config describe it. A plain value
// type: copied between the API, engine and ui threads.
struct Endpoint
{
    QString name;
    QUrl url;
    QString method = QStringLiteral("POST");
    QStringList eventTypes{QStringLiteral("*")};
    QString version;
    QMap<QString, QString> headers;
    SigningScheme signing = SigningScheme::StandardWebhooks;
    int timeoutMs = 10000;
    QList<int> retryScheduleS{1, 3, 10, 30, 120};
    double jitter = 0.2;
    double rateLimitPerS = 0; // 0: unlimited
    int maxInFlight = 6;
    bool enabled = true;
    LatencyProfile latencyProfile = LatencyProfile::Standard;
    OutboundAuth auth;
    CircuitBreakerSettings circuitBreaker;
    // Reshapes the event for this endpoint (e.g. an old version's consumers):
    // a JSON template over {"event", "event_type", "call_id", "message_id"}
    // with {{placeholders}} as in the function bridge. Null: as sent.
    QJsonValue payloadTemplate;
    bool hasPayloadTemplate() const { return payloadTemplate.isObject() || payloadTemplate.isArray(); }

    // Kept by the store, not set by clients.
    bool paused = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    // True when this endpoint receives events of type eventType: an exact name,
    // a pattern ending in '*' that matches by prefix, or "*" for everything.
    bool subscribes(const QString &eventType) const;

    // The contract's JSON shape (without secret information; the API adds the
    // fingerprint).
    QJsonObject toJson() const;

    // Parses and validates a client's JSON. Unknown fields are refused so a typo
    // does not silently fall back to a default. Every problem is listed in the
    // error's details as {"field", "message"}.
    static Result<Endpoint> fromJson(const QString &name, const QJsonObject &json);

    static bool isValidName(const QString &name);
    static bool isValidEventPattern(const QString &pattern);
};

bool isValidEventType(const QString &eventType);

} // namespace Switchboard
