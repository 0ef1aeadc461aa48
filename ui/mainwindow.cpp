// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "delivery/engine.h"
#include "runtime/runtime.h"
#include "ui/deliveriespage.h"
#include "ui/storereader.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Runtime *runtime, QWidget *parent)
    : QMainWindow(parent)
    , m_runtime(runtime)
    , m_reader(new StoreReader(runtime->location(), this))
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_engineState(new QLabel(this))
    , m_queue(new QLabel(this))
    , m_dead(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Switchboard"));
    setObjectName(u"mainWindow"_s);

    m_deliveries = new DeliveriesPage(m_reader, std::nullopt, this);
    m_deadLetters = new DeliveriesPage(m_reader, DeliveryStatus::Dead, this);
    m_endpoints = new QTableWidget(0, 5, this);
    m_endpoints->setHorizontalHeaderLabels({tr("Name"), tr("URL"), tr("Event types"), tr("Signing"), tr("State")});
    m_endpoints->horizontalHeader()->setStretchLastSection(true);
    m_endpoints->verticalHeader()->hide();
    m_endpoints->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_endpoints->setAccessibleName(tr("Endpoints"));

    m_pages->addWidget(m_deliveries);
    m_pages->addWidget(m_deadLetters);
    m_pages->addWidget(m_endpoints);
    m_pages->addWidget(createConnectPage());

    for (const QString &name : {tr("Deliveries"), tr("Dead letters"), tr("Endpoints"), tr("Connect an agent")})
        m_nav->addItem(name);
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setMaximumWidth(200);
    m_nav->setSpacing(3);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        refresh();
    });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    statusBar()->addWidget(m_engineState);
    statusBar()->addPermanentWidget(m_queue);
    statusBar()->addPermanentWidget(m_dead);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList pageKeys{u"Ctrl+1"_s, u"Ctrl+2"_s, u"Ctrl+3"_s, u"Ctrl+4"_s};
    for (int i = 0; i < m_nav->count(); ++i)
        view->addAction(m_nav->item(i)->text(), QKeySequence(pageKeys.at(i)), this, [this, i]() { showPage(Page(i)); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Switchboard"), this, [this]() {
        QMessageBox::about(this, tr("About Switchboard"),
                           tr("<b>Switchboard %1</b><p>Webhook delivery engine and operations console for voice "
                              "agents.</p><p>Qt %2 (built with %3)</p>")
                               .arg(QStringLiteral(SWITCHBOARD_VERSION), QString::fromLatin1(qVersion()),
                                    QStringLiteral(QT_VERSION_STR)));
    });

    connect(m_reader, &StoreReader::snapshotReady, this, &MainWindow::showSnapshot);
    connect(m_reader, &StoreReader::deliveryReady, this, [this](const Delivery &d, const QByteArray &payload) {
        m_deliveries->showDelivery(d, payload);
        m_deadLetters->showDelivery(d, payload);
    });
    connect(m_reader, &StoreReader::actionDone, this, [this](const QString &message, bool ok) {
        statusBar()->showMessage(message, ok ? 4000 : 10000);
        if (ok && m_runtime->engine())
            m_runtime->engine()->wake();
        refresh();
    });
    connect(m_deliveries, &DeliveriesPage::filterChanged, this, &MainWindow::refresh);
    connect(m_deadLetters, &DeliveriesPage::filterChanged, this, &MainWindow::refresh);
    connect(m_timer, &QTimer::timeout, this, &MainWindow::refresh);
    m_timer->start(2000);

    m_engineState->setText(tr("Engine running · API on http://%1 · %2")
                               .arg(runtime->listenAddress(), runtime->location().displayName()));
    resize(1200, 760);
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_nav->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createConnectPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    auto *url = new QLineEdit(u"http://"_s + m_runtime->listenAddress(), page);
    url->setReadOnly(true);
    form->addRow(tr("API address:"), url);

    auto *token = new QLineEdit(m_runtime->token(), page);
    token->setReadOnly(true);
    token->setEchoMode(QLineEdit::Password);
    token->setAccessibleName(tr("API token"));
    auto *reveal = new QPushButton(tr("Reveal"), page);
    reveal->setCheckable(true);
    connect(reveal, &QPushButton::toggled, token, [token, reveal](bool on) {
        token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setText(on ? tr("Hide") : tr("Reveal"));
    });
    auto *copy = new QPushButton(tr("Copy"), page);
    connect(copy, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(m_runtime->token());
        statusBar()->showMessage(tr("Token copied; the clipboard is cleared in 30 seconds."), 5000);
        const QString copied = m_runtime->token();
        QTimer::singleShot(30000, this, [copied]() {
            if (QApplication::clipboard()->text() == copied)
                QApplication::clipboard()->clear();
        });
    });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(token);
    tokenRow->addWidget(reveal);
    tokenRow->addWidget(copy);
    form->addRow(tr("API token:"), tokenRow);
    form->addRow(tr("Data:"), new QLabel(m_runtime->location().displayName(), page));

    auto *example = new QPlainTextEdit(page);
    example->setReadOnly(true);
    example->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    example->setPlainText(
        tr("# Create an endpoint (the response shows its signing secret once):") + u'\n'
        + u"curl -sS -X PUT http://%1/v1/endpoints/crm \\\n  -H \"Authorization: Bearer $SWITCHBOARD_API_TOKEN\" "
          "-H 'Content-Type: application/json' \\\n  -d '{\"url\": \"https://crm.example.com/hooks\", "
          "\"event_types\": [\"call.*\"]}'\n\n"_s.arg(m_runtime->listenAddress())
        + tr("# Hand it an event:") + u'\n'
        + u"curl -sS -X POST http://%1/v1/messages \\\n  -H \"Authorization: Bearer $SWITCHBOARD_API_TOKEN\" "
          "-H 'Content-Type: application/json' \\\n  -H 'Idempotency-Key: call_4827_completed' \\\n  -d "
          "'{\"event_type\": \"call.completed\", \"call_id\": \"call_4827\", \"payload\": {\"duration_s\": 182}}'\n"_s
              .arg(m_runtime->listenAddress()));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Try it from a terminal:"), page));
    layout->addWidget(example);
    return page;
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
}

void MainWindow::refresh()
{
    DeliveryFilter filter;
    if (m_pages->currentWidget() == m_deliveries)
        filter = m_deliveries->filter();
    else if (m_pages->currentWidget() == m_deadLetters)
        filter = m_deadLetters->filter();
    m_reader->refresh(filter, 500);
}

void MainWindow::showSnapshot(const ConsoleSnapshot &snapshot)
{
    if (!snapshot.error.isEmpty()) {
        m_engineState->setText(tr("Store problem: %1").arg(snapshot.error));
        return;
    }
    m_queue->setText(tr("Queue: %1 pending, %2 in flight").arg(snapshot.depths.pending).arg(snapshot.depths.inFlight));
    m_dead->setText(tr("Dead letters: %1").arg(snapshot.depths.dead));
    if (m_pages->currentWidget() == m_deliveries)
        m_deliveries->showSnapshot(snapshot);
    else if (m_pages->currentWidget() == m_deadLetters)
        m_deadLetters->showSnapshot(snapshot);

    m_endpoints->setRowCount(int(snapshot.endpoints.size()));
    for (int row = 0; row < snapshot.endpoints.size(); ++row) {
        const Endpoint &e = snapshot.endpoints.at(row);
        const QString state = !e.enabled ? tr("Disabled") : e.paused ? tr("Paused") : tr("Active");
        const QStringList cells{e.name, e.url.toString(), e.eventTypes.join(u", "_s), toString(e.signing), state};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = m_endpoints->item(row, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_endpoints->setItem(row, col, item);
            }
            item->setText(cells.at(col));
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        settings.setValue(u"window/splitter"_s, splitter->saveState());
    m_timer->stop();
    event->accept();
}

} // namespace Switchboard
