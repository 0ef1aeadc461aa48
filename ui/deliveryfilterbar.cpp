// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryfilterbar.h"

#include "ui/deliverymodel.h"
#include "ui/glyphicon.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLineEdit>

namespace Switchboard {

using namespace Qt::StringLiterals;

DeliveryFilterBar::DeliveryFilterBar(std::optional<DeliveryStatus> fixedStatus, QWidget *parent)
    : QWidget(parent)
    , m_fixedStatus(fixedStatus)
    , m_endpoint(new QLineEdit(this))
    , m_eventType(new QLineEdit(this))
    , m_callId(new QLineEdit(this))
    , m_statusCode(new QLineEdit(this))
    , m_error(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_since(new QDateTimeEdit(this))
    , m_until(new QDateTimeEdit(this))
    , m_payload(new QLineEdit(this))
{
    auto *row1 = new QHBoxLayout;
    auto *row2 = new QHBoxLayout;
    if (!fixedStatus) {
        m_status = new QComboBox(this);
        m_status->addItem(tr("Any status"), QString());
        for (auto s : {DeliveryStatus::Pending, DeliveryStatus::InFlight, DeliveryStatus::Delivered,
                       DeliveryStatus::Dead, DeliveryStatus::Discarded})
            m_status->addItem(DeliveryModel::statusText(s), toString(s));
        m_status->setAccessibleName(tr("Status filter"));
        row1->addWidget(m_status);
        connect(m_status, &QComboBox::currentIndexChanged, this, &DeliveryFilterBar::changed);
    }
    m_endpoint->setPlaceholderText(tr("Endpoint"));
    m_eventType->setPlaceholderText(tr("Event type (call.* for a prefix)"));
    m_callId->setPlaceholderText(tr("Call id"));
    m_statusCode->setPlaceholderText(tr("HTTP status"));
    m_statusCode->setValidator(new QIntValidator(100, 599, m_statusCode));
    m_statusCode->setMaximumWidth(110);
    m_payload->setPlaceholderText(tr("Text in the payload (Ctrl+F)"));
    m_payload->addAction(GlyphIcon::icon(GlyphIcon::Search), QLineEdit::LeadingPosition);
    for (QLineEdit *edit : {m_endpoint, m_eventType, m_callId, m_statusCode, m_payload}) {
        edit->setClearButtonEnabled(true);
        edit->setAccessibleName(edit->placeholderText());
        connect(edit, &QLineEdit::editingFinished, this, [this, edit]() {
            // editingFinished also fires on focus loss without a change.
            if (edit->property("applied").toString() != edit->text()) {
                edit->setProperty("applied", edit->text());
                Q_EMIT changed();
            }
        });
        // The clear button empties without editingFinished.
        connect(edit, &QLineEdit::textChanged, this, [this, edit](const QString &text) {
            if (text.isEmpty() && !edit->property("applied").toString().isEmpty()) {
                edit->setProperty("applied", QString());
                Q_EMIT changed();
            }
        });
    }
    m_error->addItem(tr("Any error"), QString());
    for (auto e : {AttemptError::Timeout, AttemptError::Connect, AttemptError::Dns, AttemptError::Tls,
                   AttemptError::Reset, AttemptError::Http4xx, AttemptError::Http429, AttemptError::Http5xx,
                   AttemptError::Redirect})
        m_error->addItem(toString(e), toString(e));
    m_error->setAccessibleName(tr("Error class filter"));
    connect(m_error, &QComboBox::currentIndexChanged, this, &DeliveryFilterBar::changed);

    m_range->addItem(tr("Any time"), 0);
    m_range->addItem(tr("Last 15 minutes"), 15 * 60);
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last 24 hours"), 86400);
    m_range->addItem(tr("Last 7 days"), 7 * 86400);
    m_range->addItem(tr("Between…"), -1);
    m_range->setAccessibleName(tr("Time range"));
    const QDateTime now = QDateTime::currentDateTime();
    m_since->setDateTime(now.addDays(-1));
    m_until->setDateTime(now.addSecs(3600));
    for (QDateTimeEdit *edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setVisible(false);
        connect(edit, &QDateTimeEdit::editingFinished, this, &DeliveryFilterBar::changed);
    }
    m_since->setAccessibleName(tr("From"));
    m_until->setAccessibleName(tr("Until"));
    connect(m_range, &QComboBox::currentIndexChanged, this, [this]() {
        const bool custom = m_range->currentData().toInt() < 0;
        m_since->setVisible(custom);
        m_until->setVisible(custom);
        Q_EMIT changed();
    });

    row1->addWidget(m_endpoint, 1);
    row1->addWidget(m_eventType, 1);
    row1->addWidget(m_callId, 1);
    row1->addWidget(m_statusCode);
    row1->addWidget(m_error);
    row2->addWidget(m_payload, 2);
    row2->addWidget(m_range);
    row2->addWidget(m_since);
    row2->addWidget(m_until);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row1);
    layout->addLayout(row2);
}

DeliveryFilter DeliveryFilterBar::filter() const
{
    DeliveryFilter f;
    if (m_fixedStatus)
        f.status = m_fixedStatus;
    else if (m_status && !m_status->currentData().toString().isEmpty())
        f.status = deliveryStatusFromString(m_status->currentData().toString());
    f.endpoint = m_endpoint->text().trimmed();
    f.eventType = m_eventType->text().trimmed();
    f.callId = m_callId->text().trimmed();
    f.statusCode = m_statusCode->text().toInt();
    if (!m_error->currentData().toString().isEmpty())
        f.error = attemptErrorFromString(m_error->currentData().toString());
    const int range = m_range->currentData().toInt();
    if (range > 0) {
        f.since = QDateTime::currentDateTimeUtc().addSecs(-range);
    } else if (range < 0) {
        f.since = m_since->dateTime().toUTC();
        f.until = m_until->dateTime().toUTC();
    }
    f.payloadText = m_payload->text();
    return f;
}

void DeliveryFilterBar::focusSearch()
{
    m_payload->setFocus(Qt::ShortcutFocusReason);
    m_payload->selectAll();
}

void DeliveryFilterBar::clear()
{
    const QSignalBlocker blocker(this);
    if (m_status)
        m_status->setCurrentIndex(0);
    for (QLineEdit *edit : {m_endpoint, m_eventType, m_callId, m_statusCode, m_payload}) {
        edit->clear();
        edit->setProperty("applied", QString());
    }
    m_error->setCurrentIndex(0);
    m_range->setCurrentIndex(0);
}

} // namespace Switchboard
