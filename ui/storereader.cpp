// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storereader.h"

#include "api/callsmodule.h"
#include "delivery/engine.h"
#include "delivery/secretring.h"
#include "metrics/alertstore.h"
#include "redact/redactor.h"
#include "signing/outboundsigner.h"
#include "ui/csvwriter.h"
#include "ui/curlcommand.h"
#include "ui/harwriter.h"
#include "util/ids.h"

#include <QLoggingCategory>
#include <QSaveFile>

namespace Switchboard {

Q_LOGGING_CATEGORY(lcReader, "switchboard.ui.reader", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {
constexpr int kBulkChunk = 500;
constexpr int kExportPage = 500;
} // namespace

StoreReader::StoreReader(const ConsoleServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    qRegisterMetaType<Switchboard::DeliveryRowPage>();
    qRegisterMetaType<Switchboard::DeliveryDetail>();
    qRegisterMetaType<Switchboard::DashboardSnapshot>();
    qRegisterMetaType<Switchboard::BulkReplaySummary>();
    qRegisterMetaType<Switchboard::QueueDepths>();
    qRegisterMetaType<QList<Switchboard::Alert>>();
    m_thread.setObjectName(u"console-reader"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StoreReader::~StoreReader()
{
    m_cancelBulk = true;
    QMetaObject::invokeMethod(
        m_context, [this]() { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename F>
void StoreReader::post(F &&f)
{
    QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::QueuedConnection);
}

SqlStore *StoreReader::store()
{
    if (!m_store) {
        auto s = SqlStore::open(m_services.location, u"console-"_s + newId(u""));
        if (s)
            m_store = std::move(s).value();
        else
            qCWarning(lcReader) << "cannot open the store:" << s.error().message;
    }
    return m_store.get();
}

QString StoreReader::intern(const QString &text)
{
    if (text.isEmpty())
        return {};
    auto it = m_interned.constFind(text);
    if (it != m_interned.constEnd())
        return *it;
    if (m_interned.size() > 10000) // unbounded variety (reasons with ids): stop interning
        return text;
    m_interned.insert(text, text);
    return text;
}

DeliveryRow StoreReader::toRow(const Delivery &d)
{
    DeliveryRow r;
    r.id = d.id;
    r.endpoint = intern(d.endpoint);
    r.eventType = intern(d.eventType);
    r.callId = d.callId;
    r.deadReason = intern(d.deadReason);
    r.createdMs = d.createdAt.toMSecsSinceEpoch();
    r.nextAttemptMs = d.nextAttemptAt.isValid() ? d.nextAttemptAt.toMSecsSinceEpoch() : 0;
    r.attemptCount = d.attemptCount;
    r.lastStatusCode = qint16(d.lastStatusCode);
    r.status = d.status;
    r.lastError = d.lastError;
    return r;
}

void StoreReader::wakeEngine()
{
    if (m_services.engine)
        m_services.engine->wake();
}

quint64 StoreReader::fetchPage(const DeliveryFilter &filter, const QString &cursor, int limit)
{
    const quint64 ticket = m_nextTicket++;
    post([this, ticket, filter, cursor, limit]() {
        DeliveryRowPage page;
        SqlStore *s = store();
        if (!s) {
            page.error = tr("The database %1 cannot be opened.").arg(m_services.location.displayName());
        } else if (auto result = s->deliveries(filter, limit, cursor)) {
            page.rows.reserve(result->deliveries.size());
            for (const Delivery &d : std::as_const(result->deliveries))
                page.rows.append(toRow(d));
            page.nextCursor = result->nextCursor;
        } else {
            page.error = result.error().message;
        }
        Q_EMIT pageReady(ticket, page);
    });
    return ticket;
}

quint64 StoreReader::count(const DeliveryFilter &filter)
{
    const quint64 ticket = m_nextTicket++;
    post([this, ticket, filter]() {
        SqlStore *s = store();
        if (!s) {
            Q_EMIT countReady(ticket, 0, tr("The database cannot be opened."));
            return;
        }
        auto n = s->countDeliveries(filter);
        Q_EMIT countReady(ticket, n ? *n : 0, n ? QString() : n.error().message);
    });
    return ticket;
}

void StoreReader::loadDepths()
{
    post([this]() {
        SqlStore *s = store();
        if (!s) {
            Q_EMIT depthsReady(
                {}, tr("The database %1 cannot be opened.").arg(m_services.location.displayName()));
            return;
        }
        auto d = s->depths();
        Q_EMIT depthsReady(d ? *d : QueueDepths{}, d ? QString() : d.error().message);
    });
}

void StoreReader::loadDetail(const QString &id)
{
    post([this, id]() {
        DeliveryDetail detail;
        detail.delivery.id = id;
        SqlStore *s = store();
        if (!s) {
            detail.error = tr("The database cannot be opened.");
            Q_EMIT detailReady(detail);
            return;
        }
        auto d = s->delivery(id, true);
        if (!d || !d->has_value()) {
            detail.error = d ? tr("Delivery %1 no longer exists.").arg(id) : d.error().message;
            Q_EMIT detailReady(detail);
            return;
        }
        detail.delivery = **d;
        if (auto m = s->message(detail.delivery.messageId); m && m->has_value())
            detail.payload = Redactor::shared()->redactBody((*m)->payload);
        if (auto e = s->endpoint(detail.delivery.endpoint); e && e->has_value())
            detail.endpoint = **e;
        if (!detail.delivery.callId.isEmpty()) {
            if (auto t = CallsModule::timeline(*s, detail.delivery.callId))
                detail.callTimeline = *t;
        }
        Q_EMIT detailReady(detail);
    });
}

void StoreReader::replay(const QString &id)
{
    post([this, id]() {
        SqlStore *s = store();
        const Status st
            = s ? s->replay(id) : Status(Error::unavailable(tr("The database cannot be opened.")));
        if (st)
            wakeEngine();
        Q_EMIT actionDone(st ? tr("Delivery %1 queued for replay.").arg(id) : st.error().message, bool(st),
                          {id});
    });
}

void StoreReader::discard(const QString &id)
{
    discardMany({id});
}

void StoreReader::discardMany(const QStringList &ids)
{
    post([this, ids]() {
        SqlStore *s = store();
        if (!s) {
            Q_EMIT actionDone(tr("The database cannot be opened."), false, {});
            return;
        }
        QStringList done;
        QString lastError;
        const Status st = s->transaction([&]() -> Status {
            for (const QString &id : ids) {
                if (auto r = s->discard(id))
                    done << id;
                else
                    lastError = r.error().message;
            }
            return Ok{};
        });
        if (!st)
            lastError = st.error().message, done.clear();
        const bool ok = done.size() == ids.size();
        QString message = ids.size() == 1 && ok ? tr("Delivery %1 discarded.").arg(ids.first())
                                                : tr("%n deliveries discarded.", nullptr, int(done.size()));
        if (!ok)
            message += u' ' + lastError;
        Q_EMIT actionDone(message, ok, done);
    });
}

void StoreReader::bulkReplay(const DeliveryFilter &filter, qint64 expected)
{
    m_cancelBulk = false;
    post([this, filter, expected]() { bulkStep(filter, QString(), expected, {}); });
}

void StoreReader::bulkStep(DeliveryFilter filter, QString cursor, qint64 total, BulkReplaySummary summary)
{
    SqlStore *s = store();
    if (m_cancelBulk || !s) {
        summary.cancelled = m_cancelBulk;
        if (!s)
            summary.error = tr("The database cannot be opened.");
        Q_EMIT bulkFinished(summary);
        return;
    }
    // Page through what matches by id (a snapshot moving down the table), replaying
    // each page in one transaction; others' requests run between the pages.
    auto page = s->deliveries(filter, kBulkChunk, cursor);
    if (!page) {
        summary.error = page.error().message;
        Q_EMIT bulkFinished(summary);
        return;
    }
    const Status st = s->transaction([&]() -> Status {
        for (const Delivery &d : std::as_const(page->deliveries)) {
            if (s->replay(d.id))
                ++summary.replayed;
            else
                ++summary.failed;
        }
        return Ok{};
    });
    if (!st) {
        summary.failed += page->deliveries.size();
        summary.error = st.error().message;
    }
    if (!page->deliveries.isEmpty())
        wakeEngine();
    const qint64 done = summary.replayed + summary.failed;
    Q_EMIT bulkProgress(done, std::max(total, done));
    if (page->nextCursor.isEmpty() || !st) {
        Q_EMIT bulkFinished(summary);
        return;
    }
    post([this, filter, next = page->nextCursor, total, summary]() {
        bulkStep(filter, next, total, summary);
    });
}

void StoreReader::curlCommand(const QString &id, bool reveal)
{
    post([this, id, reveal]() {
        SqlStore *s = store();
        auto d = s ? s->delivery(id, true) : Result<std::optional<Delivery>>(Error::unavailable(QString()));
        if (!d || !d->has_value() || (*d)->attempts.isEmpty()) {
            Q_EMIT curlReady(id, {}, tr("Delivery %1 has no attempt to copy yet.").arg(id));
            return;
        }
        const Delivery &delivery = **d;
        const Attempt &a = delivery.attempts.last();
        QByteArray payload;
        if (auto m = s->message(delivery.messageId); m && m->has_value())
            payload = (*m)->payload;
        Endpoint endpoint;
        if (auto e = s->endpoint(delivery.endpoint); e && e->has_value())
            endpoint = **e;
        HeaderList revealed;
        if (reveal) {
            if (!m_services.secrets) {
                Q_EMIT curlReady(id, {}, tr("This console has no access to the secrets."));
                return;
            }
            qCInfo(lcReader) << "operator revealed the signature and credentials of delivery" << id;
            for (auto it = endpoint.headers.cbegin(); it != endpoint.headers.cend(); ++it)
                revealed.append({it.key().toLatin1(), it.value().toUtf8()});
            qint64 timestamp = 0;
            for (const auto &h : a.requestHeaders)
                if (h.first.compare("webhook-timestamp", Qt::CaseInsensitive) == 0)
                    timestamp = h.second.toLongLong();
            SecretRing ring(*s, *m_services.secrets, m_services.instanceId);
            auto secrets = ring.active(SecretRing::endpointOwner(delivery.endpoint));
            if (!secrets) {
                Q_EMIT curlReady(id, {}, secrets.error().message);
                return;
            }
            OutboundSigner signer;
            auto signature = signer.sign(endpoint.signing, *secrets, delivery.messageId,
                                         timestamp ? timestamp : QDateTime::currentSecsSinceEpoch(), payload);
            if (!signature) {
                Q_EMIT curlReady(id, {}, signature.error().message);
                return;
            }
            revealed.append(*signature);
        }
        const QString method = endpoint.method.isEmpty() ? u"POST"_s : endpoint.method;
        Q_EMIT curlReady(id, CurlCommand::build(method, a.url, a.requestHeaders, payload, revealed),
                         QString());
    });
}

void StoreReader::exportDeliveries(const QStringList &ids, const DeliveryFilter &filter, ExportFormat format,
                                   const QString &path)
{
    post([this, ids, filter, format, path]() {
        SqlStore *s = store();
        if (!s) {
            Q_EMIT exportDone(path, 0, tr("The database cannot be opened."));
            return;
        }
        HarWriter har;
        CsvWriter csv;
        int count = 0;
        QHash<QString, QString> methods;
        auto addOne = [&](const QString &id) -> bool {
            auto d = s->delivery(id, format == ExportFormat::Har);
            if (!d)
                return false;
            if (!d->has_value())
                return true;
            const Delivery &delivery = **d;
            ++count;
            if (format == ExportFormat::Csv) {
                csv.add(delivery);
                return true;
            }
            if (!methods.contains(delivery.endpoint)) {
                auto e = s->endpoint(delivery.endpoint);
                methods.insert(delivery.endpoint, e && e->has_value() ? (*e)->method : u"POST"_s);
            }
            QByteArray payload;
            if (auto m = s->message(delivery.messageId); m && m->has_value())
                payload = Redactor::shared()->redactBody((*m)->payload);
            har.add(delivery, payload, methods.value(delivery.endpoint));
            return true;
        };
        QString error;
        if (!ids.isEmpty()) {
            for (const QString &id : ids)
                if (!addOne(id))
                    error = tr("The store did not answer while exporting.");
        } else {
            QString cursor;
            do {
                auto page = s->deliveries(filter, kExportPage, cursor);
                if (!page) {
                    error = page.error().message;
                    break;
                }
                for (const Delivery &d : std::as_const(page->deliveries))
                    addOne(d.id);
                cursor = page->nextCursor;
            } while (!cursor.isEmpty());
        }
        QSaveFile file(path);
        if (error.isEmpty()) {
            if (!file.open(QIODevice::WriteOnly))
                error = tr("Cannot write %1: %2").arg(path, file.errorString());
            else {
                file.write(format == ExportFormat::Har ? har.toJson() : csv.data());
                if (!file.commit())
                    error = tr("Cannot write %1: %2").arg(path, file.errorString());
            }
        }
        Q_EMIT exportDone(path, count, error);
    });
}

void StoreReader::loadDashboard(const StatsFilter &filter)
{
    post([this, filter]() {
        DashboardSnapshot snap;
        snap.filter = filter;
        SqlStore *s = store();
        if (!s) {
            snap.error = tr("The database %1 cannot be opened.").arg(m_services.location.displayName());
            Q_EMIT dashboardReady(snap);
            return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        StatsQuery stats(*s);
        auto current = stats.run(filter, now, true, true);
        if (!current) {
            snap.error = current.error().message;
            Q_EMIT dashboardReady(snap);
            return;
        }
        snap.current = *current;
        if (auto previous = stats.run(filter, now.addSecs(-filter.windowS), false, false))
            snap.previous = previous->total;
        if (auto d = s->depths())
            snap.depths = *d;
        auto endpoints = s->endpoints();
        QHash<QString, StatsBucket> bySubject;
        if (auto b = stats.bySubject(u"out"_s, current->from, current->until))
            bySubject = *b;
        FleetCircuits fleet;
        if (auto workers = s->workers())
            fleet = FleetCircuits::fromWorkers(*workers, now);
        if (endpoints) {
            for (const Endpoint &e : std::as_const(*endpoints)) {
                snap.endpoints << e.name;
                EndpointHealth h;
                h.name = e.name;
                const StatsBucket b = bySubject.value(e.name);
                h.attempts = b.attempts;
                if (b.attempts > 0) {
                    h.successRate = 100.0 * double(b.ok) / double(b.attempts);
                    h.p95Ms = b.latency.quantile(0.95);
                }
                // The worst circuit of the fleet: every live worker's heartbeat, and the
                // engines of this process (thread-safe to read, fresher than their heartbeat).
                CircuitState circuit = fleet.worst(e.name);
                if (const CircuitState local = CircuitRegistry::shared().merged(e.name);
                    CircuitState::severity(local.state) > CircuitState::severity(circuit.state))
                    circuit = local;
                h.consecutiveFailures = circuit.consecutiveFailures;
                h.state = !e.enabled                                 ? EndpointHealth::State::Disabled
                    : e.paused                                       ? EndpointHealth::State::Paused
                    : circuit.state == CircuitState::State::Open     ? EndpointHealth::State::CircuitOpen
                    : circuit.state == CircuitState::State::HalfOpen ? EndpointHealth::State::HalfOpen
                                                                     : EndpointHealth::State::Active;
                if (circuit.state == CircuitState::State::Open)
                    h.circuitRetryAt = circuit.retryAt;
                if (auto dead = stats.deadCount(e.name, QString()))
                    h.dead = *dead;
                snap.health << h;
            }
        }
        AlertStore alerts(*s);
        if (auto open = alerts.alerts(u"open"_s, 50))
            snap.openAlerts = *open;
        Q_EMIT dashboardReady(snap);
    });
}

void StoreReader::loadAlerts(int limit)
{
    post([this, limit]() {
        SqlStore *s = store();
        if (!s) {
            Q_EMIT alertsReady({}, tr("The database cannot be opened."));
            return;
        }
        AlertStore alerts(*s);
        auto list = alerts.alerts(QString(), limit);
        Q_EMIT alertsReady(list ? *list : QList<Alert>(), list ? QString() : list.error().message);
    });
}

void StoreReader::acknowledgeAlert(const QString &id)
{
    post([this, id]() {
        SqlStore *s = store();
        if (!s)
            return;
        AlertStore alerts(*s);
        auto r = alerts.acknowledge(id, QDateTime::currentDateTimeUtc());
        Q_EMIT actionDone(r ? tr("Alert acknowledged.") : r.error().message, bool(r), {});
        if (auto list = alerts.alerts(QString(), 500))
            Q_EMIT alertsReady(*list, QString());
    });
}

} // namespace Switchboard
