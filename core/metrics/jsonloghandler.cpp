// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonloghandler.h"

#include "metrics/logbuffer.h"
#include "metrics/rotatinglogfile.h"
#include "metrics/trafficlog.h"

#include <atomic>
#include <cstdio>

namespace Switchboard {

namespace {

std::atomic<JsonLogHandler *> g_active{nullptr};
thread_local bool t_inHandler = false;

} // namespace

JsonLogHandler::JsonLogHandler(const QString &worker, Sinks sinks) : m_worker(worker), m_sinks(sinks)
{
    JsonLogHandler *expected = nullptr;
    if (!g_active.compare_exchange_strong(expected, this)) {
        qWarning("JsonLogHandler: one is installed already; this one does nothing");
        return;
    }
    m_previous = qInstallMessageHandler(&JsonLogHandler::handle);
}

JsonLogHandler::~JsonLogHandler()
{
    if (g_active.load() != this)
        return;
    qInstallMessageHandler(m_previous);
    g_active = nullptr;
}

void JsonLogHandler::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    JsonLogHandler *self = g_active.load();
    // A message logged while this thread is already handling one (Qt warning
    // about a posted event, say) goes to stderr as it is: no recursion.
    if (!self || t_inHandler) {
        const QByteArray text = message.toLocal8Bit() + '\n';
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        return;
    }
    t_inHandler = true;
    const QByteArray line = TrafficLog::jsonLine(type, context, message, self->m_worker);
    if (self->m_sinks.stderrOutput) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    if (self->m_sinks.file)
        self->m_sinks.file->write(line);
    if (self->m_sinks.buffer)
        self->m_sinks.buffer->append(line);
    t_inHandler = false;
}

} // namespace Switchboard
