// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Switchboard::JsonText {

using namespace Qt::StringLiterals;

QString pretty(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonValue parse(const QString &text, QString *error, bool scalars)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(scalars ? "[" + utf8 + "]" : utf8, &pe);
    if (pe.error != QJsonParseError::NoError || doc.isNull()) {
        if (error) {
            const int offset = scalars ? std::max(0, pe.offset - 1) : pe.offset;
            *error
                = QCoreApplication::translate("Switchboard::JsonText", "not valid JSON: %1 at character %2")
                      .arg(pe.errorString())
                      .arg(offset);
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    if (scalars)
        return doc.array().size() == 1 ? doc.array().first() : QJsonValue(QJsonValue::Undefined);
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

QString headerLines(const QJsonValue &headers)
{
    QString out;
    const QJsonObject h = headers.toObject();
    for (auto it = h.begin(); it != h.end(); ++it)
        out += it.key() + u": "_s + it.value().toString() + u'\n';
    return out;
}

} // namespace Switchboard::JsonText
