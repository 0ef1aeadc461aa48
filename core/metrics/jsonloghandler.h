// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Switchboard {

class LogBuffer;
class RotatingLogFile;

// The process's Qt message handler while it lives: every message becomes one
// JSON record (TrafficLog::jsonLine: redacted, with the traffic fields when
// there are some), written to stderr (unless told not to), to a rotating log
// file and to a LogBuffer for the console's Logs page. The previous handler
// comes back when it is destroyed. One at a time per process.
//
// Thread-safe: messages arrive on every thread; the file and the buffer lock
// for a line each. Destroy it only once the threads that log have stopped.
class JsonLogHandler final
{
    Q_DISABLE_COPY_MOVE(JsonLogHandler)
public:
    struct Sinks
    {
        bool stderrOutput = true;
        RotatingLogFile *file = nullptr; // not owned; may be null
        LogBuffer *buffer = nullptr; // not owned; may be null
    };
    JsonLogHandler(const QString &worker, Sinks sinks);
    ~JsonLogHandler();

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QString m_worker;
    Sinks m_sinks;
    QtMessageHandler m_previous = nullptr;
};

} // namespace Switchboard
