// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"
#include "model/endpoint.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Switchboard {

// Where the data lives: a SQLite file (the default) or a PostgreSQL database
// shared by several workers.
struct StoreLocation
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password; // never logged
    QString database;

    // "postgresql://user[:password]@host[:port]/db", "sqlite:///path/file.db", or a plain file path.
    static Result<StoreLocation> parse(const QString &url);
    static StoreLocation sqlite(const QString &path);
    // For messages and logs: never includes the password.
    QString displayName() const;
};

struct DeliveryFilter
{
    std::optional<DeliveryStatus> status;
    QString endpoint;
    QString eventType;
    QString callId;
    QString messageId;
    QDateTime since;
    QDateTime until;
    int statusCode = 0;
    std::optional<AttemptError> error;
    QString payloadText; // a literal, case-sensitive substring of the message payload

    bool isEmpty() const;
};

struct DeliveryPage
{
    QList<Delivery> deliveries;
    QString nextCursor; // empty at the end
};

// A delivery handed to a worker: everything needed to make the request.
struct ClaimedDelivery
{
    QString id;
    QString messageId;
    QString endpoint;
    QString eventType;
    QString callId;
    QString idempotencyKey;
    QByteArray payload;
    int attemptCount = 0; // attempts before this one
    int retryIndex = 0; // retries in the current cycle (reset by a replay)
    bool replay = false;
    QDateTime createdAt;
    RequestOverride request;
};

// The outcome of one attempt, written together with the delivery's new state.
struct AttemptRecord
{
    Attempt attempt;
    DeliveryStatus newStatus = DeliveryStatus::Pending;
    QDateTime nextAttemptAt; // for Pending
    int retryIndex = 0; // the delivery's retry index after this attempt
    QString deadReason; // for Dead
    QString leaseOwner;
};

// One enqueue inside a write batch: the agent's request and the endpoints the
// engine resolved for it.
struct EnqueueItem
{
    EnqueueRequest request;
    QStringList targets;
};

// Metadata about a secret kept in the SecretStore: never the value.
struct SecretInfo
{
    QString owner; // "endpoint:<name>"
    QString keyId;
    QString fingerprint;
    QDateTime createdAt;
    QDateTime expiresAt; // invalid: current, no expiry
};

// Limits that hold for an endpoint across every worker sharing the store.
// Zero means none.
struct EndpointLimits
{
    int maxInFlight = 0; // deliveries leased at once, by anyone
    double ratePerS = 0; // claims per second, a token bucket kept in the store
};

// One worker of the fleet, as its heartbeat last wrote it.
struct WorkerInfo
{
    QString id;
    QString host;
    QString version;
    QDateTime startedAt;
    QDateTime lastSeen;
    int inFlight = 0;
    QDateTime lastClaimAt; // invalid: never claimed
    // Its circuits that are not closed: endpoint -> CircuitState::toJson().
    QJsonObject circuits;
};

// A fleet-wide request to close an endpoint's circuit (POST .../circuit/reset):
// seq grows with each request, so every worker honours each one once.
struct CircuitReset
{
    QString endpoint;
    qint64 seq = 0;
    QDateTime requestedAt;
    QString requestedBy;
};

struct QueueDepths
{
    qint64 pending = 0;
    qint64 inFlight = 0;
    qint64 dead = 0;
};

// The durable store: SQLite (WAL, synchronous=FULL) or PostgreSQL behind one
// class; a small dialect switch covers the differences, so callers never know
// which is in use.
//
// One instance is one database connection and belongs to the thread that
// opened it (a QSqlDatabase connection must not cross threads). Open one per
// thread with a unique connection name.
class SqlStore
{
public:
    // The core module's newest schema version (store/schema.cpp).
    static constexpr int kSchemaVersion = 3;

    static Result<std::unique_ptr<SqlStore>> open(const StoreLocation &location,
                                                  const QString &connectionName);
    ~SqlStore();
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    StoreLocation::Kind kind() const { return m_location.kind; }
    const StoreLocation &location() const { return m_location; }

    // Creates or upgrades the schema; safe to call on every start.
    Status migrate();
    // The applied version of one module's schema (see store/schema.h); 0 when none.
    Result<int> schemaVersion(const QString &module = QStringLiteral("core"));
    // A random id made on first start: namespaces this store's keychain entries.
    Result<QString> instanceId();

    // How a commit waits for the disk. Durable (the default) for anything
    // acknowledged or recorded. Relaxed for a transaction of claims alone: a
    // claim lost to a power cut only leaves its deliveries pending, to be
    // claimed again, so on SQLite that commit skips the WAL fsync
    // (synchronous=NORMAL for it); the next durable commit flushes the WAL,
    // claims included, in order. (PostgreSQL claims commit asynchronously in
    // claim() itself.)
    enum class Commit { Durable, Relaxed };

    // Runs fn inside one write transaction (BEGIN IMMEDIATE on SQLite), committing
    // when it returns ok and rolling back otherwise. Group commit: callers batch
    // many operations into one call.
    Status transaction(const std::function<Status()> &fn, Commit commit = Commit::Durable);

    // Endpoints
    Result<QList<Endpoint>> endpoints();
    Result<std::optional<Endpoint>> endpoint(const QString &name);
    Result<bool> upsertEndpoint(const Endpoint &endpoint); // true when created
    Result<bool> removeEndpoint(const QString &name); // false when there was none
    Result<bool> setEndpointPaused(const QString &name, bool paused);

    // Secret metadata
    Result<QList<SecretInfo>> secrets(const QString &owner);
    Status addSecret(const SecretInfo &info);
    Status removeSecret(const QString &owner, const QString &keyId);
    Status expireSecrets(const QString &owner, const QDateTime &expiresAt); // those without an expiry

    // Writes; call inside transaction().
    Result<EnqueueResult> enqueue(const EnqueueItem &item, const QString &requestHash);
    Status recordAttempt(const AttemptRecord &record);
    // Leases up to limit due deliveries of endpoint to owner. With PostgreSQL
    // the rows are taken FOR UPDATE SKIP LOCKED, so workers never wait for each
    // other and never lease the same delivery. Limits are counted under the
    // endpoint's row in endpoint_limits, so they hold for the whole fleet; when
    // they (or another worker holding that row) stop the claim, *limited is set
    // and the caller should try that endpoint again shortly.
    Result<QList<ClaimedDelivery>> claim(const QString &endpoint, const QString &owner, int limit,
                                         const QDateTime &now, const QDateTime &leaseUntil,
                                         const EndpointLimits &limits = {}, bool *limited = nullptr);

    // Leases. Each runs its own transaction.
    Result<int> releaseExpiredLeases(const QDateTime &now);
    Result<int> releaseLeases(const QString &owner);
    Result<int> releaseAllLeases(); // at start, when this process owns the store alone

    // The fleet: each worker's heartbeat (insert or update) and the list.
    Status heartbeat(const WorkerInfo &worker);
    Result<QList<WorkerInfo>> workers();
    Status removeWorker(const QString &id);
    // Asks every worker to close the endpoint's circuit (bumps its seq; on
    // PostgreSQL NOTIFY configChannel() so they hear it at once).
    Status requestCircuitReset(const QString &endpoint, const QString &requestedBy);
    Result<QList<CircuitReset>> circuitResets();

    // PostgreSQL's LISTEN/NOTIFY channel that announces new or returned work;
    // a transaction that makes work due notifies it when it commits.
    static QString queueChannel() { return QStringLiteral("switchboard_queue"); }
    // Announces changed endpoints or secret metadata, so every worker reloads them.
    static QString configChannel() { return QStringLiteral("switchboard_config"); }
    // True unless the last failure showed the connection is gone and reopening
    // it failed (PostgreSQL restarted or unreachable). Every failed statement
    // outside a transaction, and every failed transaction, checks the
    // connection and reopens it, so callers only need to retry later.
    bool isConnected() const { return m_connected; }

    // Reads
    Result<std::optional<Message>> message(const QString &id);
    Result<std::optional<Delivery>> delivery(const QString &id, bool withAttemptDetail);
    Result<DeliveryPage> deliveries(const DeliveryFilter &filter, int limit, const QString &cursor);
    Result<QueueDepths> depths();
    // How many deliveries match (the console shows it before a bulk action).
    Result<qint64> countDeliveries(const DeliveryFilter &filter);
    // The earliest next_attempt_at of a pending delivery to one of endpoints.
    Result<std::optional<QDateTime>> nextDue(const QStringList &endpoints);

    // Operator actions (each its own transaction).
    // replay: dead, discarded or delivered -> pending now; Conflict when it is
    // already pending or in flight (nothing changes), NotFound when unknown.
    Status replay(const QString &deliveryId);
    Result<int> replayWhere(const DeliveryFilter &filter);
    Status discard(const QString &deliveryId);

    // Raw access for tests and benchmarks.
    QSqlDatabase database() const { return m_db; }

private:
    SqlStore(const StoreLocation &location, const QString &connectionName);
    static QString versionKey(const QString &module);
    QSqlQuery &prepared(const QString &sql);
    // PostgreSQL: after a failure, probe the connection and reopen it when it is
    // gone. Only at points where no caller holds a prepared statement's reference.
    void checkConnection();
    bool reopen();
    Status notifyConfig();
    // Runs a read; when it failed because the connection was lost and has been
    // reopened meanwhile, runs it once more, so the first request after a
    // PostgreSQL restart does not fail.
    template <typename F>
    auto withReconnect(F &&read) -> decltype(read())
    {
        const int reopened = m_reopened;
        auto result = read();
        if (!result && !m_inTransaction && m_reopened != reopened && m_connected)
            return read();
        return result;
    }
    Status claimLimits(const QString &endpoint, const EndpointLimits &limits, qint64 nowMs, int *limit,
                       double *tokens, bool *limited);
    Error sqlError(const QSqlQuery &query, const QString &what);
    Status migrateModules();
    Status exec(const QString &sql);
    QList<Attempt> attemptsOf(const QString &deliveryId, bool withDetail, bool *ok);

    StoreLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_prepared;
    // Statements of a closed connection, kept alive until no caller can hold them.
    QList<QHash<QString, QSqlQuery>> m_retired;
    bool m_inTransaction = false;
    bool m_notifyOnCommit = false;
    bool m_asyncCommit = false; // this transaction commits without waiting for the WAL flush
    bool m_syncRelaxed = false; // SQLite: synchronous=NORMAL is set (a Relaxed commit), FULL not yet restored
    bool m_connected = true;
    int m_reopened = 0; // successful reopens
};

} // namespace Switchboard
