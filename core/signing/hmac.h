// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>

namespace Switchboard {

// HMAC through OpenSSL's EVP_MAC, keeping the MAC context for reuse between
// calls (QMessageAuthenticationCode is about ten times slower here).
// Not thread-safe: each thread keeps its own instance.
class Hmac
{
public:
    enum class Algorithm { Sha1, Sha256, Sha512 };

    explicit Hmac(Algorithm algorithm = Algorithm::Sha256);
    ~Hmac();
    Hmac(const Hmac &) = delete;
    Hmac &operator=(const Hmac &) = delete;

    // The raw MAC of the concatenation of parts under key.
    QByteArray compute(QByteArrayView key, std::initializer_list<QByteArrayView> parts);
    QByteArray compute(QByteArrayView key, QByteArrayView data) { return compute(key, {data}); }

    Algorithm algorithm() const { return m_algorithm; }

private:
    struct Private;
    Private *d;
    Algorithm m_algorithm;
};

// Compares two byte strings in time that depends only on their lengths.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace Switchboard
