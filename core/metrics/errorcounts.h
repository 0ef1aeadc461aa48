// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Switchboard {

// Failures by error class ("timeout" -> 3), stored as "timeout=3,http_5xx=2"
// in a rollup row. Few classes: a small sorted list beats a hash. A plain value type.
class ErrorCounts
{
public:
    void add(const QString &errorClass, qint64 count = 1);
    void merge(const ErrorCounts &other);
    qint64 value(const QString &errorClass) const;
    bool isEmpty() const { return m_counts.isEmpty(); }
    const QList<QPair<QString, qint64>> &counts() const { return m_counts; }

    QString toString() const;
    static ErrorCounts parse(const QString &text);
    QJsonObject toJson() const;

private:
    QList<QPair<QString, qint64>> m_counts; // sorted by class
};

} // namespace Switchboard
