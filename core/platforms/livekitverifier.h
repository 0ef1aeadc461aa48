// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verifiers.h"

#include <QJsonObject>

namespace Switchboard {

// LiveKit webhooks: the Authorization header holds an HS256 JWT signed with the
// API secret, whose iss is the API key and whose sha256 claim is the base64
// SHA-256 of the body; exp is required and exp/nbf are checked with the clock
// tolerance (10 s by default, as livekit-server-sdk's WebhookReceiver). Only
// HS256 is accepted (never "none"). Not thread-safe.
class LiveKitVerifier final : public InboundVerifier
{
public:
    explicit LiveKitVerifier(const QString &apiKey);
    Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) override;

private:
    QString m_apiKey;
    Hmac m_hmac{Hmac::Algorithm::Sha256};
};

} // namespace Switchboard
