// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlstore.h"
#include "ui/storereader.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QToolButton;

namespace Switchboard {

class BulkReplayDialog;
class DeliveryDetailPane;
class DeliveryFilterBar;
class DeliveryModel;

// A browser over deliveries: filters, a paged table, a detail pane and the
// operator's actions (replay, discard, copy as cURL, export as HAR or CSV).
// As the dead-letter page it is fixed to status "dead", shows each row's reason
// and a one-click Replay button, and adds bulk replay of everything matching the
// filter. Reads and writes go through the StoreReader. GUI thread only.
class DeliveriesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveriesPage)
public:
    enum class Kind { All, DeadLetters };
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    using AskPath
        = std::function<QString(const QString &title, const QString &suggested, const QString &filter)>;

    DeliveriesPage(StoreReader *reader, Kind kind, QWidget *parent = nullptr);
    ~DeliveriesPage() override;

    Kind kind() const { return m_kind; }
    DeliveryFilter filter() const;
    DeliveryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DeliveryFilterBar *filterBar() const { return m_filters; }
    DeliveryDetailPane *detailPane() const { return m_detail; }
    BulkReplayDialog *bulkReplayDialog() const;
    QStringList selectedIds() const;

    // Tests (and a future scripting surface) answer questions without a dialog.
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setAskPath(AskPath ask) { m_askPath = std::move(ask); }

    void refresh(); // the newest rows and the shown detail
    void applyFilter();
    void focusSearch();
    void selectId(const QString &id);

    void replaySelected();
    void discardSelected();
    void copyAsCurl(bool reveal);
    void exportRows(StoreReader::ExportFormat format, bool selectedOnly);
    void bulkReplay();

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void message(const QString &text, bool ok);
    void curlCopied(const QString &command);
    void exported(const QString &path, int entries, const QString &error);

private:
    void selectionChanged();
    void updateActions();
    void updateCount();
    QString describeFilter() const;

    StoreReader *m_reader;
    Kind m_kind;
    DeliveryFilterBar *m_filters;
    DeliveryModel *m_model;
    QTableView *m_table;
    DeliveryDetailPane *m_detail;
    QLabel *m_count;
    QAction *m_replay;
    QAction *m_discard;
    QAction *m_curl;
    QAction *m_curlReveal;
    QAction *m_bulkReplay = nullptr;
    QToolButton *m_export;
    QPointer<BulkReplayDialog> m_bulk;
    QString m_pendingSelect;
    quint64 m_countTicket = 0;
    qint64 m_total = -1;
    Confirm m_confirm;
    AskPath m_askPath;
    QSplitter *m_splitter;
};

} // namespace Switchboard
