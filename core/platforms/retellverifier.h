// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verifiers.h"

#include <QJsonObject>

namespace Switchboard {

// Retell: "x-retell-signature: v=<unix ms>,d=<hex HMAC-SHA256(api key, raw body
// followed by the timestamp's digits)>", as retell-sdk's sign() makes it;
// 5 minutes either way unless the connection's tolerance says otherwise.
// Not thread-safe.
class RetellVerifier final : public InboundVerifier
{
public:
    Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) override;

private:
    Hmac m_hmac{Hmac::Algorithm::Sha256};
};

} // namespace Switchboard
