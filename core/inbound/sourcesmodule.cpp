// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesmodule.h"

#include "api/apiserver.h"
#include "api/jsonbody.h"
#include "delivery/secretring.h"
#include "inbound/inboundmodule.h"
#include "inbound/inboundprocessor.h"
#include "inbound/inboundstore.h"
#include "inbound/sourcepresets.h"
#include "signing/outboundsigner.h"
#include "util/ids.h"
#include "util/logging.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

const QStringList &verdicts()
{
    static const QStringList list{u"accepted"_s,        u"duplicate"_s,  u"bad_signature"_s,
                                  u"stale_timestamp"_s, u"ip_denied"_s,  u"schema_invalid"_s,
                                  u"rule_failed"_s,     u"too_large"_s,  u"unsupported_media_type"_s,
                                  u"malformed"_s,       u"unavailable"_s};
    return list;
}

Error fieldError(const QString &field, const QString &message)
{
    return Error::invalid(field + u": "_s + message,
                          {QJsonObject{{u"field"_s, field}, {u"message"_s, message}}});
}

QString owner(const QString &source)
{
    return u"source:"_s + source;
}

// A secret as a sender would hand it over, checked for the scheme that uses it.
std::optional<Error> checkSecret(const QString &scheme, const QString &secret)
{
    if (secret.size() < 8 || secret.size() > 512)
        return fieldError(u"secret"_s, u"must be a string of 8 to 512 characters"_s);
    if (scheme == u"standard-webhooks") {
        auto key = StandardWebhooksSigner::decodeSecret(secret);
        if (!key)
            return fieldError(u"secret"_s, key.error().message);
    }
    if (scheme == u"header-token" && secret.size() < 16)
        return fieldError(u"secret"_s, u"a shared token must be at least 16 characters"_s);
    return std::nullopt;
}

} // namespace

SourcesModule::SourcesModule(std::shared_ptr<InboundProcessor> processor) : m_processor(std::move(processor))
{ }

bool SourcesModule::handle(const ApiContext &context, const QHttpServerRequest &request,
                           const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    if (path.value(0) != u"v1")
        return false;
    if (path.value(1) == u"sources") {
        routeSources(context, request, path, reply);
        return true;
    }
    if (path.value(1) == u"inbound") {
        routeInbound(context, request, path, reply);
        return true;
    }
    return false;
}

QJsonObject SourcesModule::sourceJson(const ApiContext &context, const Source &source)
{
    QJsonObject json = source.toJson();
    QJsonArray secrets;
    QJsonValue fingerprint;
    if (auto infos = context.store->secrets(owner(source.name))) {
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
    json.insert(u"secret_fingerprint"_s, fingerprint);
    json.insert(u"secrets"_s, secrets);
    return json;
}

void SourcesModule::routeSources(const ApiContext &context, const QHttpServerRequest &request,
                                 const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    using M = QHttpServerRequest::Method;
    const M method = request.method();
    InboundStore store(*context.store);
    if (path.size() == 2) {
        if (method != M::Get)
            return reply->error(405, u"method_not_allowed"_s, u"use GET to list sources"_s);
        auto list = store.sources(context.options->maxBodyBytes);
        if (!list)
            return reply->error(list.error());
        QJsonArray arr;
        for (const Source &s : *list)
            arr.append(sourceJson(context, s));
        return reply->json(200, QJsonObject{{u"sources"_s, arr}});
    }
    const QString name = path.at(2);
    if (path.size() == 3 && name == u"presets") {
        // The well-known senders' settings; "presets" is not a source name.
        if (method != M::Get)
            return reply->error(405, u"method_not_allowed"_s, u"use GET to list the presets"_s);
        return reply->json(200, QJsonObject{{u"presets"_s, SourcePreset::toJson()}});
    }
    if (path.size() == 3 && method == M::Put)
        return putSource(context, name, request, *reply);
    auto source = store.source(name, context.options->maxBodyBytes);
    if (!source)
        return reply->error(source.error());
    if (!source->has_value())
        return reply->error(Error::notFound(u"no source named \"%1\""_s.arg(name)));
    if (path.size() == 3) {
        if (method == M::Get)
            return reply->json(200, sourceJson(context, **source));
        if (method == M::Delete) {
            auto removed = store.removeSource(name);
            if (!removed)
                return reply->error(removed.error());
            m_processor->invalidate(name);
            SecretRing ring(*context.store, *context.secrets, context.instanceId);
            if (auto st = ring.removeAll(owner(name)); !st)
                qCWarning(lcInbound) << "source" << name
                                     << "removed, but its secrets could not be:" << st.error().message;
            return reply->noContent();
        }
        return reply->error(405, u"method_not_allowed"_s, u"use GET, PUT or DELETE"_s);
    }
    const QString action = path.mid(3).join(u'/');
    if (action == u"secret") {
        if (method != M::Put)
            return reply->error(405, u"method_not_allowed"_s, u"use PUT"_s);
        return putSecret(context, **source, request, *reply, false);
    }
    if (action == u"secret/rotate") {
        if (method != M::Post)
            return reply->error(405, u"method_not_allowed"_s, u"use POST"_s);
        return putSecret(context, **source, request, *reply, true);
    }
    reply->error(404, u"not_found"_s, u"no route for %1"_s.arg(request.url().path()));
}

void SourcesModule::putSource(const ApiContext &context, const QString &name,
                              const QHttpServerRequest &request, HttpReply &reply)
{
    if (!Source::isValidName(name))
        return reply.error(fieldError(u"name"_s, u"must match [a-z0-9][a-z0-9_-]{0,63}"_s));
    auto body = parseJsonObject(request);
    if (!body)
        return reply.error(body.error());
    auto source = Source::fromJson(name, *body, context.options->maxBodyBytes);
    if (!source)
        return reply.error(source.error());
    InboundStore store(*context.store);
    auto created = store.upsertSource(*source);
    if (!created)
        return reply.error(created.error());
    m_processor->invalidate(name);
    auto saved = store.source(name, context.options->maxBodyBytes);
    if (!saved || !saved->has_value())
        return reply.error(Error::unavailable(u"the source was saved but cannot be read back"_s));
    reply.json(*created ? 201 : 200, sourceJson(context, **saved));
}

void SourcesModule::putSecret(const ApiContext &context, const Source &source,
                              const QHttpServerRequest &request, HttpReply &reply, bool rotate)
{
    QJsonObject body;
    if (!rotate || !request.body().trimmed().isEmpty()) {
        auto parsed = parseJsonObject(request);
        if (!parsed)
            return reply.error(parsed.error());
        body = *parsed;
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"secret" && !(rotate && it.key() == u"grace_s"))
            return reply.error(fieldError(it.key(), u"unknown field"_s));
    }
    QString secret;
    bool generated = false;
    const QJsonValue v = body.value(u"secret"_s);
    if (v.isString()) {
        secret = v.toString();
    } else if (rotate && (v.isUndefined() || v.isNull())) {
        // Schemes where Switchboard may choose the secret and tell the sender;
        // the others' secrets come from the sender (Stripe, GitHub, Twilio, Shopify).
        if (source.scheme == u"standard-webhooks" || source.scheme == u"x-signature")
            secret = newWebhookSecret();
        else if (source.scheme == u"header-token")
            secret = newApiToken();
        else
            return reply.error(fieldError(u"secret"_s,
                                          u"is required: %1 issues the secret, copy the new one from "
                                          u"its console"_s.arg(source.scheme)));
        generated = true;
    } else {
        return reply.error(fieldError(u"secret"_s, u"is required: a string"_s));
    }
    if (auto error = checkSecret(source.scheme, secret))
        return reply.error(*error);

    SecretRing ring(*context.store, *context.secrets, context.instanceId);
    if (!rotate) {
        auto info = ring.set(owner(source.name), secret);
        if (!info)
            return reply.error(info.error());
        m_processor->invalidate(source.name);
        return reply.noContent();
    }
    qint64 graceS = SecretRing::kDefaultGraceS;
    const QJsonValue g = body.value(u"grace_s"_s);
    if (!g.isUndefined() && !g.isNull()) {
        const auto seconds = SecretRing::graceSeconds(g);
        if (!seconds)
            return reply.error(fieldError(u"grace_s"_s, QString::fromLatin1(SecretRing::kGraceRule)));
        graceS = *seconds;
    }
    auto info = ring.rotate(owner(source.name), secret, graceS);
    if (!info)
        return reply.error(info.error());
    m_processor->invalidate(source.name);
    QJsonObject json{{u"fingerprint"_s, info->fingerprint},
                     {u"previous_expire_at"_s, toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(graceS))},
                     {u"source"_s, sourceJson(context, source)}};
    if (generated)
        json.insert(u"secret"_s, secret);
    reply.json(200, json);
}

void SourcesModule::routeInbound(const ApiContext &context, const QHttpServerRequest &request,
                                 const QStringList &path, const std::shared_ptr<HttpReply> &reply)
{
    using M = QHttpServerRequest::Method;
    InboundStore store(*context.store);
    if (path.size() == 2) {
        if (request.method() != M::Get)
            return reply->error(405, u"method_not_allowed"_s, u"use GET"_s);
        const QUrlQuery query(request.url());
        InboundFilter filter;
        filter.source = query.queryItemValue(u"source"_s, QUrl::FullyDecoded);
        filter.status = query.queryItemValue(u"status"_s, QUrl::FullyDecoded);
        filter.callId = query.queryItemValue(u"call_id"_s, QUrl::FullyDecoded);
        if (!filter.status.isEmpty() && !verdicts().contains(filter.status))
            return reply->error(fieldError(u"status"_s, u"must be one of "_s + verdicts().join(u", "_s)));
        int limit = 100;
        if (query.hasQueryItem(u"limit"_s)) {
            bool ok = false;
            limit = query.queryItemValue(u"limit"_s).toInt(&ok);
            if (!ok || limit < 1 || limit > 1000)
                return reply->error(fieldError(u"limit"_s, u"must be from 1 to 1000"_s));
        }
        auto page = store.events(filter, limit, query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded));
        if (!page)
            return reply->error(page.error());
        QJsonArray arr;
        for (const InboundEvent &e : page->events)
            arr.append(e.toJson(false));
        return reply->json(
            200,
            QJsonObject{{u"inbound"_s, arr},
                        {u"next_cursor"_s,
                         page->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page->nextCursor)}});
    }
    const QString id = path.at(2);
    if (path.size() == 3) {
        if (request.method() != M::Get)
            return reply->error(405, u"method_not_allowed"_s, u"use GET"_s);
        auto event = store.event(id);
        if (!event)
            return reply->error(event.error());
        if (!event->has_value())
            return reply->error(Error::notFound(u"no inbound request %1"_s.arg(id)));
        return reply->json(200, (*event)->toJson(true));
    }
    if (path.size() == 4 && path.at(3) == u"resubmit") {
        if (request.method() != M::Post)
            return reply->error(405, u"method_not_allowed"_s, u"use POST"_s);
        return resubmit(context, id, request, reply);
    }
    reply->error(404, u"not_found"_s, u"no route for %1"_s.arg(request.url().path()));
}

void SourcesModule::resubmit(const ApiContext &context, const QString &id, const QHttpServerRequest &request,
                             const std::shared_ptr<HttpReply> &reply)
{
    ResubmitOptions options;
    options.originalId = id;
    if (!request.body().trimmed().isEmpty()) {
        auto body = parseJsonObject(request);
        if (!body)
            return reply->error(body.error());
        for (auto it = body->begin(); it != body->end(); ++it) {
            if (it.key() != u"force")
                return reply->error(fieldError(it.key(), u"unknown field"_s));
            if (!it.value().isBool())
                return reply->error(fieldError(u"force"_s, u"must be true or false"_s));
            options.force = it.value().toBool();
        }
    }
    InboundStore store(*context.store);
    auto event = store.event(id);
    if (!event)
        return reply->error(event.error());
    if (!event->has_value())
        return reply->error(Error::notFound(u"no inbound request %1"_s.arg(id)));
    const InboundEvent &original = **event;
    if (original.status == u"accepted" || original.status == u"duplicate")
        return reply->error(
            Error::conflict(u"%1 was %2; only rejected requests are resubmitted"_s.arg(id, original.status)));
    if (!original.hasRaw)
        return reply->error(
            Error::conflict(u"%1 was not kept (%2), so it cannot be resubmitted"_s.arg(id, original.status)));
    auto source = m_processor->source(context, original.source);
    if (!source)
        return reply->error(source.error());
    if (!source->has_value())
        return reply->error(Error::conflict(u"source \"%1\" no longer exists"_s.arg(original.source)));
    InboundRequest in;
    in.method = original.method;
    in.url = original.url;
    in.headers = original.rawHeaders;
    in.body = original.rawBody;
    in.peer = QHostAddress(original.peer);
    in.receivedAt = original.receivedAt;
    m_processor->process(context, **source, in, options, [reply](const InboundEvent &result) {
        if (result.status == u"unavailable")
            return InboundModule::answer(*reply, result);
        reply->json(200, result.toJson(false));
    });
}

} // namespace Switchboard
