// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "delivery/retrypolicy.h"
#include "util/ids.h"
#include "util/logging.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

AttemptError classifyNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return AttemptError::Dns;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return AttemptError::Timeout;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
        return AttemptError::Reset;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return AttemptError::Tls;
    default:
        return AttemptError::Connect;
    }
}

const QByteArray kUserAgent = QByteArrayLiteral("Switchboard/" SWITCHBOARD_VERSION);

} // namespace

QByteArray Dispatcher::maskHeaderValue(const QByteArray &name, const QByteArray &value)
{
    const QByteArray n = name.toLower();
    const bool secret = n.contains("signature") || n == "authorization" || n == "proxy-authorization"
        || n.contains("token") || n.contains("api-key") || n.contains("apikey") || n.contains("secret")
        || n == "cookie" || n.contains("password");
    if (!secret)
        return value;
    // Keep a scheme prefix ("v1,", "sha256=", "Bearer ") so a reader can see what was sent.
    QList<QByteArray> parts = value.split(' ');
    QByteArray masked;
    for (const QByteArray &part : parts) {
        if (!masked.isEmpty())
            masked += ' ';
        qsizetype cut = part.indexOf(',');
        if (cut < 0 || (part.indexOf('=') >= 0 && part.indexOf('=') < cut))
            cut = part.indexOf('=');
        if (part == "Bearer" || part == "Basic" || part == "Token")
            masked += part;
        else if (cut > 0 && cut < 12)
            masked += part.left(cut + 1) + "***";
        else
            masked += "***";
    }
    return masked;
}

Dispatcher::Dispatcher(const QString &workerId, OutcomeHandler handler, QObject *parent)
    : QObject(parent)
    , m_workerId(workerId)
    , m_handler(std::move(handler))
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

Dispatcher::~Dispatcher()
{
    abortAll();
}

void Dispatcher::send(const DeliveryJob &job)
{
    Active active;
    AttemptOutcome &o = active.outcome;
    o.job = job;
    Attempt &a = o.attempt;
    a.id = newId(u"att_");
    a.deliveryId = job.delivery.id;
    a.n = job.delivery.attemptCount + 1;
    a.startedAt = QDateTime::currentDateTimeUtc();
    a.replay = job.delivery.replay;
    a.worker = m_workerId;
    a.url = job.url.toString();

    QNetworkRequest request(job.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // A GET carries no body (the function bridge maps its arguments into the
    // query); what is signed is what is sent.
    const bool bodyless = job.method == "GET" || job.method == "HEAD";
    const QByteArray body = bodyless ? QByteArray() : job.delivery.payload;
    HeaderList headers;
    if (!bodyless)
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    headers.append({QByteArrayLiteral("User-Agent"), kUserAgent});
    for (auto it = job.headers.cbegin(); it != job.headers.cend(); ++it)
        headers.append({it.key().toLatin1(), it.value().toUtf8()});
    if (!job.delivery.idempotencyKey.isEmpty())
        headers.append({QByteArrayLiteral("Idempotency-Key"), job.delivery.idempotencyKey.toUtf8()});
    // webhook-id is the message id: stable across retries, replays and endpoints.
    auto signature = m_signer.sign(job.scheme, job.secrets, job.delivery.messageId,
                                   a.startedAt.toSecsSinceEpoch(), body);
    if (!signature) {
        // Without a secret the request is not sent unsigned: it fails as a
        // configuration error and is retried, so setting the secret heals it.
        a.error = AttemptError::Connect;
        a.errorDetail = signature.error().message;
        QTimer::singleShot(0, this, [this, o]() { m_handler(o); });
        return;
    }
    headers.append(*signature);
    for (const auto &h : std::as_const(headers)) {
        request.setRawHeader(h.first, h.second);
        a.requestHeaders.append({h.first, maskHeaderValue(h.first, h.second)});
    }
    for (const auto &h : job.authHeaders) {
        request.setRawHeader(h.first, h.second);
        const qsizetype space = h.second.indexOf(' ');
        a.requestHeaders.append(
            {h.first, space > 0 && space < 8 ? h.second.left(space) + " ***" : QByteArray("***")});
    }
    if (!job.clientCertificate.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(job.clientCertificate, QSsl::Pem));
        QSslKey key(job.clientKey, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(job.clientKey, QSsl::Ec, QSsl::Pem);
        tls.setPrivateKey(key);
        request.setSslConfiguration(tls);
    }

    QNetworkReply *reply = m_nam->sendCustomRequest(request, job.method, body);
    active.clock.start();
    active.deadline = new QTimer(this);
    active.deadline->setSingleShot(true);
    // A coarse timer may fire up to 5% early: a 300 ms timeout would abort at 285 ms.
    active.deadline->setTimerType(Qt::PreciseTimer);
    connect(active.deadline, &QTimer::timeout, this, [this, reply]() {
        auto it = m_active.find(reply);
        if (it == m_active.end())
            return;
        it->timedOut = true;
        reply->abort();
    });
    active.deadline->start(job.timeoutMs);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply]() { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply]() { onFinished(reply); });
    m_active.insert(reply, std::move(active));
}

void Dispatcher::onReadyRead(QNetworkReply *reply)
{
    auto it = m_active.find(reply);
    if (it == m_active.end())
        return;
    Attempt &a = it->outcome.attempt;
    const QByteArray chunk = reply->readAll();
    it->bodySeen += chunk.size();
    const qsizetype room = kMaxStoredBody - a.responseBody.size();
    if (room > 0)
        a.responseBody.append(chunk.left(room));
    if (chunk.size() > room)
        a.responseBodyTruncated = true;
}

void Dispatcher::onFinished(QNetworkReply *reply)
{
    auto it = m_active.find(reply);
    if (it == m_active.end()) {
        reply->deleteLater();
        return;
    }
    if (reply->isOpen()) // an aborted reply is closed: nothing left to read
        onReadyRead(reply);
    Active active = std::move(it.value());
    m_active.erase(it);
    delete active.deadline;

    AttemptOutcome &o = active.outcome;
    Attempt &a = o.attempt;
    a.durationMs = int(active.clock.elapsed());
    a.statusCode = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &h : reply->rawHeaderPairs())
        a.responseHeaders.append(h);
    o.retryAfter = reply->rawHeader("Retry-After");

    if (active.aborted) {
        o.aborted = true;
    } else if (active.timedOut) {
        a.error = AttemptError::Timeout;
        a.errorDetail = u"no complete response within %1 ms"_s.arg(o.job.timeoutMs);
    } else if (a.statusCode > 0) {
        a.error = RetryPolicy::classifyStatus(a.statusCode);
        if (a.error == AttemptError::Redirect) {
            a.errorDetail = u"redirected to %1"_s.arg(QString::fromUtf8(reply->rawHeader("Location")));
        }
    } else {
        a.error = classifyNetworkError(reply->error());
        a.errorDetail = reply->errorString();
    }
    reply->deleteLater();
    m_handler(o);
}

void Dispatcher::abortAll()
{
    const QList<QNetworkReply *> replies = m_active.keys();
    for (QNetworkReply *reply : replies) {
        auto it = m_active.find(reply);
        if (it != m_active.end()) {
            it->aborted = true;
            reply->abort();
        }
    }
}

} // namespace Switchboard
