// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observabilityroutes.h"

#include "metrics/datapolicy.h"

#include "api/apiserver.h"
#include "api/jsonbody.h"
#include "metrics/alertstore.h"
#include "metrics/prometheusexporter.h"
#include "metrics/statsquery.h"
#include "metrics/trafficlog.h"
#include "store/sqlstore.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

ObservabilityRoutes::ObservabilityRoutes(std::shared_ptr<PrometheusExporter> exporter, bool publicMetricsOnly,
                                         Clock clock)
    : m_exporter(std::move(exporter))
    , m_publicMetricsOnly(publicMetricsOnly)
    , m_clock(std::move(clock))
{ }

std::vector<std::unique_ptr<RouteModule>> ObservabilityRoutes::create(Engine *engine)
{
    auto exporter = std::make_shared<PrometheusExporter>();
    exporter->attach(engine);
    TrafficLog::attach(engine); // one structured log record per attempt (once per engine)
    std::vector<std::unique_ptr<RouteModule>> modules;
    modules.push_back(std::make_unique<ObservabilityRoutes>(exporter, true));
    modules.push_back(std::make_unique<ObservabilityRoutes>(exporter, false));
    modules.push_back(std::make_unique<DataPolicyRoutes>()); // /v1/retention, /v1/redaction
    return modules;
}

QDateTime ObservabilityRoutes::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool ObservabilityRoutes::handle(const ApiContext &context, const QHttpServerRequest &request,
                                 const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    using M = QHttpServerRequest::Method;
    if (path == QStringList{u"metrics"_s}) {
        if (m_publicMetricsOnly && !(context.options && context.options->metricsOpen))
            return false; // the authenticated instance answers
        if (request.method() != M::Get)
            reply->error(405, u"method_not_allowed"_s, u"use GET"_s);
        else
            metrics(context, reply);
        return true;
    }
    if (m_publicMetricsOnly || path.value(0) != u"v1")
        return false;
    if (path.value(1) == u"stats" && path.size() == 2) {
        if (request.method() != M::Get)
            reply->error(405, u"method_not_allowed"_s, u"use GET"_s);
        else
            stats(context, request, reply);
        return true;
    }
    if (path.value(1) == u"alerts") {
        alerts(context, request, path, reply);
        return true;
    }
    return false;
}

void ObservabilityRoutes::stats(const ApiContext &context, const QHttpServerRequest &request,
                                const std::shared_ptr<HttpReply> &reply)
{
    auto filter = StatsFilter::fromQuery(request.query());
    if (!filter)
        return reply->error(filter.error());
    StatsQuery query(*context.store);
    auto result = query.run(*filter, now());
    if (!result)
        return reply->error(result.error());
    reply->json(200, result->toJson(*filter));
}

void ObservabilityRoutes::metrics(const ApiContext &context, const std::shared_ptr<HttpReply> &reply)
{
    std::optional<QueueDepths> depths;
    if (context.store) {
        if (auto d = context.store->depths())
            depths = *d;
    }
    reply->text(200, "text/plain; version=0.0.4; charset=utf-8",
                m_exporter->render(depths, QStringLiteral(SWITCHBOARD_VERSION)));
}

void ObservabilityRoutes::alerts(const ApiContext &context, const QHttpServerRequest &request,
                                 const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    using M = QHttpServerRequest::Method;
    const M method = request.method();
    AlertStore store(*context.store);

    // GET /v1/alerts[?state=open&limit=100]
    if (path.size() == 2) {
        if (method != M::Get)
            return reply->error(405, u"method_not_allowed"_s, u"use GET"_s);
        const QUrlQuery query = request.query();
        const QString state = query.queryItemValue(u"state"_s);
        if (!state.isEmpty() && state != u"open" && state != u"acknowledged" && state != u"resolved") {
            return reply->error(
                Error::invalid(u"state: must be open, acknowledged or resolved"_s,
                               {QJsonObject{{u"field"_s, u"state"_s},
                                            {u"message"_s, u"must be open, acknowledged or resolved"_s}}}));
        }
        int limit = 100;
        if (query.hasQueryItem(u"limit"_s)) {
            bool ok = false;
            limit = query.queryItemValue(u"limit"_s).toInt(&ok);
            if (!ok || limit < 1 || limit > 1000) {
                return reply->error(Error::invalid(
                    u"limit: must be from 1 to 1000"_s,
                    {QJsonObject{{u"field"_s, u"limit"_s}, {u"message"_s, u"must be from 1 to 1000"_s}}}));
            }
        }
        auto list = store.alerts(state, limit);
        if (!list)
            return reply->error(list.error());
        QJsonArray arr;
        for (const Alert &a : std::as_const(*list))
            arr.append(a.toJson());
        return reply->json(200, QJsonObject{{u"alerts"_s, arr}});
    }
    // /v1/alerts/rules[/{name}]
    if (path.value(2) == u"rules") {
        if (path.size() == 3) {
            if (method != M::Get)
                return reply->error(405, u"method_not_allowed"_s, u"use GET"_s);
            auto rules = store.rules();
            if (!rules)
                return reply->error(rules.error());
            QJsonArray arr;
            for (const AlertRule &r : std::as_const(*rules))
                arr.append(r.toJson());
            return reply->json(200, QJsonObject{{u"rules"_s, arr}});
        }
        if (path.size() != 4)
            return reply->error(404, u"not_found"_s, u"no route for %1"_s.arg(request.url().path()));
        const QString name = path.value(3);
        if (method == M::Put) {
            auto body = parseJsonObject(request);
            if (!body)
                return reply->error(body.error());
            auto rule = AlertRule::fromJson(name, *body);
            if (!rule)
                return reply->error(rule.error());
            auto created = store.putRule(*rule);
            if (!created)
                return reply->error(created.error());
            rule->updatedAt = now();
            return reply->json(*created ? 201 : 200, rule->toJson());
        }
        if (method == M::Get || method == M::Delete) {
            auto rules = store.rules();
            if (!rules)
                return reply->error(rules.error());
            for (const AlertRule &r : std::as_const(*rules)) {
                if (r.name != name)
                    continue;
                if (method == M::Get)
                    return reply->json(200, r.toJson());
                if (auto removed = store.removeRule(name); !removed)
                    return reply->error(removed.error());
                return reply->noContent();
            }
            return reply->error(404, u"not_found"_s, u"no alert rule named \"%1\""_s.arg(name));
        }
        return reply->error(405, u"method_not_allowed"_s, u"use GET, PUT or DELETE"_s);
    }
    // POST /v1/alerts/{id}/ack, GET /v1/alerts/{id}
    const QString id = path.value(2);
    if (path.size() == 4 && path.value(3) == u"ack") {
        if (method != M::Post)
            return reply->error(405, u"method_not_allowed"_s, u"use POST"_s);
        auto a = store.acknowledge(id, now());
        if (!a)
            return reply->error(a.error());
        return reply->json(200, a->toJson());
    }
    if (path.size() == 3) {
        if (method != M::Get)
            return reply->error(405, u"method_not_allowed"_s, u"use GET"_s);
        auto a = store.alert(id);
        if (!a)
            return reply->error(a.error());
        if (!a->has_value())
            return reply->error(404, u"not_found"_s, u"no alert %1"_s.arg(id));
        return reply->json(200, (*a)->toJson());
    }
    reply->error(404, u"not_found"_s, u"no route for %1"_s.arg(request.url().path()));
}

} // namespace Switchboard
