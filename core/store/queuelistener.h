// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlstore.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>

namespace Switchboard {

// Wakes a worker when another one (or an API process) makes work due, and
// tells it when endpoints or secrets changed elsewhere: LISTEN on
// SqlStore::queueChannel() and SqlStore::configChannel() through QSqlDriver::subscribeToNotification, on a
// connection of its own so notifications arrive while the worker's store
// connection is busy. A lost connection is noticed by a periodic probe and
// reopened with backoff; the worker is woken after each reconnect, since
// notifications sent meanwhile are lost. The worker's own timers stay the
// fallback. Does nothing for SQLite (one process; it wakes itself).
//
// Lives in the thread that created it (the engine thread), whose event loop
// delivers the notifications.
class QueueListener final : public QObject
{
public:
    // onWork: new or returned work is due; onConfig: endpoints or secrets changed.
    QueueListener(const StoreLocation &location, const QString &connectionName, std::function<void()> onWork,
                  std::function<void()> onConfig, QObject *parent = nullptr);
    ~QueueListener() override;
    Q_DISABLE_COPY_MOVE(QueueListener)

    // Connects and subscribes; on failure keeps trying in the background.
    void start();
    bool isListening() const { return m_listening; }

private:
    void connectNow();
    void probe();
    void scheduleRetry();

    StoreLocation m_location;
    QString m_connectionName;
    std::function<void()> m_onWork;
    std::function<void()> m_onConfig;
    QSqlDatabase m_db;
    QTimer m_retry;
    QTimer m_probe;
    int m_backoffMs = 250;
    bool m_listening = false;
};

} // namespace Switchboard
