// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "ui/alertnotifier.h"
#include "ui/dashboardpage.h"
#include "ui/deliveriespage.h"
#include "ui/deliveryfilterbar.h"
#include "ui/deliverymodel.h"
#include "ui/fleetpage.h"
#include "ui/mainwindow.h"
#include "ui/singleinstance.h"
#include "ui/workermodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void statusBarShowsDepths();
    void shortcutsSwitchPages();
    void fleetIsTheLastPage();
    void alertNoticeOpensEndpoint();
    void singleInstanceRaisesTheFirst();
    void screenshots();

private:
    ConsoleFixture m_fx;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fx.start());
    QVERIFY(m_fx.seedHistory());
    for (int i = 0; i < 12; ++i)
        m_fx.send(i % 3 ? u"ok"_s : u"reject"_s,
                  QJsonObject{{u"n"_s, i}, {u"caller"_s, u"+44 20 7946 0958"_s}},
                  u"call_%1"_s.arg(4800 + i / 2));
    QVERIFY(m_fx.addAlert(u"alr_main"_s, Alert::State::Open, u"reject"_s,
                          u"success rate 0 % below 95 % on reject"_s));
    m_window = std::make_unique<MainWindow>(m_fx.services());
    m_window->notifier()->setTrayAllowed(false);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_MainWindow::cleanupTestCase()
{
    m_window.reset();
    m_fx.harness.stop();
}

void tst_MainWindow::statusBarShowsDepths()
{
    m_window->refresh();
    QTRY_VERIFY(m_window->deadLabel()->text().startsWith(u"Dead letters: "_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->deadLabel()->text() == u"Dead letters: 4"_s, 15000);
    QVERIFY(m_window->queueLabel()->text().startsWith(u"Queue: "_s));
}

void tst_MainWindow::shortcutsSwitchPages()
{
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::DeadLetters);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Dashboard);
    QTest::keyClick(m_window.get(), Qt::Key_F,
                    Qt::ControlModifier); // search: to the deliveries' payload filter
    QCOMPARE(m_window->currentPage(), MainWindow::Deliveries);
    QTRY_VERIFY(m_window->deliveriesPage()->filterBar()->payloadEdit()->hasFocus());
}

void tst_MainWindow::fleetIsTheLastPage()
{
    auto *nav = m_window->findChild<QListWidget *>();
    QVERIFY(nav);
    const int last = nav->count() - 1;
    QCOMPARE(nav->item(last)->text(), u"Fleet"_s);
    // Ctrl+1 … Ctrl+9, then Alt+1 …: every page has a shortcut, none is Ctrl+':'.
    QCOMPARE(MainWindow::pageShortcut(8), QKeySequence(Qt::CTRL | Qt::Key_9));
    QCOMPARE(MainWindow::pageShortcut(9), QKeySequence(Qt::ALT | Qt::Key_1));
    QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + last - 9), Qt::AltModifier);
    QCOMPARE(nav->currentRow(), last);
    QCOMPARE(m_window->fleetPage()->accessibleName(), u"Fleet"_s);
    QVERIFY(m_window->fleetPage()->isVisible());
    QTRY_COMPARE(m_window->fleetPage()->model()->rowCount(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Dashboard);
}

void tst_MainWindow::alertNoticeOpensEndpoint()
{
    m_window->showPage(MainWindow::Dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->notice()->isVisible(), 10000); // no tray offscreen: in-window notice
    QVERIFY(m_window->notice()->text().contains(u"reject"_s));
    Q_EMIT m_window->notice()->linkActivated(u"endpoint:reject"_s);
    QCOMPARE(m_window->currentPage(), MainWindow::Deliveries);
    QCOMPARE(m_window->deliveriesPage()->filter().endpoint, u"reject"_s);
    QTRY_COMPARE(m_window->deliveriesPage()->model()->rowCount(), 4);
}

void tst_MainWindow::singleInstanceRaisesTheFirst()
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    QVERIFY(first.claim());
    QSignalSpy raise(&first, &SingleInstance::raiseRequested);
    SingleInstance second(dir.path());
    QVERIFY(!second.claim());
    QVERIFY(raise.wait(5000));
    QTemporaryDir other;
    SingleInstance third(other.path());
    QVERIFY(third.claim()); // another data directory is another console
}

void tst_MainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("SWITCHBOARD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set SWITCHBOARD_SCREENSHOT_DIR to write the README's screenshots");
    m_window->notice()->hide();
    m_window->showPage(MainWindow::Dashboard);
    QSignalSpy loaded(m_window->dashboardPage(), &DashboardPage::loaded);
    QVERIFY(loaded.wait(10000));
    QTest::qWait(300);
    QVERIFY(m_window->grab().save(dir + u"/dashboard.png"_s));
    m_window->showPage(MainWindow::DeadLetters);
    DeliveriesPage *dead = m_window->deadLettersPage();
    dead->filterBar()->clear();
    dead->applyFilter();
    QTRY_VERIFY(dead->model()->rowCount() > 0);
    dead->table()->selectionModel()->select(dead->model()->index(0, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::qWait(600);
    QVERIFY(m_window->grab().save(dir + u"/deadletters.png"_s));
    m_window->showPage(MainWindow::Deliveries);
    DeliveriesPage *all = m_window->deliveriesPage();
    all->filterBar()->clear();
    all->applyFilter();
    QTRY_VERIFY(all->model()->rowCount() > 0);
    all->table()->selectionModel()->select(all->model()->index(1, 0),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::qWait(600);
    QVERIFY(m_window->grab().save(dir + u"/deliveries.png"_s));
    m_window->showPage(MainWindow::Alerts);
    QTest::qWait(600);
    QVERIFY(m_window->grab().save(dir + u"/alerts.png"_s));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
