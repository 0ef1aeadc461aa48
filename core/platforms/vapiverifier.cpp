// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vapiverifier.h"

#include "platforms/platformverifier.h"

#include <QRegularExpression>

namespace Switchboard {

using namespace Qt::StringLiterals;

VapiVerifier::VapiVerifier(const QJsonObject &auth) : m_auth(auth) { }

Status VapiVerifier::verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS)
{
    if (secrets.isEmpty())
        return noSecretFailure(u"the secret configured in Vapi's server credential"_s);
    const QString type = m_auth.value(u"type"_s).toString();
    if (type == u"secret_header" || type == u"bearer") {
        const QByteArray header = m_auth.value(u"header"_s).toString().toLatin1();
        QByteArray value = in.header(header);
        if (value.isEmpty())
            return verifyFailure(u"missing_header"_s,
                                 u"the %1 header is missing"_s.arg(QString::fromLatin1(header)), header);
        if (type == u"bearer" && value.size() > 7
            && value.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
            value = value.mid(7).trimmed();
        for (const QString &secret : secrets) {
            if (constantTimeEquals(value, secret.toUtf8()))
                return Ok{};
        }
        return verifyFailure(
            u"signature_mismatch"_s,
            u"the %1 header does not hold the configured secret"_s.arg(QString::fromLatin1(header)), header);
    }

    // HMAC plan.
    const QByteArray sigHeader = m_auth.value(u"signature_header"_s).toString().toLatin1();
    const QByteArray tsHeader = m_auth.value(u"timestamp_header"_s).toString().toLatin1();
    const QString format = m_auth.value(u"payload_format"_s).toString();
    const QByteArray prefix = m_auth.value(u"prefix"_s).toString().toUtf8();
    QByteArray signature = in.header(sigHeader);
    if (signature.isEmpty())
        return verifyFailure(u"missing_header"_s,
                             u"the %1 header is missing"_s.arg(QString::fromLatin1(sigHeader)), sigHeader);
    if (!prefix.isEmpty()) {
        if (!signature.startsWith(prefix)) {
            return verifyFailure(u"malformed_header"_s,
                                 u"the %1 header does not start with %2"_s.arg(QString::fromLatin1(sigHeader),
                                                                               QString::fromUtf8(prefix)),
                                 sigHeader);
        }
        signature = signature.mid(prefix.size());
    }
    QByteArray given;
    if (m_auth.value(u"encoding"_s).toString() == u"base64") {
        auto decoded = QByteArray::fromBase64Encoding(signature, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return verifyFailure(u"malformed_header"_s, u"the signature is not base64"_s, sigHeader);
        given = decoded.decoded;
    } else {
        static const QRegularExpression hex(u"^[0-9a-fA-F]+$"_s);
        if (!hex.match(QString::fromLatin1(signature)).hasMatch() || signature.size() % 2)
            return verifyFailure(u"malformed_header"_s, u"the signature is not hex"_s, sigHeader);
        given = QByteArray::fromHex(signature);
    }
    QByteArray timestamp;
    if (format.contains(u"{timestamp}"_s)) {
        timestamp = in.header(tsHeader);
        if (timestamp.isEmpty()) {
            return verifyFailure(u"missing_header"_s,
                                 u"the %1 header is missing"_s.arg(QString::fromLatin1(tsHeader)), tsHeader);
        }
        bool ok = false;
        qint64 ts = timestamp.toLongLong(&ok);
        if (!ok || ts <= 0)
            return verifyFailure(u"malformed_header"_s, u"the timestamp is not Unix time"_s, tsHeader);
        if (ts > 100000000000LL) // milliseconds
            ts /= 1000;
        const qint64 skew = nowS - ts;
        if (skew > toleranceS || -skew > toleranceS) {
            return verifyFailure(
                u"timestamp_skew"_s,
                u"the timestamp is %1 s %2 this server's clock; at most %3 s are accepted"_s.arg(qAbs(skew))
                    .arg(skew > 0 ? u"behind"_s : u"ahead of"_s)
                    .arg(toleranceS),
                tsHeader, skew);
        }
    }
    // The payload, with the placeholders replaced in one pass (a body holding
    // "{timestamp}" stays as it is).
    QByteArray payload;
    static const QRegularExpression placeholder(u"\\{(body|timestamp|method|url)\\}"_s);
    qsizetype last = 0;
    for (auto m = placeholder.globalMatch(format); m.hasNext();) {
        const auto match = m.next();
        payload += format.mid(last, match.capturedStart() - last).toUtf8();
        const QString name = match.captured(1);
        if (name == u"body")
            payload += in.body;
        else if (name == u"timestamp")
            payload += timestamp;
        else if (name == u"method")
            payload += "POST";
        else
            payload += in.url.toUtf8();
        last = match.capturedEnd();
    }
    payload += format.mid(last).toUtf8();
    const QString algorithm = m_auth.value(u"algorithm"_s).toString();
    Hmac &hmac = algorithm == u"sha1" ? m_sha1 : algorithm == u"sha512" ? m_sha512 : m_sha256;
    for (const QString &secret : secrets) {
        if (constantTimeEquals(hmac.compute(secret.toUtf8(), payload), given))
            return Ok{};
    }
    return verifyFailure(u"signature_mismatch"_s,
                         u"the %1 signature does not match the body under any configured secret"_s.arg(
                             QString::fromLatin1(sigHeader)),
                         sigHeader);
}

} // namespace Switchboard
