// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/rollupwriter.h"
#include "util/result.h"

#include <QDateTime>

#include <functional>

namespace Switchboard {

struct ApiContext;
struct InboundEvent;

// Where an inbound request (POST /in/{source}, /platforms/...) meets the
// observability layer: its minute rollup (direction "in", keyed by source and
// event type, accepted and duplicate counting as successes, every other
// verdict as a failure of that error class, latency = processing time) is
// written in the same transaction as its inbound log row; once committed it is
// counted in /metrics and gets its structured log line (TrafficLog).
//
// Use in the API thread, with the context's store connection.
class InboundMetrics
{
public:
    // Runs logRow (which writes the inbound log row) and the rollup in one transaction.
    static Status record(const ApiContext &context, const InboundEvent &event,
                         const std::function<Status()> &logRow);

    static RollupSample sampleOf(const InboundEvent &event, const QDateTime &now);
    static bool isSuccess(const QString &verdict);
};

} // namespace Switchboard
