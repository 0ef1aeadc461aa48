// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headertokenverifier.h"

#include "signing/hmac.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard {

using namespace Qt::StringLiterals;

HeaderTokenVerifier::HeaderTokenVerifier(QByteArray header) : m_header(std::move(header)) { }

Status HeaderTokenVerifier::verify(const VerifyInput &in, const QStringList &secrets, qint64, int)
{
    const QString header = QString::fromLatin1(m_header);
    auto detail = [&header](const QString &reason) {
        return QJsonArray{QJsonObject{{u"reason"_s, reason}, {u"header"_s, header}}};
    };
    bool anySecret = false;
    for (const QString &s : secrets)
        anySecret = anySecret || !s.isEmpty();
    if (!anySecret) {
        return Error{Error::Code::Unavailable, u"no token is set for this source"_s,
                     QJsonArray{QJsonObject{{u"reason"_s, u"no_secret"_s}}}};
    }
    QByteArray value = in.header(m_header);
    if (value.isEmpty()) {
        return Error{
            Error::Code::Unauthenticated,
            u"the request has no "_s + header
                + u" header: the sender is not configured to send the token, or a proxy dropped it"_s,
            detail(u"missing_header"_s)};
    }
    if (m_header.compare("Authorization", Qt::CaseInsensitive) == 0) {
        if (!value.startsWith("Bearer ")) {
            return Error{Error::Code::Unauthenticated,
                         u"the Authorization header must be \"Bearer <token>\""_s,
                         detail(u"malformed_header"_s)};
        }
        value = value.mid(7).trimmed();
    }
    // Hashing both sides first makes the comparison's time independent of the
    // token's length too.
    const QByteArray provided = QCryptographicHash::hash(value, QCryptographicHash::Sha256);
    bool match = false;
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            match |= constantTimeEquals(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256),
                                        provided);
    }
    if (!match) {
        return Error{Error::Code::Unauthenticated,
                     u"the token in "_s + header
                         + u" does not match the source's token (rotated, or mistyped)"_s,
                     detail(u"signature_mismatch"_s)};
    }
    return Ok{};
}

} // namespace Switchboard
