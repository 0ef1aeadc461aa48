// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveriespage.h"

#include "ui/deliverymodel.h"
#include "ui/storereader.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

DeliveriesPage::DeliveriesPage(StoreReader *reader, std::optional<DeliveryStatus> fixedStatus, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_fixedStatus(fixedStatus)
    , m_model(new DeliveryModel(this))
    , m_table(new QTableView(this))
    , m_endpoint(new QLineEdit(this))
    , m_eventType(new QLineEdit(this))
    , m_callId(new QLineEdit(this))
    , m_detail(new QPlainTextEdit(this))
    , m_replay(new QPushButton(tr("&Replay"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_count(new QLabel(this))
{
    auto *filters = new QHBoxLayout;
    if (!fixedStatus) {
        m_status = new QComboBox(this);
        m_status->addItem(tr("Any status"), QString());
        for (auto s : {DeliveryStatus::Pending, DeliveryStatus::InFlight, DeliveryStatus::Delivered, DeliveryStatus::Dead,
                       DeliveryStatus::Discarded})
            m_status->addItem(DeliveryModel::statusText(s), toString(s));
        m_status->setAccessibleName(tr("Status filter"));
        filters->addWidget(m_status);
        connect(m_status, &QComboBox::currentIndexChanged, this, &DeliveriesPage::filterChanged);
    }
    m_endpoint->setPlaceholderText(tr("Endpoint"));
    m_eventType->setPlaceholderText(tr("Event type (call.* for a prefix)"));
    m_callId->setPlaceholderText(tr("Call id"));
    for (QLineEdit *edit : {m_endpoint, m_eventType, m_callId}) {
        edit->setClearButtonEnabled(true);
        edit->setAccessibleName(edit->placeholderText());
        filters->addWidget(edit);
        connect(edit, &QLineEdit::editingFinished, this, &DeliveriesPage::filterChanged);
    }
    filters->addWidget(m_count);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(DeliveryModel::Id, true);
    m_table->setAccessibleName(fixedStatus ? tr("Dead letters") : tr("Deliveries"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeliveriesPage::selectionChanged);

    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a delivery to see every attempt's request and response."));
    m_detail->setAccessibleName(tr("Delivery detail"));

    m_replay->setToolTip(tr("Send this delivery again with the current secret (Ctrl+R)"));
    m_discard->setToolTip(tr("Stop trying this delivery"));
    m_replay->setEnabled(false);
    m_discard->setEnabled(false);
    auto *replayShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(replayShortcut, &QShortcut::activated, m_replay, &QPushButton::click);
    connect(m_replay, &QPushButton::clicked, this, [this]() {
        const QString id = selectedId();
        if (!id.isEmpty())
            m_reader->replay(id);
    });
    connect(m_discard, &QPushButton::clicked, this, [this]() {
        const QString id = selectedId();
        if (id.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Discard delivery"),
                                  tr("Discard delivery %1? It will not be attempted again unless replayed.").arg(id))
            == QMessageBox::Yes)
            m_reader->discard(id);
    });

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_replay);
    actions->addWidget(m_discard);
    actions->addStretch();
    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_detail);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(fixedStatus ? u"deadLettersSplitter"_s : u"deliveriesSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter);
}

DeliveryFilter DeliveriesPage::filter() const
{
    DeliveryFilter f;
    if (m_fixedStatus)
        f.status = m_fixedStatus;
    else if (m_status && !m_status->currentData().toString().isEmpty())
        f.status = deliveryStatusFromString(m_status->currentData().toString());
    f.endpoint = m_endpoint->text().trimmed();
    f.eventType = m_eventType->text().trimmed();
    f.callId = m_callId->text().trimmed();
    return f;
}

void DeliveriesPage::showSnapshot(const ConsoleSnapshot &snapshot)
{
    const QString keep = selectedId();
    m_model->setDeliveries(snapshot.deliveries);
    m_count->setText(tr("%n shown", nullptr, int(snapshot.deliveries.size())));
    if (!keep.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->deliveryAt(row)->id == keep) {
                if (!m_table->selectionModel()->isRowSelected(row, {}))
                    m_table->selectRow(row);
                break;
            }
        }
    }
    if (!m_shownId.isEmpty())
        m_reader->loadDelivery(m_shownId);
}

QString DeliveriesPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const Delivery *d = m_model->deliveryAt(rows.first().row());
    return d ? d->id : QString();
}

void DeliveriesPage::selectionChanged()
{
    const QString id = selectedId();
    const Delivery *d = nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        d = m_model->deliveryAt(rows.first().row());
    m_replay->setEnabled(d && (d->status == DeliveryStatus::Dead || d->status == DeliveryStatus::Discarded
                               || d->status == DeliveryStatus::Delivered));
    m_discard->setEnabled(d && d->status != DeliveryStatus::Delivered && d->status != DeliveryStatus::Discarded);
    if (id != m_shownId) {
        m_shownId = id;
        if (id.isEmpty())
            m_detail->clear();
        else
            m_reader->loadDelivery(id);
    }
}

void DeliveriesPage::showDelivery(const Delivery &d, const QByteArray &payload)
{
    if (d.id != m_shownId)
        return;
    QString text;
    text += tr("Delivery %1 to %2: %3").arg(d.id, d.endpoint, DeliveryModel::statusText(d.status)) + u'\n';
    text += tr("Message %1, event %2").arg(d.messageId, d.eventType) + u'\n';
    if (!d.callId.isEmpty())
        text += tr("Call %1").arg(d.callId) + u'\n';
    if (!d.deadReason.isEmpty())
        text += tr("Reason: %1").arg(d.deadReason) + u'\n';
    if (d.status == DeliveryStatus::Pending && d.nextAttemptAt.isValid())
        text += tr("Next attempt: %1").arg(QLocale().toString(d.nextAttemptAt.toLocalTime(), QLocale::LongFormat)) + u'\n';
    text += u'\n' + tr("Payload:") + u'\n';
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    text += doc.isNull() ? QString::fromUtf8(payload) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    for (const Attempt &a : d.attempts) {
        text += u"\n── "_s
            + tr("Attempt %1%2 at %3, %4 ms")
                  .arg(a.n)
                  .arg(a.replay ? tr(" (replay)") : QString())
                  .arg(QLocale().toString(a.startedAt.toLocalTime(), QLocale::LongFormat))
                  .arg(a.durationMs)
            + u" ──\n"_s;
        text += u"%1\n"_s.arg(a.url);
        for (const auto &h : a.requestHeaders)
            text += u"> %1: %2\n"_s.arg(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
        if (a.statusCode)
            text += u"< HTTP %1\n"_s.arg(a.statusCode);
        for (const auto &h : a.responseHeaders)
            text += u"< %1: %2\n"_s.arg(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
        if (a.error != AttemptError::None)
            text += tr("Error: %1 %2").arg(toString(a.error), a.errorDetail) + u'\n';
        if (!a.responseBody.isEmpty())
            text += QString::fromUtf8(a.responseBody) + (a.responseBodyTruncated ? tr(" […truncated]") : QString()) + u'\n';
    }
    if (m_detail->toPlainText() != text)
        m_detail->setPlainText(text);
}

} // namespace Switchboard
