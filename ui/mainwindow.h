// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace Switchboard {

class DeliveriesPage;
class Runtime;
class StoreReader;
struct ConsoleSnapshot;

// The console's main window: navigation, the deliveries and dead-letter
// browsers, the endpoints list, how to connect an agent, and a status bar with
// the engine's state. Refreshes from a StoreReader every few seconds; never
// touches the database on the GUI thread. GUI thread only.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Runtime *runtime, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Page { Deliveries, DeadLetters, Endpoints, Connect };
    void showPage(Page page);
    DeliveriesPage *deliveriesPage() const { return m_deliveries; }
    DeliveriesPage *deadLettersPage() const { return m_deadLetters; }
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createConnectPage();
    void showSnapshot(const ConsoleSnapshot &snapshot);

    Runtime *m_runtime;
    StoreReader *m_reader;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    DeliveriesPage *m_deliveries;
    DeliveriesPage *m_deadLetters;
    QTableWidget *m_endpoints;
    QLabel *m_engineState;
    QLabel *m_queue;
    QLabel *m_dead;
    QTimer *m_timer;
};

} // namespace Switchboard
