// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "harreplaymodule.h"

#include "api/apiserver.h"
#include "api/jsonbody.h"
#include "delivery/deliverywaiter.h"
#include "delivery/engine.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxEntries = 1000;
constexpr int kMaxWaitMs = 30000;
} // namespace

HarReplayModule::HarReplayModule() : m_context(std::make_unique<QObject>()) { }

HarReplayModule::~HarReplayModule()
{
    delete m_waiter;
}

Result<QList<HarReplayModule::Entry>> HarReplayModule::parse(const QJsonObject &har)
{
    const QJsonValue log = har.value(u"log"_s);
    if (!log.isObject() || !log.toObject().value(u"entries"_s).isArray())
        return Error::invalid(u"har: not a HAR 1.2 document (no log.entries)"_s);
    const QJsonArray entries = log.toObject().value(u"entries"_s).toArray();
    if (entries.size() > kMaxEntries)
        return Error::invalid(
            u"har: %1 entries; at most %2 are replayed at once"_s.arg(entries.size()).arg(kMaxEntries));
    QList<Entry> out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject request = entries.at(i).toObject().value(u"request"_s).toObject();
        const QString text = request.value(u"postData"_s).toObject().value(u"text"_s).toString();
        if (text.isEmpty())
            continue; // nothing to deliver again (a GET, a preflight)
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || doc.isNull())
            return Error::invalid(u"har: entry %1 has a body that is not JSON"_s.arg(i));
        Entry e;
        e.method = request.value(u"method"_s).toString(u"POST"_s);
        e.url = request.value(u"url"_s).toString();
        e.body = text.toUtf8();
        e.eventType = u"har.replay"_s;
        for (const QJsonValue &h : request.value(u"headers"_s).toArray()) {
            const QJsonObject header = h.toObject();
            if (header.value(u"name"_s).toString().compare(u"x-switchboard-event-type"_s, Qt::CaseInsensitive)
                == 0)
                e.eventType = header.value(u"value"_s).toString();
        }
        out.append(e);
    }
    if (out.isEmpty())
        return Error::invalid(u"har: no entry has a JSON request body to replay"_s);
    return out;
}

bool HarReplayModule::handle(const ApiContext &context, const QHttpServerRequest &request,
                             const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    if (path != QStringList{u"v1"_s, u"replays"_s, u"har"_s})
        return false;
    if (request.method() != QHttpServerRequest::Method::Post) {
        reply->error(405, u"method_not_allowed"_s, u"use POST"_s);
        return true;
    }
    auto body = parseJsonObject(request);
    if (!body) {
        reply->error(body.error());
        return true;
    }
    const QString endpoint = body->value(u"endpoint"_s).toString();
    if (endpoint.isEmpty()) {
        reply->error(
            Error::invalid(u"endpoint: is required: the endpoint to send the recorded requests to"_s));
        return true;
    }
    const int waitMs = body->value(u"wait_ms"_s).toInt(5000);
    if (waitMs < 0 || waitMs > kMaxWaitMs) {
        reply->error(Error::invalid(u"wait_ms: must be from 0 to 30000"_s));
        return true;
    }
    auto parsed = parse(body->value(u"har"_s).toObject());
    if (!parsed) {
        reply->error(parsed.error());
        return true;
    }
    QList<Entry> list = *parsed;
    if (const QString type = body->value(u"event_type"_s).toString(); !type.isEmpty()) {
        for (Entry &e : list)
            e.eventType = type;
    }
    const QList<Entry> *entries = &list;
    if (!m_waiter)
        m_waiter = new DeliveryWaiter(context.engine);

    // Enqueue every entry; answer once all are committed and their first
    // attempts are known (or wait_ms passed).
    struct Run
    {
        QList<Entry> entries;
        QList<QJsonObject> results;
        int committed = 0;
    };
    auto run = std::make_shared<Run>();
    run->entries = *entries;
    run->results.resize(entries->size());
    DeliveryWaiter *waiter = m_waiter;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        EnqueueRequest req;
        req.eventType = entries->at(i).eventType;
        req.payload = entries->at(i).body;
        req.endpoints = {endpoint};
        context.engine->enqueue(
            req, m_context.get(), [run, i, reply, waiter, waitMs](const Result<EnqueueResult> &r) {
                const Entry &e = run->entries.at(i);
                QJsonObject result{{u"index"_s, int(i)}, {u"method"_s, e.method}, {u"recorded_url"_s, e.url}};
                if (r) {
                    result.insert(u"message_id"_s, r->messageId);
                    result.insert(u"delivery_id"_s, r->deliveries.value(0).id);
                } else {
                    result.insert(u"error"_s, r.error().message);
                }
                run->results[i] = result;
                if (++run->committed < run->entries.size())
                    return;
                QStringList ids;
                for (const QJsonObject &o : std::as_const(run->results)) {
                    if (o.contains(u"delivery_id"_s))
                        ids.append(o.value(u"delivery_id"_s).toString());
                }
                waiter->wait(ids, waitMs,
                             [run, reply](const QHash<QString, AttemptEvent> &outcomes, bool complete) {
                                 QJsonArray out;
                                 int delivered = 0;
                                 for (QJsonObject o : std::as_const(run->results)) {
                                     const auto it = outcomes.constFind(o.value(u"delivery_id"_s).toString());
                                     if (it != outcomes.cend()) {
                                         const QJsonObject outcome = outcomeJson(it.value());
                                         for (auto f = outcome.begin(); f != outcome.end(); ++f)
                                             o.insert(f.key(), f.value());
                                         delivered += it->newStatus == DeliveryStatus::Delivered ? 1 : 0;
                                     } else if (o.contains(u"delivery_id"_s)) {
                                         o.insert(u"status"_s, u"pending"_s);
                                     }
                                     out.append(o);
                                 }
                                 reply->json(complete ? 200 : 202,
                                             QJsonObject{{u"entries"_s, int(run->entries.size())},
                                                         {u"delivered"_s, delivered},
                                                         {u"results"_s, out}});
                             });
            });
    }
    return true;
}

} // namespace Switchboard
