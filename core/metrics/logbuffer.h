// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <deque>

class QTimer;

namespace Switchboard {

// The last N log lines (one JSON record each, as TrafficLog::jsonLine writes
// them), numbered 1, 2, 3 ... in the order they were appended; the oldest are
// dropped beyond the capacity. Readers ask for what came after the last number
// they saw.
//
// append() is called from any thread (a message handler on the engine,
// dispatcher and API threads): it takes a short lock, never waits for the
// reader, and at most posts one event. linesAdded() is emitted on the
// buffer's own thread (the GUI thread in the console), at most once per
// coalescing interval, however many lines arrived meanwhile.
class LogBuffer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogBuffer)
public:
    static constexpr int kDefaultCapacity = 10000;
    static constexpr int kDefaultIntervalMs = 200;

    struct Line
    {
        quint64 seq = 0;
        QByteArray json; // without the newline
    };

    explicit LogBuffer(int capacity = kDefaultCapacity, QObject *parent = nullptr);
    ~LogBuffer() override;

    void append(QByteArray line); // any thread; a trailing newline is dropped
    // At most max lines numbered after seq, oldest first (the ones already
    // dropped are skipped: the first line's seq then exceeds seq + 1).
    QList<Line> since(quint64 seq, int max = kDefaultCapacity) const;
    quint64 lastSeq() const;
    int size() const;
    int capacity() const { return m_capacity; }
    void setInterval(int ms) { m_intervalMs = ms; }

Q_SIGNALS:
    void linesAdded();

private:
    void schedule();
    void notify();

    const int m_capacity;
    int m_intervalMs = kDefaultIntervalMs;
    mutable QMutex m_mutex;
    std::deque<QByteArray> m_lines;
    quint64 m_firstSeq = 1; // seq of m_lines.front()
    std::atomic_bool m_pending{false};
    QTimer *m_timer;
    QElapsedTimer m_lastNotify;
};

} // namespace Switchboard
