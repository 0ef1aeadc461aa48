// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiharness.h"
#include "receiver/testreceiver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

// Log lines captured while a test runs, to prove credentials never reach them.
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

QString attemptsText(ApiHarness &h, const QString &deliveryId)
{
    return QString::fromUtf8(h.request("GET", u"/v1/deliveries/"_s + deliveryId).body);
}

QString send(ApiHarness &h, const QString &endpoint)
{
    const ApiResponse r = h.request("POST", u"/v1/messages"_s,
                                    QJsonObject{{u"event_type"_s, u"ticket.created"_s},
                                                {u"endpoints"_s, QJsonArray{endpoint}},
                                                {u"payload"_s, QJsonObject{{u"subject"_s, u"refund"_s}}}});
    return r.json.value(u"deliveries"_s).toArray().first().toObject().value(u"id"_s).toString();
}

bool runOpenssl(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"openssl"_s, args);
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

} // namespace

// Outbound authentication to APIs: bearer, API key, Basic, OAuth 2.0 client
// credentials (token fetched once, refreshed once on a 401), mTLS; and
// credentials kept out of URLs, stored attempts and logs.
class tst_OutboundAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staticCredentials_data();
    void staticCredentials();
    void waitsForCredential();
    void oauthTokenFetchedOnceAndRefreshedOn401();
    void credentialUrlsRefused_data();
    void credentialUrlsRefused();
    void mutualTls();
};

void tst_OutboundAuth::staticCredentials_data()
{
    QTest::addColumn<QJsonObject>("auth");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");

    QTest::addRow("bearer") << QJsonObject{{u"type"_s, u"bearer"_s}} << QByteArray("Authorization")
                            << QByteArray("Bearer s3cr3t-credential");
    QTest::addRow("api key") << QJsonObject{{u"type"_s, u"api_key"_s}, {u"header"_s, u"X-Crm-Key"_s}}
                             << QByteArray("X-Crm-Key") << QByteArray("s3cr3t-credential");
    QTest::addRow("basic") << QJsonObject{{u"type"_s, u"basic"_s}, {u"username"_s, u"voicebot"_s}}
                           << QByteArray("Authorization")
                           << QByteArray("Basic " + QByteArray("voicebot:s3cr3t-credential").toBase64());
}

void tst_OutboundAuth::staticCredentials()
{
    QFETCH(QJsonObject, auth);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(receiver.listen() != 0);
    QVERIFY(h.start());
    QVERIFY(h.createEndpoint(u"crm"_s, receiver.url(u"/crm"_s), QJsonObject{{u"auth"_s, auth}}));
    QCOMPARE(h.request("PUT", u"/v1/endpoints/crm/auth"_s, QJsonObject{{u"secret"_s, u"s3cr3t-credential"_s}})
                 .status,
             204);
    const ApiResponse endpoint = h.request("GET", u"/v1/endpoints/crm"_s);
    QVERIFY(endpoint.json.value(u"auth_fingerprint"_s).toString().startsWith(u"sha256:"_s));
    QVERIFY(!endpoint.body.contains("s3cr3t"));

    const QString id = send(h, u"crm"_s);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(u"/crm"_s), 1, 10000);
    QCOMPARE(receiver.requests(u"/crm"_s).first().header(header), value);
    QTRY_VERIFY_WITH_TIMEOUT(attemptsText(h, id).contains(u"\"delivered\""_s), 10000);
    QVERIFY2(!attemptsText(h, id).contains(u"s3cr3t"_s), "the credential is masked in stored attempts");
    QVERIFY(!attemptsText(h, id).contains(QString::fromLatin1(value.mid(6))));
}

void tst_OutboundAuth::waitsForCredential()
{
    ApiHarness h;
    TestReceiver receiver;
    QVERIFY(receiver.listen() != 0);
    QVERIFY(h.start());
    QVERIFY(h.createEndpoint(u"crm"_s, receiver.url(u"/crm"_s),
                             QJsonObject{{u"auth"_s, QJsonObject{{u"type"_s, u"bearer"_s}}}}));
    send(h, u"crm"_s);
    QTest::qWait(1500);
    QCOMPARE(receiver.count(), 0); // nothing goes out unauthenticated
    QCOMPARE(h.request("PUT", u"/v1/endpoints/crm/auth"_s, QJsonObject{{u"secret"_s, u"later"_s}}).status,
             204);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.count(u"/crm"_s), 1, 10000);
    // Credentials never go in the endpoint's own JSON.
    QCOMPARE(h.request("PUT", u"/v1/endpoints/x"_s,
                       QJsonObject{{u"url"_s, u"https://x.example/"_s},
                                   {u"auth"_s, QJsonObject{{u"type"_s, u"bearer"_s}, {u"token"_s, u"t"_s}}}})
                 .status,
             422);
    // A credential for an endpoint without auth is refused.
    QVERIFY(h.createEndpoint(u"plain"_s, receiver.url(u"/plain"_s)));
    QCOMPARE(h.request("PUT", u"/v1/endpoints/plain/auth"_s, QJsonObject{{u"secret"_s, u"x"_s}}).status, 422);
}

void tst_OutboundAuth::oauthTokenFetchedOnceAndRefreshedOn401()
{
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    {
        ApiHarness h;
        TestReceiver receiver;
        QVERIFY(receiver.listen() != 0);
        QVERIFY(h.start());
        receiver.script(u"/token"_s,
                        {ReceiverBehaviour::withStatus(
                             200, R"({"access_token":"tok-one","token_type":"Bearer","expires_in":3600})"),
                         ReceiverBehaviour::withStatus(
                             200, R"({"access_token":"tok-two","token_type":"Bearer","expires_in":3600})")});
        const QJsonObject auth{{u"type"_s, u"oauth2_client_credentials"_s},
                               {u"token_url"_s, receiver.url(u"/token"_s).toString()},
                               {u"client_id"_s, u"switchboard"_s},
                               {u"scopes"_s, QJsonArray{u"tickets:write"_s, u"calls:read"_s}}};
        QVERIFY(h.createEndpoint(u"crm"_s, receiver.url(u"/crm"_s), QJsonObject{{u"auth"_s, auth}}));
        QCOMPARE(h.request("PUT", u"/v1/endpoints/crm/auth"_s, QJsonObject{{u"secret"_s, u"client-s3cr3t"_s}})
                     .status,
                 204);

        for (int i = 0; i < 5; ++i)
            send(h, u"crm"_s);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.count(u"/crm"_s), 5, 10000);
        QCOMPARE(receiver.count(u"/token"_s), 1); // fetched once, reused
        const ReceivedRequest tokenRequest = receiver.requests(u"/token"_s).first();
        QCOMPARE(tokenRequest.header("Authorization"),
                 "Basic " + QByteArray("switchboard:client-s3cr3t").toBase64());
        const QUrlQuery form(QString::fromUtf8(tokenRequest.body));
        QCOMPARE(form.queryItemValue(u"grant_type"_s), u"client_credentials"_s);
        QCOMPARE(form.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"tickets:write calls:read"_s);
        for (const ReceivedRequest &r : receiver.requests(u"/crm"_s))
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer tok-one"));

        // The token is revoked: one 401, a new token, the same delivery retried at once.
        receiver.script(u"/crm"_s, {ReceiverBehaviour::withStatus(401)});
        const QString id = send(h, u"crm"_s);
        QTRY_VERIFY_WITH_TIMEOUT(attemptsText(h, id).contains(u"\"status\":\"delivered\""_s), 10000);
        QCOMPARE(receiver.count(u"/token"_s), 2);
        QCOMPARE(receiver.requests(u"/crm"_s).last().header("Authorization"), QByteArray("Bearer tok-two"));
        const QJsonObject delivery = h.request("GET", u"/v1/deliveries/"_s + id).json;
        QCOMPARE(delivery.value(u"attempts"_s).toArray().size(), 2);
        const QString text = attemptsText(h, id);
        QVERIFY(!text.contains(u"tok-one"_s) && !text.contains(u"tok-two"_s)
                && !text.contains(u"client-s3cr3t"_s));

        // A second 401 right after a fresh token is final: a wrong secret ends in the DLQ.
        receiver.script(u"/crm"_s, {ReceiverBehaviour::withStatus(401), ReceiverBehaviour::withStatus(401)});
        receiver.script(
            u"/token"_s,
            {ReceiverBehaviour::withStatus(200, R"({"access_token":"tok-three","expires_in":3600})")});
        const QString dead = send(h, u"crm"_s);
        QTRY_VERIFY_WITH_TIMEOUT(attemptsText(h, dead).contains(u"\"status\":\"dead\""_s), 10000);
    }
    qInstallMessageHandler(previous);
    for (const QString &line : std::as_const(g_log)) {
        QVERIFY2(!line.contains(u"tok-"_s) && !line.contains(u"s3cr3t"_s), qPrintable(line));
    }
}

void tst_OutboundAuth::credentialUrlsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addRow("user info") << u"https://user:pw@crm.example.com/hooks"_s;
    QTest::addRow("token") << u"https://crm.example.com/hooks?token=abc"_s;
    QTest::addRow("api_key") << u"https://crm.example.com/hooks?x=1&api_key=abc"_s;
    QTest::addRow("signature") << u"https://crm.example.com/hooks?Signature=abc"_s;
    QTest::addRow("access_token") << u"https://crm.example.com/hooks?access_token=abc"_s;
}

void tst_OutboundAuth::credentialUrlsRefused()
{
    QFETCH(QString, url);
    ApiHarness h;
    QVERIFY(h.start());
    const ApiResponse r = h.request("PUT", u"/v1/endpoints/crm"_s, QJsonObject{{u"url"_s, url}});
    QCOMPARE(r.status, 422);
    QVERIFY2(r.errorMessage().contains(u"header"_s), r.body.constData());
    // An ordinary query is fine.
    QCOMPARE(h.request("PUT", u"/v1/endpoints/ok"_s,
                       QJsonObject{{u"url"_s, u"https://crm.example.com/h?team=ops&v=2"_s}})
                 .status,
             201);
}

void tst_OutboundAuth::mutualTls()
{
    // A private CA, a server certificate for 127.0.0.1 and a client certificate.
    QTemporaryDir dir;
    const QString d = dir.path();
    QVERIFY(
        runOpenssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"ca.key"_s,
                    u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Test CA"_s},
                   d));
    for (const QString &who : {u"server"_s, u"client"_s}) {
        QVERIFY(runOpenssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, who + u".key"_s,
                            u"-out"_s, who + u".csr"_s, u"-subj"_s, u"/CN="_s + who},
                           d));
        QFile ext(d + u"/"_s + who + u".ext"_s);
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write(who == u"server" ? "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"
                                   : "extendedKeyUsage=clientAuth\n");
        ext.close();
        QVERIFY(runOpenssl({u"x509"_s, u"-req"_s, u"-in"_s, who + u".csr"_s, u"-CA"_s, u"ca.pem"_s,
                            u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, who + u".pem"_s,
                            u"-days"_s, u"2"_s, u"-extfile"_s, who + u".ext"_s},
                           d));
    }
    auto read = [&](const QString &name) {
        QFile f(d + u"/"_s + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QSslCertificate ca(read(u"ca.pem"_s));
    QVERIFY(!ca.isNull());
    // The dispatcher trusts the private CA, as an operator's system store would.
    QSslConfiguration defaults = QSslConfiguration::defaultConfiguration();
    defaults.addCaCertificate(ca);
    QSslConfiguration::setDefaultConfiguration(defaults);

    // An HTTPS receiver that requires a client certificate from that CA.
    QSslServer server;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(read(u"server.pem"_s)));
    tls.setPrivateKey(QSslKey(read(u"server.key"_s), QSsl::Rsa));
    tls.setCaCertificates({ca});
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    server.setSslConfiguration(tls);
    QStringList peers;
    int answered = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&]() {
        auto *socket = qobject_cast<QSslSocket *>(server.nextPendingConnection());
        if (!socket)
            return;
        connect(socket, &QSslSocket::readyRead, socket, [&, socket]() {
            const QByteArray request = socket->readAll();
            if (!request.contains("\r\n\r\n"))
                return;
            peers.append(socket->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0));
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            ++answered;
        });
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    ApiHarness h;
    QVERIFY(h.start());
    QVERIFY(h.createEndpoint(u"bank"_s, QUrl(u"https://127.0.0.1:%1/hooks"_s.arg(server.serverPort())),
                             QJsonObject{{u"auth"_s, QJsonObject{{u"type"_s, u"mtls"_s}}}}));
    QCOMPARE(h.request("PUT", u"/v1/endpoints/bank/auth"_s,
                       QJsonObject{{u"certificate"_s, QString::fromLatin1(read(u"client.pem"_s))},
                                   {u"private_key"_s, QString::fromLatin1(read(u"client.key"_s))}})
                 .status,
             204);
    QCOMPARE(h.request("PUT", u"/v1/endpoints/bank/auth"_s,
                       QJsonObject{{u"certificate"_s, u"not a pem"_s}, {u"private_key"_s, u"x"_s}})
                 .status,
             422);
    const QString id = send(h, u"bank"_s);
    QTRY_COMPARE_WITH_TIMEOUT(answered, 1, 15000);
    QCOMPARE(peers, QStringList{u"client"_s});
    QTRY_VERIFY_WITH_TIMEOUT(attemptsText(h, id).contains(u"\"status\":\"delivered\""_s), 10000);
    QVERIFY(!attemptsText(h, id).contains(u"PRIVATE KEY"_s));
}

QTEST_GUILESS_MAIN(tst_OutboundAuth)
#include "tst_outboundauth.moc"
