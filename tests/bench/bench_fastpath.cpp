// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The fast path's overhead: a sync LLM function call through Switchboard
// (POST /v1/functions/{name}/invoke: validate, render, commit, sign, send,
// answer) against the same request sent straight to the receiver, at a steady
// rate, while a slow-path backlog keeps the standard dispatchers busy. Prints
// one JSON object.
//
//   bench_fastpath [--calls N] [--rate PER_S] [--backlog N]
#include "apiharness.h"
#include "receiver/testreceiver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

QJsonObject percentiles(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at
        = [&](double q) { return ms.isEmpty() ? 0.0 : ms.at(qMin(ms.size() - 1, qsizetype(q * ms.size()))); };
    return QJsonObject{
        {u"p50_ms"_s, at(0.50)}, {u"p99_ms"_s, at(0.99)}, {u"max_ms"_s, ms.isEmpty() ? 0 : ms.last()}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"calls"_s, u"Function calls to time."_s, u"N"_s, u"300"_s});
    parser.addOption({u"rate"_s, u"Calls per second."_s, u"PER_S"_s, u"30"_s});
    parser.addOption({u"backlog"_s, u"Slow-path deliveries queued first."_s, u"N"_s, u"3000"_s});
    parser.process(app);
    const int calls = parser.value(u"calls"_s).toInt();
    const int rate = std::max(1, parser.value(u"rate"_s).toInt());
    const int backlog = parser.value(u"backlog"_s).toInt();

    TestReceiver receiver;
    receiver.listen();
    receiver.setBehaviour(u"/slow"_s, ReceiverBehaviour::delayed(3000, 200));
    receiver.setBehaviour(u"/calendar/appointments"_s,
                          ReceiverBehaviour::withStatus(201, R"({"id":"apt_1"})"));
    ApiHarness h;
    if (!h.start(2))
        return 1;
    h.createEndpoint(u"crm"_s, receiver.url(u"/slow"_s),
                     QJsonObject{{u"event_types"_s, QJsonArray{u"call.*"_s}},
                                 {u"max_in_flight"_s, 100},
                                 {u"timeout_ms"_s, 60000}});
    h.createEndpoint(
        u"calendar"_s, receiver.url(u"/calendar"_s),
        QJsonObject{{u"event_types"_s, QJsonArray{u"none"_s}}, {u"latency_profile"_s, u"fast"_s}});
    h.request(
        "PUT", u"/v1/functions/book"_s,
        QJsonObject{
            {u"description"_s, u"Book"_s},
            {u"endpoint"_s, u"calendar"_s},
            {u"parameters"_s,
             QJsonDocument::fromJson(R"({"type":"object","required":["slot"],
                              "properties":{"slot":{"type":"string"}}})")
                 .object()},
            {u"request"_s,
             QJsonDocument::fromJson(R"({"path":"/appointments","body":{"slot":"{{slot}}"}})").object()},
            {u"deadline_ms"_s, 5000}});
    int committed = 0;
    QObject context;
    for (int i = 0; i < backlog; ++i) {
        EnqueueRequest req;
        req.eventType = u"call.transcript"_s;
        req.payload = QByteArray(R"({"seq":)") + QByteArray::number(i) + '}';
        h.engine()->enqueue(req, &context,
                            [&committed](const Result<EnqueueResult> &r) { committed += r ? 1 : 0; });
    }
    while (committed < backlog)
        QTest::qWait(10);

    QNetworkAccessManager nam;
    QList<double> direct, viaSwitchboard;
    int failures = 0;
    const int intervalMs = 1000 / rate;
    for (int i = 0; i < calls; ++i) {
        QElapsedTimer pace;
        pace.start();
        QElapsedTimer t;
        t.start();
        QNetworkRequest request(receiver.url(u"/calendar/appointments"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, R"({"slot":"10:00"})");
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        direct.append(t.nsecsElapsed() / 1e6);
        reply->deleteLater();

        t.restart();
        const ApiResponse r = h.request("POST", u"/v1/functions/book/invoke"_s,
                                        QJsonObject{{u"arguments"_s, QJsonObject{{u"slot"_s, u"10:00"_s}}}});
        viaSwitchboard.append(t.nsecsElapsed() / 1e6);
        if (r.status != 200 || !r.json.value(u"ok"_s).toBool())
            ++failures;
        while (pace.elapsed() < intervalMs)
            QTest::qWait(1);
    }
    QList<double> overhead;
    for (qsizetype i = 0; i < viaSwitchboard.size(); ++i)
        overhead.append(viaSwitchboard.at(i) - direct.at(i));
    const QJsonObject out{{u"benchmark"_s, u"fastpath"_s},
                          {u"calls"_s, calls},
                          {u"rate_per_s"_s, rate},
                          {u"slow_backlog"_s, backlog},
                          {u"failures"_s, failures},
                          {u"direct"_s, percentiles(direct)},
                          {u"invoke"_s, percentiles(viaSwitchboard)},
                          {u"overhead"_s, percentiles(overhead)}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    h.stop();
    return failures == 0 ? 0 : 1;
}
