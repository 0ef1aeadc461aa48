// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retellverifier.h"

#include "platforms/platformverifier.h"

#include <QRegularExpression>

namespace Switchboard {

using namespace Qt::StringLiterals;

Status RetellVerifier::verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS)
{
    if (secrets.isEmpty())
        return noSecretFailure(u"the Retell API key with the webhook badge"_s);
    static const QByteArray header = QByteArrayLiteral("x-retell-signature");
    const QByteArray value = in.header(header);
    if (value.isEmpty())
        return verifyFailure(u"missing_header"_s, u"the x-retell-signature header is missing"_s, header);
    static const QRegularExpression format(u"^v=(\\d{1,16}),d=([0-9a-fA-F]{64})$"_s);
    const auto m = format.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return verifyFailure(u"malformed_header"_s, u"x-retell-signature is not v=<unix ms>,d=<hex>"_s,
                             header);
    const QByteArray stamp = m.captured(1).toLatin1();
    const qint64 skew = nowS - stamp.toLongLong() / 1000;
    if (skew > toleranceS || -skew > toleranceS) {
        return verifyFailure(
            u"timestamp_skew"_s,
            u"the signature's time is %1 s %2 this server's clock; at most %3 s are accepted"_s
                .arg(qAbs(skew))
                .arg(skew > 0 ? u"behind"_s : u"ahead of"_s)
                .arg(toleranceS),
            header, skew);
    }
    const QByteArray given = QByteArray::fromHex(m.captured(2).toLatin1());
    for (const QString &secret : secrets) {
        if (constantTimeEquals(m_hmac.compute(secret.toUtf8(), {in.body, stamp}), given))
            return Ok{};
    }
    return verifyFailure(u"signature_mismatch"_s,
                         u"x-retell-signature does not match the body under the configured API key"_s,
                         header);
}

} // namespace Switchboard
