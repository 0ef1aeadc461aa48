// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboundmetrics.h"

#include "api/routemodule.h"
#include "inbound/inboundstore.h"
#include "metrics/prometheusexporter.h"
#include "metrics/trafficlog.h"
#include "store/sqlstore.h"

#include <algorithm>
#include <limits>

namespace Switchboard {

using namespace Qt::StringLiterals;

bool InboundMetrics::isSuccess(const QString &verdict)
{
    return verdict == u"accepted" || verdict == u"duplicate";
}

RollupSample InboundMetrics::sampleOf(const InboundEvent &event, const QDateTime &now)
{
    RollupSample s;
    s.at = event.receivedAt.isValid() ? event.receivedAt : now;
    s.direction = u"in"_s;
    s.subject = event.source;
    // Known once the forward's event type was made; empty for requests that
    // ended before (most rejections, duplicates).
    s.eventType = event.detail.value(u"event_type"_s).toString();
    s.n = 1;
    s.ok = isSuccess(event.status);
    s.error = s.ok ? QString() : event.status;
    s.statusCode = event.httpStatus;
    s.durationMs = int(std::clamp<qint64>(s.at.msecsTo(now), 0, std::numeric_limits<int>::max()));
    return s;
}

Status InboundMetrics::record(const ApiContext &context, const InboundEvent &event,
                              const std::function<Status()> &logRow)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RollupSample sample = sampleOf(event, now);
    // Keyed by this API instance: workers sharing a PostgreSQL database never
    // update one another's rows (the engine's rows are direction "out").
    RollupWriter rollups(context.instanceId.isEmpty() ? u"api"_s : context.instanceId);
    const Status st = context.store->transaction([&]() -> Status {
        if (Status logged = logRow(); !logged)
            return logged;
        return rollups.add(*context.store, {sample});
    });
    if (!st) {
        TrafficLog::inbound(event, sample.durationMs, st.error().message);
        return st;
    }
    PrometheusExporter::recordInbound(context.engine, sample.subject, sample.eventType, event.status,
                                      sample.durationMs);
    TrafficLog::inbound(event, sample.durationMs);
    return st;
}

} // namespace Switchboard
