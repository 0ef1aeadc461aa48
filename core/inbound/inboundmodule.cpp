// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboundmodule.h"

#include "inbound/inboundprocessor.h"
#include "inbound/sourcesmodule.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QString codeFor(int status)
{
    switch (status) {
    case 400:
        return u"malformed_json"_s;
    case 401:
        return u"unauthenticated"_s;
    case 403:
        return u"forbidden"_s;
    case 413:
        return u"payload_too_large"_s;
    case 415:
        return u"unsupported_media_type"_s;
    case 422:
        return u"invalid_argument"_s;
    default:
        return u"unavailable"_s;
    }
}

} // namespace

InboundModule::InboundModule(std::shared_ptr<InboundProcessor> processor) : m_processor(std::move(processor))
{ }

void InboundModule::answer(HttpReply &reply, const InboundEvent &event)
{
    if (event.httpStatus >= 200 && event.httpStatus < 300) {
        QJsonObject body{{u"id"_s, event.id}, {u"status"_s, event.status}};
        if (!event.messageId.isEmpty())
            body.insert(u"message_id"_s, event.messageId);
        if (!event.duplicateOf.isEmpty())
            body.insert(u"duplicate_of"_s, event.duplicateOf);
        return reply.json(event.httpStatus, body);
    }
    reply.error(event.httpStatus, codeFor(event.httpStatus), event.reason,
                errorJson(event).value(u"error"_s).toObject().value(u"details"_s).toArray());
}

QJsonObject InboundModule::errorJson(const InboundEvent &event)
{
    QJsonObject detail{{u"verdict"_s, event.status}, {u"inbound_id"_s, event.id}};
    for (const QString &key : {u"cause"_s, u"skew_s"_s, u"errors"_s, u"max_body_bytes"_s}) {
        if (event.detail.contains(key))
            detail.insert(key, event.detail.value(key));
    }
    return QJsonObject{{u"error"_s,
                        QJsonObject{{u"code"_s, codeFor(event.httpStatus)},
                                    {u"message"_s, event.reason},
                                    {u"details"_s, QJsonArray{detail}}}}};
}

std::optional<qint64> InboundModule::bodyLimit(const ApiContext &context, const QStringList &path)
{
    if (path.size() != 2 || path.at(0) != u"in")
        return std::nullopt;
    auto source = m_processor->source(context, path.at(1));
    if (!source || !source->has_value())
        return std::nullopt;
    return (*source)->maxBodyBytes;
}

void InboundModule::refuseTooLarge(const ApiContext &context, const RequestHead &head,
                                   const QStringList &path, qint64 size, qint64 limit, Answer answer)
{
    auto source = m_processor->source(context, path.value(1));
    if (!source || !source->has_value()) {
        return answer(
            413,
            QJsonObject{{u"error"_s,
                         QJsonObject{{u"code"_s, u"payload_too_large"_s},
                                     {u"message"_s, tooLargeReason(size, head.chunked, limit, u"the"_s)}}}});
    }
    InboundRequest in;
    in.method = QString::fromLatin1(head.method);
    in.url = head.url.toString();
    in.headers = head.headers;
    in.peer = head.peer;
    in.receivedAt = QDateTime::currentDateTimeUtc();
    in.unreadBodySize = size;
    in.unreadChunked = head.chunked;
    m_processor->process(context, **source, in, {}, [answer](const InboundEvent &event) {
        if (event.httpStatus >= 300)
            return answer(event.httpStatus, errorJson(event));
        // Cannot happen (an unread body is never accepted); refuse rather than claim it stored.
        answer(413,
               QJsonObject{{u"error"_s,
                            QJsonObject{{u"code"_s, u"payload_too_large"_s}, {u"message"_s, event.reason}}}});
    });
}

bool InboundModule::handle(const ApiContext &context, const QHttpServerRequest &request,
                           const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    if (path.value(0) != u"in")
        return false;
    if (path.size() != 2) {
        reply->error(404, u"not_found"_s,
                     u"no route for %1; senders post to /in/{source}"_s.arg(request.url().path()));
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        reply->error(405, u"method_not_allowed"_s, u"use POST"_s);
        return true;
    }
    const QString name = path.at(1);
    auto source = m_processor->source(context, name);
    if (!source) {
        reply->error(source.error());
        return true;
    }
    if (!source->has_value()) {
        // Not logged: requests for sources that do not exist would let anyone fill the log.
        reply->error(404, u"not_found"_s, u"no source named \"%1\""_s.arg(name));
        return true;
    }
    InboundRequest in;
    in.method = u"POST"_s;
    in.url = request.url().toString();
    in.headers = request.headers();
    in.body = request.body();
    in.peer = request.remoteAddress();
    in.receivedAt = QDateTime::currentDateTimeUtc();
    m_processor->process(context, **source, in, {},
                         [reply](const InboundEvent &event) { answer(*reply, event); });
    return true;
}

std::vector<std::unique_ptr<RouteModule>> inboundRouteModules()
{
    auto processor = std::make_shared<InboundProcessor>();
    std::vector<std::unique_ptr<RouteModule>> modules;
    modules.push_back(std::make_unique<InboundModule>(processor));
    modules.push_back(std::make_unique<SourcesModule>(processor));
    return modules;
}

} // namespace Switchboard
