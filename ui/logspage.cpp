// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logspage.h"

#include "metrics/trafficlog.h"
#include "ui/glyphicon.h"
#include "ui/logfiltermodel.h"
#include "ui/logmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFont>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

class MiddleElideDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

LogsPage::LogsPage(LogBuffer *buffer, QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(buffer, this))
    , m_proxy(new LogFilterModel(this))
    , m_table(new QTableView(this))
    , m_level(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_everyAttempt(new QCheckBox(tr("Every attempt"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_clear(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"logsPage"_s);
    setAccessibleName(tr("Logs"));
    m_proxy->setSourceModel(m_model);

    m_level->addItem(tr("All levels"), 0);
    m_level->addItem(tr("Info and above"), 1);
    m_level->addItem(tr("Warnings and errors"), 2);
    m_level->addItem(tr("Errors only"), 3);
    m_level->setAccessibleName(tr("Minimum level"));
    m_level->setToolTip(tr("Show records of this level and above"));
    connect(m_level, &QComboBox::currentIndexChanged, this, [this]() {
        m_proxy->setMinimumLevel(m_level->currentData().toInt());
        updateStatus();
    });

    m_direction->addItem(tr("All records"), QString());
    m_direction->addItem(tr("Outbound"), u"out"_s);
    m_direction->addItem(tr("Inbound"), u"in"_s);
    m_direction->addItem(tr("Other messages"), u"none"_s);
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->setToolTip(tr("Outbound attempts, inbound requests or the other messages"));
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this]() {
        m_proxy->setDirection(m_direction->currentData().toString());
        updateStatus();
    });

    m_search->setPlaceholderText(tr("Filter: endpoint, delivery id, call id, text…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter the records"));
    m_search->addAction(GlyphIcon::icon(GlyphIcon::Search), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateStatus();
    });

    // Failures are always logged; the info record of every attempt and inbound
    // request is a category rule (QT_LOGGING_RULES still overrides it).
    m_everyAttempt->setChecked(lcTraffic().isInfoEnabled());
    m_everyAttempt->setToolTip(
        tr("Log every delivery attempt and inbound request, not only the failed ones"));
    connect(m_everyAttempt, &QCheckBox::toggled, this, [](bool on) {
        QLoggingCategory::setFilterRules(u"switchboard.metrics.traffic.info="_s
                                         + (on ? u"true"_s : u"false"_s));
    });

    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop adding records to the view; resume shows what came meanwhile"));
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        m_model->setPaused(paused);
    });

    m_clear->setIcon(GlyphIcon::icon(GlyphIcon::Discard));
    m_clear->setAccessibleName(tr("Clear the view"));
    m_clear->setToolTip(tr("Clear the view (the log file keeps every record)"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, m_model, &LogModel::clear);

    auto *copyAction = new QAction(GlyphIcon::icon(GlyphIcon::Copy), tr("Copy as JSON lines"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    copyAction->setToolTip(tr("Copy the selected records as JSON lines (%1)")
                               .arg(copyAction->shortcut().toString(QKeySequence::NativeText)));
    connect(copyAction, &QAction::triggered, this, &LogsPage::copySelection);
    m_table->addAction(copyAction);
    m_copy->setDefaultAction(copyAction);
    m_copy->setAccessibleName(tr("Copy the selected records as JSON lines"));
    m_copy->setAutoRaise(true);

    m_table->setModel(m_proxy);
    m_table->setObjectName(u"logsTable"_s);
    m_table->setAccessibleName(tr("Log records"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    // Fixed starting widths from typical values: sizing to the contents would
    // measure every row of a burst.
    const QFontMetrics metrics = m_table->fontMetrics();
    QFont bold = m_table->font();
    bold.setBold(true);
    const QList<QPair<LogModel::Column, QString>> samples{{LogModel::Time, u"00:00:00.000"_s},
                                                          {LogModel::Level, u"critical"_s},
                                                          {LogModel::Category, u"metrics.traffic"_s},
                                                          {LogModel::Direction, u"out"_s},
                                                          {LogModel::Subject, u"crm-booking"_s},
                                                          {LogModel::EventType, u"appointment.booked"_s},
                                                          {LogModel::Status, u"200"_s},
                                                          {LogModel::Duration, u"1,234 ms"_s},
                                                          {LogModel::DeliveryId, u"dlv_01a21c…fb4ec0"_s},
                                                          {LogModel::CallId, u"call_4827"_s}};
    for (const auto &[column, sample] : samples) {
        const int text = qMax(
            QFontMetrics(bold).horizontalAdvance(sample),
            QFontMetrics(bold).horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()));
        header->resizeSection(column, text + 2 * metrics.averageCharWidth() + 8);
    }
    // Ids are told apart by their ends: elide them in the middle.
    auto *middle = new MiddleElideDelegate(m_table);
    m_table->setItemDelegateForColumn(LogModel::DeliveryId, middle);
    m_table->setItemDelegateForColumn(LogModel::CallId, middle);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(LogModel::DeliveryIdRole).toString();
        if (index.data(LogModel::DirectionRole).toString() == u"out" && !id.isEmpty())
            Q_EMIT deliveryActivated(id);
    });

    // Follow the newest records while the view is at the bottom; scrolling up
    // stops following, scrolling back down resumes it.
    QScrollBar *bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_follow = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_follow)
            bar->setValue(max);
    });

    connect(m_model, &LogModel::countsChanged, this, &LogsPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LogsPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogsPage::updateStatus);

    auto *bar1 = new QHBoxLayout;
    bar1->addWidget(m_level);
    bar1->addWidget(m_direction);
    bar1->addWidget(m_search, 1);
    bar1->addWidget(m_everyAttempt);
    bar1->addWidget(m_pause);
    bar1->addWidget(m_clear);
    bar1->addWidget(m_copy);

    m_status->setAccessibleName(tr("Log status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar1);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    if (!buffer)
        m_status->setText(tr("This console does not capture its log."));
    else
        updateStatus();
}

QString LogsPage::selectedLines() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString text;
    for (const QModelIndex &index : std::as_const(rows))
        text += index.data(LogModel::LineRole).toString() + u'\n';
    return text;
}

void LogsPage::copySelection()
{
    const QString text = selectedLines();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void LogsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LogsPage::updateStatus()
{
    if (!m_model)
        return;
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    const QLocale locale;
    QString text = shown == total
        ? tr("Records: %1").arg(locale.toString(total))
        : tr("Records: %1 of %2 match the filter").arg(locale.toString(shown), locale.toString(total));
    if (m_model->isPaused())
        text += u" · "_s + tr("paused, new since: %1").arg(locale.toString(m_model->pendingCount()));
    if (m_model->skipped() > 0)
        text += u" · "_s + tr("fell out of the buffer unseen: %1").arg(locale.toString(m_model->skipped()));
    text += u" · "_s + tr("the last %1 are kept").arg(locale.toString(m_model->capacity()));
    m_status->setText(text);
}

} // namespace Switchboard
