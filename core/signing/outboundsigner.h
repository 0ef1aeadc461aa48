// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"
#include "model/endpoint.h"
#include "signing/hmac.h"
#include "util/result.h"

#include <QStringList>

namespace Switchboard {

// Standard Webhooks (https://www.standardwebhooks.com): "v1,<base64 HMAC-SHA256>"
// over "<msg_id>.<timestamp>.<body>", keyed with the base64-decoded part of a
// "whsec_" secret. Several secrets (during a rotation) give several
// space-separated signatures in one header.
class StandardWebhooksSigner
{
public:
    // "whsec_<base64>" or bare base64 -> key bytes; an error for anything else.
    static Result<QByteArray> decodeSecret(QStringView secret);

    // One signature, "v1,<base64>".
    QByteArray sign(QByteArrayView key, QByteArrayView msgId, qint64 timestamp, QByteArrayView body);

    // The webhook-signature header value for every key, space-separated.
    QByteArray signatureHeader(const QList<QByteArray> &keys, QByteArrayView msgId, qint64 timestamp,
                               QByteArrayView body);

private:
    Hmac m_hmac{Hmac::Algorithm::Sha256};
};

// The seed article's scheme: "X-Signature: sha256=<hex HMAC-SHA256(secret, body)>",
// keyed with the secret string's UTF-8 bytes as they are.
class XSignatureSigner
{
public:
    QByteArray signatureHeader(QByteArrayView secret, QByteArrayView body);

private:
    Hmac m_hmac{Hmac::Algorithm::Sha256};
};

// Produces the headers that sign one outbound request for an endpoint's scheme.
// Always adds webhook-id and webhook-timestamp so receivers can de-duplicate
// whatever the scheme. Secrets are given newest first; x-signature signs with
// the newest only (its header carries one signature).
// Not thread-safe: one per dispatcher thread.
class OutboundSigner
{
public:
    Result<HeaderList> sign(SigningScheme scheme, const QStringList &secrets, const QString &msgId,
                            qint64 timestamp, QByteArrayView body);

private:
    StandardWebhooksSigner m_standard;
    XSignatureSigner m_xsignature;
};

// "sha256:" + the first 16 hex digits of SHA-256(secret): enough to tell
// secrets apart in the API and ui, useless to recover one.
QString secretFingerprint(QStringView secret);

} // namespace Switchboard
