// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/retention.h"
#include "store/sqlstore.h"
#include "util/result.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace Switchboard {

class HousekeepingWorker;

struct HousekeepingOptions
{
    StoreLocation location;
    int depthSampleMs = 15000; // queue and dead-letter depth, stored per minute
    int alertEvaluateMs = 30000;
    int retentionMs = 60000;
    RetentionPolicy retention;
    std::function<QDateTime()> clock; // empty: the system clock in UTC
    bool warmStatsCache = true; // run the 24 h stats query once at start (StatsQuery's cache)
};

// The observability background jobs: samples queue and dead-letter depth into
// metrics_depths once per minute, evaluates the alert rules, and prunes by the
// retention policy. Each on its own timer, on its own thread with its own
// store connection, so none of it ever waits on or blocks delivery (writes are
// small transactions). The Housekeeping object is a facade living in its
// creator's thread; runNow() is for tests and tools.
class Housekeeping : public QObject
{
    Q_OBJECT
public:
    explicit Housekeeping(HousekeepingOptions options, QObject *parent = nullptr);
    ~Housekeeping() override;

    Status start();
    void stop();

    enum Job { SampleDepths = 1, EvaluateAlerts = 2, PruneRetention = 4, All = 7 };
    // Runs the jobs once on the housekeeping thread and waits for them.
    Status runNow(int jobs = All);

private:
    HousekeepingOptions m_options;
    QThread m_thread;
    HousekeepingWorker *m_worker = nullptr;
};

} // namespace Switchboard
