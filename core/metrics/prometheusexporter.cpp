// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusexporter.h"

#include "delivery/circuitbreaker.h"
#include "delivery/engine.h"
#include "store/sqlstore.h"

#include <QMultiHash>
#include <QMutexLocker>

#include <algorithm>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

const QString kOther = u"other"_s;

// Label values escape backslash, double quote and newline.
QByteArray label(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 17);
}

QByteArray le(double v)
{
    return QByteArray::number(v, 'g', 6);
}

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

// The exporters attached to each engine, for the inbound pipeline (which knows
// its engine, not the exporter).
QMutex g_attachedMutex;
QMultiHash<const Engine *, PrometheusExporter *> g_attached;

} // namespace

PrometheusExporter::PrometheusExporter(int maxLabelSets) : m_maxLabelSets(std::max(1, maxLabelSets)) { }

PrometheusExporter::~PrometheusExporter()
{
    if (m_engine) {
        QMutexLocker lock(&g_attachedMutex);
        g_attached.remove(m_engine, this);
    }
}

void PrometheusExporter::attach(Engine *engine)
{
    if (!engine)
        return;
    {
        QMutexLocker lock(&g_attachedMutex);
        if (m_engine)
            g_attached.remove(m_engine, this);
        m_engine = engine;
        g_attached.insert(engine, this);
    }
    // Direct: counted on the engine thread as the event is emitted (under the mutex).
    QObject::connect(
        engine, &Engine::attemptRecorded, &m_guard, [this](const AttemptEvent &e) { record(e); },
        Qt::DirectConnection);
}

void PrometheusExporter::record(const AttemptEvent &e)
{
    QMutexLocker lock(&m_mutex);
    QPair<QString, QString> key{e.endpoint, e.eventType};
    auto it = m_counters.find(key);
    if (it == m_counters.end()) {
        if (m_counters.size() >= m_maxLabelSets)
            key = {kOther, kOther};
        it = m_counters.find(key);
        if (it == m_counters.end())
            it = m_counters.insert(key, {});
    }
    const bool ok = e.error == AttemptError::None;
    it->attempts[ok ? u"ok\tnone"_s : u"failed\t"_s + toString(e.error)]++;
    if (e.n > 1)
        it->retries++;
    if (e.newStatus == DeliveryStatus::Dead)
        it->dead++;

    QString endpoint = e.endpoint;
    if (!m_latency.contains(endpoint) && m_latency.size() >= m_maxLabelSets)
        endpoint = kOther;
    m_latency[endpoint].add(e.durationMs);
}

void PrometheusExporter::Histogram::add(int durationMs)
{
    const double s = std::max(0, durationMs) / 1000.0;
    const auto bucket = std::lower_bound(kBuckets.begin(), kBuckets.end(), s) - kBuckets.begin();
    counts[size_t(bucket)]++;
    sumSeconds += s;
    count++;
}

void PrometheusExporter::recordInbound(const QString &source, const QString &eventType,
                                       const QString &verdict, int durationMs)
{
    QMutexLocker lock(&m_mutex);
    QPair<QString, QString> key{source, eventType};
    if (!m_inbound.contains(key) && m_inbound.size() >= m_maxLabelSets)
        key = {kOther, kOther};
    const bool ok = verdict == u"accepted" || verdict == u"duplicate";
    m_inbound[key][(ok ? u"ok\t"_s : u"failed\t"_s) + verdict]++;
    QString bySource = source;
    if (!m_inboundLatency.contains(bySource) && m_inboundLatency.size() >= m_maxLabelSets)
        bySource = kOther;
    m_inboundLatency[bySource].add(durationMs);
}

void PrometheusExporter::recordInbound(const Engine *engine, const QString &source, const QString &eventType,
                                       const QString &verdict, int durationMs)
{
    QMutexLocker lock(&g_attachedMutex);
    const auto exporters = g_attached.values(engine);
    for (PrometheusExporter *exporter : exporters)
        exporter->recordInbound(source, eventType, verdict, durationMs);
}

void PrometheusExporter::Histogram::render(QByteArray &out, const char *name, const QByteArray &labels) const
{
    qint64 cumulative = 0;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        cumulative += counts[i];
        out += name + "_bucket{"_ba + labels + ",le=\"" + le(kBuckets[i]) + "\"} "
            + QByteArray::number(cumulative) + '\n';
    }
    cumulative += counts[kBuckets.size()];
    out += name + "_bucket{"_ba + labels + ",le=\"+Inf\"} " + QByteArray::number(cumulative) + '\n';
    out += name + "_sum{"_ba + labels + "} " + number(sumSeconds) + '\n';
    out += name + "_count{"_ba + labels + "} " + QByteArray::number(count) + '\n';
}

QByteArray PrometheusExporter::render(const std::optional<QueueDepths> &depths, const QString &version) const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    out.reserve(4096);
    auto keys = m_counters.keys();
    std::sort(keys.begin(), keys.end());

    header(out, "switchboard_attempts_total", "counter",
           "Delivery attempts committed by this process, by endpoint, event type, outcome and error class.");
    for (const auto &key : std::as_const(keys)) {
        const Counters &c = m_counters.value(key);
        auto outcomes = c.attempts.keys();
        std::sort(outcomes.begin(), outcomes.end());
        for (const QString &o : std::as_const(outcomes)) {
            out += "switchboard_attempts_total{endpoint=\"" + label(key.first) + "\",event_type=\""
                + label(key.second) + "\",outcome=\"" + label(o.section(u'\t', 0, 0)) + "\",error=\""
                + label(o.section(u'\t', 1, 1)) + "\"} " + QByteArray::number(c.attempts.value(o)) + '\n';
        }
    }
    header(out, "switchboard_retries_total", "counter",
           "Attempts that were retries of an earlier failed attempt.");
    for (const auto &key : std::as_const(keys)) {
        out += "switchboard_retries_total{endpoint=\"" + label(key.first) + "\",event_type=\""
            + label(key.second) + "\"} " + QByteArray::number(m_counters.value(key).retries) + '\n';
    }
    header(out, "switchboard_dead_letters_total", "counter", "Deliveries moved to the dead-letter queue.");
    for (const auto &key : std::as_const(keys)) {
        out += "switchboard_dead_letters_total{endpoint=\"" + label(key.first) + "\",event_type=\""
            + label(key.second) + "\"} " + QByteArray::number(m_counters.value(key).dead) + '\n';
    }

    header(out, "switchboard_attempt_duration_seconds", "histogram",
           "Duration of delivery attempts, from sending the request to the end of the response.");
    auto endpoints = m_latency.keys();
    std::sort(endpoints.begin(), endpoints.end());
    for (const QString &endpoint : std::as_const(endpoints)) {
        m_latency.value(endpoint).render(out, "switchboard_attempt_duration_seconds",
                                         "endpoint=\"" + label(endpoint) + '"');
    }

    header(out, "switchboard_inbound_requests_total", "counter",
           "Inbound requests handled by this process, by source, event type (empty until known), outcome and "
           "verdict.");
    auto inboundKeys = m_inbound.keys();
    std::sort(inboundKeys.begin(), inboundKeys.end());
    for (const auto &key : std::as_const(inboundKeys)) {
        const QHash<QString, qint64> counts = m_inbound.value(key);
        auto outcomes = counts.keys();
        std::sort(outcomes.begin(), outcomes.end());
        for (const QString &o : std::as_const(outcomes)) {
            out += "switchboard_inbound_requests_total{source=\"" + label(key.first) + "\",event_type=\""
                + label(key.second) + "\",outcome=\"" + label(o.section(u'\t', 0, 0)) + "\",verdict=\""
                + label(o.section(u'\t', 1, 1)) + "\"} " + QByteArray::number(counts.value(o)) + '\n';
        }
    }
    header(out, "switchboard_inbound_duration_seconds", "histogram",
           "Processing time of inbound requests, from arrival to the logged verdict.");
    auto sources = m_inboundLatency.keys();
    std::sort(sources.begin(), sources.end());
    for (const QString &source : std::as_const(sources)) {
        m_inboundLatency.value(source).render(out, "switchboard_inbound_duration_seconds",
                                              "source=\"" + label(source) + '"');
    }

    if (depths) {
        header(out, "switchboard_queue_depth", "gauge",
               "Deliveries waiting to be sent (pending and in flight).");
        out += "switchboard_queue_depth " + QByteArray::number(depths->pending + depths->inFlight) + '\n';
        header(out, "switchboard_in_flight", "gauge", "Deliveries leased by a worker right now.");
        out += "switchboard_in_flight " + QByteArray::number(depths->inFlight) + '\n';
        header(out, "switchboard_dlq_depth", "gauge", "Deliveries in the dead-letter queue.");
        out += "switchboard_dlq_depth " + QByteArray::number(depths->dead) + '\n';
    }
    // One sample per endpoint whose circuit breaker is open or half-open in an engine of this process.
    header(out, "switchboard_circuit_open", "gauge",
           "Endpoints whose circuit breaker is open (1) or half-open (0.5) in this process; closed ones are "
           "left "
           "out.");
    const QHash<QString, CircuitState> circuits = CircuitRegistry::shared().notClosed();
    auto openEndpoints = circuits.keys();
    std::sort(openEndpoints.begin(), openEndpoints.end());
    for (const QString &endpoint : std::as_const(openEndpoints)) {
        out += "switchboard_circuit_open{endpoint=\"" + label(endpoint) + "\"} "
            + (circuits.value(endpoint).state == CircuitState::State::Open ? "1" : "0.5") + '\n';
    }
    header(out, "switchboard_build_info", "gauge", "The running Switchboard build; always 1.");
    out += "switchboard_build_info{version=\"" + label(version) + "\"} 1\n";
    return out;
}

} // namespace Switchboard
