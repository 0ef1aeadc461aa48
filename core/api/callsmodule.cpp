// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callsmodule.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QJsonValue orNull(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    return v.toDouble();
}

QString at(qint64 ms)
{
    return toIsoUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

struct Entry
{
    qint64 ms;
    int order; // ties: inbound, message, attempt, outcome
    QJsonObject json;
};

} // namespace

Result<QJsonArray> CallsModule::timeline(SqlStore &store, const QString &callId)
{
    QList<Entry> entries;
    QSqlDatabase db = store.database();

    QSqlQuery in(db);
    in.prepare(u"SELECT id, source, received_at, status, http_status, reason, message_id FROM inbound_events "
               "WHERE call_id = ?"_s);
    in.addBindValue(callId);
    if (in.exec()) {
        while (in.next()) {
            entries.append({in.value(2).toLongLong(), 0,
                            QJsonObject{{u"type"_s, u"inbound"_s},
                                        {u"at"_s, at(in.value(2).toLongLong())},
                                        {u"id"_s, in.value(0).toString()},
                                        {u"source"_s, in.value(1).toString()},
                                        {u"status"_s, in.value(3).toString()},
                                        {u"http_status"_s, in.value(4).toInt()},
                                        {u"reason"_s, in.value(5).toString()},
                                        {u"message_id"_s, orNull(in.value(6))}}});
        }
    } // no inbound table (a store without the inbound module): nothing to add

    QSqlQuery m(db);
    m.prepare(u"SELECT id, event_type, created_at, idempotency_key FROM messages WHERE call_id = ?"_s);
    m.addBindValue(callId);
    if (!m.exec())
        return Error::unavailable(u"store error while reading a call: "_s + m.lastError().text());
    while (m.next()) {
        const QString type = m.value(1).toString();
        QJsonObject o{{u"type"_s, type.startsWith(u"function.") ? u"function_call"_s : u"message"_s},
                      {u"at"_s, at(m.value(2).toLongLong())},
                      {u"id"_s, m.value(0).toString()},
                      {u"event_type"_s, type},
                      {u"idempotency_key"_s, orNull(m.value(3))}};
        if (type.startsWith(u"function."))
            o.insert(u"function"_s, type.mid(9));
        entries.append({m.value(2).toLongLong(), 1, o});
    }

    QSqlQuery a(db);
    a.prepare(u"SELECT a.id, a.delivery_id, d.endpoint, d.message_id, a.n, a.started_at, a.duration_ms, "
              "a.status_code, a.error, a.replay FROM attempts a JOIN deliveries d ON d.id = a.delivery_id "
              "WHERE d.call_id = ?"_s);
    a.addBindValue(callId);
    if (!a.exec())
        return Error::unavailable(u"store error while reading a call: "_s + a.lastError().text());
    while (a.next()) {
        entries.append({a.value(5).toLongLong(), 2,
                        QJsonObject{{u"type"_s, u"attempt"_s},
                                    {u"at"_s, at(a.value(5).toLongLong())},
                                    {u"id"_s, a.value(0).toString()},
                                    {u"delivery_id"_s, a.value(1).toString()},
                                    {u"endpoint"_s, a.value(2).toString()},
                                    {u"message_id"_s, a.value(3).toString()},
                                    {u"n"_s, a.value(4).toInt()},
                                    {u"duration_ms"_s, a.value(6).toInt()},
                                    {u"status_code"_s, orNull(a.value(7))},
                                    {u"error"_s, orNull(a.value(8))},
                                    {u"replay"_s, a.value(9).toBool()}}});
    }

    QSqlQuery d(db);
    d.prepare(
        u"SELECT id, endpoint, message_id, status, updated_at, dead_reason, attempt_count, next_attempt_at "
        "FROM deliveries WHERE call_id = ?"_s);
    d.addBindValue(callId);
    if (!d.exec())
        return Error::unavailable(u"store error while reading a call: "_s + d.lastError().text());
    while (d.next()) {
        QJsonObject o{{u"type"_s, u"delivery"_s},
                      {u"at"_s, at(d.value(4).toLongLong())},
                      {u"id"_s, d.value(0).toString()},
                      {u"endpoint"_s, d.value(1).toString()},
                      {u"message_id"_s, d.value(2).toString()},
                      {u"status"_s, d.value(3).toString()},
                      {u"attempt_count"_s, d.value(6).toInt()},
                      {u"dead_reason"_s, orNull(d.value(5))}};
        if (d.value(3).toString() == u"pending" && !d.value(7).isNull())
            o.insert(u"next_attempt_at"_s, at(d.value(7).toLongLong()));
        entries.append({d.value(4).toLongLong(), 3, o});
    }

    std::stable_sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
        return x.ms != y.ms ? x.ms < y.ms : x.order < y.order;
    });
    QJsonArray out;
    for (const Entry &e : std::as_const(entries))
        out.append(e.json);
    return out;
}

bool CallsModule::handle(const ApiContext &context, const QHttpServerRequest &request,
                         const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    if (path.value(0) != u"v1" || path.value(1) != u"calls")
        return false;
    if (path.size() != 3) {
        reply->error(404, u"not_found"_s, u"use /v1/calls/{call_id}"_s);
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Get) {
        reply->error(405, u"method_not_allowed"_s, u"use GET"_s);
        return true;
    }
    const QString callId = path.at(2);
    auto events = timeline(*context.store, callId);
    if (!events) {
        reply->error(events.error());
        return true;
    }
    if (events->isEmpty()) {
        reply->error(
            Error::notFound(u"nothing is known about call %1: no message, function call, delivery or "
                            "inbound event carries that call_id"_s.arg(callId)));
        return true;
    }
    reply->json(200, QJsonObject{{u"call_id"_s, callId}, {u"events"_s, *events}});
    return true;
}

} // namespace Switchboard
