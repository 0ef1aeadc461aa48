// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformsmodule.h"

#include "inbound/inboundmodule.h"
#include "inbound/inboundprocessor.h"
#include "platforms/platformprocessor.h"
#include "platforms/platformsadminmodule.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace Switchboard {

using namespace Qt::StringLiterals;

PlatformsModule::PlatformsModule(std::shared_ptr<PlatformProcessor> processor)
    : m_processor(std::move(processor))
{ }

bool PlatformsModule::handle(const ApiContext &context, const QHttpServerRequest &request,
                             const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    if (path.value(0) != u"platforms")
        return false;
    if (path.size() != 3) {
        reply->error(404, u"not_found"_s, u"platforms post to /platforms/{platform}/{name}"_s);
        return true;
    }
    // Unknown connections answer 404 and are not logged (anyone could fill the log otherwise).
    auto config = m_processor->config(context, path.at(2));
    if (!config) {
        reply->error(config.error());
        return true;
    }
    if (!config->has_value() || (*config)->platform != path.at(1)) {
        reply->error(404, u"not_found"_s,
                     u"no %1 platform connection named \"%2\""_s.arg(path.at(1), path.at(2)));
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        reply->error(405, u"method_not_allowed"_s, u"platforms POST their requests here"_s);
        return true;
    }
    PlatformRequest in;
    in.url = request.url().toString();
    in.headers = request.headers();
    in.body = request.body();
    in.peer = request.remoteAddress();
    in.receivedAt = QDateTime::currentDateTimeUtc();
    m_processor->process(
        context, **config, in, [reply](const InboundEvent &event, const PlatformAnswer &answer) {
            if (event.httpStatus >= 300)
                return InboundModule::answer(*reply, event);
            if (answer.body.isEmpty()) {
                return InboundModule::answer(*reply, event); // 200 {"id", "status", "message_id"}
            }
            reply->text(answer.status, QByteArrayLiteral("application/json"), answer.body);
        });
    return true;
}

std::optional<qint64> PlatformsModule::bodyLimit(const ApiContext &context, const QStringList &path)
{
    if (path.size() != 3 || path.at(0) != u"platforms")
        return std::nullopt;
    auto config = m_processor->config(context, path.at(2));
    if (!config || !config->has_value() || (*config)->platform != path.at(1))
        return std::nullopt;
    return (*config)->maxBodyBytes;
}

void PlatformsModule::refuseTooLarge(const ApiContext &context, const RequestHead &head,
                                     const QStringList &path, qint64 size, qint64 limit, Answer answer)
{
    auto config = m_processor->config(context, path.value(2));
    if (!config || !config->has_value()) {
        return answer(413,
                      QJsonObject{{u"error"_s,
                                   QJsonObject{{u"code"_s, u"payload_too_large"_s},
                                               {u"message"_s,
                                                tooLargeReason(size, head.chunked, limit,
                                                               u"platform connection"_s)}}}});
    }
    PlatformRequest in;
    in.url = head.url.toString();
    in.headers = head.headers;
    in.peer = head.peer;
    in.receivedAt = QDateTime::currentDateTimeUtc();
    in.unreadBodySize = size;
    in.unreadChunked = head.chunked;
    m_processor->process(context, **config, in, [answer](const InboundEvent &event, const PlatformAnswer &) {
        answer(event.httpStatus >= 300 ? event.httpStatus : 413, InboundModule::errorJson(event));
    });
}

std::vector<std::unique_ptr<RouteModule>> platformRouteModules()
{
    auto processor = std::make_shared<PlatformProcessor>();
    std::vector<std::unique_ptr<RouteModule>> modules;
    modules.push_back(std::make_unique<PlatformsModule>(processor));
    modules.push_back(std::make_unique<PlatformsAdminModule>(processor));
    return modules;
}

} // namespace Switchboard
