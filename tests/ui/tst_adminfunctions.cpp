// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminfixture.h"
#include "ui/admin/fielderrors.h"
#include "ui/admin/functionspage.h"
#include "ui/admin/jsonlistmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

class tst_AdminFunctions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void schemaIsCheckedAsYouType();
    void serverRefusalIsShownBesideTheField();
    void saveAndTryIt();
    void exportToolDefinitions();
    void platformPresetSetsDeadlineAndExport();

private:
    void fill(const QString &name, const QString &endpoint);
    std::unique_ptr<AdminFixture> m_f;
    std::unique_ptr<FunctionsPage> m_page;
};

void tst_AdminFunctions::init()
{
    m_f = std::make_unique<AdminFixture>();
    QVERIFY(m_f->start());
    m_f->receiver->setBehaviour(u"/cal/appointments"_s,
                                ReceiverBehaviour::withStatus(201, R"({"id":"apt_1","slot":"ok"})"));
    QVERIFY(m_f->harness.createEndpoint(u"calendar"_s, m_f->receiver->url(u"/cal"_s)));
    m_page = std::make_unique<FunctionsPage>(m_f->api.get());
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_page.get());
    m_page->resize(1200, 760);
    m_page->show();
    m_page->refresh();
    QTRY_COMPARE(m_page->endpointCombo()->count(), 1);
}

void tst_AdminFunctions::cleanup()
{
    m_page.reset();
    m_f.reset();
}

void tst_AdminFunctions::fill(const QString &name, const QString &endpoint)
{
    m_page->newFunction();
    m_page->nameEdit()->setText(name);
    m_page->descriptionEdit()->setText(u"Book an appointment for the caller"_s);
    m_page->endpointCombo()->setCurrentText(endpoint);
    m_page->schemaEdit()->setPlainText(uR"({"type": "object", "required": ["start", "phone"],
             "properties": {"start": {"type": "string"}, "phone": {"type": "string", "pattern": "^\\+[1-9]\\d{1,14}$"}}})"_s);
    m_page->requestEdit()->setPlainText(
        uR"({"method": "POST", "path": "/appointments", "body": {"slot": "{{start}}", "phone": "{{phone}}"}})"_s);
}

void tst_AdminFunctions::schemaIsCheckedAsYouType()
{
    FieldErrors *errors = m_page->errors();
    m_page->schemaEdit()->setPlainText(u"{\"type\": \"object\", "_s);
    QVERIFY2(errors->text(u"parameters"_s).contains(u"JSON"), qPrintable(errors->text(u"parameters"_s)));
    m_page->schemaEdit()->setPlainText(u"{\"type\": \"array\"}"_s);
    QVERIFY(errors->text(u"parameters"_s).contains(u"\"type\": \"object\""));
    m_page->schemaEdit()->setPlainText(
        u"{\"type\": \"object\", \"properties\": {\"start\": {\"type\": \"string\"}}}"_s);
    QVERIFY(errors->text(u"parameters"_s).isEmpty());
    // A placeholder that names no parameter is flagged under the request template.
    m_page->requestEdit()->setPlainText(u"{\"body\": {\"x\": \"{{nope}}\"}}"_s);
    QVERIFY(errors->text(u"request"_s).contains(u"nope"));
    m_page->requestEdit()->setPlainText(u"{\"body\": {\"x\": \"{{start}}\"}}"_s);
    QVERIFY(errors->text(u"request"_s).isEmpty());
    // Save refuses locally and sends nothing.
    m_page->schemaEdit()->setPlainText(u"[1, 2"_s);
    m_page->nameEdit()->setText(u"book"_s);
    m_page->save();
    QVERIFY(!errors->text(u"parameters"_s).isEmpty());
    QTest::qWait(100);
    QCOMPARE(m_f->harness.request("GET", u"/v1/functions/book"_s).status, 404);
}

void tst_AdminFunctions::serverRefusalIsShownBesideTheField()
{
    // Well-formed JSON with "type": "object" passes the console's check; the server's
    // draft-7 check refuses a "required" that is not an array, under the schema's field.
    fill(u"book"_s, u"calendar"_s);
    m_page->schemaEdit()->setPlainText(u"{\"type\": \"object\", \"required\": \"start\"}"_s);
    m_page->requestEdit()->clear();
    QVERIFY(m_page->errors()->text(u"parameters"_s).isEmpty());
    m_page->save();
    QTRY_VERIFY(m_page->status()->text().contains(u"Not saved"));
    QVERIFY2(!m_page->errors()->text(u"parameters"_s).isEmpty(), qPrintable(m_page->status()->text()));
    QCOMPARE(m_f->harness.request("GET", u"/v1/functions/book"_s).status, 404);
}

void tst_AdminFunctions::saveAndTryIt()
{
    fill(u"book"_s, u"calendar"_s);
    QSignalSpy saved(m_page.get(), &FunctionsPage::saved);
    m_page->save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_f->harness.request("GET", u"/v1/functions/book"_s).json.value(u"endpoint").toString(),
             u"calendar"_s);

    // Invalid arguments: the model would read the validation message.
    QSignalSpy tried(m_page.get(), &FunctionsPage::tried);
    m_page->argumentsEdit()->setPlainText(u"{\"start\": \"2026-12-01T10:00\", \"phone\": \"0415\"}"_s);
    m_page->tryIt();
    QTRY_COMPARE(tried.size(), 1);
    QVERIFY2(m_page->tryResult()->toPlainText().contains(u"phone"),
             qPrintable(m_page->tryResult()->toPlainText()));
    QCOMPARE(m_f->receiver->count(), 0);

    m_page->argumentsEdit()->setPlainText(
        u"{\"start\": \"2026-12-01T10:00\", \"phone\": \"+14155550123\"}"_s);
    m_page->tryIt();
    QTRY_COMPARE(tried.size(), 2);
    QCOMPARE(m_f->receiver->count(u"/cal/appointments"_s), 1);
    const QString result = m_page->tryResult()->toPlainText();
    QVERIFY2(result.contains(u"\"ok\": true") && result.contains(u"apt_1"), qPrintable(result));
    const QString request = m_page->tryRequest()->toPlainText();
    QVERIFY2(request.startsWith(u"POST " + m_f->receiver->url(u"/cal/appointments"_s).toString()),
             qPrintable(request));
    QVERIFY2(request.contains(u"\"slot\": \"2026-12-01T10:00\""), qPrintable(request));
    const QJsonObject sent
        = QJsonDocument::fromJson(m_f->receiver->requests(u"/cal/appointments"_s).first().body).object();
    QCOMPARE(sent.value(u"phone").toString(), u"+14155550123"_s);
    m_page->findChild<QTabWidget *>()->setCurrentIndex(1);
    AdminFixture::screenshot(m_page.get(), u"functions-try"_s);
}

void tst_AdminFunctions::exportToolDefinitions()
{
    fill(u"book"_s, u"calendar"_s);
    QSignalSpy saved(m_page.get(), &FunctionsPage::saved);
    m_page->save();
    QTRY_COMPARE(saved.size(), 1);
    QSignalSpy exported(m_page.get(), &FunctionsPage::exported);
    m_page->exportToClipboard();
    QTRY_COMPARE(exported.size(), 1);
    const QJsonArray tools = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).array();
    QCOMPARE(tools.size(), 1);
    QCOMPARE(tools.first().toObject().value(u"type").toString(), u"function"_s);
    QCOMPARE(tools.first().toObject().value(u"function").toObject().value(u"name").toString(), u"book"_s);

    QTemporaryDir dir;
    const QString file = dir.filePath(u"tools.json"_s);
    m_page->exportToFile(file);
    QTRY_COMPARE(exported.size(), 2);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).array(), tools);
}

void tst_AdminFunctions::platformPresetSetsDeadlineAndExport()
{
    QSettings().setValue(u"platforms/publicBaseUrl"_s, u"https://sb.example.com"_s);
    fill(u"book"_s, u"calendar"_s);
    // Vapi waits 20 s for a tool's answer: the deadline leaves a margin inside it.
    m_page->applyPlatform(u"vapi"_s);
    QCOMPARE(m_page->platformCombo()->currentData().toString(), u"vapi"_s);
    QCOMPARE(m_page->deadlineSpin()->value(), 18000);
    QCOMPARE(FunctionsPage::deadlineFor(u"retell"_s), 8000);
    QVERIFY(FunctionsPage::deadlineFor(u"elevenlabs"_s) <= 20000);
    QSignalSpy saved(m_page.get(), &FunctionsPage::saved);
    m_page->save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_f->harness.request("GET", u"/v1/functions/book"_s).json.value(u"deadline_ms").toInt(), 18000);

    // The preview and the export are in Vapi's shape, with the URL Vapi calls.
    QSignalSpy preview(m_page.get(), &FunctionsPage::toolPreviewLoaded);
    m_page->loadToolPreview();
    QTRY_VERIFY(preview.size() >= 1);
    QTRY_VERIFY(
        m_page->toolPreview()->toPlainText().contains(u"https://sb.example.com/platforms/vapi/vapi"_s));
    QSignalSpy exported(m_page.get(), &FunctionsPage::exported);
    m_page->exportToClipboard();
    QTRY_COMPARE(exported.size(), 1);
    const QJsonObject vapi
        = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).array().first().toObject();
    QCOMPARE(vapi.value(u"server").toObject().value(u"url").toString(),
             u"https://sb.example.com/platforms/vapi/vapi"_s);
    QCOMPARE(vapi.value(u"function").toObject().value(u"name").toString(), u"book"_s);

    // Retell: a custom function; OpenAI Realtime: the flat session tool.
    m_page->applyPlatform(u"retell"_s);
    QCOMPARE(m_page->deadlineSpin()->value(), 8000);
    m_page->exportToClipboard();
    QTRY_COMPARE(exported.size(), 2);
    const QJsonObject retell
        = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).array().first().toObject();
    QCOMPARE(retell.value(u"type").toString(), u"custom"_s);
    QCOMPARE(retell.value(u"url").toString(), u"https://sb.example.com/platforms/retell/retell"_s);
    m_page->applyPlatform(u"openai"_s);
    m_page->exportToClipboard();
    QTRY_COMPARE(exported.size(), 3);
    const QJsonObject realtime
        = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).array().first().toObject();
    QCOMPARE(realtime.value(u"name").toString(), u"book"_s);
    QVERIFY(!realtime.contains(u"function"));
    // Generic: the chat tools as before, and the deadline stays as it is.
    m_page->applyPlatform(QString());
    QCOMPARE(m_page->deadlineSpin()->value(), 8000);
    m_page->exportToClipboard();
    QTRY_COMPARE(exported.size(), 4);
    QCOMPARE(QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8())
                 .array()
                 .first()
                 .toObject()
                 .value(u"type")
                 .toString(),
             u"function"_s);
    QSettings().remove(u"platforms/publicBaseUrl"_s);
}

QTEST_MAIN(tst_AdminFunctions)
#include "tst_adminfunctions.moc"
