// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlstore.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace Switchboard {

// The filters over deliveries: status (unless the page fixes it), endpoint,
// event type, call id, time range, status code, error class and text in the
// payload. Emits changed() once per edit the operator finishes. GUI thread only.
class DeliveryFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryFilterBar)
public:
    explicit DeliveryFilterBar(std::optional<DeliveryStatus> fixedStatus, QWidget *parent = nullptr);

    DeliveryFilter filter() const;
    void focusSearch();
    void clear();

    // For tests and the command line.
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *eventTypeEdit() const { return m_eventType; }
    QLineEdit *callIdEdit() const { return m_callId; }
    QLineEdit *statusCodeEdit() const { return m_statusCode; }
    QComboBox *errorBox() const { return m_error; }
    QComboBox *rangeBox() const { return m_range; }
    QLineEdit *payloadEdit() const { return m_payload; }

Q_SIGNALS:
    void changed();

private:
    std::optional<DeliveryStatus> m_fixedStatus;
    QComboBox *m_status = nullptr;
    QLineEdit *m_endpoint;
    QLineEdit *m_eventType;
    QLineEdit *m_callId;
    QLineEdit *m_statusCode;
    QComboBox *m_error;
    QComboBox *m_range;
    QDateTimeEdit *m_since;
    QDateTimeEdit *m_until;
    QLineEdit *m_payload;
};

} // namespace Switchboard
