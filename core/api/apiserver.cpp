// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "api/callsmodule.h"
#include "api/harreplaymodule.h"
#include "api/httpreply.h"
#include "api/jsonbody.h"
#include "api/workersmodule.h"
#include "delivery/deliverywaiter.h"
#include "delivery/engine.h"
#include "delivery/secretring.h"
#include "functions/functionsapi.h"
#include "inbound/inboundmodule.h"
#include "mcp/mcpserver.h"
#include "metrics/observabilityroutes.h"
#include "platforms/platformsmodule.h"
#include "secrets/secretstore.h"
#include "signing/hmac.h"
#include "signing/outboundsigner.h"
#include "util/ids.h"
#include "util/logging.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxWaitMs = 10000;

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    default:
        return u"OTHER"_s;
    }
}

Error detailError(const QString &field, const QString &message)
{
    return Error::invalid(field + u": "_s + message,
                          {QJsonObject{{u"field"_s, field}, {u"message"_s, message}}});
}

// Parses an RFC 3339 time from a query or body.
std::optional<QDateTime> parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

// Reads the delivery filter fields shared by GET /v1/deliveries and the bulk
// replay, from a flat map of strings.
Result<DeliveryFilter> readFilter(const QHash<QString, QString> &in)
{
    DeliveryFilter f;
    if (in.contains(u"status"_s)) {
        f.status = deliveryStatusFromString(in.value(u"status"_s));
        if (!f.status)
            return detailError(u"status"_s,
                               u"must be one of pending, in_flight, delivered, dead, discarded"_s);
    }
    f.endpoint = in.value(u"endpoint"_s);
    f.eventType = in.value(u"event_type"_s);
    f.callId = in.value(u"call_id"_s);
    f.messageId = in.value(u"message_id"_s);
    for (const QString &key : {u"since"_s, u"until"_s}) {
        if (!in.contains(key))
            continue;
        const auto t = parseTime(in.value(key));
        if (!t)
            return detailError(key, u"must be an RFC 3339 time such as 2026-11-27T09:00:00Z"_s);
        (key == u"since" ? f.since : f.until) = *t;
    }
    if (in.contains(u"status_code"_s)) {
        bool ok = false;
        f.statusCode = in.value(u"status_code"_s).toInt(&ok);
        if (!ok || f.statusCode < 100 || f.statusCode > 599)
            return detailError(u"status_code"_s, u"must be an HTTP status code from 100 to 599"_s);
    }
    if (in.contains(u"error"_s)) {
        f.error = attemptErrorFromString(in.value(u"error"_s));
        if (!f.error || *f.error == AttemptError::None)
            return detailError(u"error"_s,
                               u"must be one of timeout, connect, dns, tls, reset, http_4xx, "
                               "http_429, http_5xx, redirect"_s);
    }
    return f;
}

// The size gate in front of one connection (see ApiServer). Connected to the
// socket's readyRead before QHttpServer is, so it sees each fragment first, as
// the bytes QHttpServer is about to read; its RequestFraming follows the
// requests and says when one must be refused before QHttpServer has buffered
// its body. Child of the socket.
class BodyGate : public QObject
{
public:
    BodyGate(ApiServer *server, QTcpSocket *socket)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
        , m_framing(RequestFraming::Hooks{
                        [this](const RequestHead &head) {
                            return m_server
                                ? m_server->bodyLimit(head.url.path().split(u'/', Qt::SkipEmptyParts))
                                : qint64(0);
                        },
                        [this](qint64 total) { return reserve(total); }, [this]() { release(); }},
                    socket->peerAddress())
    {
        connect(socket, &QTcpSocket::readyRead, this, &BodyGate::inspect);
    }
    ~BodyGate() override { release(); }

private:
    static constexpr int kDrainTimeoutMs = 30000;

    void inspect()
    {
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0 || !m_server)
            return;
        if (m_refused) {
            drain();
            return;
        }
        if (!m_framing.following()) {
            abandon();
            return;
        }
        const RequestFraming::Verdict verdict = m_framing.feed(m_socket->peek(available));
        if (verdict.status != 0)
            refuse(verdict);
        else if (!m_framing.following())
            abandon();
    }

    // Framing the gate cannot follow (a malformed length, an over-long chunk line):
    // QHttpServer's parser may still accept it and buffer without a limit, so the
    // connection ends here rather than letting the bytes through uncounted.
    void abandon()
    {
        qCInfo(lcApi) << "closed a connection from" << m_socket->peerAddress().toString()
                      << "whose request framing cannot be followed";
        disconnect(m_socket, &QTcpSocket::readyRead, m_server.data(), nullptr);
        m_socket->abort();
    }

    // Takes the connection away from QHttpServer, answers, discards what is left of
    // the body as it arrives and closes the connection.
    void refuse(const RequestFraming::Verdict &verdict)
    {
        m_refused = true;
        const RequestHead &head = m_framing.head();
        disconnect(m_socket, &QTcpSocket::readyRead, m_server.data(), nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction(); // what QHttpServer had read of this request is let go
        release();
        // A declared body is read to its end (and discarded), so the client, still sending,
        // is not reset before it reads the answer; with chunks or a bad head, the
        // connection closes once answered. The bytes available now start at the
        // fragment's beginning, bodyOffset bytes before the body.
        m_toDrain = (verdict.status == 413 || verdict.status == 503) && !head.chunked
            ? verdict.bodyOffset + verdict.size
            : 0;
        drain();
        QTimer::singleShot(kDrainTimeoutMs, this, [this]() { m_socket->abort(); });
        const QPointer<BodyGate> self(this);
        auto answer = [self](int code, const QJsonObject &body) {
            if (!self || self->m_answered)
                return;
            self->m_answered = true;
            self->write(code, body);
            self->closeWhenDone();
        };
        if (verdict.status == 413) {
            qCInfo(lcApi) << "refused a body of" << verdict.size << "bytes to" << head.url.path()
                          << "; the limit is" << verdict.limit;
            m_server->refuseTooLarge(head, verdict.size, verdict.limit, answer);
        } else if (verdict.status == 503) {
            qCWarning(lcApi) << "refused a body of" << verdict.size << "bytes to" << head.url.path()
                             << "for now: too many large bodies are being received at once";
            answer(verdict.status,
                   QJsonObject{{u"error"_s,
                                QJsonObject{{u"code"_s, u"unavailable"_s},
                                            {u"message"_s, m_server->bodiesInFlightMessage(verdict.size)}}}});
        } else if (verdict.status == 400) {
            answer(verdict.status,
                   QJsonObject{
                       {u"error"_s,
                        QJsonObject{{u"code"_s, u"bad_request"_s},
                                    {u"message"_s,
                                     u"folded header lines (a line starting with a space or tab) are not "
                                     "accepted; send each header on one line"_s}}}});
        } else {
            answer(verdict.status,
                   QJsonObject{{u"error"_s,
                                QJsonObject{{u"code"_s, u"headers_too_large"_s},
                                            {u"message"_s,
                                             u"the request head is over %1 bytes"_s.arg(
                                                 RequestFraming::kMaxHeadBytes)}}}});
        }
    }

    // Large bodies (over the API's own limit) count against the server-wide budget
    // while they are received: total is this request's body so far.
    bool reserve(qint64 total)
    {
        if (!m_server)
            return false;
        const qint64 more = total - m_reserved;
        if (total <= m_server->apiBodyLimit() || more <= 0)
            return true;
        if (!m_server->reserveBodyBytes(more))
            return false;
        m_reserved = total;
        return true;
    }

    void release()
    {
        if (m_reserved > 0 && m_server) // null when the gate goes with the server
            m_server->releaseBodyBytes(m_reserved);
        m_reserved = 0;
    }

    void drain()
    {
        const qint64 available = m_socket->bytesAvailable();
        if (available > 0) {
            const qint64 skipped = m_socket->skip(available);
            m_toDrain -= qMax<qint64>(0, skipped);
        }
        if (m_toDrain <= 0 && m_answered)
            m_socket->disconnectFromHost();
    }

    void closeWhenDone()
    {
        if (m_toDrain <= 0)
            m_socket->disconnectFromHost();
    }

    void write(int status, const QJsonObject &body)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QByteArray reason = "Error";
        switch (status) {
        case 400:
            reason = "Bad Request";
            break;
        case 401:
            reason = "Unauthorized";
            break;
        case 403:
            reason = "Forbidden";
            break;
        case 404:
            reason = "Not Found";
            break;
        case 413:
            reason = "Payload Too Large";
            break;
        case 431:
            reason = "Request Header Fields Too Large";
            break;
        case 503:
            reason = "Service Unavailable";
            break;
        default:
            break;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(bytes.size())
            + "\r\nCache-Control: no-store\r\nConnection: close\r\n";
        if (status == 503)
            out += "Retry-After: 5\r\n";
        out += "\r\n" + bytes;
        m_socket->write(out);
    }

    QPointer<ApiServer> m_server;
    QTcpSocket *m_socket;
    RequestFraming m_framing;
    qint64 m_toDrain = 0;
    qint64 m_reserved = 0; // of the server's budget for large bodies
    bool m_refused = false;
    bool m_answered = false;
};

// Puts a BodyGate in front of every connection, before QHttpServer connects to it.
class GatedTcpServer : public QTcpServer
{
public:
    GatedTcpServer(ApiServer *api) : QTcpServer(api), m_api(api) { }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        new BodyGate(m_api, socket);
        addPendingConnection(socket);
    }

private:
    ApiServer *m_api;
};

} // namespace

RequestFraming::Verdict RequestFraming::stop(int status, qint64 size, qsizetype bodyOffset)
{
    m_state = State::Stopped;
    if (m_hooks.release)
        m_hooks.release(); // refused, or no longer followed: either way not counted any more
    return Verdict{status, size, m_limit, bodyOffset};
}

RequestFraming::Verdict RequestFraming::feed(QByteArrayView data)
{
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n && m_state != State::Stopped) {
        switch (m_state) {
        case State::Head: {
            if (m_buffer.isEmpty()) {
                while (i < n && (data[i] == '\r' || data[i] == '\n'))
                    ++i; // blank lines between requests
                if (i == n)
                    return {};
            }
            const qsizetype before = m_buffer.size();
            m_buffer.append(data.data() + i, n - i);
            // The head ends with an empty line: CRLF CRLF, or bare LFs, as QHttpServer's parser allows.
            qsizetype end = -1; // just past the empty line
            for (qsizetype lf = m_buffer.indexOf('\n', qMax<qsizetype>(0, before - 2)); lf >= 0 && end < 0;
                 lf = m_buffer.indexOf('\n', lf + 1)) {
                if (lf + 1 < m_buffer.size() && m_buffer.at(lf + 1) == '\n')
                    end = lf + 2;
                else if (lf + 2 < m_buffer.size() && m_buffer.at(lf + 1) == '\r'
                         && m_buffer.at(lf + 2) == '\n')
                    end = lf + 3;
            }
            if (end < 0) {
                if (m_buffer.size() > kMaxHeadBytes)
                    return stop(431, 0);
                return {};
            }
            i += end - before;
            m_buffer.truncate(end);
            if (const Verdict v = startBody(i); v.status != 0)
                return v;
            m_buffer.clear();
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, n - i);
            i += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                m_state = State::Head;
                m_hooks.release();
            }
            break;
        }
        case State::ChunkSize:
        case State::Trailer: {
            const qsizetype eol = QByteArrayView(data).indexOf('\n', i);
            m_buffer.append(data.data() + i, (eol < 0 ? n : eol) - i);
            if (m_buffer.size() > kMaxLineBytes)
                return stop(0, 0);
            if (eol < 0)
                return {};
            i = eol + 1;
            const QByteArray line = m_buffer.trimmed();
            m_buffer.clear();
            if (m_state == State::Trailer) {
                if (line.isEmpty())
                    m_state = State::Head;
                break;
            }
            bool ok = false;
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions follow it
            const qint64 size = (semicolon < 0 ? line : line.left(semicolon)).trimmed().toLongLong(&ok, 16);
            if (ok && size > kMaxRouteBodyBytes)
                return stop(413, m_seen + size);
            if (!ok || size < 0)
                return stop(0, 0);
            if (size == 0) {
                m_state = State::Trailer;
                m_hooks.release();
                break;
            }
            m_seen += size;
            if (m_seen > m_limit)
                return stop(413, m_seen);
            if (!m_hooks.reserve(m_seen))
                return stop(503, m_seen);
            m_remaining = size;
            m_state = State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, n - i);
            i += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                m_state = State::ChunkEnd;
                m_remaining = 2;
            }
            break;
        }
        case State::ChunkEnd: {
            const qint64 take = qMin<qint64>(m_remaining, n - i);
            i += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::ChunkSize;
            break;
        }
        case State::Stopped:
            break;
        }
    }
    return {};
}

// The head of a request is complete (in m_buffer, with its empty line).
RequestFraming::Verdict RequestFraming::startBody(qsizetype bodyOffset)
{
    const QList<QByteArray> lines = m_buffer.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    const QHostAddress peer = m_head.peer;
    m_head = RequestHead{};
    m_head.peer = peer;
    m_head.method = requestLine.value(0);
    m_head.url = QUrl::fromEncoded(requestLine.value(1));
    qint64 length = 0;
    bool lengthValid = true;
    bool lengthSeen = false;
    bool chunked = false;
    for (qsizetype l = 1; l < lines.size(); ++l) {
        // obs-fold (RFC 9112 5.2): QHttpServer's parser would join the line to the previous
        // header, where the gate would read it as a header of its own; refused outright.
        if (!lines.at(l).isEmpty() && (lines.at(l).front() == ' ' || lines.at(l).front() == '\t'))
            return stop(400, 0);
        const QByteArray line = lines.at(l).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        m_head.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            // Two different lengths: the gate cannot know which one QHttpServer uses.
            bool ok = false;
            const qint64 value64 = value.toLongLong(&ok);
            lengthValid = lengthValid && ok && (!lengthSeen || value64 == length);
            length = value64;
            lengthSeen = true;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            chunked = chunked || value.toLower().contains("chunked");
        }
    }
    // As QHttpServer shows it: absolute, from the Host header (the limit goes by the target's path).
    for (const auto &h : std::as_const(m_head.headers)) {
        if (h.first.compare("Host", Qt::CaseInsensitive) != 0 || !m_head.url.isRelative())
            continue;
        const QUrl absolute = QUrl::fromEncoded("http://" + h.second + requestLine.value(1));
        if (absolute.isValid() && absolute.path() == m_head.url.path())
            m_head.url = absolute;
    }
    if (!lengthValid || length < 0)
        return stop(0, 0); // QHttpServer answers a malformed length itself
    m_head.chunked = chunked;
    m_limit = m_hooks.limitFor(m_head);
    if (chunked) {
        m_seen = 0;
        m_state = State::ChunkSize;
        return {};
    }
    if (length > m_limit)
        return stop(413, length, bodyOffset);
    if (!m_hooks.reserve(length))
        return stop(503, length, bodyOffset);
    m_remaining = length;
    m_state = length > 0 ? State::Body : State::Head;
    if (length == 0)
        m_hooks.release();
    return {};
}

QJsonObject outcomeJson(const AttemptEvent &event)
{
    QJsonObject o{{u"status"_s, toString(event.newStatus)}};
    if (event.circuitOpen) {
        // Not attempted: the endpoint's circuit is open. The delivery stays queued.
        o.insert(u"error"_s, u"circuit_open"_s);
        o.insert(u"message"_s,
                 u"the endpoint's circuit is open after repeated failures; the delivery waits and is sent "
                 "when the circuit closes"_s);
        o.insert(u"circuit"_s,
                 QJsonObject{{u"state"_s, u"open"_s},
                             {u"retry_at"_s,
                              event.nextAttemptAt.isValid() ? QJsonValue(toIsoUtc(event.nextAttemptAt))
                                                            : QJsonValue()}});
        if (event.nextAttemptAt.isValid())
            o.insert(u"next_attempt_at"_s, toIsoUtc(event.nextAttemptAt));
        return o;
    }
    if (event.statusCode) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(event.responseBody, &error);
        const QJsonValue body = error.error == QJsonParseError::NoError
            ? (doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()))
            : QJsonValue(QString::fromUtf8(event.responseBody));
        o.insert(u"response"_s, QJsonObject{{u"status"_s, event.statusCode}, {u"body"_s, body}});
    }
    if (event.error != AttemptError::None)
        o.insert(u"error"_s, toString(event.error));
    if (event.nextAttemptAt.isValid())
        o.insert(u"next_attempt_at"_s, toIsoUtc(event.nextAttemptAt));
    return o;
}

ApiServer::ApiServer(Engine *engine, std::shared_ptr<SecretStore> secrets, ApiOptions options,
                     QObject *parent)
    : QAbstractHttpServer(parent)
    , m_engine(engine)
    , m_secrets(std::move(secrets))
    , m_options(std::move(options))
{ }

ApiServer::~ApiServer() = default;

Status ApiServer::open(const StoreLocation &location, const QString &instanceId)
{
    auto store = SqlStore::open(location, u"api-"_s + newId(u""));
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    m_instanceId = instanceId;
    m_context = ApiContext{m_engine, m_store.get(), m_secrets.get(), m_instanceId, &m_options};
    m_waiter = new DeliveryWaiter(m_engine, this);
    addModule(std::make_unique<FunctionsApi>());
    addModule(std::make_unique<CallsModule>());
    addModule(std::make_unique<HarReplayModule>());
    addModule(std::make_unique<WorkersModule>());
    addModule(std::make_unique<McpServer>());
    for (auto &module : platformRouteModules())
        addModule(std::move(module));
    for (auto &module : inboundRouteModules())
        addModule(std::move(module));
    for (auto &module : ObservabilityRoutes::create(m_engine))
        addModule(std::move(module));
    return Ok{};
}

void ApiServer::addModule(std::unique_ptr<RouteModule> module)
{
    if (auto *limited = dynamic_cast<BodyLimitedRoute *>(module.get()))
        m_limitedRoutes.push_back(limited);
    m_modules.push_back(std::move(module));
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    auto *server = new GatedTcpServer(this);
    if (!server->listen(address, port)) {
        qCCritical(lcApi) << "cannot listen on" << address.toString() << port << ":" << server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

qint64 ApiServer::bodyLimit(const QStringList &path)
{
    if (m_store) {
        for (BodyLimitedRoute *route : m_limitedRoutes) {
            if (const auto limit = route->bodyLimit(m_context, path))
                return qMin(*limit, kMaxRouteBodyBytes);
        }
    }
    return qMin(m_options.maxBodyBytes, kMaxRouteBodyBytes);
}

bool ApiServer::reserveBodyBytes(qint64 bytes)
{
    if (m_bodyBytesInFlight + bytes > m_options.maxBodyBytesInFlight)
        return false;
    m_bodyBytesInFlight += bytes;
    return true;
}

void ApiServer::releaseBodyBytes(qint64 bytes)
{
    m_bodyBytesInFlight = qMax<qint64>(0, m_bodyBytesInFlight - bytes);
}

QString ApiServer::bodiesInFlightMessage(qint64 size) const
{
    return u"the body is %1 bytes and %2 bytes of large bodies are being received already (at most %3 at "
           u"once); "
           u"retry in a few seconds"_s.arg(size)
               .arg(m_bodyBytesInFlight)
               .arg(m_options.maxBodyBytesInFlight);
}

void ApiServer::refuseTooLarge(const RequestHead &head, qint64 size, qint64 limit,
                               BodyLimitedRoute::Answer answer)
{
    const QStringList path = head.url.path().split(u'/', Qt::SkipEmptyParts);
    if (m_store && !m_shuttingDown) {
        for (BodyLimitedRoute *route : m_limitedRoutes) {
            if (route->bodyLimit(m_context, path))
                return route->refuseTooLarge(m_context, head, path, size, limit, std::move(answer));
        }
    }
    const QString message = head.chunked ? u"the body is over %1 bytes; the limit is %1"_s.arg(limit)
                                         : u"the body is %1 bytes; the limit is %2"_s.arg(size).arg(limit);
    answer(
        413,
        QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"payload_too_large"_s}, {u"message"_s, message}}}});
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpReply(makeResponder(request, socket), socket)
        .error(404, u"not_found"_s, u"no route for %1"_s.arg(request.url().path()));
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto reply = std::make_shared<HttpReply>(makeResponder(request, socket), socket);
    route(request, reply);
    if (!reply->answered() && !reply.unique())
        return true; // answered later
    if (!reply->answered())
        reply->error(Error::internal(u"the request was not answered; this is a bug, please report it"_s));
    return true;
}

void ApiServer::route(const QHttpServerRequest &request, const std::shared_ptr<HttpReply> &reply)
{
    const QString rawPath = request.url().path();
    QStringList path = rawPath.split(u'/', Qt::SkipEmptyParts);
    qCDebug(lcApi) << methodName(request.method()) << rawPath;

    if (path == QStringList{u"healthz"_s}) {
        if (request.method() != QHttpServerRequest::Method::Get)
            return reply->error(405, u"method_not_allowed"_s, u"use GET"_s);
        return health(reply);
    }
    if (m_shuttingDown)
        return reply->error(Error::unavailable(u"Switchboard is shutting down"_s));
    // The size gate refused larger bodies before they were read; this holds for connections
    // that are not behind it. A route with its own limit checks it, and logs the request.
    if (request.body().size() > m_options.maxBodyBytes) {
        bool ownLimit = false;
        for (BodyLimitedRoute *route : m_limitedRoutes)
            ownLimit = ownLimit || route->bodyLimit(m_context, path).has_value();
        if (!ownLimit)
            return reply->error(413, u"payload_too_large"_s,
                                u"the body is %1 bytes; the limit is %2"_s.arg(request.body().size())
                                    .arg(m_options.maxBodyBytes));
    }
    for (const auto &module : m_modules) {
        if (module->isPublic() && module->handle(m_context, request, path, reply))
            return;
    }
    if (path.value(0) != u"v1" && path.value(0) != u"metrics" && path.value(0) != u"mcp") {
        return reply->error(404, u"not_found"_s, u"no route for %1"_s.arg(rawPath));
    }
    // Authentication before anything else can leak, including 404s.
    const QByteArray auth = request.value("Authorization");
    const QByteArray expected = "Bearer " + m_options.token.toUtf8();
    if (m_options.token.isEmpty() || !constantTimeEquals(auth.trimmed(), expected)) {
        return reply->error(401, u"unauthenticated"_s,
                            auth.isEmpty() ? u"send the API token as Authorization: Bearer <token>"_s
                                           : u"the API token is not valid"_s);
    }
    for (const auto &module : m_modules) {
        if (!module->isPublic() && module->handle(m_context, request, path, reply))
            return;
    }
    const QString resource = path.value(1);
    if (resource == u"endpoints")
        return routeEndpoints(request, path, reply);
    if (resource == u"messages")
        return routeMessages(request, path, reply);
    if (resource == u"deliveries")
        return routeDeliveries(request, path, reply);
    reply->error(404, u"not_found"_s, u"no route for %1"_s.arg(rawPath));
}

void ApiServer::health(const std::shared_ptr<HttpReply> &reply)
{
    auto depths = m_store ? m_store->depths() : Result<QueueDepths>(Error::unavailable(u"no store"_s));
    QJsonObject body{{u"status"_s,
                      m_shuttingDown ? u"shutting_down"_s
                          : depths   ? u"ok"_s
                                     : u"degraded"_s},
                     {u"store"_s, depths ? u"ok"_s : u"unavailable"_s}};
    if (depths) {
        body.insert(u"queue_depth"_s, double(depths->pending + depths->inFlight));
        body.insert(u"dlq_depth"_s, double(depths->dead));
    } else {
        body.insert(u"error"_s, depths.error().message);
    }
    reply->json(depths && !m_shuttingDown ? 200 : 503, body);
}

// Endpoints -----------------------------------------------------------------------

FleetCircuits ApiServer::fleetCircuits()
{
    auto workers = m_store->workers();
    if (!workers) {
        qCWarning(lcApi) << "cannot read the fleet's circuits:" << workers.error().message;
        return {};
    }
    return FleetCircuits::fromWorkers(*workers, QDateTime::currentDateTimeUtc());
}

QJsonObject ApiServer::circuitJson(const QString &endpoint, const FleetCircuits *fleet)
{
    const FleetCircuits loaded = fleet ? FleetCircuits() : fleetCircuits();
    return (fleet ? *fleet : loaded)
        .toJson(endpoint, m_engine->options().workerId, m_engine->circuit(endpoint));
}

QJsonObject ApiServer::endpointJson(const Endpoint &endpoint, const FleetCircuits *fleet)
{
    QJsonObject json = endpoint.toJson();
    QJsonArray secrets;
    QJsonValue fingerprint = QJsonValue::Null;
    if (auto infos = m_store->secrets(SecretRing::endpointOwner(endpoint.name))) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const SecretInfo &info : *infos) {
            if (info.expiresAt.isValid() && info.expiresAt <= now)
                continue;
            if (fingerprint.isNull())
                fingerprint = info.fingerprint;
            secrets.append(QJsonObject{
                {u"fingerprint"_s, info.fingerprint},
                {u"created_at"_s, toIsoUtc(info.createdAt)},
                {u"expires_at"_s,
                 info.expiresAt.isValid() ? QJsonValue(toIsoUtc(info.expiresAt)) : QJsonValue()}});
        }
    }
    json.insert(u"secret_fingerprint"_s, fingerprint);
    json.insert(u"secrets"_s, secrets);
    QJsonValue authFingerprint = QJsonValue::Null;
    if (auto infos = m_store->secrets(SecretRing::endpointAuthOwner(endpoint.name));
        infos && !infos->isEmpty())
        authFingerprint = infos->first().fingerprint;
    json.insert(u"auth_fingerprint"_s, authFingerprint);
    // This worker's circuit, with the state and circuits of every live worker on the store.
    json.insert(u"circuit"_s, circuitJson(endpoint.name, fleet));
    return json;
}

void ApiServer::routeEndpoints(const QHttpServerRequest &request, const QStringList &path,
                               const std::shared_ptr<HttpReply> &reply)
{
    using M = QHttpServerRequest::Method;
    const M method = request.method();
    if (path.size() == 2) {
        if (method != M::Get)
            return reply->error(405, u"method_not_allowed"_s, u"use GET to list endpoints"_s);
        auto list = m_store->endpoints();
        if (!list)
            return reply->error(list.error());
        QJsonArray arr;
        const FleetCircuits fleet = fleetCircuits();
        for (const Endpoint &e : *list)
            arr.append(endpointJson(e, &fleet));
        return reply->json(200, QJsonObject{{u"endpoints"_s, arr}});
    }
    const QString name = path.at(2);
    if (path.size() == 3) {
        if (method == M::Put)
            return putEndpoint(name, request, reply);
        if (method == M::Get) {
            auto e = m_store->endpoint(name);
            if (!e)
                return reply->error(e.error());
            if (!e->has_value())
                return reply->error(Error::notFound(u"no endpoint named \"%1\""_s.arg(name)));
            return reply->json(200, endpointJson(**e));
        }
        if (method == M::Delete) {
            auto removed = m_store->removeEndpoint(name);
            if (!removed)
                return reply->error(removed.error());
            if (!*removed)
                return reply->error(Error::notFound(u"no endpoint named \"%1\""_s.arg(name)));
            SecretRing ring(*m_store, *m_secrets, m_instanceId);
            for (const QString &owner :
                 {SecretRing::endpointOwner(name), SecretRing::endpointAuthOwner(name)}) {
                if (auto st = ring.removeAll(owner); !st)
                    qCWarning(lcApi) << "endpoint" << name
                                     << "removed, but its secrets could not be:" << st.error().message;
            }
            m_engine->reloadEndpoints();
            return reply->noContent();
        }
        return reply->error(405, u"method_not_allowed"_s, u"use GET, PUT or DELETE"_s);
    }
    const QString action = path.mid(3).join(u'/');
    if ((action == u"pause" || action == u"resume")) {
        if (method != M::Post)
            return reply->error(405, u"method_not_allowed"_s, u"use POST"_s);
        auto changed = m_store->setEndpointPaused(name, action == u"pause");
        if (!changed)
            return reply->error(changed.error());
        if (!*changed)
            return reply->error(Error::notFound(u"no endpoint named \"%1\""_s.arg(name)));
        m_engine->reloadEndpoints();
        auto e = m_store->endpoint(name);
        if (!e || !e->has_value())
            return reply->error(Error::notFound(u"no endpoint named \"%1\""_s.arg(name)));
        return reply->json(200, endpointJson(**e));
    }
    if (action == u"circuit") {
        if (method != M::Get)
            return reply->error(405, u"method_not_allowed"_s, u"use GET, or POST .../circuit/reset"_s);
        auto e = m_store->endpoint(name);
        if (!e)
            return reply->error(e.error());
        if (!e->has_value())
            return reply->error(Error::notFound(u"no endpoint named \"%1\""_s.arg(name)));
        return reply->json(200, circuitJson(name));
    }
    if (action == u"circuit/reset") {
        if (method != M::Post)
            return reply->error(405, u"method_not_allowed"_s, u"use POST"_s);
        auto e = m_store->endpoint(name);
        if (!e)
            return reply->error(e.error());
        if (!e->has_value())
            return reply->error(Error::notFound(u"no endpoint named \"%1\""_s.arg(name)));
        // Every worker on the store closes its circuit too, once it sees the request
        // (PostgreSQL: at once through NOTIFY; otherwise with its next heartbeat).
        if (auto st = m_store->requestCircuitReset(name, m_engine->options().workerId); !st)
            return reply->error(st.error());
        m_engine->reloadEndpoints(); // an endpoint saved a moment ago is known to the engine first
        if (!m_engine->resetCircuit(name))
            return reply->error(
                Error::unavailable(u"the engine does not know endpoint \"%1\" yet; try again"_s.arg(name)));
        return reply->json(200, endpointJson(**e));
    }
    if (action == u"secret") {
        if (method != M::Put)
            return reply->error(405, u"method_not_allowed"_s, u"use PUT"_s);
        return putSecret(name, request, reply);
    }
    if (action == u"auth") {
        if (method != M::Put)
            return reply->error(405, u"method_not_allowed"_s, u"use PUT"_s);
        return putAuthCredential(name, request, reply);
    }
    if (action == u"secret/rotate") {
        if (method != M::Post)
            return reply->error(405, u"method_not_allowed"_s, u"use POST"_s);
        return rotateSecret(name, request, reply);
    }
    reply->error(404, u"not_found"_s, u"no route for %1"_s.arg(request.url().path()));
}

void ApiServer::putEndpoint(const QString &name, const QHttpServerRequest &request,
                            const std::shared_ptr<HttpReply> &reply)
{
    auto body = parseJsonObject(request);
    if (!body)
        return reply->error(body.error());
    auto endpoint = Endpoint::fromJson(name, *body);
    if (!endpoint)
        return reply->error(endpoint.error());
    auto created = m_store->upsertEndpoint(*endpoint);
    if (!created)
        return reply->error(created.error());

    // A signing endpoint needs a secret: a new one gets a generated secret,
    // shown once in this response (rotate to see a new one later).
    QString generated;
    const QString owner = SecretRing::endpointOwner(name);
    if (endpoint->signing != SigningScheme::None) {
        auto infos = m_store->secrets(owner);
        if (infos && infos->isEmpty()) {
            SecretRing ring(*m_store, *m_secrets, m_instanceId);
            generated = newWebhookSecret();
            if (auto info = ring.set(owner, generated); !info) {
                m_engine->reloadEndpoints();
                return reply->error(
                    503, u"unavailable"_s,
                    u"the endpoint was saved, but its signing secret could not be stored: %1"_s.arg(
                        info.error().message));
            }
        }
    }
    m_engine->reloadEndpoints();
    auto saved = m_store->endpoint(name);
    if (!saved || !saved->has_value())
        return reply->error(Error::unavailable(u"the endpoint was saved but cannot be read back"_s));
    QJsonObject json = endpointJson(**saved);
    if (!generated.isEmpty())
        json.insert(u"secret"_s, generated);
    reply->json(*created ? 201 : 200, json);
}

void ApiServer::putSecret(const QString &name, const QHttpServerRequest &request,
                          const std::shared_ptr<HttpReply> &reply)
{
    auto e = m_store->endpoint(name);
    if (!e)
        return reply->error(e.error());
    if (!e->has_value())
        return reply->error(Error::notFound(u"no endpoint named \"%1\""_s.arg(name)));
    auto body = parseJsonObject(request);
    if (!body)
        return reply->error(body.error());
    const QJsonValue v = body->value(u"secret"_s);
    if (!v.isString() || v.toString().size() < 16 || v.toString().size() > 512)
        return reply->error(detailError(u"secret"_s, u"is required: a string of 16 to 512 characters"_s));
    const QString secret = v.toString();
    if ((*e)->signing == SigningScheme::StandardWebhooks) {
        auto key = StandardWebhooksSigner::decodeSecret(secret);
        if (!key)
            return reply->error(detailError(u"secret"_s, key.error().message));
        if (key->size() < 16)
            return reply->error(detailError(u"secret"_s, u"must decode to at least 16 bytes"_s));
    }
    SecretRing ring(*m_store, *m_secrets, m_instanceId);
    if (auto info = ring.set(SecretRing::endpointOwner(name), secret); !info)
        return reply->error(info.error());
    m_engine->reloadEndpoints();
    reply->noContent();
}

void ApiServer::putAuthCredential(const QString &name, const QHttpServerRequest &request,
                                  const std::shared_ptr<HttpReply> &reply)
{
    auto e = m_store->endpoint(name);
    if (!e)
        return reply->error(e.error());
    if (!e->has_value())
        return reply->error(Error::notFound(u"no endpoint named \"%1\""_s.arg(name)));
    const OutboundAuth::Type type = (*e)->auth.type;
    if (type == OutboundAuth::Type::None)
        return reply->error(
            detailError(u"auth"_s, u"this endpoint has no outbound authentication; set \"auth\" first"_s));
    auto body = parseJsonObject(request);
    if (!body)
        return reply->error(body.error());
    QString credential;
    if (type == OutboundAuth::Type::Mtls) {
        const QString cert = body->value(u"certificate"_s).toString();
        const QString key = body->value(u"private_key"_s).toString();
        if (QSslCertificate(cert.toUtf8(), QSsl::Pem).isNull())
            return reply->error(detailError(u"certificate"_s, u"must be the client certificate in PEM"_s));
        if (QSslKey(key.toUtf8(), QSsl::Rsa, QSsl::Pem).isNull()
            && QSslKey(key.toUtf8(), QSsl::Ec, QSsl::Pem).isNull())
            return reply->error(
                detailError(u"private_key"_s, u"must be an unencrypted RSA or EC private key in PEM"_s));
        credential
            = QString::fromUtf8(QJsonDocument(QJsonObject{{u"certificate"_s, cert}, {u"private_key"_s, key}})
                                    .toJson(QJsonDocument::Compact));
    } else {
        const QJsonValue v = body->value(u"secret"_s);
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 8192
            || v.toString().contains(u'\n'))
            return reply->error(
                detailError(u"secret"_s, u"is required: the token, API key, password or client secret"_s));
        credential = v.toString();
    }
    SecretRing ring(*m_store, *m_secrets, m_instanceId);
    if (auto info = ring.set(SecretRing::endpointAuthOwner(name), credential); !info)
        return reply->error(info.error());
    m_engine->reloadEndpoints();
    reply->noContent();
}

void ApiServer::rotateSecret(const QString &name, const QHttpServerRequest &request,
                             const std::shared_ptr<HttpReply> &reply)
{
    auto e = m_store->endpoint(name);
    if (!e)
        return reply->error(e.error());
    if (!e->has_value())
        return reply->error(Error::notFound(u"no endpoint named \"%1\""_s.arg(name)));
    qint64 graceS = SecretRing::kDefaultGraceS;
    if (!request.body().trimmed().isEmpty()) {
        auto body = parseJsonObject(request);
        if (!body)
            return reply->error(body.error());
        if (body->contains(u"grace_s"_s)) {
            const auto g = SecretRing::graceSeconds(body->value(u"grace_s"_s));
            if (!g)
                return reply->error(detailError(u"grace_s"_s, QString::fromLatin1(SecretRing::kGraceRule)));
            graceS = *g;
        }
    }
    const QString secret = newWebhookSecret();
    SecretRing ring(*m_store, *m_secrets, m_instanceId);
    auto info = ring.rotate(SecretRing::endpointOwner(name), secret, graceS);
    if (!info)
        return reply->error(info.error());
    m_engine->reloadEndpoints();
    reply->json(
        200,
        QJsonObject{{u"secret"_s, secret},
                    {u"fingerprint"_s, info->fingerprint},
                    {u"previous_expire_at"_s, toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(graceS))},
                    {u"endpoint"_s, endpointJson(**e)}});
}

// Messages ------------------------------------------------------------------------

void ApiServer::routeMessages(const QHttpServerRequest &request, const QStringList &path,
                              const std::shared_ptr<HttpReply> &reply)
{
    using M = QHttpServerRequest::Method;
    if (path.size() == 2) {
        if (request.method() != M::Post)
            return reply->error(405, u"method_not_allowed"_s, u"use POST to send a message"_s);
        return postMessage(request, reply);
    }
    if (path.size() == 3) {
        if (request.method() != M::Get)
            return reply->error(405, u"method_not_allowed"_s, u"use GET"_s);
        auto m = m_store->message(path.at(2));
        if (!m)
            return reply->error(m.error());
        if (!m->has_value())
            return reply->error(Error::notFound(u"no message %1"_s.arg(path.at(2))));
        return reply->json(200, (*m)->toJson());
    }
    reply->error(404, u"not_found"_s, u"no route for %1"_s.arg(request.url().path()));
}

void ApiServer::postMessage(const QHttpServerRequest &request, const std::shared_ptr<HttpReply> &reply)
{
    auto body = parseJsonObject(request);
    if (!body)
        return reply->error(body.error());
    static const QSet<QString> known{u"event_type"_s, u"payload"_s, u"endpoints"_s, u"call_id"_s,
                                     u"idempotency_key"_s};
    QJsonArray problems;
    auto fail = [&](const QString &field, const QString &message) {
        problems.append(QJsonObject{{u"field"_s, field}, {u"message"_s, message}});
    };
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (!known.contains(it.key()))
            fail(it.key(), u"unknown field"_s);
    }
    EnqueueRequest req;
    const QJsonValue type = body->value(u"event_type"_s);
    if (type.isUndefined() || type.isNull())
        fail(u"event_type"_s, u"is required"_s);
    else if (!type.isString() || !isValidEventType(type.toString()))
        fail(u"event_type"_s, u"must be a string of letters, digits and . _ : / - (at most 128)"_s);
    else
        req.eventType = type.toString();
    const QJsonValue payload = body->value(u"payload"_s);
    if (!payload.isObject() && !payload.isArray())
        fail(u"payload"_s, u"is required and must be a JSON object or array"_s);
    else
        req.payload = rawMember(request.body(), u"payload"_s, payload);
    const QJsonValue endpoints = body->value(u"endpoints"_s);
    if (!endpoints.isUndefined() && !endpoints.isNull()) {
        if (!endpoints.isArray() || endpoints.toArray().isEmpty()) {
            fail(u"endpoints"_s, u"must be a non-empty array of endpoint names"_s);
        } else {
            for (const QJsonValue &v : endpoints.toArray()) {
                if (!v.isString() || !Endpoint::isValidName(v.toString()))
                    fail(u"endpoints"_s, u"must hold endpoint names"_s);
                else
                    req.endpoints.append(v.toString());
            }
        }
    }
    const QJsonValue callId = body->value(u"call_id"_s);
    if (!callId.isUndefined() && !callId.isNull()) {
        if (!callId.isString() || callId.toString().isEmpty() || callId.toString().size() > 128)
            fail(u"call_id"_s, u"must be a string of 1 to 128 characters"_s);
        else
            req.callId = callId.toString();
    }
    const QString headerKey = QString::fromUtf8(request.value("Idempotency-Key")).trimmed();
    const QJsonValue bodyKey = body->value(u"idempotency_key"_s);
    if (!bodyKey.isUndefined() && !bodyKey.isNull() && !bodyKey.isString())
        fail(u"idempotency_key"_s, u"must be a string"_s);
    if (!headerKey.isEmpty() && bodyKey.isString() && bodyKey.toString() != headerKey)
        fail(u"idempotency_key"_s, u"differs from the Idempotency-Key header"_s);
    req.idempotencyKey = headerKey.isEmpty() ? bodyKey.toString() : headerKey;
    if (req.idempotencyKey.size() > 255)
        fail(u"idempotency_key"_s, u"must be at most 255 characters"_s);

    int waitMs = 0;
    const QUrlQuery query(request.url());
    if (query.hasQueryItem(u"wait_ms"_s)) {
        bool ok = false;
        waitMs = query.queryItemValue(u"wait_ms"_s).toInt(&ok);
        if (!ok || waitMs < 0 || waitMs > kMaxWaitMs)
            fail(u"wait_ms"_s, u"must be whole milliseconds from 0 to 10000"_s);
    }
    if (!problems.isEmpty()) {
        const QJsonObject first = problems.first().toObject();
        return reply->error(Error::invalid(
            first.value(u"field"_s).toString() + u": "_s + first.value(u"message"_s).toString(), problems));
    }

    QPointer<ApiServer> self(this);
    m_engine->enqueue(req, this, [self, reply, waitMs](const Result<EnqueueResult> &result) {
        if (!self)
            return;
        if (!result)
            return reply->error(result.error());
        QJsonArray deliveries;
        for (const DeliveryRef &d : result->deliveries)
            deliveries.append(
                QJsonObject{{u"id"_s, d.id}, {u"endpoint"_s, d.endpoint}, {u"status"_s, toString(d.status)}});
        const QJsonObject json{{u"id"_s, result->messageId}, {u"deliveries"_s, deliveries}};
        HeaderList extra;
        if (result->duplicate)
            extra.append({QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true")});
        if (waitMs <= 0 || result->duplicate || reply->clientGone())
            return reply->json(202, json, extra);
        // Fast path: answer when every delivery's first attempt has an outcome.
        const EnqueueResult first = *result;
        QStringList ids;
        for (const DeliveryRef &d : first.deliveries)
            ids.append(d.id);
        self->m_waiter->wait(
            ids, waitMs, [reply, first](const QHash<QString, AttemptEvent> &outcomes, bool complete) {
                QJsonArray deliveries;
                for (const DeliveryRef &d : first.deliveries) {
                    QJsonObject o{
                        {u"id"_s, d.id}, {u"endpoint"_s, d.endpoint}, {u"status"_s, toString(d.status)}};
                    if (const auto it = outcomes.constFind(d.id); it != outcomes.cend()) {
                        const QJsonObject outcome = outcomeJson(it.value());
                        for (auto f = outcome.begin(); f != outcome.end(); ++f)
                            o.insert(f.key(), f.value());
                    }
                    deliveries.append(o);
                }
                reply->json(complete ? 200 : 202,
                            QJsonObject{{u"id"_s, first.messageId}, {u"deliveries"_s, deliveries}});
            });
    });
}

// Deliveries ----------------------------------------------------------------------

void ApiServer::routeDeliveries(const QHttpServerRequest &request, const QStringList &path,
                                const std::shared_ptr<HttpReply> &reply)
{
    using M = QHttpServerRequest::Method;
    const M method = request.method();
    if (path.size() == 2) {
        if (method != M::Get)
            return reply->error(405, u"method_not_allowed"_s, u"use GET to list deliveries"_s);
        const QUrlQuery query(request.url());
        QHash<QString, QString> in;
        for (const auto &item : query.queryItems(QUrl::FullyDecoded))
            in.insert(item.first, item.second);
        auto filter = readFilter(in);
        if (!filter)
            return reply->error(filter.error());
        int limit = 100;
        if (in.contains(u"limit"_s)) {
            bool ok = false;
            limit = in.value(u"limit"_s).toInt(&ok);
            if (!ok || limit < 1 || limit > 1000)
                return reply->error(detailError(u"limit"_s, u"must be from 1 to 1000"_s));
        }
        // The cursor is the last delivery id of the previous page; anything else
        // would silently read as "no more pages".
        const QString cursor = in.value(u"cursor"_s);
        if (in.contains(u"cursor"_s) && (!cursor.startsWith(u"dlv_") || cursor.size() > 64))
            return reply->error(detailError(u"cursor"_s, u"must be a next_cursor from a previous page"_s));
        auto page = m_store->deliveries(*filter, limit, cursor);
        if (!page)
            return reply->error(page.error());
        QJsonArray arr;
        for (const Delivery &d : page->deliveries)
            arr.append(d.toJson(false, false));
        return reply->json(200,
                           QJsonObject{{u"deliveries"_s, arr},
                                       {u"next_cursor"_s,
                                        page->nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(page->nextCursor)}});
    }
    if (path.size() == 3 && path.at(2) == u"replay") {
        if (method != M::Post)
            return reply->error(405, u"method_not_allowed"_s, u"use POST"_s);
        QHash<QString, QString> in{{u"status"_s, u"dead"_s}};
        if (!request.body().trimmed().isEmpty()) {
            auto body = parseJsonObject(request);
            if (!body)
                return reply->error(body.error());
            // A mistyped filter ("endpont") must not widen the replay to every
            // dead delivery: unknown fields are refused.
            static const QSet<QString> known{u"status"_s,  u"endpoint"_s,    u"event_type"_s,
                                             u"call_id"_s, u"message_id"_s,  u"since"_s,
                                             u"until"_s,   u"status_code"_s, u"error"_s};
            for (auto it = body->begin(); it != body->end(); ++it) {
                if (!known.contains(it.key()))
                    return reply->error(detailError(it.key(), u"unknown field"_s));
                if (it.value().isString())
                    in.insert(it.key(), it.value().toString());
                else if (it.value().isDouble())
                    in.insert(it.key(), QString::number(it.value().toInteger()));
                else if (!it.value().isNull())
                    return reply->error(detailError(it.key(), u"must be a string"_s));
            }
        }
        auto filter = readFilter(in);
        if (!filter)
            return reply->error(filter.error());
        if (filter->status == DeliveryStatus::Pending || filter->status == DeliveryStatus::InFlight)
            return reply->error(
                detailError(u"status"_s, u"only dead, discarded or delivered deliveries can be replayed"_s));
        auto n = m_store->replayWhere(*filter);
        if (!n)
            return reply->error(n.error());
        m_engine->wake();
        return reply->json(202, QJsonObject{{u"replayed"_s, *n}});
    }
    if (path.size() < 3)
        return reply->error(404, u"not_found"_s, u"no route for %1"_s.arg(request.url().path()));
    const QString id = path.at(2);
    if (path.size() == 3) {
        if (method != M::Get)
            return reply->error(405, u"method_not_allowed"_s, u"use GET"_s);
        auto d = m_store->delivery(id, true);
        if (!d)
            return reply->error(d.error());
        if (!d->has_value())
            return reply->error(Error::notFound(u"no delivery %1"_s.arg(id)));
        QJsonObject json = (*d)->toJson(true, true);
        if (auto m = m_store->message((*d)->messageId); m && m->has_value())
            json.insert(u"payload"_s, (*m)->toJson().value(u"payload"_s));
        return reply->json(200, json);
    }
    if (path.size() == 4 && (path.at(3) == u"replay" || path.at(3) == u"discard")) {
        if (method != M::Post)
            return reply->error(405, u"method_not_allowed"_s, u"use POST"_s);
        const bool replay = path.at(3) == u"replay";
        Status st = replay ? m_store->replay(id) : m_store->discard(id);
        if (!st)
            return reply->error(st.error());
        if (replay)
            m_engine->wake();
        return reply->json(replay ? 202 : 200,
                           QJsonObject{{u"id"_s, id}, {u"status"_s, replay ? u"pending"_s : u"discarded"_s}});
    }
    reply->error(404, u"not_found"_s, u"no route for %1"_s.arg(request.url().path()));
}

} // namespace Switchboard
