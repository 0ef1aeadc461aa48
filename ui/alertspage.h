// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/storereader.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QSortFilterProxyModel;
class QTableView;

namespace Switchboard {

class AlertModel;

// The alerts: open and acknowledged ones, and resolved ones as history when
// asked; acknowledge (Ctrl+K) and open the endpoint concerned (Enter or
// double-click). GUI thread only.
class AlertsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPage)
public:
    explicit AlertsPage(StoreReader *reader, QWidget *parent = nullptr);

    void refresh();
    void acknowledgeSelected();
    AlertModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QCheckBox *showResolved() const { return m_showResolved; }

Q_SIGNALS:
    void endpointActivated(const QString &endpoint, bool deadOnly);
    void alertsSeen(const QList<Switchboard::Alert> &open);
    void loaded();

private:
    void updateActions();

    StoreReader *m_reader;
    AlertModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QCheckBox *m_showResolved;
    QAction *m_ack;
    QAction *m_open;
};

} // namespace Switchboard
