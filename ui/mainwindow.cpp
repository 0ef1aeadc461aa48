// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "delivery/engine.h"
#include "metrics/logbuffer.h"
#include "ui/admin/adminpages.h"
#include "ui/alertnotifier.h"
#include "ui/alertspage.h"
#include "ui/dashboardpage.h"
#include "ui/deliveriespage.h"
#include "ui/deliveryfilterbar.h"
#include "ui/fleetpage.h"
#include "ui/glyphicon.h"
#include "ui/logspage.h"
#include "ui/storereader.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
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
#include <QSysInfo>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {
constexpr int kRefreshMs = 3000;
}

MainWindow::MainWindow(const ConsoleServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_reader(new StoreReader(services, this))
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(this))
    , m_notice(new QLabel(this))
    , m_engineState(new QLabel(this))
    , m_address(new QLabel(this))
    , m_queue(new QLabel(this))
    , m_dead(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Switchboard"));
    setWindowIcon(GlyphIcon::icon(GlyphIcon::App));
    setObjectName(u"mainWindow"_s);

    m_dashboard = new DashboardPage(m_reader, this);
    m_deliveries = new DeliveriesPage(m_reader, DeliveriesPage::Kind::All, this);
    m_deadLetters = new DeliveriesPage(m_reader, DeliveriesPage::Kind::DeadLetters, this);
    m_alerts = new AlertsPage(m_reader, this);
    m_notifier = new AlertNotifier(this);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_deliveries);
    m_pages->addWidget(m_deadLetters);
    m_pages->addWidget(m_alerts);
    m_pages->addWidget(createConnectPage());

    const QList<QPair<GlyphIcon::Glyph, QString>> nav{
        {GlyphIcon::Dashboard, tr("Dashboard")},      {GlyphIcon::Deliveries, tr("Deliveries")},
        {GlyphIcon::DeadLetters, tr("Dead letters")}, {GlyphIcon::Alerts, tr("Alerts")},
        {GlyphIcon::Connect, tr("Connect an agent")},
    };
    for (const auto &item : nav)
        m_nav->addItem(new QListWidgetItem(GlyphIcon::icon(item.first), item.second));
    // Administration (ui/admin): endpoints, functions, sources, rules, configuration, settings.
    auto *admin = new AdminPages(m_services, m_nav, m_pages, this);
    connect(admin, &AdminPages::message, this,
            [this](const QString &text, bool ok) { statusBar()->showMessage(text, ok ? 5000 : 15000); });
    // The structured log records, as on stderr and in switchboard.log (a double-click opens a delivery).
    m_logs = new LogsPage(m_services.log, this);
    m_pages->addWidget(m_logs);
    m_nav->addItem(new QListWidgetItem(GlyphIcon::icon(GlyphIcon::Deliveries), tr("Logs")));
    connect(m_logs, &LogsPage::deliveryActivated, this, &MainWindow::openDelivery);
    // The fleet sharing this database (GET /v1/workers), after every other page.
    m_fleet = new FleetPage(admin->api(), this);
    m_pages->addWidget(m_fleet);
    m_nav->addItem(new QListWidgetItem(GlyphIcon::icon(GlyphIcon::Endpoints), tr("Fleet")));
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setIconSize(QSize(18, 18));
    m_nav->setSpacing(2);
    m_nav->setMinimumWidth(150);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        refresh();
    });

    m_notice->setObjectName(u"inWindowNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setAutoFillBackground(true);
    m_notice->setMargin(6);
    m_notice->setVisible(false);
    m_notice->setAccessibleName(tr("Notification"));
    connect(m_notice, &QLabel::linkActivated, this, [this](const QString &link) {
        m_notice->hide();
        if (link.startsWith(u"endpoint:"))
            openEndpoint(link.mid(9), false);
        else if (link.startsWith(u"delivery:"))
            openDelivery(link.mid(9));
        else
            showPage(Alerts);
    });
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_pages, 1);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 1000});
    setCentralWidget(m_splitter);

    m_engineState->setAccessibleName(tr("Engine state"));
    m_address->setAccessibleName(tr("API address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_engineState);
    statusBar()->addWidget(m_address);
    statusBar()->addPermanentWidget(m_queue);
    statusBar()->addPermanentWidget(m_dead);
    m_address->setText(m_services.listenAddress.isEmpty()
                           ? tr("API off")
                           : tr("API on http://%1").arg(m_services.listenAddress));
    createMenus();

    auto showMessage
        = [this](const QString &text, bool ok) { statusBar()->showMessage(text, ok ? 5000 : 15000); };
    connect(m_reader, &StoreReader::actionDone, this, [this, showMessage](const QString &text, bool ok) {
        showMessage(text, ok);
        m_reader->loadDepths();
    });
    connect(m_reader, &StoreReader::depthsReady, this, &MainWindow::showDepths);
    for (DeliveriesPage *page : {m_deliveries, m_deadLetters})
        connect(page, &DeliveriesPage::message, this, showMessage);
    connect(m_dashboard, &DashboardPage::endpointActivated, this,
            [this](const QString &name) { openEndpoint(name, false); });
    connect(m_dashboard, &DashboardPage::alertsRequested, this, [this]() { showPage(Alerts); });
    connect(m_dashboard, &DashboardPage::alertsSeen, m_notifier, &AlertNotifier::consider);
    connect(m_alerts, &AlertsPage::endpointActivated, this,
            [this](const QString &name, bool deadOnly) { openEndpoint(name, deadOnly); });
    connect(m_alerts, &AlertsPage::alertsSeen, m_notifier, &AlertNotifier::consider);
    connect(m_notifier, &AlertNotifier::inWindowNotice, this, &MainWindow::showNotice);
    connect(m_notifier, &AlertNotifier::activated, this, [this](const QString &endpoint) {
        raiseWindow();
        if (endpoint.isEmpty())
            showPage(Alerts);
        else
            openEndpoint(endpoint, false);
    });

    connect(m_timer, &QTimer::timeout, this, &MainWindow::refresh);
    m_timer->start(kRefreshMs);

    resize(1240, 780);
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_deliveries->restoreState(settings.value(u"deliveries/state"_s).toByteArray());
    m_deadLetters->restoreState(settings.value(u"deadLetters/state"_s).toByteArray());
    m_nav->setCurrentRow(qBound(0, settings.value(u"window/page"_s, 0).toInt(), PageCount - 1));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(GlyphIcon::icon(GlyphIcon::Search), tr("&Find in payloads"), QKeySequence::Find, this,
                    [this]() {
                        if (currentPage() != DeadLetters)
                            showPage(Deliveries);
                        (currentPage() == DeadLetters ? m_deadLetters : m_deliveries)->focusSearch();
                    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_nav->count(); ++i) {
        QAction *action = view->addAction(m_nav->item(i)->icon(), m_nav->item(i)->text(), pageShortcut(i),
                                          this, [this, i]() { m_nav->setCurrentRow(i); });
        m_nav->item(i)->setToolTip(
            tr("%1 (%2)").arg(m_nav->item(i)->text(), action->shortcut().toString(QKeySequence::NativeText)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this]() {
        QMessageBox::information(
            this, tr("Keyboard shortcuts"),
            tr("<table>"
               "<tr><td>Ctrl+1 … Ctrl+5</td><td>Dashboard, Deliveries, Dead letters, Alerts, "
               "Connect</td></tr>"
               "<tr><td>Ctrl+6 … Ctrl+9, then Alt+1 …</td><td>The other pages, in the navigation's order "
               "(the View menu lists them)</td></tr>"
               "<tr><td>Ctrl+F</td><td>Search the payloads</td></tr>"
               "<tr><td>Ctrl+R</td><td>Replay the selected deliveries</td></tr>"
               "<tr><td>Ctrl+Shift+R</td><td>Replay every dead letter matching the filter</td></tr>"
               "<tr><td>Delete</td><td>Discard the selected deliveries</td></tr>"
               "<tr><td>Ctrl+Shift+C</td><td>Copy as cURL</td></tr>"
               "<tr><td>F5</td><td>Refresh</td></tr></table>"));
    });
    help->addAction(tr("&About Switchboard"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QKeySequence MainWindow::pageShortcut(int row)
{
    // Qt::Key_1 + 9 is ':', not a digit: the tenth page and after take Alt+1, Alt+2 ...
    if (row < 9)
        return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row));
    if (row < 18)
        return QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + row - 9));
    return {};
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Switchboard"),
        tr("<h3>Switchboard %1</h3><p>Webhook delivery engine and operations console for voice agents.</p>"
           "<p>Qt %2 (built with %3)<br>%4<br>Data: %5</p><p>GPL-3.0-or-later</p>")
            .arg(QStringLiteral(SWITCHBOARD_VERSION), QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName(),
                 m_services.location.displayName().toHtmlEscaped()));
}

QWidget *MainWindow::createConnectPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    auto *url = new QLineEdit(u"http://"_s + m_services.listenAddress, page);
    url->setReadOnly(true);
    url->setAccessibleName(tr("API address"));
    form->addRow(tr("API address:"), url);

    auto *token = new QLineEdit(m_services.token, page);
    token->setReadOnly(true);
    token->setEchoMode(QLineEdit::Password);
    token->setAccessibleName(tr("API token"));
    auto *reveal = new QPushButton(tr("Reveal"), page);
    reveal->setCheckable(true);
    connect(reveal, &QPushButton::toggled, token, [token, reveal](bool on) {
        token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setText(on ? tr("Hide") : tr("Reveal"));
    });
    auto *copy = new QPushButton(GlyphIcon::icon(GlyphIcon::Copy), tr("Copy"), page);
    connect(copy, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(m_services.token);
        statusBar()->showMessage(tr("Token copied; the clipboard is cleared in 30 seconds."), 5000);
        QTimer::singleShot(30000, this, [copied = m_services.token]() {
            if (QApplication::clipboard()->text() == copied)
                QApplication::clipboard()->clear();
        });
    });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(token);
    tokenRow->addWidget(reveal);
    tokenRow->addWidget(copy);
    form->addRow(tr("API token:"), tokenRow);
    form->addRow(tr("Data:"), new QLabel(m_services.location.displayName(), page));

    auto *example = new QPlainTextEdit(page);
    example->setReadOnly(true);
    example->setAccessibleName(tr("Example commands"));
    example->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    example->setPlainText(
        tr("# Create an endpoint (the response shows its signing secret once):") + u'\n'
        + u"curl -sS -X PUT http://%1/v1/endpoints/crm \\\n  -H \"Authorization: Bearer "
          u"$SWITCHBOARD_API_TOKEN\" "
          "-H 'Content-Type: application/json' \\\n  -d '{\"url\": \"https://crm.example.com/hooks\", "
          "\"event_types\": [\"call.*\"]}'\n\n"_s.arg(m_services.listenAddress)
        + tr("# Hand it an event:") + u'\n'
        + u"curl -sS -X POST http://%1/v1/messages \\\n  -H \"Authorization: Bearer $SWITCHBOARD_API_TOKEN\" "
          "-H 'Content-Type: application/json' \\\n  -H 'Idempotency-Key: call_4827_completed' \\\n  -d "
          "'{\"event_type\": \"call.completed\", \"call_id\": \"call_4827\", \"payload\": {\"duration_s\": 182}}'\n"_s
              .arg(m_services.listenAddress));
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

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::refresh()
{
    m_reader->loadDepths();
    switch (currentPage()) {
    case Dashboard:
        m_dashboard->refresh();
        break;
    case Deliveries:
        m_deliveries->refresh();
        break;
    case DeadLetters:
        m_deadLetters->refresh();
        break;
    case Alerts:
        m_alerts->refresh();
        break;
    default:
        break;
    }
    // Alerts are watched whatever page is shown, for the notifications.
    if (currentPage() != Alerts && currentPage() != Dashboard)
        m_alerts->refresh();
}

void MainWindow::openEndpoint(const QString &endpoint, bool deadOnly)
{
    DeliveriesPage *page = deadOnly ? m_deadLetters : m_deliveries;
    page->filterBar()->clear();
    page->filterBar()->endpointEdit()->setText(endpoint);
    page->filterBar()->endpointEdit()->setProperty("applied", endpoint);
    page->applyFilter();
    showPage(deadOnly ? DeadLetters : Deliveries);
}

void MainWindow::openDelivery(const QString &id)
{
    m_deliveries->filterBar()->clear();
    m_deliveries->applyFilter();
    showPage(Deliveries);
    m_deliveries->selectId(id);
}

void MainWindow::raiseWindow()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::showDepths(const QueueDepths &depths, const QString &error)
{
    const bool running = m_services.engine && m_services.engine->isRunning();
    if (!error.isEmpty()) {
        m_engineState->setText(tr("Store problem: %1").arg(error));
        return;
    }
    m_engineState->setText(running ? tr("Engine running") : tr("Engine stopped"));
    m_queue->setText(tr("Queue: %1 pending, %2 in flight")
                         .arg(QLocale().toString(depths.pending), QLocale().toString(depths.inFlight)));
    m_dead->setText(tr("Dead letters: %1").arg(QLocale().toString(depths.dead)));
}

void MainWindow::showNotice(const QString &text)
{
    QPalette pal = m_notice->palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::ToolTipBase));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::ToolTipText));
    m_notice->setPalette(pal);
    m_notice->setText(text);
    m_notice->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"window/page"_s, int(currentPage()));
    settings.setValue(u"deliveries/state"_s, m_deliveries->saveState());
    settings.setValue(u"deadLetters/state"_s, m_deadLetters->saveState());
    m_timer->stop();
    event->accept();
}

} // namespace Switchboard
