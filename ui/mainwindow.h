// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/consoleservices.h"

#include <QKeySequence>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace Switchboard {

class AlertNotifier;
class AlertsPage;
class DashboardPage;
class DeliveriesPage;
class LogsPage;
class FleetPage;
class StoreReader;
struct QueueDepths;

// The console's main window: navigation between the dashboard, deliveries,
// dead letters, alerts, how to connect an agent, the administration pages and
// the fleet of workers; a status bar with the
// engine's state, the API address and the queue and dead-letter depths; menus
// with the standard shortcuts; window and splitter state kept in QSettings.
// Every read goes through one StoreReader thread; a timer refreshes the visible
// page every few seconds. GUI thread only.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(const ConsoleServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Page { Dashboard, Deliveries, DeadLetters, Alerts, Connect, PageCount };
    void showPage(Page page);
    Page currentPage() const;
    void refresh();
    void openEndpoint(const QString &endpoint, bool deadOnly);
    void openDelivery(const QString &id);
    void raiseWindow(); // a second start of the console asked for this window

    StoreReader *reader() const { return m_reader; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    DeliveriesPage *deliveriesPage() const { return m_deliveries; }
    DeliveriesPage *deadLettersPage() const { return m_deadLetters; }
    AlertsPage *alertsPage() const { return m_alerts; }
    LogsPage *logsPage() const { return m_logs; }
    FleetPage *fleetPage() const { return m_fleet; }
    // Ctrl+1 … Ctrl+9 open the first nine pages of the navigation, Alt+1 … the ones after.
    static QKeySequence pageShortcut(int row);
    AlertNotifier *notifier() const { return m_notifier; }
    QLabel *queueLabel() const { return m_queue; }
    QLabel *deadLabel() const { return m_dead; }
    QLabel *notice() const { return m_notice; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createConnectPage();
    void createMenus();
    void showDepths(const QueueDepths &depths, const QString &error);
    void showNotice(const QString &text);
    void showAbout();

    ConsoleServices m_services;
    StoreReader *m_reader;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    DashboardPage *m_dashboard;
    DeliveriesPage *m_deliveries;
    DeliveriesPage *m_deadLetters;
    AlertsPage *m_alerts;
    LogsPage *m_logs;
    FleetPage *m_fleet;
    AlertNotifier *m_notifier;
    QLabel *m_notice;
    QLabel *m_engineState;
    QLabel *m_address;
    QLabel *m_queue;
    QLabel *m_dead;
    QTimer *m_timer;
};

} // namespace Switchboard
