// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QMutex>
#include <QString>

namespace Switchboard {

// An append-only log file that rotates by size: at maxBytes, switchboard.log
// becomes switchboard.log.1 (the older ones shift up to .keep, the oldest is
// dropped) and a new file starts. Lines are written whole and flushed, so a
// crash loses nothing already logged.
//
// Thread-safe: every thread's log lines go through one instance.
class RotatingLogFile
{
public:
    static constexpr qint64 kDefaultMaxBytes = 10 * 1024 * 1024;
    static constexpr int kDefaultKeep = 5;

    explicit RotatingLogFile(QString path, qint64 maxBytes = kDefaultMaxBytes, int keep = kDefaultKeep);

    bool open(); // false when the file cannot be opened (the caller logs elsewhere)
    void write(const QByteArray &line); // one line, with its newline
    QString path() const { return m_path; }

private:
    void rotate();

    QMutex m_mutex;
    QString m_path;
    qint64 m_maxBytes;
    int m_keep;
    QFile m_file;
};

} // namespace Switchboard
