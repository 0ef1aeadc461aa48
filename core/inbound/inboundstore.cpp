// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboundstore.h"

#include "store/sqlstore.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QVariant ms(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

Error sqlError(const QSqlQuery &q, const QString &what)
{
    qCWarning(lcInbound) << "store error:" << what << q.lastError().text();
    return Error::unavailable(u"store error while %1: %2"_s.arg(what, q.lastError().text()));
}

QString headersToText(const HeaderList &headers)
{
    QJsonArray arr;
    for (const auto &[name, value] : headers)
        arr.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

HeaderList headersFromText(const QString &text)
{
    HeaderList headers;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return headers;
}

QJsonObject headersJson(const HeaderList &headers)
{
    QJsonObject o;
    for (const auto &[name, value] : headers) {
        const QString key = QString::fromLatin1(name).toLower();
        const QString v = QString::fromLatin1(value);
        o.insert(key, o.contains(key) ? o.value(key).toString() + u", "_s + v : v);
    }
    return o;
}

const QString kEventColumns
    = u"id, source, received_at, status, http_status, reason, detail, peer, client, method, "
      "url, headers, body, body_size, body_truncated, raw_headers, raw_body, dedupe_key, "
      "message_id, call_id, duplicate_of, resubmit_of"_s;

InboundEvent readEvent(const QSqlQuery &q)
{
    InboundEvent e;
    e.id = q.value(0).toString();
    e.source = q.value(1).toString();
    e.receivedAt = fromMs(q.value(2));
    e.status = q.value(3).toString();
    e.httpStatus = q.value(4).toInt();
    e.reason = q.value(5).toString();
    e.detail = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.peer = q.value(7).toString();
    e.client = q.value(8).toString();
    e.method = q.value(9).toString();
    e.url = q.value(10).toString();
    e.headers = headersFromText(q.value(11).toString());
    e.body = q.value(12).toByteArray();
    e.bodySize = q.value(13).toLongLong();
    e.bodyTruncated = q.value(14).toInt() != 0;
    e.hasRaw = !q.value(16).isNull();
    e.rawHeaders = headersFromText(q.value(15).toString());
    e.rawBody = q.value(16).toByteArray();
    e.dedupeKey = q.value(17).toString();
    e.messageId = q.value(18).toString();
    e.callId = q.value(19).toString();
    e.duplicateOf = q.value(20).toString();
    e.resubmitOf = q.value(21).toString();
    return e;
}

} // namespace

QJsonObject InboundEvent::toJson(bool withDetail) const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o{
        {u"id"_s, id},
        {u"source"_s, source},
        {u"received_at"_s, toIsoUtc(receivedAt)},
        {u"status"_s, status},
        {u"http_status"_s, httpStatus},
        {u"reason"_s, reason},
        {u"client"_s, client},
        {u"body_size"_s, double(bodySize)},
        {u"dedupe_key"_s, orNull(dedupeKey)},
        {u"message_id"_s, orNull(messageId)},
        {u"call_id"_s, orNull(callId)},
        {u"duplicate_of"_s, orNull(duplicateOf)},
        {u"resubmit_of"_s, orNull(resubmitOf)},
        {u"resubmittable"_s, hasRaw},
    };
    if (!detail.isEmpty())
        o.insert(u"detail"_s, detail);
    if (withDetail) {
        o.insert(u"peer"_s, peer);
        o.insert(u"method"_s, method);
        o.insert(u"url"_s, url);
        o.insert(u"headers"_s, headersJson(headers));
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!bodyTruncated && (doc.isObject() || doc.isArray()))
            o.insert(u"body"_s, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        else
            o.insert(u"body"_s, QString::fromUtf8(body));
        o.insert(u"body_truncated"_s, bodyTruncated);
    }
    return o;
}

InboundStore::InboundStore(SqlStore &store) : m_store(store) { }

Result<QList<Source>> InboundStore::sources(qint64 maxBodyLimit)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT name, config, created_at, updated_at FROM sources ORDER BY name"_s))
        return sqlError(q, u"listing sources"_s);
    QList<Source> list;
    while (q.next()) {
        auto s = Source::fromJson(q.value(0).toString(),
                                  QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                                  maxBodyLimit);
        if (!s) {
            qCWarning(lcInbound) << "source" << q.value(0).toString()
                                 << "is stored unreadable:" << s.error().message;
            continue;
        }
        s->createdAt = fromMs(q.value(2));
        s->updatedAt = fromMs(q.value(3));
        list.append(*s);
    }
    return list;
}

Result<std::optional<Source>> InboundStore::source(const QString &name, qint64 maxBodyLimit)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT config, created_at, updated_at FROM sources WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, u"reading a source"_s);
    if (!q.next())
        return std::optional<Source>();
    auto s = Source::fromJson(name, QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
                              maxBodyLimit);
    if (!s)
        return Error::unavailable(
            u"source \"%1\" is stored in a form this build cannot read: %2; PUT it again"_s.arg(
                name, s.error().message));
    s->createdAt = fromMs(q.value(1));
    s->updatedAt = fromMs(q.value(2));
    return std::optional<Source>(*s);
}

Result<bool> InboundStore::upsertSource(const Source &source)
{
    QJsonObject config = source.toJson();
    for (const QString &key : {u"name"_s, u"created_at"_s, u"updated_at"_s})
        config.remove(key);
    const QString text = QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool created = false;
    Status st = m_store.transaction([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(u"UPDATE sources SET config = ?, updated_at = ? WHERE name = ?"_s);
        q.addBindValue(text);
        q.addBindValue(ms(now));
        q.addBindValue(source.name);
        if (!q.exec())
            return sqlError(q, u"saving a source"_s);
        if (q.numRowsAffected() > 0)
            return Ok{};
        QSqlQuery insert(m_store.database());
        insert.prepare(u"INSERT INTO sources (name, config, created_at, updated_at) VALUES (?, ?, ?, ?)"_s);
        insert.addBindValue(source.name);
        insert.addBindValue(text);
        insert.addBindValue(ms(now));
        insert.addBindValue(ms(now));
        if (!insert.exec())
            return sqlError(insert, u"creating a source"_s);
        created = true;
        return Ok{};
    });
    if (!st)
        return st.error();
    return created;
}

Result<bool> InboundStore::removeSource(const QString &name)
{
    bool removed = false;
    Status st = m_store.transaction([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(u"DELETE FROM sources WHERE name = ?"_s);
        q.addBindValue(name);
        if (!q.exec())
            return sqlError(q, u"removing a source"_s);
        removed = q.numRowsAffected() > 0;
        QSqlQuery seen(m_store.database());
        seen.prepare(u"DELETE FROM inbound_seen WHERE source = ?"_s);
        seen.addBindValue(name);
        if (!seen.exec())
            return sqlError(seen, u"forgetting a source's delivery ids"_s);
        return Ok{};
    });
    if (!st)
        return st.error();
    return removed;
}

Status InboundStore::record(const InboundEvent &e, const QStringList &keys, const QDateTime &expiresAt)
{
    return m_store.transaction([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(u"INSERT INTO inbound_events ("_s + kEventColumns
                  + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(e.id);
        q.addBindValue(e.source);
        q.addBindValue(ms(e.receivedAt));
        q.addBindValue(e.status);
        q.addBindValue(e.httpStatus);
        q.addBindValue(e.reason);
        q.addBindValue(e.detail.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(QString::fromUtf8(
                                              QJsonDocument(e.detail).toJson(QJsonDocument::Compact))));
        q.addBindValue(text(e.peer));
        q.addBindValue(text(e.client));
        q.addBindValue(text(e.method));
        q.addBindValue(text(e.url));
        q.addBindValue(headersToText(e.headers));
        q.addBindValue(e.body.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(e.body));
        q.addBindValue(e.bodySize);
        q.addBindValue(e.bodyTruncated ? 1 : 0);
        q.addBindValue(e.hasRaw ? QVariant(headersToText(e.rawHeaders))
                                : QVariant(QMetaType(QMetaType::QString)));
        // A zero-length raw body is still a body: store it as an empty blob, not NULL.
        q.addBindValue(e.hasRaw ? QVariant(e.rawBody.isNull() ? QByteArray("") : e.rawBody)
                                : QVariant(QMetaType(QMetaType::QByteArray)));
        q.addBindValue(text(e.dedupeKey));
        q.addBindValue(text(e.messageId));
        q.addBindValue(text(e.callId));
        q.addBindValue(text(e.duplicateOf));
        q.addBindValue(text(e.resubmitOf));
        if (!q.exec())
            return sqlError(q, u"recording an inbound request"_s);
        for (const QString &key : keys) {
            QSqlQuery k(m_store.database());
            // An expired key is taken over; a live one is left alone.
            k.prepare(
                u"INSERT INTO inbound_seen (source, dedupe_key, event_id, message_id, seen_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, dedupe_key) DO UPDATE SET "
                "event_id = excluded.event_id, message_id = excluded.message_id, seen_at = excluded.seen_at, "
                "expires_at = excluded.expires_at WHERE inbound_seen.expires_at <= excluded.seen_at"_s);
            k.addBindValue(e.source);
            k.addBindValue(key);
            k.addBindValue(e.id);
            k.addBindValue(text(e.messageId));
            k.addBindValue(ms(e.receivedAt));
            k.addBindValue(ms(expiresAt));
            if (!k.exec())
                return sqlError(k, u"remembering a delivery id"_s);
        }
        return Ok{};
    });
}

Result<std::optional<SeenKey>> InboundStore::seen(const QString &source, const QStringList &keys,
                                                  const QDateTime &now)
{
    for (const QString &key : keys) {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT event_id, message_id FROM inbound_seen WHERE source = ? AND dedupe_key = ? AND "
                  "expires_at > ?"_s);
        q.addBindValue(source);
        q.addBindValue(key);
        q.addBindValue(ms(now));
        if (!q.exec())
            return sqlError(q, u"looking up a delivery id"_s);
        if (q.next())
            return std::optional<SeenKey>(SeenKey{key, q.value(0).toString(), q.value(1).toString()});
    }
    return std::optional<SeenKey>();
}

Result<InboundPage> InboundStore::events(const InboundFilter &filter, int limit, const QString &cursor)
{
    QString sql = u"SELECT "_s + kEventColumns + u" FROM inbound_events WHERE 1 = 1"_s;
    QVariantList binds;
    if (!filter.source.isEmpty()) {
        sql += u" AND source = ?"_s;
        binds.append(filter.source);
    }
    if (!filter.status.isEmpty()) {
        sql += u" AND status = ?"_s;
        binds.append(filter.status);
    }
    if (!filter.callId.isEmpty()) {
        sql += u" AND call_id = ?"_s;
        binds.append(filter.callId);
    }
    if (!cursor.isEmpty()) {
        sql += u" AND id < ?"_s;
        binds.append(cursor);
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    binds.append(limit + 1);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, u"listing inbound requests"_s);
    InboundPage page;
    while (q.next())
        page.events.append(readEvent(q));
    if (page.events.size() > limit) {
        page.events.resize(limit);
        page.nextCursor = page.events.last().id;
    }
    return page;
}

Result<std::optional<InboundEvent>> InboundStore::event(const QString &id)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kEventColumns + u" FROM inbound_events WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, u"reading an inbound request"_s);
    if (!q.next())
        return std::optional<InboundEvent>();
    return std::optional<InboundEvent>(readEvent(q));
}

Result<int> InboundStore::prune(const QDateTime &now, qint64 keepLogS)
{
    int removed = 0;
    Status st = m_store.transaction([&]() -> Status {
        QSqlQuery seen(m_store.database());
        seen.prepare(u"DELETE FROM inbound_seen WHERE expires_at <= ?"_s);
        seen.addBindValue(ms(now));
        if (!seen.exec())
            return sqlError(seen, u"forgetting expired delivery ids"_s);
        removed += seen.numRowsAffected();
        QSqlQuery log(m_store.database());
        log.prepare(u"DELETE FROM inbound_events WHERE received_at < ?"_s);
        log.addBindValue(ms(now.addSecs(-keepLogS)));
        if (!log.exec())
            return sqlError(log, u"pruning the inbound log"_s);
        removed += log.numRowsAffected();
        return Ok{};
    });
    if (!st)
        return st.error();
    return removed;
}

} // namespace Switchboard
