// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiserver.h"
#include "api/routemodule.h"

#include <memory>
#include <vector>

namespace Switchboard {

class InboundProcessor;
struct InboundEvent;

// POST /in/{source}: the senders' side of inbound webhooks. Public (asked
// before bearer authentication): each request is authenticated by its source's
// scheme instead. Its body limit is the source's max_body_bytes: a larger body
// is refused (413, logged as too_large) from the request's head, unread.
// Lives in the API thread.
class InboundModule final : public RouteModule, public BodyLimitedRoute
{
public:
    explicit InboundModule(std::shared_ptr<InboundProcessor> processor);

    bool handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                const std::shared_ptr<HttpReply> &reply) override;
    bool isPublic() const override { return true; }

    std::optional<qint64> bodyLimit(const ApiContext &context, const QStringList &path) override;
    void refuseTooLarge(const ApiContext &context, const RequestHead &head, const QStringList &path,
                        qint64 size, qint64 limit, Answer answer) override;

    // The sender's answer for a logged event: 200 {"id", "status", ...} or the
    // contract's error with the verdict in details.
    static void answer(HttpReply &reply, const InboundEvent &event);
    // The error body of a refused event (httpStatus >= 300).
    static QJsonObject errorJson(const InboundEvent &event);

private:
    std::shared_ptr<InboundProcessor> m_processor;
};

// The inbound feature's route modules (POST /in/*, and /v1/sources, /v1/inbound
// behind the bearer token), sharing one processor. For ApiServer::open().
std::vector<std::unique_ptr<RouteModule>> inboundRouteModules();

} // namespace Switchboard
