// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/alertrule.h"
#include "metrics/statsquery.h"
#include "model/delivery.h"
#include "model/endpoint.h"
#include "store/sqlstore.h"
#include "ui/consoleservices.h"
#include "ui/deliveryrow.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Switchboard {

// One delivery with everything the detail pane shows.
struct DeliveryDetail
{
    Delivery delivery; // with attempts and their headers and bodies
    QByteArray payload; // redacted for display
    Endpoint endpoint; // for the method; empty name when deleted
    QJsonArray callTimeline; // CallsModule::timeline for its call id
    QString error;
};

// An endpoint's health over the dashboard's window.
struct EndpointHealth
{
    // CircuitOpen and HalfOpen: the circuit breaker of an engine in this
    // process, or of any live worker sharing the store (its heartbeat's
    // circuits, FleetCircuits), holds its deliveries back (see CircuitBreaker).
    enum class State { Active, Paused, Disabled, CircuitOpen, HalfOpen };
    QString name;
    State state = State::Active;
    QDateTime circuitRetryAt; // CircuitOpen: when the probe goes out
    int consecutiveFailures = 0;
    qint64 attempts = 0;
    double successRate = -1; // percent; -1 without attempts
    double p95Ms = -1;
    qint64 dead = 0;
};

// What the dashboard shows at one moment, read in one go.
struct DashboardSnapshot
{
    StatsFilter filter;
    StatsResult current;
    StatsBucket previous; // the window before
    QList<EndpointHealth> health;
    QList<Alert> openAlerts;
    QueueDepths depths;
    QStringList endpoints; // names, for the filter
    QString error;
};

// The outcome of a bulk replay.
struct BulkReplaySummary
{
    qint64 replayed = 0;
    qint64 failed = 0;
    bool cancelled = false;
    QString error; // why it stopped early, if it did
};

// Reads (and, for the operator's actions, writes) the store for the console on
// its own thread, so the GUI thread never waits on disk or a database server.
// Every public method is thread-safe: it posts to the reader's thread and
// answers with a queued signal carrying value types. Requests that several
// views share carry a ticket; each view keeps only answers to its own tickets.
class StoreReader : public QObject
{
    Q_OBJECT
public:
    explicit StoreReader(const ConsoleServices &services, QObject *parent = nullptr);
    ~StoreReader() override;

    const ConsoleServices &services() const { return m_services; }

    quint64 fetchPage(const DeliveryFilter &filter, const QString &cursor, int limit);
    quint64 count(const DeliveryFilter &filter);
    void loadDepths();
    void loadDetail(const QString &id);
    void replay(const QString &id);
    void discard(const QString &id);
    void discardMany(const QStringList &ids);

    // Replays every delivery matching filter in chunks (each one transaction),
    // reporting progress, until done or cancelBulkReplay().
    void bulkReplay(const DeliveryFilter &filter, qint64 expected);
    void cancelBulkReplay() { m_cancelBulk = true; }

    // The cURL command of a delivery's last attempt. With reveal, the live
    // signature is recomputed and the endpoint's credentials are put in.
    void curlCommand(const QString &id, bool reveal);

    enum class ExportFormat { Har, Csv };
    // Writes the given deliveries (or, with ids empty, all matching filter) to path.
    void exportDeliveries(const QStringList &ids, const DeliveryFilter &filter, ExportFormat format,
                          const QString &path);

    void loadDashboard(const StatsFilter &filter);
    void loadAlerts(int limit = 500);
    void acknowledgeAlert(const QString &id);

Q_SIGNALS:
    void pageReady(quint64 ticket, const Switchboard::DeliveryRowPage &page);
    void countReady(quint64 ticket, qint64 count, const QString &error);
    void depthsReady(const Switchboard::QueueDepths &depths, const QString &error);
    void detailReady(const Switchboard::DeliveryDetail &detail);
    // An operator's action finished; ids are the deliveries it changed.
    void actionDone(const QString &message, bool ok, const QStringList &ids);
    void bulkProgress(qint64 done, qint64 total);
    void bulkFinished(const Switchboard::BulkReplaySummary &summary);
    void curlReady(const QString &id, const QString &command, const QString &error);
    void exportDone(const QString &path, int entries, const QString &error);
    void dashboardReady(const Switchboard::DashboardSnapshot &snapshot);
    void alertsReady(const QList<Switchboard::Alert> &alerts, const QString &error);

private:
    SqlStore *store();
    QString intern(const QString &text);
    DeliveryRow toRow(const Delivery &d);
    void bulkStep(DeliveryFilter filter, QString cursor, qint64 total, BulkReplaySummary summary);
    void wakeEngine();
    template <typename F>
    void post(F &&f);

    ConsoleServices m_services;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    std::unique_ptr<SqlStore> m_store; // used in m_thread only
    QHash<QString, QString> m_interned; // m_thread only
    std::atomic<quint64> m_nextTicket{1};
    std::atomic<bool> m_cancelBulk{false};
};

} // namespace Switchboard

Q_DECLARE_METATYPE(Switchboard::DeliveryDetail)
Q_DECLARE_METATYPE(Switchboard::DashboardSnapshot)
Q_DECLARE_METATYPE(Switchboard::BulkReplaySummary)
Q_DECLARE_METATYPE(Switchboard::QueueDepths)
