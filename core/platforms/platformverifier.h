// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verifiers.h"

#include <memory>

namespace Switchboard {

class PlatformConfig;

// The verifier of a platform connection's requests: the platforms' own schemes
// (Vapi, Retell, ElevenLabs, Bland, LiveKit) and, as presets, the existing
// Standard Webhooks (OpenAI) and Twilio verifiers. They all follow
// InboundVerifier's contract (401 with details {"reason", "header", "skew_s"},
// 503 when no secret can verify). Not thread-safe: one per thread.
std::unique_ptr<InboundVerifier> createPlatformVerifier(const PlatformConfig &config);

// The 401 or 503 every platform verifier gives, in InboundVerifier's shape.
Error verifyFailure(const QString &reason, const QString &message, const QByteArray &header = {},
                    qint64 skewS = 0);
Error noSecretFailure(const QString &hint);

} // namespace Switchboard
