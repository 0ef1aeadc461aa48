// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbound/inboundstore.h"
#include "platforms/platformconfig.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

namespace Switchboard {

struct ApiContext;
class FunctionsApi;

// One request from a platform to POST /platforms/{platform}/{name}, as received.
struct PlatformRequest
{
    QString url;
    HeaderList headers;
    QByteArray body; // the raw bytes: signatures cover these
    QHostAddress peer;
    QDateTime receivedAt;
    // >= 0: the body was not read (over the connection's limit, seen from the head):
    // its declared size, or with unreadChunked how much arrived before it was refused.
    qint64 unreadBodySize = -1;
    bool unreadChunked = false;
};

// The platform's own answer to a request that was accepted (2xx).
struct PlatformAnswer
{
    int status = 200;
    QByteArray body; // JSON
};

// The voice-agent platforms' side: verifies a request by its platform's scheme,
// then either invokes Switchboard functions for the platform's tool calls (Vapi
// tool-calls, Retell custom functions) and answers in the platform's format
// within its time budget, or forwards the platform's event durably as
// "<event_prefix>.<type>" with the platform's call id as call_id. Every request
// ends as one entry of the inbound log (source "platform:<name>"), so it shows in
// GET /v1/inbound and on the call's timeline (GET /v1/calls/{call_id}); a 2xx is
// given only after that entry (and a forwarded message) is committed.
//
// Caches connections and secrets briefly. Lives in the API thread and must be
// used from it only.
class PlatformProcessor
{
public:
    // event: the logged entry (its httpStatus >= 300 means refused); answer:
    // what the platform gets when it was accepted.
    using Callback = std::function<void(const InboundEvent &event, const PlatformAnswer &answer)>;

    PlatformProcessor();
    ~PlatformProcessor();

    Result<std::optional<PlatformConfig>> config(const ApiContext &context, const QString &name);
    void invalidate(const QString &name);

    void process(const ApiContext &context, const PlatformConfig &config, const PlatformRequest &request,
                 Callback done);

private:
    struct Cached;
    struct CachedSecrets;

    Result<QStringList> secrets(const ApiContext &context, const PlatformConfig &config);
    void forwardEvent(const ApiContext &context, const PlatformConfig &config, InboundEvent event,
                      const QJsonValue &document, const QByteArray &payload, const QString &type,
                      const PlatformAnswer &answer, const Callback &done);
    void vapiToolCalls(const ApiContext &context, const PlatformConfig &config, InboundEvent event,
                       const QJsonObject &message, const QString &type, const Callback &done);
    void vapiAssistantFunction(const ApiContext &context, const PlatformConfig &config, InboundEvent event,
                               const QJsonValue &document, const QByteArray &payload, const QString &type,
                               const PlatformAnswer &fallback, const Callback &done);
    void retellFunction(const ApiContext &context, const PlatformConfig &config, InboundEvent event,
                        const QJsonObject &document, const Callback &done);
    QStringList dedupeKeys(const PlatformConfig &config, const PlatformRequest &request,
                           const QJsonValue &document, const QString &callId, const QString &type) const;
    void finish(const ApiContext &context, const PlatformConfig &config, InboundEvent event,
                const QStringList &keys, const PlatformAnswer &answer, const Callback &done);

    QObject m_context; // receives the engine's callbacks in this thread
    std::unique_ptr<FunctionsApi> m_functions;
    QHash<QString, std::shared_ptr<Cached>> m_configs;
    QHash<QString, std::shared_ptr<CachedSecrets>> m_secrets;
};

} // namespace Switchboard
