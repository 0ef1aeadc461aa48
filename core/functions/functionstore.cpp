// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionstore.h"

#include "util/logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

SchemaModule functionsSchema()
{
    return {u"functions"_s,
            {{1,
              {u"CREATE TABLE functions (name TEXT PRIMARY KEY, config TEXT NOT NULL, created_at BIGINT NOT "
               u"NULL, "
               "updated_at BIGINT NOT NULL)"_s}}}};
}

namespace {
Error sqlError(const QSqlQuery &q, const QString &what)
{
    return Error::unavailable(u"store error while %1: %2"_s.arg(what, q.lastError().text()));
}
} // namespace

FunctionStore::FunctionStore(SqlStore &store) : m_store(store) { }

Result<QList<FunctionDef>> FunctionStore::list()
{
    QSqlQuery q(m_store.database());
    if (!q.exec(u"SELECT name, config, created_at, updated_at FROM functions ORDER BY name"_s))
        return sqlError(q, u"listing functions"_s);
    QList<FunctionDef> out;
    while (q.next()) {
        auto f = FunctionDef::fromJson(q.value(0).toString(),
                                       QJsonDocument::fromJson(q.value(1).toByteArray()).object());
        if (!f)
            continue;
        f->createdAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        f->updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        out.append(*f);
    }
    return out;
}

Result<std::optional<FunctionDef>> FunctionStore::get(const QString &name)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const FunctionDef &f : *all) {
        if (f.name == name)
            return std::optional<FunctionDef>(f);
    }
    return std::optional<FunctionDef>();
}

Result<bool> FunctionStore::upsert(const FunctionDef &function)
{
    QJsonObject config = function.toJson();
    config.remove(u"created_at"_s);
    config.remove(u"updated_at"_s);
    const QString json = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool created = false;
    Status st = m_store.transaction([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(u"UPDATE functions SET config = ?, updated_at = ? WHERE name = ?"_s);
        q.addBindValue(json);
        q.addBindValue(now);
        q.addBindValue(function.name);
        if (!q.exec())
            return sqlError(q, u"saving a function"_s);
        if (q.numRowsAffected() > 0)
            return Ok{};
        created = true;
        QSqlQuery ins(m_store.database());
        ins.prepare(u"INSERT INTO functions (name, config, created_at, updated_at) VALUES (?, ?, ?, ?)"_s);
        ins.addBindValue(function.name);
        ins.addBindValue(json);
        ins.addBindValue(now);
        ins.addBindValue(now);
        if (!ins.exec())
            return sqlError(ins, u"saving a function"_s);
        return Ok{};
    });
    if (!st)
        return st.error();
    return created;
}

Result<bool> FunctionStore::remove(const QString &name)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"DELETE FROM functions WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, u"removing a function"_s);
    return q.numRowsAffected() > 0;
}

} // namespace Switchboard
