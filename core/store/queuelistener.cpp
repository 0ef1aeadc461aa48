// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuelistener.h"

#include "util/logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxBackoffMs = 5000;
constexpr int kProbeMs = 2000;
} // namespace

QueueListener::QueueListener(const StoreLocation &location, const QString &connectionName,
                             std::function<void()> onWork, std::function<void()> onConfig, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_connectionName(connectionName)
    , m_onWork(std::move(onWork))
    , m_onConfig(std::move(onConfig))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this]() { connectNow(); });
    m_probe.setInterval(kProbeMs);
    connect(&m_probe, &QTimer::timeout, this, [this]() { probe(); });
}

QueueListener::~QueueListener()
{
    m_retry.stop();
    m_probe.stop();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void QueueListener::start()
{
    if (m_location.kind != StoreLocation::Kind::Postgres)
        return;
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    m_db.setHostName(m_location.host);
    m_db.setPort(m_location.port);
    m_db.setUserName(m_location.user);
    m_db.setPassword(m_location.password);
    m_db.setDatabaseName(m_location.database);
    m_db.setConnectOptions(u"connect_timeout=5"_s);
    connect(m_db.driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
                if (name == SqlStore::queueChannel())
                    m_onWork();
                else if (name == SqlStore::configChannel())
                    m_onConfig();
            });
    connectNow();
    m_probe.start();
}

void QueueListener::connectNow()
{
    if (m_db.isOpen())
        m_db.close();
    m_listening = m_db.open() && m_db.driver()->subscribeToNotification(SqlStore::queueChannel())
        && m_db.driver()->subscribeToNotification(SqlStore::configChannel());
    if (!m_listening) {
        qCWarning(lcStore) << "cannot listen for new work on" << m_location.displayName() << ":"
                           << m_db.lastError().text() << "- polling meanwhile; trying again in" << m_backoffMs
                           << "ms";
        scheduleRetry();
        return;
    }
    m_backoffMs = 250;
    qCInfo(lcStore) << "listening for new work on" << m_location.displayName();
    // Whatever was announced while we were not listening.
    m_onConfig();
    m_onWork();
}

void QueueListener::probe()
{
    if (!m_listening || m_retry.isActive())
        return;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT 1"_s))
        return;
    qCWarning(lcStore) << "the notification connection to" << m_location.displayName()
                       << "is lost:" << q.lastError().text();
    m_listening = false;
    q = QSqlQuery();
    connectNow();
}

void QueueListener::scheduleRetry()
{
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(kMaxBackoffMs, m_backoffMs * 2);
}

} // namespace Switchboard
