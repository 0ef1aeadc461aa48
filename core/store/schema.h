// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Switchboard {

// One step of a module's schema; its statements run in one transaction.
// Types are written for both dialects: BIGINT, INTEGER and TEXT mean the same in
// SQLite and PostgreSQL; BLOB is rewritten to BYTEA for PostgreSQL.
struct Migration
{
    int version;
    QStringList statements;
};

// A feature's tables with their own version sequence ("core", "inbound",
// "metrics", ...), so features evolve their schema independently. The
// version of each is kept in meta as schema_version[:<module>].
struct SchemaModule
{
    QString name;
    QList<Migration> migrations;
};

// Every module, in the order SqlStore::migrate() applies them. A feature adds
// its schema function here.
QList<SchemaModule> schemaModules();

SchemaModule coreSchema();

} // namespace Switchboard
