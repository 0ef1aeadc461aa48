// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elevenlabsverifier.h"

#include "platforms/platformverifier.h"

#include <QRegularExpression>

namespace Switchboard {

using namespace Qt::StringLiterals;

Status ElevenLabsVerifier::verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS,
                                  int toleranceS)
{
    if (secrets.isEmpty())
        return noSecretFailure(u"the webhook secret ElevenLabs showed"_s);
    static const QByteArray header = QByteArrayLiteral("ElevenLabs-Signature");
    const QByteArray value = in.header(header);
    if (value.isEmpty())
        return verifyFailure(u"missing_header"_s, u"the ElevenLabs-Signature header is missing"_s, header);
    QByteArray stamp;
    QList<QByteArray> signatures;
    for (const QByteArray &item : value.split(',')) {
        const qsizetype eq = item.indexOf('=');
        const QByteArray key = item.left(eq).trimmed();
        const QByteArray v = item.mid(eq + 1).trimmed();
        if (key == "t")
            stamp = v;
        else if (key == "v0")
            signatures.append(v);
    }
    bool ok = false;
    const qint64 ts = stamp.toLongLong(&ok);
    if (!ok || signatures.isEmpty())
        return verifyFailure(u"malformed_header"_s, u"ElevenLabs-Signature is not t=<unix s>,v0=<hex>"_s,
                             header);
    const qint64 skew = nowS - ts;
    const int future = qMin(toleranceS, kMaxFutureS);
    if (skew > toleranceS || -skew > future) {
        return verifyFailure(
            u"timestamp_skew"_s,
            u"the signature's time is %1 s %2 this server's clock; at most %3 s are accepted"_s
                .arg(qAbs(skew))
                .arg(skew > 0 ? u"behind"_s : u"ahead of"_s)
                .arg(skew > 0 ? toleranceS : future),
            header, skew);
    }
    for (const QString &secret : secrets) {
        const QByteArray mac = m_hmac.compute(secret.toUtf8(), {stamp, ".", in.body}).toHex();
        for (const QByteArray &s : signatures) {
            if (constantTimeEquals(mac, s.toLower()))
                return Ok{};
        }
    }
    return verifyFailure(u"signature_mismatch"_s,
                         u"ElevenLabs-Signature does not match the body under the configured secret"_s,
                         header);
}

} // namespace Switchboard
