// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/circuitbreaker.h"
#include "model/delivery.h"
#include "store/sqlstore.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace Switchboard {

class SecretStore;
class EngineWorker;

struct EngineOptions
{
    StoreLocation location;
    QString workerId;
    int dispatchers = 4; // threads, each with its own QNetworkAccessManager
    int slotsPerDispatcher = 6; // Qt 6.4: 6 connections per host per manager
    // Dispatchers reserved for endpoints with latency_profile "fast", on top of
    // the others, so an in-call request never queues behind a slow backlog.
    int fastDispatchers = 1;
    int leaseMs = 30000;
    int maxBatch = 512; // rows per group commit
    // True when this process alone uses the store (SQLite with its lock): every
    // in-flight lease at start belongs to a dead process and is released at once.
    bool exclusiveStore = true;
    // Minute rollups (GET /v1/stats, /metrics, alerts) kept in the group commit.
    // Off only in bench_delivery --no-rollups, which measures what they cost.
    bool rollups = true;
};

// What the engine reports after it committed an attempt.
struct AttemptEvent
{
    QString deliveryId;
    QString messageId;
    QString endpoint;
    QString eventType;
    QString callId;
    int n = 0;
    int statusCode = 0;
    AttemptError error = AttemptError::None;
    int durationMs = 0;
    DeliveryStatus newStatus = DeliveryStatus::Pending;
    QDateTime nextAttemptAt;
    QByteArray responseBody; // bounded
    bool replay = false;
    // Not an attempt: the delivery was committed while its endpoint's circuit
    // is open, so it waits (pending) until nextAttemptAt at the earliest.
    // Emitted through Engine::deliveryHeld for the fast path.
    bool circuitOpen = false;
};

// The delivery engine: queues messages durably, claims due deliveries under a
// lease, signs and sends them on dispatcher threads, records every attempt,
// retries along each endpoint's policy and parks what keeps failing in the
// dead-letter queue. An endpoint that keeps failing trips its circuit breaker
// (CircuitBreaker, one per endpoint in each engine): its deliveries wait,
// unattempted, until a probe succeeds.
//
// The Engine object is a thread-safe facade living in its creator's thread; the
// work happens on an engine thread (store writes, scheduling) and on dispatcher
// threads (HTTP). Callbacks run in the thread of the context object given.
class Engine : public QObject
{
    Q_OBJECT
public:
    using EnqueueCallback = std::function<void(const Result<EnqueueResult> &)>;

    Engine(EngineOptions options, std::shared_ptr<SecretStore> secrets, QObject *parent = nullptr);
    ~Engine() override;

    // Opens the store, migrates it, loads endpoints and secrets and starts
    // delivering. Blocks until the engine is ready or failed.
    Status start();
    // Stops claiming, lets in-flight attempts finish for up to graceMs, releases
    // the leases of the rest, and stops the threads. Blocks.
    void stop(int graceMs = 10000);
    bool isRunning() const;

    // Commits the message and its deliveries (group commit with others), then
    // calls back with the ids; the callback runs in context's thread.
    void enqueue(const EnqueueRequest &request, QObject *context, EnqueueCallback callback);

    // Tell the engine that endpoints, secrets or queue state changed elsewhere.
    void reloadEndpoints();
    void wake();

    // The endpoint's circuit breaker in this engine (closed when unknown).
    // Thread-safe; reads the state the engine last published.
    CircuitState circuit(const QString &endpoint) const;
    // Closes the endpoint's circuit by hand and sends its waiting deliveries.
    // Blocks until the engine thread did it; nullopt when the engine does not
    // know the endpoint (or is not running).
    std::optional<CircuitState> resetCircuit(const QString &endpoint);

    const EngineOptions &options() const { return m_options; }
    QString instanceId() const { return m_instanceId; }

Q_SIGNALS:
    // Emitted from the engine thread after the attempt is committed.
    void attemptRecorded(const Switchboard::AttemptEvent &event);
    // Emitted from the engine thread after a message was committed, for each of
    // its deliveries whose endpoint's circuit is open (event.circuitOpen).
    void deliveryHeld(const Switchboard::AttemptEvent &event);
    // Emitted from the engine thread when an endpoint's circuit changes state.
    void circuitChanged(const QString &endpoint, const Switchboard::CircuitState &state);

private:
    EngineOptions m_options;
    std::shared_ptr<SecretStore> m_secrets;
    QThread m_thread;
    EngineWorker *m_worker = nullptr;
    QString m_instanceId;
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::AttemptEvent)
Q_DECLARE_METATYPE(Switchboard::CircuitState)
