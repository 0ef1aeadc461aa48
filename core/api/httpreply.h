// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"
#include "util/result.h"

#include <QHttpServerResponder>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace Switchboard {

// One answer to one HTTP request, which may be given later (after a group
// commit, or when a fast-path wait ends). Qt 6.4 crashes when a deferred
// responder writes to a socket whose client has gone, so every write first
// checks that the socket still exists and is connected. Answers at most once.
// Lives in the server's thread.
class HttpReply
{
public:
    HttpReply(QHttpServerResponder &&responder, QTcpSocket *socket);

    void json(int status, const QJsonObject &body, const HeaderList &extra = {});
    void noContent();
    void error(const Error &error);
    void error(int status, const QString &code, const QString &message, const QJsonArray &details = {});
    void text(int status, const QByteArray &contentType, const QByteArray &body);

    bool answered() const { return m_answered; }
    bool clientGone() const { return !m_socket || m_socket->state() != QAbstractSocket::ConnectedState; }

    static int httpStatus(Error::Code code);
    static QString codeName(Error::Code code);

private:
    bool begin();

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_answered = false;
};

} // namespace Switchboard
