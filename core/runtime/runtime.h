// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlstore.h"
#include "util/result.h"

#include <QLockFile>
#include <QObject>
#include <QThread>

#include <memory>

class QCommandLineParser;

namespace Switchboard {

class ApiServer;
class Housekeeping;
class Engine;
class SecretStore;

// The engine flags of the contract, shared by switchboard and switchboardd.
struct RuntimeOptions
{
    QString dataDir;
    QString database; // empty: SQLite in dataDir
    QString listen = QStringLiteral("127.0.0.1:8377");
    QString configFile;
    QString workerId;
    QString secretsFile;
    int dispatchers = 4;
    int graceMs = 10000;
    int leaseMs = 30000; // how long a claim holds a delivery; a dead worker's leases expire after it
    bool metricsOpen = false; // GET /metrics without the bearer token

    static void addTo(QCommandLineParser &parser);
    static Result<RuntimeOptions> from(const QCommandLineParser &parser);
    static QString defaultDataDir();
};

// One running Switchboard: the data-directory lock, the secret store, the
// engine, the API token and the API server on its own thread. Used by both
// executables so they behave the same. Lives in the main thread.
class Runtime : public QObject
{
    Q_OBJECT
public:
    explicit Runtime(RuntimeOptions options, QObject *parent = nullptr);
    ~Runtime() override;

    // Everything up to serving the API; an Error says what to do about a failure.
    Status start();
    // SIGTERM's path: the API answers 503, the engine stops claiming, in-flight
    // attempts get options.graceMs to finish, the rest go back to the queue.
    void stop();

    // Opens just enough to read or create the API token (for --print-token).
    static Result<QString> apiToken(const RuntimeOptions &options);
    // Creates or upgrades the database's schema (every module) and returns the
    // database's display name, for `switchboardd --migrate`: run once with a
    // role that may change the schema, so the workers can run with one that
    // may only read and write rows (docs/scale-out.md).
    static Result<QString> migrateDatabase(const RuntimeOptions &options);

    Engine *engine() const { return m_engine.get(); }
    std::shared_ptr<SecretStore> secrets() const { return m_secrets; }
    const StoreLocation &location() const { return m_location; }
    const RuntimeOptions &options() const { return m_options; }
    QString token() const { return m_token; }
    QString listenAddress() const { return m_listenAddress; } // "127.0.0.1:8377"

private:
    Status prepare(bool lock); // data dir, lock, store location, secret store
    Result<QString> loadToken(const QString &instanceId);
    Status applyStoredPolicy();
    Status applyConfig();
    Status startApi();

    RuntimeOptions m_options;
    StoreLocation m_location;
    std::unique_ptr<QLockFile> m_lock;
    std::shared_ptr<SecretStore> m_secrets;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<Housekeeping> m_housekeeping; // depth samples, alerts, retention
    QThread m_apiThread;
    ApiServer *m_api = nullptr;
    QString m_token;
    QString m_listenAddress;
};

} // namespace Switchboard
