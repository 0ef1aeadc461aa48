// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "circuitbreaker.h"

#include "delivery/retrypolicy.h"

#include <QJsonArray>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

constexpr std::size_t kMaxWindow = 100000; // outcomes kept for the failure rate

int rank(CircuitState::State s)
{
    return CircuitState::severity(s);
}

} // namespace

int CircuitState::severity(State s)
{
    switch (s) {
    case CircuitState::State::Closed:
        return 0;
    case CircuitState::State::HalfOpen:
        return 1;
    case CircuitState::State::Open:
        return 2;
    }
    return 0;
}

QString CircuitState::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return u"closed"_s;
    case State::Open:
        return u"open"_s;
    case State::HalfOpen:
        return u"half_open"_s;
    }
    return {};
}

QJsonObject CircuitState::toJson() const
{
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue(); };
    return QJsonObject{{u"state"_s, stateName(state)},
                       {u"opened_at"_s, time(openedAt)},
                       {u"retry_at"_s, time(retryAt)},
                       {u"consecutive_failures"_s, consecutiveFailures},
                       {u"trips"_s, trips},
                       {u"last_error"_s, lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)}};
}

CircuitState CircuitState::fromJson(const QJsonObject &json)
{
    CircuitState c;
    const QString name = json.value(u"state"_s).toString();
    c.state = name == u"open"_s ? State::Open : name == u"half_open"_s ? State::HalfOpen : State::Closed;
    c.openedAt = QDateTime::fromString(json.value(u"opened_at"_s).toString(), Qt::ISODateWithMs);
    c.retryAt = QDateTime::fromString(json.value(u"retry_at"_s).toString(), Qt::ISODateWithMs);
    c.consecutiveFailures = json.value(u"consecutive_failures"_s).toInt();
    c.trips = json.value(u"trips"_s).toInt();
    c.lastError = json.value(u"last_error"_s).toString();
    return c;
}

CircuitBreaker::Outcome CircuitBreaker::classify(int statusCode, AttemptError error)
{
    if (statusCode > 0)
        return RetryPolicy::isRetryableStatus(statusCode) ? Outcome::Failure : Outcome::Success;
    switch (error) {
    case AttemptError::Timeout:
    case AttemptError::Connect:
    case AttemptError::Dns:
    case AttemptError::Tls:
    case AttemptError::Reset:
    case AttemptError::Http5xx:
    case AttemptError::Http429:
        return Outcome::Failure;
    case AttemptError::None:
    case AttemptError::Http4xx:
    case AttemptError::Redirect:
        break;
    }
    return Outcome::Success;
}

void CircuitBreaker::configure(const CircuitBreakerSettings &settings)
{
    if (settings.windowS != m_settings.windowS || settings.failureRate != m_settings.failureRate) {
        m_window.clear();
        m_windowFailures = 0;
    }
    m_settings = settings;
    if (!settings.enabled)
        reset();
}

bool CircuitBreaker::advance(qint64 nowMs)
{
    if (m_state.state != CircuitState::State::Open || nowMs < m_retryAtMs)
        return false;
    m_state.state = CircuitState::State::HalfOpen;
    m_probe.clear();
    return true;
}

int CircuitBreaker::allowance(qint64 nowMs) const
{
    switch (m_state.state) {
    case CircuitState::State::Closed:
        return -1;
    case CircuitState::State::Open:
        return nowMs >= m_retryAtMs ? 1 : 0; // advance() has not run yet
    case CircuitState::State::HalfOpen:
        return m_probe.isEmpty() ? 1 : 0;
    }
    return -1;
}

void CircuitBreaker::probeStarted(const QString &deliveryId)
{
    if (m_state.state == CircuitState::State::HalfOpen)
        m_probe = deliveryId;
}

bool CircuitBreaker::record(const QString &deliveryId, Outcome outcome, const QString &error, qint64 nowMs)
{
    if (!m_settings.enabled)
        return false;
    const bool failed = outcome == Outcome::Failure;
    switch (m_state.state) {
    case CircuitState::State::HalfOpen:
        if (deliveryId != m_probe)
            return false; // an attempt that went out before the circuit opened
        m_probe.clear();
        if (failed) {
            ++m_state.consecutiveFailures;
            open(error, nowMs);
        } else {
            close();
        }
        return true;
    case CircuitState::State::Open:
        // Attempts already out when it opened: they neither close it nor extend it.
        if (failed)
            ++m_state.consecutiveFailures;
        return false;
    case CircuitState::State::Closed:
        break;
    }
    m_state.consecutiveFailures = failed ? m_state.consecutiveFailures + 1 : 0;
    if (m_settings.failureRate > 0) {
        m_window.emplace_back(nowMs, failed);
        m_windowFailures += failed ? 1 : 0;
        const qint64 since = nowMs - qint64(m_settings.windowS) * 1000;
        while (!m_window.empty() && (m_window.front().first < since || m_window.size() > kMaxWindow)) {
            m_windowFailures -= m_window.front().second ? 1 : 0;
            m_window.pop_front();
        }
    }
    const bool byCount = m_state.consecutiveFailures >= m_settings.failureThreshold;
    const bool byRate = m_settings.failureRate > 0 && failed
        && qsizetype(m_window.size()) >= m_settings.minAttempts
        && double(m_windowFailures) >= m_settings.failureRate * double(m_window.size());
    if (!byCount && !byRate)
        return false;
    open(error, nowMs);
    return true;
}

bool CircuitBreaker::reset()
{
    const bool changed = m_state.state != CircuitState::State::Closed;
    close();
    m_state.consecutiveFailures = 0;
    return changed;
}

void CircuitBreaker::open(const QString &error, qint64 nowMs)
{
    ++m_state.trips;
    // The cooldown doubles with each trip in a row: cooldown_s, 2x, 4x ... max_cooldown_s.
    qint64 cooldownS = m_settings.cooldownS;
    for (int i = 1; i < m_state.trips && cooldownS < m_settings.maxCooldownS; ++i)
        cooldownS *= 2;
    cooldownS = std::min<qint64>(cooldownS, std::max(m_settings.cooldownS, m_settings.maxCooldownS));
    m_state.state = CircuitState::State::Open;
    m_state.openedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    m_retryAtMs = nowMs + cooldownS * 1000;
    m_state.retryAt = QDateTime::fromMSecsSinceEpoch(m_retryAtMs, Qt::UTC);
    m_state.lastError = error;
    m_probe.clear();
    m_window.clear();
    m_windowFailures = 0;
}

void CircuitBreaker::close()
{
    m_state.state = CircuitState::State::Closed;
    m_state.openedAt = {};
    m_state.retryAt = {};
    m_state.trips = 0;
    m_state.consecutiveFailures = 0;
    m_state.lastError.clear();
    m_retryAtMs = 0;
    m_probe.clear();
    m_window.clear();
    m_windowFailures = 0;
}

// CircuitRegistry ------------------------------------------------------------------

CircuitRegistry &CircuitRegistry::shared()
{
    static CircuitRegistry registry;
    return registry;
}

void CircuitRegistry::publish(const QString &worker, const QString &endpoint, const CircuitState &state)
{
    QMutexLocker lock(&m_mutex);
    m_byWorker[worker].insert(endpoint, state);
}

void CircuitRegistry::removeWorker(const QString &worker)
{
    QMutexLocker lock(&m_mutex);
    m_byWorker.remove(worker);
}

void CircuitRegistry::removeEndpoint(const QString &worker, const QString &endpoint)
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_byWorker.find(worker); it != m_byWorker.end())
        it->remove(endpoint);
}

CircuitState CircuitRegistry::state(const QString &worker, const QString &endpoint) const
{
    QMutexLocker lock(&m_mutex);
    return m_byWorker.value(worker).value(endpoint);
}

CircuitState CircuitRegistry::merged(const QString &endpoint) const
{
    QMutexLocker lock(&m_mutex);
    CircuitState out;
    for (const auto &endpoints : m_byWorker) {
        const auto it = endpoints.constFind(endpoint);
        if (it == endpoints.cend())
            continue;
        const CircuitState &s = it.value();
        if (rank(s.state) > rank(out.state)) {
            out = s;
        } else if (s.state == out.state && !s.isClosed()) {
            if (s.openedAt.isValid() && (!out.openedAt.isValid() || s.openedAt < out.openedAt))
                out.openedAt = s.openedAt;
            if (s.retryAt > out.retryAt)
                out.retryAt = s.retryAt;
            out.consecutiveFailures = std::max(out.consecutiveFailures, s.consecutiveFailures);
        }
    }
    return out;
}

QHash<QString, CircuitState> CircuitRegistry::notClosed() const
{
    QSet<QString> names;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &endpoints : m_byWorker) {
            for (auto it = endpoints.cbegin(); it != endpoints.cend(); ++it) {
                if (!it->isClosed())
                    names.insert(it.key());
            }
        }
    }
    QHash<QString, CircuitState> out;
    for (const QString &name : std::as_const(names))
        out.insert(name, merged(name));
    return out;
}

// FleetCircuits ----------------------------------------------------------------------

FleetCircuits FleetCircuits::fromWorkers(const QList<WorkerInfo> &workers, const QDateTime &now,
                                         qint64 staleAfterMs)
{
    FleetCircuits out;
    for (const WorkerInfo &w : workers) {
        if (!w.lastSeen.isValid() || w.lastSeen.msecsTo(now) > staleAfterMs)
            continue; // stopped, or lost the database: its circuits say nothing any more
        for (auto it = w.circuits.begin(); it != w.circuits.end(); ++it) {
            const CircuitState state = CircuitState::fromJson(it.value().toObject());
            if (!state.isClosed())
                out.m_byEndpoint[it.key()].append({w.id, state});
        }
    }
    for (auto &list : out.m_byEndpoint)
        std::sort(list.begin(), list.end(),
                  [](const Entry &a, const Entry &b) { return a.workerId < b.workerId; });
    return out;
}

void FleetCircuits::setWorker(const QString &workerId, const QString &endpoint, const CircuitState &state)
{
    QList<Entry> &list = m_byEndpoint[endpoint];
    list.removeIf([&](const Entry &e) { return e.workerId == workerId; });
    if (!state.isClosed()) {
        list.append({workerId, state});
        std::sort(list.begin(), list.end(),
                  [](const Entry &a, const Entry &b) { return a.workerId < b.workerId; });
    }
    if (list.isEmpty())
        m_byEndpoint.remove(endpoint);
}

QList<FleetCircuits::Entry> FleetCircuits::of(const QString &endpoint) const
{
    return m_byEndpoint.value(endpoint);
}

CircuitState FleetCircuits::worst(const QString &endpoint) const
{
    CircuitState out;
    for (const Entry &e : m_byEndpoint.value(endpoint)) {
        const CircuitState &s = e.state;
        if (rank(s.state) > rank(out.state)) {
            out = s;
        } else if (s.state == out.state && !s.isClosed()) {
            if (s.openedAt.isValid() && (!out.openedAt.isValid() || s.openedAt < out.openedAt))
                out.openedAt = s.openedAt;
            if (s.retryAt > out.retryAt)
                out.retryAt = s.retryAt;
            out.consecutiveFailures = std::max(out.consecutiveFailures, s.consecutiveFailures);
        }
    }
    return out;
}

QJsonObject FleetCircuits::toJson(const QString &endpoint, const QString &localWorker,
                                  const CircuitState &local) const
{
    FleetCircuits fleet = *this;
    fleet.setWorker(localWorker, endpoint, local); // this worker's memory is fresher than its heartbeat
    QJsonObject json = local.toJson();
    json.insert(u"local_state"_s, CircuitState::stateName(local.state));
    json.insert(u"state"_s, CircuitState::stateName(fleet.worst(endpoint).state));
    QJsonArray workers;
    for (const Entry &e : fleet.of(endpoint)) {
        QJsonObject w = e.state.toJson();
        w.insert(u"worker_id"_s, e.workerId);
        workers.append(w);
    }
    json.insert(u"workers"_s, workers);
    return json;
}

} // namespace Switchboard
