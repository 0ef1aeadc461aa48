// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"
#include "signing/hmac.h"
#include "util/result.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <memory>

namespace Switchboard {

// One inbound request as a verifier sees it. Signatures cover the body bytes
// exactly as received, so body must never be a re-serialized copy.
struct VerifyInput
{
    QByteArray body;
    HeaderList headers;
    // Twilio only: the full public URL Twilio called (scheme, host, port, path
    // and query) as configured in the Twilio console, not the URL this server
    // saw behind a proxy.
    QString url;
    // Twilio only: the decoded parameters of a form body, repeats kept. Left
    // empty, they are parsed from the body when Content-Type says the body is
    // application/x-www-form-urlencoded.
    QList<QPair<QString, QString>> formParams;

    // The first header called name (case-insensitive), trimmed; empty if absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

// Decodes an application/x-www-form-urlencoded body ('+' is a space, UTF-8),
// keeping order and repeated names.
QList<QPair<QString, QString>> parseFormUrlEncoded(QByteArrayView body);

// Checks that an inbound request was signed with one of a source's secrets.
//
// verify() takes every secret currently accepted (several during a rotation),
// the current Unix time in seconds, and the accepted clock difference in either
// direction (used by the schemes that sign a timestamp). A rejected request gives
// Error::Code::Unauthenticated (401); a source that cannot verify anything (no
// secret, unusable secret, unknown public URL) gives Error::Code::Unavailable
// (503, so the sender retries once the source is fixed). The message names the
// likely cause; details holds one object {"reason"[, "header"][, "skew_s"]} where
// reason is one of missing_header, malformed_header, timestamp_skew,
// signature_mismatch, body_hash_mismatch, no_secret, bad_secret, no_url.
// Comparisons of signatures are constant-time. Messages never contain secrets.
//
// Not thread-safe (each keeps an Hmac): one instance per thread.
class InboundVerifier
{
public:
    virtual ~InboundVerifier() = default;
    virtual Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) = 0;
};

// The contract's scheme names ("standard-webhooks", "stripe", "github",
// "twilio", "shopify", "x-signature") -> a verifier; nullptr for any other name.
std::unique_ptr<InboundVerifier> createVerifier(QStringView scheme);

// Standard Webhooks (also Svix, whose headers carry an svix- prefix):
// webhook-id, webhook-timestamp and webhook-signature "v1,<base64>" (several,
// space-separated) over "<id>.<timestamp>.<body>", keyed with the decoded
// whsec_ secret.
class StandardWebhooksVerifier final : public InboundVerifier
{
public:
    Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) override;

private:
    Hmac m_hmac{Hmac::Algorithm::Sha256};
};

// Stripe: "Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>...]", HMAC-SHA256 over
// "<t>.<body>" keyed with the whole whsec_ string. v0 (test) signatures are ignored.
class StripeVerifier final : public InboundVerifier
{
public:
    Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) override;

private:
    Hmac m_hmac{Hmac::Algorithm::Sha256};
};

// GitHub: "X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, body)>". The
// legacy SHA-1 X-Hub-Signature is not accepted. No timestamp is signed.
class GitHubVerifier final : public InboundVerifier
{
public:
    Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) override;

private:
    Hmac m_hmac{Hmac::Algorithm::Sha256};
};

// Twilio: "X-Twilio-Signature: <base64 HMAC-SHA1(auth token, data)>", where
// data is the public URL followed, for a form body, by every parameter's name
// and value sorted by name. A JSON body is instead covered by the URL's
// bodySHA256 query parameter (hex SHA-256 of the body). The URL is tried with
// and without its port, as Twilio's own validators do. No timestamp is signed.
class TwilioVerifier final : public InboundVerifier
{
public:
    Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) override;

private:
    Hmac m_hmac{Hmac::Algorithm::Sha1};
};

// Shopify: "X-Shopify-Hmac-Sha256: <base64 HMAC-SHA256(secret, body)>". No
// timestamp is signed.
class ShopifyVerifier final : public InboundVerifier
{
public:
    Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) override;

private:
    Hmac m_hmac{Hmac::Algorithm::Sha256};
};

// The seed article's scheme, as XSignatureSigner sends it:
// "X-Signature: sha256=<hex HMAC-SHA256(secret, body)>". No timestamp is signed.
class XSignatureVerifier final : public InboundVerifier
{
public:
    Status verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS) override;

private:
    Hmac m_hmac{Hmac::Algorithm::Sha256};
};

} // namespace Switchboard
