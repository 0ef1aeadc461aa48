// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiver/testreceiver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReceiver, "switchboard.core.receiver", QtInfoMsg)

namespace Switchboard {

namespace {

constexpr int SlowBodyPieces = 8;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &header) {
        return QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray echoBody(const ReceivedRequest &request)
{
    QJsonObject headers;
    for (const auto &[name, value] : request.headers) {
        const QString key = QString::fromLatin1(name).toLower();
        const QString previous = headers.value(key).toString();
        const QString text = QString::fromLatin1(value);
        // Repeated headers are folded the way RFC 9110 allows a recipient to.
        headers.insert(key, previous.isEmpty() ? text : previous % u", "_s % text);
    }
    QJsonObject echo{
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"path"_s, request.path},
        {u"query"_s, request.query.toString(QUrl::FullyEncoded)},
        {u"headers"_s, headers},
        {u"body"_s, QString::fromUtf8(request.body)},
    };
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(request.body, &error);
    if (error.error == QJsonParseError::NoError)
        echo.insert(u"json"_s, json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()));
    return QJsonDocument(echo).toJson(QJsonDocument::Compact);
}

// Query-string control, for driving the receiver from curl or a browser.
void applyQuery(const QUrlQuery &query, ReceiverBehaviour &behaviour)
{
    const auto number = [&query](const QString &key, int &target) {
        bool ok = false;
        const int value = query.queryItemValue(key).toInt(&ok);
        if (ok)
            target = value;
        return ok;
    };
    const auto flag = [&query](const QString &key, bool &target) {
        if (!query.hasQueryItem(key))
            return;
        const QString value = query.queryItemValue(key);
        target = value.isEmpty() || value == u"1"_s || value == u"true"_s;
    };

    const bool statusGiven = number(u"status"_s, behaviour.status);
    number(u"delay_ms"_s, behaviour.delayMs);
    number(u"slow_body_ms"_s, behaviour.slowBodyMs);
    int retryAfter = 0;
    if (number(u"retry_after"_s, retryAfter)) {
        behaviour.headers.append({"Retry-After", QByteArray::number(retryAfter)});
        if (!statusGiven)
            behaviour.status = 429;
    }
    flag(u"hang"_s, behaviour.hang);
    flag(u"reset"_s, behaviour.reset);
    flag(u"echo"_s, behaviour.echo);
}

void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // Linger {on, 0 s}: close() discards unsent data and sends RST instead of FIN.
    const struct linger linger
    {
        1, 0
    };
    if (::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &linger, sizeof linger) != 0)
        qCWarning(lcReceiver) << "SO_LINGER failed; the connection closes with FIN, not RST";
#endif
    socket->abort();
}

} // namespace

ReceiverBehaviour ReceiverBehaviour::withStatus(int code, const QByteArray &body)
{
    ReceiverBehaviour behaviour;
    behaviour.status = code;
    behaviour.body = body;
    return behaviour;
}

ReceiverBehaviour ReceiverBehaviour::retryAfter(int seconds, int code)
{
    ReceiverBehaviour behaviour = withStatus(code, R"({"error":"rate_limited"})");
    behaviour.headers.append({"Retry-After", QByteArray::number(seconds)});
    return behaviour;
}

ReceiverBehaviour ReceiverBehaviour::retryAfterDate(const QDateTime &when, int code)
{
    ReceiverBehaviour behaviour = withStatus(code, R"({"error":"rate_limited"})");
    const QString date = QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    behaviour.headers.append({"Retry-After", date.toLatin1()});
    return behaviour;
}

ReceiverBehaviour ReceiverBehaviour::delayed(int ms, int code)
{
    ReceiverBehaviour behaviour = withStatus(code);
    behaviour.delayMs = ms;
    return behaviour;
}

ReceiverBehaviour ReceiverBehaviour::hanging()
{
    ReceiverBehaviour behaviour;
    behaviour.hang = true;
    return behaviour;
}

ReceiverBehaviour ReceiverBehaviour::resetting()
{
    ReceiverBehaviour behaviour;
    behaviour.reset = true;
    return behaviour;
}

ReceiverBehaviour ReceiverBehaviour::redirect(const QUrl &location, int code)
{
    ReceiverBehaviour behaviour = withStatus(code, {});
    behaviour.headers.append({"Location", location.toEncoded()});
    return behaviour;
}

ReceiverBehaviour ReceiverBehaviour::slowBody(int ms, const QByteArray &body)
{
    ReceiverBehaviour behaviour = withStatus(200, body);
    behaviour.slowBodyMs = ms;
    return behaviour;
}

ReceiverBehaviour ReceiverBehaviour::echoing()
{
    ReceiverBehaviour behaviour;
    behaviour.echo = true;
    return behaviour;
}

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// A request that is answered later (delay, slow body) or never (hang). The responder
// is move-only, and the socket may go away at any moment: Qt 6.4 segfaults on a write
// to a socket it has already deleted, so every deferred write checks the QPointer.
struct TestReceiver::Pending
{
    std::optional<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    QMetaObject::Connection disconnected;
    ReceiverBehaviour behaviour;
    QByteArray body;
    bool headOnly = false; // HEAD: headers only
    qsizetype sent = 0; // bytes of body written (slow body)

    bool connected() const { return socket && socket->state() == QAbstractSocket::ConnectedState; }
};

TestReceiver::TestReceiver(QObject *parent) : QAbstractHttpServer(parent)
{
    qRegisterMetaType<Switchboard::ReceivedRequest>();
    qRegisterMetaType<Switchboard::ReceiverBehaviour>();
}

TestReceiver::~TestReceiver()
{
    // The sockets outlive this part of the object (they are children of the base's
    // QTcpServers): make sure none of them calls back into a half-destroyed receiver.
    for (const auto &pending : std::as_const(m_pending))
        QObject::disconnect(pending->disconnected);
}

quint16 TestReceiver::listen(const QHostAddress &address, quint16 port)
{
    if (QThread::currentThread() != thread()) {
        quint16 bound = 0;
        QMetaObject::invokeMethod(
            this, [&] { bound = listen(address, port); }, Qt::BlockingQueuedConnection);
        return bound;
    }
    const quint16 bound = QAbstractHttpServer::listen(address, port);
    if (bound != 0) {
        const bool loopbackOrAny = address == QHostAddress(QHostAddress::LocalHost)
            || address == QHostAddress(QHostAddress::Any) || address == QHostAddress(QHostAddress::AnyIPv4);
        QMutexLocker lock(&m_mutex);
        m_host = loopbackOrAny ? u"127.0.0.1"_s : address.toString();
        m_port.storeRelease(bound);
    }
    return bound;
}

QUrl TestReceiver::url(const QString &path) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    {
        QMutexLocker lock(&m_mutex);
        url.setHost(m_host.isEmpty() ? u"127.0.0.1"_s : m_host);
    }
    url.setPort(port());
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    return url;
}

void TestReceiver::setDefaultBehaviour(const ReceiverBehaviour &behaviour)
{
    QMutexLocker lock(&m_mutex);
    m_default = behaviour;
}

void TestReceiver::setBehaviour(const QString &path, const ReceiverBehaviour &behaviour)
{
    QMutexLocker lock(&m_mutex);
    m_behaviours.insert(path, behaviour);
}

void TestReceiver::script(const QString &path, const QList<ReceiverBehaviour> &behaviours)
{
    QMutexLocker lock(&m_mutex);
    m_scripts[path].append(behaviours);
}

void TestReceiver::clearBehaviours()
{
    QMutexLocker lock(&m_mutex);
    m_default = {};
    m_behaviours.clear();
    m_scripts.clear();
}

QList<ReceivedRequest> TestReceiver::requests(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    if (path.isEmpty())
        return m_requests;
    QList<ReceivedRequest> matching;
    std::copy_if(m_requests.cbegin(), m_requests.cend(), std::back_inserter(matching),
                 [&path](const ReceivedRequest &request) { return request.path == path; });
    return matching;
}

int TestReceiver::count(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    if (path.isEmpty())
        return int(m_requests.size());
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&path](const ReceivedRequest &request) { return request.path == path; }));
}

int TestReceiver::openCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

int TestReceiver::maxConcurrent() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxConcurrent;
}

void TestReceiver::clear()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
    m_maxConcurrent = m_open;
}

ReceiverBehaviour TestReceiver::takeBehaviour(const QString &path)
{
    // Called with m_mutex held.
    const auto script = m_scripts.find(path);
    if (script != m_scripts.end() && !script->isEmpty()) {
        ReceiverBehaviour behaviour = script->takeFirst();
        if (script->isEmpty())
            m_scripts.erase(script);
        return behaviour;
    }
    return m_behaviours.value(path, m_default);
}

bool TestReceiver::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Copy everything now: Qt reuses the request object for the connection's next request.
    ReceivedRequest received;
    const auto method = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    received.method = QByteArray(method ? method : "UNKNOWN").toUpper();
    received.path = request.url().path();
    received.query = request.query();
    received.headers = request.headers();
    received.body = request.body();
    received.receivedAt = QDateTime::currentDateTimeUtc();

    ReceiverBehaviour behaviour;
    {
        QMutexLocker lock(&m_mutex);
        behaviour = takeBehaviour(received.path);
        received.concurrent = ++m_open;
        m_maxConcurrent = std::max(m_maxConcurrent, m_open);
        m_requests.append(received);
    }
    applyQuery(received.query, behaviour);
    qCDebug(lcReceiver) << received.method << received.path << "status" << behaviour.status << "delay"
                        << behaviour.delayMs << "hang" << behaviour.hang << "reset" << behaviour.reset;
    Q_EMIT requestReceived(received);

    if (behaviour.reset) {
        closeRequest();
        resetConnection(socket);
        return true;
    }

    const quint64 id = m_nextId++;
    auto pending = std::make_shared<Pending>();
    pending->responder.emplace(makeResponder(request, socket));
    pending->socket = socket;
    pending->headOnly = received.method == "HEAD";
    pending->body = behaviour.echo ? echoBody(received) : behaviour.body;
    pending->behaviour = std::move(behaviour);
    // A client that gives up (timeout, abort) closes its request here; the answer, if
    // one is still scheduled, is then dropped.
    pending->disconnected = connect(socket, &QTcpSocket::disconnected, this, [this, id] {
        if (m_pending.contains(id))
            complete(id);
    });
    m_pending.insert(id, pending);

    if (pending->behaviour.hang)
        return true;
    if (pending->behaviour.delayMs > 0)
        QTimer::singleShot(pending->behaviour.delayMs, Qt::PreciseTimer, this, [this, id] { respond(id); });
    else
        respond(id);
    return true;
}

void TestReceiver::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable: handleRequest() takes every request. Answer anyway rather than leave
    // a client waiting.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

void TestReceiver::respond(quint64 id)
{
    const std::shared_ptr<Pending> pending = m_pending.value(id);
    if (!pending)
        return; // the client left first
    if (!pending->connected()) {
        complete(id);
        return;
    }

    const ReceiverBehaviour &behaviour = pending->behaviour;
    const int status = behaviour.status;
    // No body, and for these statuses no Content-Length either (RFC 9110 6.4.1, 8.6).
    const bool bodyless = status < 200 || status == 204 || status == 304;

    // The status line is written by hand: Qt 6.4's responder looks the reason phrase up
    // with std::map::at() and throws for codes it does not know (299, 520, ...), and a
    // misbehaving receiver must be able to send any code.
    QHttpServerResponder &responder = *pending->responder;
    pending->socket->write("HTTP/1.1 " % QByteArray::number(status) % ' ' % reasonPhrase(status) % "\r\n");
    for (const auto &[name, value] : behaviour.headers)
        responder.writeHeader(name, value);
    if (!bodyless) {
        if (!pending->body.isEmpty() && !hasHeader(behaviour.headers, "Content-Type"))
            responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(pending->body.size()));
    }

    if (bodyless || pending->headOnly || pending->body.isEmpty()) {
        responder.writeBody(QByteArray()); // ends the header block
        complete(id);
        return;
    }
    if (behaviour.slowBodyMs <= 0) {
        responder.writeBody(pending->body);
        complete(id);
        return;
    }
    responder.writeBody(QByteArray()); // headers now, body later
    pending->socket->flush();
    const int pieces = int(std::min<qsizetype>(SlowBodyPieces, pending->body.size()));
    const int interval = std::max(1, behaviour.slowBodyMs / pieces);
    QTimer::singleShot(interval, Qt::PreciseTimer, this, [this, id] { sendNextPiece(id); });
}

void TestReceiver::sendNextPiece(quint64 id)
{
    const std::shared_ptr<Pending> pending = m_pending.value(id);
    if (!pending)
        return;
    if (!pending->connected()) {
        complete(id);
        return;
    }
    const qsizetype total = pending->body.size();
    const int pieces = int(std::min<qsizetype>(SlowBodyPieces, total));
    const qsizetype pieceSize = (total + pieces - 1) / pieces;
    const QByteArray piece = pending->body.mid(pending->sent, pieceSize);
    pending->responder->writeBody(piece);
    pending->socket->flush();
    pending->sent += piece.size();
    if (pending->sent >= total) {
        complete(id);
        return;
    }
    const int interval = std::max(1, pending->behaviour.slowBodyMs / pieces);
    QTimer::singleShot(interval, Qt::PreciseTimer, this, [this, id] { sendNextPiece(id); });
}

void TestReceiver::complete(quint64 id)
{
    const std::shared_ptr<Pending> pending = m_pending.take(id);
    if (!pending)
        return;
    QObject::disconnect(pending->disconnected);
    closeRequest();
}

void TestReceiver::closeRequest()
{
    QMutexLocker lock(&m_mutex);
    --m_open;
}

} // namespace Switchboard
