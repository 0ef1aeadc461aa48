// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Switchboard {

class DeliveryModel;
class StoreReader;
struct ConsoleSnapshot;
struct Delivery;

// A table of deliveries with a detail pane (every attempt's request and
// response) and the operator's actions: replay and discard. The dead-letter
// page is the same page fixed to status "dead". GUI thread only.
class DeliveriesPage : public QWidget
{
    Q_OBJECT
public:
    DeliveriesPage(StoreReader *reader, std::optional<DeliveryStatus> fixedStatus, QWidget *parent = nullptr);

    DeliveryFilter filter() const;
    void showSnapshot(const ConsoleSnapshot &snapshot);
    void showDelivery(const Delivery &delivery, const QByteArray &payload);
    DeliveryModel *model() const { return m_model; }

Q_SIGNALS:
    void filterChanged();

private:
    void selectionChanged();
    QString selectedId() const;

    StoreReader *m_reader;
    std::optional<DeliveryStatus> m_fixedStatus;
    DeliveryModel *m_model;
    QTableView *m_table;
    QComboBox *m_status = nullptr;
    QLineEdit *m_endpoint;
    QLineEdit *m_eventType;
    QLineEdit *m_callId;
    QPlainTextEdit *m_detail;
    QPushButton *m_replay;
    QPushButton *m_discard;
    QLabel *m_count;
    QString m_shownId;
};

} // namespace Switchboard
