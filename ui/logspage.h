// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace Switchboard {

class LogBuffer;
class LogFilterModel;
class LogModel;

// The structured log records the console writes to stderr and switchboard.log
// (one per delivery attempt and inbound request, and every other message), as
// a table: newest at the bottom, followed while the view is at the bottom;
// filters by level, direction and text; pause and resume; clear the view; copy
// the selected records as JSON lines (Ctrl+C); a double-click on an outbound
// record opens its delivery. "Every attempt" turns the per-attempt info
// records on and off (failures are always logged). GUI thread only.
class LogsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogsPage)
public:
    explicit LogsPage(LogBuffer *buffer, QWidget *parent = nullptr);

    LogModel *model() const { return m_model; }
    LogFilterModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *directionBox() const { return m_direction; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *pauseButton() const { return m_pause; }
    QToolButton *clearButton() const { return m_clear; }
    QToolButton *copyButton() const { return m_copy; }
    QCheckBox *everyAttemptBox() const { return m_everyAttempt; }
    bool isFollowing() const { return m_follow; }

    QString selectedLines() const; // the selected records, one JSON line each, oldest first
    void copySelection();
    void focusSearch();

Q_SIGNALS:
    void deliveryActivated(const QString &deliveryId);

private:
    void updateStatus();

    LogModel *m_model;
    LogFilterModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_level;
    QComboBox *m_direction;
    QLineEdit *m_search;
    QCheckBox *m_everyAttempt;
    QPushButton *m_pause;
    QToolButton *m_clear;
    QToolButton *m_copy;
    QLabel *m_status;
    bool m_follow = true;
};

} // namespace Switchboard
