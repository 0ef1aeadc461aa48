// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"

#include <QAbstractTableModel>

namespace Switchboard {

// Deliveries as table rows, newest first. Updated in place from snapshots so
// the selection survives a refresh. GUI thread only.
class DeliveryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryModel)
public:
    enum Column { Created, Endpoint, EventType, Status, Attempts, LastResult, NextAttempt, CallId, Id, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };

    explicit DeliveryModel(QObject *parent = nullptr);

    void setDeliveries(const QList<Delivery> &deliveries);
    const Delivery *deliveryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(DeliveryStatus status);

private:
    QList<Delivery> m_rows;
};

} // namespace Switchboard
