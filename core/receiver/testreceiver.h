// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QAtomicInteger>
#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QTcpSocket;

namespace Switchboard {

// How the receiver answers one request. Start from a factory and set fields to combine
// behaviours (designated initialisers would trip GCC's -Wmissing-field-initializers).
// The factories cannot share the field names (a struct cannot have a member and a static
// function of the same name), hence withStatus(), hanging(), resetting(), ...
struct ReceiverBehaviour
{
    int status = 200;
    QByteArray body = R"({"ok":true})";
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // answer after this delay
    bool hang = false; // read the request, never answer, keep the connection open
    // No response: close the connection with a TCP RST. Qt 6.4's QNAM resends a request
    // once, silently, when the connection drops before any response byte: script two
    // resets for one failed client attempt.
    bool reset = false;
    int slowBodyMs = 0; // send the headers, then the body in pieces spread over this time
    bool echo = false; // body: JSON echo of method, path, query, headers and body

    static ReceiverBehaviour withStatus(int code, const QByteArray &body = R"({"ok":true})");
    // 429 with "Retry-After: <seconds>".
    static ReceiverBehaviour retryAfter(int seconds, int code = 429);
    // 429 with Retry-After as an HTTP-date (RFC 9110 IMF-fixdate).
    static ReceiverBehaviour retryAfterDate(const QDateTime &when, int code = 429);
    static ReceiverBehaviour delayed(int ms, int code = 200);
    static ReceiverBehaviour hanging();
    static ReceiverBehaviour resetting();
    static ReceiverBehaviour redirect(const QUrl &location, int code = 307);
    static ReceiverBehaviour slowBody(int ms, const QByteArray &body = R"({"ok":true})");
    static ReceiverBehaviour echoing();
};

// One request as the receiver saw it.
struct ReceivedRequest
{
    QByteArray method; // upper case: "POST"
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // as received, in order
    QByteArray body;
    QDateTime receivedAt; // UTC
    // Requests open (received, not yet answered) when this one arrived, itself included.
    int concurrent = 0;

    // The first header of that name, compared case-insensitively; empty if absent.
    QByteArray header(QByteArrayView name) const;
};

// A real HTTP/1.1 server that behaves like a misbehaving webhook receiver: it answers
// with programmed status codes, headers and bodies, late, slowly, never, or by resetting
// the connection, and records every request it gets. Used by the engine's integration
// tests and shipped as `switchboardd receiver`.
//
// Behaviour for a request, first match wins: the path's script (consumed one entry per
// request), the path's behaviour, the default behaviour. Then the request's query string
// may override it: status, delay_ms, retry_after, slow_body_ms, hang, reset, echo.
//
// Thread affinity: lives in the thread that created it (or was moved to); the sockets are
// served there. listen() may be called from any thread (it blocks until the receiver's
// thread has bound the port), and so may the programming and query methods, which are
// guarded by a mutex. requestReceived is emitted in the receiver's thread.
class TestReceiver : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit TestReceiver(QObject *parent = nullptr);
    ~TestReceiver() override;

    // Binds to address:port (0: any free port) and returns the port, or 0 on failure.
    // Hides QAbstractHttpServer::listen to default to loopback and to remember the port.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port.loadAcquire(); }
    // http://127.0.0.1:<port><path>; path may carry a query string ("/x?status=500").
    QUrl url(const QString &path = QStringLiteral("/")) const;

    void setDefaultBehaviour(const ReceiverBehaviour &behaviour);
    void setBehaviour(const QString &path, const ReceiverBehaviour &behaviour);
    // The next behaviours.size() requests to path get these, in order (appended to any
    // script not yet used up).
    void script(const QString &path, const QList<ReceiverBehaviour> &behaviours);
    // Forgets per-path behaviours and scripts and restores the stock default (200).
    void clearBehaviours();

    // Recorded requests, oldest first; an empty path means every path.
    QList<ReceivedRequest> requests(const QString &path = {}) const;
    int count(const QString &path = {}) const;
    // Requests received and not yet answered (hanging ones until their client leaves).
    int openCount() const;
    // The highest number of requests open at once since construction or clear().
    int maxConcurrent() const;
    // Forgets recorded requests and restarts maxConcurrent from the requests open now.
    void clear();

Q_SIGNALS:
    void requestReceived(const Switchboard::ReceivedRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending;

    ReceiverBehaviour takeBehaviour(const QString &path);
    void respond(quint64 id);
    void sendNextPiece(quint64 id);
    void complete(quint64 id);
    void closeRequest();

    mutable QMutex m_mutex; // guards everything below up to m_maxConcurrent
    ReceiverBehaviour m_default;
    QHash<QString, ReceiverBehaviour> m_behaviours;
    QHash<QString, QList<ReceiverBehaviour>> m_scripts;
    QList<ReceivedRequest> m_requests;
    int m_open = 0;
    int m_maxConcurrent = 0;

    QAtomicInteger<quint16> m_port = 0;
    QString m_host;
    // Only touched in the receiver's thread.
    QHash<quint64, std::shared_ptr<Pending>> m_pending;
    quint64 m_nextId = 1;
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::ReceiverBehaviour)
Q_DECLARE_METATYPE(Switchboard::ReceivedRequest)
