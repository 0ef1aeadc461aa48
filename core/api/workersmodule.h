// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/routemodule.h"
#include "store/sqlstore.h"

#include <QJsonArray>

namespace Switchboard {

// GET /v1/workers: the fleet sharing this store, as each worker's heartbeat
// last wrote it (id, host, version, started_at, last_seen, in_flight), so an
// operator sees which workers are alive and how busy. Lives in the API thread.
class WorkersModule final : public RouteModule
{
public:
    bool handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                const std::shared_ptr<HttpReply> &reply) override;

    static QJsonArray toJson(const QList<WorkerInfo> &workers);
};

} // namespace Switchboard
