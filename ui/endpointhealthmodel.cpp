// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointhealthmodel.h"

#include <QBrush>
#include <QLocale>

namespace Switchboard {

using namespace Qt::StringLiterals;

EndpointHealthModel::EndpointHealthModel(QObject *parent) : QAbstractTableModel(parent) { }

void EndpointHealthModel::setHealth(const QList<EndpointHealth> &health)
{
    bool same = health.size() == m_rows.size();
    for (qsizetype i = 0; same && i < health.size(); ++i)
        same = health.at(i).name == m_rows.at(i).name;
    if (same) {
        m_rows = health;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = health;
    endResetModel();
}

int EndpointHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EndpointHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EndpointHealthModel::stateText(EndpointHealth::State state)
{
    switch (state) {
    case EndpointHealth::State::Active:
        return tr("Active");
    case EndpointHealth::State::Paused:
        return tr("Paused");
    case EndpointHealth::State::Disabled:
        return tr("Disabled");
    case EndpointHealth::State::CircuitOpen:
        return tr("Circuit open");
    case EndpointHealth::State::HalfOpen:
        return tr("Circuit half-open");
    }
    return {};
}

QString EndpointHealthModel::stateText(const EndpointHealth &h)
{
    if (h.state == EndpointHealth::State::CircuitOpen && h.circuitRetryAt.isValid())
        return tr("Circuit open, retry %1")
            .arg(QLocale().toString(h.circuitRetryAt.toLocalTime().time(), QLocale::ShortFormat));
    return stateText(h.state);
}

QVariant EndpointHealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EndpointHealth &h = m_rows.at(index.row());
    const QLocale locale;
    if (role == NameRole)
        return h.name;
    if (role == SortRole) {
        switch (Column(index.column())) {
        case Name:
            return h.name;
        case State:
            return int(h.state);
        case Attempts:
            return h.attempts;
        case SuccessRate:
            return h.successRate;
        case P95:
            return h.p95Ms;
        case Dead:
            return h.dead;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == State
            && (h.state == EndpointHealth::State::CircuitOpen || h.state == EndpointHealth::State::HalfOpen))
            return QBrush(QColor(0xd0, 0x3a, 0x2b));
        if (index.column() == SuccessRate && h.successRate >= 0 && h.successRate < 95)
            return QBrush(QColor(0xd0, 0x3a, 0x2b));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == State && h.state == EndpointHealth::State::CircuitOpen)
        return tr("%n failures in a row opened the circuit: nothing is sent until the probe at %1; the "
                  "deliveries wait without using up their retries.",
                  nullptr, h.consecutiveFailures)
            .arg(QLocale().toString(h.circuitRetryAt.toLocalTime(), QLocale::ShortFormat));
    if (role == Qt::ToolTipRole && index.column() == State && h.state == EndpointHealth::State::HalfOpen)
        return tr("One probe delivery is testing the endpoint; success closes the circuit.");
    if (role == Qt::TextAlignmentRole && index.column() >= Attempts)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return h.name;
    case State:
        return stateText(h);
    case Attempts:
        return locale.toString(h.attempts);
    case SuccessRate:
        return h.successRate < 0 ? u"–"_s : locale.toString(h.successRate, 'f', 1) + u" %"_s;
    case P95:
        return h.p95Ms < 0 ? u"–"_s : tr("%1 ms").arg(locale.toString(h.p95Ms, 'f', 0));
    case Dead:
        return locale.toString(h.dead);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EndpointHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Endpoint");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case SuccessRate:
        return tr("Success rate");
    case P95:
        return tr("p95");
    case Dead:
        return tr("Dead letters");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Switchboard
