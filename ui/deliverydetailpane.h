// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/storereader.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace Switchboard {

// One delivery in detail: a summary (state, next attempt, reason), the attempt
// timeline, the chosen attempt's request and response (as stored: signatures
// masked, bodies redacted; rate-limit headers listed first), the payload and
// the call's timeline. Shows what the StoreReader read. GUI thread only.
class DeliveryDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryDetailPane)
public:
    explicit DeliveryDetailPane(QWidget *parent = nullptr);

    void showDetail(const DeliveryDetail &detail);
    void clear();
    QString shownId() const { return m_detail.delivery.id; }
    const DeliveryDetail &detail() const { return m_detail; }

    QTreeWidget *attempts() const { return m_attempts; }
    QPlainTextEdit *requestView() const { return m_request; }
    QPlainTextEdit *responseView() const { return m_response; }
    QTreeWidget *callTimeline() const { return m_call; }
    QLabel *summary() const { return m_summary; }

    static bool isRateLimitHeader(const QByteArray &name);

private:
    void showAttempt(int index);

    DeliveryDetail m_detail;
    QLabel *m_summary;
    QTreeWidget *m_attempts;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    QPlainTextEdit *m_payload;
    QTreeWidget *m_call;
};

} // namespace Switchboard
