// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboundprocessor.h"

#include "api/apiserver.h"
#include "api/routemodule.h"
#include "delivery/engine.h"
#include "delivery/secretring.h"
#include "inbound/headertokenverifier.h"
#include "inbound/signaturediagnosis.h"
#include "metrics/inboundmetrics.h"
#include "signing/verifiers.h"
#include "util/ids.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSourceCacheMs = 5000;
constexpr qint64 kSecretCacheS = 60;
constexpr qint64 kPruneEveryS = 3600;
constexpr qint64 kKeepLogS = 30 * 86400;
constexpr qsizetype kMaxIdLength = 200;

int statusFor(const QString &verdict)
{
    static const QHash<QString, int> map{
        {u"accepted"_s, 200},
        {u"duplicate"_s, 200},
        {u"bad_signature"_s, 401},
        {u"stale_timestamp"_s, 401},
        {u"ip_denied"_s, 403},
        {u"too_large"_s, 413},
        {u"unsupported_media_type"_s, 415},
        {u"malformed"_s, 400},
        {u"schema_invalid"_s, 422},
        {u"rule_failed"_s, 422},
        {u"unavailable"_s, 503},
    };
    return map.value(verdict, 503);
}

// Headers that carry credentials rather than signatures: never stored as they are.
bool isCredential(const QByteArray &name, const QByteArray &tokenHeader)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0
        || name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0
        || name.compare("Cookie", Qt::CaseInsensitive) == 0
        || (!tokenHeader.isEmpty() && name.compare(tokenHeader, Qt::CaseInsensitive) == 0);
}

QByteArray maskValue(const QByteArray &name, const QByteArray &value, const QByteArray &tokenHeader)
{
    const QByteArray lower = name.toLower();
    if (lower == "webhook-signature" || lower == "svix-signature") {
        QList<QByteArray> parts;
        for (const QByteArray &entry : value.split(' ')) {
            const qsizetype comma = entry.indexOf(',');
            parts.append(comma >= 0 ? entry.left(comma + 1) + "***" : QByteArray("***"));
        }
        return parts.join(' ');
    }
    if (lower == "stripe-signature") {
        QList<QByteArray> parts;
        for (const QByteArray &item : value.split(',')) {
            const QByteArray key = item.left(item.indexOf('=')).trimmed();
            parts.append(key == "t" ? item.trimmed() : key + "=***");
        }
        return parts.join(',');
    }
    if (lower == "x-hub-signature-256" || lower == "x-hub-signature" || lower == "x-signature") {
        const qsizetype eq = value.indexOf('=');
        return eq >= 0 ? value.left(eq + 1) + "***" : QByteArray("***");
    }
    if (lower == "authorization" || lower == "proxy-authorization") {
        const qsizetype space = value.indexOf(' ');
        return space >= 0 ? value.left(space + 1) + "***" : QByteArray("***");
    }
    if (lower == "x-twilio-signature" || lower == "x-shopify-hmac-sha256" || lower == "cookie"
        || (!tokenHeader.isEmpty() && lower == tokenHeader.toLower()))
        return "***";
    return value;
}

QString hashKey(QByteArrayView bytes)
{
    return u"sha256:"_s
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A scalar at a path as text (strings as they are, whole numbers without a
// fraction), or empty.
QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    return {};
}

// The de-duplication keys of a request: the sender's delivery id ("id:<id>"),
// plus the body's hash when there is no id or the id is not covered by the
// signature (a replayed body with a fresh unsigned id is still a duplicate).
QStringList dedupeKeys(const Source &source, const VerifyInput &in, const QJsonValue &document,
                       QString *idText)
{
    if (!source.dedupe.enabled)
        return {};
    QString id;
    bool idSigned = false;
    const bool signsBody = source.scheme != u"header-token";
    if (!source.dedupe.header.isEmpty()) {
        id = QString::fromLatin1(in.header(source.dedupe.header));
    } else if (source.dedupe.jsonPath) {
        id = scalarText(source.dedupe.jsonPath->evaluate(document).value_or(QJsonValue()));
        idSigned = signsBody;
    } else if (source.scheme == u"standard-webhooks") {
        id = QString::fromLatin1(in.hasHeader("webhook-id") ? in.header("webhook-id") : in.header("svix-id"));
        idSigned = true;
    } else if (source.scheme == u"stripe") {
        id = scalarText(document.toObject().value(u"id"_s));
        idSigned = true;
    } else if (source.scheme == u"github") {
        id = QString::fromLatin1(in.header("X-GitHub-Delivery"));
    } else if (source.scheme == u"shopify") {
        id = QString::fromLatin1(in.header("X-Shopify-Webhook-Id"));
    } else if (source.scheme == u"twilio") {
        id = QString::fromLatin1(in.header("I-Twilio-Idempotency-Token"));
    }
    QStringList keys;
    if (!id.isEmpty()) {
        *idText = id;
        keys.append(id.size() > kMaxIdLength ? u"id:"_s + hashKey(id.toUtf8()) : u"id:"_s + id);
    }
    if (id.isEmpty() || !idSigned)
        keys.append(hashKey(in.body));
    return keys;
}

QJsonObject formToJson(const QList<QPair<QString, QString>> &params)
{
    QJsonObject o;
    for (const auto &[name, value] : params) {
        const QJsonValue existing = o.value(name);
        if (existing.isUndefined()) {
            o.insert(name, value);
        } else {
            QJsonArray arr = existing.isArray() ? existing.toArray() : QJsonArray{existing};
            arr.append(value);
            o.insert(name, arr);
        }
    }
    return o;
}

QString rangesText(const QList<IpAllowlist::Subnet> &ranges)
{
    QStringList out;
    for (const auto &r : ranges)
        out.append(IpAllowlist::rangeText(r));
    return out.join(u", "_s);
}

} // namespace

QString tooLargeReason(qint64 size, bool atLeast, qint64 limit, const QString &what)
{
    const QLocale english(QLocale::English);
    return u"body is %1%2 bytes; %3 limit max_body_bytes is %4 (raise it with PUT, up to %5, if the sender "
           u"really sends this much)"_s.arg(atLeast ? u"more than "_s : QString(), english.toString(size),
                                            what, english.toString(limit),
                                            english.toString(kMaxRouteBodyBytes));
}

struct InboundProcessor::CachedSource
{
    std::optional<Source> source;
    QDateTime loadedAt;
};

struct InboundProcessor::CachedSecrets
{
    QStringList values;
    QDateTime validUntil;
};

InboundProcessor::InboundProcessor() = default;
InboundProcessor::~InboundProcessor() = default;

HeaderList InboundProcessor::maskedHeaders(const HeaderList &headers, const QByteArray &tokenHeader)
{
    HeaderList out;
    for (const auto &[name, value] : headers)
        out.append({name, maskValue(name, value, tokenHeader)});
    return out;
}

Result<std::optional<Source>> InboundProcessor::source(const ApiContext &context, const QString &name)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto cached = m_sources.value(name); cached && cached->loadedAt.msecsTo(now) < kSourceCacheMs)
        return cached->source;
    InboundStore store(*context.store);
    auto loaded = store.source(name, context.options->maxBodyBytes);
    if (!loaded)
        return loaded;
    auto entry = std::make_shared<CachedSource>();
    entry->source = *loaded;
    entry->loadedAt = now;
    m_sources.insert(name, entry);
    return *loaded;
}

void InboundProcessor::invalidate(const QString &name)
{
    m_sources.remove(name);
    m_secrets.remove(name);
}

Result<QStringList> InboundProcessor::secrets(const ApiContext &context, const Source &source)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto cached = m_secrets.value(source.name); cached && now < cached->validUntil)
        return cached->values;
    const QString owner = u"source:"_s + source.name;
    SecretRing ring(*context.store, *context.secrets, context.instanceId);
    auto values = ring.active(owner, now);
    if (!values)
        return values;
    auto entry = std::make_shared<CachedSecrets>();
    entry->values = *values;
    entry->validUntil = now.addSecs(kSecretCacheS);
    // A rotated-out secret must stop verifying when its grace ends, not up to a
    // cache lifetime later.
    if (auto infos = ring.list(owner)) {
        for (const SecretInfo &info : *infos) {
            if (info.expiresAt.isValid() && info.expiresAt < entry->validUntil)
                entry->validUntil = info.expiresAt;
        }
    }
    m_secrets.insert(source.name, entry);
    return *values;
}

InboundVerifier *InboundProcessor::verifier(const Source &source)
{
    const QString key = source.scheme + u'/' + QString::fromLatin1(source.tokenHeader);
    auto it = m_verifiers.find(key);
    if (it == m_verifiers.end()) {
        std::shared_ptr<InboundVerifier> v;
        if (source.scheme == u"header-token")
            v = std::make_shared<HeaderTokenVerifier>(source.tokenHeader);
        else
            v = std::shared_ptr<InboundVerifier>(createVerifier(source.scheme));
        it = m_verifiers.insert(key, v);
    }
    return it.value().get();
}

void InboundProcessor::pruneNow(const ApiContext &context)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastPrune.isValid() && m_lastPrune.secsTo(now) < kPruneEveryS)
        return;
    m_lastPrune = now;
    InboundStore store(*context.store);
    if (auto removed = store.prune(now, kKeepLogS); !removed)
        qCWarning(lcInbound) << "could not prune the inbound log:" << removed.error().message;
    else if (*removed > 0)
        qCInfo(lcInbound) << "pruned" << *removed << "expired inbound rows";
}

void InboundProcessor::process(const ApiContext &context, const Source &source, const InboundRequest &request,
                               const ResubmitOptions &options, Callback done)
{
    pruneNow(context);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    InboundEvent event;
    event.id = newId(u"evt_");
    event.source = source.name;
    event.receivedAt = now;
    event.peer = IpAllowlist::normalized(request.peer).toString();
    event.method = request.method;
    event.url = request.url;
    event.headers = maskedHeaders(request.headers, source.tokenHeader);
    const qint64 bodySize = request.bodySize();
    event.body = request.body.left(InboundEvent::kMaxLoggedBody);
    event.bodySize = bodySize;
    event.bodyTruncated = bodySize > event.body.size();
    event.resubmitOf = options.originalId;
    if (options.force)
        event.detail.insert(u"forced"_s, true);

    // A rejected request keeps its bytes (bounded by the source's limit) and its
    // headers without credentials, so an operator can resubmit it after a fix.
    auto keepRaw = [&event, &request, &source, bodySize]() {
        if (bodySize > source.maxBodyBytes || request.unreadBodySize >= 0)
            return;
        event.hasRaw = true;
        event.rawBody = request.body;
        for (const auto &h : request.headers) {
            if (!isCredential(h.first, source.tokenHeader))
                event.rawHeaders.append(h);
        }
    };
    auto reject = [&](const QString &verdict, const QString &reason) {
        event.status = verdict;
        event.httpStatus = statusFor(verdict);
        event.reason = reason;
        keepRaw();
        finish(context, event, {}, source, done);
    };

    // 1. Address.
    VerifyInput in;
    in.body = request.body;
    in.headers = request.headers;
    in.url = source.publicUrl;
    const QByteArray forwardedFor = in.header("X-Forwarded-For");
    const QHostAddress client = source.allowlist.clientAddress(request.peer, forwardedFor);
    event.client = client.isNull() ? QString() : client.toString();
    if (!options.force && !source.allowlist.allows(client)) {
        QString reason = client.isNull()
            ? u"a trusted proxy sent an X-Forwarded-For that is not a list of addresses (%1)"_s.arg(
                QString::fromLatin1(forwardedFor.left(200)))
            : u"%1 is not in allow_ips (%2)"_s.arg(client.toString(), rangesText(source.allowIps));
        if (!forwardedFor.isEmpty() && client == IpAllowlist::normalized(request.peer))
            reason += u"; X-Forwarded-For was ignored because the peer %1 is not in trusted_proxies"_s.arg(
                event.peer);
        return reject(u"ip_denied"_s, reason);
    }

    // 2. Size (the server's size gate usually refused it before the body was read).
    if (bodySize > source.maxBodyBytes || request.unreadBodySize >= 0) {
        event.detail.insert(u"max_body_bytes"_s, double(source.maxBodyBytes));
        return reject(u"too_large"_s,
                      tooLargeReason(bodySize, request.unreadChunked, source.maxBodyBytes, u"source"_s));
    }

    // 3. Signature and timestamp, over the raw bytes.
    if (!options.force) {
        auto secrets = this->secrets(context, source);
        if (!secrets) {
            return reject(u"unavailable"_s,
                          u"the source's secrets cannot be read: "_s + secrets.error().message);
        }
        InboundVerifier *v = verifier(source);
        const qint64 nowS = request.receivedAt.toSecsSinceEpoch();
        const Status verified = v ? v->verify(in, *secrets, nowS, source.toleranceS)
                                  : Status(Error::unavailable(u"no verifier for scheme "_s + source.scheme));
        if (!verified) {
            const Error &error = verified.error();
            const QJsonObject detail = error.details.at(0).toObject();
            for (auto it = detail.begin(); it != detail.end(); ++it)
                event.detail.insert(it.key(), it.value());
            const Diagnosis diagnosis
                = SignatureDiagnosis::diagnose(source, in, *secrets, nowS, error, request.url);
            event.detail.insert(u"cause"_s, diagnosis.cause);
            QString reason = error.message;
            if (!diagnosis.hint.isEmpty())
                reason += u". Most likely: "_s + diagnosis.hint;
            if (error.code == Error::Code::Unavailable)
                return reject(u"unavailable"_s, reason);
            const bool stale = detail.value(u"reason"_s).toString() == u"timestamp_skew";
            return reject(stale ? u"stale_timestamp"_s : u"bad_signature"_s, reason);
        }
    }

    // 4. Media type and document.
    const QByteArray type = in.header("Content-Type").split(';').value(0).trimmed().toLower();
    QJsonValue document;
    QByteArray payload;
    if (type.isEmpty() || type == "application/json" || type.endsWith("+json")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || doc.isNull()) {
            return reject(u"malformed"_s,
                          u"the body is not a JSON object or array: %1 at byte %2"_s.arg(error.errorString())
                              .arg(error.offset));
        }
        document = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        payload = request.body.trimmed();
    } else if (type == "application/x-www-form-urlencoded") {
        const QJsonObject form = formToJson(parseFormUrlEncoded(request.body));
        document = form;
        payload = QJsonDocument(form).toJson(QJsonDocument::Compact);
    } else {
        return reject(u"unsupported_media_type"_s,
                      u"the body is %1; this source takes application/json (or +json) or "
                      u"application/x-www-form-urlencoded"_s.arg(QString::fromLatin1(type.left(100))));
    }
    if (source.forward && source.forward->callIdPath) {
        const QString callId
            = scalarText(source.forward->callIdPath->evaluate(document).value_or(QJsonValue()));
        if (!callId.isEmpty() && callId.size() <= 128)
            event.callId = callId;
    }

    // 5. Duplicates: answered 2xx, not processed again.
    QString idText;
    const QStringList keys = dedupeKeys(source, in, document, &idText);
    if (!keys.isEmpty())
        event.dedupeKey = keys.first();
    InboundStore store(*context.store);
    if (!keys.isEmpty()) {
        auto seen = store.seen(source.name, keys, now);
        if (!seen)
            return reject(u"unavailable"_s, u"the duplicate check failed: "_s + seen.error().message);
        if (seen->has_value()) {
            event.status = u"duplicate"_s;
            event.httpStatus = 200;
            event.duplicateOf = (*seen)->eventId;
            event.messageId = (*seen)->messageId;
            event.reason = (*seen)->key.startsWith(u"id:")
                ? u"delivery id %1 was accepted before as %2; not forwarded again"_s.arg(idText,
                                                                                         (*seen)->eventId)
                : u"the same body was accepted before as %1; not forwarded again"_s.arg((*seen)->eventId);
            return finish(context, event, {}, source, done);
        }
    }

    // 6. Never trust incoming data: the schema, then the operator's rules.
    if (!source.schema.isNull()) {
        const QStringList problems = source.schema.validate(document);
        if (!problems.isEmpty()) {
            event.detail.insert(u"errors"_s, QJsonArray::fromStringList(problems));
            return reject(u"schema_invalid"_s, problems.join(u"; "_s));
        }
    }
    if (Status st = source.rules.check(document, request.receivedAt, source.toleranceS); !st) {
        event.detail.insert(u"rule"_s, st.error().details.at(0).toObject().value(u"rule"_s));
        return reject(u"rule_failed"_s, st.error().message);
    }

    // 7. Accepted: stored, and forwarded through the engine's group commit.
    if (!source.forward) {
        event.status = u"accepted"_s;
        event.httpStatus = 200;
        event.reason = u"verified and stored (the source forwards nothing)"_s;
        return finish(context, event, keys, source, done);
    }
    EnqueueRequest out;
    out.eventType = source.forward->eventType;
    static const QRegularExpression placeholder(u"\\{(\\$[^}]*)\\}"_s);
    for (auto m = placeholder.globalMatch(source.forward->eventType); m.hasNext();) {
        const auto match = m.next();
        const auto path = JsonPath::parse(match.captured(1));
        const QString value = path ? scalarText(path->evaluate(document).value_or(QJsonValue())) : QString();
        if (value.isEmpty()) {
            return reject(u"rule_failed"_s,
                          u"forward.event_type: %1 is missing or not a string, so the event type "
                          u"cannot be made"_s.arg(match.captured(1)));
        }
        out.eventType.replace(match.captured(0), value);
    }
    if (!isValidEventType(out.eventType)) {
        return reject(u"rule_failed"_s,
                      u"forward.event_type: \"%1\" is not a valid event type"_s.arg(out.eventType.left(200)));
    }
    event.detail.insert(u"event_type"_s, out.eventType);
    out.payload = payload;
    out.endpoints = source.forward->endpoints;
    out.callId = event.callId;
    if (!keys.isEmpty()) {
        // The engine's idempotency key makes the forward itself exactly-once per
        // delivery id, even for two copies racing through here.
        out.idempotencyKey = u"inbound:"_s + source.name + u':' + keys.first();
        if (out.idempotencyKey.size() > 255)
            out.idempotencyKey = u"inbound:"_s + source.name + u':' + hashKey(keys.first().toUtf8());
    }
    // The original bytes are kept until the outcome is known: a request whose
    // forward failed can be resubmitted.
    const ApiContext ctx = context;
    context.engine->enqueue(
        out, &m_context,
        [this, ctx, event, keys, source, done, rawBody = request.body,
         headers = request.headers](const Result<EnqueueResult> &result) mutable {
            if (!result) {
                const Error &error = result.error();
                if (error.code == Error::Code::Conflict) {
                    event.status = u"duplicate"_s;
                    event.httpStatus = 200;
                    event.reason
                        = u"delivery id was forwarded before with a different body; not forwarded again"_s;
                    return finish(ctx, event, {}, source, done);
                }
                event.status = u"unavailable"_s;
                event.httpStatus = 503;
                event.reason
                    = u"verified, but not forwarded: "_s + error.message + u" (the sender will retry)"_s;
                event.hasRaw = true;
                event.rawBody = rawBody;
                for (const auto &h : headers) {
                    if (!isCredential(h.first, source.tokenHeader))
                        event.rawHeaders.append(h);
                }
                return finish(ctx, event, {}, source, done);
            }
            event.messageId = result->messageId;
            if (result->duplicate) {
                event.status = u"duplicate"_s;
                event.httpStatus = 200;
                event.reason = u"already forwarded as %1; not forwarded again"_s.arg(result->messageId);
                return finish(ctx, event, {}, source, done);
            }
            event.status = u"accepted"_s;
            event.httpStatus = 200;
            QStringList endpoints;
            for (const DeliveryRef &d : result->deliveries)
                endpoints.append(d.endpoint);
            event.reason = u"forwarded as %1 (%2) to %3"_s.arg(
                result->messageId, event.detail.value(u"event_type"_s).toString(), endpoints.join(u", "_s));
            finish(ctx, event, keys, source, done);
        });
}

void InboundProcessor::finish(const ApiContext &context, InboundEvent event, const QStringList &keys,
                              const Source &source, const Callback &done)
{
    InboundStore store(*context.store);
    const QDateTime expires = event.receivedAt.addSecs(source.dedupe.windowS);
    // The rollups and /metrics count the request in the same transaction as its log row.
    if (Status st = InboundMetrics::record(
            context, event,
            [&]() {
                return store.record(event, event.status == u"accepted" ? keys : QStringList(), expires);
            });
        !st) {
        qCWarning(lcInbound) << "could not log inbound request" << event.id << "of" << source.name << ":"
                             << st.error().message;
        // A 2xx promises the event is stored: without the log entry it is not
        // (a forwarded message is, and the sender's retry will be a duplicate of it).
        if (event.httpStatus < 300) {
            event.status = u"unavailable"_s;
            event.httpStatus = 503;
            event.reason = u"the event could not be stored: "_s + st.error().message;
        }
    } else {
        qCInfo(lcInbound) << source.name << event.id << event.status << event.httpStatus;
    }
    done(event);
}

} // namespace Switchboard
