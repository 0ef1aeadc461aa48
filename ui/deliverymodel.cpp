// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverymodel.h"

#include "ui/storereader.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {
constexpr int kHeadRows = 200;

bool sameRow(const DeliveryRow &a, const DeliveryRow &b)
{
    return a.status == b.status && a.attemptCount == b.attemptCount && a.lastStatusCode == b.lastStatusCode
        && a.lastError == b.lastError && a.nextAttemptMs == b.nextAttemptMs && a.deadReason == b.deadReason;
}
} // namespace

DeliveryModel::DeliveryModel(StoreReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    connect(m_reader, &StoreReader::pageReady, this, &DeliveryModel::onPage);
}

void DeliveryModel::setFilter(const DeliveryFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_rows.squeeze();
    m_cursor.clear();
    m_loadedOnce = false;
    m_headTicket = 0;
    m_fetchTicket = m_reader->fetchPage(m_filter, QString(), m_pageSize);
    endResetModel();
}

void DeliveryModel::refreshHead()
{
    if (!m_loadedOnce || m_headTicket)
        return;
    m_headTicket = m_reader->fetchPage(m_filter, QString(), kHeadRows);
}

const DeliveryRow *DeliveryModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DeliveryModel::rowOf(const QString &id) const
{
    auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                               [](const DeliveryRow &r, const QString &v) { return r.id > v; });
    return it != m_rows.cend() && it->id == id ? int(it - m_rows.cbegin()) : -1;
}

void DeliveryModel::removeIds(const QStringList &ids)
{
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    refreshHead();
}

bool DeliveryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loadedOnce && !m_cursor.isEmpty() && !m_fetchTicket;
}

void DeliveryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchTicket
        = m_reader->fetchPage(m_filter, m_rows.isEmpty() ? m_cursor : m_rows.constLast().id, m_pageSize);
}

void DeliveryModel::onPage(quint64 ticket, const DeliveryRowPage &page)
{
    if (ticket == m_headTicket) {
        m_headTicket = 0;
        if (page.error.isEmpty())
            mergeHead(page);
        else
            Q_EMIT loadFailed(page.error);
        return;
    }
    if (ticket != m_fetchTicket)
        return;
    m_fetchTicket = 0;
    if (!page.error.isEmpty()) {
        Q_EMIT loadFailed(page.error);
        return;
    }
    m_loadedOnce = true;
    m_cursor = page.nextCursor;
    // Skip what a head refresh merged in meanwhile; rows stay strictly descending.
    qsizetype first = 0;
    if (!m_rows.isEmpty()) {
        const QString &last = m_rows.constLast().id;
        while (first < page.rows.size() && page.rows.at(first).id >= last)
            ++first;
    }
    const qsizetype n = page.rows.size() - first;
    if (n > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + n - 1));
        m_rows.append(page.rows.mid(first));
        endInsertRows();
    }
    Q_EMIT pageLoaded();
}

void DeliveryModel::mergeHead(const DeliveryRowPage &page)
{
    const QList<DeliveryRow> &fresh = page.rows;
    // The store's newest rows are authoritative down to the last one it sent,
    // or everywhere when it sent everything that matches.
    const bool complete = page.nextCursor.isEmpty();
    const QString floor = complete || fresh.isEmpty() ? QString() : fresh.constLast().id;
    qsizetype i = 0, j = 0;
    auto inRange
        = [&](qsizetype row) { return row < m_rows.size() && (complete || m_rows.at(row).id >= floor); };
    while (j < fresh.size() || inRange(i)) {
        if (inRange(i) && j < fresh.size() && m_rows.at(i).id == fresh.at(j).id) {
            if (!sameRow(m_rows.at(i), fresh.at(j))) {
                m_rows[i] = fresh.at(j);
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            }
            ++i, ++j;
        } else if (inRange(i) && (j >= fresh.size() || m_rows.at(i).id > fresh.at(j).id)) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.removeAt(i);
            endRemoveRows();
        } else {
            // A row the model has not seen: insert it in order, unless it lies
            // below the loaded rows (fetchMore will bring it).
            if (i >= m_rows.size() && !m_cursor.isEmpty())
                break;
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, fresh.at(j));
            endInsertRows();
            ++i, ++j;
        }
    }
    if (complete)
        m_cursor.clear();
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

bool DeliveryModel::canReplay(DeliveryStatus status)
{
    return status == DeliveryStatus::Dead || status == DeliveryStatus::Discarded
        || status == DeliveryStatus::Delivered;
}

bool DeliveryModel::canDiscard(DeliveryStatus status)
{
    return status == DeliveryStatus::Pending || status == DeliveryStatus::InFlight
        || status == DeliveryStatus::Dead;
}

QString DeliveryModel::resultText(int statusCode, AttemptError error)
{
    if (statusCode)
        return QString::number(statusCode);
    return toString(error);
}

QVariant DeliveryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryRow &d = m_rows.at(index.row());
    if (role == IdRole)
        return d.id;
    if (role == StatusRole)
        return int(d.status);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (d.status == DeliveryStatus::Dead)
            return QBrush(QColor(0xd0, 0x3a, 0x2b));
        if (d.status == DeliveryStatus::Delivered)
            return QBrush(QColor(0x2e, 0x9d, 0x5b));
        return {};
    }
    if (role == Qt::ToolTipRole && (index.column() == Status || index.column() == Reason)
        && !d.deadReason.isEmpty())
        return d.deadReason;
    if (role == Qt::TextAlignmentRole && (index.column() == Attempts || index.column() == LastResult))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Created:
        return QDateTime::fromMSecsSinceEpoch(d.createdMs).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Endpoint:
        return d.endpoint;
    case EventType:
        return d.eventType;
    case Status:
        return statusText(d.status);
    case Attempts:
        return d.attemptCount;
    case LastResult:
        return resultText(d.lastStatusCode, d.lastError);
    case NextAttempt:
        return d.status == DeliveryStatus::Pending && d.nextAttemptMs
            ? QDateTime::fromMSecsSinceEpoch(d.nextAttemptMs).toString(u"HH:mm:ss"_s)
            : QString();
    case Reason:
        return d.deadReason;
    case CallId:
        return d.callId;
    case Id:
        return d.id;
    case Action:
        return canReplay(d.status) ? tr("Replay") : QString();
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
    case Reason:
        return tr("Reason");
    case CallId:
        return tr("Call");
    case Id:
        return tr("Delivery id");
    case Action:
        return QString();
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Switchboard
