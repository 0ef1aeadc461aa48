// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "housekeeping.h"

#include "metrics/datapolicy.h"

#include "metrics/alertevaluator.h"
#include "metrics/deliveryalerts.h"
#include "metrics/statsquery.h"
#include "util/ids.h"
#include "util/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace Switchboard {

using namespace Qt::StringLiterals;

// The housekeeping thread's side: its store connection and timers.
class HousekeepingWorker : public QObject
{
public:
    explicit HousekeepingWorker(const HousekeepingOptions &options) : m_options(options) { }

    Status init()
    {
        auto store = SqlStore::open(m_options.location, u"housekeeping-"_s + newId(u""));
        if (!store)
            return store.error();
        m_store = std::move(store).value();
        // Redaction rules changed through the API (by any worker) apply from the start.
        if (Status st = DataPolicy::applyStoredRedaction(*m_store); !st)
            qCWarning(lcMetrics).noquote() << u"stored redaction rules not applied: "_s + st.error().message;
        auto every = [this](int ms, int job) {
            if (ms <= 0)
                return;
            auto *timer = new QTimer(this);
            timer->setInterval(ms);
            connect(timer, &QTimer::timeout, this, [this, job]() { run(job); });
            timer->start();
        };
        every(m_options.depthSampleMs, Housekeeping::SampleDepths);
        every(m_options.alertEvaluateMs, Housekeeping::EvaluateAlerts);
        every(m_options.retentionMs, Housekeeping::PruneRetention);
        // The first 24 h stats query after a start reads every rollup row of the
        // day (~60 ms for a million attempts); done here, on this low-priority
        // thread, it leaves the minute cache warm for the API and the console.
        if (m_options.warmStatsCache)
            QTimer::singleShot(0, this, [this]() { warmStatsCache(); });
        return Ok{};
    }

    Status run(int jobs)
    {
        const QDateTime now = m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
        Status result = Ok{};
        auto note = [&](const Status &st, const char *what) {
            if (!st) {
                qCWarning(lcMetrics).noquote()
                    << u"%1 failed: %2"_s.arg(QLatin1StringView(what), st.error().message);
                result = st;
            }
        };
        if (jobs & Housekeeping::SampleDepths)
            note(sampleDepths(now), "sampling queue depths");
        if (jobs & Housekeeping::EvaluateAlerts) {
            auto s = AlertEvaluator(*m_store).evaluate(now);
            note(s ? Status(Ok{}) : Status(s.error()), "evaluating alerts");
            // Deliveries changed since the last look (an hour back at start, so a
            // restart misses nothing recent; alerts are one per delivery anyway).
            const QDateTime since
                = m_lastDeliveryScan.isValid() ? m_lastDeliveryScan.addSecs(-5) : now.addSecs(-3600);
            auto d = DeliveryAlerts(*m_store).scan(since, now);
            if (d)
                m_lastDeliveryScan = now;
            note(d ? Status(Ok{}) : Status(d.error()), "scanning deliveries for alerts");
        }
        if (jobs & Housekeeping::PruneRetention) {
            // Periods and rules changed at run time (PUT /v1/retention, /v1/redaction) are in
            // the store: read them each run, so every worker of a fleet follows them.
            RetentionPolicy policy = m_options.retention;
            auto stored = DataPolicy::loadRetention(*m_store, m_options.retention);
            if (stored && *stored)
                policy = **stored;
            note(stored ? Status(Ok{}) : Status(stored.error()), "reading the retention periods");
            note(DataPolicy::applyStoredRedaction(*m_store), "reading the redaction rules");
            auto c = Retention(*m_store, policy).run(now);
            if (c && (c->attemptBodies || c->inboundBodies || c->messages || c->rollups)) {
                qCInfo(lcMetrics) << "retention pruned" << c->attemptBodies << "attempt bodies,"
                                  << c->inboundBodies << "inbound bodies," << c->messages
                                  << "delivered messages," << c->rollups << "rollup rows";
            }
            note(c ? Status(Ok{}) : Status(c.error()), "pruning by retention");
        }
        return result;
    }

    void shutdown() { m_store.reset(); }

private:
    void warmStatsCache()
    {
        if (!m_store)
            return;
        StatsFilter day;
        day.windowS = 86400;
        const QDateTime now = m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
        if (auto r = StatsQuery(*m_store).run(day, now, false, false); !r)
            qCWarning(lcMetrics).noquote() << u"warming the stats cache failed: "_s + r.error().message;
    }

    Status sampleDepths(const QDateTime &now)
    {
        auto depths = m_store->depths();
        if (!depths)
            return depths.error();
        return m_store->transaction([&]() -> Status {
            QSqlQuery q(m_store->database());
            q.prepare(
                u"INSERT INTO metrics_depths (minute, queue_depth, in_flight, dlq_depth) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (minute) DO UPDATE SET queue_depth = excluded.queue_depth, "
                "in_flight = excluded.in_flight, dlq_depth = excluded.dlq_depth"_s);
            q.addBindValue(now.toMSecsSinceEpoch() / 60000 * 60000);
            q.addBindValue(depths->pending + depths->inFlight);
            q.addBindValue(depths->inFlight);
            q.addBindValue(depths->dead);
            if (!q.exec())
                return Error::unavailable(u"store error while sampling depths: "_s + q.lastError().text());
            return Ok{};
        });
    }

    HousekeepingOptions m_options;
    std::unique_ptr<SqlStore> m_store;
    QDateTime m_lastDeliveryScan;
};

Housekeeping::Housekeeping(HousekeepingOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_thread.setObjectName(u"housekeeping"_s);
}

Housekeeping::~Housekeeping()
{
    stop();
}

Status Housekeeping::start()
{
    if (m_worker)
        return Ok{};
    m_worker = new HousekeepingWorker(m_options);
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
    Status status = Ok{};
    QMetaObject::invokeMethod(
        m_worker, [&]() { status = m_worker->init(); }, Qt::BlockingQueuedConnection);
    if (!status)
        stop();
    return status;
}

void Housekeeping::stop()
{
    if (!m_worker)
        return;
    HousekeepingWorker *worker = m_worker;
    m_worker = nullptr;
    QMetaObject::invokeMethod(
        worker,
        [worker]() {
            worker->shutdown();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Status Housekeeping::runNow(int jobs)
{
    if (!m_worker)
        return Error::unavailable(u"housekeeping is not running"_s);
    Status status = Ok{};
    HousekeepingWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [&]() { status = worker->run(jobs); }, Qt::BlockingQueuedConnection);
    return status;
}

} // namespace Switchboard
