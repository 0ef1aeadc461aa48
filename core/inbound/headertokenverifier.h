// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verifiers.h"

namespace Switchboard {

// The "header-token" scheme: the sender puts a shared token in a header
// (X-Webhook-Token by default; "Authorization: Bearer <token>" when the header is
// Authorization). Weaker than a signature: the token travels with every request,
// nothing binds it to the body or a time, so anyone who sees one request can
// send others. Only for senders that can do nothing better, and only over HTTPS.
//
// Compared in constant time against every active secret. Not thread-safe.
class HeaderTokenVerifier final : public InboundVerifier
{
public:
    explicit HeaderTokenVerifier(QByteArray header);

    Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) override;

private:
    QByteArray m_header;
};

} // namespace Switchboard
