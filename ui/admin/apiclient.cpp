// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "ui/consoleservices.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Switchboard {

using namespace Qt::StringLiterals;

ApiClient::ApiClient(const QUrl &baseUrl, const QString &token, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_base(baseUrl)
    , m_token(token.toUtf8())
{ }

ApiClient *ApiClient::fromServices(const ConsoleServices &services, QObject *parent)
{
    QUrl base;
    if (!services.listenAddress.isEmpty())
        base = QUrl(u"http://"_s + services.listenAddress);
    return new ApiClient(base, services.token, parent);
}

QString ApiClient::path(const QString &prefix, const QString &name, const QString &suffix)
{
    return prefix + QString::fromLatin1(QUrl::toPercentEncoding(name)) + suffix;
}

ApiResult ApiClient::parse(int status, const QByteArray &body, const QString &transportError)
{
    ApiResult r;
    r.status = status;
    r.body = body;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error == QJsonParseError::NoError) {
        r.json = doc.object();
        r.value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    if (status == 0) {
        r.error = transportError.isEmpty()
            ? QCoreApplication::translate("Switchboard::ApiClient", "No answer from the API.")
            : transportError;
        return r;
    }
    if (r.ok())
        return r;
    const QJsonObject err = r.json.value(u"error").toObject();
    r.errorCode = err.value(u"code").toString();
    r.error = err.value(u"message").toString();
    if (r.error.isEmpty())
        r.error = QCoreApplication::translate("Switchboard::ApiClient", "HTTP %1").arg(status);
    for (const QJsonValue &d : err.value(u"details").toArray()) {
        const QJsonObject o = d.toObject();
        const QString field = o.value(u"field").toString();
        if (field.isEmpty())
            continue;
        QString &slot = r.fieldErrors[field];
        slot = slot.isEmpty() ? o.value(u"message").toString()
                              : slot + u"; "_s + o.value(u"message").toString();
    }
    return r;
}

void ApiClient::send(const QByteArray &verb, const QString &path, const QJsonValue &body, QObject *context,
                     Callback done, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QPointer<QObject> guard(context);
    if (!isConfigured()) {
        ApiResult r;
        r.error = tr("The API is off: start Switchboard with --listen to administer it here.");
        QMetaObject::invokeMethod(
            this,
            [guard, done, r]() {
                if (guard)
                    done(r);
            },
            Qt::QueuedConnection);
        return;
    }
    QUrl url = m_base;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(m_timeoutMs);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QByteArray payload;
    if (!body.isUndefined()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, payload);
    ++m_pending;
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const ApiResult r = parse(status, reply->readAll(), status == 0 ? reply->errorString() : QString());
        --m_pending;
        if (guard)
            done(r);
        if (m_pending == 0)
            Q_EMIT idle();
    });
}

} // namespace Switchboard
