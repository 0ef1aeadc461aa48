// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The least-privilege recipe of docs/scale-out.md, followed to the letter on a
// real PostgreSQL: a role that owns only its database migrates once
// (`switchboardd --migrate`), the workers then run as a role granted nothing
// but SELECT, INSERT, UPDATE and DELETE, deliver, heartbeat and answer the
// API, and never need (nor get) the right to change the schema.
#include "../support/pgtestdatabase.h"
#include "daemonprocess.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;

class tst_PgRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ownerMigratesOnce();
    void workerRoleDelivers();
    void workerRoleCannotChangeTheSchema();
    void workerRoleAloneCannotCreateTheSchema();

private:
    // Runs statements as `user` on `database`; the error text of the first that fails.
    QString exec(const QString &user, const QString &database, const QStringList &statements);
    QString url(const QString &user) const;

    StoreLocation m_server;
    QString m_suffix;
    QString m_database;
    QString m_owner;
    QString m_worker;
    QTemporaryDir m_dir;
};

QString tst_PgRoles::exec(const QString &user, const QString &database, const QStringList &statements)
{
    static int n = 0;
    const QString connection = u"pgroles-%1"_s.arg(++n);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(m_server.host);
        db.setPort(m_server.port);
        db.setUserName(user);
        db.setPassword(m_server.password);
        db.setDatabaseName(database);
        if (!db.open()) {
            failure = u"connect as %1: %2"_s.arg(user, db.lastError().text());
        } else {
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (!q.exec(sql)) {
                    failure = u"%1: %2"_s.arg(sql, q.lastError().text());
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return failure;
}

QString tst_PgRoles::url(const QString &user) const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, m_server.host).arg(m_server.port).arg(m_database);
}

void tst_PgRoles::initTestCase()
{
    auto server = PgTestDatabase::serverLocation();
    QVERIFY2(server, qPrintable(server ? QString() : server.error().message));
    m_server = *server;
    QVERIFY(m_dir.isValid());
    m_suffix
        = u"%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->bounded(100000));
    m_database = u"sb_roles_"_s + m_suffix;
    m_owner = u"sb_owner_"_s + m_suffix;
    m_worker = u"sb_worker_"_s + m_suffix;
    // docs/scale-out.md, "Set up the database", as the server's administrator.
    const QString admin = exec(m_server.user, m_server.database,
                               {u"CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"_s.arg(m_owner),
                                u"CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"_s.arg(m_worker),
                                u"CREATE DATABASE %1 OWNER %2"_s.arg(m_database, m_owner)});
    QVERIFY2(admin.isEmpty(), qPrintable(admin));
    const QString schema = exec(
        m_server.user, m_database,
        {u"ALTER SCHEMA public OWNER TO %1"_s.arg(m_owner), u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s});
    QVERIFY2(schema.isEmpty(), qPrintable(schema));
    QVERIFY(E2e::makeSecretsFile(m_dir.filePath(u"secrets.json"_s)));
}

void tst_PgRoles::cleanupTestCase()
{
    if (m_database.isEmpty())
        return;
    exec(m_server.user, m_server.database,
         {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database),
          u"DROP ROLE IF EXISTS %1"_s.arg(m_worker), u"DROP ROLE IF EXISTS %1"_s.arg(m_owner)});
}

void tst_PgRoles::ownerMigratesOnce()
{
    const E2e::Run run
        = E2e::runOnce({u"--database"_s, url(m_owner), u"--migrate"_s, u"--data-dir"_s,
                        m_dir.filePath(u"owner"_s), u"--secrets-file"_s, m_dir.filePath(u"secrets.json"_s)},
                       u"pgroles-token"_s, 60000);
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("is current"), run.out.constData());
    // A second run finds nothing to do, and says so.
    const E2e::Run again
        = E2e::runOnce({u"--database"_s, url(m_owner), u"--migrate"_s, u"--data-dir"_s,
                        m_dir.filePath(u"owner"_s), u"--secrets-file"_s, m_dir.filePath(u"secrets.json"_s)},
                       u"pgroles-token"_s, 60000);
    QVERIFY2(again.finished && again.exitCode == 0, again.err.constData());
    QVERIFY2(!again.err.contains("migrated"), again.err.constData());
    // docs/scale-out.md: the grants for the workers' role, as the owner.
    const QString grants
        = exec(m_owner, m_database,
               {u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(m_worker),
                u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(m_worker),
                u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(m_worker)});
    QVERIFY2(grants.isEmpty(), qPrintable(grants));
}

void tst_PgRoles::workerRoleDelivers()
{
    E2e::ReceiverThread receiver;
    E2e::Daemon daemon(m_dir.filePath(u"worker"_s), m_dir.filePath(u"secrets.json"_s), u"pgroles-token"_s);
    QVERIFY2(
        daemon.startAndWait({u"--database"_s, url(m_worker), u"--worker-id"_s, u"least-privilege"_s}, 60000),
        daemon.standardError().constData());
    QNetworkAccessManager nam;
    const QByteArray endpoint = QJsonDocument(QJsonObject{{u"url"_s, receiver->url(u"/hooks"_s).toString()},
                                                          {u"event_types"_s, QJsonArray{u"*"_s}}})
                                    .toJson(QJsonDocument::Compact);
    const E2e::ApiReply put
        = E2e::call(nam, "PUT", daemon.url(u"/v1/endpoints/crm"_s), daemon.token(), endpoint);
    QVERIFY2(put.status == 200 || put.status == 201, put.body.constData());
    const E2e::ApiReply posted
        = E2e::call(nam, "POST", daemon.url(u"/v1/messages?wait_ms=10000"_s), daemon.token(),
                    R"({"event_type":"call.completed","call_id":"call_roles","payload":{"duration_s":42}})");
    QVERIFY2(posted.status == 200 || posted.status == 202, posted.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(receiver->count(u"/hooks"_s), 1, 20000);
    // The worker shows in the fleet, so its heartbeat writes are allowed too.
    QTRY_VERIFY_WITH_TIMEOUT(
        E2e::call(nam, "GET", daemon.url(u"/v1/workers"_s), daemon.token()).body.contains("least-privilege"),
        15000);
    const E2e::ApiReply stats
        = E2e::call(nam, "GET", daemon.url(u"/v1/stats?window_s=3600"_s), daemon.token());
    QCOMPARE(stats.status, 200);
    daemon.kill();
    QVERIFY2(!daemon.standardError().contains("permission denied"), daemon.standardError().constData());
}

void tst_PgRoles::workerRoleCannotChangeTheSchema()
{
    const QString ddl = exec(m_worker, m_database, {u"CREATE TABLE intruder (x INT)"_s});
    QVERIFY2(ddl.contains(u"permission denied"_s), qPrintable(ddl));
    const QString drop = exec(m_worker, m_database, {u"DROP TABLE deliveries"_s});
    QVERIFY2(drop.contains(u"must be owner"_s) || drop.contains(u"permission denied"_s), qPrintable(drop));
}

void tst_PgRoles::workerRoleAloneCannotCreateTheSchema()
{
    // On an empty database the workers' role cannot migrate: the daemon refuses
    // to start and says why, instead of running on a half-made schema.
    const QString database = m_database + u"_empty"_s;
    QString made
        = exec(m_server.user, m_server.database, {u"CREATE DATABASE %1 OWNER %2"_s.arg(database, m_owner)});
    QVERIFY2(made.isEmpty(), qPrintable(made));
    made = exec(
        m_server.user, database,
        {u"ALTER SCHEMA public OWNER TO %1"_s.arg(m_owner), u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s});
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QString emptyUrl
        = u"postgresql://%1@%2:%3/%4"_s.arg(m_worker, m_server.host).arg(m_server.port).arg(database);
    const E2e::Run run
        = E2e::runOnce({u"--database"_s, emptyUrl, u"--data-dir"_s, m_dir.filePath(u"empty"_s), u"--listen"_s,
                        u"127.0.0.1:0"_s, u"--secrets-file"_s, m_dir.filePath(u"secrets.json"_s)},
                       u"pgroles-token"_s, 60000);
    exec(m_server.user, m_server.database, {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database)});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("permission denied"), run.err.constData());
}

QTEST_GUILESS_MAIN(tst_PgRoles)
#include "tst_pgroles.moc"
