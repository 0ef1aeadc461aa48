// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logmodel.h"

#include "metrics/logbuffer.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

// Records parsed per turn of the event loop: a 10,000-record burst takes a
// few short slices rather than one long stall.
constexpr int kSlice = 1000;

} // namespace

LogModel::LogModel(LogBuffer *buffer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_buffer(buffer)
    , m_capacity(buffer ? buffer->capacity() : LogBuffer::kDefaultCapacity)
{
    if (m_buffer)
        connect(m_buffer, &LogBuffer::linesAdded, this, &LogModel::fetchNew);
    fetchNew();
}

int LogModel::levelRank(QStringView name)
{
    if (name == u"debug")
        return 0;
    if (name == u"warning")
        return 2;
    if (name == u"critical")
        return 3;
    if (name == u"fatal")
        return 4;
    return 1;
}

LogModel::Record LogModel::parse(const QByteArray &json)
{
    Record r;
    r.line = QString::fromUtf8(json);
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.isEmpty()) {
        r.message = r.line;
        return r;
    }
    r.time = QDateTime::fromString(o.value(u"ts"_s).toString(), Qt::ISODateWithMs);
    r.levelName = o.value(u"level"_s).toString();
    r.level = levelRank(r.levelName);
    r.category = o.value(u"category"_s).toString();
    r.direction = o.value(u"direction"_s).toString();
    r.subject = o.value(r.direction == u"in" ? u"source"_s : u"endpoint"_s).toString();
    r.eventType = o.value(u"event_type"_s).toString();
    r.status = o.value(u"status"_s).toInt();
    r.durationMs = o.contains(u"duration_ms"_s) ? o.value(u"duration_ms"_s).toInt() : -1;
    r.deliveryId = o.value(u"delivery_id"_s).toString();
    r.callId = o.value(u"call_id"_s).toString();
    r.error = o.value(u"error"_s).toString();
    r.message = o.value(u"msg"_s).toString();
    return r;
}

void LogModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!m_paused)
        fetchNew();
    Q_EMIT countsChanged();
}

void LogModel::clear()
{
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    Q_EMIT countsChanged();
}

int LogModel::pendingCount() const
{
    if (!m_buffer)
        return 0;
    const quint64 last = m_buffer->lastSeq();
    return last > m_lastSeq ? int(qMin<quint64>(last - m_lastSeq, quint64(m_capacity))) : 0;
}

void LogModel::fetchNew()
{
    if (!m_buffer)
        return;
    if (m_paused) {
        Q_EMIT countsChanged(); // the pending count grew
        return;
    }
    const QList<LogBuffer::Line> lines = m_buffer->since(m_lastSeq, kSlice);
    if (lines.isEmpty())
        return;
    if (lines.first().seq > m_lastSeq + 1)
        m_skipped += lines.first().seq - m_lastSeq - 1;
    m_lastSeq = lines.last().seq;
    QList<Record> records;
    records.reserve(lines.size());
    for (const LogBuffer::Line &line : lines)
        records.append(parse(line.json));
    append(std::move(records));
    Q_EMIT countsChanged();
    // More than a slice waiting: the rest on the next turn of the event loop,
    // after the view has painted and input has been handled.
    if (lines.size() == kSlice && !m_fetchQueued) {
        m_fetchQueued = true;
        QTimer::singleShot(0, this, [this]() {
            m_fetchQueued = false;
            fetchNew();
        });
    }
}

void LogModel::append(QList<Record> records)
{
    if (records.size() >= m_capacity) {
        beginResetModel();
        m_rows = records.mid(records.size() - m_capacity);
        endResetModel();
        return;
    }
    const int overflow = int(m_rows.size() + records.size()) - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_rows.remove(0, overflow);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(records.size()) - 1);
    m_rows.append(std::move(records));
    endInsertRows();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record &r = m_rows.at(index.row());
    switch (role) {
    case LevelRole:
        return r.level;
    case DirectionRole:
        return r.direction;
    case LineRole:
        return r.line;
    case DeliveryIdRole:
        return r.deliveryId;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return r.time.isValid() ? r.time.toLocalTime().toString(u"HH:mm:ss.zzz"_s) : QString();
        case Level:
            return r.levelName;
        case Category: // the full name in the tooltip and the copied line
            return r.category.startsWith(u"switchboard.") ? r.category.mid(12) : r.category;
        case Direction:
            return r.direction == u"out" ? tr("out") : r.direction == u"in" ? tr("in") : QString();
        case Subject:
            return r.subject;
        case EventType:
            return r.eventType;
        case Status:
            return r.status ? QVariant(r.status) : QVariant();
        case Duration:
            return r.durationMs >= 0 ? tr("%1 ms").arg(QLocale().toString(r.durationMs)) : QString();
        case DeliveryId:
            return r.deliveryId;
        case CallId:
            return r.callId;
        case Message:
            if (!r.error.isEmpty() && !r.message.contains(r.error))
                return QString(r.error + u": "_s + r.message);
            return r.message;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Time && r.time.isValid())
            return QLocale().toString(r.time.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Message)
            return r.message;
        if (index.column() == Category)
            return r.category;
        if (index.column() == DeliveryId || index.column() == CallId)
            return index.data().toString();
        return {};
    case Qt::ForegroundRole:
        if (r.level >= 3)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (r.level == 2)
            return QBrush(QColor(0xb0, 0x60, 0x00));
        return {};
    case Qt::FontRole:
        if (index.column() == Level && r.level >= 2) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Category:
        return tr("Category");
    case Direction:
        return tr("Direction");
    case Subject:
        return tr("Endpoint / source");
    case EventType:
        return tr("Event type");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case DeliveryId:
        return tr("Delivery id");
    case CallId:
        return tr("Call id");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Switchboard
