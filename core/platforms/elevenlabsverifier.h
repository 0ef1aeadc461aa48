// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verifiers.h"

#include <QJsonObject>

namespace Switchboard {

// ElevenLabs post-call webhooks: "ElevenLabs-Signature: t=<unix s>,v0=<hex
// HMAC-SHA256(secret, "<t>.<raw body>")>". The timestamp may be tolerance_s old
// (30 minutes by default, as ElevenLabs' SDK allows) and at most
// min(tolerance_s, 300) ahead of this clock. Not thread-safe.
class ElevenLabsVerifier final : public InboundVerifier
{
public:
    static constexpr int kMaxFutureS = 300;
    Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) override;

private:
    Hmac m_hmac{Hmac::Algorithm::Sha256};
};

} // namespace Switchboard
