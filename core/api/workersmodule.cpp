// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workersmodule.h"

#include <QHttpServerRequest>
#include <QJsonObject>

namespace Switchboard {

using namespace Qt::StringLiterals;

QJsonArray WorkersModule::toJson(const QList<WorkerInfo> &workers)
{
    QJsonArray list;
    for (const WorkerInfo &w : workers) {
        // Its circuits that are not closed, by endpoint name, as its heartbeat wrote them.
        QJsonArray circuits;
        QStringList names = w.circuits.keys();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            QJsonObject c = w.circuits.value(name).toObject();
            c.insert(u"endpoint"_s, name);
            circuits.append(c);
        }
        list.append(QJsonObject{
            {u"id"_s, w.id},
            {u"host"_s, w.host},
            {u"version"_s, w.version},
            {u"started_at"_s, toIsoUtc(w.startedAt)},
            {u"last_seen"_s, toIsoUtc(w.lastSeen)},
            {u"in_flight"_s, w.inFlight},
            {u"last_claim_at"_s,
             w.lastClaimAt.isValid() ? QJsonValue(toIsoUtc(w.lastClaimAt)) : QJsonValue()},
            {u"circuits"_s, circuits},
        });
    }
    return list;
}

bool WorkersModule::handle(const ApiContext &context, const QHttpServerRequest &request,
                           const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    if (path.value(0) != u"v1" || path.value(1) != u"workers")
        return false;
    if (path.size() != 2) {
        reply->error(404, u"not_found"_s, u"use /v1/workers"_s);
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Get) {
        reply->error(405, u"method_not_allowed"_s, u"use GET"_s);
        return true;
    }
    auto workers = context.store->workers();
    if (!workers) {
        reply->error(workers.error());
        return true;
    }
    reply->json(200, QJsonObject{{u"workers"_s, toJson(*workers)}});
    return true;
}

} // namespace Switchboard
