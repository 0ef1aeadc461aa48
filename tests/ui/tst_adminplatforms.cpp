// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminfixture.h"
#include "ui/admin/fielderrors.h"
#include "ui/admin/jsonlistmodel.h"
#include "ui/admin/platformspage.h"
#include "ui/admin/secretspanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Switchboard;
using namespace Qt::StringLiterals;

// The voice platforms page against a whole Switchboard: presets fill the editor,
// bad input is refused beside its field, a saved connection with its secret
// accepts the platform's signed requests, rotation keeps both secrets valid.
class tst_AdminPlatforms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void presetFillsTheEditor_data();
    void presetFillsTheEditor();
    void refusedBesideTheField();
    void createSetSecretAndRotate();
    void vapiAssistantRequest();

private:
    int postBland(const QString &name, const QByteArray &secret, int n);
    std::unique_ptr<AdminFixture> m_f;
};

void tst_AdminPlatforms::init()
{
    m_f = std::make_unique<AdminFixture>();
    QVERIFY(m_f->start());
    QSettings().clear();
}

void tst_AdminPlatforms::cleanup()
{
    m_f.reset();
}

int tst_AdminPlatforms::postBland(const QString &name, const QByteArray &secret, int n)
{
    const QByteArray body = R"({"call_id":"ui-)" + QByteArray::number(n) + R"(","event":"completed"})";
    const QByteArray sig = QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
    return m_f->harness
        .requestRaw("POST", u"/platforms/bland/"_s + name, body,
                    {{"Content-Type", "application/json"}, {"X-Webhook-Signature", sig}}, false)
        .status;
}

void tst_AdminPlatforms::presetFillsTheEditor_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("presetText"); // in the preset line
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<int>("budget");
    QTest::addColumn<bool>("apiKey");
    QTest::addColumn<bool>("publicUrl");
    QTest::addColumn<bool>("authType");
    QTest::addRow("vapi") << u"vapi"_s << u"$.message.call.id"_s << 300 << 20000 << false << false << true;
    QTest::addRow("retell") << u"retell"_s << u"$.call.call_id"_s << 300 << 10000 << false << false << false;
    QTest::addRow("elevenlabs") << u"elevenlabs"_s << u"$.data.conversation_id"_s << 1800 << 10000 << false
                                << false << false;
    QTest::addRow("bland") << u"bland"_s << u"no time is signed"_s << 300 << 10000 << false << false << false;
    QTest::addRow("livekit") << u"livekit"_s << u"$.room.name"_s << 10 << 10000 << true << false << false;
    QTest::addRow("openai") << u"openai"_s << u"standard-webhooks"_s << 300 << 10000 << false << false
                            << false;
    QTest::addRow("twilio") << u"twilio"_s << u"X-Twilio-Signature"_s << 300 << 15000 << false << true
                            << false;
}

void tst_AdminPlatforms::presetFillsTheEditor()
{
    QFETCH(QString, platform);
    QFETCH(QString, presetText);
    QFETCH(int, tolerance);
    QFETCH(int, budget);
    QFETCH(bool, apiKey);
    QFETCH(bool, publicUrl);
    QFETCH(bool, authType);
    PlatformsPage page(m_f->api.get());
    page.resize(1100, 700);
    page.show();
    page.nameEdit()->setText(u"line-1"_s);
    page.platformCombo()->setCurrentIndex(page.platformCombo()->findData(platform));
    QVERIFY2(page.presetLabel()->text().contains(presetText.toHtmlEscaped()),
             qPrintable(page.presetLabel()->text()));
    QCOMPARE(page.toleranceSpin()->value(), tolerance);
    QCOMPARE(page.budgetSpin()->value(), budget);
    QCOMPARE(page.eventPrefixEdit()->text(), platform);
    QCOMPARE(page.apiKeyEdit()->isVisibleTo(&page), apiKey);
    QCOMPARE(page.publicUrlEdit()->isVisibleTo(&page), publicUrl);
    QCOMPARE(page.authTypeCombo()->isVisibleTo(&page), authType);
    QVERIFY(!page.whereLabel()->text().isEmpty());
    QCOMPARE(page.pasteUrl(), m_f->harness.baseUrl() + u"/platforms/"_s + platform + u"/line-1"_s);
    page.publicBaseEdit()->setText(u"https://sb.example.com/"_s);
    QCOMPARE(page.pasteUrlEdit()->text(), u"https://sb.example.com/platforms/"_s + platform + u"/line-1"_s);
    if (platform == u"vapi") {
        // Vapi's HMAC plan shows its own fields and signs a time.
        page.authTypeCombo()->setCurrentIndex(page.authTypeCombo()->findData(u"hmac"_s));
        QVERIFY(!page.authHeaderEdit()->isVisibleTo(&page));
        QVERIFY(page.toleranceSpin()->isVisibleTo(&page));
        page.authTypeCombo()->setCurrentIndex(page.authTypeCombo()->findData(u"bearer"_s));
        QCOMPARE(page.authHeaderEdit()->text(), u"Authorization"_s);
        QVERIFY(!page.toleranceSpin()->isVisibleTo(&page));
    }
}

void tst_AdminPlatforms::refusedBesideTheField()
{
    PlatformsPage page(m_f->api.get());
    page.show();
    // Refused by the page: LiveKit needs the API key.
    page.nameEdit()->setText(u"lk"_s);
    page.platformCombo()->setCurrentIndex(page.platformCombo()->findData(u"livekit"_s));
    page.save();
    QVERIFY(page.errors()->text(u"auth.api_key"_s).contains(u"API key"));
    QVERIFY(page.errors()->label(u"auth.api_key"_s)->isVisibleTo(&page));
    QVERIFY(page.status()->isError());
    // Refused by the API, shown under the field it names.
    page.apiKeyEdit()->setText(u"APIabc123"_s);
    page.eventPrefixEdit()->setText(u"bad prefix!"_s);
    page.save();
    QTRY_VERIFY(!page.errors()->text(u"event_prefix"_s).isEmpty());
    QVERIFY(page.errors()->text(u"auth.api_key"_s).isEmpty());
    QCOMPARE(m_f->harness.request("GET", u"/v1/platforms/lk"_s).status, 404);
    // Corrected: created.
    page.eventPrefixEdit()->setText(u"livekit"_s);
    QSignalSpy saved(&page, &PlatformsPage::saved);
    page.save();
    QTRY_COMPARE(saved.size(), 1);
    const QJsonObject stored = m_f->harness.request("GET", u"/v1/platforms/lk"_s).json;
    QCOMPARE(stored.value(u"auth"_s).toObject().value(u"api_key"_s).toString(), u"APIabc123"_s);
    QCOMPARE(stored.value(u"auth"_s).toObject().value(u"tolerance_s"_s).toInt(), 10);
}

void tst_AdminPlatforms::createSetSecretAndRotate()
{
    PlatformsPage page(m_f->api.get());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1200, 720);
    page.show();
    page.nameEdit()->setText(u"calls"_s);
    page.platformCombo()->setCurrentIndex(page.platformCombo()->findData(u"bland"_s));
    QSignalSpy saved(&page, &PlatformsPage::saved);
    page.save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(page.model()->rowCount(), 1);
    // No secret yet: every request is refused, and the page says so.
    QVERIFY(page.status()->text().contains(u"secret"));
    QCOMPARE(page.tabs()->currentIndex(), 1);
    QCOMPARE(postBland(u"calls"_s, "bland-secret-old-0123", 1), 503); // no secret set yet

    SecretsPanel *secrets = page.secrets();
    secrets->secretEdit()->setText(u"bland-secret-old-0123"_s);
    secrets->setSecret();
    QTRY_VERIFY(page.status()->text().contains(u"replaced"));
    QTRY_COMPARE(secrets->list()->topLevelItemCount(), 1);
    QVERIFY(secrets->secretEdit()->text().isEmpty());
    QCOMPARE(postBland(u"calls"_s, "bland-secret-old-0123", 2), 200);

    // Rotation to the platform's new secret: both verify during the grace window.
    secrets->secretEdit()->setText(u"bland-secret-new-4567"_s);
    secrets->graceHours()->setValue(1);
    secrets->rotateSecret();
    QTRY_VERIFY(page.status()->text().contains(u"rotated"));
    QTRY_COMPARE(secrets->list()->topLevelItemCount(), 2);
    QCOMPARE(postBland(u"calls"_s, "bland-secret-old-0123", 3), 200);
    QCOMPARE(postBland(u"calls"_s, "bland-secret-new-4567", 4), 200);
    QCOMPARE(postBland(u"calls"_s, "bland-secret-wrong-000", 5), 401);
    AdminFixture::screenshot(&page, u"platforms-secret"_s);

    page.tabs()->setCurrentIndex(0);
    page.publicBaseEdit()->setText(u"https://switchboard.example.com"_s);
    QCOMPARE(page.pasteUrlEdit()->text(), u"https://switchboard.example.com/platforms/bland/calls"_s);
    AdminFixture::screenshot(&page, u"platforms"_s);

    // Another connection selected: the list of secrets follows it.
    page.newConnection();
    QVERIFY(!page.tabs()->isTabEnabled(1));
    page.select(u"calls"_s);
    QCOMPARE(secrets->list()->topLevelItemCount(), 2);
}

void tst_AdminPlatforms::vapiAssistantRequest()
{
    PlatformsPage page(m_f->api.get());
    page.resize(1100, 760);
    page.show();
    QPlainTextEdit *edit = page.assistantRequestEdit();
    // Only Vapi sends assistant-request.
    QVERIFY(edit->isVisibleTo(&page));
    page.platformCombo()->setCurrentIndex(page.platformCombo()->findData(u"retell"_s));
    QVERIFY(!edit->isVisibleTo(&page));
    page.platformCombo()->setCurrentIndex(page.platformCombo()->findData(u"vapi"_s));
    QVERIFY(edit->isVisibleTo(&page));
    page.nameEdit()->setText(u"inbound"_s);

    // Checked as it is typed, beside the field.
    QLabel *error = page.errors()->label(u"assistant_request"_s);
    QVERIFY(error);
    edit->setPlainText(u"{\"assistantId\": "_s);
    QVERIFY(error->isVisibleTo(&page));
    QVERIFY2(error->text().contains(u"JSON"_s), qPrintable(error->text()));
    edit->setPlainText(u"{\"firstMessage\": \"Hi\"}"_s);
    QVERIFY(error->isVisibleTo(&page));
    QVERIFY2(error->text().contains(u"assistantId"_s), qPrintable(error->text()));
    edit->setPlainText(u"{\"assistantId\": 7}"_s);
    QVERIFY(error->isVisibleTo(&page));
    // Not saved while it is wrong.
    page.save();
    QVERIFY(page.status()->isError());
    QVERIFY(!page.errors()->text(u"assistant_request"_s).isEmpty());
    QCOMPARE(m_f->harness.request("GET", u"/v1/platforms/inbound"_s).status, 404);

    edit->setPlainText(u"{\"assistantId\": \"asst_night_shift\"}"_s);
    QVERIFY(!error->isVisibleTo(&page));
    QSignalSpy saved(&page, &PlatformsPage::saved);
    page.save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_f->harness.request("GET", u"/v1/platforms/inbound"_s).json.value(u"assistant_request"_s),
             QJsonValue(QJsonObject{{u"assistantId"_s, u"asst_night_shift"_s}}));

    // Shown again when the connection is selected; emptied, the answer is removed.
    page.newConnection();
    QVERIFY(edit->toPlainText().isEmpty());
    page.select(u"inbound"_s);
    QVERIFY2(edit->toPlainText().contains(u"asst_night_shift"_s), qPrintable(edit->toPlainText()));
    edit->clear();
    page.save();
    QTRY_COMPARE(saved.size(), 2);
    QVERIFY(
        m_f->harness.request("GET", u"/v1/platforms/inbound"_s).json.value(u"assistant_request"_s).isNull());
}

QTEST_MAIN(tst_AdminPlatforms)
#include "tst_adminplatforms.moc"
