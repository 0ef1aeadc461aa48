// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signing/verifiers.h"

#include <QJsonObject>

namespace Switchboard {

// Vapi's server authentication, as its credentials offer it (auth.type):
// secret_header (a static secret in a header, x-vapi-secret by default), bearer
// ("Bearer <token>" or the bare token in a configurable header), or hmac (Vapi's
// HMAC plan: sha256, sha512 or sha1 over payload_format, where {timestamp},
// {body}, {method} and {url} are replaced; hex or base64, an optional prefix such
// as "sha256=", the timestamp in its own header, in seconds or milliseconds).
// Not thread-safe.
class VapiVerifier final : public InboundVerifier
{
public:
    explicit VapiVerifier(const QJsonObject &auth);
    Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) override;

private:
    QJsonObject m_auth;
    Hmac m_sha1{Hmac::Algorithm::Sha1};
    Hmac m_sha256{Hmac::Algorithm::Sha256};
    Hmac m_sha512{Hmac::Algorithm::Sha512};
};

} // namespace Switchboard
