// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorcounts.h"

#include <algorithm>

namespace Switchboard {

using namespace Qt::StringLiterals;

void ErrorCounts::add(const QString &errorClass, qint64 count)
{
    auto it = std::lower_bound(m_counts.begin(), m_counts.end(), errorClass,
                               [](const QPair<QString, qint64> &p, const QString &k) { return p.first < k; });
    if (it != m_counts.end() && it->first == errorClass)
        it->second += count;
    else
        m_counts.insert(it, {errorClass, count});
}

void ErrorCounts::merge(const ErrorCounts &other)
{
    for (const auto &p : other.m_counts)
        add(p.first, p.second);
}

qint64 ErrorCounts::value(const QString &errorClass) const
{
    for (const auto &p : m_counts) {
        if (p.first == errorClass)
            return p.second;
    }
    return 0;
}

QString ErrorCounts::toString() const
{
    QString out;
    for (const auto &p : m_counts) {
        if (!out.isEmpty())
            out += u',';
        out += p.first + u'=' + QString::number(p.second);
    }
    return out;
}

ErrorCounts ErrorCounts::parse(const QString &text)
{
    ErrorCounts c;
    if (text.isEmpty())
        return c;
    for (QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            continue;
        c.add(part.left(eq).toString(), part.mid(eq + 1).toLongLong());
    }
    return c;
}

QJsonObject ErrorCounts::toJson() const
{
    QJsonObject o;
    for (const auto &p : m_counts)
        o.insert(p.first, double(p.second));
    return o;
}

} // namespace Switchboard
