// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/datapolicy.h"
#include "metrics/housekeeping.h"
#include "metrics/retention.h"
#include "store/sqlstore.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Switchboard;

class tst_Retention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepsWhatItShould_data();
    void keepsWhatItShould();
    void zeroKeepsForever();
    void inboundBodiesGoTheRowsStay();
    void policyFromJson_data();
    void policyFromJson();
    void storedPolicyIsWhatHousekeepingApplies();

private:
    void exec(const QString &sql);
    qint64 count(const QString &sql);
    // A message with one delivery per status, each with one attempt, created daysAgo.
    void message(const QString &id, int daysAgo, const QStringList &statuses);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlStore> m_store;
    QDateTime m_now;
    int m_run = 0;
};

void tst_Retention::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store
        = SqlStore::open(StoreLocation::sqlite(m_dir->filePath(u"r.db"_s)), u"tst-ret-%1"_s.arg(++m_run));
    QVERIFY(store.ok());
    m_store = std::move(store).value();
    QVERIFY(m_store->migrate().ok());
    m_now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
}

void tst_Retention::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_Retention::exec(const QString &sql)
{
    QSqlQuery q(m_store->database());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

qint64 tst_Retention::count(const QString &sql)
{
    QSqlQuery q(m_store->database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void tst_Retention::message(const QString &id, int daysAgo, const QStringList &statuses)
{
    const qint64 at = m_now.addDays(-daysAgo).toMSecsSinceEpoch();
    exec(u"INSERT INTO messages (id, event_type, payload, created_at) VALUES ('%1', 'e', '{}', %2)"_s.arg(id)
             .arg(at));
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const QString d = u"dlv_%1_%2"_s.arg(id).arg(i);
        exec(u"INSERT INTO deliveries (id, message_id, endpoint, event_type, status, created_at, updated_at) "
             "VALUES ('%1', '%2', 'crm', 'e', '%3', %4, %4)"_s.arg(d, id, statuses.at(i))
                 .arg(at));
        exec(u"INSERT INTO attempts (id, delivery_id, n, started_at, duration_ms, response_headers, "
             u"response_body) "
             "VALUES ('att_%1', '%1', 1, %2, 5, '[]', 'body')"_s.arg(d)
                 .arg(at));
    }
}

void tst_Retention::keepsWhatItShould_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addRow("one batch") << 500;
    QTest::addRow("small batches") << 2;
}

void tst_Retention::keepsWhatItShould()
{
    QFETCH(int, batchSize);
    message(u"msg_old_delivered"_s, 40, {u"delivered"_s, u"delivered"_s});
    message(u"msg_old_delivered2"_s, 35, {u"delivered"_s});
    message(u"msg_old_delivered3"_s, 31, {u"delivered"_s});
    message(u"msg_old_dead"_s, 40, {u"dead"_s});
    message(u"msg_old_mixed"_s, 40, {u"delivered"_s, u"pending"_s});
    message(u"msg_old_inflight"_s, 40, {u"in_flight"_s});
    message(u"msg_old_discarded"_s, 40, {u"discarded"_s});
    message(u"msg_recent_delivered"_s, 10, {u"delivered"_s});
    message(u"msg_fresh"_s, 1, {u"delivered"_s});
    const qint64 oldMinute = m_now.addDays(-100).toMSecsSinceEpoch() / 60000 * 60000;
    const qint64 newMinute = m_now.addDays(-1).toMSecsSinceEpoch() / 60000 * 60000;
    for (qint64 minute : {oldMinute, oldMinute + 60000, oldMinute + 120000, newMinute}) {
        exec(u"INSERT INTO metrics_minutes (minute, direction, subject, event_type, worker, attempts, ok, "
             u"failed, "
             "retries, first_ok, dead, schema_rejects, errors, latency_sum_ms, latency) VALUES "
             "(%1, 'out', 'crm', 'e', 'w', 1, 1, 0, 0, 1, 0, 0, NULL, 5, X'00')"_s.arg(minute));
        exec(u"INSERT INTO metrics_depths (minute, queue_depth, in_flight, dlq_depth) VALUES (%1, 0, 0, 0)"_s
                 .arg(minute));
    }

    RetentionPolicy policy;
    policy.batchSize = batchSize;
    policy.maxBatchesPerRun = 100;
    Retention retention(*m_store, policy);
    auto counts = retention.run(m_now);
    QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().message));
    QCOMPARE(counts->messages, 3);
    QCOMPARE(counts->rollups, 3);
    QVERIFY(!counts->more);

    // Delivered and older than 30 days: gone with deliveries and attempts.
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages WHERE id LIKE 'msg_old_delivered%'"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries WHERE message_id LIKE 'msg_old_delivered%'"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM attempts WHERE delivery_id LIKE 'dlv_msg_old_delivered%'"_s), 0);
    // Never pruned: anything not delivered, however old.
    for (const QString &id : {u"msg_old_dead"_s, u"msg_old_mixed"_s, u"msg_old_inflight"_s,
                              u"msg_old_discarded"_s, u"msg_recent_delivered"_s, u"msg_fresh"_s})
        QCOMPARE(count(u"SELECT COUNT(*) FROM messages WHERE id = '%1'"_s.arg(id)), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM deliveries WHERE message_id = 'msg_old_mixed'"_s), 2);
    // Bodies older than 7 days are dropped, the attempt rows stay.
    QCOMPARE(count(u"SELECT COUNT(*) FROM attempts WHERE delivery_id LIKE 'dlv_msg_old_dead%' AND "
                   "response_body IS NULL AND response_headers IS NULL"_s),
             1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM attempts WHERE delivery_id LIKE 'dlv_msg_fresh%' AND "
                   "response_body = 'body'"_s),
             1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM attempts WHERE response_body IS NOT NULL"_s), 1);
    // Rollups and depths older than 90 days.
    QCOMPARE(count(u"SELECT COUNT(*) FROM metrics_minutes"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM metrics_depths"_s), 1);
    // A second run finds nothing.
    auto again = retention.run(m_now);
    QVERIFY(again.ok());
    QCOMPARE(again->messages + again->rollups + again->attemptBodies, 0);
}

void tst_Retention::zeroKeepsForever()
{
    message(u"msg_ancient"_s, 4000, {u"delivered"_s});
    RetentionPolicy policy;
    policy.attemptBodyDays = policy.deliveredMessageDays = policy.rollupDays = 0;
    auto counts = Retention(*m_store, policy).run(m_now);
    QVERIFY(counts.ok());
    QCOMPARE(count(u"SELECT COUNT(*) FROM attempts WHERE response_body = 'body'"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages"_s), 1);
}

void tst_Retention::inboundBodiesGoTheRowsStay()
{
    auto inbound = [&](const QString &id, int daysAgo) {
        exec(u"INSERT INTO inbound_events (id, source, received_at, status, http_status, reason, headers, "
             u"body, "
             "body_size, raw_headers, raw_body) VALUES ('%1', 'shop', %2, 'rejected', 401, 'bad_signature', "
             "'{}', "
             "X'7b7d', 2, '{}', X'7b7d')"_s.arg(id)
                 .arg(m_now.addDays(-daysAgo).toMSecsSinceEpoch()));
    };
    inbound(u"in_old"_s, 8);
    inbound(u"in_new"_s, 6);
    RetentionPolicy policy;
    policy.inboundBodyDays = 7;
    auto counts = Retention(*m_store, policy).run(m_now);
    QVERIFY(counts.ok());
    QCOMPARE(counts->inboundBodies, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM inbound_events"_s), 2);
    QCOMPARE(
        count(
            u"SELECT COUNT(*) FROM inbound_events WHERE id = 'in_old' AND body IS NULL AND raw_body IS NULL "
            "AND raw_headers IS NULL AND reason = 'bad_signature'"_s),
        1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM inbound_events WHERE id = 'in_new' AND body IS NOT NULL AND "
                   "raw_body IS NOT NULL"_s),
             1);
    policy.inboundBodyDays = 0; // forever
    inbound(u"in_ancient"_s, 4000);
    counts = Retention(*m_store, policy).run(m_now);
    QVERIFY(counts.ok());
    QCOMPARE(counts->inboundBodies, 0);
}

void tst_Retention::policyFromJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("badField"); // empty: accepted
    QTest::addRow("some fields") << QJsonObject{{u"rollups_days"_s, 30}} << QString();
    QTest::addRow("zero keeps forever") << QJsonObject{{u"attempt_bodies_days"_s, 0}} << QString();
    QTest::addRow("the maximum") << QJsonObject{{u"inbound_bodies_days"_s, 3650}} << QString();
    QTest::addRow("negative") << QJsonObject{{u"delivered_messages_days"_s, -1}}
                              << u"delivered_messages_days"_s;
    QTest::addRow("too long") << QJsonObject{{u"rollups_days"_s, 3651}} << u"rollups_days"_s;
    QTest::addRow("a fraction") << QJsonObject{{u"attempt_bodies_days"_s, 1.5}} << u"attempt_bodies_days"_s;
    QTest::addRow("a string") << QJsonObject{{u"inbound_bodies_days"_s, u"7"_s}} << u"inbound_bodies_days"_s;
    QTest::addRow("unknown") << QJsonObject{{u"bodies_days"_s, 7}} << u"bodies_days"_s;
}

void tst_Retention::policyFromJson()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, badField);
    RetentionPolicy base;
    base.batchSize = 17;
    auto p = RetentionPolicy::fromJson(json, base);
    if (!badField.isEmpty()) {
        QVERIFY(!p.ok());
        QCOMPARE(p.error().details.first().toObject().value(u"field"_s).toString(), badField);
        return;
    }
    QVERIFY(p.ok());
    QCOMPARE(p->batchSize, 17);
    QJsonObject expected = base.toJson();
    for (auto it = json.begin(); it != json.end(); ++it)
        expected.insert(it.key(), it.value());
    QCOMPARE(p->toJson(), expected);
}

void tst_Retention::storedPolicyIsWhatHousekeepingApplies()
{
    // Nothing stored: the defaults (and the options' batch sizes) stay.
    auto none = DataPolicy::loadRetention(*m_store, RetentionPolicy{});
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
    message(u"msg_twelve_days"_s, 12, {u"delivered"_s});
    RetentionPolicy changed;
    changed.deliveredMessageDays = 10;
    QVERIFY(DataPolicy::saveRetention(*m_store, changed).ok());
    auto loaded = DataPolicy::loadRetention(*m_store, RetentionPolicy{});
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE((*loaded)->deliveredMessageDays, 10);

    // The running housekeeping job reads it before pruning (the options still say 30 days).
    HousekeepingOptions options;
    options.location = StoreLocation::sqlite(m_dir->filePath(u"r.db"_s));
    options.depthSampleMs = options.alertEvaluateMs = options.retentionMs = 0;
    options.warmStatsCache = false;
    options.clock = [this]() { return m_now; };
    Housekeeping housekeeping(options);
    QVERIFY(housekeeping.start().ok());
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages WHERE id = 'msg_twelve_days'"_s), 1);
    QVERIFY(housekeeping.runNow(Housekeeping::PruneRetention).ok());
    QCOMPARE(count(u"SELECT COUNT(*) FROM messages WHERE id = 'msg_twelve_days'"_s), 0);
    housekeeping.stop();
}

QTEST_GUILESS_MAIN(tst_Retention)
#include "tst_retention.moc"
