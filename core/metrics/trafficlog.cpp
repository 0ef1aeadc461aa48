// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficlog.h"

#include "delivery/engine.h"
#include "inbound/inboundstore.h"
#include "redact/redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

// Failures only, by default: the daemon turns on the info records (one per
// attempt), which would flood the console's and the tests' stderr.
Q_LOGGING_CATEGORY(lcTraffic, "switchboard.metrics.traffic", QtWarningMsg)

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

thread_local const QJsonObject *t_fields = nullptr;

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Values a sender or client chose (call ids, inbound event types) could carry
// a phone number or an email; ids we made cannot.
QJsonValue redacted(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(Redactor::shared()->redactText(text));
}

bool enabled(QtMsgType type)
{
    return type == QtWarningMsg ? lcTraffic().isWarningEnabled() : lcTraffic().isInfoEnabled();
}

} // namespace

QJsonObject TrafficLog::fields(const AttemptEvent &e)
{
    const QString error = toString(e.error);
    QString outcome = toString(e.newStatus);
    if (e.newStatus == DeliveryStatus::Pending)
        outcome = u"retrying"_s;
    QJsonObject o{{u"direction"_s, u"out"_s},
                  {u"endpoint"_s, e.endpoint},
                  {u"event_type"_s, e.eventType},
                  {u"delivery_id"_s, e.deliveryId},
                  {u"message_id"_s, textOrNull(e.messageId)},
                  {u"call_id"_s, redacted(e.callId)},
                  {u"attempt"_s, e.n},
                  {u"status"_s, e.statusCode},
                  {u"outcome"_s, outcome},
                  {u"duration_ms"_s, e.durationMs},
                  {u"error"_s, textOrNull(error)}};
    if (e.replay)
        o.insert(u"replay"_s, true);
    return o;
}

QJsonObject TrafficLog::fields(const InboundEvent &e, int durationMs)
{
    const bool ok = e.status == u"accepted" || e.status == u"duplicate";
    return QJsonObject{{u"direction"_s, u"in"_s},
                       {u"source"_s, e.source},
                       {u"event_type"_s, redacted(e.detail.value(u"event_type"_s).toString())},
                       // The inbound log's id (GET /v1/inbound/{id}): what an operator looks up.
                       {u"delivery_id"_s, e.id},
                       {u"message_id"_s, textOrNull(e.messageId)},
                       {u"call_id"_s, redacted(e.callId)},
                       {u"status"_s, e.httpStatus},
                       {u"outcome"_s, e.status},
                       {u"duration_ms"_s, durationMs},
                       {u"error"_s, ok ? QJsonValue() : QJsonValue(e.status)}};
}

void TrafficLog::attach(Engine *engine)
{
    if (!engine || engine->property("switchboard_traffic_log").toBool())
        return;
    engine->setProperty("switchboard_traffic_log", true);
    // Direct: logged on the engine thread as the event is emitted; the
    // connection goes with the engine.
    QObject::connect(
        engine, &Engine::attemptRecorded, engine, [](const AttemptEvent &e) { attempt(e); },
        Qt::DirectConnection);
}

void TrafficLog::attempt(const AttemptEvent &e)
{
    const QtMsgType type = e.error == AttemptError::None ? QtInfoMsg : QtWarningMsg;
    if (!enabled(type))
        return;
    const QString error = toString(e.error);
    QString message = u"attempt %1 of %2 to %3: "_s.arg(e.n).arg(e.deliveryId, e.endpoint);
    message += error.isEmpty() ? u"ok"_s : error;
    if (e.statusCode)
        message += u" (%1)"_s.arg(e.statusCode);
    message += u" in %1 ms"_s.arg(e.durationMs);
    if (e.newStatus == DeliveryStatus::Dead)
        message += u", dead-lettered"_s;
    write(type, fields(e), message);
}

void TrafficLog::inbound(const InboundEvent &e, int durationMs, const QString &error)
{
    const bool ok = e.status == u"accepted" || e.status == u"duplicate";
    const QtMsgType type = ok && error.isEmpty() ? QtInfoMsg : QtWarningMsg;
    if (!enabled(type))
        return;
    QJsonObject f = fields(e, durationMs);
    QString message = u"inbound %1 from %2: %3 (%4) in %5 ms"_s.arg(e.id, e.source, e.status)
                          .arg(e.httpStatus)
                          .arg(durationMs);
    if (!error.isEmpty()) {
        f.insert(u"error"_s, u"not_stored"_s);
        message += u"; not stored: "_s + error;
    }
    write(type, f, message);
}

void TrafficLog::write(QtMsgType type, const QJsonObject &fields, const QString &message)
{
    t_fields = &fields;
    if (type == QtWarningMsg)
        qCWarning(lcTraffic).noquote() << message;
    else
        qCInfo(lcTraffic).noquote() << message;
    t_fields = nullptr;
}

const QJsonObject *TrafficLog::currentFields()
{
    return t_fields;
}

QByteArray TrafficLog::jsonLine(QtMsgType type, const QMessageLogContext &context, const QString &message,
                                const QString &worker)
{
    static const char *levels[] = {"debug", "warning", "critical", "fatal", "info"};
    QJsonObject line{{u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     {u"level"_s, QString::fromLatin1(levels[type])},
                     {u"category"_s, QString::fromLatin1(context.category ? context.category : "default")},
                     {u"msg"_s, Redactor::shared()->redactText(message)},
                     {u"worker"_s, worker},
                     {u"pid"_s, double(QCoreApplication::applicationPid())}};
    if (const QJsonObject *fields = currentFields()) {
        for (auto it = fields->begin(); it != fields->end(); ++it) {
            if (!line.contains(it.key()))
                line.insert(it.key(), it.value());
        }
    }
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace Switchboard
