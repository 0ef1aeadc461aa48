// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "ui/deliveriespage.h"
#include "ui/deliverymodel.h"
#include "ui/storereader.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

// A million deliveries (a quarter of them dead) in a SQLite store; the
// deliveries and dead-letter pages are opened and scrolled to the very end
// while a watchdog timer measures the longest time the GUI thread's event loop
// did not turn. The worst stall is reported with qInfo; only a generous bound
// is asserted, because a shared 2-core machine is noisy.
class tst_Responsiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scrollToTheEnd_data();
    void scrollToTheEnd();

private:
    QTemporaryDir m_dir;
    ConsoleServices m_services;
    std::unique_ptr<StoreReader> m_reader;
    static constexpr int kRows = 1000000;
};

void tst_Responsiveness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_services.location = StoreLocation::sqlite(m_dir.filePath(u"switchboard.db"_s));
    auto store = SqlStore::open(m_services.location, u"seed"_s);
    QVERIFY(store);
    QVERIFY((*store)->migrate());
    QElapsedTimer clock;
    clock.start();
    QSqlDatabase db = (*store)->database();
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - qint64(kRows) * 100;
    const QString rows = QString::number(kRows), start = QString::number(t0);
    const QString seq
        = u"WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < "_s + rows + u") "_s;
    const QString messages = seq
        + u"INSERT INTO messages (id, event_type, payload, call_id, created_at) "
          "SELECT printf('msg_%012d', n), 'call.completed', '{\"duration_s\":' || (n % 600) || '}', "
          "printf('call_%d', n / 4), "_s
        + start + u" + n * 100 FROM seq"_s;
    const QString deliveries = seq
        + u"INSERT INTO deliveries (id, message_id, endpoint, event_type, call_id, status, attempt_count, "
          "last_status_code, last_error, dead_reason, created_at, updated_at) "
          "SELECT printf('dlv_%012d', n), printf('msg_%012d', n), 'crm-' || (n % 5), 'call.completed', "
          "printf('call_%d', n / 4), CASE WHEN n % 4 = 0 THEN 'dead' ELSE 'delivered' END, "
          "CASE WHEN n % 4 = 0 THEN 6 ELSE 1 END, CASE WHEN n % 4 = 0 THEN 503 ELSE 200 END, "
          "CASE WHEN n % 4 = 0 THEN 'http_5xx' ELSE NULL END, "
          "CASE WHEN n % 4 = 0 THEN 'retries exhausted: HTTP 503' ELSE NULL END, "_s
        + start + u" + n * 100, "_s + start + u" + n * 100 FROM seq"_s;
    QVERIFY2(q.exec(messages), qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(deliveries), qPrintable(q.lastError().text()));
    q.finish();
    QVERIFY(db.commit());
    qInfo("inserted %d deliveries in %lld ms", kRows, clock.elapsed());
    store->reset();
    m_reader = std::make_unique<StoreReader>(m_services);
}

void tst_Responsiveness::cleanupTestCase()
{
    m_reader.reset();
}

void tst_Responsiveness::scrollToTheEnd_data()
{
    QTest::addColumn<bool>("dead");
    QTest::addColumn<int>("expected");
    QTest::addRow("deliveries") << false << kRows;
    QTest::addRow("dead letters") << true << kRows / 4;
}

void tst_Responsiveness::scrollToTheEnd()
{
    QFETCH(bool, dead);
    QFETCH(int, expected);
    StallWatchdog watchdog;
    watchdog.start();
    QElapsedTimer clock;
    clock.start();
    // Building and showing the page runs before the watchdog's first tick: timed on its own.
    QElapsedTimer building;
    building.start();
    DeliveriesPage page(m_reader.get(), dead ? DeliveriesPage::Kind::DeadLetters : DeliveriesPage::Kind::All);
    page.resize(1200, 800);
    page.show();
    const double buildMs = double(building.nsecsElapsed()) / 1e6;
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const double openStall = std::max(buildMs, watchdog.worstStallMs());
    QTableView *table = page.table();
    DeliveryModel *model = page.model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 30000);
    // Scroll as a user dragging the scroll bar to the bottom does, again each time a page arrives.
    while (!model->atEnd() && clock.elapsed() < 900000) {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QTest::qWait(5);
    }
    table->scrollToBottom();
    QTest::qWait(50);
    watchdog.stop();
    QCOMPARE(model->rowCount(), expected);
    QVERIFY(model->atEnd());
    const int last = model->rowCount() - 1;
    QCOMPARE(model->rowAt(last)->id, dead ? u"dlv_000000000004"_s : u"dlv_000000000001"_s);
    QVERIFY(table->rowAt(table->viewport()->height() - 2) >= last - 1
            || table->rowAt(table->viewport()->height() - 2) < 0);
    const double worst = std::max(openStall, watchdog.worstStallMs());
    qInfo("%s: %d rows loaded in %lld ms; worst GUI-thread stall %.1f ms (opening the page %.1f ms)",
          dead ? "dead letters" : "deliveries", model->rowCount(), clock.elapsed(), worst, openStall);
    // The goal is 50 ms (docs/performance.md, "Console responsiveness": 8-15 ms in a Release
    // build). A shared 2-core machine (compilers running beside the test) has shown 79 ms and
    // 1 s; the bound only catches a regression to reading on the GUI thread.
    QVERIFY2(worst < 3000, qPrintable(u"worst stall %1 ms"_s.arg(worst)));
}

QTEST_MAIN(tst_Responsiveness)
#include "tst_responsiveness.moc"
