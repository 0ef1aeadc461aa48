// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 1000;
const QByteArray kRaise = QByteArrayLiteral("raise\n");
} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(dataDir))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &dataDir)
{
    const QByteArray path = QDir(dataDir).absolutePath().toUtf8();
    return u"switchboard-console-"_s
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::claim()
{
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(kTimeoutMs)) {
            probe.write(kRaise);
            probe.waitForBytesWritten(kTimeoutMs);
            probe.disconnectFromServer();
            return false;
        }
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Nobody answered: a socket file left by a console that crashed.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return true; // run anyway; only the raising is lost
    }
    connect(m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket]() {
                if (socket->readAll().contains("raise"))
                    Q_EMIT raiseRequested();
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}

} // namespace Switchboard
