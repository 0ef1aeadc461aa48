// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveriespage.h"

#include "ui/bulkreplaydialog.h"
#include "ui/deliverydetailpane.h"
#include "ui/deliveryfilterbar.h"
#include "ui/deliverymodel.h"
#include "ui/glyphicon.h"
#include "ui/replaybuttondelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

DeliveriesPage::DeliveriesPage(StoreReader *reader, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_kind(kind)
    , m_filters(new DeliveryFilterBar(
          kind == Kind::DeadLetters ? std::optional(DeliveryStatus::Dead) : std::nullopt, this))
    , m_model(new DeliveryModel(reader, this))
    , m_table(new QTableView(this))
    , m_detail(new DeliveryDetailPane(this))
    , m_count(new QLabel(this))
    , m_export(new QToolButton(this))
{
    const bool dead = kind == Kind::DeadLetters;
    setObjectName(dead ? u"deadLettersPage"_s : u"deliveriesPage"_s);
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    m_askPath = [this](const QString &title, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, suggested, filter);
    };

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    m_replay = toolbar->addAction(GlyphIcon::icon(GlyphIcon::Replay), tr("&Replay"), this,
                                  &DeliveriesPage::replaySelected);
    m_replay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_replay->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_replay->setToolTip(tr("Send the selected deliveries again with the current secret (Ctrl+R)"));
    m_discard = toolbar->addAction(GlyphIcon::icon(GlyphIcon::Discard), tr("&Discard"), this,
                                   &DeliveriesPage::discardSelected);
    m_discard->setShortcut(QKeySequence::Delete);
    m_discard->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_discard->setToolTip(tr("Stop trying the selected deliveries (Delete)"));
    m_curl = toolbar->addAction(GlyphIcon::icon(GlyphIcon::Copy), tr("Copy as c&URL"), this,
                                [this]() { copyAsCurl(false); });
    m_curl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_curl->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_curl->setToolTip(tr("Copy the last attempt as a curl command, signatures and credentials masked "
                          "(Ctrl+Shift+C)"));
    m_curlReveal = new QAction(tr("Copy as cURL with live signature and credentials…"), this);
    connect(m_curlReveal, &QAction::triggered, this, [this]() { copyAsCurl(true); });
    addActions({m_replay, m_discard, m_curl});

    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Selected rows as HAR…"), this,
                          [this]() { exportRows(StoreReader::ExportFormat::Har, true); });
    exportMenu->addAction(tr("Selected rows as CSV…"), this,
                          [this]() { exportRows(StoreReader::ExportFormat::Csv, true); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("All matching the filter as HAR…"), this,
                          [this]() { exportRows(StoreReader::ExportFormat::Har, false); });
    exportMenu->addAction(tr("All matching the filter as CSV…"), this,
                          [this]() { exportRows(StoreReader::ExportFormat::Csv, false); });
    exportMenu->addSeparator();
    exportMenu->addAction(m_curlReveal);
    m_export->setMenu(exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setText(tr("E&xport"));
    m_export->setIcon(GlyphIcon::icon(GlyphIcon::Export));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setAccessibleName(tr("Export and more"));
    toolbar->addWidget(m_export);
    if (dead) {
        toolbar->addSeparator();
        m_bulkReplay = toolbar->addAction(GlyphIcon::icon(GlyphIcon::ReplayAll), tr("Replay &all matching…"),
                                          this, &DeliveriesPage::bulkReplay);
        m_bulkReplay->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        m_bulkReplay->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_bulkReplay->setToolTip(tr("Replay every dead letter that matches the filter (Ctrl+Shift+R)"));
        addAction(m_bulkReplay);
    }
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_count);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    m_table->setColumnWidth(DeliveryModel::Created, 13 * em);
    m_table->setColumnWidth(DeliveryModel::Endpoint, 8 * em);
    m_table->setColumnWidth(DeliveryModel::EventType, 11 * em);
    m_table->setColumnWidth(DeliveryModel::Status, 6 * em);
    m_table->setColumnWidth(DeliveryModel::Attempts, 5 * em);
    m_table->setColumnWidth(DeliveryModel::LastResult, 6 * em);
    m_table->setColumnWidth(DeliveryModel::NextAttempt, 6 * em);
    m_table->setColumnWidth(DeliveryModel::Reason, 18 * em);
    m_table->setColumnWidth(DeliveryModel::CallId, 8 * em);
    m_table->setColumnWidth(DeliveryModel::Action, 6 * em);
    m_table->setColumnHidden(DeliveryModel::Id, true);
    m_table->setColumnHidden(DeliveryModel::NextAttempt, dead);
    m_table->setColumnHidden(DeliveryModel::Reason, !dead);
    m_table->setColumnHidden(DeliveryModel::Status, dead);
    m_table->setAccessibleName(dead ? tr("Dead letters") : tr("Deliveries"));
    m_table->setMouseTracking(true);
    auto *buttons = new ReplayButtonDelegate(m_table);
    m_table->setItemDelegateForColumn(DeliveryModel::Action, buttons);
    connect(buttons, &ReplayButtonDelegate::clicked, this, [this](const QModelIndex &index) {
        if (const DeliveryRow *row = m_model->rowAt(index.row()))
            m_reader->replay(row->id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveriesPage::selectionChanged);
    connect(m_model, &DeliveryModel::pageLoaded, this, [this]() {
        updateCount();
        if (!m_pendingSelect.isEmpty())
            selectId(m_pendingSelect);
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DeliveriesPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DeliveriesPage::updateCount);
    connect(m_model, &DeliveryModel::loadFailed, this,
            [this](const QString &error) { Q_EMIT message(error, false); });
    connect(m_filters, &DeliveryFilterBar::changed, this, &DeliveriesPage::applyFilter);

    connect(m_reader, &StoreReader::detailReady, this, [this](const DeliveryDetail &detail) {
        if (detail.delivery.id == m_detail->shownId() || detail.delivery.id == selectedIds().value(0))
            m_detail->showDetail(detail);
    });
    connect(m_reader, &StoreReader::actionDone, this, [this](const QString &, bool, const QStringList &ids) {
        // A replayed or discarded row may have left the filter: drop it now, the
        // head refresh brings it back if it still matches.
        QStringList gone;
        const DeliveryFilter f = m_model->filter();
        for (const QString &id : ids)
            if (f.status)
                gone << id;
        if (!gone.isEmpty())
            m_model->removeIds(gone);
        else
            m_model->refreshHead();
        if (!m_detail->shownId().isEmpty() && ids.contains(m_detail->shownId()))
            m_reader->loadDetail(m_detail->shownId());
    });
    connect(m_reader, &StoreReader::countReady, this, [this](quint64 ticket, qint64 count, const QString &) {
        if (ticket != m_countTicket)
            return;
        m_total = count;
        updateCount();
    });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(dead ? u"deadLettersSplitter"_s : u"deliveriesSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);
    updateActions();
    applyFilter();
}

DeliveriesPage::~DeliveriesPage()
{
    // The children outlive this class's part of the object: no slot of it may run.
    m_table->selectionModel()->disconnect(this);
    m_model->disconnect(this);
    m_filters->disconnect(this);
}

BulkReplayDialog *DeliveriesPage::bulkReplayDialog() const
{
    return m_bulk;
}

DeliveryFilter DeliveriesPage::filter() const
{
    return m_filters->filter();
}

void DeliveriesPage::applyFilter()
{
    m_total = -1;
    m_detail->clear();
    m_model->setFilter(filter());
    m_countTicket = m_reader->count(filter());
    updateActions();
    updateCount();
}

void DeliveriesPage::refresh()
{
    m_model->refreshHead();
    m_countTicket = m_reader->count(m_model->filter());
    if (!m_detail->shownId().isEmpty())
        m_reader->loadDetail(m_detail->shownId());
}

void DeliveriesPage::focusSearch()
{
    m_filters->focusSearch();
}

void DeliveriesPage::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_pendingSelect = id;
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        return;
    }
    m_pendingSelect.clear();
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void DeliveriesPage::updateCount()
{
    const int shown = m_model->rowCount();
    if (m_total >= 0)
        m_count->setText(tr("%1 of %2 loaded").arg(QLocale().toString(shown), QLocale().toString(m_total)));
    else
        m_count->setText(tr("%1 loaded").arg(QLocale().toString(shown)));
}

QStringList DeliveriesPage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        if (const DeliveryRow *row = m_model->rowAt(index.row()))
            ids << row->id;
    return ids;
}

void DeliveriesPage::updateActions()
{
    bool canReplay = false, canDiscard = false;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const DeliveryRow *row = m_model->rowAt(index.row())) {
            canReplay = canReplay || DeliveryModel::canReplay(row->status);
            canDiscard = canDiscard || DeliveryModel::canDiscard(row->status);
        }
    }
    m_replay->setEnabled(canReplay);
    m_discard->setEnabled(canDiscard);
    m_curl->setEnabled(rows.size() == 1);
    m_curlReveal->setEnabled(rows.size() == 1 && m_reader->services().secrets);
}

void DeliveriesPage::selectionChanged()
{
    updateActions();
    const QStringList ids = selectedIds();
    const QString id = ids.size() == 1 ? ids.first() : QString();
    if (id.isEmpty()) {
        if (ids.isEmpty())
            m_detail->clear();
        return;
    }
    if (id != m_detail->shownId())
        m_reader->loadDetail(id);
}

void DeliveriesPage::replaySelected()
{
    const QStringList ids = selectedIds();
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && DeliveryModel::canReplay(m_model->rowAt(row)->status))
            m_reader->replay(id);
    }
}

void DeliveriesPage::discardSelected()
{
    QStringList ids;
    for (const QString &id : selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && DeliveryModel::canDiscard(m_model->rowAt(row)->status))
            ids << id;
    }
    if (ids.isEmpty())
        return;
    const QString text = ids.size() == 1
        ? tr("Discard delivery %1? It will not be attempted again unless it is replayed.").arg(ids.first())
        : tr("Discard %n deliveries? They will not be attempted again unless replayed.", nullptr,
             int(ids.size()));
    if (m_confirm(tr("Discard"), text))
        m_reader->discardMany(ids);
}

void DeliveriesPage::copyAsCurl(bool reveal)
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    if (reveal
        && !m_confirm(
            tr("Reveal secrets"),
            tr("The command will contain a live signature and the endpoint's credentials. Anyone who "
               "sees it can send requests the receiver trusts. Copy it anyway?")))
        return;
    auto *guard = new QObject(this);
    connect(m_reader, &StoreReader::curlReady, guard,
            [this, guard, id = ids.first(), reveal](const QString &forId, const QString &command,
                                                    const QString &error) {
                if (forId != id)
                    return;
                guard->deleteLater();
                if (!error.isEmpty()) {
                    Q_EMIT message(error, false);
                    return;
                }
                QApplication::clipboard()->setText(command);
                if (reveal) {
                    // Do not leave a live credential on the clipboard.
                    QTimer::singleShot(30000, qApp, [command]() {
                        if (QApplication::clipboard()->text() == command)
                            QApplication::clipboard()->clear();
                    });
                }
                Q_EMIT message(
                    reveal ? tr("cURL command with secrets copied; the clipboard is cleared in 30 seconds.")
                           : tr("cURL command copied (signatures and credentials masked)."),
                    true);
                Q_EMIT curlCopied(command);
            });
    m_reader->curlCommand(ids.first(), reveal);
}

void DeliveriesPage::exportRows(StoreReader::ExportFormat format, bool selectedOnly)
{
    const QStringList ids = selectedIds();
    if (selectedOnly && ids.isEmpty()) {
        Q_EMIT message(tr("Select the rows to export first."), false);
        return;
    }
    const bool har = format == StoreReader::ExportFormat::Har;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"switchboard-deliveries"_s + (har ? u".har"_s : u".csv"_s));
    const QString path = m_askPath(har ? tr("Export as HAR") : tr("Export as CSV"), suggested,
                                   har ? tr("HTTP archive (*.har)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    auto *guard = new QObject(this);
    connect(m_reader, &StoreReader::exportDone, guard,
            [this, guard, path](const QString &donePath, int entries, const QString &error) {
                if (donePath != path)
                    return;
                guard->deleteLater();
                Q_EMIT message(error.isEmpty()
                                   ? tr("%n delivery(s) exported to %1.", nullptr, entries).arg(path)
                                   : error,
                               error.isEmpty());
                Q_EMIT exported(path, entries, error);
            });
    m_reader->exportDeliveries(selectedOnly ? ids : QStringList(), m_model->filter(), format, path);
    Q_EMIT message(tr("Exporting…"), true);
}

QString DeliveriesPage::describeFilter() const
{
    const DeliveryFilter f = filter();
    QStringList parts;
    if (!f.endpoint.isEmpty())
        parts << tr("endpoint %1").arg(f.endpoint);
    if (!f.eventType.isEmpty())
        parts << tr("event type %1").arg(f.eventType);
    if (!f.callId.isEmpty())
        parts << tr("call %1").arg(f.callId);
    if (f.statusCode)
        parts << tr("status code %1").arg(f.statusCode);
    if (f.error)
        parts << tr("error %1").arg(toString(*f.error));
    if (f.since.isValid())
        parts << tr("since %1").arg(QLocale().toString(f.since.toLocalTime(), QLocale::ShortFormat));
    if (f.until.isValid())
        parts << tr("until %1").arg(QLocale().toString(f.until.toLocalTime(), QLocale::ShortFormat));
    if (!f.payloadText.isEmpty())
        parts << tr("payload containing “%1”").arg(f.payloadText);
    return parts.isEmpty() ? tr("the dead-letter queue (no filter)") : parts.join(u", "_s);
}

void DeliveriesPage::bulkReplay()
{
    if (m_bulk)
        return;
    DeliveryFilter f = filter();
    f.status = DeliveryStatus::Dead;
    m_bulk = new BulkReplayDialog(m_reader, f, describeFilter(), this);
    m_bulk->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_bulk, &BulkReplayDialog::finishedReplay, this,
            [this](qint64 replayed, qint64 failed, bool cancelled) {
                Q_EMIT message(tr("Bulk replay %1: %2 replayed, %3 failed.")
                                   .arg(cancelled ? tr("cancelled") : tr("done"))
                                   .arg(replayed)
                                   .arg(failed),
                               failed == 0);
                m_model->reload();
                m_countTicket = m_reader->count(filter());
            });
    m_bulk->open();
}

QByteArray DeliveriesPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_splitter->saveState() << m_table->horizontalHeader()->saveState();
    return state;
}

void DeliveriesPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    QByteArray splitter, header;
    in >> splitter >> header;
    if (in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(header);
    // Saved states from another layout must not resurrect hidden columns.
    m_table->setColumnHidden(DeliveryModel::Id, true);
}

} // namespace Switchboard
