// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime.h"

#include "api/apiserver.h"
#include "delivery/engine.h"
#include "delivery/secretring.h"
#include "functions/functionstore.h"
#include "inbound/inboundstore.h"
#include "inbound/source.h"
#include "metrics/datapolicy.h"
#include "metrics/housekeeping.h"
#include "redact/redactor.h"
#include "secrets/filesecretstore.h"
#include "secrets/keychainsecretstore.h"
#include "util/ids.h"
#include "util/logging.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <optional>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

Result<QPair<QHostAddress, quint16>> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost")
        host = u"127.0.0.1"_s;
    const QHostAddress address(host);
    if (colon < 0 || !ok || port < 0 || port > 65535 || address.isNull())
        return Error::invalid(
            u"--listen takes HOST:PORT with a numeric address, e.g. 127.0.0.1:8377 (got \"%1\")"_s.arg(text));
    return qMakePair(address, quint16(port));
}

} // namespace

QString RuntimeOptions::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void RuntimeOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({u"data-dir"_s,
                      u"Where the SQLite database, lock and logs live (default: %1)."_s.arg(defaultDataDir()),
                      u"DIR"_s});
    parser.addOption({u"database"_s,
                      u"The database: a SQLite file (default: switchboard.db in the data dir) or "
                      "postgresql://user@host:port/db for a shared queue."_s,
                      u"URL"_s});
    parser.addOption({u"listen"_s,
                      u"Address of the HTTP API (default 127.0.0.1:8377; port 0 picks a free one)."_s,
                      u"HOST:PORT"_s});
    parser.addOption({u"config"_s, u"JSON file of endpoints to apply at start."_s, u"FILE"_s});
    parser.addOption({u"worker-id"_s, u"This worker's id (default: host name and pid)."_s, u"ID"_s});
    parser.addOption({u"secrets-file"_s,
                      u"Keep secrets in this file (mode 0600) instead of the OS keychain."_s, u"FILE"_s});
    parser.addOption(
        {u"dispatchers"_s, u"Dispatcher threads, each with its own HTTP connections (default 4)."_s, u"N"_s});
    parser.addOption(
        {u"metrics-open"_s, u"Serve GET /metrics without the API token (for a Prometheus scraper)."_s});
    parser.addOption(
        {u"grace-ms"_s, u"How long in-flight attempts may finish at shutdown (default 10000)."_s, u"MS"_s});
    parser.addOption({u"lease-ms"_s,
                      u"How long a claimed delivery stays leased to this worker; another worker "
                      "reclaims it after a crash once it expires (default 30000)."_s,
                      u"MS"_s});
}

Result<RuntimeOptions> RuntimeOptions::from(const QCommandLineParser &parser)
{
    RuntimeOptions o;
    o.dataDir = parser.isSet(u"data-dir"_s) ? parser.value(u"data-dir"_s) : defaultDataDir();
    o.database = parser.value(u"database"_s);
    if (parser.isSet(u"listen"_s))
        o.listen = parser.value(u"listen"_s);
    if (auto l = parseListen(o.listen); !l)
        return l.error();
    o.configFile = parser.value(u"config"_s);
    o.workerId = parser.isSet(u"worker-id"_s)
        ? parser.value(u"worker-id"_s)
        : QHostInfo::localHostName() + u'-' + QString::number(QCoreApplication::applicationPid());
    o.secretsFile = parser.value(u"secrets-file"_s);
    bool ok = true;
    if (parser.isSet(u"dispatchers"_s))
        o.dispatchers = parser.value(u"dispatchers"_s).toInt(&ok);
    if (!ok || o.dispatchers < 1 || o.dispatchers > 64)
        return Error::invalid(u"--dispatchers takes a number from 1 to 64"_s);
    if (parser.isSet(u"grace-ms"_s))
        o.graceMs = parser.value(u"grace-ms"_s).toInt(&ok);
    if (!ok || o.graceMs < 0 || o.graceMs > 600000)
        return Error::invalid(u"--grace-ms takes milliseconds from 0 to 600000"_s);
    if (parser.isSet(u"lease-ms"_s))
        o.leaseMs = parser.value(u"lease-ms"_s).toInt(&ok);
    if (!ok || o.leaseMs < 500 || o.leaseMs > 3600000)
        return Error::invalid(u"--lease-ms takes milliseconds from 500 to 3600000"_s);
    o.metricsOpen = parser.isSet(u"metrics-open"_s);
    if (o.dataDir.isEmpty())
        return Error::invalid(u"no data directory: pass --data-dir DIR"_s);
    return o;
}

Runtime::Runtime(RuntimeOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_apiThread.setObjectName(u"api"_s);
}

Runtime::~Runtime()
{
    stop();
}

Status Runtime::prepare(bool lock)
{
    QDir dir(m_options.dataDir);
    if (!dir.mkpath(u"."_s))
        return Error::unavailable(u"cannot create the data directory %1"_s.arg(m_options.dataDir));
    QFile::setPermissions(dir.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    if (m_options.database.isEmpty()) {
        m_location = StoreLocation::sqlite(dir.absoluteFilePath(u"switchboard.db"_s));
    } else {
        auto loc = StoreLocation::parse(m_options.database);
        if (!loc)
            return loc.error();
        m_location = *loc;
    }

    // One process per SQLite data directory; a dead holder's lock is taken over.
    if (lock && m_location.kind == StoreLocation::Kind::Sqlite && !m_lock) {
        auto lock = std::make_unique<QLockFile>(dir.absoluteFilePath(u"switchboard.lock"_s));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(200)) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            return Error{
                Error::Code::Conflict,
                u"the data directory %1 is in use by %2 (pid %3 on %4); stop it, or start this one with "
                "another --data-dir"_s.arg(dir.absolutePath(), app.isEmpty() ? u"another process"_s : app)
                    .arg(pid)
                    .arg(host),
                {}};
        }
        m_lock = std::move(lock);
    }

    if (!m_secrets) {
        if (!m_options.secretsFile.isEmpty()) {
            auto file = FileSecretStore::open(m_options.secretsFile);
            if (!file)
                return file.error();
            m_secrets = std::shared_ptr<SecretStore>(std::move(file).value());
        } else {
            m_secrets = std::make_shared<KeychainSecretStore>();
        }
    }
    // A PostgreSQL password not in the URL nor PGPASSWORD may be in the secret
    // store, under the connection it is for. Never logged.
    if (m_location.kind == StoreLocation::Kind::Postgres && m_location.password.isEmpty()) {
        const QString key = u"postgresql/%1@%2:%3/%4"_s.arg(m_location.user, m_location.host)
                                .arg(m_location.port)
                                .arg(m_location.database);
        if (auto password = m_secrets->read(key); password && password->has_value())
            m_location.password = **password;
    }
    return Ok{};
}

Result<QString> Runtime::loadToken(const QString &instanceId)
{
    const QString fromEnv = qEnvironmentVariable("SWITCHBOARD_API_TOKEN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString key = instanceId + u"/api-token"_s;
    auto existing = m_secrets->read(key);
    if (!existing) {
        return Error::unavailable(
            u"cannot read the API token from %1: %2 (or set SWITCHBOARD_API_TOKEN)"_s.arg(
                m_secrets->description(), existing.error().message));
    }
    if (existing->has_value())
        return **existing;
    const QString token = newApiToken();
    if (auto st = m_secrets->write(key, token); !st) {
        return Error::unavailable(u"cannot keep the API token in %1: %2 (or set SWITCHBOARD_API_TOKEN)"_s.arg(
            m_secrets->description(), st.error().message));
    }
    qCInfo(lcRuntime) << "generated a new API token and kept it in" << m_secrets->description();
    return token;
}

Result<QString> Runtime::apiToken(const RuntimeOptions &options)
{
    Runtime probe(options);
    // Reading the token must work while a daemon holds the data directory.
    if (auto st = probe.prepare(false); !st)
        return st.error();
    auto store = SqlStore::open(probe.m_location, u"token-probe"_s);
    if (!store)
        return store.error();
    if (auto st = (*store)->migrate(); !st)
        return st.error();
    auto id = (*store)->instanceId();
    if (!id)
        return id.error();
    return probe.loadToken(*id);
}

Result<QString> Runtime::migrateDatabase(const RuntimeOptions &options)
{
    Runtime probe(options);
    if (auto st = probe.prepare(false); !st)
        return st.error();
    auto store = SqlStore::open(probe.m_location, u"migrate"_s);
    if (!store)
        return store.error();
    if (auto st = (*store)->migrate(); !st)
        return st.error();
    return probe.m_location.displayName();
}

Status Runtime::applyConfig()
{
    if (m_options.configFile.isEmpty())
        return Ok{};
    QFile file(m_options.configFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(u"cannot read --config %1: %2"_s.arg(m_options.configFile, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error::invalid(u"--config %1 is not a JSON object: %2 at byte %3"_s
                                  .arg(m_options.configFile, error.errorString())
                                  .arg(error.offset));
    }
    if (const QJsonValue redaction = doc.object().value(u"redaction"_s); redaction.isObject()) {
        auto rules = RedactionRules::fromJson(redaction.toObject());
        if (!rules)
            return Error::invalid(u"--config %1: %2"_s.arg(m_options.configFile, rules.error().message));
        Redactor::setShared(std::make_shared<const Redactor>(*rules));
    }
    // Everything is validated before anything is written: a bad file changes nothing.
    auto entries = [&](const QString &key, QList<QPair<QString, QJsonObject>> &out) -> Status {
        const QJsonValue v = doc.object().value(key);
        if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                out.append({item.toObject().value(u"name"_s).toString(), item.toObject()});
        } else if (v.isObject()) {
            const QJsonObject map = v.toObject();
            for (auto it = map.begin(); it != map.end(); ++it)
                out.append({it.key(), it.value().toObject()});
        } else if (!v.isUndefined()) {
            return Error::invalid(
                u"--config %1: \"%2\" must be an array or an object"_s.arg(m_options.configFile, key));
        }
        return Ok{};
    };
    QList<QPair<QString, QJsonObject>> endpointEntries, functionEntries, sourceEntries;
    for (auto [key, list] :
         {std::pair{u"endpoints"_s, &endpointEntries}, std::pair{u"functions"_s, &functionEntries},
          std::pair{u"sources"_s, &sourceEntries}}) {
        if (auto st = entries(key, *list); !st)
            return st;
    }
    QList<Endpoint> parsed;
    for (const auto &[name, json] : std::as_const(endpointEntries)) {
        auto e = Endpoint::fromJson(name, json);
        if (!e)
            return Error::invalid(
                u"--config %1: endpoint \"%2\": %3"_s.arg(m_options.configFile, name, e.error().message));
        parsed.append(*e);
    }
    QList<FunctionDef> functions;
    for (const auto &[name, json] : std::as_const(functionEntries)) {
        auto f = FunctionDef::fromJson(name, json);
        if (!f)
            return Error::invalid(
                u"--config %1: function \"%2\": %3"_s.arg(m_options.configFile, name, f.error().message));
        functions.append(*f);
    }
    QList<Source> sources;
    for (const auto &[name, json] : std::as_const(sourceEntries)) {
        auto src = Source::fromJson(name, json, ApiOptions().maxBodyBytes);
        if (!src)
            return Error::invalid(
                u"--config %1: source \"%2\": %3"_s.arg(m_options.configFile, name, src.error().message));
        sources.append(*src);
    }
    auto store = SqlStore::open(m_location, u"config-"_s + newId(u""));
    if (!store)
        return store.error();
    // The config is applied before the engine starts, so on a fresh data
    // directory the schema does not exist yet.
    if (auto st = (*store)->migrate(); !st)
        return st;
    for (const Endpoint &e : std::as_const(parsed)) {
        if (auto r = (*store)->upsertEndpoint(e); !r)
            return r.error();
        auto secrets = (*store)->secrets(u"endpoint:"_s + e.name);
        if (e.signing != SigningScheme::None && secrets && secrets->isEmpty()) {
            qCWarning(lcRuntime).noquote()
                << u"endpoint %1 signs with %2 but has no secret; its deliveries wait until "
                   "one is set (PUT /v1/endpoints/%1/secret or POST .../secret/rotate)"_s.arg(
                       e.name, toString(e.signing));
        }
    }
    FunctionStore functionStore(**store);
    for (const FunctionDef &f : std::as_const(functions)) {
        if (auto r = functionStore.upsert(f); !r)
            return r.error();
    }
    InboundStore inboundStore(**store);
    for (const Source &src : std::as_const(sources)) {
        if (auto r = inboundStore.upsertSource(src); !r)
            return r.error();
    }
    // "replace": true removes what the file does not name, for each kind the file has (a kind
    // left out of the file is left alone): functions and sources first, then the endpoints
    // they may name, each with its secrets.
    int removed = 0;
    if (doc.object().value(u"replace"_s).toBool()) {
        const QJsonObject root = doc.object();
        auto named = [](const QList<QPair<QString, QJsonObject>> &list) {
            QSet<QString> names;
            for (const auto &entry : list)
                names.insert(entry.first);
            return names;
        };
        auto instance = (*store)->instanceId();
        if (!instance)
            return instance.error();
        std::optional<SecretRing> ring;
        if (m_secrets)
            ring.emplace(**store, *m_secrets, *instance);
        if (root.contains(u"functions"_s)) {
            auto existing = functionStore.list();
            if (!existing)
                return existing.error();
            const QSet<QString> keep = named(functionEntries);
            for (const FunctionDef &f : std::as_const(*existing)) {
                if (keep.contains(f.name))
                    continue;
                if (auto r = functionStore.remove(f.name); !r)
                    return r.error();
                ++removed;
            }
        }
        if (root.contains(u"sources"_s)) {
            auto existing = inboundStore.sources(ApiOptions().maxBodyBytes);
            if (!existing)
                return existing.error();
            const QSet<QString> keep = named(sourceEntries);
            for (const Source &src : std::as_const(*existing)) {
                if (keep.contains(src.name))
                    continue;
                if (auto r = inboundStore.removeSource(src.name); !r)
                    return r.error();
                if (ring)
                    if (Status st = ring->removeAll(u"source:"_s + src.name); !st)
                        return st;
                ++removed;
            }
        }
        if (root.contains(u"endpoints"_s)) {
            auto existing = (*store)->endpoints();
            if (!existing)
                return existing.error();
            const QSet<QString> keep = named(endpointEntries);
            for (const Endpoint &e : std::as_const(*existing)) {
                if (keep.contains(e.name))
                    continue;
                if (auto r = (*store)->removeEndpoint(e.name); !r)
                    return r.error();
                if (ring)
                    if (Status st = ring->removeAll(u"endpoint:"_s + e.name); !st)
                        return st;
                ++removed;
            }
        }
    }
    qCInfo(lcRuntime) << "applied" << parsed.size() << "endpoints," << functions.size() << "functions and"
                      << sources.size() << "sources from" << m_options.configFile << "and removed" << removed
                      << "not in it";
    return Ok{};
}

Status Runtime::startApi()
{
    auto listen = parseListen(m_options.listen);
    if (!listen)
        return listen.error();
    ApiOptions api;
    api.token = m_token;
    api.metricsOpen = m_options.metricsOpen;
    m_apiThread.start();
    Status status = Ok{};
    quint16 port = 0;
    Engine *engine = m_engine.get();
    const StoreLocation location = m_location;
    const QString instanceId = engine->instanceId();
    auto secrets = m_secrets;
    // Not a structured binding: clang before 16 cannot capture one in a lambda.
    const QHostAddress address = listen->first;
    const quint16 wanted = listen->second;
    // Created in the API thread so its sockets and store connection belong there.
    auto *context = new QObject;
    context->moveToThread(&m_apiThread);
    QMetaObject::invokeMethod(
        context,
        [&]() {
            context->deleteLater();
            m_api = new ApiServer(engine, secrets, api);
            status = m_api->open(location, instanceId);
            if (status) {
                port = m_api->listen(address, wanted);
                if (port == 0)
                    status = Error::unavailable(
                        u"cannot listen on %1: the address is in use or not available"_s.arg(
                            m_options.listen));
            }
            if (!status) {
                delete m_api;
                m_api = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!status)
        return status;
    m_listenAddress = (address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]:%2"_s : u"%1:%2"_s)
                          .arg(address.toString())
                          .arg(port);
    QSaveFile addr(QDir(m_options.dataDir).absoluteFilePath(u"listen.addr"_s));
    if (addr.open(QIODevice::WriteOnly)) {
        addr.write(m_listenAddress.toUtf8() + '\n');
        addr.commit();
    }
    qCInfo(lcRuntime).noquote() << u"API listening on http://%1"_s.arg(m_listenAddress);
    return Ok{};
}

Status Runtime::applyStoredPolicy()
{
    // The redaction rules an operator saved (PUT /v1/redaction) hold before the
    // engine records anything; housekeeping re-reads them while running.
    auto store = SqlStore::open(m_location, u"policy-"_s + newId(u""));
    if (!store)
        return store.error();
    if (auto st = (*store)->migrate(); !st)
        return st;
    if (auto st = DataPolicy::applyStoredRedaction(**store); !st)
        return Error::unavailable(u"the stored redaction rules cannot be read: "_s + st.error().message);
    return Ok{};
}

Status Runtime::start()
{
    if (auto st = prepare(true); !st)
        return st;
    if (auto st = applyConfig(); !st)
        return st;
    if (auto st = applyStoredPolicy(); !st)
        return st;
    EngineOptions eo;
    eo.location = m_location;
    eo.workerId = m_options.workerId;
    eo.dispatchers = m_options.dispatchers;
    eo.leaseMs = m_options.leaseMs;
    eo.exclusiveStore = m_location.kind == StoreLocation::Kind::Sqlite;
    m_engine = std::make_unique<Engine>(eo, m_secrets);
    if (auto st = m_engine->start(); !st) {
        m_engine.reset();
        return st;
    }
    auto token = loadToken(m_engine->instanceId());
    if (!token) {
        m_engine->stop(0);
        return token.error();
    }
    m_token = *token;
    if (auto st = startApi(); !st) {
        m_engine->stop(0);
        return st;
    }
    HousekeepingOptions housekeeping;
    housekeeping.location = m_location;
    m_housekeeping = std::make_unique<Housekeeping>(housekeeping);
    if (auto st = m_housekeeping->start(); !st)
        qCWarning(lcRuntime).noquote() << u"no depth samples, alerts or retention:"_s << st.error().message;
    return Ok{};
}

void Runtime::stop()
{
    m_housekeeping.reset();
    if (m_api) {
        ApiServer *api = m_api;
        QMetaObject::invokeMethod(
            api, [api]() { api->setShuttingDown(true); }, Qt::BlockingQueuedConnection);
    }
    if (m_engine) {
        m_engine->stop(m_options.graceMs);
    }
    if (m_api) {
        ApiServer *api = m_api;
        m_api = nullptr;
        QMetaObject::invokeMethod(
            api, [api]() { delete api; }, Qt::BlockingQueuedConnection);
    }
    m_apiThread.quit();
    m_apiThread.wait();
    m_engine.reset();
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace Switchboard
