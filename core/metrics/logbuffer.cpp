// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logbuffer.h"

#include <QTimer>

namespace Switchboard {

LogBuffer::LogBuffer(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LogBuffer::notify);
}

LogBuffer::~LogBuffer() = default;

void LogBuffer::append(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    {
        QMutexLocker lock(&m_mutex);
        m_lines.push_back(std::move(line));
        if (m_lines.size() > size_t(m_capacity)) {
            m_lines.pop_front();
            ++m_firstSeq;
        }
    }
    // One posted event per quiet period, however many lines a burst brings.
    if (!m_pending.exchange(true))
        QMetaObject::invokeMethod(this, &LogBuffer::schedule, Qt::QueuedConnection);
}

QList<LogBuffer::Line> LogBuffer::since(quint64 seq, int max) const
{
    QMutexLocker lock(&m_mutex);
    QList<Line> out;
    const quint64 end = m_firstSeq + m_lines.size();
    const quint64 from = qMax(seq + 1, m_firstSeq);
    if (from >= end || max <= 0)
        return out;
    const quint64 count = qMin<quint64>(end - from, quint64(max));
    out.reserve(qsizetype(count));
    for (quint64 s = from; s < from + count; ++s)
        out.append(Line{s, m_lines[size_t(s - m_firstSeq)]});
    return out;
}

quint64 LogBuffer::lastSeq() const
{
    QMutexLocker lock(&m_mutex);
    return m_firstSeq + m_lines.size() - 1;
}

int LogBuffer::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_lines.size());
}

void LogBuffer::schedule()
{
    // The first line after a quiet interval is shown at once, a burst every m_intervalMs.
    const qint64 elapsed = m_lastNotify.isValid() ? m_lastNotify.elapsed() : m_intervalMs;
    if (elapsed >= m_intervalMs)
        notify();
    else if (!m_timer->isActive())
        m_timer->start(int(m_intervalMs - elapsed));
}

void LogBuffer::notify()
{
    // Cleared before the signal: a line appended while readers read posts again.
    m_pending = false;
    m_lastNotify.start();
    Q_EMIT linesAdded();
}

} // namespace Switchboard
