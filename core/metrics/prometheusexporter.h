// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>

#include <array>
#include <optional>

namespace Switchboard {

class Engine;
struct AttemptEvent;
struct QueueDepths;

// Counters and a latency histogram since this process started, in the
// Prometheus text exposition format (version 0.0.4). Counters are kept in
// memory rather than summed from the rollups, so they never go backwards when
// retention prunes old minutes; a restart is a counter reset, which Prometheus
// handles. Label cardinality is bounded: after kMaxLabelSets distinct
// (endpoint, event type) pairs, new ones are counted under "other".
//
// Inbound requests (switchboard_inbound_requests_total by source, event type,
// outcome and verdict, and a duration histogram by source) reach the exporters
// attached to the engine the API runs with, through recordInbound(engine, ...).
//
// Thread-safe: record() runs on the engine thread, render() on the API thread.
class PrometheusExporter
{
public:
    static constexpr int kMaxLabelSets = 200;
    // Upper bounds of the latency buckets, in seconds: 5 ms to 60 s, then +Inf.
    static constexpr std::array<double, 14> kBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
                                                     1,     2.5,  5,     10,   20,  30,   60};

    explicit PrometheusExporter(int maxLabelSets = kMaxLabelSets);
    ~PrometheusExporter();
    Q_DISABLE_COPY_MOVE(PrometheusExporter)

    // Counts every attempt the engine commits from now on.
    void attach(Engine *engine);
    void record(const AttemptEvent &event);
    // One inbound request, by its verdict (accepted, duplicate, bad_signature, ...).
    void recordInbound(const QString &source, const QString &eventType, const QString &verdict,
                       int durationMs);
    // The same, for every exporter attached to engine.
    static void recordInbound(const Engine *engine, const QString &source, const QString &eventType,
                              const QString &verdict, int durationMs);

    QByteArray render(const std::optional<QueueDepths> &depths, const QString &version) const;

private:
    struct Counters
    {
        QHash<QString, qint64> attempts; // "outcome\terror" -> count
        qint64 retries = 0;
        qint64 dead = 0;
    };
    struct Histogram
    {
        std::array<qint64, kBuckets.size() + 1> counts{}; // per bucket, the last is +Inf; not cumulative
        double sumSeconds = 0;
        qint64 count = 0;

        void add(int durationMs);
        void render(QByteArray &out, const char *name, const QByteArray &labels) const;
    };

    mutable QMutex m_mutex;
    int m_maxLabelSets;
    QHash<QPair<QString, QString>, Counters> m_counters; // (endpoint, event type)
    QHash<QString, Histogram> m_latency; // by endpoint
    QHash<QPair<QString, QString>, QHash<QString, qint64>>
        m_inbound; // (source, event type) -> "outcome\tverdict"
    QHash<QString, Histogram> m_inboundLatency; // by source
    const Engine *m_engine = nullptr;
    QObject m_guard; // disconnects from the engine when this goes away
};

} // namespace Switchboard
