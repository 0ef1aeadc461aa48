// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "ui/alertmodel.h"
#include "ui/alertnotifier.h"
#include "ui/alertspage.h"
#include "ui/storereader.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

class tst_AlertsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lifecycleAndHistory();
    void acknowledge();
    void notifierFallsBackInWindow();

private:
    ConsoleFixture m_fx;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<AlertsPage> m_page;
};

void tst_AlertsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fx.start());
    QVERIFY(m_fx.addAlert(u"alr_open"_s, Alert::State::Open, u"ok"_s, u"success rate 42 % below 95 %"_s));
    QVERIFY(m_fx.addAlert(u"alr_old"_s, Alert::State::Resolved, u"reject"_s, u"p95 above 800 ms"_s));
    m_reader = std::make_unique<StoreReader>(m_fx.services());
    m_page = std::make_unique<AlertsPage>(m_reader.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void tst_AlertsUi::cleanupTestCase()
{
    m_page.reset();
    m_reader.reset();
    m_fx.harness.stop();
}

void tst_AlertsUi::lifecycleAndHistory()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_page->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(m_page.get(), &AlertsPage::loaded);
    m_page->refresh();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_page->proxy()->rowCount(), 1); // resolved ones are history, hidden by default
    m_page->showResolved()->setChecked(true);
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    m_page->showResolved()->setChecked(false);
    QCOMPARE(m_page->proxy()->index(0, AlertModel::State).data().toString(), u"Open"_s);
    QSignalSpy opened(m_page.get(), &AlertsPage::endpointActivated);
    m_page->table()->setCurrentIndex(m_page->proxy()->index(0, 0));
    QTest::keyClick(m_page->table(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), u"ok"_s);
}

void tst_AlertsUi::acknowledge()
{
    m_page->table()->setCurrentIndex(m_page->proxy()->index(0, 0));
    QSignalSpy done(m_reader.get(), &StoreReader::actionDone);
    QTest::keyClick(m_page->table(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(done.wait(5000));
    QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(0).toString()));
    QTRY_COMPARE(m_page->proxy()->index(0, AlertModel::State).data().toString(), u"Acknowledged"_s);
    QVERIFY(!m_page->proxy()->index(0, AlertModel::Acknowledged).data().toString().isEmpty());
    const ApiResponse r = m_fx.harness.request("GET", u"/v1/alerts"_s);
    bool acknowledged = false;
    for (const QJsonValue &a : r.json.value(u"alerts").toArray())
        acknowledged |= a.toObject().value(u"id").toString() == u"alr_open"
            && a.toObject().value(u"state").toString() == u"acknowledged";
    QVERIFY(acknowledged);
}

void tst_AlertsUi::notifierFallsBackInWindow()
{
    AlertNotifier notifier;
    notifier.setTrayAllowed(false);
    QVERIFY(!notifier.usesTray());
    QSignalSpy notices(&notifier, &AlertNotifier::inWindowNotice);
    Alert a;
    a.id = u"alr_x"_s;
    a.rule = u"dlq"_s;
    a.endpoint = u"crm"_s;
    a.message = u"12 dead letters"_s;
    notifier.consider({a});
    notifier.consider({a}); // announced once
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.first().first().toString().contains(u"href=\"endpoint:crm\""_s));
}

QTEST_MAIN(tst_AlertsUi)
#include "tst_alertsui.moc"
