// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetpage.h"

#include "ui/admin/apiclient.h"
#include "ui/workermodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

FleetPage::FleetPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new WorkerModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"fleetPage"_s);
    setAccessibleName(tr("Fleet"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkerModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setObjectName(u"fleetView"_s);
    m_view->setAccessibleName(tr("Workers"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(WorkerModel::Id, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    m_summary->setObjectName(u"fleetSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Fleet summary"));
    auto *intro
        = new QLabel(tr("Every engine that works on this database: a console or a switchboardd on any "
                        "machine. Each writes a heartbeat every 2 seconds; one silent for more than "
                        "%1 seconds is marked stale.")
                         .arg(WorkerModel::staleAfterMs() / 1000),
                     this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    m_timer->setInterval(refreshMs());
    connect(m_timer, &QTimer::timeout, this, &FleetPage::refresh);
}

void FleetPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void FleetPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void FleetPage::refresh()
{
    // A slow database must not pile up requests: the next tick asks again.
    if (m_loading)
        return;
    m_loading = true;
    m_api->get(u"/v1/workers"_s, this, [this](const ApiResult &r) {
        m_loading = false;
        if (!r.ok()) {
            m_summary->setText(tr("Cannot read the fleet: %1").arg(r.error));
            m_summary->setStyleSheet(u"color: #b3261e;"_s);
            Q_EMIT refreshed();
            return;
        }
        m_model->setWorkers(r.json.value(u"workers").toArray(), QDateTime::currentDateTimeUtc());
        // Sized when the set of workers changes, not on every refresh (the operator may resize).
        if (m_model->rowCount() != m_sizedRows) {
            m_view->resizeColumnsToContents();
            m_sizedRows = m_model->rowCount();
        }
        const int workers = m_model->rowCount();
        const int stale = m_model->staleCount();
        const QString text = tr("Workers: %1, stale: %2, deliveries in flight: %3. Updated %4.")
                                 .arg(QLocale().toString(workers), QLocale().toString(stale),
                                      QLocale().toString(m_model->inFlightTotal()),
                                      QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
        m_summary->setText(text);
        m_summary->setStyleSheet(stale ? u"color: #b3261e;"_s : QString());
        Q_EMIT refreshed();
    });
}

} // namespace Switchboard
