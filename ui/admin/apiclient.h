// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Switchboard {

struct ConsoleServices;

// One answer of the API: status 0 means no answer (connection refused, timeout).
struct ApiResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json; // the body when it is a JSON object
    QJsonValue value; // the body as any JSON value
    QString error; // the error's message (API or transport), empty on success
    QString errorCode;
    QMap<QString, QString> fieldErrors; // details[].field -> details[].message

    bool ok() const { return status >= 200 && status < 300; }
};

// Speaks to the running Switchboard's own HTTP API on loopback, so that the
// console's administration pages validate, keep secrets and reload the engine
// exactly as API users do. Asynchronous: each call returns at once and the
// callback runs later in the GUI thread (never if the context object died).
// Lives in the GUI thread.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    using Callback = std::function<void(const ApiResult &)>;

    ApiClient(const QUrl &baseUrl, const QString &token, QObject *parent = nullptr);
    // http://<listenAddress> with the services' token.
    static ApiClient *fromServices(const ConsoleServices &services, QObject *parent = nullptr);

    // path starts with "/v1/..." and may hold a query string; body is sent as
    // JSON unless it is undefined.
    void send(const QByteArray &verb, const QString &path, const QJsonValue &body, QObject *context,
              Callback done, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void get(const QString &path, QObject *context, Callback done)
    {
        send("GET", path, QJsonValue::Undefined, context, std::move(done));
    }

    QUrl baseUrl() const { return m_base; }
    bool isConfigured() const { return m_base.isValid() && !m_base.isEmpty(); }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Requests sent and not answered yet (for tests and busy indicators).
    int pending() const { return m_pending; }

    static ApiResult parse(int status, const QByteArray &body, const QString &transportError);
    // "/v1/endpoints/" + the name, percent-encoded.
    static QString path(const QString &prefix, const QString &name, const QString &suffix = {});

Q_SIGNALS:
    void idle();

private:
    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QByteArray m_token;
    int m_timeoutMs = 30000;
    int m_pending = 0;
};

} // namespace Switchboard
