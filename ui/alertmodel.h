// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/alertrule.h"

#include <QAbstractTableModel>

namespace Switchboard {

// Alerts, newest first, with their lifecycle (open, acknowledged, resolved);
// resolved ones stay as history. Filter through a QSortFilterProxyModel on
// StateRole. GUI thread only.
class AlertModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertModel)
public:
    enum Column { State, Opened, Rule, Endpoint, Message, Value, Acknowledged, Resolved, ColumnCount };
    static constexpr int StateRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int EndpointRole = Qt::UserRole + 3;

    explicit AlertModel(QObject *parent = nullptr);
    void setAlerts(const QList<Alert> &alerts);
    const Alert *alertAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(Alert::State state);

private:
    QList<Alert> m_rows;
};

} // namespace Switchboard
