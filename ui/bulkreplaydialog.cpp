// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkreplaydialog.h"

#include "ui/storereader.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

BulkReplayDialog::BulkReplayDialog(StoreReader *reader, const DeliveryFilter &filter,
                                   const QString &description, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_filter(filter)
    , m_description(description)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_start(new QPushButton(tr("&Replay"), this))
{
    setWindowTitle(tr("Replay dead letters"));
    setObjectName(u"bulkReplayDialog"_s);
    setWindowModality(Qt::WindowModal);
    m_label->setWordWrap(true);
    m_label->setText(tr("Counting the deliveries that match %1…").arg(description));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Replay progress"));
    m_start->setEnabled(false);
    m_buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_start, &QPushButton::clicked, this, &BulkReplayDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this]() {
        if (m_stage == Stage::Running)
            cancel();
        else
            reject();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());

    connect(
        m_reader, &StoreReader::countReady, this, [this](quint64 ticket, qint64 count, const QString &error) {
            if (ticket != m_countTicket)
                return;
            m_expected = count;
            m_stage = Stage::Confirm;
            m_progress->setRange(0, 1);
            m_progress->setValue(0);
            if (!error.isEmpty()) {
                m_label->setText(error);
                return;
            }
            m_label->setText(
                count ? tr("Replay %n delivery(s) matching %1? Each is sent again with the current secret, "
                           "keeping its id and idempotency key.",
                           nullptr, int(qMin<qint64>(count, INT_MAX)))
                            .arg(m_description)
                      : tr("Nothing matches %1.").arg(m_description));
            m_start->setEnabled(count > 0);
            if (count > 0)
                m_start->setFocus();
        });
    connect(m_reader, &StoreReader::bulkProgress, this, [this](qint64 done, qint64 total) {
        if (m_stage != Stage::Running)
            return;
        // QProgressBar counts in int: scale a huge run to per-mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total ? int(1000 * done / total) : 1000);
        m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(m_reader, &StoreReader::bulkFinished, this, &BulkReplayDialog::onSummary);
    m_countTicket = m_reader->count(m_filter);
}

void BulkReplayDialog::start()
{
    if (m_stage != Stage::Confirm || m_expected <= 0)
        return;
    m_stage = Stage::Running;
    m_start->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%1 of %2").arg(0).arg(m_expected));
    m_progress->setTextVisible(true);
    m_label->setText(tr("Replaying %n delivery(s)…", nullptr, int(qMin<qint64>(m_expected, INT_MAX))));
    m_reader->bulkReplay(m_filter, m_expected);
}

void BulkReplayDialog::cancel()
{
    if (m_stage != Stage::Running)
        return;
    m_label->setText(tr("Cancelling after the current chunk…"));
    m_reader->cancelBulkReplay();
}

void BulkReplayDialog::onSummary(const BulkReplaySummary &summary)
{
    if (m_stage != Stage::Running)
        return;
    m_stage = Stage::Done;
    QString text = summary.cancelled ? tr("Cancelled. ") : QString();
    text += tr("%1 replayed, %2 failed.").arg(summary.replayed).arg(summary.failed);
    if (summary.failed)
        text += u' ' + tr("A delivery fails to replay when it is already pending again or was removed.");
    if (!summary.error.isEmpty())
        text += u"\n"_s + summary.error;
    m_label->setText(text);
    if (!summary.cancelled)
        m_progress->setValue(1000);
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close);
    Q_EMIT finishedReplay(summary.replayed, summary.failed, summary.cancelled);
}

} // namespace Switchboard
