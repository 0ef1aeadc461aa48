// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/routemodule.h"

#include <memory>

namespace Switchboard {

class PlatformConfig;
class PlatformProcessor;

// /v1/platforms: the operator's side of the platform connections (create from a
// preset, read, delete, set the platform's secret or rotate it with a grace
// window during which the previous secrets keep verifying). Behind the bearer
// token. Lives in the API thread.
class PlatformsAdminModule final : public RouteModule
{
public:
    explicit PlatformsAdminModule(std::shared_ptr<PlatformProcessor> processor);

    bool handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                const std::shared_ptr<HttpReply> &reply) override;

private:
    QJsonObject json(const ApiContext &context, const PlatformConfig &config) const;
    // PUT .../secret (replaces every secret) or, with rotate, POST .../secret/rotate.
    void putSecret(const ApiContext &context, const QString &name, const QHttpServerRequest &request,
                   const std::shared_ptr<HttpReply> &reply, bool rotate);

    std::shared_ptr<PlatformProcessor> m_processor;
};

} // namespace Switchboard
