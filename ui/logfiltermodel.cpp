// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfiltermodel.h"

#include "ui/logmodel.h"

namespace Switchboard {

using namespace Qt::StringLiterals;

LogFilterModel::LogFilterModel(QObject *parent) : QSortFilterProxyModel(parent) { }

void LogFilterModel::setMinimumLevel(int rank)
{
    if (m_minimumLevel == rank)
        return;
    m_minimumLevel = rank;
    invalidateRowsFilter();
}

void LogFilterModel::setDirection(const QString &direction)
{
    if (m_direction == direction)
        return;
    m_direction = direction;
    invalidateRowsFilter();
}

void LogFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LogModel::LevelRole).toInt() < m_minimumLevel)
        return false;
    if (!m_direction.isEmpty()) {
        const QString direction = index.data(LogModel::DirectionRole).toString();
        if (m_direction == u"none" ? !direction.isEmpty() : direction != m_direction)
            return false;
    }
    if (!m_text.isEmpty()) {
        // The line as stored, and what the view shows of it (local time, translated direction).
        if (index.data(LogModel::LineRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
        const QString time = index.data(Qt::DisplayRole).toString();
        return time.contains(m_text);
    }
    return true;
}

} // namespace Switchboard
