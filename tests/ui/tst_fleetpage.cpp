// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminfixture.h"
#include "store/sqlstore.h"
#include "ui/fleetpage.h"
#include "ui/workermodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Switchboard;
using namespace Qt::StringLiterals;

// The fleet page against the embedded engine (one worker: itself), and the
// model's ageing and stale marking with times the test chooses.
class tst_FleetPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheEmbeddedEngine();
    void showsTheFleetAndMarksTheSilent();
    void refreshesWhileShownOnly();
    void marksStaleWorkers();
    void keepsRowsWhenTheSameWorkersAnswer();
    void reportsAnUnreachableApi();

private:
    std::unique_ptr<AdminFixture> m_f;
};

void tst_FleetPage::init()
{
    m_f = std::make_unique<AdminFixture>();
    QVERIFY(m_f->start());
}

void tst_FleetPage::cleanup()
{
    m_f.reset();
}

void tst_FleetPage::listsTheEmbeddedEngine()
{
    FleetPage page(m_f->api.get());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page.view()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(900, 300);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    WorkerModel *m = page.model();
    QCOMPARE(m->data(m->index(0, WorkerModel::Id), Qt::DisplayRole).toString(),
             m_f->harness.engine()->options().workerId);
    QCOMPARE(m->data(m->index(0, WorkerModel::Host), Qt::DisplayRole).toString(),
             QSysInfo::machineHostName());
    QCOMPARE(m->data(m->index(0, WorkerModel::Version), Qt::DisplayRole).toString(),
             QStringLiteral(SWITCHBOARD_VERSION));
    QVERIFY(!m->data(m->index(0, WorkerModel::Started), Qt::DisplayRole).toString().isEmpty());
    QCOMPARE(m->data(m->index(0, WorkerModel::InFlight), Qt::DisplayRole).toString(), u"0"_s);
    QVERIFY(!m->isStale(0));
    QVERIFY(!m->data(m->index(0, WorkerModel::Heartbeat), WorkerModel::StaleRole).toBool());
    QVERIFY(m->data(m->index(0, WorkerModel::Heartbeat), Qt::DisplayRole).toString().endsWith(u" s ago"_s));
    QVERIFY(page.summary()->text().startsWith(u"Workers: 1, stale: 0, deliveries in flight: 0."_s));
    QCOMPARE(page.view()->accessibleName(), u"Workers"_s);
}

// Two more workers on the same database (as PostgreSQL fleets have): one working,
// one that stopped writing its heartbeat a minute ago.
void tst_FleetPage::showsTheFleetAndMarksTheSilent()
{
    auto store = SqlStore::open(StoreLocation::sqlite(m_f->harness.dataPath() + u"/switchboard.db"_s),
                                u"tst-fleet"_s);
    QVERIFY(store.ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    WorkerInfo busy{u"db-2:4711"_s,     u"db-2"_s, QStringLiteral(SWITCHBOARD_VERSION),
                    now.addSecs(-7200), now,       12,
                    now.addSecs(-1),    {}};
    WorkerInfo silent{u"db-3:977"_s,
                      u"db-3"_s,
                      QStringLiteral(SWITCHBOARD_VERSION),
                      now.addSecs(-86400),
                      now.addSecs(-65),
                      4,
                      now.addSecs(-70),
                      {}};
    QVERIFY((*store)->heartbeat(busy).ok());
    QVERIFY((*store)->heartbeat(silent).ok());
    FleetPage page(m_f->api.get());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(900, 300);
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 3);
    WorkerModel *m = page.model();
    int staleRow = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->workerId(r) == u"db-3:977"_s)
            staleRow = r;
    QVERIFY(staleRow >= 0);
    QVERIFY(m->isStale(staleRow));
    QCOMPARE(m->staleCount(), 1);
    QCOMPARE(m->inFlightTotal(), 16);
    QVERIFY(m->data(m->index(staleRow, WorkerModel::Heartbeat), Qt::DisplayRole)
                .toString()
                .startsWith(u"stale: "_s));
    QVERIFY(page.summary()->text().startsWith(u"Workers: 3, stale: 1, deliveries in flight: 16."_s));
    QTest::qWait(200); // let the header settle before the picture
    AdminFixture::screenshot(&page, u"fleet"_s);
}

void tst_FleetPage::refreshesWhileShownOnly()
{
    FleetPage page(m_f->api.get());
    QVERIFY(!page.timer()->isActive());
    page.show();
    QVERIFY(page.timer()->isActive());
    QVERIFY(page.timer()->interval() <= 5000);
    QSignalSpy spy(&page, &FleetPage::refreshed);
    QVERIFY(spy.wait(5000)); // the first read, when shown
    // The timer asks again, through the API: the GUI thread is not blocked meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 2, FleetPage::refreshMs() * 3);
    page.hide();
    QVERIFY(!page.timer()->isActive());
}

void tst_FleetPage::marksStaleWorkers()
{
    WorkerModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime::fromString(u"2026-11-27T12:00:00Z"_s, Qt::ISODate);
    auto worker = [](const QString &id, const QString &lastSeen, int inFlight, const QJsonValue &lastClaim) {
        return QJsonObject{{u"id"_s, id},
                           {u"host"_s, QString(u"host-"_s + id)},
                           {u"version"_s, u"1.0.0"_s},
                           {u"started_at"_s, u"2026-11-27T08:00:00Z"_s},
                           {u"last_seen"_s, lastSeen},
                           {u"in_flight"_s, inFlight},
                           {u"last_claim_at"_s, lastClaim}};
    };
    m.setWorkers(QJsonArray{worker(u"a"_s, u"2026-11-27T11:59:58Z"_s, 3, u"2026-11-27T11:59:57Z"_s),
                            worker(u"b"_s, u"2026-11-27T11:58:00Z"_s, 2, QJsonValue::Null),
                            // a clock a little ahead of ours is not a negative age
                            worker(u"c"_s, u"2026-11-27T12:00:01Z"_s, 0, QJsonValue::Null)},
                 now);
    QCOMPARE(m.rowCount(), 3);
    QVERIFY(!m.isStale(0));
    QVERIFY(m.isStale(1));
    QVERIFY(!m.isStale(2));
    QCOMPARE(m.staleCount(), 1);
    QCOMPARE(m.inFlightTotal(), 5);
    QCOMPARE(m.data(m.index(0, WorkerModel::Heartbeat), Qt::DisplayRole).toString(), u"2 s ago"_s);
    QCOMPARE(m.data(m.index(1, WorkerModel::Heartbeat), Qt::DisplayRole).toString(), u"stale: 2 min ago"_s);
    QCOMPARE(m.data(m.index(2, WorkerModel::Heartbeat), Qt::DisplayRole).toString(), u"0 s ago"_s);
    QVERIFY(m.data(m.index(1, WorkerModel::Heartbeat), Qt::ForegroundRole).isValid());
    QVERIFY(!m.data(m.index(0, WorkerModel::Heartbeat), Qt::ForegroundRole).isValid());
    QCOMPARE(m.data(m.index(1, WorkerModel::LastClaim), Qt::DisplayRole).toString(), u"never"_s);
    QCOMPARE(m.data(m.index(0, WorkerModel::InFlight), Qt::DisplayRole).toString(), u"3"_s);
    QCOMPARE(m.headerData(WorkerModel::Heartbeat, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Heartbeat"_s);
    QVERIFY(m.data(m.index(1, WorkerModel::Heartbeat), WorkerModel::SortRole).toLongLong()
            > m.data(m.index(0, WorkerModel::Heartbeat), WorkerModel::SortRole).toLongLong());
}

void tst_FleetPage::keepsRowsWhenTheSameWorkersAnswer()
{
    WorkerModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject a{{u"id"_s, u"a"_s}, {u"last_seen"_s, now.toString(Qt::ISODateWithMs)}};
    m.setWorkers(QJsonArray{a}, now);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setWorkers(QJsonArray{a}, now.addSecs(30));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m.isStale(0));
    m.setWorkers(QJsonArray{}, now);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m.rowCount(), 0);
}

void tst_FleetPage::reportsAnUnreachableApi()
{
    ApiClient api(QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    FleetPage page(&api);
    QSignalSpy spy(&page, &FleetPage::refreshed);
    page.refresh();
    QVERIFY(spy.wait(10000));
    QVERIFY(page.summary()->text().startsWith(u"Cannot read the fleet: "_s));
    QCOMPARE(page.model()->rowCount(), 0);
}

QTEST_MAIN(tst_FleetPage)
#include "tst_fleetpage.moc"
