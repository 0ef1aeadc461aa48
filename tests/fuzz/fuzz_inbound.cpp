// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The whole inbound pipeline (InboundProcessor::process) on hostile requests:
// source lookup, address allowlist with trusted proxies, size (including the
// size gate's unread bodies), signature and timestamp for every scheme with
// the diagnosis of failures, media type, JSON and form parsing, de-duplication,
// JSON Schema, sanity rules, the forwarding decision (event type templates,
// idempotency keys) and the commit of forwarded messages through a running
// Engine (its endpoints paused, so nothing is sent), and the inbound log,
// against a SQLite file in /dev/shm (or the temporary directory). No network.
//
// Input: a first line "<METHOD> <source> <peer> [unread=<bytes>|chunked=<bytes>]",
// then header lines "Name: value" up to an empty line, then the body. Sources:
// sw (standard-webhooks), stripe, gh (github, allowlist behind a trusted proxy),
// tw (twilio, form bodies), shop (shopify), xsig (x-signature with rules),
// tok (header-token), small (64-byte limit). Requests are judged at
// 2026-11-27T12:00:00Z (1795780800); the corpus is signed for that time.
#include "api/apiserver.h"
#include "api/routemodule.h"
#include "delivery/engine.h"
#include "delivery/secretring.h"
#include "inbound/inboundprocessor.h"
#include "inbound/inboundstore.h"
#include "inbound/source.h"
#include "model/endpoint.h"
#include "secrets/memorysecretstore.h"
#include "store/sqlstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

constexpr qint64 kNow = 1795780800; // 2026-11-27T12:00:00Z

struct World
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::shared_ptr<MemorySecretStore> secrets;
    std::unique_ptr<Engine> engine;
    std::unique_ptr<SqlStore> store;
    ApiOptions options;
    ApiContext context;
    std::unique_ptr<InboundProcessor> processor;
    QList<Source> sources;
    int inputs = 0;
};

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

void die(const QString &what)
{
    std::fprintf(stderr, "fuzz_inbound: %s\n", qPrintable(what));
    std::abort();
}

World &world()
{
    static World *w = nullptr;
    if (w)
        return *w;
    w = new World;
    static int argc = 1;
    static char name[] = "fuzz_inbound";
    static char *argv[] = {name, nullptr};
    w->app = std::make_unique<QCoreApplication>(argc, argv);
    QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false\n*.warning=false"_s);
    const QString base = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm/fuzz_inbound-XXXXXX"_s
                                                      : QDir::tempPath() + u"/fuzz_inbound-XXXXXX"_s;
    w->dir = std::make_unique<QTemporaryDir>(base);
    if (!w->dir->isValid())
        die(u"no temporary directory"_s);
    const StoreLocation location = StoreLocation::sqlite(w->dir->filePath(u"switchboard.db"_s));
    w->secrets = std::make_shared<MemorySecretStore>();
    EngineOptions engineOptions;
    engineOptions.location = location;
    engineOptions.workerId = u"fuzz"_s;
    engineOptions.dispatchers = 1;
    engineOptions.fastDispatchers = 0;
    w->engine = std::make_unique<Engine>(engineOptions, w->secrets);
    if (Status st = w->engine->start(); !st)
        die(st.error().message);
    auto store = SqlStore::open(location, u"fuzz-api"_s);
    if (!store)
        die(store.error().message);
    w->store = std::move(store).value();
    w->context
        = ApiContext{w->engine.get(), w->store.get(), w->secrets.get(), w->engine->instanceId(), &w->options};
    w->processor = std::make_unique<InboundProcessor>();

    const QString swSecret = u"whsec_"_s + QString::fromLatin1(QByteArray(24, 'k').toBase64());
    const struct
    {
        const char *name;
        const char *config;
        QString secret;
    } sources[] = {
        {"sw",
         R"({"scheme": "standard-webhooks",
             "schema": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"},
                        "data": {"type": "object", "properties": {"phone": {"type": "string",
                        "pattern": "^\\+[1-9]\\d{1,14}$"}}}}},
             "rules": {"required": ["$.type"], "event_types": {"path": "$.type", "allowed": ["call.*", "lead"]}},
             "forward": {"event_type": "sw.{$.type}", "call_id_path": "$.data.call_id"}})",
         swSecret},
        {"stripe",
         R"({"scheme": "stripe", "tolerance_s": 600,
             "rules": {"not_future": ["$.created"], "non_negative": ["$.data.object.amount"]},
             "forward": {"event_type": "stripe.{$.type}", "call_id_path": "$.data.object.metadata.call_id"},
             "dedupe": {"json_path": "$.id", "window_s": 86400}})",
         u"whsec_stripe_test_secret"_s},
        {"gh",
         R"({"scheme": "github", "allow_ips": ["10.0.0.0/8", "2001:db8::/32", "127.0.0.1"],
             "trusted_proxies": ["127.0.0.1", "::1"], "forward": {"event_type": "gh.push"}})",
         u"It's a Secret to Everybody"_s},
        {"tw",
         R"({"scheme": "twilio", "public_url": "https://hooks.example.com/in/tw?account=1",
             "forward": {"event_type": "twilio.{$.CallStatus}", "call_id_path": "$.CallSid"}})",
         u"twilio-auth-token-0123"_s},
        {"shop",
         R"({"scheme": "shopify", "dedupe": {"header": "X-Shopify-Webhook-Id"},
             "schema": {"type": "object", "properties": {"id": {"type": "integer", "minimum": 0}}}})",
         u"shopify-secret-0123"_s},
        {"xsig",
         R"({"scheme": "x-signature",
             "rules": {"required": ["$.id", "$['odd key']"], "not_future": ["$.at"], "non_negative": ["$.n"],
                       "event_types": {"path": "$.kind", "allowed": ["a.*", "b"]}},
             "forward": {"event_type": "x.{$.kind}", "endpoints": ["nowhere"]}})",
         u"It's a Secret to Everybody"_s},
        {"tok", R"({"scheme": "header-token", "token_header": "X-Api-Token"})",
         u"shared-token-0123456789abcdef"_s},
        {"small", R"({"scheme": "x-signature", "max_body_bytes": 64})", u"small-secret-0123"_s},
    };
    // A paused endpoint subscribed to everything: forwards commit their message and its
    // delivery, which waits (nothing is sent). "nowhere" exists for xsig's endpoints list.
    for (const char *name : {"agent", "nowhere"}) {
        auto endpoint = Endpoint::fromJson(
            QString::fromLatin1(name),
            parse(
                R"({"url": "http://127.0.0.1:9/hook", "event_types": ["*"], "signing": {"scheme": "none"}})"));
        if (!endpoint)
            die(endpoint.error().message);
        if (auto created = w->store->upsertEndpoint(*endpoint); !created)
            die(created.error().message);
        if (auto paused = w->store->setEndpointPaused(QString::fromLatin1(name), true); !paused)
            die(paused.error().message);
    }
    w->engine->reloadEndpoints();
    InboundStore inbound(*w->store);
    SecretRing ring(*w->store, *w->secrets, w->engine->instanceId());
    for (const auto &s : sources) {
        const QString name = QString::fromLatin1(s.name);
        auto source = Source::fromJson(name, parse(s.config), w->options.maxBodyBytes);
        if (!source)
            die(name + u": "_s + source.error().message);
        if (auto created = inbound.upsertSource(*source); !created)
            die(created.error().message);
        if (auto info = ring.set(u"source:"_s + name, s.secret); !info)
            die(info.error().message);
    }
    return *w;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    world();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = world();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype firstEnd = input.indexOf('\n');
    const QList<QByteArray> first = (firstEnd < 0 ? input : input.left(firstEnd)).trimmed().split(' ');
    const QByteArray rest = firstEnd < 0 ? QByteArray() : input.mid(firstEnd + 1);
    const qsizetype split = rest.indexOf("\n\n");

    InboundRequest request;
    request.method = QString::fromLatin1(first.value(0).left(16));
    request.url = u"http://127.0.0.1:8377/in/"_s + QString::fromLatin1(first.value(1).left(64));
    request.peer = QHostAddress(QString::fromLatin1(first.value(2).left(64)));
    request.receivedAt = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC);
    for (const QByteArray &option : first.mid(3)) {
        if (option.startsWith("unread="))
            request.unreadBodySize = qBound<qint64>(0, option.mid(7).toLongLong(), kMaxRouteBodyBytes * 2);
        else if (option.startsWith("chunked=")) {
            request.unreadBodySize = qBound<qint64>(0, option.mid(8).toLongLong(), kMaxRouteBodyBytes * 2);
            request.unreadChunked = true;
        }
    }
    for (const QByteArray &line : (split < 0 ? rest : rest.left(split)).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    if (request.unreadBodySize < 0)
        request.body = split < 0 ? QByteArray() : rest.mid(split + 2);

    // The module's lookup: unknown sources are answered 404 and never reach the pipeline.
    auto source = w.processor->source(w.context, QString::fromLatin1(first.value(1)));
    if (!source)
        die(u"source lookup failed: "_s + source.error().message);
    if (!source->has_value())
        return 0;

    ResubmitOptions options;
    options.force = first.value(0) == "FORCE"; // an operator's forced resubmission
    bool done = false;
    InboundEvent result;
    w.processor->process(w.context, **source, request, options, [&](const InboundEvent &event) {
        done = true;
        result = event;
    });
    const QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    if (!done)
        die(u"no answer within 10 s"_s);
    static const bool verbose = qEnvironmentVariableIsSet("FUZZ_INBOUND_VERBOSE"); // to check the corpus
    if (verbose)
        std::fprintf(stderr, "%s %d %s\n", qPrintable(result.status), result.httpStatus,
                     qPrintable(result.reason));
    // What the pipeline promises, whatever the input.
    if (result.status.isEmpty() || result.reason.isEmpty() || result.id.isEmpty())
        die(u"an event without a verdict, reason or id"_s);
    if ((result.httpStatus >= 200 && result.httpStatus < 300)
        != (result.status == u"accepted" || result.status == u"duplicate"))
        die(u"verdict %1 with HTTP %2"_s.arg(result.status).arg(result.httpStatus));
    if (request.unreadBodySize >= 0 && result.httpStatus < 300)
        die(u"an unread body was accepted"_s);
    if (result.body.size() > InboundEvent::kMaxLoggedBody)
        die(u"the logged body is over its bound"_s);
    if (result.status == u"accepted" && !options.force && (*source)->name == u"small"
        && request.body.size() > 64)
        die(u"a body over max_body_bytes was accepted"_s);
    // Keep the store small enough that a long run stays fast.
    if (++w.inputs % 2000 == 0) {
        QSqlQuery q(w.store->database());
        (void)q.exec(u"DELETE FROM inbound_events"_s);
        (void)q.exec(u"DELETE FROM inbound_seen"_s);
    }
    return 0;
}
