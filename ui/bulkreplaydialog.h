// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlstore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Switchboard {

class StoreReader;
struct BulkReplaySummary;

// Replays everything that matches a filter: counts it first and shows the
// count, starts only when the operator says so, shows progress, can be
// cancelled between chunks, and ends with how many were replayed and failed.
// Window-modal but never blocks the event loop (open(), not exec()). GUI
// thread only.
class BulkReplayDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkReplayDialog)
public:
    enum class Stage { Counting, Confirm, Running, Done };

    BulkReplayDialog(StoreReader *reader, const DeliveryFilter &filter, const QString &description,
                     QWidget *parent = nullptr);

    Stage stage() const { return m_stage; }
    qint64 expected() const { return m_expected; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *label() const { return m_label; }
    void start(); // the Replay button
    void cancel(); // the Cancel button while running

Q_SIGNALS:
    void finishedReplay(qint64 replayed, qint64 failed, bool cancelled);

private:
    void onSummary(const BulkReplaySummary &summary);

    StoreReader *m_reader;
    DeliveryFilter m_filter;
    QString m_description;
    Stage m_stage = Stage::Counting;
    qint64 m_expected = 0;
    quint64 m_countTicket = 0;
    QLabel *m_label;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
};

} // namespace Switchboard
