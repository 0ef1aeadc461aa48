// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesttemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(u"\\{\\{\\s*([A-Za-z0-9_\\-]+(?:\\.[A-Za-z0-9_\\-]+)*)\\s*\\}\\}"_s);
    return re;
}

// The whole string is one placeholder: its path; otherwise empty.
QString wholePlaceholder(const QString &text)
{
    const auto m = placeholderPattern().match(text);
    if (m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == text.size())
        return m.captured(1);
    return {};
}

QString textOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

Result<QJsonValue> renderValue(const QJsonValue &tmpl, const QJsonObject &args, int depth, qint64 &budget)
{
    if (depth > RequestTemplate::kMaxDepth)
        return Error::invalid(
            u"the request template nests deeper than %1 levels"_s.arg(RequestTemplate::kMaxDepth));
    switch (tmpl.type()) {
    case QJsonValue::String: {
        const QString text = tmpl.toString();
        const QString whole = wholePlaceholder(text);
        if (!whole.isEmpty()) {
            const QJsonValue v = RequestTemplate::lookup(args, whole);
            budget -= textOf(v).size();
            return v;
        }
        auto r = RequestTemplate::renderText(text, args, false);
        if (!r)
            return r.error();
        budget -= r->size();
        return QJsonValue(*r);
    }
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &item : tmpl.toArray()) {
            auto v = renderValue(item, args, depth + 1, budget);
            if (!v)
                return v;
            out.append(v->isUndefined() ? QJsonValue(QJsonValue::Null) : *v);
        }
        return QJsonValue(out);
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject obj = tmpl.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            auto v = renderValue(it.value(), args, depth + 1, budget);
            if (!v)
                return v;
            if (!v->isUndefined())
                out.insert(it.key(), *v);
        }
        return QJsonValue(out);
    }
    default:
        return tmpl;
    }
}

void collect(const QJsonValue &v, QStringList &out)
{
    if (v.isString()) {
        auto it = placeholderPattern().globalMatch(v.toString());
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!out.contains(name))
                out.append(name);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collect(item, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collect(it.value(), out);
    }
}

} // namespace

QJsonValue RequestTemplate::lookup(const QJsonObject &arguments, const QString &path)
{
    QJsonValue v = arguments;
    for (const QString &part : path.split(u'.')) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonObject o = v.toObject();
        if (!o.contains(part))
            return QJsonValue(QJsonValue::Undefined);
        v = o.value(part);
    }
    return v;
}

Result<QString> RequestTemplate::renderText(const QString &tmpl, const QJsonObject &arguments,
                                            bool encodeForUrl)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(tmpl);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(tmpl).mid(last, m.capturedStart() - last);
        const QString value = textOf(lookup(arguments, m.captured(1)));
        out += encodeForUrl ? QString::fromLatin1(QUrl::toPercentEncoding(value)) : value;
        last = m.capturedEnd();
        if (out.size() > kMaxOutputBytes)
            return Error::invalid(u"the rendered request is larger than %1 bytes"_s.arg(kMaxOutputBytes));
    }
    out += QStringView(tmpl).mid(last);
    return out;
}

Result<QJsonValue> RequestTemplate::render(const QJsonValue &tmpl, const QJsonObject &arguments)
{
    qint64 budget = kMaxOutputBytes;
    auto v = renderValue(tmpl, arguments, 0, budget);
    if (v && budget < 0)
        return Error::invalid(u"the rendered request is larger than %1 bytes"_s.arg(kMaxOutputBytes));
    return v;
}

QStringList RequestTemplate::placeholders(const QJsonValue &tmpl)
{
    QStringList out;
    collect(tmpl, out);
    return out;
}

} // namespace Switchboard
