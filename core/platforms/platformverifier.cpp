// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformverifier.h"

#include "platforms/blandverifier.h"
#include "platforms/elevenlabsverifier.h"
#include "platforms/livekitverifier.h"
#include "platforms/platformconfig.h"
#include "platforms/retellverifier.h"
#include "platforms/vapiverifier.h"

#include <QJsonObject>

namespace Switchboard {

using namespace Qt::StringLiterals;

std::unique_ptr<InboundVerifier> createPlatformVerifier(const PlatformConfig &config)
{
    const QString &p = config.platform;
    if (p == u"vapi")
        return std::make_unique<VapiVerifier>(config.auth);
    if (p == u"retell")
        return std::make_unique<RetellVerifier>();
    if (p == u"elevenlabs")
        return std::make_unique<ElevenLabsVerifier>();
    if (p == u"bland")
        return std::make_unique<BlandVerifier>();
    if (p == u"livekit")
        return std::make_unique<LiveKitVerifier>(config.auth.value(u"api_key"_s).toString());
    if (p == u"openai")
        return std::make_unique<StandardWebhooksVerifier>();
    if (p == u"twilio")
        return std::make_unique<TwilioVerifier>();
    return nullptr;
}

Error verifyFailure(const QString &reason, const QString &message, const QByteArray &header, qint64 skewS)
{
    QJsonObject detail{{u"reason"_s, reason}};
    if (!header.isEmpty())
        detail.insert(u"header"_s, QString::fromLatin1(header));
    if (skewS != 0)
        detail.insert(u"skew_s"_s, double(skewS));
    return Error{Error::Code::Unauthenticated, message, QJsonArray{detail}};
}

Error noSecretFailure(const QString &hint)
{
    return Error{Error::Code::Unavailable,
                 u"no secret is set for this platform: PUT /v1/platforms/{name}/secret with "_s + hint,
                 QJsonArray{QJsonObject{{u"reason"_s, u"no_secret"_s}}}};
}

} // namespace Switchboard
