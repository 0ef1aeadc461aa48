// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/storereader.h"

#include <QAbstractTableModel>

namespace Switchboard {

// Each endpoint's health over the dashboard's window: success rate, p95
// latency, dead letters and state. Sort through a QSortFilterProxyModel (the
// sort role carries raw numbers). GUI thread only.
class EndpointHealthModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointHealthModel)
public:
    enum Column { Name, State, Attempts, SuccessRate, P95, Dead, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int NameRole = Qt::UserRole + 2;

    explicit EndpointHealthModel(QObject *parent = nullptr);
    void setHealth(const QList<EndpointHealth> &health);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(EndpointHealth::State state);
    // With the retry time of an open circuit.
    static QString stateText(const EndpointHealth &health);

private:
    QList<EndpointHealth> m_rows;
};

} // namespace Switchboard
