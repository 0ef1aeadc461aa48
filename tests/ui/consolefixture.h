// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiharness.h"
#include "metrics/alertstore.h"
#include "metrics/rollupwriter.h"
#include "receiver/testreceiver.h"
#include "store/sqlstore.h"
#include "ui/consoleservices.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

namespace Switchboard {

// The console's tests run against a whole Switchboard in the process: the
// harness's engine and API on a fresh SQLite file, and a programmable receiver
// with endpoints "ok" (200), "reject" (400 with rate-limit headers: final, so
// straight to the dead-letter queue), "signed" (200, Standard Webhooks, a
// credential header) and "held" (paused: its deliveries stay pending).
class ConsoleFixture
{
public:
    bool start()
    {
        if (!harness.start(2))
            return false;
        receiver = std::make_unique<TestReceiver>();
        if (!receiver->listen())
            return false;
        ReceiverBehaviour reject = ReceiverBehaviour::withStatus(400, R"({"error":"bad field"})");
        reject.headers = {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "30"}};
        receiver->setBehaviour(QStringLiteral("/reject"), reject);
        return harness.createEndpoint(QStringLiteral("ok"), receiver->url(QStringLiteral("/ok")))
            && harness.createEndpoint(QStringLiteral("reject"), receiver->url(QStringLiteral("/reject")))
            && harness.createEndpoint(
                QStringLiteral("signed"), receiver->url(QStringLiteral("/signed")),
                QJsonObject{{QStringLiteral("signing"),
                             QJsonObject{{QStringLiteral("scheme"), QStringLiteral("standard-webhooks")}}},
                            {QStringLiteral("headers"),
                             QJsonObject{{QStringLiteral("X-Api-Key"), QStringLiteral("key-s3cr3t-value")}}}})
            && harness.createEndpoint(QStringLiteral("held"), receiver->url(QStringLiteral("/held")))
            && harness.request("POST", QStringLiteral("/v1/endpoints/held/pause")).status == 200;
    }

    ConsoleServices services() const
    {
        ConsoleServices s;
        s.location = StoreLocation::sqlite(harness.dataPath() + QStringLiteral("/switchboard.db"));
        s.engine = harness.engine();
        s.secrets
            = std::shared_ptr<SecretStore>(std::shared_ptr<SecretStore>(), harness.secrets()); // not owned
        s.instanceId = harness.engine()->instanceId();
        s.listenAddress = harness.baseUrl().mid(7);
        s.token = QString::fromLatin1(ApiHarness::kToken);
        s.dataDir = harness.dataPath();
        return s;
    }

    // POST /v1/messages; returns the delivery ids.
    QStringList send(const QString &endpoint, const QJsonObject &payload, const QString &callId = {},
                     const QString &eventType = QStringLiteral("call.completed"))
    {
        QJsonObject body{{QStringLiteral("event_type"), eventType},
                         {QStringLiteral("payload"), payload},
                         {QStringLiteral("endpoints"), QJsonArray{endpoint}}};
        if (!callId.isEmpty())
            body.insert(QStringLiteral("call_id"), callId);
        const ApiResponse r = harness.request("POST", QStringLiteral("/v1/messages"), body);
        QStringList ids;
        for (const QJsonValue &d : r.json.value(QStringLiteral("deliveries")).toArray())
            ids << d.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    QString statusOf(const QString &deliveryId)
    {
        const ApiResponse r = harness.request("GET", QStringLiteral("/v1/deliveries/") + deliveryId);
        return r.json.value(QStringLiteral("status")).toString();
    }

    // A store connection in the test thread, for setting up data directly.
    SqlStore *store()
    {
        if (!m_store)
            m_store = std::move(SqlStore::open(services().location, QStringLiteral("fixture")).value());
        return m_store.get();
    }

    // count dead deliveries to endpoint with raw INSERTs in one transaction.
    bool insertDead(int count, const QString &endpoint, const QString &prefix)
    {
        QSqlDatabase db = store()->database();
        db.transaction();
        QSqlQuery q(db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        bool ok = q.exec(
            QStringLiteral(
                "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < %1) "
                "INSERT INTO messages (id, event_type, payload, call_id, created_at) "
                "SELECT printf('msg_%2%08d', n), 'call.completed', '{\"n\":' || n || '}', NULL, %3 FROM seq")
                .arg(count)
                .arg(prefix)
                .arg(now));
        ok = ok
            && q.exec(
                QStringLiteral(
                    "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < %1) "
                    "INSERT INTO deliveries (id, message_id, endpoint, event_type, status, attempt_count, "
                    "last_status_code, last_error, dead_reason, created_at, updated_at) "
                    "SELECT printf('dlv_%2%08d', n), printf('msg_%2%08d', n), '%4', 'call.completed', "
                    "'dead', 1, 400, 'http_4xx', 'HTTP 400 is final', %3, %3 FROM seq")
                    .arg(count)
                    .arg(prefix)
                    .arg(now)
                    .arg(endpoint));
        q.finish();
        if (!ok) {
            qWarning("insertDead: %s", qPrintable(q.lastError().text()));
            db.rollback();
            return false;
        }
        return db.commit();
    }

    // An hour of minute rollups and depth samples, as the engine writes them, so the
    // dashboard has a history to draw: "ok" succeeds (a dip at minute 40), "reject" fails.
    bool seedHistory()
    {
        RollupWriter writer(QStringLiteral("seed"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Status st = store()->transaction([&]() -> Status {
            for (int m = 59; m >= 1; --m) {
                QList<RollupSample> samples;
                const QDateTime at = now.addSecs(-60 * m);
                for (int i = 0; i < 20; ++i) {
                    RollupSample s;
                    s.at = at;
                    s.subject = QStringLiteral("ok");
                    s.eventType = QStringLiteral("call.completed");
                    s.n = i % 7 == 0 ? 2 : 1;
                    s.ok = !(m > 15 && m < 22 && i % 3 == 0);
                    s.statusCode = s.ok ? 200 : 503;
                    s.error = s.ok ? QString() : QStringLiteral("http_5xx");
                    s.durationMs = 40 + (i * 13 + m * 7) % 90 + (i == 19 ? 300 : 0);
                    samples << s;
                }
                RollupSample r;
                r.at = at;
                r.subject = QStringLiteral("reject");
                r.eventType = QStringLiteral("ticket.created");
                r.statusCode = 400;
                r.error = QStringLiteral("http_4xx");
                r.durationMs = 25;
                r.dead = true;
                samples << r;
                if (auto st = writer.add(*store(), samples); !st)
                    return st;
                QSqlQuery q(store()->database());
                q.prepare(QStringLiteral(
                    "INSERT OR REPLACE INTO metrics_depths (minute, queue_depth, in_flight, dlq_depth) "
                    "VALUES (?, ?, ?, ?)"));
                q.addBindValue(RollupWriter::minuteOf(at));
                q.addBindValue(qint64(5 + (m * 37) % 23));
                q.addBindValue(qint64(2));
                q.addBindValue(qint64(60 - m));
                if (!q.exec())
                    return Error::unavailable(q.lastError().text());
            }
            return Ok{};
        });
        return bool(st);
    }

    bool addAlert(const QString &id, Alert::State state, const QString &endpoint, const QString &message)
    {
        Alert a;
        a.id = id;
        a.rule = QStringLiteral("success-below-95");
        a.endpoint = endpoint;
        a.state = state;
        a.openedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        a.updatedAt = QDateTime::currentDateTimeUtc();
        if (state == Alert::State::Resolved)
            a.resolvedAt = a.updatedAt;
        a.message = message;
        a.value = 42;
        a.threshold = 95;
        AlertStore alerts(*store());
        return bool(alerts.insert(a));
    }

    ApiHarness harness;
    std::unique_ptr<TestReceiver> receiver;

private:
    std::unique_ptr<SqlStore> m_store;
};

// Measures how long the GUI thread's event loop went without turning: a timer
// that should fire every few milliseconds records the longest gap.
class StallWatchdog
{
public:
    explicit StallWatchdog(int intervalMs = 5) : m_interval(intervalMs)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this]() {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_worstNs = std::max(m_worstNs, now - m_last);
            m_last = now;
        });
        m_timer.setTimerType(Qt::PreciseTimer);
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worstNs = 0;
        m_timer.start(m_interval);
    }
    void stop() { m_timer.stop(); }
    double worstStallMs() const { return std::max(0.0, double(m_worstNs) / 1e6 - m_interval); }

private:
    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worstNs = 0;
};

} // namespace Switchboard
