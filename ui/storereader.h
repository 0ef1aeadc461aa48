// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"
#include "model/endpoint.h"
#include "store/sqlstore.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Switchboard {

// What the console shows at one moment, read in one go.
struct ConsoleSnapshot
{
    QueueDepths depths;
    QList<Endpoint> endpoints;
    QList<Delivery> deliveries;
    QString error; // empty when the store answered
};

// Reads the store for the console on its own thread, so the GUI thread never
// waits on disk or a database server. Requests are posted to that thread;
// answers come back as queued signals carrying value types.
class StoreReader : public QObject
{
    Q_OBJECT
public:
    explicit StoreReader(const StoreLocation &location, QObject *parent = nullptr);
    ~StoreReader() override;

    // All thread-safe: they post to the reader's thread.
    void refresh(const DeliveryFilter &filter, int limit);
    void loadDelivery(const QString &id);
    void replay(const QString &id);
    void discard(const QString &id);

Q_SIGNALS:
    void snapshotReady(const Switchboard::ConsoleSnapshot &snapshot);
    void deliveryReady(const Switchboard::Delivery &delivery, const QByteArray &payload);
    void actionDone(const QString &message, bool ok);

private:
    SqlStore *store();

    StoreLocation m_location;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    std::unique_ptr<SqlStore> m_store; // used in m_thread only
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::ConsoleSnapshot)
Q_DECLARE_METATYPE(Switchboard::Delivery)
