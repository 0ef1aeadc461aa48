// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminfixture.h"
#include "ui/admin/endpointeditor.h"
#include "ui/admin/endpointspage.h"
#include "ui/admin/fielderrors.h"
#include "ui/admin/jsonlistmodel.h"
#include "ui/admin/secretfield.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Switchboard;
using namespace Qt::StringLiterals;

class tst_AdminEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void invalidInputIsRefusedBesideTheField();
    void serverRefusalIsShownBesideTheField();
    void savingChangesWhatTheEngineDoes();
    void pauseAndResume();
    void testSendShowsRequestAndResponse();
    void rotationSignsWithBothSecretsDuringTheGrace();
    void revealAndCopy();
    void versionsSideBySide();
    void outboundCredential();
    void clientCertificateFromFiles();
    void circuitBreakerSettings();
    void circuitStateAndReset();

private:
    void fillNew(const QString &name, const QString &url, const QString &scheme = u"none"_s);
    std::unique_ptr<AdminFixture> m_f;
    std::unique_ptr<EndpointsPage> m_page;
};

void tst_AdminEndpoints::init()
{
    m_f = std::make_unique<AdminFixture>();
    QVERIFY(m_f->start());
    m_page = std::make_unique<EndpointsPage>(m_f->api.get());
    new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_page.get());
    m_page->resize(1200, 760);
    m_page->show();
}

void tst_AdminEndpoints::cleanup()
{
    m_page.reset();
    m_f.reset();
}

void tst_AdminEndpoints::fillNew(const QString &name, const QString &url, const QString &scheme)
{
    m_page->newEndpoint();
    EndpointEditor *e = m_page->editor();
    e->nameEdit()->setText(name);
    e->urlEdit()->setText(url);
    e->eventTypesEdit()->setText(u"call.*"_s);
    e->retryEdit()->setText(u"1"_s);
    e->signingCombo()->setCurrentIndex(e->signingCombo()->findData(scheme));
}

void tst_AdminEndpoints::invalidInputIsRefusedBesideTheField()
{
    fillNew(u"crm"_s, u"ftp://crm.example.com/hooks"_s);
    m_page->editor()->retryEdit()->setText(u"1, soon, 10"_s);
    m_page->editor()->headersEdit()->setPlainText(u"no colon here"_s);
    m_page->save();
    FieldErrors *errors = m_page->editor()->errors();
    QVERIFY2(errors->text(u"url"_s).contains(u"http"), qPrintable(errors->text(u"url"_s)));
    QVERIFY(!errors->text(u"retry.schedule_s"_s).isEmpty());
    QVERIFY(!errors->text(u"headers"_s).isEmpty());
    QVERIFY(errors->text(u"name"_s).isEmpty());
    // Nothing was sent: the endpoint does not exist.
    QTest::qWait(100);
    QCOMPARE(m_f->harness.request("GET", u"/v1/endpoints/crm"_s).status, 404);

    // Typing a valid URL clears its message as you type.
    m_page->editor()->urlEdit()->setText(u"https://crm.example.com/hooks"_s);
    QTest::keyClick(m_page->editor()->urlEdit(), Qt::Key_End);
    QTest::keyClicks(m_page->editor()->urlEdit(), u"/v2"_s);
    QVERIFY(m_page->editor()->errors()->text(u"url"_s).isEmpty());
}

void tst_AdminEndpoints::serverRefusalIsShownBesideTheField()
{
    // A header Switchboard sets itself passes the console's checks but not the API's.
    fillNew(u"crm"_s, m_f->receiver->url(u"/crm"_s).toString());
    m_page->editor()->headersEdit()->setPlainText(u"webhook-id: mine"_s);
    m_page->save();
    QTRY_VERIFY(!m_page->editor()->errors()->text(u"headers"_s).isEmpty());
    QVERIFY(m_page->status()->text().contains(u"Not saved"));
    QCOMPARE(m_f->harness.request("GET", u"/v1/endpoints/crm"_s).status, 404);
}

void tst_AdminEndpoints::savingChangesWhatTheEngineDoes()
{
    fillNew(u"crm"_s, m_f->receiver->url(u"/a"_s).toString());
    m_page->editor()->headersEdit()->setPlainText(u"X-Tenant: acme"_s);
    QSignalSpy saved(m_page.get(), &EndpointsPage::saved);
    m_page->save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_page->model()->rowCount(), 1);
    m_f->send(u"crm"_s, QJsonObject{{u"n"_s, 1}});
    QTRY_COMPARE(m_f->receiver->count(u"/a"_s), 1);
    QCOMPARE(m_f->receiver->requests(u"/a"_s).first().header("X-Tenant"), QByteArray("acme"));

    // Point it elsewhere: the next delivery goes there.
    m_page->editor()->urlEdit()->setText(m_f->receiver->url(u"/b"_s).toString());
    m_page->save();
    QTRY_COMPARE(saved.size(), 2);
    m_f->send(u"crm"_s, QJsonObject{{u"n"_s, 2}});
    QTRY_COMPARE(m_f->receiver->count(u"/b"_s), 1);
    QCOMPARE(m_f->receiver->count(u"/a"_s), 1);
}

void tst_AdminEndpoints::pauseAndResume()
{
    QVERIFY(m_f->harness.createEndpoint(u"crm"_s, m_f->receiver->url(u"/p"_s)));
    m_page->refresh();
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    m_page->select(u"crm"_s);
    m_page->setPaused(true);
    QTRY_VERIFY(m_page->model()->row(0).value(u"paused").toBool());
    QCOMPARE(
        m_page->model()->data(m_page->model()->index(0, EndpointsPage::State), Qt::DisplayRole).toString(),
        u"paused"_s);
    const QString id = m_f->send(u"crm"_s, QJsonObject{{u"n"_s, 1}});
    QTest::qWait(1500);
    QCOMPARE(m_f->receiver->count(u"/p"_s), 0);
    QCOMPARE(m_f->statusOf(id), u"pending"_s);
    m_page->setPaused(false);
    QTRY_COMPARE(m_f->receiver->count(u"/p"_s), 1);
    QTRY_COMPARE(m_f->statusOf(id), u"delivered"_s);
}

void tst_AdminEndpoints::testSendShowsRequestAndResponse()
{
    m_f->receiver->setBehaviour(u"/t"_s, ReceiverBehaviour::withStatus(201, R"({"ticket":"T-1"})"));
    QVERIFY(
        m_f->harness.createEndpoint(u"crm"_s, m_f->receiver->url(u"/t"_s),
                                    QJsonObject{{u"headers"_s, QJsonObject{{u"X-Tenant"_s, u"acme"_s}}}}));
    m_page->refresh();
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    m_page->select(u"crm"_s);
    m_page->testEventType()->setText(u"test.ping"_s);
    m_page->testPayload()->setPlainText(u"{\"hello\": \"world\"}"_s);
    QSignalSpy done(m_page.get(), &EndpointsPage::testFinished);
    m_page->testSend();
    QTRY_COMPARE(done.size(), 1);
    const QString request = m_page->testRequest()->toPlainText();
    const QString response = m_page->testResponse()->toPlainText();
    QVERIFY2(request.startsWith(u"POST " + m_f->receiver->url(u"/t"_s).toString()), qPrintable(request));
    QVERIFY2(request.contains(u"x-tenant: acme"), qPrintable(request));
    QVERIFY2(request.contains(u"webhook-id: "), qPrintable(request));
    QVERIFY2(request.contains(u"\"hello\": \"world\""), qPrintable(request));
    QVERIFY2(response.startsWith(u"HTTP 201"), qPrintable(response));
    QVERIFY2(response.contains(u"T-1"), qPrintable(response));
    QCOMPARE(m_f->receiver->count(u"/t"_s), 1);
    m_page->tabs()->setCurrentIndex(2);
    AdminFixture::screenshot(m_page.get(), u"endpoints-test-send"_s);
}

void tst_AdminEndpoints::rotationSignsWithBothSecretsDuringTheGrace()
{
    fillNew(u"signed"_s, m_f->receiver->url(u"/s"_s).toString(), u"standard-webhooks"_s);
    QSignalSpy saved(m_page.get(), &EndpointsPage::saved);
    m_page->save();
    QTRY_COMPARE(saved.size(), 1);
    // The generated secret is shown once, masked until revealed.
    const QString first = m_page->newSecret()->secret();
    QVERIFY2(first.startsWith(u"whsec_"), qPrintable(first));
    QVERIFY(!m_page->newSecret()->isRevealed());
    QCOMPARE(m_page->tabs()->currentIndex(), 1);
    QCOMPARE(m_page->secretsList()->topLevelItemCount(), 1);

    m_page->graceHours()->setValue(2);
    m_page->rotateSecret();
    QTRY_VERIFY(m_page->newSecret()->secret() != first);
    const QString second = m_page->newSecret()->secret();
    QVERIFY(second.startsWith(u"whsec_"));
    QCOMPARE(m_page->secretsList()->topLevelItemCount(), 2);
    // The old one signs until the end of the grace window, the new one without end.
    int withEnd = 0;
    for (int i = 0; i < 2; ++i)
        withEnd += m_page->secretsList()->topLevelItem(i)->text(2).contains(u"no end") ? 0 : 1;
    QCOMPARE(withEnd, 1);

    m_f->send(u"signed"_s, QJsonObject{{u"n"_s, 1}});
    QTRY_COMPARE(m_f->receiver->count(u"/s"_s), 1);
    const ReceivedRequest req = m_f->receiver->requests(u"/s"_s).first();
    const QList<QByteArray> sigs = req.header("webhook-signature").split(' ');
    QCOMPARE(sigs.size(), 2);
    QSet<QByteArray> got;
    for (const QByteArray &s : sigs)
        got.insert(s.mid(3));
    const QByteArray id = req.header("webhook-id"), ts = req.header("webhook-timestamp");
    QVERIFY(got.contains(standardSignature(first, id, ts, req.body)));
    QVERIFY(got.contains(standardSignature(second, id, ts, req.body)));
    AdminFixture::screenshot(m_page.get(), u"endpoints-secrets"_s);

    // Another endpoint selected: the secret shown once is gone.
    QVERIFY(m_f->harness.createEndpoint(u"other"_s, m_f->receiver->url(u"/o"_s)));
    m_page->refresh();
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    m_page->select(u"other"_s);
    QVERIFY(m_page->newSecret()->secret().isEmpty());
}

void tst_AdminEndpoints::revealAndCopy()
{
    fillNew(u"signed"_s, m_f->receiver->url(u"/s"_s).toString(), u"standard-webhooks"_s);
    m_page->save();
    QTRY_VERIFY(!m_page->newSecret()->secret().isEmpty());
    SecretField *field = m_page->newSecret();
    const QString secret = field->secret();
    QCOMPARE(field->edit()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(field->revealButton(), Qt::LeftButton);
    QCOMPARE(field->edit()->echoMode(), QLineEdit::Normal);
    QCOMPARE(field->edit()->text(), secret);
    QTest::mouseClick(field->revealButton(), Qt::LeftButton);
    QCOMPARE(field->edit()->echoMode(), QLineEdit::Password);

    QTest::mouseClick(field->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), secret);
    QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());

    // Something the user copied meanwhile stays.
    QTest::mouseClick(field->copyButton(), Qt::LeftButton);
    QApplication::clipboard()->setText(u"mine"_s);
    QTest::qWait(SecretField::clearAfterMs() + 200);
    QCOMPARE(QApplication::clipboard()->text(), u"mine"_s);
}

void tst_AdminEndpoints::versionsSideBySide()
{
    QVERIFY(m_f->harness.createEndpoint(
        u"crm-v1"_s, m_f->receiver->url(u"/v1"_s),
        QJsonObject{{u"event_types"_s, QJsonArray{u"call.completed"_s}},
                    {u"version"_s, u"v1"_s},
                    {u"payload_template"_s,
                     QJsonObject{{u"type"_s, u"{{event_type}}"_s}, {u"call"_s, u"{{call_id}}"_s}}}}));
    QVERIFY(m_f->harness.createEndpoint(
        u"crm-v2"_s, m_f->receiver->url(u"/v2"_s),
        QJsonObject{{u"event_types"_s, QJsonArray{u"call.completed"_s}}, {u"version"_s, u"v2"_s}}));
    QVERIFY(m_f->harness.createEndpoint(u"billing"_s, m_f->receiver->url(u"/b"_s),
                                        QJsonObject{{u"event_types"_s, QJsonArray{u"invoice.*"_s}}}));
    m_page->refresh();
    QTRY_COMPARE(m_page->model()->rowCount(), 3);
    m_page->select(u"crm-v2"_s);
    QWidget *pane = m_page->versionsPane();
    QVERIFY(pane->findChild<QWidget *>(u"version_crm-v1"_s));
    QVERIFY(pane->findChild<QWidget *>(u"version_crm-v2"_s));
    QVERIFY(!pane->findChild<QWidget *>(u"version_billing"_s));
    const auto *v1 = pane->findChild<QWidget *>(u"version_crm-v1"_s)->findChild<QPlainTextEdit *>();
    QVERIFY(v1->toPlainText().contains(u"{{event_type}}"));
    m_page->tabs()->setCurrentIndex(3);
    AdminFixture::screenshot(m_page.get(), u"endpoints-versions"_s);
    m_page->tabs()->setCurrentIndex(0);
    AdminFixture::screenshot(m_page.get(), u"endpoint-editor"_s);
}

void tst_AdminEndpoints::outboundCredential()
{
    QVERIFY(m_f->harness.createEndpoint(u"api"_s, m_f->receiver->url(u"/api"_s),
                                        QJsonObject{{u"auth"_s, QJsonObject{{u"type"_s, u"bearer"_s}}}}));
    m_page->refresh();
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    m_page->select(u"api"_s);
    QVERIFY2(m_page->credentialState()->text().contains(u"not set"),
             qPrintable(m_page->credentialState()->text()));
    m_page->credentialEdit()->setText(u"tok-0123456789abcdef"_s);
    m_page->setCredential();
    QTRY_VERIFY(m_page->status()->text().contains(u"was set"));
    QVERIFY(m_page->credentialEdit()->text().isEmpty());
    m_f->send(u"api"_s, QJsonObject{{u"n"_s, 1}});
    QTRY_COMPARE(m_f->receiver->count(u"/api"_s), 1);
    QCOMPARE(m_f->receiver->requests(u"/api"_s).first().header("Authorization"),
             QByteArray("Bearer tok-0123456789abcdef"));
}

void tst_AdminEndpoints::clientCertificateFromFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess openssl;
    openssl.setWorkingDirectory(dir.path());
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                   u"client.key"_s, u"-out"_s, u"client.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                   u"/CN=voicebot-client"_s});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QVERIFY(m_f->harness.createEndpoint(u"bank"_s, QUrl(u"https://127.0.0.1:9/payments"_s),
                                        QJsonObject{{u"auth"_s, QJsonObject{{u"type"_s, u"mtls"_s}}}}));
    m_page->refresh();
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    m_page->select(u"bank"_s);
    QTRY_VERIFY(!m_page->clientCertificateButton()->isHidden());
    QVERIFY(m_page->credentialEdit()->isHidden());
    QVERIFY2(m_page->credentialState()->text().contains(u"not set"),
             qPrintable(m_page->credentialState()->text()));

    // Not a certificate: refused before anything is sent.
    m_page->setClientCertificateFiles(dir.filePath(u"client.key"_s), dir.filePath(u"client.key"_s));
    QVERIFY2(m_page->status()->text().contains(u"not a PEM certificate"),
             qPrintable(m_page->status()->text()));
    // A certificate with a "key" that is not one: the API refuses it, the page says why.
    m_page->setClientCertificateFiles(dir.filePath(u"client.pem"_s), dir.filePath(u"client.pem"_s));
    QTRY_VERIFY2(m_page->status()->text().contains(u"private_key"), qPrintable(m_page->status()->text()));
    QTRY_VERIFY(m_page->credentialState()->text().contains(u"not set"));
    // The pair: set, and the page shows its fingerprint, never the key.
    m_page->setClientCertificateFiles(dir.filePath(u"client.pem"_s), dir.filePath(u"client.key"_s));
    QTRY_VERIFY2(m_page->status()->text().contains(u"voicebot-client"), qPrintable(m_page->status()->text()));
    QTRY_VERIFY2(!m_page->credentialState()->text().contains(u"not set"),
                 qPrintable(m_page->credentialState()->text()));
    QVERIFY(!m_page->credentialState()->text().contains(u"PRIVATE KEY"));
    QVERIFY(!m_page->status()->text().contains(u"PRIVATE KEY"));
}

void tst_AdminEndpoints::circuitBreakerSettings()
{
    fillNew(u"crm"_s, m_f->receiver->url(u"/cb"_s).toString());
    EndpointEditor *e = m_page->editor();
    QVERIFY(e->breakerEnabledCheck()->isChecked()); // on by default, with the documented defaults
    QCOMPARE(e->breakerThresholdSpin()->value(), 10);
    QCOMPARE(e->breakerCooldownSpin()->value(), 30);
    QCOMPARE(e->breakerMaxCooldownSpin()->value(), 600);
    // A longest cooldown below the cooldown is refused beside the field as you change it.
    e->breakerCooldownSpin()->setValue(120);
    e->breakerMaxCooldownSpin()->setValue(60);
    QVERIFY(!e->errors()->text(u"circuit_breaker.max_cooldown_s"_s).isEmpty());
    m_page->save();
    QTest::qWait(100);
    QCOMPARE(m_f->harness.request("GET", u"/v1/endpoints/crm"_s).status, 404);
    e->breakerMaxCooldownSpin()->setValue(900);
    QVERIFY(e->errors()->text(u"circuit_breaker.max_cooldown_s"_s).isEmpty());
    e->breakerThresholdSpin()->setValue(4);
    e->breakerRateSpin()->setValue(50);
    QSignalSpy saved(m_page.get(), &EndpointsPage::saved);
    m_page->save();
    QTRY_COMPARE(saved.size(), 1);
    const QJsonObject cb
        = m_f->harness.request("GET", u"/v1/endpoints/crm"_s).json.value(u"circuit_breaker"_s).toObject();
    QCOMPARE(cb.value(u"enabled"_s).toBool(), true);
    QCOMPARE(cb.value(u"failure_threshold"_s).toInt(), 4);
    QCOMPARE(cb.value(u"failure_rate"_s).toDouble(), 0.5);
    QCOMPARE(cb.value(u"cooldown_s"_s).toInt(), 120);
    QCOMPARE(cb.value(u"max_cooldown_s"_s).toInt(), 900);
    // Turned off: its fields are disabled, and it is saved off.
    e->breakerEnabledCheck()->setChecked(false);
    QVERIFY(!e->breakerThresholdSpin()->isEnabled());
    m_page->save();
    QTRY_COMPARE(saved.size(), 2);
    QCOMPARE(m_f->harness.request("GET", u"/v1/endpoints/crm"_s)
                 .json.value(u"circuit_breaker"_s)
                 .toObject()
                 .value(u"enabled"_s)
                 .toBool(),
             false);
}

void tst_AdminEndpoints::circuitStateAndReset()
{
    m_f->receiver->setBehaviour(u"/down"_s, ReceiverBehaviour::withStatus(500));
    QVERIFY(m_f->harness.createEndpoint(
        u"crm"_s, m_f->receiver->url(u"/down"_s),
        QJsonObject{
            {u"retry"_s, QJsonObject{{u"schedule_s"_s, QJsonArray{0, 0, 0, 60}}, {u"jitter"_s, 0}}},
            {u"circuit_breaker"_s, QJsonObject{{u"failure_threshold"_s, 2}, {u"cooldown_s"_s, 600}}}}));
    const QString id = m_f->send(u"crm"_s, QJsonObject{{u"n"_s, 1}});
    QTRY_COMPARE(
        m_f->harness.request("GET", u"/v1/endpoints/crm/circuit"_s).json.value(u"state"_s).toString(),
        u"open"_s);
    m_page->refresh();
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QTRY_VERIFY(m_page->model()
                    ->data(m_page->model()->index(0, EndpointsPage::State), Qt::DisplayRole)
                    .toString()
                    .startsWith(u"circuit open"_s));
    m_page->select(u"crm"_s);
    QTRY_VERIFY(m_page->circuitLabel()->text().contains(u"Circuit open"_s));
    QVERIFY(m_page->circuitLabel()->text().contains(u"http_500"_s));
    QVERIFY(m_page->resetCircuitButton()->isEnabled());
    QCOMPARE(m_f->statusOf(id), u"pending"_s);
    AdminFixture::screenshot(m_page.get(), u"endpoint-circuit-open"_s);

    // The receiver is fixed; the operator does not wait ten minutes for the probe.
    m_f->receiver->setBehaviour(u"/down"_s, ReceiverBehaviour::withStatus(200));
    m_page->resetCircuit();
    QTRY_VERIFY(m_page->circuitLabel()->text().contains(u"Circuit closed"_s));
    QVERIFY(!m_page->resetCircuitButton()->isEnabled());
    QCOMPARE(
        m_page->model()->data(m_page->model()->index(0, EndpointsPage::State), Qt::DisplayRole).toString(),
        u"active"_s);
    QTRY_COMPARE(m_f->statusOf(id), u"delivered"_s);
}

QTEST_MAIN(tst_AdminEndpoints)
#include "tst_adminendpoints.moc"
