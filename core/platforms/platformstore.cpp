// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformstore.h"

#include "util/logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

SchemaModule platformsSchema()
{
    return {u"platforms"_s,
            {{1,
              {u"CREATE TABLE platforms (name TEXT PRIMARY KEY, config TEXT NOT NULL, created_at BIGINT NOT "
               u"NULL, "
               "updated_at BIGINT NOT NULL)"_s}}}};
}

namespace {
Error sqlError(const QSqlQuery &q, const QString &what)
{
    return Error::unavailable(u"store error while %1: %2"_s.arg(what, q.lastError().text()));
}
} // namespace

PlatformStore::PlatformStore(SqlStore &store) : m_store(store) { }

Result<QList<PlatformConfig>> PlatformStore::list(qint64 maxBodyLimit)
{
    QSqlQuery q(m_store.database());
    if (!q.exec(u"SELECT name, config, created_at, updated_at FROM platforms ORDER BY name"_s))
        return sqlError(q, u"listing platforms"_s);
    QList<PlatformConfig> out;
    while (q.next()) {
        const QString name = q.value(0).toString();
        auto c = PlatformConfig::fromJson(name, QJsonDocument::fromJson(q.value(1).toByteArray()).object(),
                                          maxBodyLimit);
        if (!c) {
            qCWarning(lcPlatforms) << "stored platform" << name << "is not valid:" << c.error().message;
            continue;
        }
        c->createdAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        c->updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        out.append(*c);
    }
    return out;
}

Result<std::optional<PlatformConfig>> PlatformStore::get(const QString &name, qint64 maxBodyLimit)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT config, created_at, updated_at FROM platforms WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, u"reading a platform"_s);
    if (!q.next())
        return std::optional<PlatformConfig>();
    auto c = PlatformConfig::fromJson(name, QJsonDocument::fromJson(q.value(0).toByteArray()).object(),
                                      maxBodyLimit);
    if (!c)
        return Error::unavailable(u"the stored platform %1 is not valid: %2"_s.arg(name, c.error().message));
    c->createdAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    c->updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    return std::optional<PlatformConfig>(*c);
}

Result<bool> PlatformStore::upsert(const PlatformConfig &config)
{
    QJsonObject json = config.toJson();
    for (const QString &readOnly : {u"name"_s, u"url"_s, u"preset"_s, u"created_at"_s, u"updated_at"_s})
        json.remove(readOnly);
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool created = false;
    Status st = m_store.transaction([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(u"UPDATE platforms SET config = ?, updated_at = ? WHERE name = ?"_s);
        q.addBindValue(text);
        q.addBindValue(now);
        q.addBindValue(config.name);
        if (!q.exec())
            return sqlError(q, u"saving a platform"_s);
        if (q.numRowsAffected() > 0)
            return Ok{};
        created = true;
        QSqlQuery ins(m_store.database());
        ins.prepare(u"INSERT INTO platforms (name, config, created_at, updated_at) VALUES (?, ?, ?, ?)"_s);
        ins.addBindValue(config.name);
        ins.addBindValue(text);
        ins.addBindValue(now);
        ins.addBindValue(now);
        if (!ins.exec())
            return sqlError(ins, u"saving a platform"_s);
        return Ok{};
    });
    if (!st)
        return st.error();
    return created;
}

Result<bool> PlatformStore::remove(const QString &name)
{
    QSqlQuery q(m_store.database());
    q.prepare(u"DELETE FROM platforms WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, u"removing a platform"_s);
    return q.numRowsAffected() > 0;
}

} // namespace Switchboard
