// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livekitverifier.h"

#include "platforms/platformverifier.h"

#include <QJsonDocument>

#include <openssl/evp.h>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

std::optional<QByteArray> base64Url(QByteArrayView text)
{
    auto decoded
        = QByteArray::fromBase64Encoding(text.toByteArray(),
                                         QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                             | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray sha256(QByteArrayView data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), md, &size, EVP_sha256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(md), int(size));
}

} // namespace

LiveKitVerifier::LiveKitVerifier(const QString &apiKey) : m_apiKey(apiKey) { }

Status LiveKitVerifier::verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS)
{
    if (secrets.isEmpty())
        return noSecretFailure(u"the LiveKit API secret of auth.api_key"_s);
    static const QByteArray header = QByteArrayLiteral("Authorization");
    QByteArray token = in.header(header);
    if (token.isEmpty())
        return verifyFailure(u"missing_header"_s,
                             u"the Authorization header (LiveKit's signed token) is missing"_s, header);
    if (token.size() > 7 && token.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        token = token.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return verifyFailure(u"malformed_header"_s,
                             u"Authorization is not a JWT (header.payload.signature)"_s, header);
    const auto headerJson = base64Url(parts.at(0));
    const auto payloadJson = base64Url(parts.at(1));
    const auto signature = base64Url(parts.at(2));
    if (!headerJson || !payloadJson || !signature)
        return verifyFailure(u"malformed_header"_s, u"the JWT is not base64url"_s, header);
    QJsonParseError error;
    const QJsonObject jose = QJsonDocument::fromJson(*headerJson, &error).object();
    if (error.error != QJsonParseError::NoError)
        return verifyFailure(u"malformed_header"_s, u"the JWT header is not JSON"_s, header);
    if (jose.value(u"alg"_s).toString() != u"HS256") {
        return verifyFailure(u"malformed_header"_s,
                             u"the JWT is signed with %1; LiveKit signs webhooks with HS256"_s.arg(
                                 jose.value(u"alg"_s).toString().left(20)),
                             header);
    }
    const QJsonObject claims = QJsonDocument::fromJson(*payloadJson, &error).object();
    if (error.error != QJsonParseError::NoError)
        return verifyFailure(u"malformed_header"_s, u"the JWT claims are not JSON"_s, header);

    // The signature first: nothing in an unsigned token is believed.
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    bool signedOk = false;
    for (const QString &secret : secrets) {
        if (constantTimeEquals(m_hmac.compute(secret.toUtf8(), signingInput), *signature))
            signedOk = true;
    }
    if (!signedOk)
        return verifyFailure(u"signature_mismatch"_s,
                             u"the JWT is not signed with the configured API secret"_s, header);
    if (claims.value(u"iss"_s).toString() != m_apiKey) {
        return verifyFailure(u"signature_mismatch"_s,
                             u"the JWT was issued for API key %1, not %2"_s.arg(
                                 claims.value(u"iss"_s).toString().left(64), m_apiKey),
                             header);
    }
    const QJsonValue exp = claims.value(u"exp"_s);
    if (!exp.isDouble())
        return verifyFailure(u"malformed_header"_s, u"the JWT has no exp claim"_s, header);
    if (nowS > qint64(exp.toDouble()) + toleranceS) {
        const qint64 skew = nowS - qint64(exp.toDouble());
        return verifyFailure(
            u"timestamp_skew"_s,
            u"the JWT expired %1 s ago; %2 s of clock tolerance are accepted"_s.arg(skew).arg(toleranceS),
            header, skew);
    }
    const QJsonValue nbf = claims.value(u"nbf"_s);
    if (nbf.isDouble() && nowS + toleranceS < qint64(nbf.toDouble())) {
        const qint64 skew = nowS - qint64(nbf.toDouble());
        return verifyFailure(
            u"timestamp_skew"_s,
            u"the JWT is not valid for another %1 s (the sender's clock is ahead); %2 s of clock "
            u"tolerance are accepted"_s.arg(-skew)
                .arg(toleranceS),
            header, skew);
    }
    const QString expected = QString::fromLatin1(sha256(in.body).toBase64());
    if (!constantTimeEquals(claims.value(u"sha256"_s).toString().toLatin1(), expected.toLatin1()))
        return verifyFailure(u"body_hash_mismatch"_s,
                             u"the body's SHA-256 differs from the token's sha256 claim"_s, header);
    return Ok{};
}

} // namespace Switchboard
