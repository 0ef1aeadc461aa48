// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tests that need a real PostgreSQL: a database of their own on
// the private server scripts/with-postgres.sh starts (scripts/test.sh runs
// ctest inside it). Header-only so tests that link only switchboard_core can
// use it.

#include "store/sqlstore.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {

// A database created for one test executable and dropped when it ends, so
// tests running in parallel never share tables. Belongs to the thread that
// created it (it keeps no connection open between calls).
class PgTestDatabase final
{
public:
    PgTestDatabase() = default;
    ~PgTestDatabase() { drop(); }
    Q_DISABLE_COPY_MOVE(PgTestDatabase)

    // The server's URL, or an error telling how to get one. Tests FAIL on it:
    // a PostgreSQL test that silently skipped would prove nothing.
    static Result<StoreLocation> serverLocation()
    {
        using namespace Qt::StringLiterals;
        const QString url = qEnvironmentVariable("SWITCHBOARD_TEST_PG_URL");
        if (url.isEmpty()) {
            return Error::unavailable(
                u"SWITCHBOARD_TEST_PG_URL is not set: run the PostgreSQL tests through "
                "scripts/test.sh (or scripts/with-postgres.sh ctest ...), which starts a "
                "private server and sets it"_s);
        }
        auto loc = StoreLocation::parse(url);
        if (!loc)
            return Error::invalid(u"SWITCHBOARD_TEST_PG_URL: "_s + loc.error().message);
        return loc;
    }

    // Creates "<prefix>_<pid>_<random>" on the server.
    Status create(const QString &prefix)
    {
        using namespace Qt::StringLiterals;
        auto server = serverLocation();
        if (!server)
            return server.error();
        m_server = *server;
        const QString name = u"%1_%2_%3"_s.arg(prefix)
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QRandomGenerator::global()->bounded(1000000));
        if (auto st = admin(u"CREATE DATABASE \"%1\""_s.arg(name)); !st)
            return st;
        m_location = m_server;
        m_location.database = name;
        return Ok{};
    }

    StoreLocation location() const { return m_location; }
    // postgresql://user@host:port/db, for a daemon's --database (no password: trust or PGPASSWORD).
    QString url() const
    {
        using namespace Qt::StringLiterals;
        return u"postgresql://%1@%2:%3/%4"_s.arg(m_location.user, m_location.host)
            .arg(m_location.port)
            .arg(m_location.database);
    }

    // Empties the database (every table of every module), for a fresh start per test.
    Status reset()
    {
        using namespace Qt::StringLiterals;
        return run(m_location,
                   {u"SET client_min_messages = warning"_s, u"DROP SCHEMA IF EXISTS public CASCADE"_s,
                    u"CREATE SCHEMA public"_s});
    }

    // Restarts the server (with-postgres.sh's helper), as an outage would.
    static Status restartServer(const QString &how = QStringLiteral("restart"))
    {
        using namespace Qt::StringLiterals;
        const QString ctl = qEnvironmentVariable("SWITCHBOARD_TEST_PG_CTL");
        if (ctl.isEmpty())
            return Error::unavailable(u"SWITCHBOARD_TEST_PG_CTL is not set: run through scripts/test.sh"_s);
        QProcess p;
        p.start(ctl, {how});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return Error::unavailable(
                u"%1 %2 failed: %3"_s.arg(ctl, how, QString::fromLocal8Bit(p.readAllStandardError())));
        return Ok{};
    }

    void drop()
    {
        using namespace Qt::StringLiterals;
        if (m_location.database.isEmpty())
            return;
        admin(u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(m_location.database));
        m_location.database.clear();
    }

private:
    Status admin(const QString &sql) { return run(m_server, {sql}); }

    static Status run(const StoreLocation &loc, const QStringList &statements)
    {
        using namespace Qt::StringLiterals;
        static int n = 0;
        const QString connection = u"pgtestdatabase-%1"_s.arg(++n);
        Status status = Ok{};
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
            db.setHostName(loc.host);
            db.setPort(loc.port);
            db.setUserName(loc.user);
            db.setPassword(loc.password);
            db.setDatabaseName(loc.database);
            if (!db.open()) {
                status = Error::unavailable(
                    u"cannot reach the test PostgreSQL at %1: %2 (run the tests through "
                    "scripts/test.sh, which starts one)"_s.arg(loc.displayName(), db.lastError().text()));
            } else {
                for (const QString &sql : statements) {
                    QSqlQuery q(db);
                    if (!q.exec(sql)) {
                        status = Error::unavailable(u"%1: %2"_s.arg(sql, q.lastError().text()));
                        break;
                    }
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return status;
    }

    StoreLocation m_server;
    StoreLocation m_location;
};

} // namespace Switchboard
