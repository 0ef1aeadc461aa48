// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blandverifier.h"

#include "platforms/platformverifier.h"

namespace Switchboard {

using namespace Qt::StringLiterals;

Status BlandVerifier::verify(const VerifyInput &in, const QStringList &secrets, qint64, int)
{
    if (secrets.isEmpty())
        return noSecretFailure(u"the webhook signing secret from Bland's dev portal"_s);
    static const QByteArray header = QByteArrayLiteral("X-Webhook-Signature");
    const QByteArray value = in.header(header).toLower();
    if (value.isEmpty())
        return verifyFailure(u"missing_header"_s, u"the X-Webhook-Signature header is missing"_s, header);
    for (const QString &secret : secrets) {
        if (constantTimeEquals(m_hmac.compute(secret.toUtf8(), in.body).toHex(), value))
            return Ok{};
    }
    return verifyFailure(u"signature_mismatch"_s,
                         u"X-Webhook-Signature does not match the body under the configured secret"_s,
                         header);
}

} // namespace Switchboard
