// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformsadminmodule.h"

#include "api/apiserver.h"
#include "api/jsonbody.h"
#include "delivery/secretring.h"
#include "platforms/platformconfig.h"
#include "platforms/platformprocessor.h"
#include "platforms/platformstore.h"
#include "secrets/secretstore.h"
#include "signing/outboundsigner.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace Switchboard {

using namespace Qt::StringLiterals;

PlatformsAdminModule::PlatformsAdminModule(std::shared_ptr<PlatformProcessor> processor)
    : m_processor(std::move(processor))
{ }

QJsonObject PlatformsAdminModule::json(const ApiContext &context, const PlatformConfig &config) const
{
    QJsonObject o = config.toJson();
    QJsonArray secrets;
    QJsonValue fingerprint = QJsonValue::Null;
    if (auto infos = context.store->secrets(PlatformConfig::secretOwner(config.name))) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const SecretInfo &info : *infos) {
            if (info.expiresAt.isValid() && info.expiresAt <= now)
                continue;
            if (fingerprint.isNull())
                fingerprint = info.fingerprint;
            secrets.append(QJsonObject{
                {u"fingerprint"_s, info.fingerprint},
                {u"created_at"_s, toIsoUtc(info.createdAt)},
                {u"expires_at"_s,
                 info.expiresAt.isValid() ? QJsonValue(toIsoUtc(info.expiresAt)) : QJsonValue()}});
        }
    }
    o.insert(u"secret_fingerprint"_s, fingerprint);
    o.insert(u"secrets"_s, secrets);
    return o;
}

bool PlatformsAdminModule::handle(const ApiContext &context, const QHttpServerRequest &request,
                                  const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    if (path.value(0) != u"v1" || path.value(1) != u"platforms")
        return false;
    using M = QHttpServerRequest::Method;
    const M method = request.method();
    const qint64 limit = context.options->maxBodyBytes;
    PlatformStore store(*context.store);
    if (path.size() == 2) {
        if (method != M::Get) {
            reply->error(405, u"method_not_allowed"_s, u"use GET to list the platform connections"_s);
            return true;
        }
        auto list = store.list(limit);
        if (!list) {
            reply->error(list.error());
            return true;
        }
        QJsonArray out;
        for (const PlatformConfig &c : *list)
            out.append(json(context, c));
        reply->json(200, QJsonObject{{u"platforms"_s, out}});
        return true;
    }
    const QString name = path.at(2);
    if (path.size() == 4 && path.at(3) == u"secret") {
        if (method != M::Put) {
            reply->error(405, u"method_not_allowed"_s, u"use PUT"_s);
            return true;
        }
        putSecret(context, name, request, reply, false);
        return true;
    }
    if (path.size() == 5 && path.at(3) == u"secret" && path.at(4) == u"rotate") {
        if (method != M::Post) {
            reply->error(405, u"method_not_allowed"_s, u"use POST"_s);
            return true;
        }
        putSecret(context, name, request, reply, true);
        return true;
    }
    if (path.size() != 3) {
        reply->error(404, u"not_found"_s, u"no route for %1"_s.arg(request.url().path()));
        return true;
    }
    if (method == M::Put) {
        auto body = parseJsonObject(request);
        if (!body) {
            reply->error(body.error());
            return true;
        }
        auto config = PlatformConfig::fromJson(name, *body, limit);
        if (!config) {
            reply->error(config.error());
            return true;
        }
        auto created = store.upsert(*config);
        if (!created) {
            reply->error(created.error());
            return true;
        }
        m_processor->invalidate(name);
        auto saved = store.get(name, limit);
        reply->json(*created ? 201 : 200, json(context, saved && saved->has_value() ? **saved : *config));
        return true;
    }
    auto config = store.get(name, limit);
    if (!config) {
        reply->error(config.error());
        return true;
    }
    if (!config->has_value()) {
        reply->error(Error::notFound(u"no platform connection named \"%1\""_s.arg(name)));
        return true;
    }
    if (method == M::Get) {
        reply->json(200, json(context, **config));
        return true;
    }
    if (method == M::Delete) {
        auto removed = store.remove(name);
        if (!removed) {
            reply->error(removed.error());
            return true;
        }
        SecretRing ring(*context.store, *context.secrets, context.instanceId);
        if (Status st = ring.removeAll(PlatformConfig::secretOwner(name)); !st) {
            reply->error(st.error());
            return true;
        }
        m_processor->invalidate(name);
        reply->noContent();
        return true;
    }
    reply->error(405, u"method_not_allowed"_s, u"use GET, PUT or DELETE"_s);
    return true;
}

void PlatformsAdminModule::putSecret(const ApiContext &context, const QString &name,
                                     const QHttpServerRequest &request,
                                     const std::shared_ptr<HttpReply> &reply, bool rotate)
{
    PlatformStore store(*context.store);
    auto config = store.get(name, context.options->maxBodyBytes);
    if (!config)
        return reply->error(config.error());
    if (!config->has_value())
        return reply->error(Error::notFound(u"no platform connection named \"%1\""_s.arg(name)));
    auto body = parseJsonObject(request);
    if (!body)
        return reply->error(body.error());
    auto fieldInvalid = [&](const QString &field, const QString &message) {
        reply->error(Error::invalid(field + u": "_s + message,
                                    {QJsonObject{{u"field"_s, field}, {u"message"_s, message}}}));
    };
    auto invalid = [&](const QString &message) { fieldInvalid(u"secret"_s, message); };
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != u"secret" && !(rotate && it.key() == u"grace_s"))
            return fieldInvalid(it.key(), u"unknown field"_s);
    }
    qint64 graceS = SecretRing::kDefaultGraceS;
    const QJsonValue g = body->value(u"grace_s"_s);
    if (!g.isUndefined() && !g.isNull()) {
        const auto seconds = SecretRing::graceSeconds(g);
        if (!seconds)
            return fieldInvalid(u"grace_s"_s, QString::fromLatin1(SecretRing::kGraceRule));
        graceS = *seconds;
    }
    const QJsonValue v = body->value(u"secret"_s);
    if (!v.isString() || v.toString().size() < 8 || v.toString().size() > 512)
        return invalid(u"is required: %1, 8 to 512 characters"_s.arg((*config)->preset().defaultSecretHint));
    const QString secret = v.toString();
    if (secret.trimmed() != secret)
        return invalid(u"has leading or trailing whitespace; paste it exactly as the platform shows it"_s);
    if ((*config)->platform == u"openai") {
        auto key = StandardWebhooksSigner::decodeSecret(secret);
        if (!key || key->size() < 16)
            return invalid(u"must be the whsec_ secret OpenAI showed for the webhook"_s);
    }
    SecretRing ring(*context.store, *context.secrets, context.instanceId);
    if (!rotate) {
        if (auto info = ring.set(PlatformConfig::secretOwner(name), secret); !info)
            return reply->error(info.error());
        m_processor->invalidate(name);
        return reply->noContent();
    }
    // The platform's dashboard switches to the new secret at one moment; requests
    // signed with the previous ones (in flight, or retried) keep verifying for grace_s.
    auto info = ring.rotate(PlatformConfig::secretOwner(name), secret, graceS);
    if (!info)
        return reply->error(info.error());
    m_processor->invalidate(name);
    reply->json(
        200,
        QJsonObject{{u"fingerprint"_s, info->fingerprint},
                    {u"previous_expire_at"_s, toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(graceS))},
                    {u"platform"_s, json(context, **config)}});
}

} // namespace Switchboard
