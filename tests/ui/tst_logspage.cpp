// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "metrics/jsonloghandler.h"
#include "metrics/logbuffer.h"
#include "metrics/rotatinglogfile.h"
#include "metrics/trafficlog.h"
#include "ui/alertnotifier.h"
#include "ui/logfiltermodel.h"
#include "ui/logmodel.h"
#include "ui/logspage.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <cstdio>

using namespace Switchboard;
using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLogsTest, "switchboard.tests.logs", QtInfoMsg)

class tst_LogsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void deliveryShowsARecord();
    void filtersChangeRows();
    void pauseClearAndCopy();
    void everyAttemptToggle();
    void followsTheBottomUnlessScrolledUp();
    void bufferStaysBounded();
    void burstKeepsTheGuiResponsive();
    void modelsPassTheTester();
    void noSecretsInRecords();
    void mainWindowOpensTheDelivery();
    void screenshot();

private:
    // The row of the first record for deliveryId in the page's model, or -1.
    int rowOf(const QString &deliveryId, const QString &outcome = {}) const;
    QString waitForDelivery(const QString &endpoint, const QString &status, const QString &callId = {});

    QTemporaryDir m_dir;
    ConsoleFixture m_fx;
    std::unique_ptr<LogBuffer> m_buffer;
    std::unique_ptr<RotatingLogFile> m_file;
    std::unique_ptr<JsonLogHandler> m_handler;
    std::unique_ptr<LogsPage> m_page;
};

void tst_LogsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // As app/switchboard installs it: records to a rotating file and the buffer
    // (not to stderr here, to keep the test's output readable).
    m_buffer = std::make_unique<LogBuffer>();
    m_file = std::make_unique<RotatingLogFile>(m_dir.filePath(u"switchboard.log"_s));
    QVERIFY(m_file->open());
    m_handler = std::make_unique<JsonLogHandler>(u"tst"_s,
                                                 JsonLogHandler::Sinks{false, m_file.get(), m_buffer.get()});
    QLoggingCategory::setFilterRules(u"switchboard.metrics.traffic.info=true"_s);
    QVERIFY(m_fx.start());
    m_page = std::make_unique<LogsPage>(m_buffer.get());
    m_page->resize(1400, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_LogsPage::cleanupTestCase()
{
    m_page.reset();
    m_fx.harness.stop();
    m_fx.receiver.reset();
    m_handler.reset(); // the threads that log have stopped
    m_file.reset();
    m_buffer.reset();
}

int tst_LogsPage::rowOf(const QString &deliveryId, const QString &outcome) const
{
    LogModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const LogModel::Record &r = model->recordAt(row);
        if (r.deliveryId == deliveryId && (outcome.isEmpty() || r.line.contains(outcome)))
            return row;
    }
    return -1;
}

QString tst_LogsPage::waitForDelivery(const QString &endpoint, const QString &status, const QString &callId)
{
    const QStringList ids = m_fx.send(endpoint, QJsonObject{{u"n"_s, 1}}, callId);
    if (ids.size() != 1)
        return {};
    QElapsedTimer clock;
    clock.start();
    while (m_fx.statusOf(ids.first()) != status && clock.elapsed() < 15000)
        QTest::qWait(20);
    return ids.first();
}

void tst_LogsPage::deliveryShowsARecord()
{
    const QString id = waitForDelivery(u"ok"_s, u"delivered"_s, u"call_7001"_s);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(rowOf(id) >= 0);
    const int row = rowOf(id);
    LogModel *model = m_page->model();
    const LogModel::Record &r = model->recordAt(row);
    QCOMPARE(r.direction, u"out"_s);
    QCOMPARE(r.subject, u"ok"_s);
    QCOMPARE(r.eventType, u"call.completed"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.callId, u"call_7001"_s);
    QCOMPARE(r.levelName, u"info"_s);
    QCOMPARE(r.category, u"switchboard.metrics.traffic"_s);
    QVERIFY(r.durationMs >= 0);
    QVERIFY(r.time.isValid());
    QCOMPARE(model->index(row, LogModel::Direction).data().toString(), u"out"_s);
    QCOMPARE(model->index(row, LogModel::Subject).data().toString(), u"ok"_s);
    QCOMPARE(model->index(row, LogModel::EventType).data().toString(), u"call.completed"_s);
    QCOMPARE(model->index(row, LogModel::Status).data().toInt(), 200);
    QCOMPARE(model->index(row, LogModel::DeliveryId).data().toString(), id);
    QVERIFY(model->index(row, LogModel::Duration).data().toString().endsWith(u" ms"_s));

    // The same record, the same line, in the rotating file (as switchboardd writes it).
    QFile file(m_dir.filePath(u"switchboard.log"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray log = file.readAll();
    QVERIFY(log.contains(QByteArray(r.line.toUtf8() + '\n')));
    const QJsonObject json = QJsonDocument::fromJson(r.line.toUtf8()).object();
    for (const char *key : {"ts", "level", "category", "msg", "direction", "endpoint", "event_type",
                            "delivery_id", "call_id", "status", "duration_ms", "error"})
        QVERIFY2(json.contains(QLatin1StringView(key)), key);
}

void tst_LogsPage::filtersChangeRows()
{
    const QString failed = waitForDelivery(u"reject"_s, u"dead"_s);
    QVERIFY(!failed.isEmpty());
    qCInfo(lcLogsTest) << "an ordinary message, not traffic";
    QTRY_VERIFY(rowOf(failed) >= 0);
    QTRY_VERIFY(m_page->model()->recordAt(m_page->model()->rowCount() - 1).direction.isEmpty());
    LogFilterModel *proxy = m_page->proxy();
    const int all = proxy->rowCount();
    QCOMPARE(all, m_page->model()->rowCount());

    auto rowsWhere = [proxy](auto predicate) {
        int n = 0;
        for (int row = 0; row < proxy->rowCount(); ++row)
            n += predicate(proxy->index(row, 0)) ? 1 : 0;
        return n;
    };

    m_page->levelBox()->setCurrentIndex(2); // warnings and errors
    QVERIFY(proxy->rowCount() > 0);
    QVERIFY(proxy->rowCount() < all);
    QCOMPARE(rowsWhere([](const QModelIndex &i) { return i.data(LogModel::LevelRole).toInt() < 2; }), 0);
    QVERIFY(rowsWhere([&](const QModelIndex &i) { return i.data(LogModel::DeliveryIdRole) == failed; }) == 1);
    m_page->levelBox()->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), all);

    m_page->directionBox()->setCurrentIndex(1); // outbound
    QVERIFY(proxy->rowCount() >= 2);
    QCOMPARE(rowsWhere([](const QModelIndex &i) { return i.data(LogModel::DirectionRole) != u"out"_s; }), 0);
    m_page->directionBox()->setCurrentIndex(3); // other messages
    QVERIFY(proxy->rowCount() >= 1);
    QCOMPARE(
        rowsWhere([](const QModelIndex &i) { return !i.data(LogModel::DirectionRole).toString().isEmpty(); }),
        0);
    m_page->directionBox()->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), all);

    // Free text over the whole record: a delivery id, a field value, case-insensitively.
    QTest::keyClicks(m_page->searchEdit(), failed);
    QVERIFY(proxy->rowCount() >= 1);
    QVERIFY(proxy->rowCount() < all);
    QCOMPARE(rowsWhere([&](const QModelIndex &i) {
                 return !i.data(LogModel::LineRole).toString().contains(failed);
             }),
             0);
    QCOMPARE(rowsWhere([](const QModelIndex &i) { return i.data(LogModel::DirectionRole) == u"out"_s; }), 1);
    m_page->searchEdit()->setText(u"HTTP_4XX"_s);
    QVERIFY(proxy->rowCount() >= 1);
    QVERIFY(proxy->rowCount() < all);
    m_page->searchEdit()->setText(u"no record has this text"_s);
    QCOMPARE(proxy->rowCount(), 0);
    m_page->searchEdit()->clear();
    QCOMPARE(proxy->rowCount(), all);
}

void tst_LogsPage::pauseClearAndCopy()
{
    LogModel *model = m_page->model();
    QTRY_COMPARE(model->pendingCount(), 0);
    QTest::mouseClick(m_page->pauseButton(), Qt::LeftButton);
    QVERIFY(model->isPaused());
    QCOMPARE(m_page->pauseButton()->text(), u"Resume"_s);
    const int before = model->rowCount();
    for (int i = 0; i < 5; ++i)
        qCInfo(lcLogsTest) << "while paused" << i;
    QTest::qWait(400); // two coalescing intervals: nothing shows while paused
    QCOMPARE(model->rowCount(), before);
    const int pending = model->pendingCount();
    QVERIFY(pending >= 5); // and whatever the engine logged meanwhile
    QTest::mouseClick(m_page->pauseButton(), Qt::LeftButton);
    QVERIFY(!model->isPaused());
    QCOMPARE(model->rowCount(), before + pending);
    QCOMPARE(model->pendingCount(), 0);

    QTest::mouseClick(m_page->clearButton(), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    qCInfo(lcLogsTest) << "after clearing";
    qCWarning(lcLogsTest) << "a warning after clearing";
    QTRY_VERIFY(model->rowCount() >= 2);
    QVERIFY(model->rowCount() < 10); // what came after the clearing, nothing before
    QCOMPARE(model->recordAt(model->rowCount() - 1).message, u"a warning after clearing"_s);

    // Ctrl+C copies the selected records as JSON lines, oldest first.
    m_page->searchEdit()->setText(u"after clearing"_s);
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    m_page->table()->selectAll();
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_C, Qt::ControlModifier);
    m_page->searchEdit()->clear();
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0).toUtf8()).object().value(u"msg"_s).toString(),
             u"after clearing"_s);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1).toUtf8()).object().value(u"level"_s).toString(),
             u"warning"_s);
    QCOMPARE(m_page->copyButton()->accessibleName(), u"Copy the selected records as JSON lines"_s);
    QCOMPARE(m_page->clearButton()->accessibleName(), u"Clear the view"_s);
}

void tst_LogsPage::everyAttemptToggle()
{
    QVERIFY(m_page->everyAttemptBox()->isChecked());
    m_page->everyAttemptBox()->setChecked(false);
    QVERIFY(!lcTraffic().isInfoEnabled());
    QVERIFY(lcTraffic().isWarningEnabled()); // failures are always logged
    const QString quiet = waitForDelivery(u"ok"_s, u"delivered"_s);
    QVERIFY(!quiet.isEmpty());
    QTest::qWait(300);
    QCOMPARE(rowOf(quiet), -1);
    m_page->everyAttemptBox()->setChecked(true);
    QVERIFY(lcTraffic().isInfoEnabled());
    const QString loud = waitForDelivery(u"ok"_s, u"delivered"_s);
    QTRY_VERIFY(rowOf(loud) >= 0);
}

void tst_LogsPage::followsTheBottomUnlessScrolledUp()
{
    for (int i = 0; i < 200; ++i)
        qCInfo(lcLogsTest) << "filler" << i;
    QScrollBar *bar = m_page->table()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(m_page->isFollowing());

    bar->setValue(0); // the operator scrolls up to read
    QVERIFY(!m_page->isFollowing());
    const int rows = m_page->model()->rowCount();
    for (int i = 0; i < 50; ++i)
        qCInfo(lcLogsTest) << "more" << i;
    QTRY_COMPARE(m_page->model()->rowCount(), rows + 50);
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 0);

    bar->setValue(bar->maximum()); // back at the bottom: following again
    QVERIFY(m_page->isFollowing());
    qCInfo(lcLogsTest) << "the newest";
    QTRY_COMPARE(m_page->model()->rowCount(), rows + 51);
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void tst_LogsPage::bufferStaysBounded()
{
    // Four threads log 2,500 lines each into a buffer of 1,000: it keeps the
    // newest 1,000, the model never holds more, and the GUI hears of it in a few
    // coalesced signals rather than 10,000.
    LogBuffer buffer(1000);
    LogModel model(&buffer);
    QSignalSpy added(&buffer, &LogBuffer::linesAdded);
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&buffer, t]() {
            for (int i = 0; i < 2500; ++i)
                buffer.append(QJsonDocument(QJsonObject{{u"level"_s, u"info"_s},
                                                        {u"msg"_s, u"thread %1 line %2"_s.arg(t).arg(i)}})
                                  .toJson(QJsonDocument::Compact)
                              + '\n');
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(10000));
        delete thread;
    }
    QCOMPARE(buffer.size(), 1000);
    QCOMPARE(buffer.lastSeq(), quint64(10000));
    QTRY_COMPARE(model.rowCount(), 1000);
    QVERIFY(model.skipped() >= 9000 - 1000); // whatever fell out before the model read
    QVERIFY2(added.size() < 20, qPrintable(QString::number(added.size())));
    const QList<LogBuffer::Line> all = buffer.since(0);
    QCOMPARE(all.size(), 1000);
    QCOMPARE(all.first().seq, quint64(9001));
    QVERIFY(!all.first().json.endsWith('\n'));

    // More keeps it at 1,000, in the buffer and the model alike.
    for (int i = 0; i < 1500; ++i)
        buffer.append(R"({"level":"warning","msg":"later"})");
    QCOMPARE(buffer.size(), 1000);
    QTRY_COMPARE(model.recordAt(model.rowCount() - 1).message, u"later"_s);
    QCOMPARE(model.rowCount(), 1000);

    // The console's buffer holds the last 10,000 records.
    QCOMPARE(m_buffer->capacity(), 10000);
    QCOMPARE(m_page->model()->capacity(), 10000);
}

void tst_LogsPage::burstKeepsTheGuiResponsive()
{
    // 20,000 records from four threads at once (a replay of thousands of dead
    // letters): the page reads them in slices at most every 200 ms, and the GUI
    // thread's event loop keeps turning meanwhile.
    m_page->model()->clear();
    StallWatchdog watchdog;
    watchdog.start();
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([t]() {
            for (int i = 0; i < 5000; ++i)
                qCInfo(lcLogsTest).noquote() << u"burst %1/%2"_s.arg(t).arg(i);
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 20000);
        delete thread;
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->pendingCount(), 0, 20000);
    QTRY_COMPARE(m_page->model()->rowCount(), m_page->model()->capacity());
    watchdog.stop();
    std::fprintf(stderr, "burst: worst GUI stall %.1f ms\n",
                 watchdog.worstStallMs()); // the handler owns qInfo
    QVERIFY2(watchdog.worstStallMs() < 500, qPrintable(QString::number(watchdog.worstStallMs())));
    QCOMPARE(m_buffer->size(), m_buffer->capacity());
}

void tst_LogsPage::modelsPassTheTester()
{
    LogBuffer buffer(50);
    LogModel model(&buffer);
    LogFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setMinimumLevel(2);
    for (int i = 0; i < 40; ++i)
        buffer.append(i % 2 ? R"({"level":"warning","msg":"w","direction":"out","endpoint":"ok"})"
                            : R"({"level":"info","msg":"i"})");
    QTRY_COMPARE(model.rowCount(), 40);
    QCOMPARE(proxy.rowCount(), 20);
    for (int i = 0; i < 30; ++i) // trims the oldest rows
        buffer.append(R"({"level":"critical","msg":"c","direction":"in","source":"s"})");
    QTRY_COMPARE(model.recordAt(model.rowCount() - 1).level, 3);
    QCOMPARE(model.rowCount(), 50);
    proxy.setDirection(u"in"_s);
    QCOMPARE(proxy.rowCount(), 30);
    QCOMPARE(proxy.index(0, LogModel::Subject).data().toString(), u"s"_s);
    proxy.setText(u"nothing"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setText({});
    model.setPaused(true);
    buffer.append("not json at all");
    model.setPaused(false);
    QCOMPARE(model.recordAt(model.rowCount() - 1).message, u"not json at all"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void tst_LogsPage::noSecretsInRecords()
{
    // A signed delivery with a credential header, a caller's phone number and
    // e-mail as the call id, an API request with the token, a message that
    // quotes a phone number: none of it reaches the records as it was.
    const QString id = waitForDelivery(u"signed"_s, u"delivered"_s, u"+14155550123 jane.doe@example.com"_s);
    QVERIFY(!id.isEmpty());
    qCWarning(lcLogsTest) << "caller +14155550123 asked for a callback";
    QTRY_VERIFY(rowOf(id) >= 0);
    const QString line = m_page->model()->recordAt(rowOf(id)).line;
    QVERIFY2(!line.contains(u"4155550123"_s), qPrintable(line));
    QVERIFY2(!line.contains(u"jane.doe@"_s), qPrintable(line));

    QByteArray everything;
    for (const LogBuffer::Line &l : m_buffer->since(0))
        everything += l.json + '\n';
    QFile file(m_dir.filePath(u"switchboard.log"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    everything += file.readAll();
    QVERIFY(everything.contains(id.toUtf8()));
    for (const QByteArray &forbidden :
         {ApiHarness::kToken, QByteArray("key-s3cr3t-value"), QByteArray("whsec_"), QByteArray("4155550123"),
          QByteArray("jane.doe@"), QByteArray("Bearer "), QByteArray("webhook-signature")})
        QVERIFY2(!everything.contains(forbidden), forbidden.constData());
}

void tst_LogsPage::mainWindowOpensTheDelivery()
{
    ConsoleServices services = m_fx.services();
    services.log = m_buffer.get();
    MainWindow window(services);
    window.notifier()->setTrayAllowed(false);
    window.resize(1400, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // The page is in the navigation, with a View menu shortcut like every other page.
    auto *nav = window.findChild<QListWidget *>();
    QVERIFY(nav);
    int logsRow = -1;
    for (int row = 0; row < nav->count(); ++row)
        if (nav->item(row)->text() == u"Logs"_s)
            logsRow = row;
    QVERIFY(logsRow >= 0);
    QAction *action = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text() == u"Logs"_s)
                    action = a;
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    QTest::keySequence(&window, action->shortcut());
    QCOMPARE(nav->currentRow(), logsRow);
    QVERIFY(window.logsPage()->isVisible());

    const QString id = waitForDelivery(u"ok"_s, u"delivered"_s, u"call_7002"_s);
    LogsPage *page = window.logsPage();
    int row = -1;
    QTRY_VERIFY((row =
                     [&]() {
                         for (int r = 0; r < page->proxy()->rowCount(); ++r)
                             if (page->proxy()->index(r, 0).data(LogModel::DeliveryIdRole) == id)
                                 return r;
                         return -1;
                     }())
                >= 0);
    const QModelIndex index = page->proxy()->index(row, LogModel::DeliveryId);
    page->table()->scrollTo(index);
    QSignalSpy activated(page, &LogsPage::deliveryActivated);
    const QPoint at = page->table()->visualRect(index).center();
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(page->table()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), id);
    QCOMPARE(window.currentPage(), MainWindow::Deliveries);
}

void tst_LogsPage::screenshot()
{
    const QString dir = qEnvironmentVariable("SWITCHBOARD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set SWITCHBOARD_SCREENSHOT_DIR to write docs/screenshots/logs.png");
    QVERIFY(m_fx.seedHistory());
    m_page->model()->clear();
    for (int i = 0; i < 14; ++i)
        m_fx.send(i % 4 == 3 ? u"reject"_s : u"ok"_s, QJsonObject{{u"n"_s, i}},
                  u"call_%1"_s.arg(4810 + i / 3), i % 2 ? u"appointment.booked"_s : u"call.completed"_s);
    m_fx.send(u"held"_s, QJsonObject{{u"n"_s, 99}});
    QTest::qWait(1500);
    ConsoleServices services = m_fx.services();
    services.log = m_buffer.get();
    MainWindow window(services);
    window.notifier()->setTrayAllowed(false);
    window.resize(1600, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(300); // the platform's messages about the new window, then a clean view
    window.logsPage()->model()->clear();
    for (int i = 0; i < 14; ++i)
        m_fx.send(i % 4 == 3 ? u"reject"_s : u"ok"_s, QJsonObject{{u"n"_s, i}},
                  u"call_%1"_s.arg(4820 + i / 3), i % 2 ? u"appointment.booked"_s : u"call.completed"_s);
    QTest::qWait(1500);
    auto *nav = window.findChild<QListWidget *>();
    for (int row = 0; row < nav->count(); ++row)
        if (nav->item(row)->text() == u"Logs"_s)
            nav->setCurrentRow(row);
    QTest::qWait(300);
    QVERIFY(window.grab().save(dir + u"/logs.png"_s));
}

QTEST_MAIN(tst_LogsPage)
#include "tst_logspage.moc"
