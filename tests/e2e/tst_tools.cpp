// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/outboundsigner.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

QString daemonPath()
{
    return qEnvironmentVariable("SWITCHBOARD_BINARY_DIR") + u"/app/switchboardd/switchboardd"_s;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

// switchboardd's testing tools as a user runs them: the local receiver that
// answers as told and checks signatures.
class tst_Tools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receiverAnswersAndVerifies();
    void receiverRefusesBadFlags();
};

void tst_Tools::receiverAnswersAndVerifies()
{
    const quint16 port = freePort();
    const QString secret = u"whsec_"_s + QString::fromLatin1(QByteArray(24, 'k').toBase64());
    QProcess receiver;
    receiver.start(daemonPath(),
                   {u"receiver"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--secret"_s, secret});
    QVERIFY(receiver.waitForStarted());
    QByteArray stderrText;
    QTRY_VERIFY2_WITH_TIMEOUT((stderrText += receiver.readAllStandardError()).contains("listening"),
                              stderrText.constData(), 10000);

    QNetworkAccessManager nam;
    auto post = [&](const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers,
                    const QByteArray &body) -> int {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = nam.post(request, body);
        QDeadlineTimer deadline(10000);
        while (!reply->isFinished() && !deadline.hasExpired())
            QTest::qWait(5);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    const QByteArray body = R"({"event":"call.completed"})";
    const qint64 ts = QDateTime::currentSecsSinceEpoch();
    StandardWebhooksSigner signer;
    const QByteArray signature
        = signer.sign(*StandardWebhooksSigner::decodeSecret(secret), "msg_1", ts, body);
    QCOMPARE(post(u"/hooks"_s,
                  {{"webhook-id", "msg_1"},
                   {"webhook-timestamp", QByteArray::number(ts)},
                   {"webhook-signature", signature}},
                  body),
             200);
    QCOMPARE(post(u"/hooks?status=503"_s,
                  {{"webhook-id", "msg_2"},
                   {"webhook-timestamp", QByteArray::number(ts)},
                   {"webhook-signature", "v1,AAAA"}},
                  body),
             503);
    QStringList verdicts;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]() {
            while (receiver.canReadLine()) {
                const QJsonObject line = QJsonDocument::fromJson(receiver.readLine()).object();
                verdicts.append(line.value(u"standard_webhooks"_s).toString());
            }
            return verdicts.size() >= 2;
        }(),
        5000);
    QCOMPARE(verdicts.at(0), u"valid"_s);
    QVERIFY2(verdicts.at(1) != u"valid"_s && !verdicts.at(1).isEmpty(), qPrintable(verdicts.at(1)));
    receiver.terminate();
    QVERIFY(receiver.waitForFinished(10000));
    QCOMPARE(receiver.exitCode(), 0);
}

void tst_Tools::receiverRefusesBadFlags()
{
    QProcess p;
    p.start(daemonPath(), {u"receiver"_s, u"--listen"_s, u"nonsense"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("HOST:PORT"));
    p.start(daemonPath(), {u"har-replay"_s, u"/nonexistent.har"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
}

QTEST_GUILESS_MAIN(tst_Tools)
#include "tst_tools.moc"
