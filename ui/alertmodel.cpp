// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmodel.h"

#include <QBrush>
#include <QLocale>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}
} // namespace

AlertModel::AlertModel(QObject *parent) : QAbstractTableModel(parent) { }

void AlertModel::setAlerts(const QList<Alert> &alerts)
{
    bool same = alerts.size() == m_rows.size();
    for (qsizetype i = 0; same && i < alerts.size(); ++i)
        same = alerts.at(i).id == m_rows.at(i).id;
    if (same) {
        m_rows = alerts;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = alerts;
    endResetModel();
}

const Alert *AlertModel::alertAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertModel::stateText(Alert::State state)
{
    switch (state) {
    case Alert::State::Open:
        return tr("Open");
    case Alert::State::Acknowledged:
        return tr("Acknowledged");
    case Alert::State::Resolved:
        return tr("Resolved");
    }
    return {};
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_rows.at(index.row());
    switch (role) {
    case StateRole:
        return int(a.state);
    case IdRole:
        return a.id;
    case EndpointRole:
        return a.endpoint;
    case Qt::ForegroundRole:
        if (index.column() == State && a.state == Alert::State::Open)
            return QBrush(QColor(0xd0, 0x3a, 0x2b));
        return {};
    case Qt::ToolTipRole:
        return index.column() == Message ? a.message : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case State:
        return stateText(a.state);
    case Opened:
        return when(a.openedAt);
    case Rule:
        return a.rule;
    case Endpoint:
        return a.endpoint.isEmpty() ? tr("(all)") : a.endpoint;
    case Message:
        return a.message;
    case Value:
        return tr("%1 (threshold %2)")
            .arg(QLocale().toString(a.value, 'g', 4), QLocale().toString(a.threshold, 'g', 4));
    case Acknowledged:
        return when(a.acknowledgedAt);
    case Resolved:
        return when(a.resolvedAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case State:
        return tr("State");
    case Opened:
        return tr("Opened");
    case Rule:
        return tr("Rule");
    case Endpoint:
        return tr("Endpoint");
    case Message:
        return tr("Message");
    case Value:
        return tr("Value");
    case Acknowledged:
        return tr("Acknowledged");
    case Resolved:
        return tr("Resolved");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Switchboard
