// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

namespace Switchboard {

class LogBuffer;

// The structured log records of this process (a LogBuffer's JSON lines),
// oldest first, newest at the bottom, at most the buffer's capacity: the
// oldest rows go as new ones come. Reads the buffer when it signals, in
// slices, so a burst of records never holds the GUI thread for long; paused,
// it reads nothing until resumed (records that fell out of the buffer
// meanwhile are counted as skipped). Clearing empties the view, not the
// buffer. Filter through LogFilterModel. GUI thread only.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)
public:
    enum Column {
        Time,
        Level,
        Category,
        Direction,
        Subject, // endpoint or source
        EventType,
        Status,
        Duration,
        DeliveryId,
        CallId,
        Message, // the error, then the message
        ColumnCount
    };
    static constexpr int LevelRole = Qt::UserRole + 1; // 0 debug, 1 info, 2 warning, 3 critical, 4 fatal
    static constexpr int DirectionRole = Qt::UserRole + 2; // "out", "in" or empty
    static constexpr int LineRole = Qt::UserRole + 3; // the record as one JSON line (QString)
    static constexpr int DeliveryIdRole = Qt::UserRole + 4;

    struct Record
    {
        QDateTime time;
        int level = 1;
        QString levelName;
        QString category;
        QString direction;
        QString subject;
        QString eventType;
        int status = 0;
        int durationMs = -1;
        QString deliveryId;
        QString callId;
        QString error;
        QString message;
        QString line;
    };

    explicit LogModel(LogBuffer *buffer, QObject *parent = nullptr);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void clear(); // the view only
    void fetchNew(); // what the buffer has beyond the last row read
    int capacity() const { return m_capacity; }
    quint64 skipped() const { return m_skipped; }
    int pendingCount() const; // records in the buffer not read yet (while paused)
    const Record &recordAt(int row) const { return m_rows.at(row); }

    static Record parse(const QByteArray &json);
    static int levelRank(QStringView name);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged(); // rows, skipped or pending changed

private:
    void append(QList<Record> records);

    QPointer<LogBuffer> m_buffer;
    QList<Record> m_rows;
    int m_capacity;
    quint64 m_lastSeq = 0;
    quint64 m_skipped = 0;
    bool m_paused = false;
    bool m_fetchQueued = false;
};

} // namespace Switchboard
