// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminfixture.h"
#include "redact/redactor.h"
#include "ui/admin/configpage.h"
#include "ui/admin/fielderrors.h"
#include "ui/admin/jsonlistmodel.h"
#include "ui/admin/rulespage.h"
#include "ui/admin/secretfield.h"
#include "ui/admin/settingspage.h"
#include "ui/admin/sourcespage.h"
#include "ui/consoleservices.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Switchboard;
using namespace Qt::StringLiterals;

// Settings, inbound sources, alert and redaction rules, configuration as code.
class tst_AdminPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void settingsShowEffectiveValuesAndMaskTheToken();
    void settingsRefuseABadAddressAndStoreForNextStart();
    void settingsRegenerateTheTokenInTheSecretStore();
    void sourceEditorRefusesBadJsonBesideTheField();
    void sourceLogLanesAndResubmitAfterAFix();
    void sourcePresetStripeMakesAWorkingSource();
    void alertRuleRefusedBesideTheFieldThenSaved();
    void redactionPreview();
    void retentionAndRedactionChangedWhileRunning();
    void configExportImportRoundTrip();
    void configReplaceRemovesWhatTheFileDoesNotName();

private:
    ConsoleServices services() const;
    std::unique_ptr<AdminFixture> m_f;
};

void tst_AdminPages::init()
{
    m_f = std::make_unique<AdminFixture>();
    QVERIFY(m_f->start());
    QSettings().clear();
}

void tst_AdminPages::cleanup()
{
    m_f.reset();
}

ConsoleServices tst_AdminPages::services() const
{
    ConsoleServices s;
    s.location = StoreLocation::sqlite(m_f->harness.dataPath() + u"/switchboard.db"_s);
    s.engine = m_f->harness.engine();
    s.secrets = std::shared_ptr<SecretStore>(std::shared_ptr<SecretStore>(), m_f->harness.secrets());
    s.instanceId = m_f->harness.engine()->instanceId();
    s.listenAddress = m_f->harness.baseUrl().mid(7);
    s.token = QString::fromLatin1(ApiHarness::kToken);
    s.dataDir = m_f->harness.dataPath();
    return s;
}

void tst_AdminPages::settingsShowEffectiveValuesAndMaskTheToken()
{
    SettingsPage page(services());
    page.resize(900, 700);
    page.show();
    const QList<QLabel *> labels = page.findChildren<QLabel *>();
    auto shows = [&](const QString &text) {
        return std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->text().contains(text); });
    };
    QVERIFY(shows(m_f->harness.dataPath()));
    QVERIFY(shows(m_f->harness.baseUrl()));
    QCOMPARE(page.tokenField()->edit()->echoMode(), QLineEdit::Password);
    QCOMPARE(page.tokenField()->secret(), QString::fromLatin1(ApiHarness::kToken));
    QTest::mouseClick(page.tokenField()->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(ApiHarness::kToken));
    QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());
    AdminFixture::screenshot(&page, u"settings"_s);
}

void tst_AdminPages::settingsRefuseABadAddressAndStoreForNextStart()
{
    SettingsPage page(services());
    page.listenEdit()->setText(u"localhost"_s);
    QVERIFY(!page.save());
    QVERIFY(!page.listenError()->isHidden());
    QVERIFY(!QSettings().contains(SettingsPage::kListenKey));
    page.listenEdit()->setText(u"127.0.0.1:9000"_s);
    page.databaseEdit()->setText(u"postgresql://sb@db.internal/switchboard"_s);
    page.languageCombo()->setCurrentIndex(page.languageCombo()->findData(u"de"_s));
    QVERIFY(page.save());
    QVERIFY(page.listenError()->isHidden());
    QSettings s;
    QCOMPARE(s.value(SettingsPage::kListenKey).toString(), u"127.0.0.1:9000"_s);
    QCOMPARE(s.value(u"ui/language"_s).toString(), u"de"_s);
    QVERIFY(page.restartNote()->text().contains(u"restart"));
    QCOMPARE(page.commandLine(),
             u"switchboard --database postgresql://sb@db.internal/switchboard --listen 127.0.0.1:9000"_s);
}

void tst_AdminPages::settingsRegenerateTheTokenInTheSecretStore()
{
    if (!qEnvironmentVariableIsEmpty("SWITCHBOARD_API_TOKEN"))
        QSKIP("the token comes from the environment");
    SettingsPage page(services());
    const QString key = m_f->harness.engine()->instanceId() + u"/api-token"_s;
    QSignalSpy done(&page, &SettingsPage::tokenRegenerated);
    page.regenerateToken();
    QTRY_COMPARE(done.size(), 1);
    const QString fresh = page.tokenField()->secret();
    QVERIFY(fresh.startsWith(u"sbt_"));
    QVERIFY(fresh != QString::fromLatin1(ApiHarness::kToken));
    QCOMPARE(m_f->harness.secrets()->read(key).value().value_or(QString()), fresh);
    QVERIFY(!page.tokenField()->isRevealed());
    QVERIFY(page.tokenNote()->text().contains(u"restart"));
}

void tst_AdminPages::sourceEditorRefusesBadJsonBesideTheField()
{
    SourcesPage page(m_f->api.get());
    page.nameEdit()->setText(u"shop"_s);
    page.schemaEdit()->setPlainText(u"{\"type\": "_s);
    page.save();
    QVERIFY(!page.errors()->text(u"schema"_s).isEmpty());
    // The API's check: an address that is not one.
    page.schemaEdit()->clear();
    page.allowIpsEdit()->setText(u"300.1.2.3"_s);
    page.save();
    QTRY_VERIFY(!page.errors()->text(u"allow_ips"_s).isEmpty());
    QCOMPARE(m_f->harness.request("GET", u"/v1/sources/shop"_s).status, 404);
}

void tst_AdminPages::sourceLogLanesAndResubmitAfterAFix()
{
    QVERIFY(m_f->harness.createEndpoint(u"agent"_s, m_f->receiver->url(u"/agent"_s),
                                        QJsonObject{{u"event_types"_s, QJsonArray{u"shop.*"_s}}}));
    SourcesPage page(m_f->api.get());
    new QAbstractItemModelTester(page.logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &page);
    page.resize(1200, 760);
    page.show();
    page.nameEdit()->setText(u"shop"_s);
    page.schemeCombo()->setCurrentText(u"x-signature"_s);
    page.rulesEdit()->setPlainText(u"{\"required\": [\"$.id\"]}"_s);
    page.forwardTypeEdit()->setText(u"shop.{$.type}"_s);
    QSignalSpy saved(&page, &SourcesPage::saved);
    page.save();
    QTRY_COMPARE(saved.size(), 1);
    const QString secret = u"shop-secret-0123456789"_s;
    page.secretEdit()->setText(secret);
    page.setSecret();
    QTRY_VERIFY(page.status()->text().contains(u"replaced"));

    auto post = [&](const QByteArray &body) {
        const QByteArray sig = "sha256="
            + QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
        return m_f->harness.requestRaw("POST", u"/in/shop"_s, body,
                                       {{"Content-Type", "application/json"}, {"X-Signature", sig}}, false);
    };
    QCOMPARE(post(R"({"id":"evt_1","type":"order.paid"})").status, 200);
    QCOMPARE(post(R"({"id":"evt_1","type":"order.paid"})").status, 200); // duplicate
    QCOMPARE(post(R"({"type":"order.refunded"})").status, 422); // no id: rule_failed
    QTRY_COMPARE(m_f->receiver->count(u"/agent"_s), 1);

    QSignalSpy loaded(&page, &SourcesPage::logLoaded);
    page.tabs()->setCurrentIndex(2);
    QTRY_VERIFY(loaded.size() >= 1);
    QTRY_COMPARE(page.logModel()->rowCount(), 3);
    auto lane = [&](const QString &name) -> int {
        const int before = int(loaded.size());
        page.laneCombo()->setCurrentIndex(page.laneCombo()->findData(name));
        if (!QTest::qWaitFor([&]() { return loaded.size() > before; }, 5000))
            return -1;
        return page.logModel()->rowCount();
    };
    QCOMPARE(lane(u"accepted"_s), 1);
    QCOMPARE(lane(u"duplicate"_s), 1);
    QCOMPARE(lane(u"rule_failed"_s), 1);
    QCOMPARE(lane(u"rejected"_s), 1);
    page.logView()->setCurrentIndex(page.logModel()->index(0, 0));
    QVERIFY2(page.logDetail()->toPlainText().contains(u"rule_failed"),
             qPrintable(page.logDetail()->toPlainText()));
    AdminFixture::screenshot(&page, u"sources-log"_s);

    // The fix: drop the rule; then resubmit the original request.
    page.tabs()->setCurrentIndex(0);
    page.rulesEdit()->clear();
    page.save();
    QTRY_COMPARE(saved.size(), 2);
    page.tabs()->setCurrentIndex(2);
    QTRY_COMPARE(page.logModel()->rowCount(), 1);
    page.logView()->setCurrentIndex(page.logModel()->index(0, 0));
    QSignalSpy resubmitted(&page, &SourcesPage::resubmitted);
    page.resubmit();
    QTRY_COMPARE(resubmitted.size(), 1);
    QCOMPARE(resubmitted.first().first().toJsonObject().value(u"status").toString(), u"accepted"_s);
    QTRY_COMPARE(m_f->receiver->count(u"/agent"_s), 2);
}

void tst_AdminPages::sourcePresetStripeMakesAWorkingSource()
{
    QVERIFY(m_f->harness.createEndpoint(u"agent"_s, m_f->receiver->url(u"/agent"_s),
                                        QJsonObject{{u"event_types"_s, QJsonArray{u"stripe.*"_s}}}));
    SourcesPage page(m_f->api.get());
    QSignalSpy loaded(&page, &SourcesPage::presetsLoaded);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(page.presetCombo()->itemData(0).toString(), QString()); // Custom
    QVERIFY(page.presetCombo()->findData(u"github"_s) > 0);
    page.nameEdit()->setText(u"pay"_s);
    page.toleranceSpin()->setValue(60);
    page.applyPreset(u"stripe"_s);
    QCOMPARE(page.presetCombo()->currentData().toString(), u"stripe"_s);
    QCOMPARE(page.schemeCombo()->currentText(), u"stripe"_s);
    QCOMPARE(page.toleranceSpin()->value(), 300);
    QCOMPARE(page.forwardTypeEdit()->text(), u"stripe.{$.type}"_s);
    QCOMPARE(page.callIdPathEdit()->text(), u"$.data.object.metadata.call_id"_s);
    QVERIFY(page.dedupeEdit()->toPlainText().contains(u"\"$.id\""_s));
    QCOMPARE(page.nameEdit()->text(), u"pay"_s); // not the sender's to decide
    // Custom afterwards keeps what is there.
    page.forwardTypeEdit()->setText(u"stripe.x.{$.type}"_s);
    page.applyPreset(QString());
    QCOMPARE(page.forwardTypeEdit()->text(), u"stripe.x.{$.type}"_s);
    QCOMPARE(page.schemeCombo()->currentText(), u"stripe"_s);
    page.forwardTypeEdit()->setText(u"stripe.{$.type}"_s);

    QSignalSpy saved(&page, &SourcesPage::saved);
    page.save();
    QTRY_COMPARE(saved.size(), 1);
    const QString secret = u"whsec_stripe_test_secret"_s;
    page.secretEdit()->setText(secret);
    page.setSecret();
    QTRY_VERIFY(page.status()->text().contains(u"replaced"));

    const QByteArray body
        = R"({"id":"evt_1","type":"payment_intent.succeeded","data":{"object":{"metadata":{"call_id":"call_9"}}}})";
    const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray v1
        = QMessageAuthenticationCode::hash(ts + '.' + body, secret.toUtf8(), QCryptographicHash::Sha256)
              .toHex();
    auto post = [&]() {
        return m_f->harness.requestRaw(
            "POST", u"/in/pay"_s, body,
            {{"Content-Type", "application/json"}, {"Stripe-Signature", "t=" + ts + ",v1=" + v1}}, false);
    };
    const auto accepted = post();
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json.value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(post().json.value(u"status"_s).toString(), u"duplicate"_s); // $.id de-duplicates
    QTRY_COMPARE(m_f->receiver->count(u"/agent"_s), 1);
    const QJsonArray log = m_f->harness.request("GET", u"/v1/inbound?source=pay&status=accepted"_s)
                               .json.value(u"inbound"_s)
                               .toArray();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().toObject().value(u"call_id"_s).toString(), u"call_9"_s);
}

void tst_AdminPages::alertRuleRefusedBesideTheFieldThenSaved()
{
    RulesPage page(m_f->api.get());
    new QAbstractItemModelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
    page.nameEdit()->setText(u"crm-success"_s);
    page.kindCombo()->setCurrentIndex(page.kindCombo()->findData(u"success_rate_below"_s));
    page.endpointEdit()->setText(u"crm"_s);
    page.thresholdSpin()->setValue(150);
    page.saveRule();
    QTRY_VERIFY(!page.errors()->text(u"threshold"_s).isEmpty());
    QCOMPARE(m_f->harness.request("GET", u"/v1/alerts/rules/crm-success"_s).status, 404);
    page.thresholdSpin()->setValue(90);
    QSignalSpy saved(&page, &RulesPage::saved);
    page.saveRule();
    QTRY_COMPARE(saved.size(), 1);
    const QJsonObject rule = m_f->harness.request("GET", u"/v1/alerts/rules/crm-success"_s).json;
    QCOMPARE(rule.value(u"threshold").toDouble(), 90.0);
    QCOMPARE(rule.value(u"endpoint").toString(), u"crm"_s);
    QCOMPARE(page.model()->rowCount(), 1);
}

void tst_AdminPages::redactionPreview()
{
    RulesPage page(m_f->api.get());
    page.resize(1100, 700);
    page.show();
    // Built-ins alone: the phone, e-mail and card are masked, the account number is not.
    QVERIFY(!page.previewEdit()->toPlainText().contains(u"+14155550123"));
    QVERIFY(!page.previewEdit()->toPlainText().contains(u"jane.roe@example.com"));
    QVERIFY(page.previewEdit()->toPlainText().contains(u"ACCT-99812"));
    QVERIFY(page.previewEdit()->toPlainText().contains(u"ORD-20261127-0042"));
    page.patternsEdit()->setPlainText(u"ACCT-\\d+"_s);
    page.pathsEdit()->setPlainText(u"$.caller.name"_s);
    QVERIFY(!page.previewEdit()->toPlainText().contains(u"ACCT-99812"));
    QVERIFY(!page.previewEdit()->toPlainText().contains(u"Jane Roe"));
    QVERIFY(page.redactionSnippet().contains(u"$.caller.name"));
    page.patternsEdit()->setPlainText(u"ACCT-(\\d+"_s);
    QVERIFY(!page.redactionError()->isHidden());
    QVERIFY(!page.redactionError()->text().isEmpty());
    page.patternsEdit()->setPlainText(u"ACCT-\\d+"_s);
    page.findChild<QTabWidget *>()->setCurrentIndex(1);
    AdminFixture::screenshot(&page, u"redaction"_s);
}

void tst_AdminPages::retentionAndRedactionChangedWhileRunning()
{
    const auto redactorBefore = Redactor::shared();
    RulesPage page(m_f->api.get());
    page.resize(1100, 700);
    page.show();
    QSignalSpy loaded(&page, &RulesPage::dataPolicyLoaded);
    QSignalSpy saved(&page, &RulesPage::dataPolicySaved);
    page.refresh();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.attemptBodyDaysSpin()->value(), 7);
    QCOMPARE(page.inboundBodyDaysSpin()->value(), 7);
    QCOMPARE(page.deliveredDaysSpin()->value(), 30);
    QCOMPARE(page.rollupDaysSpin()->value(), 90);

    // Retention: saved through the API, kept in the store.
    page.rollupDaysSpin()->setValue(45);
    page.attemptBodyDaysSpin()->setValue(0); // forever
    QCOMPARE(page.attemptBodyDaysSpin()->text(), u"forever"_s);
    page.saveRetention();
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(page.status()->text().contains(u"saved"));
    page.findChild<QTabWidget *>()->setCurrentIndex(2);
    AdminFixture::screenshot(&page, u"retention"_s);
    QJsonObject stored = m_f->harness.request("GET", u"/v1/retention"_s).json;
    QCOMPARE(stored.value(u"rollups_days"_s).toInt(), 45);
    QCOMPARE(stored.value(u"attempt_bodies_days"_s).toInt(), 0);
    // The API refuses what the spin boxes cannot produce, by field.
    const ApiResponse bad = m_f->harness.request(
        "PUT", u"/v1/retention"_s, QJsonObject{{u"rollups_days"_s, -1}, {u"inbound_bodies_days"_s, 2}});
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.json.value(u"error"_s)
                 .toObject()
                 .value(u"details"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"field"_s),
             u"rollups_days"_s);
    QCOMPARE(m_f->harness.request("GET", u"/v1/retention"_s).json.value(u"inbound_bodies_days"_s).toInt(), 7);

    // Redaction: refused inline while invalid, then saved and applied at once.
    page.patternsEdit()->setPlainText(u"ACCT-\\d+\nORD-(\\d+"_s);
    QVERIFY(!page.saveRedactionButton()->isEnabled());
    QVERIFY2(page.redactionError()->text().startsWith(u"Patterns, line 2: "_s),
             qPrintable(page.redactionError()->text()));
    page.patternsEdit()->setPlainText(u"ACCT-\\d+"_s);
    page.pathsEdit()->setPlainText(u"$.caller.name"_s);
    QVERIFY(page.saveRedactionButton()->isEnabled());
    page.saveRedaction();
    QTRY_COMPARE(saved.size(), 2);
    const QJsonObject rules = m_f->harness.request("GET", u"/v1/redaction"_s).json;
    QCOMPARE(rules.value(u"patterns"_s).toArray(), QJsonArray{u"ACCT-\\d+"_s});
    QCOMPARE(rules.value(u"json_paths"_s).toArray(), QJsonArray{u"$.caller.name"_s});
    QVERIFY(!Redactor::shared()->redactText(u"account ACCT-99812"_s).contains(u"99812"_s));
    QCOMPARE(
        m_f->harness.request("PUT", u"/v1/redaction"_s, QJsonObject{{u"patterns"_s, QJsonArray{u"(x"_s}}})
            .status,
        422);

    // Another console (or a restart) reads them back.
    RulesPage again(m_f->api.get());
    QSignalSpy loadedAgain(&again, &RulesPage::dataPolicyLoaded);
    again.refresh();
    QVERIFY(loadedAgain.wait(5000));
    QCOMPARE(again.patternsEdit()->toPlainText(), u"ACCT-\\d+"_s);
    QTRY_COMPARE(again.rollupDaysSpin()->value(), 45);
    Redactor::setShared(redactorBefore);
}

void tst_AdminPages::configExportImportRoundTrip()
{
    QVERIFY(m_f->harness.createEndpoint(u"crm"_s, m_f->receiver->url(u"/crm"_s),
                                        QJsonObject{{u"event_types"_s, QJsonArray{u"call.*"_s}}}));
    QVERIFY(m_f->harness.createEndpoint(
        u"calendar"_s, m_f->receiver->url(u"/cal"_s),
        QJsonObject{{u"signing"_s, QJsonObject{{u"scheme"_s, u"standard-webhooks"_s}}}}));
    QCOMPARE(m_f->harness
                 .request("PUT", u"/v1/functions/book"_s,
                          QJsonObject{{u"description"_s, u"Book"_s},
                                      {u"endpoint"_s, u"calendar"_s},
                                      {u"parameters"_s, QJsonObject{{u"type"_s, u"object"_s}}}})
                 .status,
             201);
    QCOMPARE(
        m_f->harness.request("PUT", u"/v1/sources/shop"_s, QJsonObject{{u"scheme"_s, u"stripe"_s}}).status,
        201);
    QCOMPARE(m_f->harness
                 .request("PUT", u"/v1/alerts/rules/global-dlq"_s,
                          QJsonObject{{u"kind"_s, u"dlq_depth_above"_s}, {u"threshold"_s, 10}})
                 .status,
             201);

    ConfigPage page(m_f->api.get());
    page.resize(1000, 600);
    page.show();
    QTemporaryDir dir;
    const QString file = dir.filePath(u"config.json"_s);
    QSignalSpy exported(&page, &ConfigPage::exported);
    page.exportToFile(file);
    QTRY_COMPARE(exported.size(), 1);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    f.close();
    QVERIFY(!text.contains("secret_fingerprint"));
    QVERIFY(!text.contains("\"secrets\""));
    QVERIFY(!text.contains("whsec_"));
    QJsonObject config = QJsonDocument::fromJson(text).object();
    QCOMPARE(config.value(u"endpoints"_s).toArray().size(), 2);
    QCOMPARE(config.value(u"functions"_s).toArray().size(), 1);
    QCOMPARE(config.value(u"sources"_s).toArray().size(), 1);
    QCOMPARE(config.value(u"alert_rules"_s).toArray().size(), 1);
    for (const QJsonValue &e : config.value(u"endpoints"_s).toArray())
        QVERIFY(!e.toObject().value(u"name").toString().isEmpty());

    // The same file again: nothing to change.
    QSignalSpy previewed(&page, &ConfigPage::previewReady);
    page.importFile(file);
    QTRY_COMPARE(previewed.size(), 1);
    QCOMPARE(page.items().size(), 5);
    for (const ConfigPage::Item &item : page.items())
        QVERIFY2(item.change == ConfigPage::Change::Unchanged,
                 qPrintable(item.kind + u' ' + item.name + u' ' + item.fields.join(u',')));
    QVERIFY(!page.applyButton()->isEnabled());

    // One change, one addition.
    QJsonArray endpoints = config.value(u"endpoints"_s).toArray();
    for (int i = 0; i < endpoints.size(); ++i) {
        QJsonObject e = endpoints.at(i).toObject();
        if (e.value(u"name").toString() == u"crm") {
            e.insert(u"timeout_ms"_s, 4000);
            endpoints.replace(i, e);
        }
    }
    endpoints.append(QJsonObject{{u"name"_s, u"billing"_s},
                                 {u"url"_s, m_f->receiver->url(u"/billing"_s).toString()},
                                 {u"signing"_s, QJsonObject{{u"scheme"_s, u"none"_s}}}});
    config.insert(u"endpoints"_s, endpoints);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(config).toJson());
    f.close();
    page.importFile(file);
    QTRY_COMPARE(previewed.size(), 2);
    int added = 0, changed = 0;
    for (const ConfigPage::Item &item : page.items()) {
        if (item.change == ConfigPage::Change::Added) {
            ++added;
            QCOMPARE(item.name, u"billing"_s);
        } else if (item.change == ConfigPage::Change::Changed) {
            ++changed;
            QCOMPARE(item.name, u"crm"_s);
            QCOMPARE(item.fields, QStringList{u"timeout_ms"_s});
        }
    }
    QCOMPARE(added, 1);
    QCOMPARE(changed, 1);
    QVERIFY(page.applyButton()->isEnabled());
    AdminFixture::screenshot(&page, u"config-import"_s);
    QSignalSpy applied(&page, &ConfigPage::applied);
    page.apply();
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(applied.first().at(0).toInt(), 2);
    QCOMPARE(applied.first().at(1).toInt(), 0);
    QCOMPARE(m_f->harness.request("GET", u"/v1/endpoints/crm"_s).json.value(u"timeout_ms").toInt(), 4000);
    QCOMPARE(m_f->harness.request("GET", u"/v1/endpoints/billing"_s).status, 200);
    // The secret of calendar was not touched by the import.
    QCOMPARE(m_f->harness.request("GET", u"/v1/endpoints/calendar"_s).json.value(u"secrets").toArray().size(),
             1);
}

// Export, add things, import the export in replace mode: the additions are listed as
// removals, then deleted; the rest is untouched (its secret too).
void tst_AdminPages::configReplaceRemovesWhatTheFileDoesNotName()
{
    QVERIFY(m_f->harness.createEndpoint(
        u"calendar"_s, m_f->receiver->url(u"/cal"_s),
        QJsonObject{{u"signing"_s, QJsonObject{{u"scheme"_s, u"standard-webhooks"_s}}}}));
    QCOMPARE(
        m_f->harness.request("PUT", u"/v1/sources/shop"_s, QJsonObject{{u"scheme"_s, u"stripe"_s}}).status,
        201);
    ConfigPage page(m_f->api.get());
    page.resize(1000, 600);
    page.show();
    QTemporaryDir dir;
    const QString file = dir.filePath(u"config.json"_s);
    QSignalSpy exported(&page, &ConfigPage::exported);
    page.exportToFile(file);
    QTRY_COMPARE(exported.size(), 1);

    // Added since the export.
    QVERIFY(m_f->harness.createEndpoint(u"extra"_s, m_f->receiver->url(u"/extra"_s)));
    QCOMPARE(m_f->harness
                 .request("PUT", u"/v1/functions/lookup"_s,
                          QJsonObject{{u"description"_s, u"Look up"_s},
                                      {u"endpoint"_s, u"extra"_s},
                                      {u"parameters"_s, QJsonObject{{u"type"_s, u"object"_s}}}})
                 .status,
             201);
    QCOMPARE(m_f->harness.request("PUT", u"/v1/sources/gh"_s, QJsonObject{{u"scheme"_s, u"github"_s}}).status,
             201);
    QCOMPARE(m_f->harness
                 .request("PUT", u"/v1/alerts/rules/dlq"_s,
                          QJsonObject{{u"kind"_s, u"dlq_depth_above"_s}, {u"threshold"_s, 5}})
                 .status,
             201);

    // Without replace: nothing is removed.
    QSignalSpy previewed(&page, &ConfigPage::previewReady);
    page.importFile(file);
    QTRY_COMPARE(previewed.size(), 1);
    for (const ConfigPage::Item &item : page.items())
        QVERIFY(item.change == ConfigPage::Change::Unchanged);
    QVERIFY(!page.applyButton()->isEnabled());

    // Replace: the four additions are shown as removals, endpoints last.
    page.replaceCheck()->setChecked(true);
    QTRY_COMPARE(previewed.size(), 2);
    QStringList removed;
    for (const ConfigPage::Item &item : page.items())
        if (item.change == ConfigPage::Change::Removed)
            removed << item.kind + u'/' + item.name;
    QCOMPARE(
        removed,
        (QStringList{u"alert_rules/dlq"_s, u"sources/gh"_s, u"functions/lookup"_s, u"endpoints/extra"_s}));
    QVERIFY(page.applyButton()->isEnabled());
    QVERIFY(page.status()->text().contains(u"removals"));
    QTreeWidgetItem *last = page.previewTree()->topLevelItem(page.previewTree()->topLevelItemCount() - 1);
    QCOMPARE(last->text(2), u"removed"_s);
    AdminFixture::screenshot(&page, u"config-replace"_s);

    QSignalSpy applied(&page, &ConfigPage::applied);
    page.apply();
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(applied.first().at(0).toInt(), 4);
    QCOMPARE(applied.first().at(1).toInt(), 0);
    QCOMPARE(last->text(2), u"deleted"_s);
    QCOMPARE(m_f->harness.request("GET", u"/v1/endpoints/extra"_s).status, 404);
    QCOMPARE(m_f->harness.request("GET", u"/v1/functions/lookup"_s).status, 404);
    QCOMPARE(m_f->harness.request("GET", u"/v1/sources/gh"_s).status, 404);
    QCOMPARE(m_f->harness.request("GET", u"/v1/alerts/rules/dlq"_s).status, 404);
    QCOMPARE(m_f->harness.request("GET", u"/v1/sources/shop"_s).status, 200);
    QCOMPARE(m_f->harness.request("GET", u"/v1/endpoints/calendar"_s).json.value(u"secrets").toArray().size(),
             1);

    // The round trip closes: the same file again changes nothing, even in replace mode.
    page.importFile(file);
    QTRY_COMPARE(previewed.size(), 3);
    for (const ConfigPage::Item &item : page.items())
        QVERIFY2(item.change == ConfigPage::Change::Unchanged, qPrintable(item.kind + u'/' + item.name));
}

QTEST_MAIN(tst_AdminPages)
#include "tst_adminpages.moc"
