// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools.h"

#include "receiver/testreceiver.h"
#include "signing/verifiers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

void printLine(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int runReceiver(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local webhook receiver for trying endpoints out. Each path or request chooses the answer with "
        u"its "
        "query: ?status=500, ?delay_ms=2000, ?retry_after=5, ?hang=1, ?reset=1, ?echo=1. Every request is "
        "printed "
        "as one JSON line, with its signatures verified when a secret is given."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"receiver"_s, u"The subcommand."_s);
    parser.addOption({u"listen"_s, u"Address to listen on (default 127.0.0.1:9000)."_s, u"HOST:PORT"_s,
                      u"127.0.0.1:9000"_s});
    parser.addOption(
        {u"secret"_s, u"Verify Standard Webhooks signatures with this whsec_ secret."_s, u"SECRET"_s});
    parser.addOption(
        {u"x-signature-secret"_s, u"Verify X-Signature: sha256=... with this secret."_s, u"SECRET"_s});
    parser.addOption({u"status"_s, u"Default status code to answer (default 200)."_s, u"CODE"_s, u"200"_s});
    parser.process(arguments);

    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool ok = false;
    const int port = listen.mid(colon + 1).toInt(&ok);
    const QHostAddress address(listen.left(colon) == u"localhost" ? u"127.0.0.1"_s : listen.left(colon));
    if (colon < 0 || !ok || port < 0 || port > 65535 || address.isNull()) {
        std::fprintf(stderr, "switchboardd receiver: --listen takes HOST:PORT, e.g. 127.0.0.1:9000\n");
        return 2;
    }
    const int status = parser.value(u"status"_s).toInt(&ok);
    if (!ok || status < 100 || status > 599) {
        std::fprintf(stderr, "switchboardd receiver: --status takes an HTTP status code\n");
        return 2;
    }

    TestReceiver receiver;
    receiver.setDefaultBehaviour(ReceiverBehaviour::withStatus(status));
    const quint16 bound = receiver.listen(address, quint16(port));
    if (bound == 0) {
        std::fprintf(stderr, "switchboardd receiver: cannot listen on %s\n", qPrintable(listen));
        return 1;
    }
    const QString standardSecret = parser.value(u"secret"_s);
    const QString xSecret = parser.value(u"x-signature-secret"_s);
    QObject::connect(&receiver, &TestReceiver::requestReceived, &receiver, [=](const ReceivedRequest &r) {
        QJsonObject line{{u"at"_s, r.receivedAt.toString(Qt::ISODateWithMs)},
                         {u"method"_s, QString::fromLatin1(r.method)},
                         {u"path"_s, r.path},
                         {u"webhook_id"_s, QString::fromUtf8(r.header("webhook-id"))},
                         {u"bytes"_s, int(r.body.size())}};
        VerifyInput in;
        in.body = r.body;
        in.headers = r.headers;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (!standardSecret.isEmpty()) {
            const Status st = StandardWebhooksVerifier().verify(in, {standardSecret}, now, 300);
            line.insert(u"standard_webhooks"_s, st ? u"valid"_s : st.error().message);
        }
        if (!xSecret.isEmpty()) {
            const Status st = XSignatureVerifier().verify(in, {xSecret}, now, 300);
            line.insert(u"x_signature"_s, st ? u"valid"_s : st.error().message);
        }
        printLine(line);
    });
    std::fprintf(stderr, "switchboardd receiver: listening on http://%s:%u/\n",
                 qPrintable(address.toString()), bound);
    std::signal(SIGTERM, [](int) { QCoreApplication::exit(0); });
    std::signal(SIGINT, [](int) { QCoreApplication::exit(0); });
    return QCoreApplication::exec();
}

int runHarReplay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Replay the requests recorded in a HAR file against an endpoint, re-signed, "
        "through a running Switchboard; prints a report of the outcomes."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"har-replay"_s, u"The subcommand."_s);
    parser.addPositionalArgument(u"file"_s, u"The HAR 1.2 file."_s);
    parser.addOption({u"endpoint"_s, u"The endpoint to send them to."_s, u"NAME"_s});
    parser.addOption({u"api"_s, u"The Switchboard API (default http://127.0.0.1:8377)."_s, u"URL"_s,
                      u"http://127.0.0.1:8377"_s});
    parser.addOption(
        {u"event-type"_s, u"The event type to record them under (default har.replay)."_s, u"TYPE"_s});
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(u"endpoint"_s)) {
        std::fprintf(stderr, "usage: switchboardd har-replay FILE --endpoint NAME [--api URL]\n");
        return 2;
    }
    const QString token = qEnvironmentVariable("SWITCHBOARD_API_TOKEN");
    if (token.isEmpty()) {
        std::fprintf(stderr,
                     "switchboardd har-replay: set SWITCHBOARD_API_TOKEN (switchboardd --print-token)\n");
        return 2;
    }
    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "switchboardd har-replay: cannot read %s\n", qPrintable(positional.at(1)));
        return 1;
    }
    const QJsonDocument har = QJsonDocument::fromJson(file.readAll());
    if (!har.isObject()) {
        std::fprintf(stderr, "switchboardd har-replay: %s is not a HAR (JSON) file\n",
                     qPrintable(positional.at(1)));
        return 1;
    }
    QJsonObject body{
        {u"har"_s, har.object()}, {u"endpoint"_s, parser.value(u"endpoint"_s)}, {u"wait_ms"_s, 30000}};
    if (parser.isSet(u"event-type"_s))
        body.insert(u"event_type"_s, parser.value(u"event-type"_s));
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(parser.value(u"api"_s) + u"/v1/replays/har"_s));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    std::printf("%s\n", QJsonDocument::fromJson(answer).toJson(QJsonDocument::Indented).constData());
    if (status == 0)
        std::fprintf(stderr, "switchboardd har-replay: %s\n", qPrintable(reply->errorString()));
    reply->deleteLater();
    return status == 200 ? 0 : 1;
}
