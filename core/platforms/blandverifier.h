// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verifiers.h"

#include <QJsonObject>

namespace Switchboard {

// Bland: "X-Webhook-Signature: <hex HMAC-SHA256(secret, raw body)>". No time is
// signed: replays are caught by de-duplication on call id and event.
// Not thread-safe.
class BlandVerifier final : public InboundVerifier
{
public:
    Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) override;

private:
    Hmac m_hmac{Hmac::Algorithm::Sha256};
};

} // namespace Switchboard
