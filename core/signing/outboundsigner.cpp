// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboundsigner.h"

#include <QCryptographicHash>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

const QByteArray kWebhookId = "webhook-id"_ba;
const QByteArray kWebhookTimestamp = "webhook-timestamp"_ba;
const QByteArray kWebhookSignature = "webhook-signature"_ba;
const QByteArray kXSignature = "X-Signature"_ba;

bool isBase64Char(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+'
        || c == u'/';
}

// Where a rotation holds several secrets, say which one is wrong without
// showing it.
QString describeSecret(qsizetype index, qsizetype count, QStringView secret)
{
    if (count <= 1)
        return u"the signing secret ("_s + secretFingerprint(secret) + u')';
    return u"signing secret %1 of %2 ("_s.arg(index + 1).arg(count) + secretFingerprint(secret) + u')';
}

} // namespace

Result<QByteArray> StandardWebhooksSigner::decodeSecret(QStringView secret)
{
    QStringView encoded = secret;
    if (encoded.startsWith(u"whsec_"))
        encoded = encoded.mid(6);
    if (encoded.isEmpty())
        return Error::invalid(u"the secret is empty: expected \"whsec_\" followed by base64"_s);

    // Strict standard base64 (RFC 4648 section 4, padded), as the reference
    // libraries decode it: a lenient decoder would turn a mistyped secret into
    // a different key and every signature into a silent mismatch.
    qsizetype padding = 0;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char16_t c = encoded.at(i).unicode();
        if (c == u'=') {
            ++padding;
            continue;
        }
        if (padding > 0 || !isBase64Char(c)) {
            const QString hint = (c == u'-' || c == u'_') ? u" (base64url is not accepted; use '+' and '/')"_s
                : (c == u' ' || c == u'\n' || c == u'\r' || c == u'\t') ? u" (whitespace inside the secret)"_s
                                                                        : QString();
            return Error::invalid(u"the secret is not valid base64: unexpected character at position %1%2"_s
                                      .arg(i + 1 + (secret.size() - encoded.size()))
                                      .arg(hint));
        }
    }
    if (padding > 2 || encoded.size() % 4 != 0) {
        return Error::invalid(
            u"the secret is not valid base64: its length is not a multiple of 4 (missing '=' padding?)"_s);
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error::invalid(u"the secret is not valid base64"_s);
    if (decoded.decoded.isEmpty())
        return Error::invalid(u"the secret decodes to an empty key"_s);
    return decoded.decoded;
}

QByteArray StandardWebhooksSigner::sign(QByteArrayView key, QByteArrayView msgId, qint64 timestamp,
                                        QByteArrayView body)
{
    const QByteArray ts = QByteArray::number(timestamp);
    const QByteArray mac = m_hmac.compute(key, {msgId, ".", ts, ".", body});
    return "v1," + mac.toBase64();
}

QByteArray StandardWebhooksSigner::signatureHeader(const QList<QByteArray> &keys, QByteArrayView msgId,
                                                   qint64 timestamp, QByteArrayView body)
{
    QByteArray header;
    for (const QByteArray &key : keys) {
        if (!header.isEmpty())
            header += ' ';
        header += sign(key, msgId, timestamp, body);
    }
    return header;
}

QByteArray XSignatureSigner::signatureHeader(QByteArrayView secret, QByteArrayView body)
{
    return "sha256=" + m_hmac.compute(secret, body).toHex();
}

Result<HeaderList> OutboundSigner::sign(SigningScheme scheme, const QStringList &secrets,
                                        const QString &msgId, qint64 timestamp, QByteArrayView body)
{
    const QByteArray id = msgId.toUtf8();
    const QByteArray ts = QByteArray::number(timestamp);
    HeaderList headers{{kWebhookId, id}, {kWebhookTimestamp, ts}};
    if (scheme == SigningScheme::None)
        return headers;

    if (secrets.isEmpty())
        return Error::invalid(u"no signing secret is set for this endpoint"_s);

    switch (scheme) {
    case SigningScheme::StandardWebhooks: {
        QList<QByteArray> keys;
        keys.reserve(secrets.size());
        for (qsizetype i = 0; i < secrets.size(); ++i) {
            const Result<QByteArray> key = StandardWebhooksSigner::decodeSecret(secrets.at(i));
            if (!key) {
                return Error::invalid(describeSecret(i, secrets.size(), secrets.at(i)) + u" is unusable: "_s
                                      + key.error().message);
            }
            keys.append(key.value());
        }
        headers.append({kWebhookSignature, m_standard.signatureHeader(keys, id, timestamp, body)});
        break;
    }
    case SigningScheme::XSignature: {
        const QString &newest = secrets.constFirst();
        if (newest.isEmpty())
            return Error::invalid(u"the signing secret for this endpoint is empty"_s);
        headers.append({kXSignature, m_xsignature.signatureHeader(newest.toUtf8(), body)});
        break;
    }
    case SigningScheme::None:
        break;
    }
    return headers;
}

QString secretFingerprint(QStringView secret)
{
    const QByteArray digest = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
    return u"sha256:"_s + QString::fromLatin1(digest.toHex().left(16));
}

} // namespace Switchboard
