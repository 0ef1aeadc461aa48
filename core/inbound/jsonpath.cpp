// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard {

using namespace Qt::StringLiterals;

Result<JsonPath> JsonPath::parse(const QString &text)
{
    auto bad = [&text](const QString &why) {
        return Error::invalid(u"\"%1\" is not a supported JSON path (%2); write it like $.data.call_id, "
                              u"$.items[0].id or $['odd key']"_s.arg(text, why));
    };
    if (!text.startsWith(u'$'))
        return bad(u"it must start with $"_s);
    if (text.size() > 256)
        return bad(u"it is longer than 256 characters"_s);
    JsonPath path;
    path.m_text = text;
    qsizetype i = 1;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'.') {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != u'.' && text.at(end) != u'[')
                ++end;
            const QString key = text.mid(i + 1, end - i - 1);
            if (key.isEmpty() || key == u"*")
                return bad(u"an empty or wildcard name after '.'"_s);
            path.m_steps.append({key, -1});
            i = end;
        } else if (c == u'[') {
            const qsizetype close = text.indexOf(u']', i);
            if (close < 0)
                return bad(u"an unclosed '['"_s);
            const QString inner = text.mid(i + 1, close - i - 1).trimmed();
            if (inner.size() >= 2 && (inner.front() == u'\'' || inner.front() == u'"')
                && inner.back() == inner.front()) {
                path.m_steps.append({inner.mid(1, inner.size() - 2), -1});
            } else {
                bool ok = false;
                const int index = inner.toInt(&ok);
                if (!ok || index < 0)
                    return bad(u"'[...]' must hold an index from 0 or a quoted name"_s);
                path.m_steps.append({QString(), index});
            }
            i = close + 1;
        } else {
            return bad(u"unexpected '%1' at %2"_s.arg(c).arg(i));
        }
    }
    return path;
}

std::optional<QJsonValue> JsonPath::evaluate(const QJsonValue &root) const
{
    QJsonValue at = root;
    for (const Step &step : m_steps) {
        if (step.index >= 0) {
            if (!at.isArray() || step.index >= at.toArray().size())
                return std::nullopt;
            at = at.toArray().at(step.index);
        } else {
            if (!at.isObject() || !at.toObject().contains(step.key))
                return std::nullopt;
            at = at.toObject().value(step.key);
        }
    }
    return at;
}

} // namespace Switchboard
