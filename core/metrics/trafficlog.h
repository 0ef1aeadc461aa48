// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcTraffic)

namespace Switchboard {

class Engine;
struct AttemptEvent;
struct InboundEvent;

// One structured log record per delivery attempt and per inbound request, in
// category switchboard.metrics.traffic: a short message plus the fields an
// operator filters on (direction, endpoint or source, event_type, delivery_id,
// call_id, status, duration_ms, error). The fields ride along with the Qt
// message on the logging thread (currentFields()), so the daemon's JSON
// handler (jsonLine()) puts them in the line and every other handler still
// prints the message. Records never carry payloads, headers, signatures or
// reasons; the message text and the sender-controlled values pass the shared
// Redactor.
//
// Successes are info, failures warnings; the category shows only warnings
// unless enabled (switchboardd enables info).
//
// Thread-safe: attempts are logged on the engine thread, inbound requests on
// the API thread.
class TrafficLog
{
public:
    static QJsonObject fields(const AttemptEvent &event);
    static QJsonObject fields(const InboundEvent &event, int durationMs);

    // Logs every attempt the engine commits from now on (once per engine).
    static void attach(Engine *engine);
    static void attempt(const AttemptEvent &event);
    // error: set when the request could not be logged in the store.
    static void inbound(const InboundEvent &event, int durationMs, const QString &error = {});

    // In a message handler: the fields of the record being logged on this
    // thread, or nullptr for an ordinary message.
    static const QJsonObject *currentFields();
    // The daemon's log line: one JSON object (ts, level, category, msg, worker,
    // pid, then the record's fields) and a newline.
    static QByteArray jsonLine(QtMsgType type, const QMessageLogContext &context, const QString &message,
                               const QString &worker);

private:
    static void write(QtMsgType type, const QJsonObject &fields, const QString &message);
};

} // namespace Switchboard
