// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/routemodule.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <vector>

namespace Switchboard {

class PrometheusExporter;

// The observability routes of docs/api.md: GET /v1/stats, the alerts and alert
// rules under /v1/alerts, and GET /metrics. A second, public instance serves
// /metrics without the bearer token when the operator opened it
// (ApiOptions::metricsOpen). Lives in the API thread.
class ObservabilityRoutes : public RouteModule
{
public:
    using Clock = std::function<QDateTime()>;

    ObservabilityRoutes(std::shared_ptr<PrometheusExporter> exporter, bool publicMetricsOnly,
                        Clock clock = {});

    // Both instances, sharing one exporter attached to the engine; for ApiServer::open().
    static std::vector<std::unique_ptr<RouteModule>> create(Engine *engine);

    bool handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                const std::shared_ptr<HttpReply> &reply) override;
    bool isPublic() const override { return m_publicMetricsOnly; }

private:
    void stats(const ApiContext &context, const QHttpServerRequest &request,
               const std::shared_ptr<HttpReply> &reply);
    void metrics(const ApiContext &context, const std::shared_ptr<HttpReply> &reply);
    void alerts(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                const std::shared_ptr<HttpReply> &reply);
    QDateTime now() const;

    std::shared_ptr<PrometheusExporter> m_exporter;
    bool m_publicMetricsOnly;
    Clock m_clock;
};

} // namespace Switchboard
