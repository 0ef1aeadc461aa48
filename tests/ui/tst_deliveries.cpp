// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "ui/csvwriter.h"
#include "ui/deliveriespage.h"
#include "ui/deliverydetailpane.h"
#include "ui/deliveryfilterbar.h"
#include "ui/deliverymodel.h"
#include "ui/storereader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Switchboard;
using namespace Qt::StringLiterals;

class tst_Deliveries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void modelPassesTester();
    void filtersChangeRows_data();
    void filtersChangeRows();
    void detailShowsAttemptsAndCall();
    void replayFromKeyboard();
    void discardWithConfirmation();
    void copyAsCurlMasksSecrets();
    void copyAsCurlRevealsOnRequest();
    void exportHar();
    void exportCsvOfFilter();

private:
    void setFilter(std::function<void(DeliveryFilterBar *)> set);
    int rowOfId(const QString &id) const;
    void selectRow(int row);

    ConsoleFixture m_fx;
    std::unique_ptr<StoreReader> m_reader;
    std::unique_ptr<DeliveriesPage> m_page;
    QStringList m_ok, m_dead, m_signed, m_held;
    QTemporaryDir m_tmp;
};

void tst_Deliveries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fx.start());
    for (int i = 0; i < 3; ++i)
        m_ok += m_fx.send(u"ok"_s, QJsonObject{{u"n"_s, i}, {u"note"_s, i == 1 ? u"needle-42"_s : u"hay"_s}},
                          u"call_ok"_s);
    for (int i = 0; i < 3; ++i)
        m_dead += m_fx.send(u"reject"_s, QJsonObject{{u"n"_s, i}}, u"call_dead"_s, u"ticket.created"_s);
    m_signed += m_fx.send(u"signed"_s, QJsonObject{{u"hello"_s, u"world"_s}});
    m_held += m_fx.send(u"held"_s, QJsonObject{{u"wait"_s, true}});
    QCOMPARE(m_ok.size() + m_dead.size() + m_signed.size() + m_held.size(), 8);
    for (const QString &id : std::as_const(m_ok))
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.statusOf(id), u"delivered"_s, 15000);
    for (const QString &id : std::as_const(m_dead))
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.statusOf(id), u"dead"_s, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.statusOf(m_signed.first()), u"delivered"_s, 15000);

    m_reader = std::make_unique<StoreReader>(m_fx.services());
    m_page = std::make_unique<DeliveriesPage>(m_reader.get(), DeliveriesPage::Kind::All);
    m_page->setConfirm([](const QString &, const QString &) { return true; });
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get())); // shortcuts need an active window
    QTRY_COMPARE(m_page->model()->rowCount(), 8);
}

void tst_Deliveries::cleanupTestCase()
{
    m_page.reset();
    m_reader.reset();
    m_fx.harness.stop();
}

void tst_Deliveries::setFilter(std::function<void(DeliveryFilterBar *)> set)
{
    QSignalSpy loaded(m_page->model(), &DeliveryModel::pageLoaded);
    m_page->filterBar()->clear();
    set(m_page->filterBar());
    m_page->applyFilter();
    QVERIFY(loaded.wait(10000));
}

void tst_Deliveries::selectRow(int row)
{
    m_page->table()->selectionModel()->select(
        m_page->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_page->table()->selectionModel()->setCurrentIndex(m_page->model()->index(row, 0),
                                                       QItemSelectionModel::NoUpdate);
}

int tst_Deliveries::rowOfId(const QString &id) const
{
    return m_page->model()->rowOf(id);
}

void tst_Deliveries::modelPassesTester()
{
    // Small pages so the tester also sees rows arriving through fetchMore and the head merge.
    m_page->model()->setPageSize(3);
    const auto restore = qScopeGuard([this]() { m_page->model()->setPageSize(2000); });
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    setFilter([](DeliveryFilterBar *) {});
    QVERIFY(m_page->model()->rowCount() >= 3);
    // The view fetches while its viewport is not full; help it to the end.
    QElapsedTimer clock;
    clock.start();
    while (!m_page->model()->atEnd() && clock.elapsed() < 10000) {
        if (m_page->model()->canFetchMore({}))
            m_page->model()->fetchMore({});
        QTest::qWait(10);
    }
    QCOMPARE(m_page->model()->rowCount(), 8);
    QVERIFY(m_page->model()->atEnd());
    // Rows are newest first and findable by id.
    for (int row = 1; row < m_page->model()->rowCount(); ++row)
        QVERIFY(m_page->model()->rowAt(row - 1)->id > m_page->model()->rowAt(row)->id);
    QCOMPARE(rowOfId(m_ok.first()) >= 0, true);

    // A new delivery arrives: the head merge inserts it in place, nothing else moves.
    const QString fresh = m_fx.send(u"ok"_s, QJsonObject{{u"n"_s, 99}}).value(0);
    QTRY_COMPARE(m_fx.statusOf(fresh), u"delivered"_s);
    m_page->model()->refreshHead();
    QTRY_COMPARE(m_page->model()->rowCount(), 9);
    QCOMPARE(m_page->model()->rowAt(0)->id, fresh);
    m_ok << fresh;
}

void tst_Deliveries::filtersChangeRows_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("rows");
    QTest::addRow("status dead") << u"status"_s << 3;
    QTest::addRow("endpoint") << u"endpoint"_s << 4;
    QTest::addRow("event type prefix") << u"eventType"_s << 3;
    QTest::addRow("call id") << u"callId"_s << 3;
    QTest::addRow("status code") << u"statusCode"_s << 3;
    QTest::addRow("error class") << u"error"_s << 3;
    QTest::addRow("text in payload") << u"payload"_s << 1;
    QTest::addRow("last 15 minutes") << u"range"_s << 9;
    QTest::addRow("no match") << u"nothing"_s << 0;
}

void tst_Deliveries::filtersChangeRows()
{
    QFETCH(QString, what);
    QFETCH(int, rows);
    setFilter([&](DeliveryFilterBar *bar) {
        if (what == u"status")
            bar->statusBox()->setCurrentIndex(bar->statusBox()->findData(u"dead"_s));
        else if (what == u"endpoint")
            bar->endpointEdit()->setText(u"ok"_s);
        else if (what == u"eventType")
            bar->eventTypeEdit()->setText(u"ticket.*"_s);
        else if (what == u"callId")
            bar->callIdEdit()->setText(u"call_ok"_s);
        else if (what == u"statusCode")
            bar->statusCodeEdit()->setText(u"400"_s);
        else if (what == u"error")
            bar->errorBox()->setCurrentIndex(bar->errorBox()->findData(u"http_4xx"_s));
        else if (what == u"payload")
            bar->payloadEdit()->setText(u"needle-42"_s);
        else if (what == u"range")
            bar->rangeBox()->setCurrentIndex(1);
        else
            bar->callIdEdit()->setText(u"call_nobody"_s);
    });
    QCOMPARE(m_page->model()->rowCount(), rows);
    if (what == u"payload")
        QCOMPARE(m_page->model()->rowAt(0)->id, m_ok.at(1));
}

void tst_Deliveries::detailShowsAttemptsAndCall()
{
    setFilter([](DeliveryFilterBar *) {});
    const int row = rowOfId(m_dead.first());
    QVERIFY(row >= 0);
    selectRow(row);
    DeliveryDetailPane *pane = m_page->detailPane();
    QTRY_COMPARE(pane->shownId(), m_dead.first());
    QCOMPARE(pane->attempts()->topLevelItemCount(), 1);
    QVERIFY(pane->summary()->text().contains(u"HTTP 400 is final"_s)
            || pane->summary()->text().contains(u"Reason"_s));
    const QString response = pane->responseView()->toPlainText();
    QVERIFY2(response.contains(u"HTTP 400"_s), qPrintable(response));
    // Rate-limit headers are listed, not redacted.
    QVERIFY2(response.contains(u"Rate limits:"_s) && response.contains(u"X-RateLimit-Remaining: 0"_s),
             qPrintable(response));
    QVERIFY(response.contains(u"bad field"_s));
    const QString request = pane->requestView()->toPlainText();
    QVERIFY2(request.startsWith(u"POST http://127.0.0.1:"_s) && request.contains(u"/reject"_s),
             qPrintable(request));
    QVERIFY(request.contains(u"webhook-id"_s, Qt::CaseInsensitive));
    // The call timeline of call_dead: three messages, their deliveries and attempts.
    QVERIFY(pane->callTimeline()->topLevelItemCount() >= 6);
}

void tst_Deliveries::replayFromKeyboard()
{
    setFilter([](DeliveryFilterBar *bar) {
        bar->statusBox()->setCurrentIndex(bar->statusBox()->findData(u"dead"_s));
    });
    const QString id = m_dead.at(1);
    selectRow(rowOfId(id));
    m_page->table()->setFocus();
    const int before = m_fx.receiver->count(u"/reject"_s);
    QSignalSpy done(m_reader.get(), &StoreReader::actionDone);
    QTest::keyClick(m_page->table(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(done.wait(5000));
    QVERIFY(done.first().at(1).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.receiver->count(u"/reject"_s), before + 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.statusOf(id), u"dead"_s, 10000);
    // Back in the filter after its second (replayed) attempt failed too.
    m_page->refresh();
    QTRY_VERIFY(rowOfId(id) >= 0);
    QTRY_COMPARE(m_page->model()->rowAt(rowOfId(id))->attemptCount, 2);
    // The replay kept the webhook-id of the first attempt.
    const QList<ReceivedRequest> got = m_fx.receiver->requests(u"/reject"_s);
    const QByteArray webhookId = got.last().header("webhook-id");
    QVERIFY(!webhookId.isEmpty());
    QCOMPARE(std::count_if(got.cbegin(), got.cend(),
                           [&](const ReceivedRequest &r) { return r.header("webhook-id") == webhookId; }),
             2);
}

void tst_Deliveries::discardWithConfirmation()
{
    setFilter([](DeliveryFilterBar *bar) { bar->endpointEdit()->setText(u"held"_s); });
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(int(m_page->model()->rowAt(0)->status), int(DeliveryStatus::Pending));
    selectRow(0);
    QString asked;
    bool answer = false;
    m_page->setConfirm([&](const QString &, const QString &text) {
        asked = text;
        return answer;
    });
    m_page->discardSelected();
    QVERIFY(asked.contains(m_held.first()));
    QTest::qWait(200);
    QCOMPARE(m_fx.statusOf(m_held.first()), u"pending"_s);
    answer = true;
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Delete);
    QTRY_COMPARE(m_fx.statusOf(m_held.first()), u"discarded"_s);
    m_page->refresh();
    QTRY_COMPARE(int(m_page->model()->rowAt(0)->status), int(DeliveryStatus::Discarded));
    m_page->setConfirm([](const QString &, const QString &) { return true; });
}

void tst_Deliveries::copyAsCurlMasksSecrets()
{
    setFilter([](DeliveryFilterBar *bar) { bar->endpointEdit()->setText(u"signed"_s); });
    selectRow(0);
    QSignalSpy copied(m_page.get(), &DeliveriesPage::curlCopied);
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(copied.wait(5000));
    const QString command = copied.first().first().toString();
    QCOMPARE(QApplication::clipboard()->text(), command);
    QVERIFY2(command.startsWith(u"curl -sS -X POST 'http://127.0.0.1:"_s), qPrintable(command));
    QVERIFY(command.contains(u"--data-binary '{\"hello\":\"world\"}'"_s));
    const ReceivedRequest sent = m_fx.receiver->requests(u"/signed"_s).last();
    const QByteArray signature = sent.header("webhook-signature");
    QVERIFY(signature.startsWith("v1,"));
    QVERIFY2(!command.contains(QString::fromLatin1(signature.mid(3))), qPrintable(command));
    QVERIFY2(!command.contains(u"key-s3cr3t-value"_s), qPrintable(command));
    QVERIFY(command.contains(u"webhook-id: "_s + QString::fromLatin1(sent.header("webhook-id"))));
}

void tst_Deliveries::copyAsCurlRevealsOnRequest()
{
    setFilter([](DeliveryFilterBar *bar) { bar->endpointEdit()->setText(u"signed"_s); });
    selectRow(0);
    QString asked;
    m_page->setConfirm([&](const QString &title, const QString &) {
        asked = title;
        return true;
    });
    QSignalSpy copied(m_page.get(), &DeliveriesPage::curlCopied);
    QSignalSpy messages(m_page.get(), &DeliveriesPage::message);
    QCOMPARE(m_page->selectedIds().size(), 1);
    m_page->copyAsCurl(true);
    QVERIFY(!asked.isEmpty());
    QVERIFY2(copied.wait(5000),
             messages.isEmpty() ? "no answer" : qPrintable(messages.last().first().toString()));
    QVERIFY(!asked.isEmpty()); // the operator was asked first
    const QString command = copied.first().first().toString();
    const ReceivedRequest sent = m_fx.receiver->requests(u"/signed"_s).last();
    // The same signature the receiver got (same message id, timestamp and secret).
    QVERIFY2(
        command.contains(u"webhook-signature: "_s + QString::fromLatin1(sent.header("webhook-signature"))),
        qPrintable(command));
    QVERIFY(command.contains(u"X-Api-Key: key-s3cr3t-value"_s));
    m_page->setConfirm([](const QString &, const QString &) { return true; });
}

void tst_Deliveries::exportHar()
{
    setFilter([](DeliveryFilterBar *) {});
    m_page->table()->selectAll();
    const QString path = m_tmp.filePath(u"out.har"_s);
    m_page->setAskPath([&](const QString &, const QString &, const QString &) { return path; });
    QSignalSpy exported(m_page.get(), &DeliveriesPage::exported);
    m_page->exportRows(StoreReader::ExportFormat::Har, true);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(2).toString(), QString());
    QCOMPARE(exported.first().at(1).toInt(), m_page->model()->rowCount());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    // HAR 1.2 required fields.
    const QJsonObject log = doc.object().value(u"log").toObject();
    QCOMPARE(log.value(u"version").toString(), u"1.2"_s);
    QVERIFY(log.value(u"creator").toObject().value(u"name").isString());
    QVERIFY(log.value(u"creator").toObject().value(u"version").isString());
    const QJsonArray entries = log.value(u"entries").toArray();
    QVERIFY(entries.size() >= 8); // one per attempt; the held delivery has none
    bool sawDead = false;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        QVERIFY(QDateTime::fromString(e.value(u"startedDateTime").toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(e.value(u"time").isDouble());
        QVERIFY(e.value(u"cache").isObject());
        const QJsonObject t = e.value(u"timings").toObject();
        for (const char *k : {"send", "wait", "receive"})
            QVERIFY2(t.value(QLatin1StringView(k)).isDouble(), k);
        const QJsonObject req = e.value(u"request").toObject();
        for (const char *k : {"method", "url", "httpVersion"})
            QVERIFY2(req.value(QLatin1StringView(k)).isString(), k);
        for (const char *k : {"cookies", "headers", "queryString"})
            QVERIFY2(req.value(QLatin1StringView(k)).isArray(), k);
        for (const char *k : {"headersSize", "bodySize"})
            QVERIFY2(req.value(QLatin1StringView(k)).isDouble(), k);
        QVERIFY(req.value(u"postData").toObject().value(u"mimeType").isString());
        QVERIFY(req.value(u"postData").toObject().value(u"text").isString());
        const QJsonObject res = e.value(u"response").toObject();
        QVERIFY(res.value(u"status").isDouble());
        for (const char *k : {"statusText", "httpVersion", "redirectURL"})
            QVERIFY2(res.value(QLatin1StringView(k)).isString(), k);
        for (const char *k : {"cookies", "headers"})
            QVERIFY2(res.value(QLatin1StringView(k)).isArray(), k);
        for (const char *k : {"headersSize", "bodySize"})
            QVERIFY2(res.value(QLatin1StringView(k)).isDouble(), k);
        const QJsonObject content = res.value(u"content").toObject();
        QVERIFY(content.value(u"size").isDouble());
        QVERIFY(content.value(u"mimeType").isString());
        for (const QJsonValue &h : req.value(u"headers").toArray()) {
            QVERIFY(h.toObject().value(u"name").isString() && h.toObject().value(u"value").isString());
            QVERIFY2(!h.toObject().value(u"value").toString().contains(u"key-s3cr3t-value"_s),
                     "credential leaked");
        }
        if (res.value(u"status").toInt() == 400)
            sawDead = true;
    }
    QVERIFY(sawDead);
}

void tst_Deliveries::exportCsvOfFilter()
{
    setFilter([](DeliveryFilterBar *bar) { bar->endpointEdit()->setText(u"ok"_s); });
    const QString path = m_tmp.filePath(u"out.csv"_s);
    m_page->setAskPath([&](const QString &, const QString &, const QString &) { return path; });
    QSignalSpy exported(m_page.get(), &DeliveriesPage::exported);
    m_page->exportRows(StoreReader::ExportFormat::Csv, false);
    QVERIFY(exported.wait(10000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("delivery_id,message_id,created_at,endpoint,event_type,status,attempts,"
                        "last_status_code,last_error,next_attempt_at,dead_reason,call_id,"
                        "idempotency_key,replays"));
    QCOMPARE(lines.size() - 2, m_ok.size()); // header, rows, and the empty piece after the last CRLF
    // Quoting, and no formula injection into a spreadsheet.
    QCOMPARE(CsvWriter::cell(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(CsvWriter::cell(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(CsvWriter::cell(u"=HYPERLINK(1)"_s), u"'=HYPERLINK(1)"_s);
}

QTEST_MAIN(tst_Deliveries)
#include "tst_deliveries.moc"
