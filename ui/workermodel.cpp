// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workermodel.h"

#include <QColor>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QDateTime parseTime(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

QString shortTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

WorkerModel::WorkerModel(QObject *parent) : QAbstractTableModel(parent) { }

void WorkerModel::setWorkers(const QJsonArray &workers, const QDateTime &now)
{
    QList<Worker> rows;
    rows.reserve(workers.size());
    for (const QJsonValue &v : workers) {
        const QJsonObject o = v.toObject();
        Worker w;
        w.id = o.value(u"id").toString();
        w.host = o.value(u"host").toString();
        w.version = o.value(u"version").toString();
        w.startedAt = parseTime(o.value(u"started_at"));
        w.lastSeen = parseTime(o.value(u"last_seen"));
        w.lastClaimAt = parseTime(o.value(u"last_claim_at"));
        w.inFlight = o.value(u"in_flight").toInt();
        // Another machine's clock may run a little ahead of ours: never a negative age.
        w.ageMs = w.lastSeen.isValid() ? qMax<qint64>(0, w.lastSeen.msecsTo(now)) : -1;
        rows.append(w);
    }
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).id == m_rows.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void WorkerModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

bool WorkerModel::isStale(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const qint64 age = m_rows.at(row).ageMs;
    return age < 0 || age > staleAfterMs();
}

int WorkerModel::staleCount() const
{
    int n = 0;
    for (int r = 0; r < m_rows.size(); ++r)
        n += isStale(r) ? 1 : 0;
    return n;
}

int WorkerModel::inFlightTotal() const
{
    int n = 0;
    for (const Worker &w : m_rows)
        n += w.inFlight;
    return n;
}

int WorkerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Worker &w = m_rows.at(index.row());
    const bool stale = isStale(index.row());
    if (role == StaleRole)
        return stale;
    if (role == Qt::ForegroundRole && stale && (index.column() == Heartbeat || index.column() == Id))
        return QColor(0xb3, 0x26, 0x1e);
    if (role == Qt::TextAlignmentRole && index.column() == InFlight)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (Column(index.column())) {
        case Id:
            return w.id;
        case Host:
            return w.host;
        case Version:
            return w.version;
        case Started:
            return w.startedAt;
        case InFlight:
            return w.inFlight;
        case LastClaim:
            return w.lastClaimAt.isValid() ? w.lastClaimAt.toMSecsSinceEpoch() : qint64(0);
        case Heartbeat:
            return w.ageMs < 0 ? std::numeric_limits<qint64>::max() : w.ageMs;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Heartbeat) {
        return stale ? tr("No heartbeat for more than %n second(s): the worker stopped or lost the database.",
                          nullptr, int(staleAfterMs() / 1000))
                     : tr("Last heartbeat %1").arg(shortTime(w.lastSeen));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Id:
        return w.id;
    case Host:
        return w.host;
    case Version:
        return w.version;
    case Started:
        return shortTime(w.startedAt);
    case InFlight:
        return QLocale().toString(w.inFlight);
    case LastClaim:
        return w.lastClaimAt.isValid() ? shortTime(w.lastClaimAt) : tr("never");
    case Heartbeat: {
        if (w.ageMs < 0)
            return tr("stale: never");
        const qint64 s = w.ageMs / 1000;
        const QString age = s < 120 ? tr("%n s ago", nullptr, int(s))
            : s < 7200              ? tr("%n min ago", nullptr, int(s / 60))
                                    : tr("%n h ago", nullptr, int(s / 3600));
        return stale ? tr("stale: %1").arg(age) : age;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WorkerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("Worker");
    case Host:
        return tr("Host");
    case Version:
        return tr("Version");
    case Started:
        return tr("Started");
    case InFlight:
        return tr("In flight");
    case LastClaim:
        return tr("Last claim");
    case Heartbeat:
        return tr("Heartbeat");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Switchboard
