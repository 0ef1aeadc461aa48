// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbound/jsonpath.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace Switchboard {

// What choosing a platform fills in: how its requests are authenticated, where
// its event type and call id are, how duplicates are recognised, and how long it
// waits for an answer. One per platform, from the vendors' documentation and SDKs.
struct PlatformPreset
{
    QString platform; // vapi, retell, elevenlabs, bland, livekit, openai, twilio
    QString scheme; // the verification scheme's name, for humans and the API
    QByteArray signatureHeader; // the header that carries the signature or secret
    int toleranceS = 300; // default clock tolerance; 0: the scheme signs no time
    QStringList eventTypePaths; // first present wins
    QString callIdPath;
    // How duplicates are keyed: "body" (SHA-256 of the body), "call_event" (call
    // id and event type), "json:$.path", "header:<name>".
    QString dedupe;
    int budgetMs = 10000; // how long the platform waits for an answer
    bool formBodies = false; // application/x-www-form-urlencoded (Twilio)
    QString defaultSecretHint; // what PUT .../secret takes, for error messages
    qint64 maxBodyBytes = 0; // the default max_body_bytes; 0: the API's limit (1 MiB)

    static const PlatformPreset *find(const QString &platform);
    static QStringList names();
    QJsonObject toJson() const;
};

// One voice-agent platform connection (PUT /v1/platforms/{name}): which
// platform, its authentication settings, the clock tolerance and the prefix of
// the event types its events are forwarded as. Parsed strictly (unknown fields
// are refused); toJson() gives it back with the preset's defaults filled in.
// A value type.
class PlatformConfig
{
public:
    // defaultMaxBody: max_body_bytes when neither json nor the preset sets it (the
    // API's limit, 1 MiB); a connection may set anything up to kMaxRouteBodyBytes.
    static Result<PlatformConfig> fromJson(const QString &name, const QJsonObject &json,
                                           qint64 defaultMaxBody);
    QJsonObject toJson() const;

    static bool isValidName(const QString &name);
    // The most a Vapi assistant_request answer may take, compact (a transient assistant with its prompt).
    static constexpr qsizetype kMaxAssistantRequestBytes = 64 * 1024;
    // Why value is not an answer Vapi takes for assistant-request (an object naming an assistant,
    // squad, workflow, transfer destination or error, at most kMaxAssistantRequestBytes); empty if it is.
    static QString assistantRequestProblem(const QJsonValue &value);
    // The SecretRing owner of this connection's secrets.
    static QString secretOwner(const QString &name) { return QStringLiteral("platform:") + name; }
    // The inbound log's source name for this connection's requests.
    static QString logSource(const QString &name) { return QStringLiteral("platform:") + name; }

    const PlatformPreset &preset() const { return *m_preset; }

    QString name;
    QString platform;
    QJsonObject auth; // normalised, defaults filled in
    int toleranceS = 300;
    QString eventPrefix;
    QStringList endpoints; // empty: every endpoint subscribed to the event type
    QJsonValue callInbound; // Retell: the answer to call_inbound
    QJsonValue assistantRequest; // Vapi: the answer to assistant-request, as it is
    QString assistantRequestFunction; // Vapi: the function whose result answers assistant-request
    qint64 maxBodyBytes = 0;
    int budgetMs = 10000;
    JsonPath callIdPath;
    QList<JsonPath> eventTypePaths;
    QDateTime createdAt;
    QDateTime updatedAt;

private:
    const PlatformPreset *m_preset = nullptr;
};

} // namespace Switchboard
