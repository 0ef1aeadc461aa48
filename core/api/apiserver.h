// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/routemodule.h"
#include "delivery/circuitbreaker.h"
#include "store/sqlstore.h"
#include "util/result.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
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
    // The body limit of the admin and agent API (/v1, /mcp, /metrics). Inbound
    // sources and platform connections have their own max_body_bytes instead.
    qint64 maxBodyBytes = 1024 * 1024;
    // Bodies larger than maxBodyBytes being received at once, across connections: one
    // more is answered 503 (Retry-After) from its head, unread, until others are done.
    qint64 maxBodyBytesInFlight = 256 * 1024 * 1024;
    bool metricsOpen = false;
};

// The largest body the server reads at all: the upper bound of any route's
// limit (a source's or platform connection's max_body_bytes).
inline constexpr qint64 kMaxRouteBodyBytes = 64 * 1024 * 1024;

// What is known of a request before its body is read: its head.
struct RequestHead
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QHostAddress peer;
    bool chunked = false; // Transfer-Encoding: chunked: the size is how much came before it was refused
};

// Follows the framing of the HTTP/1.1 requests on one connection's byte stream
// (heads, Content-Length and chunked bodies) without keeping the bodies, and says
// when a request must be refused before its body is read: the parser of
// ApiServer's size gate. Not thread-safe: one per connection.
class RequestFraming
{
public:
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr qsizetype kMaxLineBytes = 4 * 1024;

    struct Hooks
    {
        std::function<qint64(const RequestHead &)> limitFor; // the body limit of a request
        // The body so far is total bytes (declared, or the chunks announced): false when
        // the server has no room for it now. Called only while total <= the limit.
        std::function<bool(qint64 total)> reserve;
        std::function<void()> release; // the body is complete (or refused)
    };
    // status 0: go on. 413: the body (size bytes, at least that when chunked) is over limit;
    // 503: no room for it now; 431: the head is over kMaxHeadBytes. bodyOffset: where the
    // body starts in the bytes just fed (declared bodies).
    struct Verdict
    {
        int status = 0;
        qint64 size = 0;
        qint64 limit = 0;
        qsizetype bodyOffset = 0;
    };

    RequestFraming(Hooks hooks, const QHostAddress &peer) : m_hooks(std::move(hooks)) { m_head.peer = peer; }

    // The next bytes of the stream. After a verdict with a status, or when the framing
    // cannot be followed (a malformed length or chunk), following() is false.
    Verdict feed(QByteArrayView data);
    bool following() const { return m_state != State::Stopped; }
    // The head of the request being received (or refused).
    const RequestHead &head() const { return m_head; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Stopped };

    Verdict startBody(qsizetype bodyOffset);
    Verdict stop(int status, qint64 size, qsizetype bodyOffset = 0);

    Hooks m_hooks;
    State m_state = State::Head;
    QByteArray m_buffer; // the head, or a chunk size or trailer line, so far
    RequestHead m_head;
    qint64 m_remaining = 0;
    qint64 m_limit = 0;
    qint64 m_seen = 0; // chunked: body bytes announced so far
};

// A route whose body limit is its own rather than the API's (POST /in/{name},
// POST /platforms/{platform}/{name}). ApiServer asks it for the limit as soon
// as a request's head has arrived, before the body is buffered, and hands it
// the requests over that limit to log and refuse without their body.
// Lives in the API thread.
class BodyLimitedRoute
{
public:
    using Answer = std::function<void(int status, const QJsonObject &body)>;

    virtual ~BodyLimitedRoute() = default;

    // The body limit for a request to path, or nullopt when path names nothing of this route's.
    virtual std::optional<qint64> bodyLimit(const ApiContext &context, const QStringList &path) = 0;
    // A request to path whose body (size bytes; at least that when chunked) is over limit: logs it
    // and calls answer (now or later, in this thread) with the HTTP status and the JSON error.
    virtual void refuseTooLarge(const ApiContext &context, const RequestHead &head, const QStringList &path,
                                qint64 size, qint64 limit, Answer answer)
        = 0;
};

// What a delivery's first attempt said, as the fast path and the function
// bridge answer it: {"status", "response": {"status", "body"}, "error", "next_attempt_at"}.
QJsonObject outcomeJson(const AttemptEvent &event);

// The local HTTP API of docs/api.md: authentication, JSON errors, and the
// routes for endpoints, messages, deliveries and health. Lives in the thread
// that called open() (its own thread in the console, so the GUI never waits on
// it); reads and operator actions go through its own store connection, new
// messages through the engine's group commit. Never answers 500 for bad input.
//
// Body sizes: QHttpServer 6.4 buffers a whole request (twice: in the socket's
// read transaction and in the request) before handleRequest() sees it, and has
// no limit of its own. So listen() puts a gate in front of every connection
// that reads each request's head as it arrives, asks the route for its limit
// (the API's maxBodyBytes, or a BodyLimitedRoute's), and refuses a declared or
// chunked body over it with 413 before it is buffered: QHttpServer stops
// reading that connection, the rest of the body is discarded as it arrives, and
// the connection is closed. Nothing over kMaxRouteBodyBytes is ever buffered.
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
    // Listens like QAbstractHttpServer::listen() (which it hides), with every connection
    // behind the body size gate. Returns the port, 0 when it cannot listen.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);

    // The body limit of a request to path: its route's, else the API's maxBodyBytes.
    qint64 bodyLimit(const QStringList &path);
    // Answers a request whose body is over limit, from its head alone (the size gate).
    void refuseTooLarge(const RequestHead &head, qint64 size, qint64 limit, BodyLimitedRoute::Answer answer);
    // The size gate's budget of large bodies (over maxBodyBytes) being received at once.
    qint64 apiBodyLimit() const { return m_options.maxBodyBytes; }
    bool reserveBodyBytes(qint64 bytes);
    void releaseBodyBytes(qint64 bytes);
    QString bodiesInFlightMessage(qint64 size) const;

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

    // fleet: the live workers' circuits (read from the store when null).
    QJsonObject endpointJson(const Endpoint &endpoint, const FleetCircuits *fleet = nullptr);
    // The endpoint's circuit across the fleet (FleetCircuits::toJson).
    QJsonObject circuitJson(const QString &endpoint, const FleetCircuits *fleet = nullptr);
    FleetCircuits fleetCircuits();
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
    std::vector<BodyLimitedRoute *> m_limitedRoutes; // those of m_modules that are
    qint64 m_bodyBytesInFlight = 0;
    bool m_shuttingDown = false;
    DeliveryWaiter *m_waiter = nullptr;
};

} // namespace Switchboard
