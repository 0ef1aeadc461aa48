// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ids.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {
QByteArray randomBytes(int n)
{
    // One call for all the words: a call per byte cost about a tenth of the
    // engine thread's time per delivery.
    QList<quint32> words((n + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), n);
}
} // namespace

QString newId(QStringView prefix)
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    const QString time = QString::number(ms, 16).rightJustified(12, u'0');
    return prefix + time + QString::fromLatin1(randomBytes(8).toHex());
}

QString newWebhookSecret()
{
    return u"whsec_"_s + QString::fromLatin1(randomBytes(24).toBase64());
}

QString newApiToken()
{
    return u"sbt_"_s
        + QString::fromLatin1(
               randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace Switchboard
