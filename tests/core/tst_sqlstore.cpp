// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/pgtestdatabase.h"
#include "store/sqlstore.h"
#include "util/ids.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Switchboard;

Q_DECLARE_METATYPE(Switchboard::DeliveryStatus)

namespace {

constexpr auto kOwner = "worker-a";

Endpoint makeEndpoint(const QString &name)
{
    Endpoint e;
    e.name = name;
    e.url = QUrl(u"http://127.0.0.1:9/"_s + name);
    return e;
}

EnqueueItem makeItem(const QString &eventType, const QStringList &targets, const QString &callId = {},
                     const QString &idempotencyKey = {}, const QByteArray &payload = R"({"n":1})")
{
    EnqueueItem item;
    item.request.eventType = eventType;
    item.request.payload = payload;
    item.request.callId = callId;
    item.request.idempotencyKey = idempotencyKey;
    item.targets = targets;
    return item;
}

} // namespace

class tst_SqlStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void locationParse_data();
    void locationParse();
    void migrationsOnFreshFile();
    void migrateTwiceIsNoOp();
    void newerSchemaIsRefused();
    void pragmas();
    void instanceIdIsStable();

    void enqueueCreatesMessageAndDeliveries();
    void idempotentEnqueue();
    void idempotencyConflict();
    void failedTransactionLeavesNothing();
    void nestedTransactionJoinsOuter();

    void claimOnlyDuePendingOfEndpoint();
    void claimCarriesPayload();
    void claimLimitsHoldAcrossOwners();
    void workersHeartbeat();
    void releaseExpiredLeases();
    void releaseLeasesOfOwner();
    void recordAttempt_data();
    void recordAttempt();
    void recordAttemptNeedsLease();
    void nextDue();

    void replay();
    void replayWhere();
    void discard();

    void pagingVisitsEachOnce_data();
    void pagingVisitsEachOnce();
    void filters_data();
    void filters();
    void eventTypePrefixIsLiteralAndCaseSensitive();
    void depths();
    void messageWithDeliveries();

    void endpointsUpsertListPause();
    void removeEndpointDiscardsQueued();
    void secretMetadata();

private:
    std::unique_ptr<SqlStore> openStore(const QString &connection);
    qint64 count(const QString &sql);
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // Enqueues one message inside its own transaction.
    EnqueueResult enqueue(const EnqueueItem &item, const QString &hash = u"h"_s);
    // Claims up to n deliveries of endpoint and records an attempt for each that
    // moves it to status; returns their ids.
    QStringList finishSome(const QString &endpoint, int n, DeliveryStatus status);
    AttemptRecord recordFor(const ClaimedDelivery &c, DeliveryStatus status,
                            const QString &owner = QString::fromLatin1(kOwner));
    QString statusOf(const QString &deliveryId);
    // The schema's objects (tables, indexes), counted the backend's way.
    qint64 schemaObjects();
    bool tableExists(const QString &table);

    // SWITCHBOARD_TEST_BACKEND=postgres runs the whole suite against the
    // PostgreSQL of scripts/with-postgres.sh (the ctest entry tst_sqlstore_pg).
    bool m_postgres = qEnvironmentVariable("SWITCHBOARD_TEST_BACKEND") == u"postgres";
    PgTestDatabase m_pg;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<SqlStore> m_store;
    int m_connections = 0;
};

std::unique_ptr<SqlStore> tst_SqlStore::openStore(const QString &connection)
{
    auto store = SqlStore::open(m_postgres ? m_pg.location() : StoreLocation::sqlite(m_path), connection);
    if (!store) {
        qWarning() << store.error().message;
        return {};
    }
    return std::move(store).value();
}

void tst_SqlStore::initTestCase()
{
    if (m_postgres) {
        const Status st = m_pg.create(u"tst_sqlstore"_s);
        QVERIFY2(st, st ? "" : qPrintable(st.error().message));
    }
}

void tst_SqlStore::init()
{
    if (m_postgres) {
        const Status st = m_pg.reset();
        QVERIFY2(st, st ? "" : qPrintable(st.error().message));
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"store.db"_s);
    m_store = openStore(u"tst-sqlstore-%1"_s.arg(++m_connections));
    QVERIFY(m_store);
    const Status st = m_store->migrate();
    QVERIFY2(st, st ? "" : qPrintable(st.error().message));
}

void tst_SqlStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 tst_SqlStore::count(const QString &sql)
{
    return scalar(sql).toLongLong();
}

QVariant tst_SqlStore::scalar(const QString &sql, const QVariantList &values)
{
    // Scoped: an unfinished query would keep a read transaction open.
    QSqlQuery q(m_store->database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << "query failed:" << sql;
        return {};
    }
    return q.value(0);
}

EnqueueResult tst_SqlStore::enqueue(const EnqueueItem &item, const QString &hash)
{
    EnqueueResult out;
    const Status st = m_store->transaction([&]() -> Status {
        auto r = m_store->enqueue(item, hash);
        if (!r)
            return r.error();
        out = *r;
        return Ok{};
    });
    if (!st)
        qWarning() << "enqueue failed:" << st.error().message;
    return out;
}

AttemptRecord tst_SqlStore::recordFor(const ClaimedDelivery &c, DeliveryStatus status, const QString &owner)
{
    AttemptRecord r;
    r.attempt.id = newId(u"att_");
    r.attempt.deliveryId = c.id;
    r.attempt.n = c.attemptCount + 1;
    r.attempt.startedAt = QDateTime::currentDateTimeUtc();
    r.attempt.durationMs = 12;
    r.attempt.worker = owner;
    r.attempt.url = u"http://127.0.0.1:9/x"_s;
    r.attempt.replay = c.replay;
    r.leaseOwner = owner;
    r.newStatus = status;
    switch (status) {
    case DeliveryStatus::Delivered:
        r.attempt.statusCode = 200;
        break;
    case DeliveryStatus::Pending:
        r.attempt.statusCode = 503;
        r.attempt.error = AttemptError::Http5xx;
        r.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        r.retryIndex = c.retryIndex + 1;
        break;
    case DeliveryStatus::Dead:
        r.attempt.statusCode = 400;
        r.attempt.error = AttemptError::Http4xx;
        r.deadReason = u"HTTP 400: refused"_s;
        break;
    default:
        break;
    }
    return r;
}

QStringList tst_SqlStore::finishSome(const QString &endpoint, int n, DeliveryStatus status)
{
    QStringList ids;
    const Status st = m_store->transaction([&]() -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto claimed = m_store->claim(endpoint, QString::fromLatin1(kOwner), n, now, now.addSecs(30));
        if (!claimed)
            return claimed.error();
        for (const ClaimedDelivery &c : *claimed) {
            if (auto s = m_store->recordAttempt(recordFor(c, status)); !s)
                return s;
            ids << c.id;
        }
        return Ok{};
    });
    if (!st)
        qWarning() << "finishing deliveries failed:" << st.error().message;
    return ids;
}

QString tst_SqlStore::statusOf(const QString &deliveryId)
{
    return scalar(u"SELECT status FROM deliveries WHERE id = ?"_s, {deliveryId}).toString();
}

qint64 tst_SqlStore::schemaObjects()
{
    return count(m_postgres
                     ? u"SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = 'public'"_s
                     : u"SELECT COUNT(*) FROM sqlite_master"_s);
}

bool tst_SqlStore::tableExists(const QString &table)
{
    return scalar(m_postgres
                      ? u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' "
                        "AND table_name = ?"_s
                      : u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s,
                  {table})
               .toInt()
        == 1;
}

// Locations and schema ---------------------------------------------------------

void tst_SqlStore::locationParse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("pathOrHost");

    QTest::addRow("plain path") << u"/var/lib/sb/store.db"_s << true << false << u"/var/lib/sb/store.db"_s;
    QTest::addRow("sqlite url") << u"sqlite:///tmp/x.db"_s << true << false << u"/tmp/x.db"_s;
    QTest::addRow("postgres") << u"postgresql://sb:pw@db.local:5433/queue"_s << true << true << u"db.local"_s;
    QTest::addRow("postgres short") << u"postgres://sb@db.local/queue"_s << true << true << u"db.local"_s;
    QTest::addRow("postgres no db") << u"postgresql://sb@db.local"_s << false << true << QString();
    QTest::addRow("other scheme") << u"mysql://x@y/z"_s << false << false << QString();
    QTest::addRow("empty") << QString() << false << false << QString();
}

void tst_SqlStore::locationParse()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QFETCH(bool, postgres);
    QFETCH(QString, pathOrHost);

    const auto loc = StoreLocation::parse(url);
    QCOMPARE(loc.ok(), valid);
    if (!valid) {
        QCOMPARE(loc.error().code, Error::Code::InvalidArgument);
        return;
    }
    QCOMPARE(loc->kind == StoreLocation::Kind::Postgres, postgres);
    QCOMPARE(postgres ? loc->host : loc->sqlitePath, pathOrHost);
    QVERIFY(!loc->displayName().contains(u"pw"_s));
    if (url.contains(u":5433"_s)) {
        QCOMPARE(loc->port, 5433);
        QCOMPARE(loc->user, u"sb"_s);
        QCOMPARE(loc->password, u"pw"_s);
        QCOMPARE(loc->database, u"queue"_s);
    }
}

void tst_SqlStore::migrationsOnFreshFile()
{
    // init() migrated a fresh file.
    const auto version = m_store->schemaVersion();
    QVERIFY(version);
    QCOMPARE(*version, SqlStore::kSchemaVersion);
    for (const QString &table :
         {u"meta"_s, u"endpoints"_s, u"secrets"_s, u"messages"_s, u"deliveries"_s, u"attempts"_s}) {
        QVERIFY2(tableExists(table), qPrintable(table));
    }
}

void tst_SqlStore::migrateTwiceIsNoOp()
{
    QVERIFY(m_store->upsertEndpoint(makeEndpoint(u"crm"_s)));
    const EnqueueResult r = enqueue(makeItem(u"call.ended"_s, {u"crm"_s}));
    QVERIFY(!r.messageId.isEmpty());
    const qint64 objects = schemaObjects();

    QVERIFY(m_store->migrate());
    QCOMPARE(*m_store->schemaVersion(), SqlStore::kSchemaVersion);
    QCOMPARE(schemaObjects(), objects);
    QCOMPARE(count(u"SELECT COUNT(*) FROM meta WHERE key = 'schema_version'"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM endpoints"_s), 1);

    // And from a second connection, as the engine does on start.
    auto other = openStore(u"tst-sqlstore-other"_s);
    QVERIFY(other);
    QVERIFY(other->migrate());
    QCOMPARE(*other->schemaVersion(), SqlStore::kSchemaVersion);
    QCOMPARE(schemaObjects(), objects);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries"_s), 1);
}

void tst_SqlStore::newerSchemaIsRefused()
{
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(
        u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(SqlStore::kSchemaVersion + 1)));
    q.finish();
    const Status st = m_store->migrate();
    QVERIFY(!st);
    QCOMPARE(st.error().code, Error::Code::Unavailable);
    QVERIFY2(st.error().message.contains(u"newer"_s), qPrintable(st.error().message));
}

void tst_SqlStore::pragmas()
{
    if (m_postgres)
        QSKIP("SQLite's durability settings; PostgreSQL has its own server configuration");
    QCOMPARE(scalar(u"PRAGMA journal_mode"_s).toString().toLower(), u"wal"_s);
    QCOMPARE(scalar(u"PRAGMA synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
    QVERIFY(scalar(u"PRAGMA busy_timeout"_s).toInt() >= 1000);

    // Every connection sets them, not only the one that created the file.
    auto other = openStore(u"tst-sqlstore-pragmas"_s);
    QVERIFY(other);
    QSqlQuery q(other->database());
    QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    q.finish();
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString().toLower(), u"wal"_s);
}

void tst_SqlStore::instanceIdIsStable()
{
    const auto first = m_store->instanceId();
    QVERIFY(first);
    QVERIFY(first->startsWith(u"sb_"_s));
    QCOMPARE(*m_store->instanceId(), *first);
    auto other = openStore(u"tst-sqlstore-instance"_s);
    QVERIFY(other);
    QCOMPARE(*other->instanceId(), *first);
}

// Enqueue and transactions ------------------------------------------------------

void tst_SqlStore::enqueueCreatesMessageAndDeliveries()
{
    const EnqueueResult r
        = enqueue(makeItem(u"call.ended"_s, {u"crm"_s, u"billing"_s, u"audit"_s}, u"call-1"_s));
    QVERIFY(r.messageId.startsWith(u"msg_"_s));
    QVERIFY(!r.duplicate);
    QVERIFY(r.createdAt.isValid());
    QCOMPARE(r.deliveries.size(), 3);
    QStringList endpoints;
    for (const DeliveryRef &d : r.deliveries) {
        QVERIFY(d.id.startsWith(u"dlv_"_s));
        QCOMPARE(toString(d.status), u"pending"_s);
        endpoints << d.endpoint;
    }
    QCOMPARE(endpoints, (QStringList{u"crm"_s, u"billing"_s, u"audit"_s}));
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries"_s), 3);
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM deliveries WHERE status = 'pending' AND next_attempt_at IS NOT NULL"_s),
        3);

    const auto d = m_store->delivery(r.deliveries.first().id, false);
    QVERIFY(d && d->has_value());
    QCOMPARE((*d)->messageId, r.messageId);
    QCOMPARE((*d)->eventType, u"call.ended"_s);
    QCOMPARE((*d)->callId, u"call-1"_s);
    QCOMPARE((*d)->attemptCount, 0);
    QVERIFY((*d)->attempts.isEmpty());
    QVERIFY(!m_store->delivery(u"dlv_nope"_s, false)->has_value());
}

void tst_SqlStore::idempotentEnqueue()
{
    const auto item = makeItem(u"call.ended"_s, {u"crm"_s, u"billing"_s}, {}, u"key-1"_s);
    const EnqueueResult first = enqueue(item, u"hash-a"_s);
    QVERIFY(!first.duplicate);
    QCOMPARE(first.deliveries.size(), 2);

    const EnqueueResult again = enqueue(item, u"hash-a"_s);
    QVERIFY(again.duplicate);
    QCOMPARE(again.messageId, first.messageId);
    QCOMPARE(again.createdAt, first.createdAt);
    // The same deliveries, each for the same endpoint (their order is not the point).
    QMap<QString, QString> firstIds, againIds;
    for (const auto &d : first.deliveries)
        firstIds.insert(d.endpoint, d.id);
    for (const auto &d : again.deliveries)
        againIds.insert(d.endpoint, d.id);
    QCOMPARE(again.deliveries.size(), first.deliveries.size());
    QCOMPARE(againIds, firstIds);
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries"_s), 2);

    // Another key is another message.
    const EnqueueResult other = enqueue(makeItem(u"call.ended"_s, {u"crm"_s}, {}, u"key-2"_s), u"hash-a"_s);
    QVERIFY(!other.duplicate);
    QVERIFY(other.messageId != first.messageId);
    // No key: never de-duplicated.
    enqueue(makeItem(u"call.ended"_s, {u"crm"_s}), u"hash-a"_s);
    enqueue(makeItem(u"call.ended"_s, {u"crm"_s}), u"hash-a"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages"_s), 4);
}

void tst_SqlStore::idempotencyConflict()
{
    const EnqueueResult first = enqueue(makeItem(u"call.ended"_s, {u"crm"_s}, {}, u"key-1"_s), u"hash-a"_s);
    QVERIFY(!first.messageId.isEmpty());

    std::optional<Error> error;
    const Status st = m_store->transaction([&]() -> Status {
        auto r = m_store->enqueue(makeItem(u"call.started"_s, {u"crm"_s}, {}, u"key-1"_s), u"hash-b"_s);
        if (!r)
            error = r.error();
        return Ok{};
    });
    QVERIFY(st);
    QVERIFY(error);
    QCOMPARE(error->code, Error::Code::Conflict);
    QVERIFY2(error->message.contains(u"key-1"_s) && error->message.contains(first.messageId),
             qPrintable(error->message));
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries"_s), 1);
}

void tst_SqlStore::failedTransactionLeavesNothing()
{
    const Status st = m_store->transaction([&]() -> Status {
        for (int i = 0; i < 5; ++i) {
            auto r = m_store->enqueue(
                makeItem(u"call.ended"_s, {u"crm"_s, u"billing"_s}, {}, u"k%1"_s.arg(i)), u"h"_s);
            if (!r)
                return r.error();
        }
        return Error::internal(u"changed my mind"_s);
    });
    QVERIFY(!st);
    QCOMPARE(st.error().message, u"changed my mind"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries"_s), 0);

    // The connection is usable afterwards, and the keys were not consumed.
    const EnqueueResult r = enqueue(makeItem(u"call.ended"_s, {u"crm"_s}, {}, u"k0"_s));
    QVERIFY(!r.duplicate);
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages"_s), 1);
}

void tst_SqlStore::nestedTransactionJoinsOuter()
{
    const Status st = m_store->transaction([&]() -> Status {
        const Status inner = m_store->transaction([&]() -> Status {
            auto r = m_store->enqueue(makeItem(u"call.ended"_s, {u"crm"_s}), u"h"_s);
            return r ? Status(Ok{}) : Status(r.error());
        });
        if (!inner)
            return inner;
        return Error::internal(u"outer fails"_s);
    });
    QVERIFY(!st);
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages"_s), 0);
}

// Claims, leases, attempts ------------------------------------------------------

void tst_SqlStore::claimOnlyDuePendingOfEndpoint()
{
    QStringList aIds, bIds;
    for (int i = 0; i < 6; ++i)
        aIds << enqueue(makeItem(u"call.ended"_s, {u"a"_s})).deliveries.first().id;
    for (int i = 0; i < 2; ++i)
        bIds << enqueue(makeItem(u"call.ended"_s, {u"b"_s})).deliveries.first().id;
    // One of a's is not due yet, one is delivered already.
    QSqlQuery q(m_store->database());
    q.prepare(u"UPDATE deliveries SET next_attempt_at = ? WHERE id = ?"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(3600).toMSecsSinceEpoch());
    q.addBindValue(aIds.at(0));
    QVERIFY(q.exec());
    q.prepare(u"UPDATE deliveries SET status = 'delivered' WHERE id = ?"_s);
    q.addBindValue(aIds.at(1));
    QVERIFY(q.exec());
    q.finish();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime until = now.addSecs(30);
    QList<ClaimedDelivery> first, second, third;
    QVERIFY(m_store->transaction([&]() -> Status {
        auto r = m_store->claim(u"a"_s, u"w1"_s, 3, now, until);
        if (!r)
            return r.error();
        first = *r;
        return Ok{};
    }));
    QCOMPARE(first.size(), 3);
    for (const ClaimedDelivery &c : first) {
        QCOMPARE(c.endpoint, u"a"_s);
        QVERIFY(aIds.mid(2).contains(c.id));
        QCOMPARE(statusOf(c.id), u"in_flight"_s);
        QCOMPARE(scalar(u"SELECT lease_owner FROM deliveries WHERE id = ?"_s, {c.id}).toString(), u"w1"_s);
        QCOMPARE(scalar(u"SELECT lease_until FROM deliveries WHERE id = ?"_s, {c.id}).toLongLong(),
                 until.toMSecsSinceEpoch());
    }

    QVERIFY(m_store->transaction([&]() -> Status {
        auto r = m_store->claim(u"a"_s, u"w2"_s, 10, now, until);
        if (!r)
            return r.error();
        second = *r;
        auto again = m_store->claim(u"a"_s, u"w3"_s, 10, now, until);
        if (!again)
            return again.error();
        third = *again;
        return Ok{};
    }));
    QCOMPARE(second.size(), 1); // 6 - not due - delivered - 3 claimed
    for (const ClaimedDelivery &c : first)
        QVERIFY(c.id != second.first().id);
    QCOMPARE(scalar(u"SELECT lease_owner FROM deliveries WHERE id = ?"_s, {second.first().id}).toString(),
             u"w2"_s);
    QVERIFY(third.isEmpty());
    QCOMPARE(statusOf(aIds.at(0)), u"pending"_s);
    QCOMPARE(statusOf(aIds.at(1)), u"delivered"_s);
    for (const QString &id : bIds)
        QCOMPARE(statusOf(id), u"pending"_s);

    // The future one becomes claimable when its time comes; limit 0 claims nothing.
    QList<ClaimedDelivery> later, none;
    QVERIFY(m_store->transaction([&]() -> Status {
        auto r = m_store->claim(u"a"_s, u"w1"_s, 0, now.addSecs(7200), until);
        none = *r;
        r = m_store->claim(u"a"_s, u"w1"_s, 10, now.addSecs(7200), now.addSecs(7300));
        if (!r)
            return r.error();
        later = *r;
        return Ok{};
    }));
    QVERIFY(none.isEmpty());
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.first().id, aIds.at(0));
}

void tst_SqlStore::claimCarriesPayload()
{
    const QByteArray payload = R"({"call_id":"c-9","text":"h\u00e9llo"})";
    const EnqueueResult r = enqueue(makeItem(u"call.ended"_s, {u"crm"_s}, u"c-9"_s, u"idem-9"_s, payload));
    QList<ClaimedDelivery> claimed;
    QVERIFY(m_store->transaction([&]() -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto c = m_store->claim(u"crm"_s, u"w1"_s, 5, now, now.addSecs(30));
        if (!c)
            return c.error();
        claimed = *c;
        return Ok{};
    }));
    QCOMPARE(claimed.size(), 1);
    const ClaimedDelivery &c = claimed.first();
    QCOMPARE(c.id, r.deliveries.first().id);
    QCOMPARE(c.messageId, r.messageId);
    QCOMPARE(c.eventType, u"call.ended"_s);
    QCOMPARE(c.callId, u"c-9"_s);
    QCOMPARE(c.idempotencyKey, u"idem-9"_s);
    QCOMPARE(c.payload, payload);
    QCOMPARE(c.attemptCount, 0);
    QCOMPARE(c.retryIndex, 0);
    QVERIFY(!c.replay);
    QCOMPARE(c.createdAt, r.createdAt);
}

// max_in_flight and rate_limit_per_s are counted in the store, so they hold
// for every worker together, not per worker.
void tst_SqlStore::claimLimitsHoldAcrossOwners()
{
    for (int i = 0; i < 10; ++i)
        enqueue(makeItem(u"call.ended"_s, {u"crm"_s}));
    const auto claimAs = [&](const QString &owner, int limit, const EndpointLimits &limits, bool *limited) {
        int got = -1;
        const Status st = m_store->transaction([&]() -> Status {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            auto c = m_store->claim(u"crm"_s, owner, limit, now, now.addSecs(30), limits, limited);
            if (!c)
                return c.error();
            got = int(c->size());
            return Ok{};
        });
        if (!st)
            qWarning() << st.error().message;
        return got;
    };
    bool limited = false;
    const EndpointLimits three{3, 0};
    QCOMPARE(claimAs(u"w1"_s, 10, three, &limited), 3);
    QVERIFY(limited);
    QCOMPARE(claimAs(u"w2"_s, 10, three, &limited), 0); // w1's leases count for w2 too
    QVERIFY(limited);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries WHERE status = 'in_flight'"_s), 3);

    // A bucket of one token at 0.5/s, shared: w1 spends it, w2 finds it empty.
    QVERIFY(m_store->releaseLeases(u"w1"_s));
    const EndpointLimits rate{0, 0.5};
    QCOMPARE(claimAs(u"w1"_s, 10, rate, &limited), 1); // burst max(1, rate) = 1
    QVERIFY(limited);
    QCOMPARE(claimAs(u"w2"_s, 10, rate, &limited), 0);
    QVERIFY(limited);
    QCOMPARE(claimAs(u"w3"_s, 10, {}, &limited), 9); // no limits: the rest
    QVERIFY(!limited);
}

void tst_SqlStore::workersHeartbeat()
{
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
    WorkerInfo w{u"w1"_s, u"host-a"_s, u"0.1.0"_s, started, QDateTime::currentDateTimeUtc(), 3, {}, {}};
    QVERIFY(m_store->heartbeat(w));
    w.inFlight = 5;
    w.lastClaimAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->heartbeat(w)); // an update, not a second row
    QVERIFY(m_store->heartbeat({u"w0"_s, u"host-b"_s, u"0.1.0"_s, started, started, 0, {}, {}}));
    auto list = m_store->workers();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, u"w0"_s);
    QVERIFY(!list->at(0).lastClaimAt.isValid());
    QCOMPARE(list->at(1).host, u"host-a"_s);
    QCOMPARE(list->at(1).inFlight, 5);
    QCOMPARE(list->at(1).startedAt, QDateTime::fromMSecsSinceEpoch(started.toMSecsSinceEpoch(), Qt::UTC));
    QVERIFY(list->at(1).lastClaimAt.isValid());
    QVERIFY(list->at(1).circuits.isEmpty());
    // Its circuits that are not closed travel with the heartbeat.
    w.circuits.insert(u"crm"_s, QJsonObject{{u"state"_s, u"open"_s}, {u"consecutive_failures"_s, 7}});
    QVERIFY(m_store->heartbeat(w));
    list = m_store->workers();
    QVERIFY(list);
    QCOMPARE(list->at(1).circuits.value(u"crm"_s).toObject().value(u"state"_s).toString(), u"open"_s);
    QCOMPARE(list->at(1).circuits.value(u"crm"_s).toObject().value(u"consecutive_failures"_s).toInt(), 7);
    w.circuits = {};
    QVERIFY(m_store->heartbeat(w));
    QVERIFY(m_store->workers()->at(1).circuits.isEmpty());
    QVERIFY(m_store->removeWorker(u"w0"_s));
    QCOMPARE(m_store->workers()->size(), 1);

    // Fleet-wide circuit resets: each request bumps the endpoint's seq.
    auto resets = m_store->circuitResets();
    QVERIFY(resets);
    QVERIFY(resets->isEmpty());
    QVERIFY(m_store->requestCircuitReset(u"crm"_s, u"w1"_s));
    QVERIFY(m_store->requestCircuitReset(u"crm"_s, u"w2"_s));
    QVERIFY(m_store->requestCircuitReset(u"billing"_s, u"w1"_s));
    resets = m_store->circuitResets();
    QVERIFY(resets);
    QCOMPARE(resets->size(), 2);
    for (const CircuitReset &r : *resets) {
        QCOMPARE(r.seq, r.endpoint == u"crm"_s ? 2 : 1);
        QCOMPARE(r.requestedBy, r.endpoint == u"crm"_s ? u"w2"_s : u"w1"_s);
        QVERIFY(qAbs(r.requestedAt.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
    }
}

void tst_SqlStore::releaseExpiredLeases()
{
    const QString shortLease = enqueue(makeItem(u"e"_s, {u"a"_s})).deliveries.first().id;
    const QString longLease = enqueue(makeItem(u"e"_s, {u"a"_s})).deliveries.first().id;
    const QString untouched = enqueue(makeItem(u"e"_s, {u"a"_s})).deliveries.first().id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->transaction([&]() -> Status {
        QSqlQuery q(m_store->database());
        q.prepare(
            u"UPDATE deliveries SET status = 'in_flight', lease_owner = 'w1', lease_until = ? WHERE id = ?"_s);
        q.addBindValue(now.addSecs(10).toMSecsSinceEpoch());
        q.addBindValue(shortLease);
        q.exec();
        q.addBindValue(now.addSecs(60).toMSecsSinceEpoch());
        q.addBindValue(longLease);
        q.exec();
        return Ok{};
    }));

    auto n = m_store->releaseExpiredLeases(now);
    QVERIFY(n);
    QCOMPARE(*n, 0);

    n = m_store->releaseExpiredLeases(now.addSecs(30));
    QVERIFY(n);
    QCOMPARE(*n, 1);
    QCOMPARE(statusOf(shortLease), u"pending"_s);
    QVERIFY(scalar(u"SELECT lease_owner FROM deliveries WHERE id = ?"_s, {shortLease}).isNull());
    QVERIFY(scalar(u"SELECT lease_until FROM deliveries WHERE id = ?"_s, {shortLease}).isNull());
    QCOMPARE(statusOf(longLease), u"in_flight"_s);
    QCOMPARE(scalar(u"SELECT lease_owner FROM deliveries WHERE id = ?"_s, {longLease}).toString(), u"w1"_s);
    QCOMPARE(statusOf(untouched), u"pending"_s);

    // The reclaimed delivery is due again for whoever claims next.
    QList<ClaimedDelivery> claimed;
    QVERIFY(m_store->transaction([&]() -> Status {
        const QDateTime later = now.addSecs(31);
        claimed = *m_store->claim(u"a"_s, u"w2"_s, 10, later, later.addSecs(30));
        return Ok{};
    }));
    QStringList ids;
    for (const auto &c : claimed)
        ids << c.id;
    QVERIFY(ids.contains(shortLease));
    QVERIFY(!ids.contains(longLease));
}

void tst_SqlStore::releaseLeasesOfOwner()
{
    for (int i = 0; i < 3; ++i)
        enqueue(makeItem(u"e"_s, {u"a"_s}));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->transaction([&]() -> Status {
        m_store->claim(u"a"_s, u"w1"_s, 2, now, now.addSecs(30));
        m_store->claim(u"a"_s, u"w2"_s, 1, now, now.addSecs(30));
        return Ok{};
    }));
    QCOMPARE(*m_store->releaseLeases(u"w1"_s), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries WHERE status = 'in_flight'"_s), 1);
    QCOMPARE(*m_store->releaseAllLeases(), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries WHERE status = 'pending' AND lease_owner IS NULL"_s), 3);
}

void tst_SqlStore::recordAttempt_data()
{
    QTest::addColumn<DeliveryStatus>("status");
    QTest::addRow("delivered") << DeliveryStatus::Delivered;
    QTest::addRow("pending") << DeliveryStatus::Pending;
    QTest::addRow("dead") << DeliveryStatus::Dead;
}

void tst_SqlStore::recordAttempt()
{
    QFETCH(DeliveryStatus, status);
    const QString id = enqueue(makeItem(u"call.ended"_s, {u"crm"_s})).deliveries.first().id;
    ClaimedDelivery claimed;
    AttemptRecord record;
    QVERIFY(m_store->transaction([&]() -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto c = m_store->claim(u"crm"_s, QString::fromLatin1(kOwner), 1, now, now.addSecs(30));
        if (!c || c->size() != 1)
            return Error::internal(u"claim"_s);
        claimed = c->first();
        record = recordFor(claimed, status);
        record.attempt.requestHeaders
            = {{"Content-Type", "application/json"}, {"webhook-signature", "v1,***"}};
        record.attempt.responseHeaders = {{"Retry-After", "3"}};
        record.attempt.responseBody = R"({"error":"busy"})";
        record.attempt.errorDetail = u"detail"_s;
        return m_store->recordAttempt(record);
    }));

    const auto d = m_store->delivery(id, true);
    QVERIFY(d && d->has_value());
    const Delivery &dl = **d;
    QCOMPARE(toString(dl.status), toString(status));
    QCOMPARE(dl.attemptCount, 1);
    QCOMPARE(dl.lastStatusCode, record.attempt.statusCode);
    QCOMPARE(toString(dl.lastError), toString(record.attempt.error));
    QVERIFY(scalar(u"SELECT lease_owner FROM deliveries WHERE id = ?"_s, {id}).isNull());
    QVERIFY(scalar(u"SELECT lease_until FROM deliveries WHERE id = ?"_s, {id}).isNull());
    QCOMPARE(scalar(u"SELECT retry_index FROM deliveries WHERE id = ?"_s, {id}).toInt(), record.retryIndex);
    switch (status) {
    case DeliveryStatus::Pending:
        QCOMPARE(dl.nextAttemptAt.toMSecsSinceEpoch(), record.nextAttemptAt.toMSecsSinceEpoch());
        QVERIFY(dl.deadReason.isEmpty());
        break;
    case DeliveryStatus::Dead:
        QCOMPARE(dl.deadReason, u"HTTP 400: refused"_s);
        QVERIFY(!dl.nextAttemptAt.isValid());
        break;
    default:
        QVERIFY(dl.deadReason.isEmpty());
        QVERIFY(!dl.nextAttemptAt.isValid());
        break;
    }

    QCOMPARE(dl.attempts.size(), 1);
    const Attempt &a = dl.attempts.first();
    QCOMPARE(a.id, record.attempt.id);
    QCOMPARE(a.deliveryId, id);
    QCOMPARE(a.n, 1);
    QCOMPARE(a.statusCode, record.attempt.statusCode);
    QCOMPARE(toString(a.error), toString(record.attempt.error));
    QCOMPARE(a.errorDetail, u"detail"_s);
    QCOMPARE(a.durationMs, 12);
    QCOMPARE(a.worker, QString::fromLatin1(kOwner));
    QCOMPARE(a.url, u"http://127.0.0.1:9/x"_s);
    QCOMPARE(a.requestHeaders, record.attempt.requestHeaders);
    QCOMPARE(a.responseHeaders, record.attempt.responseHeaders);
    QCOMPARE(a.responseBody, record.attempt.responseBody);
    QCOMPARE(a.startedAt.toMSecsSinceEpoch(), record.attempt.startedAt.toMSecsSinceEpoch());
    QVERIFY(!a.replay);

    // Without detail: no headers or body.
    const auto brief = m_store->delivery(id, false);
    QVERIFY(brief && brief->has_value());
    QCOMPARE((*brief)->attempts.size(), 1);
    QVERIFY((*brief)->attempts.first().requestHeaders.isEmpty());
    QVERIFY((*brief)->attempts.first().responseBody.isEmpty());
}

void tst_SqlStore::recordAttemptNeedsLease()
{
    const QString id = enqueue(makeItem(u"call.ended"_s, {u"crm"_s})).deliveries.first().id;
    ClaimedDelivery claimed;
    QVERIFY(m_store->transaction([&]() -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        claimed = m_store->claim(u"crm"_s, u"w1"_s, 1, now, now.addSecs(30))->first();
        return Ok{};
    }));

    // Another worker's outcome is recorded as an attempt but does not move the delivery.
    QVERIFY(m_store->transaction(
        [&]() { return m_store->recordAttempt(recordFor(claimed, DeliveryStatus::Delivered, u"w2"_s)); }));
    QCOMPARE(statusOf(id), u"in_flight"_s);
    QCOMPARE(scalar(u"SELECT lease_owner FROM deliveries WHERE id = ?"_s, {id}).toString(), u"w1"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM attempts"_s), 1);

    // The holder's outcome does.
    QVERIFY(m_store->transaction(
        [&]() { return m_store->recordAttempt(recordFor(claimed, DeliveryStatus::Dead, u"w1"_s)); }));
    QCOMPARE(statusOf(id), u"dead"_s);

    // Once the delivery left in_flight (an operator discarded it, say), a late outcome changes nothing.
    QVERIFY(m_store->discard(id));
    QVERIFY(m_store->transaction(
        [&]() { return m_store->recordAttempt(recordFor(claimed, DeliveryStatus::Delivered, u"w1"_s)); }));
    QCOMPARE(statusOf(id), u"discarded"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM attempts"_s), 3);
}

void tst_SqlStore::nextDue()
{
    QVERIFY(!m_store->nextDue({u"a"_s})->has_value());
    QVERIFY(!m_store->nextDue({})->has_value());
    const QString a1 = enqueue(makeItem(u"e"_s, {u"a"_s})).deliveries.first().id;
    enqueue(makeItem(u"e"_s, {u"b"_s}));
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 3600000;
    QSqlQuery q(m_store->database());
    q.prepare(u"UPDATE deliveries SET next_attempt_at = ? WHERE id = ?"_s);
    q.addBindValue(later);
    q.addBindValue(a1);
    QVERIFY(q.exec());
    q.finish();
    const auto due = m_store->nextDue({u"a"_s});
    QVERIFY(due && due->has_value());
    QCOMPARE((*due)->toMSecsSinceEpoch(), later);
    const auto both = m_store->nextDue({u"a"_s, u"b"_s});
    QVERIFY(both && both->has_value());
    QVERIFY((*both)->toMSecsSinceEpoch() < later);
    QVERIFY(!m_store->nextDue({u"c"_s})->has_value());
}

// Operator actions ---------------------------------------------------------------

void tst_SqlStore::replay()
{
    const QString id = enqueue(makeItem(u"call.ended"_s, {u"crm"_s})).deliveries.first().id;
    QCOMPARE(finishSome(u"crm"_s, 1, DeliveryStatus::Dead), QStringList{id});

    const Status st = m_store->replay(id);
    QVERIFY2(st, st ? "" : qPrintable(st.error().message));
    auto d = m_store->delivery(id, false);
    QCOMPARE(toString((*d)->status), u"pending"_s);
    QCOMPARE((*d)->replays, 1);
    QVERIFY((*d)->deadReason.isEmpty());
    QVERIFY((*d)->nextAttemptAt.isValid());
    QVERIFY((*d)->nextAttemptAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(scalar(u"SELECT retry_index FROM deliveries WHERE id = ?"_s, {id}).toInt(), 0);

    // Pending already: a conflict, nothing changes.
    const Status again = m_store->replay(id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QCOMPARE((*m_store->delivery(id, false))->replays, 1);

    // The replay is claimed as such, and its attempt says so; attempts continue numbering.
    QList<ClaimedDelivery> claimed;
    QVERIFY(m_store->transaction([&]() -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        claimed = *m_store->claim(u"crm"_s, QString::fromLatin1(kOwner), 1, now, now.addSecs(30));
        return Ok{};
    }));
    QCOMPARE(claimed.size(), 1);
    QVERIFY(claimed.first().replay);
    QCOMPARE(claimed.first().attemptCount, 1);
    // In flight: a conflict too.
    QCOMPARE(m_store->replay(id).error().code, Error::Code::Conflict);
    QVERIFY(m_store->transaction(
        [&]() { return m_store->recordAttempt(recordFor(claimed.first(), DeliveryStatus::Delivered)); }));
    d = m_store->delivery(id, false);
    QCOMPARE(toString((*d)->status), u"delivered"_s);
    QCOMPARE((*d)->attempts.size(), 2);
    QVERIFY(!(*d)->attempts.at(0).replay);
    QVERIFY((*d)->attempts.at(1).replay);
    QCOMPARE((*d)->attempts.at(1).n, 2);
    QCOMPARE(scalar(u"SELECT replay_pending FROM deliveries WHERE id = ?"_s, {id}).toInt(), 0);

    // Delivered ones may be sent again on request.
    QVERIFY(m_store->replay(id));
    QCOMPARE((*m_store->delivery(id, false))->replays, 2);

    const Status unknown = m_store->replay(u"dlv_000000000000ffffffffffffffff"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
}

void tst_SqlStore::replayWhere()
{
    for (int i = 0; i < 4; ++i)
        enqueue(makeItem(u"call.ended"_s, {u"a"_s}));
    for (int i = 0; i < 2; ++i)
        enqueue(makeItem(u"call.ended"_s, {u"b"_s}));
    const QStringList deadA = finishSome(u"a"_s, 3, DeliveryStatus::Dead);
    const QStringList deadB = finishSome(u"b"_s, 2, DeliveryStatus::Dead);
    QCOMPARE(deadA.size(), 3);
    QCOMPARE(deadB.size(), 2);
    QCOMPARE(m_store->depths()->pending, 1); // a's fourth

    DeliveryFilter onlyA;
    onlyA.status = DeliveryStatus::Dead;
    onlyA.endpoint = u"a"_s;
    auto n = m_store->replayWhere(onlyA);
    QVERIFY(n);
    QCOMPARE(*n, 3);
    for (const QString &id : deadA)
        QCOMPARE(statusOf(id), u"pending"_s);
    for (const QString &id : deadB)
        QCOMPARE(statusOf(id), u"dead"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries WHERE replays = 1"_s), 3);

    // Nothing left to replay for a: pending ones are skipped, not replayed twice.
    QCOMPARE(*m_store->replayWhere(onlyA), 0);
    DeliveryFilter allA;
    allA.endpoint = u"a"_s;
    QCOMPARE(*m_store->replayWhere(allA), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries WHERE replays > 1"_s), 0);

    // An empty filter replays every dead one.
    QCOMPARE(*m_store->replayWhere({}), 2);
    QCOMPARE(m_store->depths()->dead, 0);
}

void tst_SqlStore::discard()
{
    const QString pending = enqueue(makeItem(u"e"_s, {u"a"_s})).deliveries.first().id;
    QVERIFY(m_store->discard(pending));
    QCOMPARE(statusOf(pending), u"discarded"_s);
    QVERIFY(scalar(u"SELECT next_attempt_at FROM deliveries WHERE id = ?"_s, {pending}).isNull());
    // A discarded delivery is never claimed.
    QList<ClaimedDelivery> claimed;
    QVERIFY(m_store->transaction([&]() -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        claimed = *m_store->claim(u"a"_s, u"w"_s, 10, now.addSecs(60), now.addSecs(90));
        return Ok{};
    }));
    QVERIFY(claimed.isEmpty());

    // Twice: a conflict.
    QCOMPARE(m_store->discard(pending).error().code, Error::Code::Conflict);

    enqueue(makeItem(u"e"_s, {u"a"_s}));
    const QString delivered = finishSome(u"a"_s, 1, DeliveryStatus::Delivered).value(0);
    QCOMPARE(m_store->discard(delivered).error().code, Error::Code::Conflict);
    QCOMPARE(statusOf(delivered), u"delivered"_s);

    enqueue(makeItem(u"e"_s, {u"a"_s}));
    const QString dead = finishSome(u"a"_s, 1, DeliveryStatus::Dead).value(0);
    QVERIFY(m_store->discard(dead));
    QCOMPARE(statusOf(dead), u"discarded"_s);
    QCOMPARE(m_store->discard(u"dlv_unknown"_s).error().code, Error::Code::NotFound);

    // Discarded ones can be replayed.
    QVERIFY(m_store->replay(pending));
    QCOMPARE(statusOf(pending), u"pending"_s);
}

// Reads ---------------------------------------------------------------------------

void tst_SqlStore::pagingVisitsEachOnce_data()
{
    QTest::addColumn<int>("limit");
    QTest::addRow("1") << 1;
    QTest::addRow("40") << 40;
    QTest::addRow("50") << 50;
    QTest::addRow("249") << 249;
    QTest::addRow("250") << 250;
    QTest::addRow("1000") << 1000;
}

void tst_SqlStore::pagingVisitsEachOnce()
{
    QFETCH(int, limit);
    QStringList all;
    QVERIFY(m_store->transaction([&]() -> Status {
        for (int i = 0; i < 125; ++i) {
            auto r = m_store->enqueue(makeItem(u"call.ended"_s, {u"a"_s, u"b"_s}), u"h"_s);
            if (!r)
                return r.error();
            for (const auto &d : r->deliveries)
                all << d.id;
        }
        return Ok{};
    }));
    QCOMPARE(all.size(), 250);
    std::sort(all.begin(), all.end(), std::greater<>());

    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        const auto page = m_store->deliveries({}, limit, cursor);
        QVERIFY(page);
        QVERIFY(page->deliveries.size() <= limit);
        for (const Delivery &d : page->deliveries)
            seen << d.id;
        cursor = page->nextCursor;
        if (!cursor.isEmpty())
            QCOMPARE(cursor, page->deliveries.last().id);
        QVERIFY(++pages <= 251);
    } while (!cursor.isEmpty());
    QCOMPARE(seen.size(), 250);
    QCOMPARE(seen, all); // each exactly once, id-descending
    QCOMPARE(pages, (250 + limit - 1) / limit);
}

void tst_SqlStore::filters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected");

    // Fixture (see filters()): 10 deliveries.
    QTest::addRow("all") << QString() << QString() << 10;
    QTest::addRow("status pending") << u"status"_s << u"pending"_s << 6;
    QTest::addRow("status dead") << u"status"_s << u"dead"_s << 2;
    QTest::addRow("status delivered") << u"status"_s << u"delivered"_s << 2;
    QTest::addRow("status in_flight") << u"status"_s << u"in_flight"_s << 0;
    QTest::addRow("endpoint a") << u"endpoint"_s << u"a"_s << 5;
    QTest::addRow("endpoint b") << u"endpoint"_s << u"b"_s << 5;
    QTest::addRow("endpoint none") << u"endpoint"_s << u"zzz"_s << 0;
    QTest::addRow("event exact") << u"eventType"_s << u"call.started"_s << 2;
    QTest::addRow("event prefix call.*") << u"eventType"_s << u"call.*"_s << 6;
    QTest::addRow("event prefix call*") << u"eventType"_s << u"call*"_s << 8;
    QTest::addRow("event prefix rec*") << u"eventType"_s << u"rec*"_s << 2;
    QTest::addRow("event exact no prefix") << u"eventType"_s << u"call"_s << 0;
    QTest::addRow("call id") << u"callId"_s << u"call-1"_s << 4;
    QTest::addRow("call id other") << u"callId"_s << u"call-2"_s << 2;
    QTest::addRow("status code 400") << u"statusCode"_s << u"400"_s << 2;
    QTest::addRow("error http_4xx") << u"error"_s << u"http_4xx"_s << 2;
}

void tst_SqlStore::filters()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, expected);

    // a and b each get: call.started (call-1), call.ended (call-1), call.transferred
    // (call-2), callback.requested, recording.ready. Then on each endpoint the
    // earliest is delivered and the next is dead.
    const QStringList types{u"call.started"_s, u"call.ended"_s, u"call.transferred"_s,
                            u"callback.requested"_s, u"recording.ready"_s};
    const QStringList calls{u"call-1"_s, u"call-1"_s, u"call-2"_s, QString(), QString()};
    QString firstMessage;
    for (int i = 0; i < types.size(); ++i) {
        const auto r = enqueue(makeItem(types.at(i), {u"a"_s, u"b"_s}, calls.at(i)));
        if (firstMessage.isEmpty())
            firstMessage = r.messageId;
    }
    for (const QString &ep : {u"a"_s, u"b"_s}) {
        QCOMPARE(finishSome(ep, 1, DeliveryStatus::Delivered).size(), 1);
        QCOMPARE(finishSome(ep, 1, DeliveryStatus::Dead).size(), 1);
    }

    DeliveryFilter f;
    if (field == u"status")
        f.status = deliveryStatusFromString(value);
    else if (field == u"endpoint")
        f.endpoint = value;
    else if (field == u"eventType")
        f.eventType = value;
    else if (field == u"callId")
        f.callId = value;
    else if (field == u"statusCode")
        f.statusCode = value.toInt();
    else if (field == u"error")
        f.error = attemptErrorFromString(value);
    QCOMPARE(f.isEmpty(), field.isEmpty());

    const auto page = m_store->deliveries(f, 100, {});
    QVERIFY(page);
    QCOMPARE(page->deliveries.size(), expected);
    QVERIFY(page->nextCursor.isEmpty());
    for (const Delivery &d : page->deliveries) {
        if (field == u"status")
            QCOMPARE(toString(d.status), value);
        else if (field == u"endpoint")
            QCOMPARE(d.endpoint, value);
        else if (field == u"eventType" && value.endsWith(u'*'))
            QVERIFY(d.eventType.startsWith(value.chopped(1)));
        else if (field == u"callId")
            QCOMPARE(d.callId, value);
    }

    // Combined with a message id.
    DeliveryFilter byMessage = f;
    byMessage.messageId = firstMessage;
    const auto narrowed = m_store->deliveries(byMessage, 100, {});
    QVERIFY(narrowed);
    for (const Delivery &d : narrowed->deliveries)
        QCOMPARE(d.messageId, firstMessage);
    QVERIFY(narrowed->deliveries.size() <= 2);
}

void tst_SqlStore::eventTypePrefixIsLiteralAndCaseSensitive()
{
    // Event types may hold '_' (and upper case); a prefix filter matches them
    // literally and case-sensitively, as Endpoint::subscribes() does.
    for (const QString &type : {u"call_ended"_s, u"callXended"_s, u"CALL_ended"_s, u"call.x"_s})
        enqueue(makeItem(type, {u"a"_s}));
    DeliveryFilter f;
    f.eventType = u"call_*"_s;
    auto page = m_store->deliveries(f, 100, {});
    QVERIFY(page);
    QCOMPARE(page->deliveries.size(), 1);
    QCOMPARE(page->deliveries.first().eventType, u"call_ended"_s);

    f.eventType = u"CALL*"_s;
    page = m_store->deliveries(f, 100, {});
    QCOMPARE(page->deliveries.size(), 1);
    QCOMPARE(page->deliveries.first().eventType, u"CALL_ended"_s);

    // replayWhere shares the filter.
    finishSome(u"a"_s, 4, DeliveryStatus::Dead);
    f.eventType = u"call_*"_s;
    QCOMPARE(*m_store->replayWhere(f), 1);
}

void tst_SqlStore::depths()
{
    auto d = m_store->depths();
    QVERIFY(d);
    QCOMPARE(d->pending, 0);
    QCOMPARE(d->inFlight, 0);
    QCOMPARE(d->dead, 0);
    for (int i = 0; i < 7; ++i)
        enqueue(makeItem(u"e"_s, {u"a"_s}));
    finishSome(u"a"_s, 2, DeliveryStatus::Dead);
    finishSome(u"a"_s, 1, DeliveryStatus::Delivered);
    QVERIFY(m_store->transaction([&]() -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_store->claim(u"a"_s, u"w"_s, 3, now, now.addSecs(30));
        return Ok{};
    }));
    d = m_store->depths();
    QCOMPARE(d->pending, 1);
    QCOMPARE(d->inFlight, 3);
    QCOMPARE(d->dead, 2);
}

void tst_SqlStore::messageWithDeliveries()
{
    const auto r = enqueue(makeItem(u"call.ended"_s, {u"a"_s, u"b"_s}, u"c1"_s, u"k1"_s, R"({"x":1})"));
    finishSome(u"a"_s, 1, DeliveryStatus::Delivered);
    const auto m = m_store->message(r.messageId);
    QVERIFY(m && m->has_value());
    QCOMPARE((*m)->eventType, u"call.ended"_s);
    QCOMPARE((*m)->callId, u"c1"_s);
    QCOMPARE((*m)->idempotencyKey, u"k1"_s);
    QCOMPARE((*m)->payload, QByteArray(R"({"x":1})"));
    QCOMPARE((*m)->deliveries.size(), 2);
    int attempts = 0;
    for (const Delivery &d : (*m)->deliveries)
        attempts += int(d.attempts.size());
    QCOMPARE(attempts, 1);
    QVERIFY(!m_store->message(u"msg_none"_s)->has_value());
}

// Endpoints and secrets ---------------------------------------------------------

void tst_SqlStore::endpointsUpsertListPause()
{
    Endpoint crm = makeEndpoint(u"crm"_s);
    crm.headers.insert(u"X-Tenant"_s, u"acme"_s);
    crm.retryScheduleS = {1, 2, 3};
    crm.jitter = 0.1;
    crm.timeoutMs = 2500;
    crm.maxInFlight = 3;
    crm.signing = SigningScheme::XSignature;
    crm.eventTypes = {u"call.*"_s};
    auto created = m_store->upsertEndpoint(crm);
    QVERIFY(created);
    QVERIFY(*created);
    QVERIFY(*m_store->upsertEndpoint(makeEndpoint(u"audit"_s)));

    crm.timeoutMs = 3000;
    created = m_store->upsertEndpoint(crm);
    QVERIFY(created);
    QVERIFY(!*created);

    const auto list = m_store->endpoints();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, u"audit"_s); // by name
    const Endpoint &back = list->at(1);
    QCOMPARE(back.name, u"crm"_s);
    QCOMPARE(back.url, crm.url);
    QCOMPARE(back.headers, crm.headers);
    QCOMPARE(back.retryScheduleS, crm.retryScheduleS);
    QCOMPARE(back.jitter, 0.1);
    QCOMPARE(back.timeoutMs, 3000);
    QCOMPARE(back.maxInFlight, 3);
    QCOMPARE(toString(back.signing), toString(SigningScheme::XSignature));
    QCOMPARE(back.eventTypes, crm.eventTypes);
    QVERIFY(!back.paused);
    QVERIFY(back.createdAt.isValid());
    QVERIFY(back.updatedAt >= back.createdAt);

    QVERIFY(*m_store->setEndpointPaused(u"crm"_s, true));
    QVERIFY((*m_store->endpoint(u"crm"_s))->paused);
    // An update of the configuration keeps the pause.
    QVERIFY(m_store->upsertEndpoint(crm));
    QVERIFY((*m_store->endpoint(u"crm"_s))->paused);
    QVERIFY(*m_store->setEndpointPaused(u"crm"_s, false));
    QVERIFY(!(*m_store->endpoint(u"crm"_s))->paused);
    QVERIFY(!*m_store->setEndpointPaused(u"nope"_s, true));
    QVERIFY(!m_store->endpoint(u"nope"_s)->has_value());
}

void tst_SqlStore::removeEndpointDiscardsQueued()
{
    QVERIFY(m_store->upsertEndpoint(makeEndpoint(u"crm"_s)));
    QVERIFY(m_store->upsertEndpoint(makeEndpoint(u"audit"_s)));
    QVERIFY(m_store->addSecret({u"endpoint:crm"_s, u"key_1"_s, u"sha256:00"_s, {}, {}}));
    for (int i = 0; i < 4; ++i)
        enqueue(makeItem(u"call.ended"_s, {u"crm"_s, u"audit"_s}));
    const QStringList delivered = finishSome(u"crm"_s, 1, DeliveryStatus::Delivered);
    const QStringList dead = finishSome(u"crm"_s, 1, DeliveryStatus::Dead);

    auto removed = m_store->removeEndpoint(u"crm"_s);
    QVERIFY(removed);
    QVERIFY(*removed);
    QVERIFY(!m_store->endpoint(u"crm"_s)->has_value());
    QCOMPARE(m_store->endpoints()->size(), 1);
    QVERIFY(m_store->secrets(u"endpoint:crm"_s)->isEmpty());

    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries WHERE endpoint = 'crm' AND status = 'discarded' "
                   "AND dead_reason = 'endpoint deleted' AND next_attempt_at IS NULL"_s),
             3); // two pending and the dead one
    QCOMPARE(statusOf(delivered.first()), u"delivered"_s);
    QCOMPARE(statusOf(dead.first()), u"discarded"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries WHERE endpoint = 'audit' AND status = 'pending'"_s), 4);

    QVERIFY(!*m_store->removeEndpoint(u"crm"_s));
}

void tst_SqlStore::secretMetadata()
{
    const QString owner = u"endpoint:crm"_s;
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-100);
    QVERIFY(m_store->addSecret({owner, u"key_a"_s, u"sha256:aaaa"_s, t0, {}}));
    QVERIFY(m_store->addSecret({owner, u"key_b"_s, u"sha256:bbbb"_s, t0.addSecs(10), {}}));
    QVERIFY(m_store->addSecret({u"endpoint:other"_s, u"key_c"_s, u"sha256:cccc"_s, t0, {}}));
    // Same key twice: refused.
    QVERIFY(!m_store->addSecret({owner, u"key_a"_s, u"sha256:aaaa"_s, t0, {}}));

    auto list = m_store->secrets(owner);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).keyId, u"key_b"_s); // newest first
    QCOMPARE(list->at(0).fingerprint, u"sha256:bbbb"_s);
    QCOMPARE(list->at(0).owner, owner);
    QCOMPARE(list->at(0).createdAt.toMSecsSinceEpoch(), t0.addSecs(10).toMSecsSinceEpoch());
    QVERIFY(!list->at(0).expiresAt.isValid());

    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(m_store->expireSecrets(owner, expiry));
    list = m_store->secrets(owner);
    for (const SecretInfo &s : *list)
        QCOMPARE(s.expiresAt.toMSecsSinceEpoch(), expiry.toMSecsSinceEpoch());
    QVERIFY(!m_store->secrets(u"endpoint:other"_s)->first().expiresAt.isValid());

    // A later expiry does not extend an earlier one.
    QVERIFY(m_store->expireSecrets(owner, expiry.addSecs(600)));
    QCOMPARE(m_store->secrets(owner)->first().expiresAt.toMSecsSinceEpoch(), expiry.toMSecsSinceEpoch());
    // An earlier one shortens it.
    QVERIFY(m_store->expireSecrets(owner, expiry.addSecs(-600)));
    QCOMPARE(m_store->secrets(owner)->first().expiresAt.toMSecsSinceEpoch(),
             expiry.addSecs(-600).toMSecsSinceEpoch());

    QVERIFY(m_store->removeSecret(owner, u"key_a"_s));
    QCOMPARE(m_store->secrets(owner)->size(), 1);
    QVERIFY(m_store->removeSecret(owner, u"key_missing"_s));
    QVERIFY(m_store->secrets(u"endpoint:nobody"_s)->isEmpty());
}

QTEST_GUILESS_MAIN(tst_SqlStore)
#include "tst_sqlstore.moc"
