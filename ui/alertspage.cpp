// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertspage.h"

#include "ui/alertmodel.h"
#include "ui/glyphicon.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

AlertsPage::AlertsPage(StoreReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_model(new AlertModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_showResolved(new QCheckBox(tr("Show resolved (history)"), this))
{
    setObjectName(u"alertsPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(AlertModel::StateRole);
    m_proxy->setFilterKeyColumn(AlertModel::State);
    // Open and acknowledged unless history is asked for.
    m_proxy->setFilterRegularExpression(u"^[01]$"_s);
    connect(m_showResolved, &QCheckBox::toggled, this,
            [this](bool on) { m_proxy->setFilterRegularExpression(on ? QString() : u"^[01]$"_s); });

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    m_ack = toolbar->addAction(GlyphIcon::icon(GlyphIcon::Acknowledge), tr("&Acknowledge"), this,
                               &AlertsPage::acknowledgeSelected);
    m_ack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_ack->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ack->setToolTip(tr("Acknowledge the selected alert (Ctrl+K)"));
    m_open = toolbar->addAction(GlyphIcon::icon(GlyphIcon::Endpoints), tr("&Open endpoint"), this, [this]() {
        const QModelIndex index = m_table->currentIndex();
        if (index.isValid() && !index.data(AlertModel::EndpointRole).toString().isEmpty())
            Q_EMIT endpointActivated(index.data(AlertModel::EndpointRole).toString(), false);
    });
    addActions({m_ack, m_open});
    toolbar->addSeparator();
    toolbar->addWidget(m_showResolved);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AlertModel::Message, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Alerts"));
    connect(m_table, &QTableView::activated, m_open, &QAction::trigger);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateActions);

    connect(m_reader, &StoreReader::alertsReady, this,
            [this](const QList<Alert> &alerts, const QString &error) {
                if (!error.isEmpty())
                    return;
                const QString keep = m_table->currentIndex().data(AlertModel::IdRole).toString();
                m_model->setAlerts(alerts);
                for (int row = 0; row < m_proxy->rowCount(); ++row)
                    if (m_proxy->index(row, 0).data(AlertModel::IdRole).toString() == keep)
                        m_table->selectRow(row);
                QList<Alert> open;
                for (const Alert &a : alerts)
                    if (a.state == Alert::State::Open)
                        open << a;
                updateActions();
                Q_EMIT alertsSeen(open);
                Q_EMIT loaded();
            });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);
    updateActions();
}

void AlertsPage::refresh()
{
    m_reader->loadAlerts();
}

void AlertsPage::acknowledgeSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.data(AlertModel::StateRole).toInt() != int(Alert::State::Open))
        return;
    m_reader->acknowledgeAlert(index.data(AlertModel::IdRole).toString());
}

void AlertsPage::updateActions()
{
    const QModelIndex index = m_table->currentIndex();
    m_ack->setEnabled(index.isValid()
                      && index.data(AlertModel::StateRole).toInt() == int(Alert::State::Open));
    m_open->setEnabled(index.isValid() && !index.data(AlertModel::EndpointRole).toString().isEmpty());
}

} // namespace Switchboard
