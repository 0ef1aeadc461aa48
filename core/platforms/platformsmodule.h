// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiserver.h"
#include "api/routemodule.h"

#include <memory>
#include <vector>

namespace Switchboard {

class PlatformProcessor;

// POST /platforms/{platform}/{name}: the voice-agent platforms' own requests
// (Vapi server messages, Retell webhooks and custom functions, ElevenLabs,
// Bland, LiveKit, OpenAI and Twilio webhooks), answered in the platform's own
// format. Public (asked before bearer authentication): each request is
// authenticated by its platform's scheme instead. Its body limit is the
// connection's max_body_bytes (ElevenLabs' post-call audio is several MiB): a
// larger body is refused (413, logged as too_large) from the head, unread.
// Lives in the API thread.
class PlatformsModule final : public RouteModule, public BodyLimitedRoute
{
public:
    explicit PlatformsModule(std::shared_ptr<PlatformProcessor> processor);

    bool handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                const std::shared_ptr<HttpReply> &reply) override;
    bool isPublic() const override { return true; }

    std::optional<qint64> bodyLimit(const ApiContext &context, const QStringList &path) override;
    void refuseTooLarge(const ApiContext &context, const RequestHead &head, const QStringList &path,
                        qint64 size, qint64 limit, Answer answer) override;

private:
    std::shared_ptr<PlatformProcessor> m_processor;
};

// The platforms feature's route modules (POST /platforms/*, and /v1/platforms
// behind the bearer token), sharing one processor. For ApiServer::open().
std::vector<std::unique_ptr<RouteModule>> platformRouteModules();

} // namespace Switchboard
