// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiserver.h"
#include "delivery/engine.h"
#include "secrets/memorysecretstore.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Switchboard {

// One answer of the API as a client saw it.
struct ApiResponse
{
    int status = 0; // 0: no answer in time
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(QByteArrayView name) const;
    QString errorCode() const { return json.value(u"error").toObject().value(u"code").toString(); }
    QString errorMessage() const { return json.value(u"error").toObject().value(u"message").toString(); }
};

// A whole Switchboard in the test process: an Engine on a fresh SQLite file
// with in-memory secrets, its ApiServer on 127.0.0.1:0, and a client that
// waits for each answer while the event loop runs. For tests of API features;
// lives in the test thread.
class ApiHarness
{
public:
    static inline const QByteArray kToken = QByteArrayLiteral("tst-harness-token-0123456789");

    ApiHarness();
    ~ApiHarness();

    // Before start(): run on another store (e.g. one a second harness shares,
    // for a fleet of two engines) as worker workerId; exclusive as
    // EngineOptions::exclusiveStore (false for every engine but the first).
    void useStore(const StoreLocation &location, const QString &workerId, bool exclusive);

    // Starts everything; false (with a QWARN) when something failed.
    bool start(int dispatchers = 2);
    void stop();

    ApiResponse request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                        const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 15000);
    ApiResponse requestRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers, bool withToken = true,
                           int timeoutMs = 15000);

    // PUT /v1/endpoints/{name} with signing none, a short retry schedule and url.
    bool createEndpoint(const QString &name, const QUrl &url, const QJsonObject &extra = {});

    Engine *engine() const { return m_engine.get(); }
    MemorySecretStore *secrets() const { return m_secrets.get(); }
    QString dataPath() const { return m_dir.path(); }
    QString baseUrl() const;

private:
    QTemporaryDir m_dir;
    std::optional<StoreLocation> m_location;
    QString m_workerId = QStringLiteral("harness");
    bool m_exclusive = true;
    std::shared_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ApiServer> m_api;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
};

} // namespace Switchboard
