// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"
#include "model/endpoint.h"
#include "store/sqlstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

#include <deque>
#include <memory>

namespace Switchboard {

// What an endpoint's circuit breaker shows the API, the console and the
// alert rules. A plain value type.
struct CircuitState
{
    enum class State { Closed, Open, HalfOpen };
    State state = State::Closed;
    QDateTime openedAt; // when it last opened; invalid while closed
    QDateTime retryAt; // open: when the half-open probe may go out
    int consecutiveFailures = 0;
    int trips = 0; // times it opened in a row without closing (the cooldown doubles each time)
    QString lastError; // the failure that opened it, e.g. "http_503"

    bool isClosed() const { return state == State::Closed; }
    QJsonObject toJson() const;
    // Back from toJson() (a heartbeat's "circuits"); unknown states read as closed.
    static CircuitState fromJson(const QJsonObject &json);
    static QString stateName(State state);
    // open 2 > half-open 1 > closed 0: the worse of two circuits.
    static int severity(State state);
};

// One endpoint's circuit breaker, inside one engine worker. Closed, it counts
// retryable failures (timeouts, connection errors, 5xx, 429, 408); after
// settings.failureThreshold of them in a row, or a failure rate of at least
// settings.failureRate over settings.windowS, it opens: nothing is sent to the
// endpoint until the cooldown ends, and the waiting deliveries stay pending
// (not attempted, their retry schedule untouched). Then it lets exactly one
// probe through (half-open): success closes it, failure opens it again with
// twice the cooldown, up to settings.maxCooldownS. A final 4xx answer proves
// the receiver is up and counts as a success here.
//
// Time comes from the caller (milliseconds since the epoch), so tests drive it.
// A plain value type, used on the engine thread.
class CircuitBreaker
{
public:
    enum class Outcome { Success, Failure };
    static Outcome classify(int statusCode, AttemptError error);

    void configure(const CircuitBreakerSettings &settings);
    const CircuitBreakerSettings &settings() const { return m_settings; }

    // Moves an open circuit whose cooldown is over to half-open. True when the
    // state changed.
    bool advance(qint64 nowMs);
    // How many deliveries may be claimed now: -1 any number, 0 none, 1 the probe.
    int allowance(qint64 nowMs) const;
    // The half-open probe was claimed: no other delivery goes out until it ends.
    void probeStarted(const QString &deliveryId);
    // An attempt ended. True when the state changed.
    bool record(const QString &deliveryId, Outcome outcome, const QString &error, qint64 nowMs);
    // Closes it by hand (or because the breaker was turned off). True when the state changed.
    bool reset();

    const CircuitState &state() const { return m_state; }
    qint64 retryAtMs() const { return m_retryAtMs; }

private:
    void open(const QString &error, qint64 nowMs);
    void close();

    CircuitBreakerSettings m_settings;
    CircuitState m_state;
    qint64 m_retryAtMs = 0;
    QString m_probe; // the half-open probe's delivery id while it is out
    std::deque<std::pair<qint64, bool>> m_window; // (time, failed) over the last windowS
    int m_windowFailures = 0;
};

// The circuits of every engine worker in this process, for readers on other
// threads (the API, the console, the alert rules). Each worker keeps its own
// circuit per endpoint: with several workers on one PostgreSQL database each
// trips on its own, and this registry only knows the workers of this process
// (FleetCircuits has the whole fleet's, from the workers' heartbeats).
// Thread-safe.
class CircuitRegistry
{
public:
    static CircuitRegistry &shared();

    void publish(const QString &worker, const QString &endpoint, const CircuitState &state);
    void removeWorker(const QString &worker);
    void removeEndpoint(const QString &worker, const QString &endpoint);

    // The endpoint's circuit as the given worker sees it; closed when unknown.
    CircuitState state(const QString &worker, const QString &endpoint) const;
    // Across this process's workers: the most open state (open > half-open >
    // closed), with the earliest opened_at and the latest retry_at among those.
    CircuitState merged(const QString &endpoint) const;
    // Every endpoint with a circuit that is not closed, merged across workers.
    QHash<QString, CircuitState> notClosed() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QHash<QString, CircuitState>> m_byWorker; // worker -> endpoint -> state
};

// The circuits of the whole fleet sharing one store, as the workers'
// heartbeats last published them (WorkerInfo::circuits): only workers whose
// heartbeat is younger than staleAfterMs count, and only circuits that are not
// closed are listed. A plain value type, built by whoever reads the workers
// (the API, the console).
class FleetCircuits
{
public:
    struct Entry
    {
        QString workerId;
        CircuitState state;
    };
    // A worker writes its heartbeat every 2 s; one silent for 10 s is stale
    // (the console's fleet page says so too).
    static constexpr qint64 kStaleAfterMs = 10000;

    static FleetCircuits fromWorkers(const QList<WorkerInfo> &workers, const QDateTime &now,
                                     qint64 staleAfterMs = kStaleAfterMs);

    // One worker's own, fresher state replaces what its heartbeat said
    // (a closed one removes its entry).
    void setWorker(const QString &workerId, const QString &endpoint, const CircuitState &state);
    // The live workers whose circuit for the endpoint is not closed, by worker id.
    QList<Entry> of(const QString &endpoint) const;
    // The worst of them (open > half-open > closed), with the earliest opened_at
    // and latest retry_at among the worst; closed when none.
    CircuitState worst(const QString &endpoint) const;
    // The endpoint's circuit as GET /v1/endpoints/{name} shows it: this
    // worker's own fields (opened_at, retry_at, consecutive_failures, trips,
    // last_error), "local_state" (this worker's state), "state" (the worst of
    // this worker and the live fleet) and "workers" (of()).
    QJsonObject toJson(const QString &endpoint, const QString &localWorker, const CircuitState &local) const;

private:
    QHash<QString, QList<Entry>> m_byEndpoint;
};

} // namespace Switchboard
