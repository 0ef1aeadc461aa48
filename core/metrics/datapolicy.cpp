// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datapolicy.h"

#include "api/jsonbody.h"
#include "store/sqlstore.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

Result<std::optional<QJsonObject>> readMeta(SqlStore &store, const QString &key)
{
    QSqlQuery q(store.database());
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return Error::unavailable(u"store error while reading %1: %2"_s.arg(key, q.lastError().text()));
    if (!q.next())
        return std::optional<QJsonObject>();
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    if (!doc.isObject())
        return Error::unavailable(u"the stored %1 is not a JSON object"_s.arg(key));
    return std::optional<QJsonObject>(doc.object());
}

Status writeMeta(SqlStore &store, const QString &key, const QJsonObject &value)
{
    return store.transaction([&]() -> Status {
        QSqlQuery q(store.database());
        q.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(key);
        q.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return Error::unavailable(u"store error while saving %1: %2"_s.arg(key, q.lastError().text()));
        return Ok{};
    });
}

} // namespace

Result<std::optional<RetentionPolicy>> DataPolicy::loadRetention(SqlStore &store, const RetentionPolicy &base)
{
    auto json = readMeta(store, u"retention"_s);
    if (!json)
        return json.error();
    if (!*json)
        return std::optional<RetentionPolicy>();
    auto policy = RetentionPolicy::fromJson(**json, base);
    if (!policy)
        return policy.error();
    return std::optional<RetentionPolicy>(*policy);
}

Status DataPolicy::saveRetention(SqlStore &store, const RetentionPolicy &policy)
{
    return writeMeta(store, u"retention"_s, policy.toJson());
}

Result<std::optional<RedactionRules>> DataPolicy::loadRedaction(SqlStore &store)
{
    auto json = readMeta(store, u"redaction"_s);
    if (!json)
        return json.error();
    if (!*json)
        return std::optional<RedactionRules>();
    auto rules = RedactionRules::fromJson(**json);
    if (!rules)
        return rules.error();
    return std::optional<RedactionRules>(*rules);
}

Status DataPolicy::saveRedaction(SqlStore &store, const RedactionRules &rules)
{
    return writeMeta(store, u"redaction"_s, rules.toJson());
}

Status DataPolicy::applyStoredRedaction(SqlStore &store)
{
    auto rules = loadRedaction(store);
    if (!rules)
        return rules.error();
    if (!*rules)
        return Ok{};
    const auto current = Redactor::shared();
    if (current && current->rules().toJson() == (*rules)->toJson())
        return Ok{};
    Redactor::setShared(std::make_shared<const Redactor>(**rules));
    return Ok{};
}

bool DataPolicyRoutes::handle(const ApiContext &context, const QHttpServerRequest &request,
                              const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    if (path.size() != 2 || path.at(0) != u"v1" || (path.at(1) != u"retention" && path.at(1) != u"redaction"))
        return false;
    using M = QHttpServerRequest::Method;
    const bool retention = path.at(1) == u"retention";
    if (request.method() != M::Get && request.method() != M::Put) {
        reply->error(405, u"method_not_allowed"_s, u"use GET or PUT"_s);
        return true;
    }
    SqlStore &store = *context.store;
    if (retention) {
        auto stored = DataPolicy::loadRetention(store, RetentionPolicy{});
        if (!stored) {
            reply->error(stored.error());
            return true;
        }
        RetentionPolicy current = stored->value_or(RetentionPolicy{});
        if (request.method() == M::Put) {
            auto body = parseJsonObject(request);
            if (!body) {
                reply->error(body.error());
                return true;
            }
            auto changed = RetentionPolicy::fromJson(*body, current);
            if (!changed) {
                reply->error(changed.error());
                return true;
            }
            if (Status st = DataPolicy::saveRetention(store, *changed); !st) {
                reply->error(st.error());
                return true;
            }
            current = *changed;
        }
        reply->json(200, current.toJson());
        return true;
    }
    if (request.method() == M::Put) {
        auto body = parseJsonObject(request);
        if (!body) {
            reply->error(body.error());
            return true;
        }
        for (auto it = body->begin(); it != body->end(); ++it) {
            const bool known = it.key() == u"json_paths" || it.key() == u"patterns";
            if (!known || !it.value().isArray()) {
                const QString message = known ? u"must be an array of strings"_s : u"unknown field"_s;
                reply->error(Error::invalid(u"redaction: %1: %2"_s.arg(it.key(), message),
                                            {QJsonObject{{u"field"_s, it.key()}, {u"message"_s, message}}}));
                return true;
            }
        }
        auto rules = RedactionRules::fromJson(*body);
        if (!rules) {
            reply->error(rules.error());
            return true;
        }
        if (Status st = DataPolicy::saveRedaction(store, *rules); !st) {
            reply->error(st.error());
            return true;
        }
        Redactor::setShared(std::make_shared<const Redactor>(*rules));
        reply->json(200, rules->toJson());
        return true;
    }
    if (Status st = DataPolicy::applyStoredRedaction(store); !st) {
        reply->error(st.error());
        return true;
    }
    const auto shared = Redactor::shared();
    reply->json(200, shared ? shared->rules().toJson() : RedactionRules{}.toJson());
    return true;
}

} // namespace Switchboard
