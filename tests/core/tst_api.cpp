// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiserver.h"
#include "delivery/engine.h"
#include "receiver/testreceiver.h"
#include "secrets/memorysecretstore.h"
#include "signing/outboundsigner.h"
#include "store/sqlstore.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

constexpr int kReplyTimeoutMs = 15000;
constexpr int kDeliveryTimeoutMs = 15000;
const QByteArray kToken = QByteArrayLiteral("tst-api-token-0123456789abcdef");

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One answer of the API as the client saw it.
struct Response
{
    int status = 0; // 0: no answer within kReplyTimeoutMs
    QByteArray body;
    QJsonObject json;
    Headers headers;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// The error code the contract pairs with each status.
QString codeFor(int status)
{
    switch (status) {
    case 400:
        return u"malformed_json"_s;
    case 401:
        return u"unauthenticated"_s;
    case 404:
        return u"not_found"_s;
    case 405:
        return u"method_not_allowed"_s;
    case 409:
        return u"conflict"_s;
    case 413:
        return u"payload_too_large"_s;
    case 415:
        return u"unsupported_media_type"_s;
    case 422:
        return u"invalid_argument"_s;
    default:
        return {};
    }
}

// Empty when r is the contract's JSON error {"error": {"code", "message", "details"?}} with
// this status and, if field is given, a detail naming that field; otherwise what is wrong.
QString errorProblem(const Response &r, int status, const QString &field = {})
{
    const QString seen = u" (got %1: %2)"_s.arg(r.status).arg(QString::fromUtf8(r.body.left(400)));
    if (r.status != status)
        return u"expected status %1"_s.arg(status) + seen;
    if (!r.header("Content-Type").startsWith("application/json"))
        return u"the error is not sent as application/json"_s + seen;
    const QJsonValue e = r.json.value(u"error"_s);
    if (!e.isObject())
        return u"no \"error\" object"_s + seen;
    const QJsonObject error = e.toObject();
    if (error.value(u"code"_s).toString() != codeFor(status))
        return u"expected code \"%1\""_s.arg(codeFor(status)) + seen;
    if (!error.value(u"message"_s).isString() || error.value(u"message"_s).toString().isEmpty())
        return u"no message"_s + seen;
    if (error.contains(u"details"_s)) {
        if (!error.value(u"details"_s).isArray())
            return u"details is not an array"_s + seen;
        for (const QJsonValue &d : error.value(u"details"_s).toArray()) {
            if (!d.isObject())
                return u"a detail is not an object"_s + seen;
        }
    }
    if (!field.isEmpty()) {
        for (const QJsonValue &d : error.value(u"details"_s).toArray()) {
            if (d.toObject().value(u"field"_s).toString() == field)
                return {};
        }
        return u"no detail names the field \"%1\""_s.arg(field) + seen;
    }
    return {};
}

// A standard-webhooks secret of known bytes.
QString whsec(char fill, int bytes = 24)
{
    return u"whsec_"_s + QString::fromLatin1(QByteArray(bytes, fill).toBase64());
}

QByteArray keyOf(const QString &secret)
{
    auto key = StandardWebhooksSigner::decodeSecret(secret);
    return key ? *key : QByteArray();
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList idsOf(const QJsonArray &deliveries)
{
    QStringList ids;
    for (const QJsonValue &d : deliveries)
        ids.append(d.toObject().value(u"id"_s).toString());
    return ids;
}

} // namespace

#define VERIFY_ERROR(response, status, field)                                                                \
    do {                                                                                                     \
        const QString problem_ = errorProblem((response), (status), (field));                                \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                  \
    } while (false)

class tst_Api : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void healthz();
    void authentication_data();
    void authentication();
    void routing_data();
    void routing();

    void endpointLifecycle();
    void endpointInvalid_data();
    void endpointInvalid();
    void endpointPauseResume();
    void endpointPutSecret();
    void endpointPutSecretInvalid_data();
    void endpointPutSecretInvalid();
    void endpointRotateSecret();
    void endpointRotateSecretInvalid_data();
    void endpointRotateSecretInvalid();

    void messagePostAndGet();
    void messagePayloadBytesExact();
    void messageIdempotency();
    void messageInvalid_data();
    void messageInvalid();
    void messageTooLarge();
    void messageWaitDelivered();
    void messageWaitTimesOut();

    void deliveriesListFilters();
    void deliveriesListInvalid_data();
    void deliveriesListInvalid();
    void deliveryDetail();
    void deliveryReplay();
    void deliveryBulkReplay();
    void deliveryBulkReplayInvalid_data();
    void deliveryBulkReplayInvalid();
    void deliveryDiscard();

    void neverA500_data();
    void neverA500();

private:
    Response call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                  const Headers &headers = {}, bool authenticate = true);
    Response get(const QString &pathAndQuery) { return call("GET", pathAndQuery); }
    Response post(const QString &pathAndQuery, const QJsonObject &body, const Headers &headers = {})
    {
        return call("POST", pathAndQuery, toJson(body), headers);
    }
    // PUT /v1/endpoints/<name> delivering to the receiver's path, with a one-retry
    // schedule so dead letters come within about a second; extra overrides fields.
    Response createEndpoint(const QString &name, const QString &receiverPath, const QJsonObject &extra = {});
    QString deliveryStatus(const QString &id);
    // How many deliveries GET /v1/deliveries?<query> lists (one page of up to 1000); -1 on error.
    int countDeliveries(const QString &query);
    int storedMessages();

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreLocation m_location;
    std::shared_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<TestReceiver> m_receiver;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    quint16 m_port = 0;
    int m_probe = 0;
};

void tst_Api::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = StoreLocation::sqlite(m_dir->filePath(u"switchboard.db"_s));
    m_secrets = std::make_shared<MemorySecretStore>();

    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen() != 0);

    EngineOptions options;
    options.location = m_location;
    options.workerId = u"tst-api"_s;
    options.dispatchers = 2;
    m_engine = std::make_unique<Engine>(options, m_secrets);
    const Status started = m_engine->start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));

    m_api = std::make_unique<ApiServer>(m_engine.get(), m_secrets, ApiOptions{QString::fromLatin1(kToken)});
    const Status opened = m_api->open(m_location, m_engine->instanceId());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);

    m_nam = std::make_unique<QNetworkAccessManager>();
}

void tst_Api::cleanup()
{
    m_nam.reset();
    m_api.reset();
    if (m_engine)
        m_engine->stop(1000);
    m_engine.reset();
    m_receiver.reset();
    m_secrets.reset();
    m_dir.reset();
}

Response tst_Api::call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                       const Headers &headers, bool authenticate)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:"_s + QString::number(m_port) + pathAndQuery));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (authenticate)
        request.setRawHeader("Authorization", "Bearer " + kToken);
    // QNAM would label a body form-urlencoded; the API expects JSON unless a test says otherwise.
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);

    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(request, method, body));
    Response r;
    if (!QTest::qWaitFor([&]() { return reply->isFinished(); }, kReplyTimeoutMs)) {
        reply->abort();
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.json = QJsonDocument::fromJson(r.body).object();
    return r;
}

Response tst_Api::createEndpoint(const QString &name, const QString &receiverPath, const QJsonObject &extra)
{
    QJsonObject body{
        {u"url"_s, m_receiver->url(receiverPath).toString()},
        {u"event_types"_s, QJsonArray{u"*"_s}},
        {u"timeout_ms"_s, 5000},
        {u"retry"_s, QJsonObject{{u"schedule_s"_s, QJsonArray{1}}, {u"jitter"_s, 0}}},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return call("PUT", u"/v1/endpoints/"_s + name, toJson(body));
}

QString tst_Api::deliveryStatus(const QString &id)
{
    return get(u"/v1/deliveries/"_s + id).json.value(u"status"_s).toString();
}

int tst_Api::countDeliveries(const QString &query)
{
    const Response r = get(u"/v1/deliveries?limit=1000&"_s + query);
    if (r.status != 200)
        return -1;
    return int(r.json.value(u"deliveries"_s).toArray().size());
}

int tst_Api::storedMessages()
{
    auto store = SqlStore::open(m_location, u"tst-api-probe-%1"_s.arg(++m_probe));
    if (!store)
        return -1;
    QSqlQuery q((*store)->database());
    if (!q.exec(u"SELECT COUNT(*) FROM messages"_s) || !q.next())
        return -1;
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

// Health and auth ---------------------------------------------------------------------

void tst_Api::healthz()
{
    const Response r = call("GET", u"/healthz"_s, {}, {}, false);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(r.json.value(u"store"_s).toString(), u"ok"_s);
    QVERIFY(r.json.value(u"queue_depth"_s).isDouble());
    QVERIFY(r.json.value(u"dlq_depth"_s).isDouble());
    QCOMPARE(r.json.value(u"queue_depth"_s).toInt(), 0);
    QCOMPARE(r.json.value(u"dlq_depth"_s).toInt(), 0);

    // Depths follow the queue: a paused endpoint keeps its delivery queued.
    QCOMPARE(createEndpoint(u"held"_s, u"/held"_s).status, 201);
    QCOMPARE(call("POST", u"/v1/endpoints/held/pause"_s).status, 200);
    QCOMPARE(
        post(u"/v1/messages"_s, {{u"event_type"_s, u"call.started"_s}, {u"payload"_s, QJsonObject{}}}).status,
        202);
    QCOMPARE(call("GET", u"/healthz"_s, {}, {}, false).json.value(u"queue_depth"_s).toInt(), 1);
}

void tst_Api::authentication_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization"); // empty: no header

    QTest::addRow("no token") << QByteArray("GET") << u"/v1/endpoints"_s << QByteArray();
    QTest::addRow("wrong token") << QByteArray("GET") << u"/v1/endpoints"_s
                                 << QByteArray("Bearer not-the-token");
    QTest::addRow("token prefix") << QByteArray("GET") << u"/v1/endpoints"_s
                                  << QByteArray("Bearer " + kToken.left(8));
    QTest::addRow("token without scheme") << QByteArray("GET") << u"/v1/endpoints"_s << kToken;
    QTest::addRow("basic scheme") << QByteArray("GET") << u"/v1/endpoints"_s
                                  << QByteArray("Basic " + QByteArray("user:" + kToken).toBase64());
    QTest::addRow("post message") << QByteArray("POST") << u"/v1/messages"_s << QByteArray();
    QTest::addRow("unknown v1 path") << QByteArray("GET") << u"/v1/nothing-here"_s << QByteArray();
    QTest::addRow("delete endpoint") << QByteArray("DELETE") << u"/v1/endpoints/crm"_s
                                     << QByteArray("Bearer wrong");
}

void tst_Api::authentication()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);

    Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const QByteArray body = method == "POST"
        ? toJson({{u"event_type"_s, u"x"_s}, {u"payload"_s, QJsonObject{}}})
        : QByteArray();
    const Response r = call(method, path, body, headers, false);
    VERIFY_ERROR(r, 401, QString());
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    QCOMPARE(storedMessages(), 0);

    // The right token opens the same door.
    if (path == u"/v1/endpoints")
        QCOMPARE(call(method, path).status, 200);
}

void tst_Api::routing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    QTest::addRow("unknown root path") << QByteArray("GET") << u"/nothing"_s << 404;
    QTest::addRow("unknown v1 resource") << QByteArray("GET") << u"/v1/nothing"_s << 404;
    QTest::addRow("v1 alone") << QByteArray("GET") << u"/v1"_s << 404;
    QTest::addRow("unknown endpoint action") << QByteArray("POST") << u"/v1/endpoints/crm/explode"_s << 404;
    QTest::addRow("too deep message path") << QByteArray("GET") << u"/v1/messages/msg_1/extra"_s << 404;
    QTest::addRow("unknown delivery action")
        << QByteArray("POST") << u"/v1/deliveries/dlv_1/explode"_s << 404;
    QTest::addRow("DELETE messages") << QByteArray("DELETE") << u"/v1/messages"_s << 405;
    QTest::addRow("GET messages") << QByteArray("GET") << u"/v1/messages"_s << 405;
    QTest::addRow("PUT message") << QByteArray("PUT") << u"/v1/messages/msg_1"_s << 405;
    QTest::addRow("POST endpoints") << QByteArray("POST") << u"/v1/endpoints"_s << 405;
    QTest::addRow("PATCH endpoint") << QByteArray("PATCH") << u"/v1/endpoints/crm"_s << 405;
    QTest::addRow("GET pause") << QByteArray("GET") << u"/v1/endpoints/crm/pause"_s << 405;
    QTest::addRow("POST secret") << QByteArray("POST") << u"/v1/endpoints/crm/secret"_s << 405;
    QTest::addRow("GET rotate") << QByteArray("GET") << u"/v1/endpoints/crm/secret/rotate"_s << 405;
    QTest::addRow("DELETE deliveries") << QByteArray("DELETE") << u"/v1/deliveries"_s << 405;
    QTest::addRow("GET bulk replay") << QByteArray("GET") << u"/v1/deliveries/replay"_s << 405;
    QTest::addRow("DELETE delivery") << QByteArray("DELETE") << u"/v1/deliveries/dlv_1"_s << 405;
    QTest::addRow("GET replay") << QByteArray("GET") << u"/v1/deliveries/dlv_1/replay"_s << 405;
    QTest::addRow("PUT discard") << QByteArray("PUT") << u"/v1/deliveries/dlv_1/discard"_s << 405;
    QTest::addRow("POST healthz") << QByteArray("POST") << u"/healthz"_s << 405;
}

void tst_Api::routing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);

    const QByteArray body = method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}");
    const Response r = call(method, path, body);
    VERIFY_ERROR(r, status, QString());
}

// Endpoints -----------------------------------------------------------------------------

void tst_Api::endpointLifecycle()
{
    const QJsonObject full{
        {u"url"_s, m_receiver->url(u"/crm"_s).toString()},
        {u"method"_s, u"PUT"_s},
        {u"event_types"_s, QJsonArray{u"call.completed"_s, u"ticket.*"_s}},
        {u"version"_s, u"v2"_s},
        {u"headers"_s, QJsonObject{{u"X-Team"_s, u"ops"_s}}},
        {u"signing"_s, QJsonObject{{u"scheme"_s, u"standard-webhooks"_s}}},
        {u"timeout_ms"_s, 7000},
        {u"retry"_s, QJsonObject{{u"schedule_s"_s, QJsonArray{1, 3}}, {u"jitter"_s, 0}}},
        {u"rate_limit_per_s"_s, 0},
        {u"max_in_flight"_s, 3},
        {u"enabled"_s, true},
    };
    const Response created = call("PUT", u"/v1/endpoints/crm"_s, toJson(full));
    QCOMPARE(created.status, 201);
    const QJsonObject e = created.json;
    QCOMPARE(e.value(u"name"_s).toString(), u"crm"_s);
    QCOMPARE(e.value(u"url"_s).toString(), m_receiver->url(u"/crm"_s).toString());
    QCOMPARE(e.value(u"method"_s).toString(), u"PUT"_s);
    QCOMPARE(e.value(u"event_types"_s).toArray(), (QJsonArray{u"call.completed"_s, u"ticket.*"_s}));
    QCOMPARE(e.value(u"version"_s).toString(), u"v2"_s);
    QCOMPARE(e.value(u"headers"_s).toObject(), (QJsonObject{{u"X-Team"_s, u"ops"_s}}));
    QCOMPARE(e.value(u"signing"_s).toObject().value(u"scheme"_s).toString(), u"standard-webhooks"_s);
    QCOMPARE(e.value(u"timeout_ms"_s).toInt(), 7000);
    QCOMPARE(e.value(u"retry"_s).toObject().value(u"schedule_s"_s).toArray(), (QJsonArray{1, 3}));
    QCOMPARE(e.value(u"retry"_s).toObject().value(u"jitter"_s).toDouble(), 0.0);
    QVERIFY(e.value(u"rate_limit_per_s"_s).isDouble());
    QCOMPARE(e.value(u"max_in_flight"_s).toInt(), 3);
    QCOMPARE(e.value(u"enabled"_s).toBool(), true);
    // The secret is shown once, at creation, with its fingerprint.
    const QString secret = e.value(u"secret"_s).toString();
    QVERIFY2(secret.startsWith(u"whsec_"), qPrintable(secret));
    QVERIFY(keyOf(secret).size() >= 16);
    QCOMPARE(e.value(u"secret_fingerprint"_s).toString(), secretFingerprint(secret));

    // Defaults for what is left out.
    const Response minimal = call("PUT", u"/v1/endpoints/minimal"_s,
                                  toJson({{u"url"_s, m_receiver->url(u"/min"_s).toString()}}));
    QCOMPARE(minimal.status, 201);
    QCOMPARE(minimal.json.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(minimal.json.value(u"event_types"_s).toArray(), QJsonArray{u"*"_s});
    QCOMPARE(minimal.json.value(u"signing"_s).toObject().value(u"scheme"_s).toString(),
             u"standard-webhooks"_s);
    QCOMPARE(minimal.json.value(u"timeout_ms"_s).toInt(), 10000);
    QCOMPARE(minimal.json.value(u"max_in_flight"_s).toInt(), 6);
    QCOMPARE(minimal.json.value(u"enabled"_s).toBool(), true);

    // Replacing answers 200 and neither shows nor changes the secret.
    QJsonObject changed = full;
    changed.insert(u"timeout_ms"_s, 9000);
    const Response replaced = call("PUT", u"/v1/endpoints/crm"_s, toJson(changed));
    QCOMPARE(replaced.status, 200);
    QVERIFY(!replaced.json.contains(u"secret"_s));
    QCOMPARE(replaced.json.value(u"timeout_ms"_s).toInt(), 9000);
    QCOMPARE(replaced.json.value(u"secret_fingerprint"_s).toString(), secretFingerprint(secret));

    const Response one = get(u"/v1/endpoints/crm"_s);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(u"name"_s).toString(), u"crm"_s);
    QCOMPARE(one.json.value(u"timeout_ms"_s).toInt(), 9000);
    QCOMPARE(one.json.value(u"secret_fingerprint"_s).toString(), secretFingerprint(secret));
    QVERIFY(!one.json.contains(u"secret"_s));
    QVERIFY(!one.body.contains(secret.toUtf8()));

    const Response list = get(u"/v1/endpoints"_s);
    QCOMPARE(list.status, 200);
    QStringList names;
    for (const QJsonValue &v : list.json.value(u"endpoints"_s).toArray()) {
        names.append(v.toObject().value(u"name"_s).toString());
        QVERIFY(!v.toObject().contains(u"secret"_s));
        QVERIFY(v.toObject().value(u"secret_fingerprint"_s).isString());
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"crm"_s, u"minimal"_s}));
    QVERIFY(!list.body.contains(secret.toUtf8()));

    VERIFY_ERROR(get(u"/v1/endpoints/nobody"_s), 404, QString());

    const Response removed = call("DELETE", u"/v1/endpoints/crm"_s);
    QCOMPARE(removed.status, 204);
    QVERIFY(removed.body.isEmpty());
    VERIFY_ERROR(get(u"/v1/endpoints/crm"_s), 404, QString());
    VERIFY_ERROR(call("DELETE", u"/v1/endpoints/crm"_s), 404, QString());
    QCOMPARE(get(u"/v1/endpoints"_s).json.value(u"endpoints"_s).toArray().size(), 1);
}

void tst_Api::endpointInvalid_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const QByteArray json = "application/json";
    auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject o{{u"url"_s, u"http://127.0.0.1:9/hook"_s}};
        o.insert(key, value);
        return toJson(o);
    };
    QTest::addRow("bad name") << u"Bad_Name"_s << with(u"enabled"_s, true) << json << 422 << u"name"_s;
    QTest::addRow("name too long") << QString(65, u'a') << with(u"enabled"_s, true) << json << 422
                                   << u"name"_s;
    QTest::addRow("name mismatch") << u"crm"_s << with(u"name"_s, u"other"_s) << json << 422 << u"name"_s;
    QTest::addRow("ftp url") << u"crm"_s << with(u"url"_s, u"ftp://example.com/hook"_s) << json << 422
                             << u"url"_s;
    QTest::addRow("url without host")
        << u"crm"_s << with(u"url"_s, u"http:///hook"_s) << json << 422 << u"url"_s;
    QTest::addRow("relative url") << u"crm"_s << with(u"url"_s, u"/hook"_s) << json << 422 << u"url"_s;
    QTest::addRow("url with credentials")
        << u"crm"_s << with(u"url"_s, u"https://user:pass@example.com/hook"_s) << json << 422 << u"url"_s;
    QTest::addRow("url missing") << u"crm"_s << toJson({{u"enabled"_s, true}}) << json << 422 << u"url"_s;
    QTest::addRow("url a number") << u"crm"_s << with(u"url"_s, 42) << json << 422 << u"url"_s;
    QTest::addRow("unknown field") << u"crm"_s << with(u"colour"_s, u"blue"_s) << json << 422 << u"colour"_s;
    QTest::addRow("timeout_ms string")
        << u"crm"_s << with(u"timeout_ms"_s, u"1000"_s) << json << 422 << u"timeout_ms"_s;
    QTest::addRow("timeout_ms fraction")
        << u"crm"_s << with(u"timeout_ms"_s, 1000.5) << json << 422 << u"timeout_ms"_s;
    QTest::addRow("timeout_ms zero") << u"crm"_s << with(u"timeout_ms"_s, 0) << json << 422
                                     << u"timeout_ms"_s;
    QTest::addRow("jitter 2") << u"crm"_s << with(u"retry"_s, QJsonObject{{u"jitter"_s, 2}}) << json << 422
                              << u"retry.jitter"_s;
    QTest::addRow("schedule not array") << u"crm"_s << with(u"retry"_s, QJsonObject{{u"schedule_s"_s, 5}})
                                        << json << 422 << u"retry.schedule_s"_s;
    QTest::addRow("schedule negative")
        << u"crm"_s << with(u"retry"_s, QJsonObject{{u"schedule_s"_s, QJsonArray{1, -1}}}) << json << 422
        << u"retry.schedule_s[1]"_s;
    QTest::addRow("retry unknown field")
        << u"crm"_s << with(u"retry"_s, QJsonObject{{u"tries"_s, 3}}) << json << 422 << u"retry.tries"_s;
    QTest::addRow("event_types string")
        << u"crm"_s << with(u"event_types"_s, u"call.*"_s) << json << 422 << u"event_types"_s;
    QTest::addRow("event_types empty")
        << u"crm"_s << with(u"event_types"_s, QJsonArray{}) << json << 422 << u"event_types"_s;
    QTest::addRow("event pattern bad")
        << u"crm"_s << with(u"event_types"_s, QJsonArray{u"a b"_s}) << json << 422 << u"event_types[0]"_s;
    QTest::addRow("method GET") << u"crm"_s << with(u"method"_s, u"GET"_s) << json << 422 << u"method"_s;
    QTest::addRow("signing scheme bogus")
        << u"crm"_s << with(u"signing"_s, QJsonObject{{u"scheme"_s, u"md5"_s}}) << json << 422
        << u"signing.scheme"_s;
    QTest::addRow("reserved header") << u"crm"_s
                                     << with(u"headers"_s, QJsonObject{{u"webhook-signature"_s, u"x"_s}})
                                     << json << 422 << u"headers.webhook-signature"_s;
    QTest::addRow("enabled string") << u"crm"_s << with(u"enabled"_s, u"yes"_s) << json << 422
                                    << u"enabled"_s;
    QTest::addRow("max_in_flight 0") << u"crm"_s << with(u"max_in_flight"_s, 0) << json << 422
                                     << u"max_in_flight"_s;
    QTest::addRow("rate limit negative")
        << u"crm"_s << with(u"rate_limit_per_s"_s, -1) << json << 422 << u"rate_limit_per_s"_s;
    QTest::addRow("malformed json") << u"crm"_s << QByteArray("{\"url\": ") << json << 400 << QString();
    QTest::addRow("empty body") << u"crm"_s << QByteArray() << json << 400 << QString();
    QTest::addRow("array body") << u"crm"_s << QByteArray("[]") << json << 422 << QString();
    QTest::addRow("text/plain") << u"crm"_s << with(u"enabled"_s, true) << QByteArray("text/plain") << 415
                                << QString();
}

void tst_Api::endpointInvalid()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, field);

    const Response r = call("PUT", u"/v1/endpoints/"_s + name, body, {{"Content-Type", contentType}});
    VERIFY_ERROR(r, status, field);
    // Nothing was created, and no secret was stored.
    QCOMPARE(get(u"/v1/endpoints"_s).json.value(u"endpoints"_s).toArray().size(), 0);
    QVERIFY(m_secrets->secrets().isEmpty());
}

void tst_Api::endpointPauseResume()
{
    QCOMPARE(createEndpoint(u"held"_s, u"/held"_s).status, 201);
    QCOMPARE(createEndpoint(u"live"_s, u"/live"_s).status, 201);

    const Response paused = call("POST", u"/v1/endpoints/held/pause"_s);
    QCOMPARE(paused.status, 200);
    QCOMPARE(paused.json.value(u"name"_s).toString(), u"held"_s);
    QCOMPARE(paused.json.value(u"paused"_s).toBool(), true);
    QCOMPARE(get(u"/v1/endpoints/held"_s).json.value(u"paused"_s).toBool(), true);

    const Response sent
        = post(u"/v1/messages"_s,
               {{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{{u"n"_s, 1}}}});
    QCOMPARE(sent.status, 202);
    QCOMPARE(sent.json.value(u"deliveries"_s).toArray().size(), 2);
    QString heldId;
    for (const QJsonValue &d : sent.json.value(u"deliveries"_s).toArray()) {
        if (d.toObject().value(u"endpoint"_s).toString() == u"held")
            heldId = d.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!heldId.isEmpty());

    // The live endpoint's copy goes out; the paused one's stays queued. There is no event
    // for "nothing happened", so give the engine a moment after its sibling was sent.
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/live"_s), 1, kDeliveryTimeoutMs);
    QTest::qWait(500);
    QCOMPARE(m_receiver->count(u"/held"_s), 0);
    const Response held = get(u"/v1/deliveries/"_s + heldId);
    QCOMPARE(held.json.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(held.json.value(u"attempts"_s).toArray().size(), 0);

    const Response resumed = call("POST", u"/v1/endpoints/held/resume"_s);
    QCOMPARE(resumed.status, 200);
    QCOMPARE(resumed.json.value(u"paused"_s).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/held"_s), 1, kDeliveryTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(deliveryStatus(heldId), u"delivered"_s, kDeliveryTimeoutMs);
    QCOMPARE(m_receiver->requests(u"/held"_s).constFirst().body, QByteArray(R"({"n":1})"));

    VERIFY_ERROR(call("POST", u"/v1/endpoints/nobody/pause"_s), 404, QString());
    VERIFY_ERROR(call("POST", u"/v1/endpoints/nobody/resume"_s), 404, QString());
}

void tst_Api::endpointPutSecret()
{
    const Response created = createEndpoint(u"crm"_s, u"/crm"_s);
    QCOMPARE(created.status, 201);
    const QString first = created.json.value(u"secret"_s).toString();

    const QString mine = whsec('k');
    const Response put = call("PUT", u"/v1/endpoints/crm/secret"_s, toJson({{u"secret"_s, mine}}));
    QCOMPARE(put.status, 204);
    QVERIFY(put.body.isEmpty());
    const QString fingerprint = get(u"/v1/endpoints/crm"_s).json.value(u"secret_fingerprint"_s).toString();
    QCOMPARE(fingerprint, secretFingerprint(mine));
    QVERIFY(fingerprint != secretFingerprint(first));
    // Kept in the secret store, never in the database.
    QVERIFY(m_secrets->secrets().values().contains(mine));

    // The next delivery is signed with that secret alone.
    const Response sent
        = post(u"/v1/messages"_s,
               {{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{{u"a"_s, 1}}}});
    QCOMPARE(sent.status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/crm"_s), 1, kDeliveryTimeoutMs);
    const ReceivedRequest got = m_receiver->requests(u"/crm"_s).constFirst();
    const QByteArray id = got.header("webhook-id");
    QCOMPARE(id, sent.json.value(u"id"_s).toString().toUtf8());
    const qint64 ts = got.header("webhook-timestamp").toLongLong();
    StandardWebhooksSigner signer;
    QCOMPARE(got.header("webhook-signature"), signer.sign(keyOf(mine), id, ts, got.body));

    VERIFY_ERROR(call("PUT", u"/v1/endpoints/nobody/secret"_s, toJson({{u"secret"_s, mine}})), 404,
                 QString());
}

void tst_Api::endpointPutSecretInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::addRow("too short") << toJson({{u"secret"_s, u"whsec_abc"_s}}) << 422 << u"secret"_s;
    QTest::addRow("not base64") << toJson({{u"secret"_s, u"whsec_!!!!not*base64!!!!"_s}}) << 422
                                << u"secret"_s;
    QTest::addRow("short key") << toJson({{u"secret"_s, whsec('s', 8)}}) << 422 << u"secret"_s;
    QTest::addRow("a number") << toJson({{u"secret"_s, 12345678901234567.0}}) << 422 << u"secret"_s;
    QTest::addRow("missing") << toJson({{u"other"_s, whsec('k')}}) << 422 << u"secret"_s;
    QTest::addRow("malformed") << QByteArray("{\"secret\":") << 400 << QString();
    QTest::addRow("not an object") << QByteArray("\"whsec_x\"") << 422 << QString();
}

void tst_Api::endpointPutSecretInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);

    const Response created = createEndpoint(u"crm"_s, u"/crm"_s);
    QCOMPARE(created.status, 201);
    const QString fingerprint = created.json.value(u"secret_fingerprint"_s).toString();

    VERIFY_ERROR(call("PUT", u"/v1/endpoints/crm/secret"_s, body), status, field);
    QCOMPARE(get(u"/v1/endpoints/crm"_s).json.value(u"secret_fingerprint"_s).toString(), fingerprint);
}

void tst_Api::endpointRotateSecret()
{
    const Response created = createEndpoint(u"crm"_s, u"/crm"_s);
    QCOMPARE(created.status, 201);
    const QString oldSecret = created.json.value(u"secret"_s).toString();
    QVERIFY(!oldSecret.isEmpty());

    const Response rotated = post(u"/v1/endpoints/crm/secret/rotate"_s, {{u"grace_s"_s, 60}});
    QCOMPARE(rotated.status, 200);
    const QString newSecret = rotated.json.value(u"secret"_s).toString();
    QVERIFY2(newSecret.startsWith(u"whsec_"), qPrintable(newSecret));
    QVERIFY(newSecret != oldSecret);
    QVERIFY(keyOf(newSecret).size() >= 16);

    // GET shows neither secret, and the newest fingerprint first.
    const Response one = get(u"/v1/endpoints/crm"_s);
    QCOMPARE(one.json.value(u"secret_fingerprint"_s).toString(), secretFingerprint(newSecret));
    QVERIFY(!one.body.contains(newSecret.toUtf8()));
    QVERIFY(!one.body.contains(oldSecret.toUtf8()));

    // During the grace both secrets sign: two space-separated v1 signatures.
    const Response sent
        = post(u"/v1/messages"_s,
               {{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{{u"rotated"_s, true}}}});
    QCOMPARE(sent.status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/crm"_s), 1, kDeliveryTimeoutMs);
    const ReceivedRequest got = m_receiver->requests(u"/crm"_s).constFirst();
    const QByteArray id = got.header("webhook-id");
    const qint64 ts = got.header("webhook-timestamp").toLongLong();
    QVERIFY(ts > 0);
    const QList<QByteArray> signatures = got.header("webhook-signature").split(' ');
    QCOMPARE(signatures.size(), 2);
    for (const QByteArray &s : signatures)
        QVERIFY2(s.startsWith("v1,"), s.constData());
    StandardWebhooksSigner signer;
    QVERIFY(signatures.contains(signer.sign(keyOf(oldSecret), id, ts, got.body)));
    QVERIFY(signatures.contains(signer.sign(keyOf(newSecret), id, ts, got.body)));

    VERIFY_ERROR(post(u"/v1/endpoints/nobody/secret/rotate"_s, {{u"grace_s"_s, 60}}), 404, QString());
}

void tst_Api::endpointRotateSecretInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::addRow("negative") << toJson({{u"grace_s"_s, -1}}) << 422 << u"grace_s"_s;
    QTest::addRow("string") << toJson({{u"grace_s"_s, u"60"_s}}) << 422 << u"grace_s"_s;
    QTest::addRow("fraction") << toJson({{u"grace_s"_s, 1.5}}) << 422 << u"grace_s"_s;
    QTest::addRow("over 30 days") << toJson({{u"grace_s"_s, 30 * 86400 + 1}}) << 422 << u"grace_s"_s;
    QTest::addRow("malformed") << QByteArray("{grace_s: 60}") << 400 << QString();
    QTest::addRow("array") << QByteArray("[60]") << 422 << QString();
}

void tst_Api::endpointRotateSecretInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);

    const Response created = createEndpoint(u"crm"_s, u"/crm"_s);
    QCOMPARE(created.status, 201);
    VERIFY_ERROR(call("POST", u"/v1/endpoints/crm/secret/rotate"_s, body), status, field);
    // Nothing rotated.
    const Response one = get(u"/v1/endpoints/crm"_s);
    QCOMPARE(one.json.value(u"secret_fingerprint"_s).toString(),
             created.json.value(u"secret_fingerprint"_s).toString());
    QCOMPARE(one.json.value(u"secrets"_s).toArray().size(), 1);
}

// Messages ------------------------------------------------------------------------------

void tst_Api::messagePostAndGet()
{
    QCOMPARE(createEndpoint(u"good"_s, u"/good"_s).status, 201);
    QCOMPARE(createEndpoint(u"bad"_s, u"/bad"_s).status, 201);
    QCOMPARE(createEndpoint(u"other"_s, u"/other"_s, {{u"event_types"_s, QJsonArray{u"ticket.*"_s}}}).status,
             201);
    m_receiver->setBehaviour(u"/bad"_s, ReceiverBehaviour::withStatus(500, R"({"oops":1})"));

    const Response sent = post(u"/v1/messages"_s,
                               {{u"event_type"_s, u"call.completed"_s},
                                {u"payload"_s, QJsonObject{{u"duration_s"_s, 42}}},
                                {u"call_id"_s, u"call_4827"_s}});
    QCOMPARE(sent.status, 202);
    const QString id = sent.json.value(u"id"_s).toString();
    QVERIFY2(id.startsWith(u"msg_"), qPrintable(id));
    const QJsonArray deliveries = sent.json.value(u"deliveries"_s).toArray();
    QCOMPARE(deliveries.size(), 2); // "other" is not subscribed to call.*
    QStringList endpoints;
    QHash<QString, QString> idByEndpoint;
    for (const QJsonValue &v : deliveries) {
        const QJsonObject d = v.toObject();
        QVERIFY2(d.value(u"id"_s).toString().startsWith(u"dlv_"), qPrintable(d.value(u"id"_s).toString()));
        QCOMPARE(d.value(u"status"_s).toString(), u"pending"_s);
        endpoints.append(d.value(u"endpoint"_s).toString());
        idByEndpoint.insert(d.value(u"endpoint"_s).toString(), d.value(u"id"_s).toString());
    }
    endpoints.sort();
    QCOMPARE(endpoints, (QStringList{u"bad"_s, u"good"_s}));

    // The 202 came after the commit: the message is readable at once.
    const Response early = get(u"/v1/messages/"_s + id);
    QCOMPARE(early.status, 200);
    QCOMPARE(early.json.value(u"id"_s).toString(), id);

    // "bad" answers 500, is retried once after 1 s and then is dead.
    QTRY_COMPARE_WITH_TIMEOUT(deliveryStatus(idByEndpoint.value(u"good"_s)), u"delivered"_s,
                              kDeliveryTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(deliveryStatus(idByEndpoint.value(u"bad"_s)), u"dead"_s, kDeliveryTimeoutMs);

    const Response m = get(u"/v1/messages/"_s + id);
    QCOMPARE(m.status, 200);
    QCOMPARE(m.json.value(u"id"_s).toString(), id);
    QCOMPARE(m.json.value(u"event_type"_s).toString(), u"call.completed"_s);
    QCOMPARE(m.json.value(u"call_id"_s).toString(), u"call_4827"_s);
    QVERIFY(QDateTime::fromString(m.json.value(u"created_at"_s).toString(), Qt::ISODateWithMs).isValid());
    const QJsonArray got = m.json.value(u"deliveries"_s).toArray();
    QCOMPARE(got.size(), 2);
    for (const QJsonValue &v : got) {
        const QJsonObject d = v.toObject();
        QVERIFY(d.contains(u"next_attempt_at"_s));
        const QString endpoint = d.value(u"endpoint"_s).toString();
        QCOMPARE(d.value(u"id"_s).toString(), idByEndpoint.value(endpoint));
        const QJsonArray attempts = d.value(u"attempts"_s).toArray();
        for (const QJsonValue &a : attempts) {
            const QJsonObject attempt = a.toObject();
            for (const QString &key : {u"n"_s, u"at"_s, u"status_code"_s, u"error"_s, u"duration_ms"_s})
                QVERIFY2(attempt.contains(key), qPrintable(key));
            QVERIFY(QDateTime::fromString(attempt.value(u"at"_s).toString(), Qt::ISODateWithMs).isValid());
            QVERIFY(attempt.value(u"duration_ms"_s).isDouble());
        }
        if (endpoint == u"good") {
            QCOMPARE(d.value(u"status"_s).toString(), u"delivered"_s);
            QCOMPARE(attempts.size(), 1);
            QCOMPARE(attempts.at(0).toObject().value(u"n"_s).toInt(), 1);
            QCOMPARE(attempts.at(0).toObject().value(u"status_code"_s).toInt(), 200);
            QVERIFY(attempts.at(0).toObject().value(u"error"_s).isNull());
        } else {
            QCOMPARE(d.value(u"status"_s).toString(), u"dead"_s);
            QCOMPARE(attempts.size(), 2);
            for (int i = 0; i < 2; ++i) {
                QCOMPARE(attempts.at(i).toObject().value(u"n"_s).toInt(), i + 1);
                QCOMPARE(attempts.at(i).toObject().value(u"status_code"_s).toInt(), 500);
                QCOMPARE(attempts.at(i).toObject().value(u"error"_s).toString(), u"http_5xx"_s);
            }
        }
    }
    QCOMPARE(m_receiver->count(u"/other"_s), 0);

    VERIFY_ERROR(get(u"/v1/messages/msg_doesnotexist"_s), 404, QString());
}

void tst_Api::messagePayloadBytesExact()
{
    QCOMPARE(createEndpoint(u"crm"_s, u"/crm"_s).status, 201);

    // Spacing, key order, a number beyond 2^64 and escapes all as the agent wrote them.
    const QByteArray payload
        = R"({ "z": 12345678901234567890, "a" : [1.50, -0.0, 1e3], "s": "caf\u00e9 \"q\"",)"
          R"( "big": -98765432109876543210987654321 })";
    const QByteArray body
        = R"({"event_type": "call.completed", "payload": )" + payload + R"(, "call_id": "call_1"})";
    const Response sent
        = call("POST", u"/v1/messages"_s, body, {{"Content-Type", "application/json; charset=utf-8"}});
    QCOMPARE(sent.status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/crm"_s), 1, kDeliveryTimeoutMs);
    const ReceivedRequest got = m_receiver->requests(u"/crm"_s).constFirst();
    QCOMPARE(got.body, payload);
    QVERIFY(got.body.contains("12345678901234567890"));
    QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));

    // An array payload is delivered too.
    const Response array
        = post(u"/v1/messages"_s, {{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonArray{1, 2}}});
    QCOMPARE(array.status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/crm"_s), 2, kDeliveryTimeoutMs);
    QCOMPARE(m_receiver->requests(u"/crm"_s).at(1).body, QByteArray("[1,2]"));
}

void tst_Api::messageIdempotency()
{
    QCOMPARE(createEndpoint(u"crm"_s, u"/crm"_s).status, 201);
    QCOMPARE(createEndpoint(u"erp"_s, u"/erp"_s).status, 201);
    const QJsonObject body{{u"event_type"_s, u"ticket.created"_s},
                           {u"payload"_s, QJsonObject{{u"ticket"_s, 1}}},
                           {u"call_id"_s, u"call_4827"_s}};
    const Headers key{{"Idempotency-Key", "call_4827_create_ticket_v1"}};

    const Response first = post(u"/v1/messages"_s, body, key);
    QCOMPARE(first.status, 202);
    const Response second = post(u"/v1/messages"_s, body, key);
    QCOMPARE(second.status, 202);
    QCOMPARE(second.json.value(u"id"_s).toString(), first.json.value(u"id"_s).toString());
    QCOMPARE(idsOf(second.json.value(u"deliveries"_s).toArray()),
             idsOf(first.json.value(u"deliveries"_s).toArray()));
    QCOMPARE(idsOf(first.json.value(u"deliveries"_s).toArray()).size(), 2);
    QCOMPARE(storedMessages(), 1);
    QCOMPARE(countDeliveries(u"call_id=call_4827"_s), 2);

    // The key in the body is the same key.
    QJsonObject inBody = body;
    inBody.insert(u"idempotency_key"_s, u"call_4827_create_ticket_v1"_s);
    const Response third = post(u"/v1/messages"_s, inBody);
    QCOMPARE(third.status, 202);
    QCOMPARE(third.json.value(u"id"_s).toString(), first.json.value(u"id"_s).toString());

    // Same key, different request: refused, nothing created.
    QJsonObject different = body;
    different.insert(u"payload"_s, QJsonObject{{u"ticket"_s, 2}});
    VERIFY_ERROR(post(u"/v1/messages"_s, different, key), 409, QString());
    // Header and body disagreeing is a client bug.
    VERIFY_ERROR(post(u"/v1/messages"_s, inBody, {{"Idempotency-Key", "another"}}), 422,
                 u"idempotency_key"_s);
    QCOMPARE(storedMessages(), 1);

    // Each endpoint got its copy exactly once.
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/crm"_s), 1, kDeliveryTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/erp"_s), 1, kDeliveryTimeoutMs);
    QCOMPARE(m_receiver->requests(u"/crm"_s).constFirst().header("Idempotency-Key"),
             QByteArray("call_4827_create_ticket_v1"));
}

void tst_Api::messageInvalid_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const QByteArray json = "application/json";
    auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject o{{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{{u"a"_s, 1}}}};
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return toJson(o);
    };
    QTest::addRow("malformed json") << QString() << QByteArray(R"({"event_type": "call.completed",)") << json
                                    << 400 << QString();
    QTest::addRow("trailing garbage")
        << QString() << QByteArray(with(u"call_id"_s, u"c"_s) + "}") << json << 400 << QString();
    QTest::addRow("empty body") << QString() << QByteArray() << json << 400 << QString();
    QTest::addRow("array body") << QString() << QByteArray(R"([{"event_type": "x"}])") << json << 422
                                << QString();
    QTest::addRow("string body") << QString() << QByteArray(R"("call.completed")") << json << 422
                                 << QString();
    QTest::addRow("missing event_type")
        << QString() << with(u"event_type"_s, QJsonValue(QJsonValue::Undefined)) << json << 422
        << u"event_type"_s;
    QTest::addRow("null event_type") << QString() << with(u"event_type"_s, QJsonValue(QJsonValue::Null))
                                     << json << 422 << u"event_type"_s;
    QTest::addRow("numeric event_type")
        << QString() << with(u"event_type"_s, 7) << json << 422 << u"event_type"_s;
    QTest::addRow("bad event_type") << QString() << with(u"event_type"_s, u"call completed"_s) << json << 422
                                    << u"event_type"_s;
    QTest::addRow("missing payload") << QString() << with(u"payload"_s, QJsonValue(QJsonValue::Undefined))
                                     << json << 422 << u"payload"_s;
    QTest::addRow("string payload") << QString() << with(u"payload"_s, u"{\"a\":1}"_s) << json << 422
                                    << u"payload"_s;
    QTest::addRow("number payload") << QString() << with(u"payload"_s, 1) << json << 422 << u"payload"_s;
    QTest::addRow("null payload") << QString() << with(u"payload"_s, QJsonValue(QJsonValue::Null)) << json
                                  << 422 << u"payload"_s;
    QTest::addRow("unknown field") << QString() << with(u"priority"_s, u"high"_s) << json << 422
                                   << u"priority"_s;
    QTest::addRow("no subscriber") << QString() << with(u"event_type"_s, u"nobody.listens"_s) << json << 422
                                   << u"event_type"_s;
    QTest::addRow("unknown endpoint") << QString() << with(u"endpoints"_s, QJsonArray{u"sub"_s, u"ghost"_s})
                                      << json << 422 << u"endpoints"_s;
    QTest::addRow("endpoints string")
        << QString() << with(u"endpoints"_s, u"sub"_s) << json << 422 << u"endpoints"_s;
    QTest::addRow("endpoints empty") << QString() << with(u"endpoints"_s, QJsonArray{}) << json << 422
                                     << u"endpoints"_s;
    QTest::addRow("endpoint name invalid")
        << QString() << with(u"endpoints"_s, QJsonArray{u"Sub"_s}) << json << 422 << u"endpoints"_s;
    QTest::addRow("call_id number") << QString() << with(u"call_id"_s, 4827) << json << 422 << u"call_id"_s;
    QTest::addRow("call_id empty") << QString() << with(u"call_id"_s, u""_s) << json << 422 << u"call_id"_s;
    QTest::addRow("idempotency_key number")
        << QString() << with(u"idempotency_key"_s, 1) << json << 422 << u"idempotency_key"_s;
    QTest::addRow("text/plain") << QString() << with(u"call_id"_s, u"c"_s) << QByteArray("text/plain") << 415
                                << QString();
    QTest::addRow("form") << QString() << QByteArray("event_type=call.completed")
                          << QByteArray("application/x-www-form-urlencoded") << 415 << QString();
    QTest::addRow("wait_ms 20000") << u"?wait_ms=20000"_s << with(u"call_id"_s, u"c"_s) << json << 422
                                   << u"wait_ms"_s;
    QTest::addRow("wait_ms negative")
        << u"?wait_ms=-1"_s << with(u"call_id"_s, u"c"_s) << json << 422 << u"wait_ms"_s;
    QTest::addRow("wait_ms text") << u"?wait_ms=soon"_s << with(u"call_id"_s, u"c"_s) << json << 422
                                  << u"wait_ms"_s;
}

void tst_Api::messageInvalid()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, field);

    QCOMPARE(createEndpoint(u"sub"_s, u"/sub"_s, {{u"event_types"_s, QJsonArray{u"call.*"_s}}}).status, 201);
    const Response r = call("POST", u"/v1/messages"_s + query, body, {{"Content-Type", contentType}});
    VERIFY_ERROR(r, status, field);
    QCOMPARE(storedMessages(), 0);
}

void tst_Api::messageTooLarge()
{
    QCOMPARE(createEndpoint(u"crm"_s, u"/crm"_s).status, 201);
    const QByteArray filler(2 * 1024 * 1024, 'x');
    const QByteArray body = R"({"event_type": "call.completed", "payload": {"blob": ")" + filler + R"("}})";
    VERIFY_ERROR(call("POST", u"/v1/messages"_s, body), 413, QString());
    QCOMPARE(storedMessages(), 0);

    // Just under the limit is fine.
    const QByteArray fits = R"({"event_type": "call.completed", "payload": {"blob": ")"
        + QByteArray(1000 * 1000, 'y') + R"("}})";
    QCOMPARE(call("POST", u"/v1/messages"_s, fits).status, 202);
    QCOMPARE(storedMessages(), 1);
}

void tst_Api::messageWaitDelivered()
{
    QCOMPARE(createEndpoint(u"crm"_s, u"/crm"_s).status, 201);
    QCOMPARE(createEndpoint(u"erp"_s, u"/erp"_s).status, 201);
    m_receiver->setBehaviour(u"/crm"_s, ReceiverBehaviour::withStatus(201, R"({"ticket":"T-1","n":[1,2]})"));
    m_receiver->setBehaviour(u"/erp"_s, ReceiverBehaviour::withStatus(201, "accepted"));

    const Response r
        = post(u"/v1/messages?wait_ms=2000"_s,
               {{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{{u"a"_s, 1}}}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(u"id"_s).toString().startsWith(u"msg_"));
    const QJsonArray deliveries = r.json.value(u"deliveries"_s).toArray();
    QCOMPARE(deliveries.size(), 2);
    for (const QJsonValue &v : deliveries) {
        const QJsonObject d = v.toObject();
        QVERIFY(d.value(u"id"_s).toString().startsWith(u"dlv_"));
        QCOMPARE(d.value(u"status"_s).toString(), u"delivered"_s);
        const QJsonObject response = d.value(u"response"_s).toObject();
        QCOMPARE(response.value(u"status"_s).toInt(), 201);
        if (d.value(u"endpoint"_s).toString() == u"crm") {
            QCOMPARE(response.value(u"body"_s).toObject(),
                     (QJsonObject{{u"ticket"_s, u"T-1"_s}, {u"n"_s, QJsonArray{1, 2}}}));
        } else {
            QCOMPARE(d.value(u"endpoint"_s).toString(), u"erp"_s);
            QCOMPARE(response.value(u"body"_s).toString(), u"accepted"_s);
        }
    }
}

void tst_Api::messageWaitTimesOut()
{
    QCOMPARE(createEndpoint(u"slow"_s, u"/slow"_s).status, 201);
    m_receiver->setBehaviour(u"/slow"_s, ReceiverBehaviour::delayed(2000, 200));

    const Response r
        = post(u"/v1/messages?wait_ms=300"_s,
               {{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{{u"a"_s, 1}}}});
    QCOMPARE(r.status, 202);
    const QJsonArray deliveries = r.json.value(u"deliveries"_s).toArray();
    QCOMPARE(deliveries.size(), 1);
    const QJsonObject d = deliveries.at(0).toObject();
    QCOMPARE(d.value(u"endpoint"_s).toString(), u"slow"_s);
    QVERIFY(d.value(u"status"_s).toString() != u"delivered");
    QVERIFY(!d.contains(u"response"_s));

    // Queued either way: it is delivered once the receiver answers.
    QTRY_COMPARE_WITH_TIMEOUT(deliveryStatus(d.value(u"id"_s).toString()), u"delivered"_s,
                              kDeliveryTimeoutMs);
    QCOMPARE(m_receiver->count(u"/slow"_s), 1);
}

// Deliveries ----------------------------------------------------------------------------

void tst_Api::deliveriesListFilters()
{
    QCOMPARE(createEndpoint(u"alpha"_s, u"/alpha"_s).status, 201);
    QCOMPARE(createEndpoint(u"beta"_s, u"/beta"_s).status, 201);
    m_receiver->setBehaviour(u"/beta"_s, ReceiverBehaviour::withStatus(503));
    struct Sent
    {
        QString eventType;
        QString callId;
    };
    const QList<Sent> sent{
        {u"call.started"_s, u"c1"_s}, {u"call.completed"_s, u"c1"_s}, {u"call.completed"_s, u"c2"_s}};
    for (const Sent &s : sent) {
        QCOMPARE(post(u"/v1/messages"_s,
                      {{u"event_type"_s, s.eventType},
                       {u"payload"_s, QJsonObject{{u"e"_s, s.eventType}}},
                       {u"call_id"_s, s.callId}})
                     .status,
                 202);
    }
    QTRY_COMPARE_WITH_TIMEOUT(countDeliveries(u"status=delivered"_s), 3, kDeliveryTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(countDeliveries(u"status=dead"_s), 3, kDeliveryTimeoutMs);

    struct Case
    {
        QString query;
        int count;
    };
    const QList<Case> cases{
        {QString(), 6},
        {u"status=delivered&endpoint=alpha"_s, 3},
        {u"status=dead&endpoint=alpha"_s, 0},
        {u"endpoint=beta"_s, 3},
        {u"event_type=call.completed"_s, 4},
        {u"event_type=call.started&endpoint=beta"_s, 1},
        {u"call_id=c1"_s, 4},
        {u"call_id=c2&endpoint=alpha"_s, 1},
        {u"call_id=c3"_s, 0},
        {u"status=pending"_s, 0},
        {u"since=2000-01-01T00:00:00Z"_s, 6},
        {u"since=2999-01-01T00:00:00Z"_s, 0},
    };
    for (const Case &c : cases) {
        const Response r = get(u"/v1/deliveries?"_s + c.query);
        QVERIFY2(r.status == 200, qPrintable(c.query));
        const QJsonArray arr = r.json.value(u"deliveries"_s).toArray();
        QVERIFY2(arr.size() == c.count,
                 qPrintable(u"%1: %2 instead of %3"_s.arg(c.query).arg(arr.size()).arg(c.count)));
        const QUrlQuery q(c.query);
        for (const QJsonValue &v : arr) {
            const QJsonObject d = v.toObject();
            for (const QString &key : {u"status"_s, u"endpoint"_s, u"event_type"_s, u"call_id"_s}) {
                if (q.hasQueryItem(key))
                    QVERIFY2(d.value(key).toString() == q.queryItemValue(key), qPrintable(c.query));
            }
            QVERIFY(d.value(u"id"_s).toString().startsWith(u"dlv_"));
            QVERIFY(d.value(u"message_id"_s).toString().startsWith(u"msg_"));
        }
        QVERIFY(r.json.contains(u"next_cursor"_s));
    }

    // Paging: limit + next_cursor walk every delivery exactly once, then stop.
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        QString path = u"/v1/deliveries?limit=4"_s;
        if (!cursor.isEmpty())
            path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Response r = get(path);
        QCOMPARE(r.status, 200);
        const QJsonArray arr = r.json.value(u"deliveries"_s).toArray();
        QVERIFY(arr.size() <= 4);
        seen += idsOf(arr);
        cursor = r.json.value(u"next_cursor"_s).toString();
        QVERIFY(++pages <= 3);
    } while (!cursor.isEmpty());
    QCOMPARE(pages, 2);
    QCOMPARE(seen.size(), 6);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 6);

    // Paging with a filter.
    const Response page1 = get(u"/v1/deliveries?endpoint=beta&limit=2"_s);
    QCOMPARE(page1.json.value(u"deliveries"_s).toArray().size(), 2);
    const QString next = page1.json.value(u"next_cursor"_s).toString();
    QVERIFY(!next.isEmpty());
    const Response page2 = get(u"/v1/deliveries?endpoint=beta&limit=2&cursor="_s
                               + QString::fromLatin1(QUrl::toPercentEncoding(next)));
    QCOMPARE(page2.json.value(u"deliveries"_s).toArray().size(), 1);
    QVERIFY(page2.json.value(u"next_cursor"_s).isNull());
    QVERIFY(!idsOf(page1.json.value(u"deliveries"_s).toArray())
                 .contains(idsOf(page2.json.value(u"deliveries"_s).toArray()).constFirst()));
}

void tst_Api::deliveriesListInvalid_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");

    QTest::addRow("status bogus") << u"status=bogus"_s << u"status"_s;
    QTest::addRow("status empty") << u"status="_s << u"status"_s;
    QTest::addRow("limit 0") << u"limit=0"_s << u"limit"_s;
    QTest::addRow("limit negative") << u"limit=-5"_s << u"limit"_s;
    QTest::addRow("limit too big") << u"limit=100000"_s << u"limit"_s;
    QTest::addRow("limit text") << u"limit=ten"_s << u"limit"_s;
    QTest::addRow("since yesterday") << u"since=yesterday"_s << u"since"_s;
    QTest::addRow("until garbage") << u"until=2026-13-45"_s << u"until"_s;
    QTest::addRow("status_code 99") << u"status_code=99"_s << u"status_code"_s;
    QTest::addRow("error bogus") << u"error=bogus"_s << u"error"_s;
    QTest::addRow("cursor garbage") << u"cursor=garbage"_s << u"cursor"_s;
    QTest::addRow("cursor empty") << u"cursor="_s << u"cursor"_s;
}

void tst_Api::deliveriesListInvalid()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    VERIFY_ERROR(get(u"/v1/deliveries?"_s + query), 422, field);
}

void tst_Api::deliveryDetail()
{
    QCOMPARE(
        createEndpoint(u"crm"_s, u"/crm"_s, {{u"headers"_s, QJsonObject{{u"X-Team"_s, u"ops"_s}}}}).status,
        201);
    ReceiverBehaviour answer = ReceiverBehaviour::withStatus(202, R"({"queued":true})");
    answer.headers.append({QByteArrayLiteral("X-Receiver"), QByteArrayLiteral("tst")});
    m_receiver->setBehaviour(u"/crm"_s, answer);

    const Response sent = post(u"/v1/messages"_s,
                               {{u"event_type"_s, u"call.completed"_s},
                                {u"payload"_s, QJsonObject{{u"a"_s, 1}}},
                                {u"call_id"_s, u"call_9"_s}},
                               {{"Idempotency-Key", "detail-key"}});
    QCOMPARE(sent.status, 202);
    const QString id = sent.json.value(u"deliveries"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    QTRY_COMPARE_WITH_TIMEOUT(deliveryStatus(id), u"delivered"_s, kDeliveryTimeoutMs);
    const ReceivedRequest got = m_receiver->requests(u"/crm"_s).constFirst();
    const QByteArray realSignature = got.header("webhook-signature");
    QVERIFY(realSignature.startsWith("v1,"));

    const Response r = get(u"/v1/deliveries/"_s + id);
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.json;
    QCOMPARE(d.value(u"id"_s).toString(), id);
    QCOMPARE(d.value(u"message_id"_s).toString(), sent.json.value(u"id"_s).toString());
    QCOMPARE(d.value(u"endpoint"_s).toString(), u"crm"_s);
    QCOMPARE(d.value(u"event_type"_s).toString(), u"call.completed"_s);
    QCOMPARE(d.value(u"call_id"_s).toString(), u"call_9"_s);
    QCOMPARE(d.value(u"status"_s).toString(), u"delivered"_s);
    const QJsonArray attempts = d.value(u"attempts"_s).toArray();
    QCOMPARE(attempts.size(), 1);
    const QJsonObject a = attempts.at(0).toObject();
    QCOMPARE(a.value(u"n"_s).toInt(), 1);
    QCOMPARE(a.value(u"status_code"_s).toInt(), 202);
    QVERIFY(a.value(u"error"_s).isNull());
    QCOMPARE(a.value(u"replay"_s).toBool(), false);

    const QJsonObject request = a.value(u"request"_s).toObject();
    QCOMPARE(request.value(u"url"_s).toString(), m_receiver->url(u"/crm"_s).toString());
    const QJsonObject sentHeaders = request.value(u"headers"_s).toObject();
    QCOMPARE(sentHeaders.value(u"webhook-id"_s).toString(), QString::fromLatin1(got.header("webhook-id")));
    QCOMPARE(sentHeaders.value(u"x-team"_s).toString(), u"ops"_s);
    QCOMPARE(sentHeaders.value(u"idempotency-key"_s).toString(), u"detail-key"_s);
    const QString masked = sentHeaders.value(u"webhook-signature"_s).toString();
    QVERIFY2(!masked.isEmpty(), "the signature header is listed");
    QVERIFY2(masked != QString::fromLatin1(realSignature), "the signature is masked");
    QVERIFY(!r.body.contains(realSignature.mid(3)));
    QVERIFY(masked.startsWith(u"v1,"));

    const QJsonObject response = a.value(u"response"_s).toObject();
    QCOMPARE(response.value(u"headers"_s).toObject().value(u"x-receiver"_s).toString(), u"tst"_s);
    QCOMPARE(response.value(u"body"_s).toObject(), (QJsonObject{{u"queued"_s, true}}));

    VERIFY_ERROR(get(u"/v1/deliveries/dlv_doesnotexist"_s), 404, QString());
}

void tst_Api::deliveryReplay()
{
    QCOMPARE(createEndpoint(u"crm"_s, u"/crm"_s).status, 201);
    m_receiver->setBehaviour(u"/crm"_s, ReceiverBehaviour::withStatus(500));
    const Response sent
        = post(u"/v1/messages"_s,
               {{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{{u"a"_s, 1}}}});
    QCOMPARE(sent.status, 202);
    const QString id = sent.json.value(u"deliveries"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    QTRY_COMPARE_WITH_TIMEOUT(deliveryStatus(id), u"dead"_s, kDeliveryTimeoutMs);
    QCOMPARE(get(u"/healthz"_s).json.value(u"dlq_depth"_s).toInt(), 1);

    // The receiver is fixed, but slow: the replayed delivery stays busy for a while.
    m_receiver->setBehaviour(u"/crm"_s, ReceiverBehaviour::delayed(1500, 200));
    const Response replayed = call("POST", u"/v1/deliveries/"_s + id + u"/replay"_s);
    QCOMPARE(replayed.status, 202);
    QCOMPARE(replayed.json.value(u"id"_s).toString(), id);
    QCOMPARE(replayed.json.value(u"status"_s).toString(), u"pending"_s);

    // Already queued again: a second replay is a conflict.
    VERIFY_ERROR(call("POST", u"/v1/deliveries/"_s + id + u"/replay"_s), 409, QString());

    QTRY_COMPARE_WITH_TIMEOUT(deliveryStatus(id), u"delivered"_s, kDeliveryTimeoutMs);
    const QJsonArray attempts = get(u"/v1/deliveries/"_s + id).json.value(u"attempts"_s).toArray();
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(0).toObject().value(u"replay"_s).toBool(), false);
    QCOMPARE(attempts.at(1).toObject().value(u"replay"_s).toBool(), false);
    QCOMPARE(attempts.at(2).toObject().value(u"replay"_s).toBool(), true);
    QCOMPARE(attempts.at(2).toObject().value(u"status_code"_s).toInt(), 200);
    // A replay keeps the webhook-id.
    const QList<ReceivedRequest> got = m_receiver->requests(u"/crm"_s);
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.at(2).header("webhook-id"), got.at(0).header("webhook-id"));
    QCOMPARE(get(u"/healthz"_s).json.value(u"dlq_depth"_s).toInt(), 0);

    // A delivered delivery may be replayed too.
    m_receiver->setBehaviour(u"/crm"_s, ReceiverBehaviour::withStatus(200));
    QCOMPARE(call("POST", u"/v1/deliveries/"_s + id + u"/replay"_s).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/crm"_s), 4, kDeliveryTimeoutMs);

    VERIFY_ERROR(call("POST", u"/v1/deliveries/dlv_doesnotexist/replay"_s), 404, QString());
}

void tst_Api::deliveryBulkReplay()
{
    QCOMPARE(createEndpoint(u"x"_s, u"/x"_s).status, 201);
    QCOMPARE(createEndpoint(u"y"_s, u"/y"_s).status, 201);
    m_receiver->setBehaviour(u"/x"_s, ReceiverBehaviour::withStatus(500));
    m_receiver->setBehaviour(u"/y"_s, ReceiverBehaviour::withStatus(500));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(post(u"/v1/messages"_s,
                      {{u"event_type"_s, u"call.completed"_s},
                       {u"payload"_s, QJsonObject{{u"i"_s, i}}},
                       {u"endpoints"_s, QJsonArray{u"x"_s}}})
                     .status,
                 202);
    }
    QCOMPARE(post(u"/v1/messages"_s,
                  {{u"event_type"_s, u"call.completed"_s},
                   {u"payload"_s, QJsonObject{{u"i"_s, 9}}},
                   {u"endpoints"_s, QJsonArray{u"y"_s}}})
                 .status,
             202);
    QTRY_COMPARE_WITH_TIMEOUT(countDeliveries(u"status=dead"_s), 4, kDeliveryTimeoutMs);
    m_receiver->setBehaviour(u"/x"_s, ReceiverBehaviour::withStatus(200));
    m_receiver->setBehaviour(u"/y"_s, ReceiverBehaviour::withStatus(200));
    m_receiver->clear();

    // Nothing matches: nothing is replayed.
    const Response none
        = post(u"/v1/deliveries/replay"_s, {{u"status"_s, u"dead"_s}, {u"endpoint"_s, u"zzz"_s}});
    QCOMPARE(none.status, 202);
    QCOMPARE(none.json.value(u"replayed"_s).toInt(), 0);

    const Response r = post(u"/v1/deliveries/replay"_s, {{u"status"_s, u"dead"_s}, {u"endpoint"_s, u"x"_s}});
    QCOMPARE(r.status, 202);
    QCOMPARE(r.json.value(u"replayed"_s).toInt(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(countDeliveries(u"status=delivered&endpoint=x"_s), 3, kDeliveryTimeoutMs);
    QCOMPARE(countDeliveries(u"status=dead&endpoint=y"_s), 1);
    QCOMPARE(m_receiver->count(u"/x"_s), 3);
    QCOMPARE(m_receiver->count(u"/y"_s), 0);

    // Replaying dead ones again finds only y's.
    const Response rest = post(u"/v1/deliveries/replay"_s, {{u"status"_s, u"dead"_s}});
    QCOMPARE(rest.status, 202);
    QCOMPARE(rest.json.value(u"replayed"_s).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/y"_s), 1, kDeliveryTimeoutMs);
}

void tst_Api::deliveryBulkReplayInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::addRow("status pending") << toJson({{u"status"_s, u"pending"_s}}) << 422 << u"status"_s;
    QTest::addRow("status in_flight") << toJson({{u"status"_s, u"in_flight"_s}}) << 422 << u"status"_s;
    QTest::addRow("status bogus") << toJson({{u"status"_s, u"bogus"_s}}) << 422 << u"status"_s;
    QTest::addRow("since yesterday") << toJson({{u"status"_s, u"dead"_s}, {u"since"_s, u"yesterday"_s}})
                                     << 422 << u"since"_s;
    QTest::addRow("endpoint array") << toJson({{u"endpoint"_s, QJsonArray{u"x"_s}}}) << 422 << u"endpoint"_s;
    // A typo must not widen the replay to every dead delivery.
    QTest::addRow("unknown field") << toJson({{u"endpont"_s, u"x"_s}}) << 422 << u"endpont"_s;
    QTest::addRow("malformed") << QByteArray("{\"status\": dead}") << 400 << QString();
    QTest::addRow("array") << QByteArray("[]") << 422 << QString();
}

void tst_Api::deliveryBulkReplayInvalid()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);

    QCOMPARE(createEndpoint(u"x"_s, u"/x"_s).status, 201);
    m_receiver->setBehaviour(u"/x"_s, ReceiverBehaviour::withStatus(410)); // refused: dead at once
    QCOMPARE(post(u"/v1/messages"_s, {{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{}}})
                 .status,
             202);
    QTRY_COMPARE_WITH_TIMEOUT(countDeliveries(u"status=dead"_s), 1, kDeliveryTimeoutMs);

    VERIFY_ERROR(call("POST", u"/v1/deliveries/replay"_s, body), status, field);
    QCOMPARE(countDeliveries(u"status=dead"_s), 1);
}

void tst_Api::deliveryDiscard()
{
    QCOMPARE(createEndpoint(u"held"_s, u"/held"_s).status, 201);
    QCOMPARE(createEndpoint(u"gone"_s, u"/gone"_s).status, 201);
    QCOMPARE(call("POST", u"/v1/endpoints/held/pause"_s).status, 200);
    m_receiver->setBehaviour(u"/gone"_s, ReceiverBehaviour::withStatus(410));
    const Response sent
        = post(u"/v1/messages"_s, {{u"event_type"_s, u"call.completed"_s}, {u"payload"_s, QJsonObject{}}});
    QCOMPARE(sent.status, 202);
    QHash<QString, QString> idByEndpoint;
    for (const QJsonValue &v : sent.json.value(u"deliveries"_s).toArray())
        idByEndpoint.insert(v.toObject().value(u"endpoint"_s).toString(),
                            v.toObject().value(u"id"_s).toString());
    const QString pending = idByEndpoint.value(u"held"_s);
    const QString dead = idByEndpoint.value(u"gone"_s);
    QTRY_COMPARE_WITH_TIMEOUT(deliveryStatus(dead), u"dead"_s, kDeliveryTimeoutMs);
    QCOMPARE(deliveryStatus(pending), u"pending"_s);

    for (const QString &id : {pending, dead}) {
        const Response r = call("POST", u"/v1/deliveries/"_s + id + u"/discard"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"id"_s).toString(), id);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"discarded"_s);
        QCOMPARE(deliveryStatus(id), u"discarded"_s);
    }
    QCOMPARE(countDeliveries(u"status=discarded"_s), 2);
    const Response health = call("GET", u"/healthz"_s, {}, {}, false);
    QCOMPARE(health.json.value(u"queue_depth"_s).toInt(), 0);
    QCOMPARE(health.json.value(u"dlq_depth"_s).toInt(), 0);

    // Resuming sends nothing that was discarded.
    QCOMPARE(call("POST", u"/v1/endpoints/held/resume"_s).status, 200);
    QTest::qWait(300);
    QCOMPARE(m_receiver->count(u"/held"_s), 0);

    VERIFY_ERROR(call("POST", u"/v1/deliveries/"_s + pending + u"/discard"_s), 409, QString());
    VERIFY_ERROR(call("POST", u"/v1/deliveries/dlv_doesnotexist/discard"_s), 404, QString());
}

// Robustness ----------------------------------------------------------------------------

void tst_Api::neverA500_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");

    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += '[';
    for (int i = 0; i < 5000; ++i)
        deep += ']';
    const QByteArray invalidUtf8
        = QByteArray(R"({"event_type": "call.completed", "payload": {"s": ")") + "\xff\xfe\xc3" + R"("}})";

    QTest::addRow("deeply nested payload") << QByteArray("POST") << u"/v1/messages"_s
                                           << QByteArray(R"({"event_type": "a", "payload": )" + deep + "}");
    QTest::addRow("invalid utf-8") << QByteArray("POST") << u"/v1/messages"_s << invalidUtf8;
    QTest::addRow("nul bytes") << QByteArray("POST") << u"/v1/messages"_s << QByteArray("{\"a\0\":1}", 9);
    QTest::addRow("huge number") << QByteArray("POST") << u"/v1/messages"_s
                                 << QByteArray(R"({"event_type": "a", "payload": {}, "call_id": 1e999})");
    QTest::addRow("duplicate keys") << QByteArray("POST") << u"/v1/messages"_s
                                    << QByteArray(R"({"event_type": "a", "event_type": 5, "payload": {}})");
    QTest::addRow("endpoints of objects")
        << QByteArray("POST") << u"/v1/messages"_s
        << QByteArray(R"({"event_type": "a", "payload": {}, "endpoints": [{}]})");
    QTest::addRow("long event type") << QByteArray("POST") << u"/v1/messages"_s
                                     << toJson({{u"event_type"_s, QString(5000, u'a')},
                                                {u"payload"_s, QJsonObject{}}});
    QTest::addRow("long idempotency key") << QByteArray("POST") << u"/v1/messages"_s
                                          << toJson({{u"event_type"_s, u"a"_s},
                                                     {u"payload"_s, QJsonObject{}},
                                                     {u"idempotency_key"_s, QString(5000, u'k')}});
    QTest::addRow("wait_ms huge") << QByteArray("POST") << u"/v1/messages?wait_ms=99999999999999"_s
                                  << toJson({{u"event_type"_s, u"a"_s}, {u"payload"_s, QJsonObject{}}});
    QTest::addRow("endpoint null fields") << QByteArray("PUT") << u"/v1/endpoints/crm"_s
                                          << QByteArray(R"({"url": null, "retry": null, "headers": null})");
    QTest::addRow("endpoint retry schedule of strings") << QByteArray("PUT") << u"/v1/endpoints/crm"_s
                                                        << QByteArray(R"({"url": "http://127.0.0.1:9/",)"
                                                                      R"( "retry": {"schedule_s": ["1"]}})");
    QTest::addRow("endpoint headers nested") << QByteArray("PUT") << u"/v1/endpoints/crm"_s
                                             << QByteArray(R"({"url": "http://127.0.0.1:9/",)"
                                                           R"( "headers": {"X-A": {"b": 1}}})");
    QTest::addRow("endpoint header CRLF") << QByteArray("PUT") << u"/v1/endpoints/crm"_s
                                          << QByteArray(R"({"url": "http://127.0.0.1:9/",)"
                                                        R"( "headers": {"X-A": "a\r\nX-B: b"}})");
    QTest::addRow("endpoint url huge")
        << QByteArray("PUT") << u"/v1/endpoints/crm"_s
        << toJson({{u"url"_s, QString(u"http://"_s + QString(70000, u'h') + u"/"_s)}});
    QTest::addRow("endpoint name dots")
        << QByteArray("PUT") << u"/v1/endpoints/%2e%2e"_s << QByteArray(R"({"url": "http://127.0.0.1:9/"})");
    QTest::addRow("endpoint name encoded slash")
        << QByteArray("GET") << u"/v1/endpoints/a%2Fb"_s << QByteArray();
    QTest::addRow("secret of unknown endpoint, bad body")
        << QByteArray("PUT") << u"/v1/endpoints/none/secret"_s << QByteArray("nonsense");
    QTest::addRow("secret empty object")
        << QByteArray("PUT") << u"/v1/endpoints/crm/secret"_s << QByteArray("{}");
    QTest::addRow("rotate huge grace")
        << QByteArray("POST") << u"/v1/endpoints/crm/secret/rotate"_s << QByteArray(R"({"grace_s": 1e300})");
    QTest::addRow("bulk replay numbers")
        << QByteArray("POST") << u"/v1/deliveries/replay"_s << QByteArray(R"({"status_code": 1e300})");
    QTest::addRow("bulk replay bool")
        << QByteArray("POST") << u"/v1/deliveries/replay"_s << QByteArray(R"({"status": true})");
    QTest::addRow("list cursor garbage")
        << QByteArray("GET") << u"/v1/deliveries?cursor=%FF%00garbage"_s << QByteArray();
    QTest::addRow("list since far past")
        << QByteArray("GET") << u"/v1/deliveries?since=0001-01-01T00:00:00Z"_s << QByteArray();
    QTest::addRow("replay id odd") << QByteArray("POST") << u"/v1/deliveries/%00/replay"_s << QByteArray();
    QTest::addRow("message id odd") << QByteArray("GET") << u"/v1/messages/'%20OR%201=1"_s << QByteArray();
}

void tst_Api::neverA500()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);

    QCOMPARE(createEndpoint(u"crm"_s, u"/crm"_s).status, 201);
    const Response r = call(method, path, body);
    QVERIFY2(r.status != 0, "the API answers");
    QVERIFY2(r.status < 500, qPrintable(u"%1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body.left(300)))));
    if (r.status >= 400)
        VERIFY_ERROR(r, r.status, QString());
    // The server is still fine.
    QCOMPARE(call("GET", u"/healthz"_s, {}, {}, false).status, 200);
}

QTEST_GUILESS_MAIN(tst_Api)
#include "tst_api.moc"
