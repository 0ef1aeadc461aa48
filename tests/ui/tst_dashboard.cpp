// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "delivery/circuitbreaker.h"
#include "store/sqlstore.h"
#include "ui/dashboardpage.h"
#include "ui/endpointhealthmodel.h"
#include "ui/kpitile.h"
#include "ui/storereader.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

class tst_Dashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void chartsAndTilesFromRollups();
    void healthTableOpensEndpoint();
    void healthTableShowsOpenCircuit();
    void healthTableShowsAnotherWorkersCircuit();
    void windowAndFilters();
    void alertBanner();
    void downsampleMergesSketches();

private:
    void load();

    ConsoleFixture m_fx;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<DashboardPage> m_page;
};

void tst_Dashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fx.start());
    QVERIFY(m_fx.seedHistory());
    m_reader = std::make_unique<StoreReader>(m_fx.services());
    m_page = std::make_unique<DashboardPage>(m_reader.get());
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_Dashboard::cleanupTestCase()
{
    m_page.reset();
    m_reader.reset();
    m_fx.harness.stop();
}

void tst_Dashboard::load()
{
    QSignalSpy loaded(m_page.get(), &DashboardPage::loaded);
    m_page->refresh();
    QVERIFY(loaded.wait(10000));
}

void tst_Dashboard::chartsAndTilesFromRollups()
{
    load();
    QCOMPARE(m_page->charts().size(), 4);
    QVERIFY2(m_page->pointCount() >= 59, QByteArray::number(m_page->pointCount()));
    // 59 minutes of 21 attempts; "ok" failed a third of its attempts for six minutes.
    const double expected = 100.0 * (59 * 20 - 6 * 7) / (59 * 21);
    QCOMPARE(m_page->tile(0)->valueText(), QLocale().toString(expected, 'f', 1) + u"%"_s);
    QCOMPARE(m_page->tile(2)->valueText(), QLocale().toString(59 * 21));
    QCOMPARE(m_page->tile(0)->changeText(), u"no earlier data"_s); // no attempts in the hour before
    QVERIFY(m_page->tile(2)->changeText().contains(u"vs previous window"_s));
    QVERIFY(m_page->tile(1)->valueText().endsWith(u" ms"_s));
    // Latency: p99 above p95 above p50 at every point.
    auto *latency = qobject_cast<QLineSeries *>(m_page->charts().at(1)->chart()->series().at(2));
    auto *p50 = qobject_cast<QLineSeries *>(m_page->charts().at(1)->chart()->series().at(0));
    QVERIFY(latency && p50);
    for (int i = 0; i < latency->count(); ++i)
        QVERIFY(latency->at(i).y() >= p50->at(i).y());
    // Queue and dead-letter depth come from the samples: the last is 59 dead letters.
    auto *dlq = qobject_cast<QLineSeries *>(m_page->charts().at(3)->chart()->series().at(1));
    QVERIFY(dlq->count() > 0);
    QCOMPARE(dlq->at(dlq->count() - 1).y(), 59.0);
}

void tst_Dashboard::healthTableOpensEndpoint()
{
    load();
    QAbstractItemModelTester tester(m_page->healthModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_page->healthTable()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(); // the testers watch an update too
    QAbstractItemModel *model = m_page->healthTable()->model();
    QCOMPARE(model->rowCount(), 4); // held, ok, reject, signed
    int okRow = -1, rejectRow = -1, heldRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString name = model->index(r, EndpointHealthModel::Name).data().toString();
        okRow = name == u"ok" ? r : okRow;
        rejectRow = name == u"reject" ? r : rejectRow;
        heldRow = name == u"held" ? r : heldRow;
    }
    QVERIFY(okRow >= 0 && rejectRow >= 0 && heldRow >= 0);
    QCOMPARE(model->index(rejectRow, EndpointHealthModel::SuccessRate).data().toString(), u"0.0 %"_s);
    QCOMPARE(model->index(heldRow, EndpointHealthModel::State).data().toString(), u"Paused"_s);
    QCOMPARE(model->index(okRow, EndpointHealthModel::State).data().toString(), u"Active"_s);
    QVERIFY(model->index(okRow, EndpointHealthModel::P95).data().toString().endsWith(u" ms"_s));
    QSignalSpy opened(m_page.get(), &DashboardPage::endpointActivated);
    m_page->healthTable()->setCurrentIndex(model->index(okRow, 0));
    QTest::keyClick(m_page->healthTable(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), u"ok"_s);
}

void tst_Dashboard::healthTableShowsOpenCircuit()
{
    // As an engine of this process publishes it when "reject" keeps failing.
    CircuitState open;
    open.state = CircuitState::State::Open;
    open.openedAt = QDateTime::currentDateTimeUtc();
    open.retryAt = open.openedAt.addSecs(30);
    open.consecutiveFailures = 10;
    open.trips = 1;
    open.lastError = u"http_500"_s;
    CircuitRegistry::shared().publish(u"tst-dashboard"_s, u"reject"_s, open);
    load();
    QAbstractItemModel *model = m_page->healthTable()->model();
    auto row = [model](const QString &name) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, EndpointHealthModel::Name).data().toString() == name)
                return r;
        }
        return -1;
    };
    const QModelIndex state = model->index(row(u"reject"_s), EndpointHealthModel::State);
    const QString retry = QLocale().toString(open.retryAt.toLocalTime().time(), QLocale::ShortFormat);
    QCOMPARE(state.data().toString(), u"Circuit open, retry %1"_s.arg(retry));
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains(u"10 failures in a row"_s));
    QVERIFY(state.data(Qt::ForegroundRole).isValid());
    // No "Failing" guess from the rollups any more: an endpoint without a circuit is active or paused.
    QCOMPARE(model->index(row(u"ok"_s), EndpointHealthModel::State).data().toString(), u"Active"_s);

    open.state = CircuitState::State::HalfOpen;
    CircuitRegistry::shared().publish(u"tst-dashboard"_s, u"reject"_s, open);
    load();
    QCOMPARE(model->index(row(u"reject"_s), EndpointHealthModel::State).data().toString(),
             u"Circuit half-open"_s);

    // The embedded engine's news of a change refreshes the table without waiting for the timer.
    CircuitRegistry::shared().removeWorker(u"tst-dashboard"_s);
    QSignalSpy loaded(m_page.get(), &DashboardPage::loaded);
    Q_EMIT m_fx.harness.engine()->circuitChanged(u"reject"_s, CircuitState{});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model->index(row(u"reject"_s), EndpointHealthModel::State).data().toString(), u"Active"_s);
}

void tst_Dashboard::healthTableShowsAnotherWorkersCircuit()
{
    // Another worker on the same database (a switchboardd on another machine) has "reject"'s
    // circuit open: its heartbeat says so, and the console shows it although no engine of this
    // process opened it.
    auto store = SqlStore::open(StoreLocation::sqlite(m_fx.harness.dataPath() + u"/switchboard.db"_s),
                                u"tst-dashboard-fleet"_s);
    QVERIFY(store);
    CircuitState open;
    open.state = CircuitState::State::Open;
    open.openedAt = QDateTime::currentDateTimeUtc();
    open.retryAt = open.openedAt.addSecs(45);
    open.consecutiveFailures = 12;
    open.trips = 1;
    open.lastError = u"timeout"_s;
    WorkerInfo edge;
    edge.id = u"edge-2"_s;
    edge.host = u"edge-2"_s;
    edge.version = u"0.1.0"_s;
    edge.startedAt = open.openedAt.addSecs(-600);
    edge.lastSeen = QDateTime::currentDateTimeUtc();
    edge.circuits.insert(u"reject"_s, open.toJson());
    QVERIFY((*store)->heartbeat(edge));
    load();
    QAbstractItemModel *model = m_page->healthTable()->model();
    auto row = [model](const QString &name) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, EndpointHealthModel::Name).data().toString() == name)
                return r;
        }
        return -1;
    };
    const QString retry = QLocale().toString(open.retryAt.toLocalTime().time(), QLocale::ShortFormat);
    QCOMPARE(model->index(row(u"reject"_s), EndpointHealthModel::State).data().toString(),
             u"Circuit open, retry %1"_s.arg(retry));
    QCOMPARE(model->index(row(u"ok"_s), EndpointHealthModel::State).data().toString(), u"Active"_s);

    // A worker silent for more than 10 s is stale: its circuits no longer count.
    edge.lastSeen = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY((*store)->heartbeat(edge));
    load();
    QCOMPARE(model->index(row(u"reject"_s), EndpointHealthModel::State).data().toString(), u"Active"_s);
    QVERIFY((*store)->removeWorker(edge.id));
}

void tst_Dashboard::windowAndFilters()
{
    load();
    const QString all = m_page->tile(2)->valueText();
    QSignalSpy loaded(m_page.get(), &DashboardPage::loaded);
    m_page->subjectBox()->setCurrentText(u"reject"_s);
    m_page->refresh();
    QTRY_VERIFY(loaded.size() >= 1);
    QTRY_COMPARE(m_page->tile(2)->valueText(), QLocale().toString(59));
    QCOMPARE(m_page->tile(0)->valueText(), u"0.0%"_s);
    m_page->subjectBox()->setCurrentText(QString());
    loaded.clear();
    m_page->windowBox()->setCurrentIndex(4); // 7 days: downsampled
    QTRY_VERIFY(loaded.size() >= 1);
    QTRY_COMPARE(m_page->tile(2)->valueText(), all);
    QVERIFY2(m_page->pointCount() <= 360, QByteArray::number(m_page->pointCount()));
    loaded.clear();
    m_page->windowBox()->setCurrentIndex(0); // 15 minutes
    QTRY_VERIFY(loaded.size() >= 1);
    QTRY_COMPARE(m_page->tile(2)->valueText(), QLocale().toString(14 * 21));
    m_page->windowBox()->setCurrentIndex(1);
}

void tst_Dashboard::alertBanner()
{
    load();
    QVERIFY(m_page->banner()->isHidden());
    QVERIFY(m_fx.addAlert(u"alr_dash1"_s, Alert::State::Open, u"ok"_s, u"success rate 42 % below 95 %"_s));
    QSignalSpy seen(m_page.get(), &DashboardPage::alertsSeen);
    load();
    QVERIFY(m_page->banner()->isVisible());
    QVERIFY(m_page->banner()->text().contains(u"success rate 42 % below 95 %"_s));
    QCOMPARE(seen.last().first().value<QList<Alert>>().size(), 1);
    QSignalSpy requested(m_page.get(), &DashboardPage::alertsRequested);
    Q_EMIT m_page->banner()->linkActivated(u"alerts"_s);
    QCOMPARE(requested.size(), 1);
}

void tst_Dashboard::downsampleMergesSketches()
{
    QList<MinuteStats> week;
    for (int m = 0; m < 7 * 1440; ++m) {
        MinuteStats s;
        s.minute = qint64(m) * 60000;
        s.bucket.attempts = 2;
        s.bucket.ok = 1;
        s.bucket.latency.add(m % 100 + 1);
        s.bucket.latency.add(1000);
        week << s;
    }
    const QList<MinuteStats> points = DashboardPage::downsample(week, 360);
    QVERIFY(points.size() <= 360);
    qint64 attempts = 0;
    for (const MinuteStats &p : points)
        attempts += p.bucket.attempts;
    QCOMPARE(attempts, qint64(2 * 7 * 1440));
    // Merged sketches, not averaged percentiles: half of every group is 1000 ms.
    QVERIFY(points.first().bucket.latency.quantile(0.99) > 980);
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
