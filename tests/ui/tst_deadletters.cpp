// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "ui/bulkreplaydialog.h"
#include "ui/deliveriespage.h"
#include "ui/deliveryfilterbar.h"
#include "ui/deliverymodel.h"
#include "ui/storereader.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

class tst_DeadLetters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsReasonAndLastError();
    void oneClickReplay();
    void bulkReplayWithProgressAndSummary();
    void bulkReplayCancel();
    void discardAsksFirst();

private:
    void reload();

    ConsoleFixture m_fx;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<DeliveriesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_dead;
};

void tst_DeadLetters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fx.start());
    for (int i = 0; i < 3; ++i)
        m_dead += m_fx.send(u"reject"_s, QJsonObject{{u"n"_s, i}});
    for (const QString &id : std::as_const(m_dead))
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.statusOf(id), u"dead"_s, 15000);
    m_reader = std::make_unique<StoreReader>(m_fx.services());
    m_page = std::make_unique<DeliveriesPage>(m_reader.get(), DeliveriesPage::Kind::DeadLetters);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTRY_COMPARE(m_page->model()->rowCount(), 3);
}

void tst_DeadLetters::cleanupTestCase()
{
    m_tester.reset();
    m_page.reset();
    m_reader.reset();
    m_fx.harness.stop();
}

void tst_DeadLetters::reload()
{
    QSignalSpy loaded(m_page->model(), &DeliveryModel::pageLoaded);
    m_page->applyFilter();
    QVERIFY(loaded.wait(10000));
}

void tst_DeadLetters::showsReasonAndLastError()
{
    QTableView *table = m_page->table();
    QVERIFY(!table->isColumnHidden(DeliveryModel::Reason));
    QVERIFY(!table->isColumnHidden(DeliveryModel::LastResult));
    const QModelIndex reason = m_page->model()->index(0, DeliveryModel::Reason);
    QVERIFY2(reason.data().toString().contains(u"400"_s), qPrintable(reason.data().toString()));
    QCOMPARE(m_page->model()->index(0, DeliveryModel::LastResult).data().toString(), u"400"_s);
    QCOMPARE(m_page->model()->index(0, DeliveryModel::Action).data().toString(), u"Replay"_s);
}

void tst_DeadLetters::oneClickReplay()
{
    const QString id = m_page->model()->rowAt(0)->id;
    const int before = m_fx.receiver->count(u"/reject"_s);
    QTableView *table = m_page->table();
    const QRect cell = table->visualRect(m_page->model()->index(0, DeliveryModel::Action));
    QVERIFY(cell.isValid());
    QSignalSpy done(m_reader.get(), &StoreReader::actionDone);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(done.wait(5000));
    QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(0).toString()));
    QCOMPARE(done.first().at(2).toStringList(), QStringList{id});
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.receiver->count(u"/reject"_s), before + 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.statusOf(id), u"dead"_s, 10000); // 400 again: back in the queue
}

void tst_DeadLetters::bulkReplayWithProgressAndSummary()
{
    // 1200 more dead letters (three chunks), straight into the store.
    QVERIFY(m_fx.insertDead(1200, u"reject"_s, u"a"_s));
    reload();
    m_page->filterBar()->endpointEdit()->setText(u"reject"_s);
    reload();
    QSignalSpy progress(m_reader.get(), &StoreReader::bulkProgress);
    QTest::keyClick(m_page->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_page->bulkReplayDialog());
    BulkReplayDialog *dialog = m_page->bulkReplayDialog();
    QTRY_COMPARE(int(dialog->stage()), int(BulkReplayDialog::Stage::Confirm));
    QTRY_COMPARE(m_fx.statusOf(m_dead.first()), u"dead"_s);
    QCOMPARE(dialog->expected(), 1203);
    QVERIFY2(dialog->label()->text().contains(u"1203"_s), qPrintable(dialog->label()->text()));
    QSignalSpy finished(dialog, &BulkReplayDialog::finishedReplay);
    dialog->start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toLongLong(), 1203);
    QCOMPARE(finished.first().at(1).toLongLong(), 0);
    QCOMPARE(finished.first().at(2).toBool(), false);
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.last().at(0).toLongLong(), 1203);
    QCOMPARE(dialog->progressBar()->value(), 1000);
    QVERIFY2(dialog->label()->text().contains(u"1203 replayed, 0 failed"_s),
             qPrintable(dialog->label()->text()));
    dialog->close();
    // They are pending (or on their way to the receiver, which refuses them again).
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.receiver->count(u"/reject"_s) > 100, 30000);
}

void tst_DeadLetters::bulkReplayCancel()
{
    QVERIFY(m_fx.insertDead(3000, u"held"_s, u"b"_s));
    m_page->filterBar()->endpointEdit()->setText(u"held"_s);
    reload();
    m_page->bulkReplay();
    QTRY_VERIFY(m_page->bulkReplayDialog());
    BulkReplayDialog *dialog = m_page->bulkReplayDialog();
    QTRY_COMPARE(int(dialog->stage()), int(BulkReplayDialog::Stage::Confirm));
    QCOMPARE(dialog->expected(), 3000);
    // Cancel as soon as the first chunk is reported, from the reader's thread, so the
    // test does not depend on how fast the chunks go.
    connect(
        m_reader.get(), &StoreReader::bulkProgress, dialog, [this]() { m_reader->cancelBulkReplay(); },
        Qt::DirectConnection);
    QSignalSpy finished(dialog, &BulkReplayDialog::finishedReplay);
    dialog->start();
    QVERIFY(finished.wait(30000));
    const qint64 replayed = finished.first().at(0).toLongLong();
    QVERIFY2(replayed > 0 && replayed < 3000, QByteArray::number(replayed));
    QCOMPARE(finished.first().at(2).toBool(), true);
    QVERIFY(dialog->label()->text().startsWith(u"Cancelled."_s));
    dialog->close();
    // Exactly what was reported left the dead-letter queue ("held" is paused: they stay pending).
    DeliveryFilter f;
    f.endpoint = u"held"_s;
    f.status = DeliveryStatus::Dead;
    QCOMPARE(m_fx.store()->countDeliveries(f).value(), 3000 - replayed);
}

void tst_DeadLetters::discardAsksFirst()
{
    m_page->filterBar()->endpointEdit()->setText(u"held"_s);
    reload();
    const QString id = m_page->model()->rowAt(0)->id;
    m_page->table()->selectionModel()->select(
        m_page->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    int asked = 0;
    m_page->setConfirm([&](const QString &, const QString &text) {
        ++asked;
        return text.contains(id);
    });
    m_page->discardSelected();
    QCOMPARE(asked, 1);
    QTRY_COMPARE(m_fx.statusOf(id), u"discarded"_s);
    QTRY_COMPARE(m_page->model()->rowOf(id), -1); // gone from the dead-letter view
}

QTEST_MAIN(tst_DeadLetters)
#include "tst_deadletters.moc"
