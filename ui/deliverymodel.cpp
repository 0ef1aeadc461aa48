// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverymodel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Switchboard {

using namespace Qt::StringLiterals;

DeliveryModel::DeliveryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeliveryModel::setDeliveries(const QList<Delivery> &deliveries)
{
    // Same ids in the same order: update cells, keep selection and scroll.
    bool sameRows = deliveries.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < deliveries.size(); ++i)
        sameRows = deliveries.at(i).id == m_rows.at(i).id;
    if (sameRows) {
        m_rows = deliveries;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = deliveries;
    endResetModel();
}

const Delivery *DeliveryModel::deliveryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DeliveryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryModel::statusText(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return tr("Pending");
    case DeliveryStatus::InFlight:
        return tr("In flight");
    case DeliveryStatus::Delivered:
        return tr("Delivered");
    case DeliveryStatus::Dead:
        return tr("Dead");
    case DeliveryStatus::Discarded:
        return tr("Discarded");
    }
    return {};
}

QVariant DeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Delivery &d = m_rows.at(index.row());
    if (role == IdRole)
        return d.id;
    if (role == StatusRole)
        return int(d.status);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (d.status == DeliveryStatus::Dead)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (d.status == DeliveryStatus::Delivered)
            return QBrush(QColor(0x1e, 0x84, 0x49));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Status && !d.deadReason.isEmpty())
        return d.deadReason;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Created:
        return d.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Endpoint:
        return d.endpoint;
    case EventType:
        return d.eventType;
    case Status:
        return statusText(d.status);
    case Attempts:
        return d.attemptCount;
    case LastResult:
        if (d.lastStatusCode)
            return QString::number(d.lastStatusCode);
        return toString(d.lastError);
    case NextAttempt:
        return d.status == DeliveryStatus::Pending && d.nextAttemptAt.isValid()
            ? locale.toString(d.nextAttemptAt.toLocalTime().time(), QLocale::LongFormat)
            : QString();
    case CallId:
        return d.callId;
    case Id:
        return d.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Created:
        return tr("Created");
    case Endpoint:
        return tr("Endpoint");
    case EventType:
        return tr("Event type");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case LastResult:
        return tr("Last result");
    case NextAttempt:
        return tr("Next attempt");
    case CallId:
        return tr("Call");
    case Id:
        return tr("Delivery id");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Switchboard
