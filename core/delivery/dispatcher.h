// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"
#include "model/endpoint.h"
#include "signing/outboundsigner.h"
#include "store/sqlstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Switchboard {

// One request to make: the claimed delivery and what its endpoint says about
// sending it. Built by the engine, signed and sent by a dispatcher.
struct DeliveryJob
{
    ClaimedDelivery delivery;
    QUrl url;
    QByteArray method = "POST";
    QMap<QString, QString> headers; // the endpoint's static headers
    SigningScheme scheme = SigningScheme::None;
    QStringList secrets; // newest first; never logged
    int timeoutMs = 10000;
    HeaderList authHeaders; // outbound authentication; recorded as "***"
    QByteArray clientCertificate; // mTLS, PEM
    QByteArray clientKey; // mTLS, PEM; never logged
};

// What came of one job.
struct AttemptOutcome
{
    DeliveryJob job;
    Attempt attempt;
    QByteArray retryAfter; // the raw Retry-After header, if any
    bool aborted = false; // cancelled by shutdown: not an attempt, release the lease
};

// Sends signed requests with its own QNetworkAccessManager (Qt 6.4 keeps at
// most 6 connections per host and port per manager; run several dispatchers to
// go beyond). Lives in its own thread; send() and abortAll() must be called in
// that thread (the engine posts them). Redirects are never followed. Outcomes
// are handed to the callback in this thread; the callback posts them on.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxStoredBody = 16 * 1024;

    using OutcomeHandler = std::function<void(const AttemptOutcome &)>;
    Dispatcher(const QString &workerId, OutcomeHandler handler, QObject *parent = nullptr);
    ~Dispatcher() override;

    void send(const DeliveryJob &job);
    void abortAll();
    int inFlight() const { return int(m_active.size()); }

    // Header values that authenticate (signatures, credentials) are kept only as
    // their scheme prefix in stored attempts: "v1,***", "Bearer ***".
    static QByteArray maskHeaderValue(const QByteArray &name, const QByteArray &value);

private:
    struct Active
    {
        AttemptOutcome outcome;
        QElapsedTimer clock;
        QTimer *deadline = nullptr;
        bool timedOut = false;
        bool aborted = false;
        qint64 bodySeen = 0;
    };

    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);

    QString m_workerId;
    OutcomeHandler m_handler;
    QNetworkAccessManager *m_nam = nullptr;
    OutboundSigner m_signer;
    QHash<QNetworkReply *, Active> m_active;
};

} // namespace Switchboard
