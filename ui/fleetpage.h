// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Switchboard {

class ApiClient;
class WorkerModel;

// The fleet: every engine that shares this database (GET /v1/workers), with its
// host, version, start, deliveries in flight, last claim and heartbeat age,
// stale ones marked. Reads through the API asynchronously, every few seconds
// while the page is shown, so the GUI thread never waits on the database.
// GUI thread only.
class FleetPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetPage)
public:
    explicit FleetPage(ApiClient *api, QWidget *parent = nullptr);

    void refresh();
    static int refreshMs() { return 3000; }

    WorkerModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    QTimer *timer() const { return m_timer; }

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    ApiClient *m_api;
    WorkerModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QTimer *m_timer;
    bool m_loading = false;
    int m_sizedRows = -1;
};

} // namespace Switchboard
