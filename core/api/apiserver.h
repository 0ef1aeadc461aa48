// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/routemodule.h"
#include "store/sqlstore.h"
#include "util/result.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <vector>

class QHttpServerRequest;
class QTcpSocket;

namespace Switchboard {

class Engine;
class SecretStore;
class DeliveryWaiter;
class HttpReply;
struct AttemptEvent;

struct ApiOptions
{
    QString token; // the bearer token for /v1/*; never logged
    qint64 maxBodyBytes = 1024 * 1024;
    bool metricsOpen = false;
};

// What a delivery's first attempt said, as the fast path and the function
// bridge answer it: {"status", "response": {"status", "body"}, "error", "next_attempt_at"}.
QJsonObject outcomeJson(const AttemptEvent &event);

// The local HTTP API of docs/api.md: authentication, JSON errors, and the
// routes for endpoints, messages, deliveries and health. Lives in the thread
// that called open() (its own thread in the console, so the GUI never waits on
// it); reads and operator actions go through its own store connection, new
// messages through the engine's group commit. Never answers 500 for bad input.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(Engine *engine, std::shared_ptr<SecretStore> secrets, ApiOptions options,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // Opens the API's store connection; call in the thread the server lives in.
    Status open(const StoreLocation &location, const QString &instanceId);
    // Adds a feature's routes; call before listen().
    void addModule(std::unique_ptr<RouteModule> module);
    // From now on every request but /healthz answers 503.
    void setShuttingDown(bool shuttingDown) { m_shuttingDown = shuttingDown; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void route(const QHttpServerRequest &request, const std::shared_ptr<HttpReply> &reply);
    void routeEndpoints(const QHttpServerRequest &request, const QStringList &path,
                        const std::shared_ptr<HttpReply> &reply);
    void routeMessages(const QHttpServerRequest &request, const QStringList &path,
                       const std::shared_ptr<HttpReply> &reply);
    void routeDeliveries(const QHttpServerRequest &request, const QStringList &path,
                         const std::shared_ptr<HttpReply> &reply);
    void health(const std::shared_ptr<HttpReply> &reply);

    QJsonObject endpointJson(const Endpoint &endpoint);
    void putEndpoint(const QString &name, const QHttpServerRequest &request,
                     const std::shared_ptr<HttpReply> &reply);
    void putSecret(const QString &name, const QHttpServerRequest &request,
                   const std::shared_ptr<HttpReply> &reply);
    void putAuthCredential(const QString &name, const QHttpServerRequest &request,
                           const std::shared_ptr<HttpReply> &reply);
    void rotateSecret(const QString &name, const QHttpServerRequest &request,
                      const std::shared_ptr<HttpReply> &reply);
    void postMessage(const QHttpServerRequest &request, const std::shared_ptr<HttpReply> &reply);

    Engine *m_engine;
    std::shared_ptr<SecretStore> m_secrets;
    ApiOptions m_options;
    std::unique_ptr<SqlStore> m_store;
    QString m_instanceId;
    ApiContext m_context;
    std::vector<std::unique_ptr<RouteModule>> m_modules;
    bool m_shuttingDown = false;
    DeliveryWaiter *m_waiter = nullptr;
};

} // namespace Switchboard
