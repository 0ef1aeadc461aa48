// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiharness.h"
#include "receiver/testreceiver.h"
#include "ui/admin/apiclient.h"
#include "ui/admin/secretfield.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <memory>

namespace Switchboard {

// The administration pages' tests run against a whole Switchboard in the
// process (the harness's engine and API on a fresh SQLite file) and a
// programmable receiver; the pages reach it through an ApiClient, as in the
// console.
class AdminFixture
{
public:
    bool start()
    {
        QStandardPaths::setTestModeEnabled(true);
        SecretField::setClearAfterMs(300);
        if (!harness.start(2))
            return false;
        receiver = std::make_unique<TestReceiver>();
        if (!receiver->listen())
            return false;
        api = std::make_unique<ApiClient>(QUrl(harness.baseUrl()), QString::fromLatin1(ApiHarness::kToken));
        return true;
    }

    // POST /v1/messages to one endpoint; the delivery id.
    QString send(const QString &endpoint, const QJsonObject &payload,
                 const QString &eventType = QStringLiteral("call.completed"))
    {
        const ApiResponse r
            = harness.request("POST", QStringLiteral("/v1/messages"),
                              QJsonObject{{QStringLiteral("event_type"), eventType},
                                          {QStringLiteral("payload"), payload},
                                          {QStringLiteral("endpoints"), QJsonArray{endpoint}}});
        return r.json.value(QStringLiteral("deliveries"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    QString statusOf(const QString &deliveryId)
    {
        return harness.request("GET", QStringLiteral("/v1/deliveries/") + deliveryId)
            .json.value(QStringLiteral("status"))
            .toString();
    }

    // Saves a picture of the page when SB_SCREENSHOT_DIR is set (for docs and review).
    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    ApiHarness harness;
    std::unique_ptr<TestReceiver> receiver;
    std::unique_ptr<ApiClient> api;
};

// Standard Webhooks: base64 HMAC-SHA256 of "<id>.<timestamp>.<body>" keyed with
// the base64-decoded part of a whsec_ secret.
inline QByteArray standardSignature(const QString &secret, const QByteArray &id, const QByteArray &ts,
                                    const QByteArray &body)
{
    const QByteArray key
        = QByteArray::fromBase64(secret.mid(secret.startsWith(QStringLiteral("whsec_")) ? 6 : 0).toLatin1());
    return QMessageAuthenticationCode::hash(id + '.' + ts + '.' + body, key, QCryptographicHash::Sha256)
        .toBase64();
}

} // namespace Switchboard
