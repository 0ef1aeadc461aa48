// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hmac.h"

#include "util/logging.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace Switchboard {

namespace {

const char *digestName(Hmac::Algorithm algorithm)
{
    switch (algorithm) {
    case Hmac::Algorithm::Sha1:
        return "SHA1";
    case Hmac::Algorithm::Sha256:
        return "SHA256";
    case Hmac::Algorithm::Sha512:
        return "SHA512";
    }
    return "SHA256";
}

} // namespace

// The fetched algorithm and one context: fetching is the expensive part, and
// EVP_MAC_init with a new key resets the context for the next message.
struct Hmac::Private
{
    EVP_MAC *mac = nullptr;
    EVP_MAC_CTX *ctx = nullptr;
};

Hmac::Hmac(Algorithm algorithm) : d(new Private), m_algorithm(algorithm)
{
    d->mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (d->mac)
        d->ctx = EVP_MAC_CTX_new(d->mac);
    if (!d->ctx) {
        qCCritical(lcSigning) << "OpenSSL has no HMAC implementation available";
        return;
    }
    // The digest stays set on the context across EVP_MAC_init calls.
    char *digest = const_cast<char *>(digestName(algorithm));
    const OSSL_PARAM params[]
        = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
    if (EVP_MAC_CTX_set_params(d->ctx, params) != 1) {
        qCCritical(lcSigning) << "OpenSSL refused HMAC digest" << digestName(algorithm);
        EVP_MAC_CTX_free(d->ctx);
        d->ctx = nullptr;
        return;
    }
}

Hmac::~Hmac()
{
    EVP_MAC_CTX_free(d->ctx);
    EVP_MAC_free(d->mac);
    delete d;
}

QByteArray Hmac::compute(QByteArrayView key, std::initializer_list<QByteArrayView> parts)
{
    if (!d->ctx)
        return {};
    // A null key pointer would mean "keep the previous key": an empty key must
    // still be a real (empty) key.
    static const unsigned char emptyKey = 0;
    const auto *keyData = key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.data());
    if (EVP_MAC_init(d->ctx, keyData, size_t(key.size()), nullptr) != 1) {
        qCWarning(lcSigning) << "EVP_MAC_init failed";
        return {};
    }
    for (QByteArrayView part : parts) {
        if (part.isEmpty())
            continue;
        if (EVP_MAC_update(d->ctx, reinterpret_cast<const unsigned char *>(part.data()), size_t(part.size()))
            != 1) {
            qCWarning(lcSigning) << "EVP_MAC_update failed";
            return {};
        }
    }
    // The MAC size is known only once a key is set (OpenSSL 3.0 reports 0 before).
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t written = 0;
    if (EVP_MAC_final(d->ctx, reinterpret_cast<unsigned char *>(out.data()), &written, size_t(out.size()))
        != 1) {
        qCWarning(lcSigning) << "EVP_MAC_final failed";
        return {};
    }
    out.truncate(qsizetype(written));
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace Switchboard
