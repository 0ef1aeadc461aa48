// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiharness.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

namespace Switchboard {

using namespace Qt::StringLiterals;

QByteArray ApiResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ApiHarness::ApiHarness() : m_secrets(std::make_shared<MemorySecretStore>()) { }

ApiHarness::~ApiHarness()
{
    stop();
}

void ApiHarness::useStore(const StoreLocation &location, const QString &workerId, bool exclusive)
{
    m_location = location;
    m_workerId = workerId;
    m_exclusive = exclusive;
}

bool ApiHarness::start(int dispatchers)
{
    EngineOptions options;
    options.location = m_location ? *m_location : StoreLocation::sqlite(m_dir.filePath(u"switchboard.db"_s));
    options.workerId = m_workerId;
    options.exclusiveStore = m_exclusive;
    options.dispatchers = dispatchers;
    m_engine = std::make_unique<Engine>(options, m_secrets);
    if (auto st = m_engine->start(); !st) {
        qWarning("engine: %s", qPrintable(st.error().message));
        return false;
    }
    ApiOptions api;
    api.token = QString::fromLatin1(kToken);
    m_api = std::make_unique<ApiServer>(m_engine.get(), m_secrets, api);
    if (auto st = m_api->open(options.location, m_engine->instanceId()); !st) {
        qWarning("api: %s", qPrintable(st.error().message));
        return false;
    }
    m_port = m_api->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

void ApiHarness::stop()
{
    m_api.reset();
    if (m_engine)
        m_engine->stop(0);
    m_engine.reset();
}

QString ApiHarness::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

ApiResponse ApiHarness::request(const QByteArray &method, const QString &path, const QJsonObject &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QList<QPair<QByteArray, QByteArray>> h = headers;
    QByteArray bytes;
    if (method != "GET" && method != "DELETE") {
        h.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return requestRaw(method, path, bytes, h, true, timeoutMs);
}

ApiResponse ApiHarness::requestRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers, bool withToken,
                                   int timeoutMs)
{
    QNetworkRequest request(QUrl(baseUrl() + path));
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + kToken);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    // An event loop rather than QTest::qWait: qWait sleeps between event
    // batches, which would add milliseconds to every hop the server, the
    // engine and the receiver make on this thread (and skew bench_fastpath).
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        loop.exec();
    }
    ApiResponse r;
    if (reply->isFinished()) {
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        r.headers = reply->rawHeaderPairs();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return r;
}

bool ApiHarness::createEndpoint(const QString &name, const QUrl &url, const QJsonObject &extra)
{
    QJsonObject body{{u"url"_s, url.toString()},
                     {u"signing"_s, QJsonObject{{u"scheme"_s, u"none"_s}}},
                     {u"retry"_s, QJsonObject{{u"schedule_s"_s, QJsonArray{1}}, {u"jitter"_s, 0}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const ApiResponse r = request("PUT", u"/v1/endpoints/"_s + name, body);
    if (r.status != 201 && r.status != 200)
        qWarning("create endpoint %s: %d %s", qPrintable(name), r.status, r.body.constData());
    return r.status == 201 || r.status == 200;
}

} // namespace Switchboard
