// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlstore.h"

#include "store/schema.h"
#include "util/ids.h"
#include "util/logging.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMs(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QByteArray headersToJson(const HeaderList &headers)
{
    QJsonArray arr;
    for (const auto &h : headers)
        arr.append(QJsonArray{QString::fromLatin1(h.first), QString::fromUtf8(h.second)});
    return QJsonDocument(arr).toJson(QJsonDocument::Compact);
}

HeaderList headersFromJson(const QByteArray &json)
{
    HeaderList headers;
    const QJsonArray arr = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : arr) {
        const QJsonArray pair = v.toArray();
        headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return headers;
}

const QString kDeliveryColumns
    = u"d.id, d.message_id, d.endpoint, d.event_type, d.call_id, d.status, "
      "d.attempt_count, d.next_attempt_at, d.created_at, d.updated_at, "
      "d.last_status_code, d.last_error, d.dead_reason, d.replays, m.idempotency_key"_s;

Delivery readDelivery(const QSqlQuery &q)
{
    Delivery d;
    d.id = q.value(0).toString();
    d.messageId = q.value(1).toString();
    d.endpoint = q.value(2).toString();
    d.eventType = q.value(3).toString();
    d.callId = q.value(4).toString();
    d.status = deliveryStatusFromString(q.value(5).toString()).value_or(DeliveryStatus::Pending);
    d.attemptCount = q.value(6).toInt();
    d.nextAttemptAt = fromMs(q.value(7));
    d.createdAt = fromMs(q.value(8));
    d.updatedAt = fromMs(q.value(9));
    d.lastStatusCode = q.value(10).toInt();
    d.lastError = attemptErrorFromString(q.value(11).toString()).value_or(AttemptError::None);
    d.deadReason = q.value(12).toString();
    d.replays = q.value(13).toInt();
    d.idempotencyKey = q.value(14).toString();
    return d;
}

// Appends the WHERE conditions of a filter and their bound values.
void appendFilter(const DeliveryFilter &f, QStringList &where, QVariantList &values,
                  StoreLocation::Kind kind = StoreLocation::Kind::Sqlite)
{
    if (!f.payloadText.isEmpty()) {
        // A subquery, so the condition also works where messages is not joined (replayWhere).
        where
            << (kind == StoreLocation::Kind::Sqlite
                    ? u"EXISTS (SELECT 1 FROM messages pm WHERE pm.id = d.message_id AND instr(pm.payload, ?) > 0)"_s
                    : u"EXISTS (SELECT 1 FROM messages pm WHERE pm.id = d.message_id "
                      "AND position(CAST(? AS BYTEA) IN pm.payload) > 0)"_s);
        values << f.payloadText.toUtf8();
    }
    if (f.status) {
        where << u"d.status = ?"_s;
        values << toString(*f.status);
    }
    if (!f.endpoint.isEmpty()) {
        where << u"d.endpoint = ?"_s;
        values << f.endpoint;
    }
    if (!f.eventType.isEmpty()) {
        if (f.eventType.endsWith(u'*')) {
            // A literal, case-sensitive prefix, as Endpoint::subscribes() matches.
            // Not LIKE: SQLite's LIKE ignores ASCII case and honours a backslash
            // escape only with an ESCAPE clause, so "call_*" matched nothing.
            const QString prefix = f.eventType.chopped(1);
            where << u"substr(d.event_type, 1, ?) = ?"_s;
            values << int(prefix.size()) << prefix;
        } else {
            where << u"d.event_type = ?"_s;
            values << f.eventType;
        }
    }
    if (!f.callId.isEmpty()) {
        where << u"d.call_id = ?"_s;
        values << f.callId;
    }
    if (!f.messageId.isEmpty()) {
        where << u"d.message_id = ?"_s;
        values << f.messageId;
    }
    if (f.since.isValid()) {
        where << u"d.created_at >= ?"_s;
        values << ms(f.since);
    }
    if (f.until.isValid()) {
        where << u"d.created_at < ?"_s;
        values << ms(f.until);
    }
    if (f.statusCode) {
        where << u"d.last_status_code = ?"_s;
        values << f.statusCode;
    }
    if (f.error) {
        where << u"d.last_error = ?"_s;
        values << toString(*f.error);
    }
}

} // namespace

bool DeliveryFilter::isEmpty() const
{
    return !status && endpoint.isEmpty() && eventType.isEmpty() && callId.isEmpty() && messageId.isEmpty()
        && !since.isValid() && !until.isValid() && !statusCode && !error && payloadText.isEmpty();
}

Result<StoreLocation> StoreLocation::parse(const QString &url)
{
    if (url.startsWith(u"postgresql://") || url.startsWith(u"postgres://")) {
        const QUrl u(url);
        if (!u.isValid() || u.host().isEmpty() || u.path().size() < 2)
            return Error::invalid(u"the database URL must look like postgresql://user@host:port/database"_s);
        StoreLocation loc;
        loc.kind = Kind::Postgres;
        loc.host = u.host();
        loc.port = u.port(5432);
        loc.user = u.userName();
        loc.password = u.password();
        if (loc.password.isEmpty())
            loc.password = qEnvironmentVariable("PGPASSWORD");
        loc.database = u.path().mid(1);
        return loc;
    }
    if (url.startsWith(u"sqlite://"))
        return sqlite(QUrl(url).path());
    if (url.contains(u"://"))
        return Error::invalid(u"unsupported database URL; use postgresql://... or a SQLite file path"_s);
    if (url.isEmpty())
        return Error::invalid(u"the database location is empty"_s);
    return sqlite(url);
}

StoreLocation StoreLocation::sqlite(const QString &path)
{
    StoreLocation loc;
    loc.kind = Kind::Sqlite;
    loc.sqlitePath = path;
    return loc;
}

QString StoreLocation::displayName() const
{
    if (kind == Kind::Sqlite)
        return u"SQLite %1"_s.arg(sqlitePath);
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

SqlStore::SqlStore(const StoreLocation &location, const QString &connectionName)
    : m_location(location)
    , m_connectionName(connectionName)
{ }

SqlStore::~SqlStore()
{
    m_prepared.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqlStore>> SqlStore::open(const StoreLocation &location, const QString &connectionName)
{
    std::unique_ptr<SqlStore> store(new SqlStore(location, connectionName));
    if (location.kind == StoreLocation::Kind::Sqlite) {
        store->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        store->m_db.setDatabaseName(location.sqlitePath);
        store->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        store->m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        store->m_db.setHostName(location.host);
        store->m_db.setPort(location.port);
        store->m_db.setUserName(location.user);
        store->m_db.setPassword(location.password);
        store->m_db.setDatabaseName(location.database);
        store->m_db.setConnectOptions(u"connect_timeout=5"_s);
    }
    if (!store->m_db.isValid())
        return Error::unavailable(u"the Qt SQL driver for %1 is not installed"_s.arg(location.displayName()));
    if (!store->m_db.open()) {
        return Error::unavailable(
            u"cannot open %1: %2"_s.arg(location.displayName(), store->m_db.lastError().text()));
    }
    if (location.kind == StoreLocation::Kind::Sqlite) {
        // WAL for concurrent readers; FULL so an acknowledged message survives a
        // power cut. Throughput comes from group commit, not weaker fsync.
        for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                      u"PRAGMA foreign_keys=ON"_s, u"PRAGMA busy_timeout=10000"_s}) {
            if (auto st = store->exec(pragma); !st)
                return st.error();
        }
    }
    return store;
}

QSqlQuery &SqlStore::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        it = m_prepared.insert(sql, q);
    }
    return it.value();
}

Error SqlStore::sqlError(const QSqlQuery &query, const QString &what)
{
    const QString text = query.lastError().text();
    qCWarning(lcStore) << "store error:" << what << text;
    // Outside a transaction nobody holds a statement of ours: a lost connection
    // (PostgreSQL restarted) is reopened now, so the caller's retry works.
    checkConnection();
    return Error::unavailable(u"store error while %1: %2"_s.arg(what, text));
}

void SqlStore::checkConnection()
{
    if (m_location.kind != StoreLocation::Kind::Postgres || m_inTransaction)
        return;
    if (m_db.isOpen()) {
        QSqlQuery probe(m_db);
        if (probe.exec(u"SELECT 1"_s)) {
            m_connected = true;
            return;
        }
    }
    reopen();
}

bool SqlStore::reopen()
{
    // Statements prepared on the old connection are useless on the new one;
    // moving the hash keeps references a caller may still hold valid.
    m_retired.append(std::move(m_prepared));
    m_prepared = {};
    m_db.close();
    m_connected = m_db.open();
    m_reopened += m_connected ? 1 : 0;
    if (m_connected)
        qCInfo(lcStore) << "reconnected to" << m_location.displayName();
    else
        qCWarning(lcStore) << "cannot reconnect to" << m_location.displayName() << ":"
                           << m_db.lastError().text();
    return m_connected;
}

Status SqlStore::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q, sql.section(u' ', 0, 2));
    q.finish();
    return Ok{};
}

Status SqlStore::transaction(const std::function<Status()> &fn, Commit commit)
{
    if (m_inTransaction)
        return fn();
    m_retired.clear(); // no caller holds a statement of a closed connection here
    const bool sqlite = m_location.kind == StoreLocation::Kind::Sqlite;
    // Claims alone commit without the fsync (see Commit). SQLite refuses to
    // change the safety level inside a transaction, so it is set around one.
    const bool relaxed = commit == Commit::Relaxed && sqlite;
    if (sqlite && relaxed != m_syncRelaxed) {
        const Status set = exec(relaxed ? u"PRAGMA synchronous=NORMAL"_s : u"PRAGMA synchronous=FULL"_s);
        if (set)
            m_syncRelaxed = relaxed;
        else if (!relaxed)
            return set; // durable work never commits without its fsync
    }
    const auto durableAgain = qScopeGuard([this]() {
        if (m_syncRelaxed && exec(u"PRAGMA synchronous=FULL"_s))
            m_syncRelaxed = false;
    });
    Status begin = exec(sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    if (!begin && !sqlite && m_connected) // the failure reopened a lost connection: once more
        begin = exec(u"BEGIN"_s);
    if (!begin)
        return begin;
    m_inTransaction = true;
    m_notifyOnCommit = false;
    m_asyncCommit = false;
    Status result = fn();
    m_inTransaction = false;
    // Prepared statements must not be left in progress, or COMMIT fails on SQLite.
    for (auto it = m_prepared.begin(); it != m_prepared.end(); ++it)
        it.value().finish();
    // Work became due: idle workers hear it when (and only if) this commits.
    if (result && m_notifyOnCommit && !sqlite)
        result = exec(u"NOTIFY "_s + queueChannel());
    m_notifyOnCommit = false;
    if (result) {
        if (auto st = exec(u"COMMIT"_s); !st) {
            exec(u"ROLLBACK"_s);
            return st;
        }
    } else {
        exec(u"ROLLBACK"_s);
        checkConnection();
    }
    return result;
}

Status SqlStore::migrate()
{
    if (m_location.kind == StoreLocation::Kind::Sqlite)
        return migrateModules();
    // Several workers may start at once: one migrates at a time, the others
    // wait for it and then find nothing left to do.
    static const QString key = u"7193318417"_s; // any constant; shared by every Switchboard
    if (auto st = exec(u"SELECT pg_advisory_lock(%1)"_s.arg(key)); !st)
        return st;
    Status st = migrateModules();
    exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(key));
    return st;
}

Status SqlStore::migrateModules()
{
    // Asked first rather than CREATE TABLE IF NOT EXISTS: PostgreSQL checks the
    // right to create in the schema even when the table exists, and workers may
    // run with a role that may only read and write rows (docs/scale-out.md).
    QSqlQuery exists(m_db);
    const QString probe = m_location.kind == StoreLocation::Kind::Postgres
        ? u"SELECT to_regclass('meta') IS NOT NULL"_s
        : u"SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"_s;
    if (!exists.exec(probe) || !exists.next())
        return sqlError(exists, u"looking for the schema"_s);
    if (!exists.value(0).toBool()) {
        if (auto st = exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
            !st)
            return st;
    }
    for (const SchemaModule &module : schemaModules()) {
        auto current = schemaVersion(module.name);
        if (!current)
            return current.error();
        const int newest = module.migrations.isEmpty() ? 0 : module.migrations.last().version;
        if (*current > newest) {
            return Error::unavailable(
                u"the database's %1 schema is version %2, newer than this build understands "
                "(%3); upgrade Switchboard"_s.arg(module.name)
                    .arg(*current)
                    .arg(newest));
        }
        for (const Migration &m : module.migrations) {
            if (m.version <= *current)
                continue;
            Status st = transaction([&]() -> Status {
                for (QString sql : m.statements) {
                    if (m_location.kind == StoreLocation::Kind::Postgres)
                        sql.replace(u" BLOB"_s, u" BYTEA"_s);
                    if (auto s = exec(sql); !s)
                        return s;
                }
                QSqlQuery q(m_db);
                q.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
                q.addBindValue(versionKey(module.name));
                q.addBindValue(QString::number(m.version));
                if (!q.exec())
                    return sqlError(q, u"recording the schema version"_s);
                return Ok{};
            });
            if (!st)
                return st;
            qCInfo(lcStore) << "migrated" << m_location.displayName() << module.name << "schema to version"
                            << m.version;
        }
    }
    return Ok{};
}

QString SqlStore::versionKey(const QString &module)
{
    return module == u"core" ? u"schema_version"_s : u"schema_version:"_s + module;
}

Result<int> SqlStore::schemaVersion(const QString &module)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(versionKey(module));
    if (!q.exec())
        return sqlError(q, u"reading the schema version"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QString> SqlStore::instanceId()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'instance_id'"_s))
        return sqlError(q, u"reading the instance id"_s);
    if (q.next())
        return q.value(0).toString();
    q.finish();
    const QString id = newId(u"sb_");
    QSqlQuery ins(m_db);
    ins.prepare(u"INSERT INTO meta (key, value) VALUES ('instance_id', ?) ON CONFLICT (key) DO NOTHING"_s);
    ins.addBindValue(id);
    if (!ins.exec())
        return sqlError(ins, u"writing the instance id"_s);
    return instanceId();
}

// Endpoints ------------------------------------------------------------------

Result<QList<Endpoint>> SqlStore::endpoints()
{
    // A statement that found the connection lost reopened it: once more.
    return withReconnect([&]() -> Result<QList<Endpoint>> {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT name, config, paused, created_at, updated_at FROM endpoints ORDER BY name"_s))
            return sqlError(q, u"listing endpoints"_s);
        QList<Endpoint> list;
        while (q.next()) {
            const QString name = q.value(0).toString();
            auto e = Endpoint::fromJson(name, QJsonDocument::fromJson(q.value(1).toByteArray()).object());
            if (!e) {
                qCWarning(lcStore) << "endpoint" << name
                                   << "has an unreadable configuration:" << e.error().message;
                continue;
            }
            e->paused = q.value(2).toBool();
            e->createdAt = fromMs(q.value(3));
            e->updatedAt = fromMs(q.value(4));
            list.append(*e);
        }
        return list;
    });
}

Result<std::optional<Endpoint>> SqlStore::endpoint(const QString &name)
{
    auto all = endpoints();
    if (!all)
        return all.error();
    for (const Endpoint &e : *all) {
        if (e.name == name)
            return std::optional<Endpoint>(e);
    }
    return std::optional<Endpoint>();
}

Result<bool> SqlStore::upsertEndpoint(const Endpoint &endpoint)
{
    QJsonObject config = endpoint.toJson();
    for (const auto &key : {u"paused"_s, u"created_at"_s, u"updated_at"_s})
        config.remove(key);
    const QByteArray json = QJsonDocument(config).toJson(QJsonDocument::Compact);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool created = false;
    Status st = transaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT 1 FROM endpoints WHERE name = ?"_s);
        q.addBindValue(endpoint.name);
        if (!q.exec())
            return sqlError(q, u"reading an endpoint"_s);
        created = !q.next();
        q.finish();
        QSqlQuery w(m_db);
        if (created) {
            w.prepare(
                u"INSERT INTO endpoints (name, config, paused, created_at, updated_at) VALUES (?, ?, 0, ?, ?)"_s);
            w.addBindValue(endpoint.name);
            w.addBindValue(QString::fromUtf8(json));
            w.addBindValue(now);
            w.addBindValue(now);
        } else {
            w.prepare(u"UPDATE endpoints SET config = ?, updated_at = ? WHERE name = ?"_s);
            w.addBindValue(QString::fromUtf8(json));
            w.addBindValue(now);
            w.addBindValue(endpoint.name);
        }
        if (!w.exec())
            return sqlError(w, u"saving an endpoint"_s);
        return notifyConfig();
    });
    if (!st)
        return st.error();
    return created;
}

Result<bool> SqlStore::removeEndpoint(const QString &name)
{
    bool removed = false;
    Status st = transaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM endpoints WHERE name = ?"_s);
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(q, u"removing an endpoint"_s);
        removed = q.numRowsAffected() > 0;
        // What was still queued for it has nowhere to go: it is discarded, with
        // the reason, and stays visible (and replayable once the endpoint is back).
        QSqlQuery d(m_db);
        d.prepare(
            u"UPDATE deliveries SET status = 'discarded', dead_reason = 'endpoint deleted', "
            "next_attempt_at = NULL, updated_at = ? WHERE endpoint = ? AND status IN ('pending', 'dead')"_s);
        d.addBindValue(QDateTime::currentMSecsSinceEpoch());
        d.addBindValue(name);
        if (!d.exec())
            return sqlError(d, u"discarding an endpoint's deliveries"_s);
        QSqlQuery s(m_db);
        s.prepare(u"DELETE FROM secrets WHERE owner = ?"_s);
        s.addBindValue(QString(u"endpoint:"_s + name));
        if (!s.exec())
            return sqlError(s, u"removing an endpoint's secret metadata"_s);
        return notifyConfig();
    });
    if (!st)
        return st.error();
    return removed;
}

Result<bool> SqlStore::setEndpointPaused(const QString &name, bool paused)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE endpoints SET paused = ?, updated_at = ? WHERE name = ?"_s);
    q.addBindValue(paused ? 1 : 0);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, u"pausing an endpoint"_s);
    if (auto st = notifyConfig(); !st)
        return st.error();
    return q.numRowsAffected() > 0;
}

// Secret metadata --------------------------------------------------------------

Result<QList<SecretInfo>> SqlStore::secrets(const QString &owner)
{
    // A statement that found the connection lost reopened it: once more.
    return withReconnect([&]() -> Result<QList<SecretInfo>> {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT key_id, fingerprint, created_at, expires_at FROM secrets WHERE owner = ? "
                  "ORDER BY created_at DESC, key_id DESC"_s);
        q.addBindValue(owner);
        if (!q.exec())
            return sqlError(q, u"reading secret metadata"_s);
        QList<SecretInfo> list;
        while (q.next())
            list.append({owner, q.value(0).toString(), q.value(1).toString(), fromMs(q.value(2)),
                         fromMs(q.value(3))});
        return list;
    });
}

Status SqlStore::addSecret(const SecretInfo &info)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO secrets (owner, key_id, fingerprint, created_at, expires_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(info.owner);
    q.addBindValue(info.keyId);
    q.addBindValue(info.fingerprint);
    q.addBindValue(ms(info.createdAt.isValid() ? info.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(msOrNull(info.expiresAt));
    if (!q.exec())
        return sqlError(q, u"saving secret metadata"_s);
    return notifyConfig();
}

Status SqlStore::removeSecret(const QString &owner, const QString &keyId)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM secrets WHERE owner = ? AND key_id = ?"_s);
    q.addBindValue(owner);
    q.addBindValue(keyId);
    if (!q.exec())
        return sqlError(q, u"removing secret metadata"_s);
    return notifyConfig();
}

Status SqlStore::expireSecrets(const QString &owner, const QDateTime &expiresAt)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"UPDATE secrets SET expires_at = ? WHERE owner = ? AND (expires_at IS NULL OR expires_at > ?)"_s);
    q.addBindValue(ms(expiresAt));
    q.addBindValue(owner);
    q.addBindValue(ms(expiresAt));
    if (!q.exec())
        return sqlError(q, u"expiring secrets"_s);
    return notifyConfig();
}

// Queue writes ------------------------------------------------------------------

Result<EnqueueResult> SqlStore::enqueue(const EnqueueItem &item, const QString &requestHash)
{
    const EnqueueRequest &req = item.request;
    if (!req.idempotencyKey.isEmpty()) {
        QSqlQuery &q
            = prepared(u"SELECT id, request_hash, created_at FROM messages WHERE idempotency_key = ?"_s);
        q.addBindValue(req.idempotencyKey);
        if (!q.exec())
            return sqlError(q, u"checking the idempotency key"_s);
        if (q.next()) {
            EnqueueResult existing;
            existing.messageId = q.value(0).toString();
            const QString hash = q.value(1).toString();
            existing.createdAt = fromMs(q.value(2));
            existing.duplicate = true;
            q.finish();
            if (hash != requestHash) {
                return Error::conflict(u"the idempotency key \"%1\" was already used for a different request "
                                       "(message %2)"_s.arg(req.idempotencyKey, existing.messageId));
            }
            QSqlQuery &d
                = prepared(u"SELECT id, endpoint FROM deliveries WHERE message_id = ? ORDER BY endpoint"_s);
            d.addBindValue(existing.messageId);
            if (!d.exec())
                return sqlError(d, u"reading deliveries"_s);
            // The first response is answered again: same ids in the same (endpoint)
            // order, status as first created.
            while (d.next())
                existing.deliveries.append(
                    {d.value(0).toString(), d.value(1).toString(), DeliveryStatus::Pending});
            d.finish();
            return existing;
        }
        q.finish();
    }

    EnqueueResult result;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    result.messageId = newId(u"msg_");
    result.createdAt = now;
    QSqlQuery &m
        = prepared(u"INSERT INTO messages (id, event_type, payload, call_id, idempotency_key, request_hash, "
                   "created_at, request) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m.addBindValue(result.messageId);
    m.addBindValue(req.eventType);
    m.addBindValue(req.payload);
    m.addBindValue(textOrNull(req.callId));
    m.addBindValue(textOrNull(req.idempotencyKey));
    m.addBindValue(requestHash);
    m.addBindValue(ms(now));
    const QByteArray request = req.request.toJson();
    m.addBindValue(request.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(QString::fromUtf8(request)));
    if (!m.exec())
        return sqlError(m, u"saving a message"_s);
    m.finish();

    QSqlQuery &d
        = prepared(u"INSERT INTO deliveries (id, message_id, endpoint, event_type, call_id, status, "
                   "next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?)"_s);
    for (const QString &endpoint : item.targets) {
        const QString id = newId(u"dlv_");
        d.addBindValue(id);
        d.addBindValue(result.messageId);
        d.addBindValue(endpoint);
        d.addBindValue(req.eventType);
        d.addBindValue(textOrNull(req.callId));
        d.addBindValue(ms(now));
        d.addBindValue(ms(now));
        d.addBindValue(ms(now));
        if (!d.exec())
            return sqlError(d, u"saving a delivery"_s);
        d.finish();
        result.deliveries.append({id, endpoint, DeliveryStatus::Pending});
    }
    if (!item.targets.isEmpty())
        m_notifyOnCommit = true;
    return result;
}

Status SqlStore::recordAttempt(const AttemptRecord &r)
{
    const Attempt &a = r.attempt;
    QSqlQuery &ins
        = prepared(u"INSERT INTO attempts (id, delivery_id, n, started_at, duration_ms, status_code, error, "
                   "error_detail, replay, worker, url, request_headers, response_headers, response_body, "
                   "body_truncated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    ins.addBindValue(a.id);
    ins.addBindValue(a.deliveryId);
    ins.addBindValue(a.n);
    ins.addBindValue(ms(a.startedAt));
    ins.addBindValue(a.durationMs);
    ins.addBindValue(a.statusCode ? QVariant(a.statusCode) : QVariant(QMetaType(QMetaType::Int)));
    ins.addBindValue(textOrNull(toString(a.error)));
    ins.addBindValue(textOrNull(a.errorDetail));
    ins.addBindValue(a.replay ? 1 : 0);
    ins.addBindValue(a.worker);
    ins.addBindValue(a.url);
    ins.addBindValue(QString::fromUtf8(headersToJson(a.requestHeaders)));
    ins.addBindValue(QString::fromUtf8(headersToJson(a.responseHeaders)));
    ins.addBindValue(a.responseBody);
    ins.addBindValue(a.responseBodyTruncated ? 1 : 0);
    if (!ins.exec())
        return sqlError(ins, u"recording an attempt"_s);
    ins.finish();

    // Only the lease holder moves the delivery on: if an operator discarded it
    // meanwhile, or the lease expired and another worker took it, the attempt is
    // still recorded but the state is theirs.
    QSqlQuery &up
        = prepared(u"UPDATE deliveries SET status = ?, attempt_count = ?, retry_index = ?, "
                   "replay_pending = 0, next_attempt_at = ?, lease_owner = NULL, lease_until = NULL, "
                   "last_status_code = ?, last_error = ?, dead_reason = ?, updated_at = ? "
                   "WHERE id = ? AND status = 'in_flight' AND lease_owner = ?"_s);
    up.addBindValue(toString(r.newStatus));
    up.addBindValue(a.n);
    up.addBindValue(r.retryIndex);
    up.addBindValue(r.newStatus == DeliveryStatus::Pending ? msOrNull(r.nextAttemptAt)
                                                           : QVariant(QMetaType(QMetaType::LongLong)));
    up.addBindValue(a.statusCode ? QVariant(a.statusCode) : QVariant(QMetaType(QMetaType::Int)));
    up.addBindValue(textOrNull(toString(a.error)));
    up.addBindValue(textOrNull(r.deadReason));
    up.addBindValue(QDateTime::currentMSecsSinceEpoch());
    up.addBindValue(a.deliveryId);
    up.addBindValue(r.leaseOwner);
    if (!up.exec())
        return sqlError(up, u"updating a delivery"_s);
    up.finish();
    return Ok{};
}

// Takes the endpoint's row in endpoint_limits (creating it on first use) and
// lowers *limit to what the fleet-wide limits leave. The row lock serializes
// claims for one endpoint across workers, so the in-flight count cannot race;
// a worker that finds it taken skips the endpoint (SKIP LOCKED) instead of
// waiting, and *limited tells it to come back shortly.
Status SqlStore::claimLimits(const QString &endpoint, const EndpointLimits &limits, qint64 nowMs, int *limit,
                             double *tokens, bool *limited)
{
    const bool pg = m_location.kind == StoreLocation::Kind::Postgres;
    const double burst = std::max(1.0, limits.ratePerS);
    QSqlQuery &row = prepared(u"SELECT tokens, tokens_at FROM endpoint_limits WHERE endpoint = ?"_s
                              + (pg ? u" FOR UPDATE SKIP LOCKED"_s : QString()));
    double have = burst;
    qint64 at = nowMs;
    bool found = false;
    for (int round = 0; round < 2 && !found; ++round) {
        row.addBindValue(endpoint);
        if (!row.exec())
            return sqlError(row, u"locking an endpoint's limits"_s);
        if (row.next()) {
            found = true;
            have = row.value(0).toDouble();
            at = row.value(1).toLongLong();
        }
        row.finish();
        if (found || round > 0)
            break;
        QSqlQuery &ins
            = prepared(u"INSERT INTO endpoint_limits (endpoint, tokens, tokens_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (endpoint) DO NOTHING"_s);
        ins.addBindValue(endpoint);
        ins.addBindValue(burst);
        ins.addBindValue(nowMs);
        if (!ins.exec())
            return sqlError(ins, u"creating an endpoint's limits"_s);
        // Nothing inserted: the row exists and another worker holds it.
        const bool inserted = ins.numRowsAffected() > 0;
        ins.finish();
        if (!inserted)
            break;
    }
    if (!found) {
        *limit = 0;
        *limited = true;
        return Ok{};
    }
    if (limits.maxInFlight > 0) {
        QSqlQuery &n
            = prepared(u"SELECT COUNT(*) FROM deliveries WHERE endpoint = ? AND status = 'in_flight'"_s);
        n.addBindValue(endpoint);
        if (!n.exec() || !n.next())
            return sqlError(n, u"counting an endpoint's deliveries in flight"_s);
        const int free = limits.maxInFlight - n.value(0).toInt();
        n.finish();
        if (free < *limit) {
            *limit = std::max(0, free);
            *limited = true;
        }
    }
    if (limits.ratePerS > 0) {
        *tokens = std::min(burst, have + std::max<qint64>(0, nowMs - at) * limits.ratePerS / 1000.0);
        const int whole = int(std::floor(*tokens));
        if (whole < *limit) {
            *limit = std::max(0, whole);
            *limited = true;
        }
    }
    return Ok{};
}

Result<QList<ClaimedDelivery>> SqlStore::claim(const QString &endpoint, const QString &owner, int limit,
                                               const QDateTime &now, const QDateTime &leaseUntil,
                                               const EndpointLimits &limits, bool *limited)
{
    QList<ClaimedDelivery> claimed;
    bool limitedHere = false;
    if (!limited)
        limited = &limitedHere;
    *limited = false;
    if (limit <= 0)
        return claimed;
    double tokens = 0;
    if (limits.maxInFlight > 0 || limits.ratePerS > 0) {
        if (auto st = claimLimits(endpoint, limits, ms(now), &limit, &tokens, limited); !st)
            return st.error();
    }
    const auto spendTokens = [&]() -> Status {
        if (limits.ratePerS <= 0)
            return Ok{};
        QSqlQuery &t = prepared(u"UPDATE endpoint_limits SET tokens = ?, tokens_at = ? WHERE endpoint = ?"_s);
        t.addBindValue(tokens - double(claimed.size()));
        t.addBindValue(ms(now));
        t.addBindValue(endpoint);
        if (!t.exec())
            return sqlError(t, u"spending an endpoint's rate tokens"_s);
        t.finish();
        return Ok{};
    };
    if (limit <= 0) {
        if (auto st = spendTokens(); !st)
            return st.error();
        return claimed;
    }
    if (m_location.kind == StoreLocation::Kind::Postgres && m_inTransaction && !m_asyncCommit) {
        // A claim lost in a crash of the database server only leaves its
        // deliveries pending, to be claimed again: its commit need not wait for
        // the WAL flush. Messages and outcomes keep waiting for theirs.
        if (auto st = exec(u"SET LOCAL synchronous_commit = off"_s); !st)
            return st.error();
        m_asyncCommit = true;
    }
    const QString lock
        = m_location.kind == StoreLocation::Kind::Postgres ? u" FOR UPDATE SKIP LOCKED"_s : QString();
    QSqlQuery &q
        = prepared(u"UPDATE deliveries SET status = 'in_flight', lease_owner = ?, lease_until = ?, "
                   "updated_at = ? WHERE id IN (SELECT id FROM deliveries WHERE endpoint = ? AND "
                   "status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?"_s
                   + lock
                   + u") RETURNING id, message_id, event_type, call_id, attempt_count, retry_index, "
                     "replay_pending, created_at"_s);
    q.addBindValue(owner);
    q.addBindValue(ms(leaseUntil));
    q.addBindValue(ms(now));
    q.addBindValue(endpoint);
    q.addBindValue(ms(now));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, u"claiming deliveries"_s);
    while (q.next()) {
        ClaimedDelivery c;
        c.id = q.value(0).toString();
        c.messageId = q.value(1).toString();
        c.endpoint = endpoint;
        c.eventType = q.value(2).toString();
        c.callId = q.value(3).toString();
        c.attemptCount = q.value(4).toInt();
        c.retryIndex = q.value(5).toInt();
        c.replay = q.value(6).toBool();
        c.createdAt = fromMs(q.value(7));
        claimed.append(c);
    }
    q.finish();
    if (auto st = spendTokens(); !st)
        return st.error();
    QSqlQuery &m = prepared(u"SELECT payload, idempotency_key, request FROM messages WHERE id = ?"_s);
    for (ClaimedDelivery &c : claimed) {
        m.addBindValue(c.messageId);
        if (!m.exec())
            return sqlError(m, u"reading a message"_s);
        if (m.next()) {
            c.payload = m.value(0).toByteArray();
            c.idempotencyKey = m.value(1).toString();
            c.request = RequestOverride::fromJson(m.value(2).toByteArray());
        }
        m.finish();
    }
    return claimed;
}

Result<int> SqlStore::releaseExpiredLeases(const QDateTime &now)
{
    int n = 0;
    Status st = transaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE deliveries SET status = 'pending', lease_owner = NULL, lease_until = NULL, "
                  "next_attempt_at = ? WHERE status = 'in_flight' AND lease_until < ?"_s);
        q.addBindValue(ms(now));
        q.addBindValue(ms(now));
        if (!q.exec())
            return sqlError(q, u"reclaiming expired leases"_s);
        n = q.numRowsAffected();
        m_notifyOnCommit = n > 0;
        return Ok{};
    });
    if (!st)
        return st.error();
    return n;
}

Result<int> SqlStore::releaseLeases(const QString &owner)
{
    int n = 0;
    Status st = transaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE deliveries SET status = 'pending', lease_owner = NULL, lease_until = NULL "
                  "WHERE status = 'in_flight' AND lease_owner = ?"_s);
        q.addBindValue(owner);
        if (!q.exec())
            return sqlError(q, u"releasing leases"_s);
        n = q.numRowsAffected();
        m_notifyOnCommit = n > 0;
        return Ok{};
    });
    if (!st)
        return st.error();
    return n;
}

Result<int> SqlStore::releaseAllLeases()
{
    int n = 0;
    Status st = transaction([&]() -> Status {
        QSqlQuery q(m_db);
        if (!q.exec(u"UPDATE deliveries SET status = 'pending', lease_owner = NULL, lease_until = NULL "
                    "WHERE status = 'in_flight'"_s))
            return sqlError(q, u"releasing leases"_s);
        n = q.numRowsAffected();
        return Ok{};
    });
    if (!st)
        return st.error();
    return n;
}

// The fleet -------------------------------------------------------------------

Status SqlStore::notifyConfig()
{
    // Inside a transaction PostgreSQL delivers it at commit, and only then.
    if (m_location.kind != StoreLocation::Kind::Postgres)
        return Ok{};
    return exec(u"NOTIFY "_s + configChannel());
}

Status SqlStore::heartbeat(const WorkerInfo &w)
{
    QSqlQuery &q = prepared(
        u"INSERT INTO workers (id, host, version, started_at, last_seen, in_flight, last_claim_at, circuits) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET host = excluded.host, "
        "version = excluded.version, started_at = excluded.started_at, "
        "last_seen = excluded.last_seen, in_flight = excluded.in_flight, "
        "last_claim_at = excluded.last_claim_at, circuits = excluded.circuits"_s);
    q.addBindValue(w.id);
    q.addBindValue(w.host);
    q.addBindValue(w.version);
    q.addBindValue(ms(w.startedAt));
    q.addBindValue(ms(w.lastSeen.isValid() ? w.lastSeen : QDateTime::currentDateTimeUtc()));
    q.addBindValue(w.inFlight);
    q.addBindValue(msOrNull(w.lastClaimAt));
    q.addBindValue(w.circuits.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                        : QVariant(QString::fromUtf8(
                                            QJsonDocument(w.circuits).toJson(QJsonDocument::Compact))));
    if (!q.exec())
        return sqlError(q, u"writing a worker's heartbeat"_s);
    q.finish();
    return Ok{};
}

Result<QList<WorkerInfo>> SqlStore::workers()
{
    // A statement that found the connection lost reopened it: once more.
    return withReconnect([&]() -> Result<QList<WorkerInfo>> {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, host, version, started_at, last_seen, in_flight, last_claim_at, circuits "
                    "FROM workers ORDER BY id"_s))
            return sqlError(q, u"listing workers"_s);
        QList<WorkerInfo> list;
        while (q.next()) {
            WorkerInfo w{
                q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), fromMs(q.value(3)),
                fromMs(q.value(4)),    q.value(5).toInt(),    fromMs(q.value(6)),    {}};
            if (!q.value(7).isNull())
                w.circuits = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
            list.append(w);
        }
        return list;
    });
}

Status SqlStore::removeWorker(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM workers WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, u"removing a worker"_s);
    return Ok{};
}

Status SqlStore::requestCircuitReset(const QString &endpoint, const QString &requestedBy)
{
    return withReconnect([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(
            u"INSERT INTO circuit_resets (endpoint, seq, requested_at, requested_by) VALUES (?, 1, ?, ?) "
            "ON CONFLICT (endpoint) DO UPDATE SET seq = circuit_resets.seq + 1, "
            "requested_at = excluded.requested_at, requested_by = excluded.requested_by"_s);
        q.addBindValue(endpoint);
        q.addBindValue(ms(QDateTime::currentDateTimeUtc()));
        q.addBindValue(requestedBy);
        if (!q.exec())
            return sqlError(q, u"requesting a circuit reset"_s);
        // The workers reload on configChannel() and look at the resets then.
        return notifyConfig();
    });
}

Result<QList<CircuitReset>> SqlStore::circuitResets()
{
    return withReconnect([&]() -> Result<QList<CircuitReset>> {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT endpoint, seq, requested_at, requested_by FROM circuit_resets"_s))
            return sqlError(q, u"reading circuit resets"_s);
        QList<CircuitReset> list;
        while (q.next())
            list.append(
                {q.value(0).toString(), q.value(1).toLongLong(), fromMs(q.value(2)), q.value(3).toString()});
        return list;
    });
}

// Reads ------------------------------------------------------------------------

QList<Attempt> SqlStore::attemptsOf(const QString &deliveryId, bool withDetail, bool *ok)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT id, n, started_at, duration_ms, status_code, error, error_detail, replay, worker, url, "
        "request_headers, response_headers, response_body, body_truncated FROM attempts "
        "WHERE delivery_id = ? ORDER BY n"_s);
    q.addBindValue(deliveryId);
    *ok = q.exec();
    QList<Attempt> list;
    while (*ok && q.next()) {
        Attempt a;
        a.id = q.value(0).toString();
        a.deliveryId = deliveryId;
        a.n = q.value(1).toInt();
        a.startedAt = fromMs(q.value(2));
        a.durationMs = q.value(3).toInt();
        a.statusCode = q.value(4).toInt();
        a.error = attemptErrorFromString(q.value(5).toString()).value_or(AttemptError::None);
        a.errorDetail = q.value(6).toString();
        a.replay = q.value(7).toBool();
        a.worker = q.value(8).toString();
        if (withDetail) {
            a.url = q.value(9).toString();
            a.requestHeaders = headersFromJson(q.value(10).toByteArray());
            a.responseHeaders = headersFromJson(q.value(11).toByteArray());
            a.responseBody = q.value(12).toByteArray();
            a.responseBodyTruncated = q.value(13).toBool();
        }
        list.append(a);
    }
    return list;
}

Result<std::optional<Message>> SqlStore::message(const QString &id)
{
    // A statement that found the connection lost reopened it: once more.
    return withReconnect([&]() -> Result<std::optional<Message>> {
        QSqlQuery q(m_db);
        q.prepare(
            u"SELECT id, event_type, call_id, idempotency_key, payload, created_at FROM messages WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, u"reading a message"_s);
        if (!q.next())
            return std::optional<Message>();
        Message m;
        m.id = q.value(0).toString();
        m.eventType = q.value(1).toString();
        m.callId = q.value(2).toString();
        m.idempotencyKey = q.value(3).toString();
        m.payload = q.value(4).toByteArray();
        m.createdAt = fromMs(q.value(5));
        q.finish();
        DeliveryFilter f;
        f.messageId = id;
        auto page = deliveries(f, 1000, {});
        if (!page)
            return page.error();
        for (Delivery d : page->deliveries) {
            bool ok = false;
            d.attempts = attemptsOf(d.id, false, &ok);
            if (!ok)
                return Error::unavailable(u"store error while reading attempts"_s);
            m.deliveries.append(d);
        }
        std::sort(m.deliveries.begin(), m.deliveries.end(),
                  [](const Delivery &a, const Delivery &b) { return a.id < b.id; });
        return std::optional<Message>(m);
    });
}

Result<std::optional<Delivery>> SqlStore::delivery(const QString &id, bool withAttemptDetail)
{
    // A statement that found the connection lost reopened it: once more.
    return withReconnect([&]() -> Result<std::optional<Delivery>> {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT "_s + kDeliveryColumns
                  + u" FROM deliveries d JOIN messages m ON m.id = d.message_id WHERE d.id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, u"reading a delivery"_s);
        if (!q.next())
            return std::optional<Delivery>();
        Delivery d = readDelivery(q);
        q.finish();
        bool ok = false;
        d.attempts = attemptsOf(id, withAttemptDetail, &ok);
        if (!ok)
            return Error::unavailable(u"store error while reading attempts"_s);
        return std::optional<Delivery>(d);
    });
}

Result<DeliveryPage> SqlStore::deliveries(const DeliveryFilter &filter, int limit, const QString &cursor)
{
    // A statement that found the connection lost reopened it: once more.
    return withReconnect([&]() -> Result<DeliveryPage> {
        QStringList where;
        QVariantList values;
        appendFilter(filter, where, values, m_location.kind);
        if (!cursor.isEmpty()) {
            where << u"d.id < ?"_s;
            values << cursor;
        }
        QString sql = u"SELECT "_s + kDeliveryColumns
            + u" FROM deliveries d JOIN messages m ON m.id = d.message_id"_s;
        if (!where.isEmpty())
            sql += u" WHERE "_s + where.join(u" AND "_s);
        sql += u" ORDER BY d.id DESC LIMIT ?"_s;
        values << (limit + 1);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, u"listing deliveries"_s);
        DeliveryPage page;
        while (q.next()) {
            if (page.deliveries.size() == limit) {
                page.nextCursor = page.deliveries.last().id;
                break;
            }
            page.deliveries.append(readDelivery(q));
        }
        return page;
    });
}

Result<QueueDepths> SqlStore::depths()
{
    // A statement that found the connection lost reopened it: once more.
    return withReconnect([&]() -> Result<QueueDepths> {
        QSqlQuery q(m_db);
        if (!q.exec(
                u"SELECT status, COUNT(*) FROM deliveries WHERE status IN ('pending', 'in_flight', 'dead') "
                "GROUP BY status"_s))
            return sqlError(q, u"counting the queue"_s);
        QueueDepths d;
        while (q.next()) {
            const QString s = q.value(0).toString();
            const qint64 n = q.value(1).toLongLong();
            if (s == u"pending")
                d.pending = n;
            else if (s == u"in_flight")
                d.inFlight = n;
            else
                d.dead = n;
        }
        return d;
    });
}

Result<qint64> SqlStore::countDeliveries(const DeliveryFilter &filter)
{
    // A statement that found the connection lost reopened it: once more.
    return withReconnect([&]() -> Result<qint64> {
        QStringList where;
        QVariantList values;
        appendFilter(filter, where, values, m_location.kind);
        QString sql = u"SELECT COUNT(*) FROM deliveries d"_s;
        if (!where.isEmpty())
            sql += u" WHERE "_s + where.join(u" AND "_s);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return sqlError(q, u"counting deliveries"_s);
        return q.value(0).toLongLong();
    });
}

Result<std::optional<QDateTime>> SqlStore::nextDue(const QStringList &endpoints)
{
    // A statement that found the connection lost reopened it: once more.
    return withReconnect([&]() -> Result<std::optional<QDateTime>> {
        if (endpoints.isEmpty())
            return std::optional<QDateTime>();
        QStringList marks;
        for (qsizetype i = 0; i < endpoints.size(); ++i)
            marks << u"?"_s;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT MIN(next_attempt_at) FROM deliveries WHERE status = 'pending' AND endpoint IN ("_s
                  + marks.join(u", "_s) + u')');
        for (const QString &e : endpoints)
            q.addBindValue(e);
        if (!q.exec())
            return sqlError(q, u"finding the next due delivery"_s);
        if (!q.next() || q.value(0).isNull())
            return std::optional<QDateTime>();
        return std::optional<QDateTime>(fromMs(q.value(0)));
    });
}

// Operator actions -------------------------------------------------------------

Status SqlStore::replay(const QString &deliveryId)
{
    return transaction([&]() -> Status {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE deliveries SET status = 'pending', next_attempt_at = ?, retry_index = 0, "
                  "replay_pending = 1, replays = replays + 1, dead_reason = NULL, updated_at = ? "
                  "WHERE id = ? AND status IN ('dead', 'discarded', 'delivered')"_s);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(deliveryId);
        if (!q.exec())
            return sqlError(q, u"replaying a delivery"_s);
        if (q.numRowsAffected() > 0) {
            m_notifyOnCommit = true;
            return Ok{};
        }
        QSqlQuery s(m_db);
        s.prepare(u"SELECT status FROM deliveries WHERE id = ?"_s);
        s.addBindValue(deliveryId);
        if (!s.exec())
            return sqlError(s, u"reading a delivery"_s);
        if (!s.next())
            return Error::notFound(u"no delivery %1"_s.arg(deliveryId));
        return Error::conflict(u"delivery %1 is %2 already; a replay would send it twice"_s.arg(
            deliveryId, s.value(0).toString()));
    });
}

Result<int> SqlStore::replayWhere(const DeliveryFilter &filter)
{
    QStringList where;
    QVariantList values;
    appendFilter(filter, where, values, m_location.kind);
    where << u"d.status IN ('dead', 'discarded', 'delivered')"_s;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int n = 0;
    Status st = transaction([&]() -> Status {
        QSqlQuery q(m_db);
        // The filter's columns are written against alias d; the UPDATE names it too.
        q.prepare(u"UPDATE deliveries SET status = 'pending', next_attempt_at = ?, retry_index = 0, "
                  "replay_pending = 1, replays = replays + 1, dead_reason = NULL, updated_at = ? "
                  "WHERE id IN (SELECT d.id FROM deliveries d WHERE "_s
                  + where.join(u" AND "_s) + u')');
        q.addBindValue(now);
        q.addBindValue(now);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, u"replaying deliveries"_s);
        n = q.numRowsAffected();
        m_notifyOnCommit = n > 0;
        return Ok{};
    });
    if (!st)
        return st.error();
    return n;
}

Status SqlStore::discard(const QString &deliveryId)
{
    return transaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE deliveries SET status = 'discarded', next_attempt_at = NULL, updated_at = ? "
                  "WHERE id = ? AND status IN ('pending', 'in_flight', 'dead')"_s);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(deliveryId);
        if (!q.exec())
            return sqlError(q, u"discarding a delivery"_s);
        if (q.numRowsAffected() > 0)
            return Ok{};
        QSqlQuery s(m_db);
        s.prepare(u"SELECT status FROM deliveries WHERE id = ?"_s);
        s.addBindValue(deliveryId);
        if (!s.exec())
            return sqlError(s, u"reading a delivery"_s);
        if (!s.next())
            return Error::notFound(u"no delivery %1"_s.arg(deliveryId));
        return Error::conflict(
            u"delivery %1 is %2; only pending, in-flight or dead deliveries can be discarded"_s.arg(
                deliveryId, s.value(0).toString()));
    });
}

} // namespace Switchboard
