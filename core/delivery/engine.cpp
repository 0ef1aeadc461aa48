// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "delivery/dispatcher.h"
#include "delivery/retrypolicy.h"
#include "delivery/secretring.h"
#include "functions/requesttemplate.h"
#include "metrics/rollupwriter.h"
#include "redact/redactor.h"
#include "secrets/secretstore.h"
#include "store/queuelistener.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSysInfo>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace Switchboard {

using namespace Qt::StringLiterals;

// The engine thread's side of Engine. Owns the write connection, the
// in-memory view of endpoints and their secrets, and the dispatcher threads.
class EngineWorker : public QObject
{
public:
    EngineWorker(Engine *engine, const EngineOptions &options, std::shared_ptr<SecretStore> secrets)
        : m_engine(engine)
        , m_options(options)
        , m_secrets(std::move(secrets))
        , m_rollups(options.workerId)
    { }

    Status init(QString *instanceId);
    void drain(int graceMs);
    void addEnqueue(const EnqueueRequest &request, QPointer<QObject> context,
                    Engine::EnqueueCallback callback);
    void reloadEndpoints();
    void pump();
    std::optional<CircuitState> resetCircuit(const QString &name);

private:
    struct Runtime
    {
        Endpoint cfg;
        RetryPolicy policy;
        QStringList secrets;
        QDateTime secretsReloadAt; // when a rotated-out secret expires
        QString credential; // outbound authentication; never logged
        QByteArray accessToken; // OAuth 2.0, cached until shortly before it expires
        QDateTime accessTokenExpires;
        QString accessTokenFor; // the client secret the token was issued for
        bool fetchingToken = false;
        QDateTime tokenRetryAt; // after a failed token request
        int inFlight = 0;
        bool removed = false; // deleted, kept only until its in-flight attempts end
        double tokens = 0;
        qint64 tokensAt = 0;
        qint64 fleetRetryAt = 0; // the fleet's limits (or another worker's claim) held it back until then
        CircuitBreaker circuit; // this worker's own: other workers on the same store keep theirs
        int pool() const { return cfg.latencyProfile == LatencyProfile::Fast ? 1 : 0; }
        bool needsSecret() const
        {
            return (cfg.signing != SigningScheme::None && secrets.isEmpty())
                || (cfg.auth.type != OutboundAuth::Type::None && credential.isEmpty());
        }
        bool needsToken() const
        {
            return cfg.auth.type == OutboundAuth::Type::OAuth2ClientCredentials
                && (accessToken.isEmpty() || accessTokenExpires <= QDateTime::currentDateTimeUtc());
        }
        bool sendable() const { return cfg.enabled && !cfg.paused && !needsSecret() && !needsToken(); }
        // Outlives the attempt's timeout by a margin, so no other worker reclaims
        // a delivery still being sent (the margin shrinks with a short test lease).
        int leaseMs(int base) const { return std::max(base, cfg.timeoutMs + std::min(10000, base)); }
    };
    struct PendingEnqueue
    {
        EnqueueItem item;
        QString hash;
        QPointer<QObject> context;
        Engine::EnqueueCallback callback;
    };
    struct DispatcherSlot
    {
        QThread *thread = nullptr;
        Dispatcher *dispatcher = nullptr;
        int inFlight = 0;
        int pool = 0; // 0: standard, 1: fast
    };

    void loadSecrets(Runtime &rt);
    void publishCircuit(const Runtime &rt);
    void onOutcome(int slot, const AttemptOutcome &outcome);
    void scheduleFlush();
    void flush();
    void scheduleDue();
    void refill(Runtime &rt, qint64 nowMs);
    int capacity(int pool) const;
    void fetchToken(const QString &endpoint);
    HeaderList authHeaders(const Runtime &rt) const;
    void heartbeat();
    void heartbeatSoon();
    void honourCircuitResets();
    bool storePaused(qint64 nowMs) const { return nowMs < m_storePausedUntil; }
    void storeFailed(const Error &error);
    void storeRecovered();

    Engine *m_engine;
    EngineOptions m_options;
    std::shared_ptr<SecretStore> m_secrets;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<SecretRing> m_ring;
    RollupWriter m_rollups; // minute rollups, written in the same transaction as the attempts
    QHash<QString, Runtime> m_endpoints;
    QList<DispatcherSlot> m_dispatchers;
    QList<PendingEnqueue> m_enqueues;
    QList<AttemptRecord> m_records;
    QList<AttemptEvent> m_events;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_dueTimer = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_heartbeatSoon = nullptr; // a circuit opened or closed: tell the fleet now
    // Fleet-wide circuit resets already honoured: endpoint -> seq (CircuitReset).
    QHash<QString, qint64> m_resetsSeen;
    bool m_resetsLoaded = false;
    int m_totalInFlight = 0;
    QNetworkAccessManager *m_tokenNam = nullptr;
    QSet<QString> m_authRetried; // deliveries already retried after a 401 with a fresh token
    int m_ticks = 0;
    bool m_draining = false;
    std::unique_ptr<QueueListener> m_listener; // PostgreSQL: woken by other workers' new work
    QDateTime m_startedAt;
    QDateTime m_lastClaimAt;
    int m_storeFailures = 0; // in a row: claims pause with backoff while the store is unreachable
    qint64 m_storePausedUntil = 0;
};

namespace {

QString requestHash(const EnqueueRequest &r)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(r.eventType.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(r.payload);
    h.addData(QByteArrayView("\n"));
    h.addData(r.endpoints.join(u',').toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(r.callId.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(r.request.toJson());
    return QString::fromLatin1(h.result().toHex());
}

// The endpoint's URL with a message's path appended to its path and its query
// added: "https://cal.example.com/api" + "/appointments" -> ".../api/appointments".
QUrl requestUrl(const QUrl &base, const RequestOverride &request)
{
    if (request.path.isEmpty() && request.query.isEmpty())
        return base;
    QUrl url = base;
    if (!request.path.isEmpty()) {
        QString path = url.path(QUrl::FullyEncoded);
        while (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path + (request.path.startsWith(u'/') ? request.path : u'/' + request.path),
                    QUrl::TolerantMode);
    }
    if (!request.query.isEmpty()) {
        const QString existing = url.query(QUrl::FullyEncoded);
        url.setQuery(existing.isEmpty() ? request.query : existing + u'&' + request.query,
                     QUrl::TolerantMode);
    }
    return url;
}

// An endpoint's payload template applied to one delivery: the event as the
// agent sent it under "event", with its type, call id and message id beside.
QByteArray reshape(const QJsonValue &tmpl, const ClaimedDelivery &d)
{
    const QJsonDocument event = QJsonDocument::fromJson(d.payload);
    const QJsonObject args{
        {u"event"_s, event.isArray() ? QJsonValue(event.array()) : QJsonValue(event.object())},
        {u"event_type"_s, d.eventType},
        {u"call_id"_s, d.callId},
        {u"message_id"_s, d.messageId}};
    auto rendered = RequestTemplate::render(tmpl, args);
    if (!rendered) {
        qCWarning(lcEngine) << "payload template failed for" << d.id << ":" << rendered.error().message;
        return d.payload;
    }
    return rendered->isArray() ? QJsonDocument(rendered->toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(rendered->toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

Status EngineWorker::init(QString *instanceId)
{
    auto store = SqlStore::open(m_options.location, u"engine-"_s + m_options.workerId);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    if (auto st = m_store->migrate(); !st)
        return st;
    auto id = m_store->instanceId();
    if (!id)
        return id.error();
    *instanceId = *id;
    m_ring = std::make_unique<SecretRing>(*m_store, *m_secrets, *id);
    if (m_options.exclusiveStore) {
        if (auto n = m_store->releaseAllLeases(); n && *n > 0)
            qCInfo(lcEngine) << "released" << *n << "deliveries left in flight by a previous run";
    }

    const int standard = std::max(1, m_options.dispatchers);
    for (int i = 0; i < standard + std::max(0, m_options.fastDispatchers); ++i) {
        DispatcherSlot slot;
        slot.pool = i < standard ? 0 : 1;
        slot.thread = new QThread(this);
        slot.thread->setObjectName(u"dispatcher-%1"_s.arg(i));
        slot.dispatcher = new Dispatcher(m_options.workerId, [this, i](const AttemptOutcome &o) {
            QMetaObject::invokeMethod(
                this, [this, i, o]() { onOutcome(i, o); }, Qt::QueuedConnection);
        });
        slot.dispatcher->moveToThread(slot.thread);
        connect(slot.thread, &QThread::finished, slot.dispatcher, &QObject::deleteLater);
        slot.thread->start();
        m_dispatchers.append(slot);
    }

    m_tokenNam = new QNetworkAccessManager(this);
    m_tokenNam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(0);
    connect(m_flushTimer, &QTimer::timeout, this, [this]() { flush(); });
    m_dueTimer = new QTimer(this);
    m_dueTimer->setSingleShot(true);
    m_dueTimer->setTimerType(Qt::PreciseTimer);
    connect(m_dueTimer, &QTimer::timeout, this, [this]() { pump(); });
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    // Expired leases (of a worker that died) go back to the queue every 10 s,
    // or sooner when leases are short.
    const int reclaimTicks = std::clamp(m_options.leaseMs / 2000, 1, 10);
    connect(m_tick, &QTimer::timeout, this, [this, reclaimTicks]() {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (Runtime &rt : m_endpoints) {
            if (rt.secretsReloadAt.isValid() && rt.secretsReloadAt <= now)
                loadSecrets(rt);
        }
        if (++m_ticks % reclaimTicks == 0 && !storePaused(now.toMSecsSinceEpoch())) {
            if (auto n = m_store->releaseExpiredLeases(now); n && *n > 0)
                qCInfo(lcEngine) << "reclaimed" << *n << "deliveries whose lease expired";
        }
        if (m_ticks % 2 == 0 && !storePaused(now.toMSecsSinceEpoch())) {
            honourCircuitResets();
            heartbeat();
        }
        pump();
    });
    m_tick->start();
    m_heartbeatSoon = new QTimer(this);
    m_heartbeatSoon->setSingleShot(true);
    // Soon, not at once: coalesces the changes of one pass, and lets the group
    // commit of the attempt that changed the circuit go first.
    m_heartbeatSoon->setInterval(100);
    connect(m_heartbeatSoon, &QTimer::timeout, this, [this]() {
        if (!m_draining && !storePaused(QDateTime::currentMSecsSinceEpoch()))
            heartbeat();
    });
    m_startedAt = QDateTime::currentDateTimeUtc();
    honourCircuitResets(); // remembers the requests made before this worker started
    heartbeat();
    m_listener = std::make_unique<QueueListener>(
        m_options.location, u"listen-"_s + m_options.workerId,
        [this]() {
            if (!m_draining && m_dueTimer)
                m_dueTimer->start(0); // coalesces a burst of notifications into one pump
        },
        [this]() {
            if (!m_draining)
                reloadEndpoints(); // another worker (or the console) changed endpoints or secrets
        });
    m_listener->start();

    reloadEndpoints();
    qCInfo(lcEngine) << "engine" << m_options.workerId << "running on" << m_options.location.displayName()
                     << "with" << m_dispatchers.size() << "dispatchers";
    return Ok{};
}

void EngineWorker::loadSecrets(Runtime &rt)
{
    rt.secretsReloadAt = {};
    rt.credential.clear();
    if (rt.cfg.auth.type != OutboundAuth::Type::None) {
        auto credential = m_ring->active(SecretRing::endpointAuthOwner(rt.cfg.name));
        if (credential && !credential->isEmpty())
            rt.credential = credential->first();
        else if (!credential)
            qCWarning(lcEngine) << "cannot read the credential of endpoint" << rt.cfg.name << ":"
                                << credential.error().message;
        else
            qCWarning(lcEngine) << "endpoint" << rt.cfg.name << "authenticates with"
                                << toString(rt.cfg.auth.type)
                                << "but has no credential; its deliveries wait until one is set";
    }
    if (rt.cfg.signing == SigningScheme::None) {
        rt.secrets.clear();
        return;
    }
    const QString owner = SecretRing::endpointOwner(rt.cfg.name);
    auto values = m_ring->active(owner);
    if (!values) {
        qCWarning(lcEngine) << "cannot read the secrets of endpoint" << rt.cfg.name << ":"
                            << values.error().message;
        rt.secretsReloadAt = QDateTime::currentDateTimeUtc().addSecs(30);
        return;
    }
    rt.secrets = *values;
    if (auto infos = m_ring->list(owner)) {
        for (const SecretInfo &info : *infos) {
            if (info.expiresAt.isValid()
                && (!rt.secretsReloadAt.isValid() || info.expiresAt < rt.secretsReloadAt))
                rt.secretsReloadAt = info.expiresAt;
        }
    }
    if (rt.needsSecret())
        qCWarning(lcEngine) << "endpoint" << rt.cfg.name << "signs with" << toString(rt.cfg.signing)
                            << "but has no secret; its deliveries wait until one is set";
}

void EngineWorker::reloadEndpoints()
{
    auto list = m_store->endpoints();
    if (!list) {
        qCWarning(lcEngine) << "cannot load endpoints:" << list.error().message;
        return;
    }
    QHash<QString, Runtime> next;
    for (const Endpoint &e : *list) {
        Runtime rt;
        if (auto it = m_endpoints.constFind(e.name); it != m_endpoints.cend()) {
            rt.inFlight = it->inFlight;
            rt.tokens = it->tokens;
            rt.tokensAt = it->tokensAt;
            rt.fetchingToken = it->fetchingToken;
            if (!it->removed) // a name deleted and made again starts closed (a probe it had out is moot)
                rt.circuit = it->circuit;
            if (it->cfg.auth.toJson() == e.auth.toJson()) {
                rt.accessToken = it->accessToken;
                rt.accessTokenExpires = it->accessTokenExpires;
                rt.accessTokenFor = it->accessTokenFor;
            }
        } else {
            rt.tokens = std::max(1.0, e.rateLimitPerS);
            rt.tokensAt = QDateTime::currentMSecsSinceEpoch();
        }
        rt.cfg = e;
        rt.policy = RetryPolicy(e.retryScheduleS, e.jitter);
        const bool wasClosed = rt.circuit.state().isClosed();
        rt.circuit.configure(e.circuitBreaker); // turned off: closes it
        if (wasClosed != rt.circuit.state().isClosed())
            publishCircuit(rt);
        loadSecrets(rt);
        if (rt.credential != rt.accessTokenFor)
            rt.accessToken.clear(); // a new client secret: a new token
        next.insert(e.name, rt);
    }
    // In-flight work of a removed endpoint still counts until its outcome arrives.
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it) {
        if (!next.contains(it.key()) && it->inFlight > 0) {
            Runtime gone = it.value();
            gone.cfg.enabled = false;
            gone.removed = true;
            next.insert(it.key(), gone);
        }
    }
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it) {
        if (!next.contains(it.key()))
            CircuitRegistry::shared().removeEndpoint(m_options.workerId, it.key());
    }
    m_endpoints = std::move(next);
    // PostgreSQL: a fleet-wide circuit reset is announced on the config channel too.
    honourCircuitResets();
    pump();
}

void EngineWorker::publishCircuit(const Runtime &rt)
{
    const CircuitState &state = rt.circuit.state();
    CircuitRegistry::shared().publish(m_options.workerId, rt.cfg.name, state);
    switch (state.state) {
    case CircuitState::State::Open:
        qCWarning(lcEngine).noquote()
            << u"endpoint %1: circuit open after %2 failures in a row (last: %3); nothing is sent to it "
               "until %4, its deliveries wait"_s.arg(rt.cfg.name)
                   .arg(state.consecutiveFailures)
                   .arg(state.lastError, toIsoUtc(state.retryAt));
        break;
    case CircuitState::State::HalfOpen:
        qCInfo(lcEngine).noquote() << u"endpoint %1: circuit half-open, sending one probe"_s.arg(rt.cfg.name);
        break;
    case CircuitState::State::Closed:
        qCInfo(lcEngine).noquote() << u"endpoint %1: circuit closed, delivering again"_s.arg(rt.cfg.name);
        break;
    }
    Q_EMIT m_engine->circuitChanged(rt.cfg.name, state);
    heartbeatSoon();
}

void EngineWorker::heartbeatSoon()
{
    if (m_heartbeatSoon && !m_draining)
        m_heartbeatSoon->start();
}

// POST .../circuit/reset on any worker bumps the endpoint's seq in
// circuit_resets; each worker closes its own circuit once per new seq. The
// requests made before this worker started are only remembered: its circuits
// started closed.
void EngineWorker::honourCircuitResets()
{
    if (!m_store || m_draining)
        return;
    auto resets = m_store->circuitResets();
    if (!resets) {
        qCWarning(lcEngine) << "cannot read circuit resets:" << resets.error().message;
        return;
    }
    bool changed = false;
    for (const CircuitReset &r : std::as_const(*resets)) {
        const auto seen = m_resetsSeen.constFind(r.endpoint);
        const bool isNew = seen == m_resetsSeen.cend() || seen.value() != r.seq;
        m_resetsSeen.insert(r.endpoint, r.seq);
        if (!m_resetsLoaded || !isNew)
            continue;
        auto it = m_endpoints.find(r.endpoint);
        if (it == m_endpoints.end() || it->removed || !it->circuit.reset())
            continue;
        qCInfo(lcEngine).noquote() << u"endpoint %1: circuit reset by hand through worker %2"_s.arg(
            r.endpoint, r.requestedBy);
        publishCircuit(*it);
        changed = true;
    }
    m_resetsLoaded = true;
    if (changed && m_dueTimer)
        m_dueTimer->start(0);
}

std::optional<CircuitState> EngineWorker::resetCircuit(const QString &name)
{
    auto it = m_endpoints.find(name);
    if (it == m_endpoints.end() || it->removed)
        return std::nullopt;
    if (it->circuit.reset()) {
        qCInfo(lcEngine).noquote() << u"endpoint %1: circuit reset by hand"_s.arg(name);
        publishCircuit(*it);
        pump();
    }
    return it->circuit.state();
}

void EngineWorker::addEnqueue(const EnqueueRequest &request, QPointer<QObject> context,
                              Engine::EnqueueCallback callback)
{
    auto reply = [&](const Result<EnqueueResult> &r) {
        if (context)
            QMetaObject::invokeMethod(
                context.data(), [callback, r]() { callback(r); }, Qt::QueuedConnection);
    };
    if (m_draining) {
        reply(Error::unavailable(u"the engine is shutting down; send the message again to another worker"_s));
        return;
    }
    EnqueueItem item;
    item.request = request;
    if (!request.endpoints.isEmpty()) {
        for (const QString &name : request.endpoints) {
            const auto it = m_endpoints.constFind(name);
            if (it == m_endpoints.cend() || it->removed) {
                reply(Error::invalid(u"unknown endpoint \"%1\""_s.arg(name),
                                     {QJsonObject{{u"field"_s, u"endpoints"_s},
                                                  {u"message"_s, u"no endpoint named \"%1\""_s.arg(name)}}}));
                return;
            }
            if (!item.targets.contains(name))
                item.targets.append(name);
        }
        // Sorted like the default targets: a repeated idempotency key answers the
        // deliveries in endpoint order, so the first answer must use it too.
        item.targets.sort();
    } else {
        for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it) {
            if (it->cfg.enabled && it->cfg.subscribes(request.eventType))
                item.targets.append(it.key());
        }
        item.targets.sort();
        if (item.targets.isEmpty()) {
            reply(Error::invalid(
                u"no enabled endpoint is subscribed to event type \"%1\""_s.arg(request.eventType),
                {QJsonObject{{u"field"_s, u"event_type"_s},
                             {u"message"_s, u"no enabled endpoint is subscribed"_s}}}));
            return;
        }
    }
    m_enqueues.append({item, requestHash(request), context, std::move(callback)});
    scheduleFlush();
}

void EngineWorker::onOutcome(int slot, const AttemptOutcome &o)
{
    m_dispatchers[slot].inFlight--;
    m_totalInFlight--;
    auto it = m_endpoints.find(o.job.delivery.endpoint);
    if (it != m_endpoints.end())
        it->inFlight--;
    if (o.aborted)
        return; // the lease is released when the drain ends
    const Attempt &a = o.attempt;
    const RetryPolicy policy = it != m_endpoints.end() ? it->policy : RetryPolicy();
    auto d = policy.decide(o.job.delivery.retryIndex, a.statusCode, a.error, o.retryAfter);
    bool authRefresh = false;
    // A 401 with an OAuth token: the token may have been revoked early. Fetch a
    // new one and try again at once, but only once, so a wrong client secret
    // still ends in the dead-letter queue.
    if (a.statusCode == 401 && it != m_endpoints.end()
        && it->cfg.auth.type == OutboundAuth::Type::OAuth2ClientCredentials) {
        if (!m_authRetried.contains(a.deliveryId)) {
            m_authRetried.insert(a.deliveryId);
            it->accessToken.clear();
            authRefresh = true;
            d.verdict = RetryPolicy::Verdict::Retry;
            d.delayMs = 0;
        } else {
            m_authRetried.remove(a.deliveryId);
        }
    } else {
        m_authRetried.remove(a.deliveryId);
    }

    AttemptRecord r;
    r.attempt = a;
    // Stored redacted; the event below keeps the raw body for the agent's fast path.
    Redactor::shared()->redactStoredAttempt(r.attempt);
    r.leaseOwner = m_options.workerId;
    r.retryIndex = o.job.delivery.retryIndex;
    switch (d.verdict) {
    case RetryPolicy::Verdict::Delivered:
        r.newStatus = DeliveryStatus::Delivered;
        break;
    case RetryPolicy::Verdict::Retry:
        r.newStatus = DeliveryStatus::Pending;
        r.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(d.delayMs);
        if (!authRefresh) // the refresh retry does not use up the schedule
            r.retryIndex++;
        break;
    case RetryPolicy::Verdict::Dead:
        r.newStatus = DeliveryStatus::Dead;
        r.deadReason = d.reason;
        break;
    }
    // The endpoint was deleted while this attempt was out: a retry would have
    // nowhere to go, so it is discarded like the rest of its queue.
    if (r.newStatus == DeliveryStatus::Pending && (it == m_endpoints.end() || it->removed)) {
        r.newStatus = DeliveryStatus::Discarded;
        r.deadReason = u"endpoint deleted"_s;
    }
    m_records.append(r);

    if (it != m_endpoints.end() && !it->removed) {
        const auto outcome = CircuitBreaker::classify(a.statusCode, a.error);
        QString error = toString(a.error);
        if (a.statusCode > 0)
            error = u"http_%1"_s.arg(a.statusCode);
        if (it->circuit.record(a.deliveryId, outcome, error, QDateTime::currentMSecsSinceEpoch()))
            publishCircuit(*it);
        else // the failure count, quietly
            CircuitRegistry::shared().publish(m_options.workerId, it->cfg.name, it->circuit.state());
    }

    AttemptEvent ev;
    ev.deliveryId = a.deliveryId;
    ev.messageId = o.job.delivery.messageId;
    ev.endpoint = o.job.delivery.endpoint;
    ev.eventType = o.job.delivery.eventType;
    ev.callId = o.job.delivery.callId;
    ev.n = a.n;
    ev.statusCode = a.statusCode;
    ev.error = a.error;
    ev.durationMs = a.durationMs;
    ev.newStatus = r.newStatus;
    ev.nextAttemptAt = r.nextAttemptAt;
    ev.responseBody = a.responseBody;
    ev.replay = a.replay;
    m_events.append(ev);
    if (r.newStatus == DeliveryStatus::Dead)
        qCWarning(lcEngine) << "delivery" << a.deliveryId << "to" << ev.endpoint << "is dead:" << d.reason;
    scheduleFlush();
}

void EngineWorker::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void EngineWorker::flush()
{
    const qsizetype maxBatch = std::max(1, m_options.maxBatch);
    QList<PendingEnqueue> enqueues = m_enqueues.mid(0, maxBatch);
    m_enqueues.remove(0, enqueues.size());
    QList<AttemptRecord> records = m_records.mid(0, maxBatch);
    m_records.remove(0, records.size());
    QList<AttemptEvent> events = m_events.mid(0, records.size());
    m_events.remove(0, events.size());
    if (!m_enqueues.isEmpty() || !m_records.isEmpty())
        scheduleFlush();
    if (enqueues.isEmpty() && records.isEmpty())
        return;

    QList<Result<EnqueueResult>> results;
    Status st = m_store->transaction([&]() -> Status {
        results.clear();
        for (const PendingEnqueue &p : std::as_const(enqueues)) {
            auto r = m_store->enqueue(p.item, p.hash);
            if (!r && r.error().code == Error::Code::Unavailable)
                return r.error();
            results.append(r);
        }
        for (const AttemptRecord &r : std::as_const(records)) {
            if (auto s = m_store->recordAttempt(r); !s)
                return s;
        }
        return m_options.rollups ? m_rollups.addAttempts(*m_store, records, events) : Status(Ok{});
    });
    if (!st) {
        // Nothing was committed: every caller hears so and may retry; the
        // attempts' deliveries keep their leases and are tried again when those
        // expire, so nothing acknowledged is lost.
        qCWarning(lcEngine) << "group commit failed:" << st.error().message;
        results.clear();
        for (qsizetype i = 0; i < enqueues.size(); ++i)
            results.append(Error::unavailable(u"the message was not stored: "_s + st.error().message));
        events.clear();
    }
    for (qsizetype i = 0; i < enqueues.size(); ++i) {
        const PendingEnqueue &p = enqueues.at(i);
        if (!p.context)
            continue;
        const auto result = results.at(i);
        const auto callback = p.callback;
        QMetaObject::invokeMethod(
            p.context.data(), [callback, result]() { callback(result); }, Qt::QueuedConnection);
    }
    // The fast path hears at once that these wait for an open circuit. Emitted
    // after the callbacks were posted, so a waiter registered in them sees it.
    for (const auto &result : std::as_const(results)) {
        if (!result || result->duplicate)
            continue;
        for (const DeliveryRef &d : result->deliveries) {
            const auto it = m_endpoints.constFind(d.endpoint);
            if (it == m_endpoints.cend() || it->circuit.state().state != CircuitState::State::Open)
                continue;
            AttemptEvent held;
            held.deliveryId = d.id;
            held.messageId = result->messageId;
            held.endpoint = d.endpoint;
            held.newStatus = DeliveryStatus::Pending;
            held.nextAttemptAt = it->circuit.state().retryAt;
            held.circuitOpen = true;
            Q_EMIT m_engine->deliveryHeld(held);
        }
    }
    for (const AttemptEvent &ev : std::as_const(events)) {
        // This commit ended leases the fleet-wide count still saw a moment ago:
        // the endpoint may be claimed from again at once.
        if (auto it = m_endpoints.find(ev.endpoint); it != m_endpoints.end())
            it->fleetRetryAt = 0;
        Q_EMIT m_engine->attemptRecorded(ev);
    }
    pump();
}

void EngineWorker::heartbeat()
{
    WorkerInfo w;
    w.id = m_options.workerId;
    w.host = QSysInfo::machineHostName();
    w.version = QStringLiteral(SWITCHBOARD_VERSION);
    w.startedAt = m_startedAt;
    w.lastSeen = QDateTime::currentDateTimeUtc();
    w.inFlight = m_totalInFlight;
    w.lastClaimAt = m_lastClaimAt;
    // Its circuits that are not closed, so every API and console of the fleet sees them.
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it) {
        if (!it->removed && !it->circuit.state().isClosed())
            w.circuits.insert(it.key(), it->circuit.state().toJson());
    }
    if (auto st = m_store->heartbeat(w); !st)
        qCWarning(lcEngine) << "heartbeat failed:" << st.error().message;
}

void EngineWorker::storeFailed(const Error &error)
{
    // The store is unreachable (PostgreSQL restarting, the network down): stop
    // claiming and try again with backoff. SqlStore reopens its connection on
    // the next attempt; nothing acknowledged is lost meanwhile, because
    // messages are answered only after their commit and leases not committed
    // as finished simply expire and are reclaimed.
    const int backoff = std::min(5000, 250 << std::min(m_storeFailures, 5));
    if (m_storeFailures == 0)
        qCWarning(lcEngine) << "the store failed; pausing claims and retrying with backoff:" << error.message;
    ++m_storeFailures;
    m_storePausedUntil = QDateTime::currentMSecsSinceEpoch() + backoff;
    m_dueTimer->start(backoff);
}

void EngineWorker::storeRecovered()
{
    if (m_storeFailures == 0)
        return;
    qCInfo(lcEngine) << "the store is back after" << m_storeFailures << "failed attempts; claiming again";
    m_storeFailures = 0;
    m_storePausedUntil = 0;
}

int EngineWorker::capacity(int pool) const
{
    int free = 0;
    for (const DispatcherSlot &slot : m_dispatchers) {
        if (slot.pool == pool)
            free += std::max(1, m_options.slotsPerDispatcher) - slot.inFlight;
    }
    return free;
}

void EngineWorker::refill(Runtime &rt, qint64 nowMs)
{
    if (rt.cfg.rateLimitPerS <= 0)
        return;
    const double burst = std::max(1.0, rt.cfg.rateLimitPerS);
    rt.tokens = std::min(burst, rt.tokens + (nowMs - rt.tokensAt) * rt.cfg.rateLimitPerS / 1000.0);
    rt.tokensAt = nowMs;
}

HeaderList EngineWorker::authHeaders(const Runtime &rt) const
{
    switch (rt.cfg.auth.type) {
    case OutboundAuth::Type::Bearer:
        return {{QByteArrayLiteral("Authorization"), "Bearer " + rt.credential.toUtf8()}};
    case OutboundAuth::Type::ApiKey:
        return {{rt.cfg.auth.header.toLatin1(), rt.credential.toUtf8()}};
    case OutboundAuth::Type::Basic:
        return {{QByteArrayLiteral("Authorization"),
                 "Basic " + (rt.cfg.auth.username + u':' + rt.credential).toUtf8().toBase64()}};
    case OutboundAuth::Type::OAuth2ClientCredentials:
        return {{QByteArrayLiteral("Authorization"), "Bearer " + rt.accessToken}};
    case OutboundAuth::Type::None:
    case OutboundAuth::Type::Mtls:
        break;
    }
    return {};
}

// Fetches an OAuth 2.0 access token (client credentials grant, RFC 6749 4.4)
// for an endpoint once, however many deliveries wait for it; the endpoint is
// not claimed from until it arrives. The token and secret are never logged.
void EngineWorker::fetchToken(const QString &endpoint)
{
    auto it = m_endpoints.find(endpoint);
    if (it == m_endpoints.end() || it->fetchingToken || it->credential.isEmpty())
        return;
    if (it->tokenRetryAt.isValid() && it->tokenRetryAt > QDateTime::currentDateTimeUtc())
        return;
    it->fetchingToken = true;
    const OutboundAuth auth = it->cfg.auth;
    QNetworkRequest request(auth.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization",
                         "Basic "
                             + QByteArray(QUrl::toPercentEncoding(auth.clientId) + ':'
                                          + QUrl::toPercentEncoding(it->credential))
                                   .toBase64());
    request.setTransferTimeout(10000);
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    if (!auth.scopes.isEmpty())
        form.addQueryItem(u"scope"_s, auth.scopes.join(u' '));
    if (!auth.audience.isEmpty())
        form.addQueryItem(u"audience"_s, auth.audience);
    QNetworkReply *reply = m_tokenNam->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply, endpoint]() {
        reply->deleteLater();
        auto rt = m_endpoints.find(endpoint);
        if (rt == m_endpoints.end())
            return;
        rt->fetchingToken = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        const QString token = json.value(u"access_token"_s).toString();
        if (status / 100 != 2 || token.isEmpty()) {
            qCWarning(lcEngine).noquote()
                << u"endpoint %1: the token endpoint answered %2 %3; trying again in 10 s"_s.arg(
                       endpoint, status ? QString::number(status) : reply->errorString(),
                       json.value(u"error"_s).toString());
            rt->tokenRetryAt = QDateTime::currentDateTimeUtc().addSecs(10);
            return;
        }
        // Refreshed shortly before it expires, so no request carries a stale token.
        const qint64 expiresIn = qint64(json.value(u"expires_in"_s).toDouble(3600));
        rt->accessToken = token.toUtf8();
        rt->accessTokenFor = rt->credential;
        rt->accessTokenExpires = QDateTime::currentDateTimeUtc().addSecs(std::max<qint64>(5, expiresIn - 30));
        rt->tokenRetryAt = {};
        qCInfo(lcEngine) << "endpoint" << endpoint << "has a new OAuth access token";
        pump();
    });
}

void EngineWorker::pump()
{
    if (m_draining || !m_store)
        return;
    int free[2] = {capacity(0), capacity(1)};
    if (free[0] <= 0 && free[1] <= 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (storePaused(nowMs)) {
        if (!m_dueTimer->isActive())
            m_dueTimer->start(int(m_storePausedUntil - nowMs));
        return;
    }

    QStringList names = m_endpoints.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        Runtime &rt = m_endpoints[name];
        if (rt.circuit.advance(nowMs))
            publishCircuit(rt);
        if (rt.cfg.enabled && !rt.cfg.paused && rt.needsToken())
            fetchToken(name);
    }
    struct Claim
    {
        QString endpoint;
        QList<ClaimedDelivery> deliveries;
    };
    QList<Claim> claims;
    const auto claimDue = [&]() -> Status {
        claims.clear();
        int left[2] = {free[0], free[1]};
        for (const QString &name : std::as_const(names)) {
            Runtime &rt = m_endpoints[name];
            const int pool = rt.pool();
            if (!rt.sendable() || left[pool] <= 0 || nowMs < rt.fleetRetryAt)
                continue;
            int cap = std::min(rt.cfg.maxInFlight - rt.inFlight, left[pool]);
            // An open circuit sends nothing; a half-open one one probe.
            if (const int allowed = rt.circuit.allowance(nowMs); allowed >= 0)
                cap = std::min(cap, allowed);
            if (rt.cfg.rateLimitPerS > 0 && cap > 0) {
                refill(rt, nowMs);
                cap = std::min(cap, int(std::floor(rt.tokens)));
            }
            if (cap <= 0)
                continue;
            // The endpoint's limits hold for the whole fleet, counted in the store.
            const EndpointLimits limits{rt.cfg.maxInFlight, rt.cfg.rateLimitPerS};
            bool limited = false;
            auto got = m_store->claim(name, m_options.workerId, cap, now,
                                      now.addMSecs(rt.leaseMs(m_options.leaseMs)), limits, &limited);
            if (!got)
                return got.error();
            if (limited)
                rt.fleetRetryAt = nowMs + 20;
            if (!got->isEmpty()) {
                left[pool] -= int(got->size());
                claims.append({name, *got});
            }
        }
        return Ok{};
    };
    // Claims alone: their commit skips the fsync (see SqlStore::Commit).
    Status st = m_store->transaction(claimDue, SqlStore::Commit::Relaxed);
    if (!st) {
        storeFailed(st.error());
        return;
    }
    storeRecovered();
    if (!claims.isEmpty())
        m_lastClaimAt = now;

    for (const Claim &c : std::as_const(claims)) {
        Runtime &rt = m_endpoints[c.endpoint];
        if (!c.deliveries.isEmpty() && rt.circuit.state().state == CircuitState::State::HalfOpen)
            rt.circuit.probeStarted(c.deliveries.first().id);
        const HeaderList auth = authHeaders(rt);
        QByteArray certificate, key;
        if (rt.cfg.auth.type == OutboundAuth::Type::Mtls) {
            const QJsonObject pem = QJsonDocument::fromJson(rt.credential.toUtf8()).object();
            certificate = pem.value(u"certificate"_s).toString().toUtf8();
            key = pem.value(u"private_key"_s).toString().toUtf8();
        }
        for (const ClaimedDelivery &d : c.deliveries) {
            DeliveryJob job;
            job.delivery = d;
            job.url = requestUrl(rt.cfg.url, d.request);
            job.method = (d.request.method.isEmpty() ? rt.cfg.method : d.request.method).toLatin1();
            job.headers = rt.cfg.headers;
            for (auto it = d.request.headers.cbegin(); it != d.request.headers.cend(); ++it)
                job.headers.insert(it.key(), it.value());
            job.scheme = rt.cfg.signing;
            job.secrets = rt.secrets;
            job.timeoutMs = rt.cfg.timeoutMs;
            job.authHeaders = auth;
            job.clientCertificate = certificate;
            job.clientKey = key;
            if (rt.cfg.hasPayloadTemplate())
                job.delivery.payload = reshape(rt.cfg.payloadTemplate, d);
            rt.inFlight++;
            if (rt.cfg.rateLimitPerS > 0)
                rt.tokens -= 1;
            m_totalInFlight++;
            const int pool = rt.pool();
            auto least = std::min_element(m_dispatchers.begin(), m_dispatchers.end(),
                                          [pool](const DispatcherSlot &a, const DispatcherSlot &b) {
                                              if ((a.pool == pool) != (b.pool == pool))
                                                  return a.pool == pool;
                                              return a.inFlight < b.inFlight;
                                          });
            least->inFlight++;
            Dispatcher *dispatcher = least->dispatcher;
            QMetaObject::invokeMethod(
                dispatcher, [dispatcher, job]() { dispatcher->send(job); }, Qt::QueuedConnection);
        }
    }
    scheduleDue();
}

void EngineWorker::scheduleDue()
{
    const int free[2] = {capacity(0), capacity(1)};
    if (free[0] <= 0 && free[1] <= 0)
        return; // an outcome frees a slot and pumps
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QStringList ready;
    qint64 wait = 1000; // the tick covers anything later
    for (auto it = m_endpoints.begin(); it != m_endpoints.end(); ++it) {
        Runtime &rt = it.value();
        if (!rt.sendable() || rt.inFlight >= rt.cfg.maxInFlight || free[rt.pool()] <= 0)
            continue;
        if (nowMs < rt.fleetRetryAt) {
            wait = std::min(wait, rt.fleetRetryAt - nowMs);
            continue;
        }
        if (rt.circuit.allowance(nowMs) == 0) {
            if (rt.circuit.state().state == CircuitState::State::Open)
                wait = std::min(wait, std::max<qint64>(1, rt.circuit.retryAtMs() - nowMs));
            continue; // open, or its probe is out
        }
        if (rt.cfg.rateLimitPerS > 0) {
            refill(rt, nowMs);
            if (rt.tokens < 1) {
                wait = std::min(wait, qint64(std::ceil((1 - rt.tokens) * 1000.0 / rt.cfg.rateLimitPerS)));
                continue;
            }
        }
        ready.append(it.key());
    }
    auto next = m_store->nextDue(ready);
    if (next && next->has_value())
        wait = std::min(
            wait,
            std::max<qint64>(
                1, nowMs < (*next)->toMSecsSinceEpoch() ? (*next)->toMSecsSinceEpoch() - nowMs : 1));
    m_dueTimer->start(int(std::max<qint64>(1, wait)));
}

void EngineWorker::drain(int graceMs)
{
    m_draining = true;
    m_tick->stop();
    m_dueTimer->stop();
    QDeadlineTimer deadline(graceMs);
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&]() {
        if (m_totalInFlight <= 0 || deadline.hasExpired())
            loop.quit();
    });
    poll.start(10);
    if (m_totalInFlight > 0 && graceMs > 0)
        loop.exec();
    if (m_totalInFlight > 0) {
        qCInfo(lcEngine) << "grace period over; releasing" << m_totalInFlight << "attempts still in flight";
        for (const DispatcherSlot &slot : std::as_const(m_dispatchers)) {
            Dispatcher *d = slot.dispatcher;
            QMetaObject::invokeMethod(
                d, [d]() { d->abortAll(); }, Qt::BlockingQueuedConnection);
        }
        QCoreApplication::sendPostedEvents(this);
    }
    // Whatever finished is committed; whatever did not goes back to the queue.
    while (!m_records.isEmpty() || !m_enqueues.isEmpty())
        flush();
    m_store->releaseLeases(m_options.workerId);
    m_store->removeWorker(m_options.workerId);
    CircuitRegistry::shared().removeWorker(m_options.workerId);
    m_listener.reset();
    for (const DispatcherSlot &slot : std::as_const(m_dispatchers)) {
        slot.thread->quit();
        slot.thread->wait();
    }
    m_dispatchers.clear();
    m_ring.reset();
    m_store.reset();
    qCInfo(lcEngine) << "engine" << m_options.workerId << "stopped";
}

// Engine -----------------------------------------------------------------------

Engine::Engine(EngineOptions options, std::shared_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(std::move(secrets))
{
    qRegisterMetaType<Switchboard::AttemptEvent>();
    qRegisterMetaType<Switchboard::CircuitState>();
    m_thread.setObjectName(u"engine"_s);
}

Engine::~Engine()
{
    stop(0);
}

Status Engine::start()
{
    if (m_worker)
        return Ok{};
    m_worker = new EngineWorker(this, m_options, m_secrets);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    Status status = Ok{};
    QString instanceId;
    QMetaObject::invokeMethod(
        m_worker, [&]() { status = m_worker->init(&instanceId); }, Qt::BlockingQueuedConnection);
    if (!status) {
        EngineWorker *worker = m_worker;
        m_worker = nullptr;
        QMetaObject::invokeMethod(
            worker, [worker]() { delete worker; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        return status;
    }
    m_instanceId = instanceId;
    return Ok{};
}

void Engine::stop(int graceMs)
{
    if (!m_worker)
        return;
    EngineWorker *worker = m_worker;
    m_worker = nullptr;
    QMetaObject::invokeMethod(
        worker,
        [worker, graceMs]() {
            worker->drain(graceMs);
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool Engine::isRunning() const
{
    return m_worker != nullptr;
}

void Engine::enqueue(const EnqueueRequest &request, QObject *context, EnqueueCallback callback)
{
    if (!m_worker) {
        QMetaObject::invokeMethod(
            context, [callback]() { callback(Error::unavailable(u"the engine is not running"_s)); },
            Qt::QueuedConnection);
        return;
    }
    EngineWorker *worker = m_worker;
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        worker, [worker, request, guard, callback]() { worker->addEnqueue(request, guard, callback); },
        Qt::QueuedConnection);
}

void Engine::reloadEndpoints()
{
    if (EngineWorker *worker = m_worker)
        QMetaObject::invokeMethod(
            worker, [worker]() { worker->reloadEndpoints(); }, Qt::QueuedConnection);
}

CircuitState Engine::circuit(const QString &endpoint) const
{
    return CircuitRegistry::shared().state(m_options.workerId, endpoint);
}

std::optional<CircuitState> Engine::resetCircuit(const QString &endpoint)
{
    EngineWorker *worker = m_worker;
    if (!worker)
        return std::nullopt;
    std::optional<CircuitState> state;
    QMetaObject::invokeMethod(
        worker, [&]() { state = worker->resetCircuit(endpoint); }, Qt::BlockingQueuedConnection);
    return state;
}

void Engine::wake()
{
    if (EngineWorker *worker = m_worker)
        QMetaObject::invokeMethod(
            worker, [worker]() { worker->pump(); }, Qt::QueuedConnection);
}

} // namespace Switchboard
