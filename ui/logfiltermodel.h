// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Switchboard {

// The Logs page's filters over a LogModel: a minimum level, a direction
// ("out", "in", "none" for records that are not traffic, or empty for all)
// and a text looked for, case-insensitively, anywhere in the record's JSON
// line. Keeps the source order (no sorting). GUI thread only.
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)
public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setMinimumLevel(int rank);
    void setDirection(const QString &direction);
    void setText(const QString &text);
    int minimumLevel() const { return m_minimumLevel; }
    QString direction() const { return m_direction; }
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minimumLevel = 0;
    QString m_direction;
    QString m_text;
};

} // namespace Switchboard
