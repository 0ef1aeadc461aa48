// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiserver.h"
#include "delivery/engine.h"
#include "inbound/ipallowlist.h"
#include "inbound/jsonschema.h"
#include "receiver/testreceiver.h"
#include "secrets/memorysecretstore.h"
#include "signing/hmac.h"
#include "signing/outboundsigner.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

constexpr int kReplyTimeoutMs = 15000;
constexpr int kDeliveryTimeoutMs = 20000;
const QByteArray kToken = QByteArrayLiteral("tst-inbound-token-0123456789abcdef");
const QString kSwSecret = u"whsec_"_s + QString::fromLatin1(QByteArray(24, 'k').toBase64());
const QString kRawSecret = u"It's a Secret to Everybody"_s;

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject json;

    QString errorMessage() const { return json.value(u"error"_s).toObject().value(u"message"_s).toString(); }
    QJsonObject detail() const
    {
        return json.value(u"error"_s).toObject().value(u"details"_s).toArray().at(0).toObject();
    }
};

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray hmac(Hmac::Algorithm algorithm, QByteArrayView key, QByteArrayView data)
{
    Hmac h(algorithm);
    return h.compute(key, data);
}

// A request as a sender of one scheme signs it.
struct Signed
{
    QByteArray body;
    Headers headers;
};

QByteArray twilioData(const QString &url, const QList<QPair<QString, QString>> &params)
{
    auto sorted = params;
    std::sort(sorted.begin(), sorted.end());
    QByteArray data = url.toUtf8();
    for (const auto &[k, v] : sorted)
        data += k.toUtf8() + v.toUtf8();
    return data;
}

// Signs body for scheme with secret at unix time ts; id is the sender's delivery id.
Signed sign(const QString &scheme, const QString &secret, const QByteArray &body, qint64 ts,
            const QByteArray &id, const QString &twilioUrl = {})
{
    Signed s{body, {}};
    const QByteArray t = QByteArray::number(ts);
    if (scheme == u"standard-webhooks") {
        const QByteArray key = *StandardWebhooksSigner::decodeSecret(secret);
        s.headers = {
            {"webhook-id", id},
            {"webhook-timestamp", t},
            {"webhook-signature",
             "v1," + hmac(Hmac::Algorithm::Sha256, key, QByteArray(id + '.' + t + '.' + body)).toBase64()}};
    } else if (scheme == u"stripe") {
        s.headers
            = {{"Stripe-Signature",
                "t=" + t + ",v1="
                    + hmac(Hmac::Algorithm::Sha256, secret.toUtf8(), QByteArray(t + '.' + body)).toHex()}};
    } else if (scheme == u"github") {
        s.headers = {
            {"X-Hub-Signature-256", "sha256=" + hmac(Hmac::Algorithm::Sha256, secret.toUtf8(), body).toHex()},
            {"X-GitHub-Delivery", id},
            {"X-GitHub-Event", "push"}};
    } else if (scheme == u"shopify") {
        s.headers
            = {{"X-Shopify-Hmac-Sha256", hmac(Hmac::Algorithm::Sha256, secret.toUtf8(), body).toBase64()},
               {"X-Shopify-Webhook-Id", id}};
    } else if (scheme == u"x-signature") {
        s.headers
            = {{"X-Signature", "sha256=" + hmac(Hmac::Algorithm::Sha256, secret.toUtf8(), body).toHex()}};
    } else if (scheme == u"header-token") {
        s.headers = {{"X-Webhook-Token", secret.toUtf8()}};
    } else if (scheme == u"twilio") {
        QList<QPair<QString, QString>> params;
        QUrlQuery form(QString::fromUtf8(body));
        for (const auto &item : form.queryItems(QUrl::FullyDecoded))
            params.append(item);
        s.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                     {"X-Twilio-Signature",
                      hmac(Hmac::Algorithm::Sha1, secret.toUtf8(), twilioData(twilioUrl, params)).toBase64()},
                     {"I-Twilio-Idempotency-Token", id}};
    }
    return s;
}

QByteArray headerOf(const Headers &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void setHeader(Headers &headers, const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

void removeHeader(Headers &headers, QByteArrayView name)
{
    headers.removeIf(
        [name](const auto &h) { return QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0; });
}

// The header that carries each scheme's signature (or token).
QByteArray signatureHeader(const QString &scheme)
{
    static const QHash<QString, QByteArray> map{
        {u"standard-webhooks"_s, "webhook-signature"},
        {u"stripe"_s, "Stripe-Signature"},
        {u"github"_s, "X-Hub-Signature-256"},
        {u"shopify"_s, "X-Shopify-Hmac-Sha256"},
        {u"x-signature"_s, "X-Signature"},
        {u"header-token"_s, "X-Webhook-Token"},
        {u"twilio"_s, "X-Twilio-Signature"},
    };
    return map.value(scheme);
}

// Changes one character of a signature while keeping its format.
// Changes one character near the end of a signature. Not the last one: in base64
// the last character before the padding holds unused low bits, so 'a' <-> 'b' there
// can decode to the same bytes and the tampering would go unnoticed.
QByteArray flipLast(QByteArray value)
{
    qsizetype at = value.size() - 1;
    while (at > 0 && value.at(at) == '=')
        --at;
    if (at > 0)
        --at;
    value[at] = value.at(at) == 'a' ? 'b' : 'a';
    return value;
}

} // namespace

class tst_Inbound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sourceLifecycle();
    void sourceInvalid_data();
    void sourceInvalid();
    void secretRotation();
    void presets();

    void schemes_data();
    void schemes();
    void headerTokenInAuthorization();

    void allowlistTable_data();
    void allowlistTable();
    void allowlistEndToEnd_data();
    void allowlistEndToEnd();

    void schemaMessages_data();
    void schemaMessages();
    void schemaAndRules_data();
    void schemaAndRules();
    void mediaTypeAndSize();
    void largeBodies();
    void sizeGateOnTheWire();
    void largeBodiesInFlight();

    void duplicates();
    void duplicateBodyWithFreshUnsignedId();
    void forwardWithRetries();
    void noCommitNo2xx();
    void logMasksAndBounds();
    void resubmitAfterFix();

    void diagnosis_data();
    void diagnosis();

private:
    Response call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const Headers &headers = {}, bool authenticate = true);
    Response put(const QString &path, const QJsonObject &body) { return call("PUT", path, toJson(body)); }
    Response get(const QString &path) { return call("GET", path); }
    Response postIn(const QString &source, const Signed &s)
    {
        return call("POST", u"/in/"_s + source, s.body, s.headers, false);
    }
    // A source with a secret, ready to receive.
    void createSource(const QString &name, const QJsonObject &config, const QString &secret);
    void createEndpoint(const QString &name, const QString &receiverPath);
    QJsonArray inbound(const QString &query);
    QString twilioUrl() const { return u"https://hooks.example.com/in/tw?account=1"_s; }
    // Writes bytes on a connection of its own and reads one answer: "HTTP/1.1 413 ...", headers, body.
    QByteArray rawExchange(QTcpSocket &socket, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreLocation m_location;
    std::shared_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<TestReceiver> m_receiver;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    quint16 m_port = 0;
};

void tst_Inbound::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = StoreLocation::sqlite(m_dir->filePath(u"switchboard.db"_s));
    m_secrets = std::make_shared<MemorySecretStore>();
    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen() != 0);
    EngineOptions options;
    options.location = m_location;
    options.workerId = u"tst-inbound"_s;
    options.dispatchers = 1;
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

void tst_Inbound::cleanup()
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

Response tst_Inbound::call(const QByteArray &method, const QString &path, const QByteArray &body,
                           const Headers &headers, bool authenticate)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:"_s + QString::number(m_port) + path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (authenticate)
        request.setRawHeader("Authorization", "Bearer " + kToken);
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
    r.json = QJsonDocument::fromJson(r.body).object();
    return r;
}

void tst_Inbound::createSource(const QString &name, const QJsonObject &config, const QString &secret)
{
    const Response created = put(u"/v1/sources/"_s + name, config);
    QVERIFY2(created.status == 201, created.body.constData());
    if (!secret.isEmpty()) {
        const Response set = put(u"/v1/sources/"_s + name + u"/secret"_s, QJsonObject{{u"secret"_s, secret}});
        QVERIFY2(set.status == 204, set.body.constData());
    }
}

void tst_Inbound::createEndpoint(const QString &name, const QString &receiverPath)
{
    const Response r
        = put(u"/v1/endpoints/"_s + name,
              QJsonObject{{u"url"_s, m_receiver->url(receiverPath).toString()},
                          {u"event_types"_s, QJsonArray{u"*"_s}},
                          {u"signing"_s, QJsonObject{{u"scheme"_s, u"none"_s}}},
                          {u"retry"_s, QJsonObject{{u"schedule_s"_s, QJsonArray{1, 1}}, {u"jitter"_s, 0}}}});
    QVERIFY2(r.status == 201, r.body.constData());
}

QJsonArray tst_Inbound::inbound(const QString &query)
{
    const Response r = get(u"/v1/inbound?"_s + query);
    return r.json.value(u"inbound"_s).toArray();
}

// Sources ---------------------------------------------------------------------------

void tst_Inbound::sourceLifecycle()
{
    const QJsonObject config{{u"scheme"_s, u"stripe"_s},
                             {u"allow_ips"_s, QJsonArray{u"203.0.113.0/24"_s, u"2001:db8::/32"_s}},
                             {u"forward"_s,
                              QJsonObject{{u"event_type"_s, u"stripe.{$.type}"_s},
                                          {u"call_id_path"_s, u"$.data.object.metadata.call_id"_s}}}};
    Response r = put(u"/v1/sources/pay"_s, config);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"scheme"_s).toString(), u"stripe"_s);
    QCOMPARE(r.json.value(u"tolerance_s"_s).toInt(), 300);
    QCOMPARE(r.json.value(u"secret_fingerprint"_s), QJsonValue());
    QCOMPARE(r.json.value(u"allow_ips"_s).toArray().at(1).toString(), u"2001:db8::/32"_s);
    // What a GET returns can be sent back unchanged.
    r = get(u"/v1/sources/pay"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(put(u"/v1/sources/pay"_s, r.json).status, 200);
    QCOMPARE(put(u"/v1/sources/pay/secret"_s, QJsonObject{{u"secret"_s, u"whsec_test_secret"_s}}).status,
             204);
    r = get(u"/v1/sources/pay"_s);
    QCOMPARE(r.json.value(u"secret_fingerprint"_s).toString(), secretFingerprint(u"whsec_test_secret"_s));
    QVERIFY(!r.body.contains("whsec_test_secret"));
    QCOMPARE(get(u"/v1/sources"_s).json.value(u"sources"_s).toArray().size(), 1);
    QCOMPARE(call("DELETE", u"/v1/sources/pay"_s).status, 204);
    QCOMPARE(get(u"/v1/sources/pay"_s).status, 404);
    QCOMPARE(m_secrets->secrets().size(), 0);
    QCOMPARE(call("POST", u"/in/pay"_s, "{}", {}, false).status, 404);
    // The management routes need the token; /in does not.
    QCOMPARE(call("GET", u"/v1/sources"_s, {}, {}, false).status, 401);
}

void tst_Inbound::sourceInvalid_data()
{
    QTest::addColumn<QJsonObject>("config");
    QTest::addColumn<QString>("field");
    QTest::addRow("no scheme") << QJsonObject{} << u"scheme"_s;
    QTest::addRow("unknown scheme") << QJsonObject{{u"scheme"_s, u"md5"_s}} << u"scheme"_s;
    QTest::addRow("unknown field") << QJsonObject{{u"scheme"_s, u"github"_s}, {u"tolerence_s"_s, 5}}
                                   << u"tolerence_s"_s;
    QTest::addRow("tolerance") << QJsonObject{{u"scheme"_s, u"stripe"_s}, {u"tolerance_s"_s, -1}}
                               << u"tolerance_s"_s;
    QTest::addRow("bad cidr") << QJsonObject{{u"scheme"_s, u"github"_s},
                                             {u"allow_ips"_s, QJsonArray{u"10.0.0.0/33"_s}}}
                              << u"allow_ips[0]"_s;
    QTest::addRow("bad proxy") << QJsonObject{{u"scheme"_s, u"github"_s},
                                              {u"trusted_proxies"_s, QJsonArray{u"proxy"_s}}}
                               << u"trusted_proxies[0]"_s;
    QTest::addRow("bad schema") << QJsonObject{{u"scheme"_s, u"github"_s},
                                               {u"schema"_s, QJsonObject{{u"type"_s, 12}}}}
                                << u"schema"_s;
    QTest::addRow("bad rule") << QJsonObject{{u"scheme"_s, u"github"_s},
                                             {u"rules"_s, QJsonObject{{u"positive"_s, QJsonArray{}}}}}
                              << u"rules.positive"_s;
    QTest::addRow("bad rule path") << QJsonObject{{u"scheme"_s, u"github"_s},
                                                  {u"rules"_s,
                                                   QJsonObject{{u"required"_s, QJsonArray{u"data.id"_s}}}}}
                                   << u"rules.required"_s;
    QTest::addRow("forward without type")
        << QJsonObject{{u"scheme"_s, u"github"_s}, {u"forward"_s, QJsonObject{}}} << u"forward.event_type"_s;
    QTest::addRow("twilio without url") << QJsonObject{{u"scheme"_s, u"twilio"_s}} << u"public_url"_s;
    QTest::addRow("url for github") << QJsonObject{{u"scheme"_s, u"github"_s},
                                                   {u"public_url"_s, u"https://x.example"_s}}
                                    << u"public_url"_s;
    QTest::addRow("short window") << QJsonObject{{u"scheme"_s, u"stripe"_s},
                                                 {u"dedupe"_s, QJsonObject{{u"window_s"_s, 300}}}}
                                  << u"dedupe.window_s"_s;
    QTest::addRow("both dedupe keys")
        << QJsonObject{{u"scheme"_s, u"github"_s},
                       {u"dedupe"_s, QJsonObject{{u"header"_s, u"X-Id"_s}, {u"json_path"_s, u"$.id"_s}}}}
        << u"dedupe"_s;
}

void tst_Inbound::sourceInvalid()
{
    QFETCH(QJsonObject, config);
    QFETCH(QString, field);
    const Response r = put(u"/v1/sources/bad"_s, config);
    QCOMPARE(r.status, 422);
    bool named = false;
    for (const QJsonValue &d : r.json.value(u"error"_s).toObject().value(u"details"_s).toArray())
        named = named || d.toObject().value(u"field"_s).toString() == field;
    QVERIFY2(named, r.body.constData());
    QCOMPARE(get(u"/v1/sources/bad"_s).status, 404);
}

void tst_Inbound::secretRotation()
{
    createSource(u"gh"_s, QJsonObject{{u"scheme"_s, u"github"_s}}, u"old-secret-123"_s);
    const Response rotated
        = call("POST", u"/v1/sources/gh/secret/rotate"_s,
               toJson(QJsonObject{{u"secret"_s, u"new-secret-456"_s}, {u"grace_s"_s, 3600}}));
    QCOMPARE(rotated.status, 200);
    QCOMPARE(rotated.json.value(u"source"_s).toObject().value(u"secrets"_s).toArray().size(), 2);
    // Both verify during the grace window.
    QCOMPARE(postIn(u"gh"_s, sign(u"github"_s, u"old-secret-123"_s, R"({"n":1})", 0, "d-1")).status, 200);
    QCOMPARE(postIn(u"gh"_s, sign(u"github"_s, u"new-secret-456"_s, R"({"n":2})", 0, "d-2")).status, 200);
    // A rotation with no grace: the old secret stops at once.
    QCOMPARE(call("POST", u"/v1/sources/gh/secret/rotate"_s,
                  toJson(QJsonObject{{u"secret"_s, u"newest-secret-789"_s}, {u"grace_s"_s, 0}}))
                 .status,
             200);
    QCOMPARE(postIn(u"gh"_s, sign(u"github"_s, u"new-secret-456"_s, R"({"n":3})", 0, "d-3")).status, 401);
    QCOMPARE(postIn(u"gh"_s, sign(u"github"_s, u"newest-secret-789"_s, R"({"n":4})", 0, "d-4")).status, 200);
    // Stripe's secret comes from Stripe: it cannot be generated here.
    createSource(u"st"_s, QJsonObject{{u"scheme"_s, u"stripe"_s}}, {});
    QCOMPARE(call("POST", u"/v1/sources/st/secret/rotate"_s).status, 422);
    // A Standard Webhooks source can have one generated, shown once.
    createSource(u"sw"_s, QJsonObject{{u"scheme"_s, u"standard-webhooks"_s}}, {});
    const Response generated = call("POST", u"/v1/sources/sw/secret/rotate"_s);
    QCOMPARE(generated.status, 200);
    QVERIFY(generated.json.value(u"secret"_s).toString().startsWith(u"whsec_"_s));
}

void tst_Inbound::presets()
{
    const Response r = get(u"/v1/sources/presets"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json.value(u"presets"_s).toArray();
    QStringList ids;
    for (const QJsonValue &v : list) {
        const QJsonObject preset = v.toObject();
        ids << preset.value(u"id"_s).toString();
        QVERIFY(!preset.value(u"label"_s).toString().isEmpty());
        // Every preset is a source the API takes as it is (Twilio also needs its public URL).
        QJsonObject source = preset.value(u"source"_s).toObject();
        if (source.value(u"scheme"_s) == u"twilio"_s)
            source.insert(u"public_url"_s, twilioUrl());
        const Response created = put(u"/v1/sources/preset-"_s + ids.last(), source);
        QVERIFY2(created.status == 201, created.body.constData());
    }
    QCOMPARE(ids,
             (QStringList{u"stripe"_s, u"github"_s, u"shopify"_s, u"twilio"_s, u"openai"_s,
                          u"standard-webhooks"_s}));
    const QJsonObject stripe = list.at(0).toObject().value(u"source"_s).toObject();
    QCOMPARE(stripe.value(u"dedupe"_s).toObject().value(u"json_path"_s).toString(), u"$.id"_s);
    QCOMPARE(stripe.value(u"forward"_s).toObject().value(u"event_type"_s).toString(), u"stripe.{$.type}"_s);
    QCOMPARE(call("PUT", u"/v1/sources/presets"_s, "{}").status, 405);
}

// Schemes -----------------------------------------------------------------------------

void tst_Inbound::schemes_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("verdict");
    const QStringList schemes{u"standard-webhooks"_s, u"stripe"_s,      u"github"_s,      u"twilio"_s,
                              u"shopify"_s,           u"x-signature"_s, u"header-token"_s};
    for (const QString &scheme : schemes) {
        const QByteArray s = scheme.toLatin1();
        QTest::addRow("%s accepted", s.constData()) << scheme << u"none"_s << 200 << u"accepted"_s;
        if (scheme != u"header-token") {
            QTest::addRow("%s tampered body", s.constData())
                << scheme << u"body"_s << 401 << u"bad_signature"_s;
        }
        QTest::addRow("%s tampered header", s.constData())
            << scheme << u"header"_s << 401 << u"bad_signature"_s;
        QTest::addRow("%s wrong secret", s.constData()) << scheme << u"secret"_s << 401 << u"bad_signature"_s;
        QTest::addRow("%s missing header", s.constData())
            << scheme << u"missing"_s << 401 << u"bad_signature"_s;
        if (scheme == u"standard-webhooks" || scheme == u"stripe") {
            QTest::addRow("%s stale", s.constData()) << scheme << u"stale"_s << 401 << u"stale_timestamp"_s;
            QTest::addRow("%s future", s.constData()) << scheme << u"future"_s << 401 << u"stale_timestamp"_s;
        }
    }
}

void tst_Inbound::schemes()
{
    QFETCH(QString, scheme);
    QFETCH(QString, change);
    QFETCH(int, status);
    QFETCH(QString, verdict);

    const QString secret = scheme == u"standard-webhooks" ? kSwSecret
        : scheme == u"stripe"                             ? u"whsec_test_secret"_s
                                                          : kRawSecret;
    QJsonObject config{{u"scheme"_s, scheme}};
    if (scheme == u"twilio")
        config.insert(u"public_url"_s, twilioUrl());
    createSource(u"src"_s, config, secret);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 ts = change == u"stale" ? now - 301 : change == u"future" ? now + 301 : now;
    const QByteArray body = scheme == u"twilio"
        ? QByteArray("CallSid=CA123&From=%2B14158675309&CallStatus=completed")
        : QByteArray(R"({"id":"evt_1","type":"lead.created","amount":5})");
    const QString signingSecret = change == u"secret"
        ? (scheme == u"standard-webhooks" ? u"whsec_"_s + QString::fromLatin1(QByteArray(24, 'x').toBase64())
                                          : u"another secret entirely"_s)
        : secret;
    Signed s = sign(scheme, signingSecret, body, ts, "msg_1", twilioUrl());
    if (change == u"body")
        s.body = scheme == u"twilio" ? QByteArray("CallSid=CA123&From=%2B14158675309&CallStatus=failed")
                                     : QByteArray(R"({"id":"evt_1","type":"lead.created","amount":500})");
    if (change == u"header")
        setHeader(s.headers, signatureHeader(scheme), flipLast(headerOf(s.headers, signatureHeader(scheme))));
    if (change == u"missing")
        removeHeader(s.headers, signatureHeader(scheme));

    const Response r = postIn(u"src"_s, s);
    QVERIFY2(r.status == status, r.body.constData());
    QString id;
    if (status == 200) {
        QCOMPARE(r.json.value(u"status"_s).toString(), verdict);
        id = r.json.value(u"id"_s).toString();
    } else {
        QCOMPARE(r.detail().value(u"verdict"_s).toString(), verdict);
        QVERIFY(!r.errorMessage().isEmpty());
        id = r.detail().value(u"inbound_id"_s).toString();
    }
    const QJsonArray logged = inbound(u"source=src&status="_s + verdict);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.at(0).toObject().value(u"id"_s).toString(), id);
    QCOMPARE(logged.at(0).toObject().value(u"http_status"_s).toInt(), status);
    QVERIFY(!logged.at(0).toObject().value(u"reason"_s).toString().isEmpty());
    if (change == u"stale" || change == u"future") {
        const double skew
            = logged.at(0).toObject().value(u"detail"_s).toObject().value(u"skew_s"_s).toDouble();
        QVERIFY2(change == u"stale" ? skew >= 300 : skew <= -300, qPrintable(QString::number(skew)));
        QCOMPARE(r.detail().value(u"cause"_s).toString(), u"timestamp_skew"_s);
    }
    if (change == u"missing")
        QCOMPARE(r.detail().value(u"cause"_s).toString(), u"missing_header"_s);
}

void tst_Inbound::headerTokenInAuthorization()
{
    createSource(u"tok"_s,
                 QJsonObject{{u"scheme"_s, u"header-token"_s}, {u"token_header"_s, u"Authorization"_s}},
                 u"a-long-shared-token-0123"_s);
    QCOMPARE(call("POST", u"/in/tok"_s, R"({"a":1})", {{"Authorization", "Bearer a-long-shared-token-0123"}},
                  false)
                 .status,
             200);
    QCOMPARE(call("POST", u"/in/tok"_s, R"({"a":2})", {{"Authorization", "Bearer a-long-shared-token-0124"}},
                  false)
                 .status,
             401);
    // The token never reaches the log.
    const Response detail
        = get(u"/v1/inbound/"_s + inbound(u"source=tok"_s).at(0).toObject().value(u"id"_s).toString());
    QVERIFY(!detail.body.contains("a-long-shared-token"));
}

// Allowlist ---------------------------------------------------------------------------

void tst_Inbound::allowlistTable_data()
{
    QTest::addColumn<QStringList>("allow");
    QTest::addColumn<QStringList>("proxies");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QByteArray>("forwardedFor");
    QTest::addColumn<QString>("client");
    QTest::addColumn<bool>("allowed");

    const QStringList v4{u"203.0.113.0/24"_s};
    const QStringList v6{u"2001:db8::/32"_s};
    QTest::addRow("v4 in") << v4 << QStringList() << u"203.0.113.7"_s << QByteArray() << u"203.0.113.7"_s
                           << true;
    QTest::addRow("v4 out") << v4 << QStringList() << u"198.51.100.7"_s << QByteArray() << u"198.51.100.7"_s
                            << false;
    QTest::addRow("v4 edge") << v4 << QStringList() << u"203.0.114.0"_s << QByteArray() << u"203.0.114.0"_s
                             << false;
    QTest::addRow("v4 single") << QStringList{u"192.0.2.1"_s} << QStringList() << u"192.0.2.1"_s
                               << QByteArray() << u"192.0.2.1"_s << true;
    QTest::addRow("v4 mapped") << v4 << QStringList() << u"::ffff:203.0.113.9"_s << QByteArray()
                               << u"203.0.113.9"_s << true;
    QTest::addRow("v6 in") << v6 << QStringList() << u"2001:db8:1::5"_s << QByteArray() << u"2001:db8:1::5"_s
                           << true;
    QTest::addRow("v6 out") << v6 << QStringList() << u"2001:db9::5"_s << QByteArray() << u"2001:db9::5"_s
                            << false;
    QTest::addRow("v6 vs v4 range") << v4 << QStringList() << u"::1"_s << QByteArray() << u"::1"_s << false;
    QTest::addRow("no list") << QStringList() << QStringList() << u"198.51.100.7"_s << QByteArray()
                             << u"198.51.100.7"_s << true;
    QTest::addRow("xff ignored without trusted proxy")
        << v4 << QStringList() << u"198.51.100.7"_s << QByteArray("203.0.113.7") << u"198.51.100.7"_s
        << false;
    QTest::addRow("xff from untrusted peer") << v4 << QStringList{u"10.0.0.0/8"_s} << u"198.51.100.7"_s
                                             << QByteArray("203.0.113.7") << u"198.51.100.7"_s << false;
    QTest::addRow("xff through trusted proxy") << v4 << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s
                                               << QByteArray("203.0.113.7") << u"203.0.113.7"_s << true;
    QTest::addRow("xff spoofed left entry")
        << v4 << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s << QByteArray("203.0.113.7, 198.51.100.7")
        << u"198.51.100.7"_s << false;
    QTest::addRow("xff two trusted hops") << v4 << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s
                                          << QByteArray("203.0.113.7, 10.9.9.9") << u"203.0.113.7"_s << true;
    QTest::addRow("xff v6 through v6 proxy") << v6 << QStringList{u"fd00::/8"_s} << u"fd00::1"_s
                                             << QByteArray("[2001:db8::9]:443") << u"2001:db8::9"_s << true;
    QTest::addRow("xff garbage") << v4 << QStringList{u"10.0.0.0/8"_s} << u"10.1.2.3"_s
                                 << QByteArray("unknown") << QString() << false;
}

void tst_Inbound::allowlistTable()
{
    QFETCH(QStringList, allow);
    QFETCH(QStringList, proxies);
    QFETCH(QString, peer);
    QFETCH(QByteArray, forwardedFor);
    QFETCH(QString, client);
    QFETCH(bool, allowed);
    auto a = IpAllowlist::parseRanges(QJsonArray::fromStringList(allow), u"allow_ips"_s);
    auto p = IpAllowlist::parseRanges(QJsonArray::fromStringList(proxies), u"trusted_proxies"_s);
    QVERIFY(a && p);
    const IpAllowlist list(*a, *p);
    const QHostAddress seen = list.clientAddress(QHostAddress(peer), forwardedFor);
    QCOMPARE(seen.isNull() ? QString() : seen.toString(), client);
    QCOMPARE(list.allows(seen), allowed);
}

void tst_Inbound::allowlistEndToEnd_data()
{
    QTest::addColumn<QStringList>("allow");
    QTest::addColumn<QStringList>("proxies");
    QTest::addColumn<QByteArray>("forwardedFor");
    QTest::addColumn<int>("status");
    QTest::addRow("loopback allowed")
        << QStringList{u"127.0.0.0/8"_s} << QStringList() << QByteArray() << 200;
    QTest::addRow("loopback denied") << QStringList{u"203.0.113.0/24"_s} << QStringList() << QByteArray()
                                     << 403;
    QTest::addRow("forged xff") << QStringList{u"203.0.113.0/24"_s} << QStringList()
                                << QByteArray("203.0.113.5") << 403;
    QTest::addRow("trusted proxy") << QStringList{u"203.0.113.0/24"_s} << QStringList{u"127.0.0.1"_s}
                                   << QByteArray("203.0.113.5") << 200;
    QTest::addRow("trusted proxy, client out")
        << QStringList{u"203.0.113.0/24"_s} << QStringList{u"127.0.0.1"_s} << QByteArray("198.51.100.5")
        << 403;
}

void tst_Inbound::allowlistEndToEnd()
{
    QFETCH(QStringList, allow);
    QFETCH(QStringList, proxies);
    QFETCH(QByteArray, forwardedFor);
    QFETCH(int, status);
    createSource(u"ips"_s,
                 QJsonObject{{u"scheme"_s, u"github"_s},
                             {u"allow_ips"_s, QJsonArray::fromStringList(allow)},
                             {u"trusted_proxies"_s, QJsonArray::fromStringList(proxies)}},
                 kRawSecret);
    Signed s = sign(u"github"_s, kRawSecret, R"({"x":1})", 0, "d-1");
    if (!forwardedFor.isEmpty())
        s.headers.append(qMakePair(QByteArray("X-Forwarded-For"), forwardedFor));
    const Response r = postIn(u"ips"_s, s);
    QVERIFY2(r.status == status, r.body.constData());
    if (status == 403) {
        QCOMPARE(r.detail().value(u"verdict"_s).toString(), u"ip_denied"_s);
        QCOMPARE(inbound(u"status=ip_denied"_s).size(), 1);
    }
}

// Never trust incoming data -----------------------------------------------------------

void tst_Inbound::schemaMessages_data()
{
    QTest::addColumn<QJsonObject>("schema");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("message");
    const QJsonObject lead{
        {u"type"_s, u"object"_s},
        {u"required"_s, QJsonArray{u"phone"_s, u"amount"_s}},
        {u"additionalProperties"_s, false},
        {u"properties"_s,
         QJsonObject{
             {u"phone"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"pattern"_s, u"^\\+[1-9]\\d{1,14}$"_s}}},
             {u"amount"_s, QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 0}}},
             {u"kind"_s, QJsonObject{{u"enum"_s, QJsonArray{u"new"_s, u"old"_s}}}},
             {u"tags"_s,
              QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}}}};
    QTest::addRow("valid") << lead << QByteArray(R"({"phone":"+14155550100","amount":3})") << QString();
    QTest::addRow("pattern") << lead << QByteArray(R"({"phone":"555-0100","amount":3})")
                             << u"phone: must match pattern ^\\+[1-9]\\d{1,14}$"_s;
    QTest::addRow("required") << lead << QByteArray(R"({"phone":"+14155550100"})")
                              << u"amount: is required"_s;
    QTest::addRow("minimum") << lead << QByteArray(R"({"phone":"+14155550100","amount":-1})")
                             << u"amount: must be at least 0"_s;
    QTest::addRow("type") << lead << QByteArray(R"({"phone":5,"amount":1})") << u"phone: must be a string"_s;
    QTest::addRow("enum") << lead << QByteArray(R"({"phone":"+14155550100","amount":1,"kind":"x"})")
                          << u"kind: must be one of \"new\", \"old\""_s;
    QTest::addRow("extra") << lead << QByteArray(R"({"phone":"+14155550100","amount":1,"zzz":1})")
                           << u"zzz: is not allowed"_s;
    QTest::addRow("item") << lead << QByteArray(R"({"phone":"+14155550100","amount":1,"tags":["a",2]})")
                          << u"tags[1]: must be a string"_s;
    // Integers beyond 32 bits (times in ms, 64-bit ids) are integers; fractions are not.
    QTest::addRow("64-bit integer") << lead
                                    << QByteArray(R"({"phone":"+14155550100","amount":820982911946154508})")
                                    << QString();
    QTest::addRow("fraction") << lead << QByteArray(R"({"phone":"+14155550100","amount":1.5})")
                              << u"amount: must be an integer"_s;
    QTest::addRow("integer as string")
        << lead << QByteArray(R"({"phone":"+14155550100","amount":"3"})") << u"amount: must be an integer"_s;
    const QJsonObject either{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"at"_s,
                      QJsonObject{{u"type"_s, QJsonArray{u"integer"_s, u"string"_s}},
                                  {u"minimum"_s, 1700000000000.0}}},
                     {u"step"_s, QJsonObject{{u"type"_s, u"integer"_s}, {u"multipleOf"_s, 5}}},
                     {u"kind"_s, QJsonObject{{u"const"_s, QJsonObject{{u"type"_s, u"integer"_s}}}}}}}};
    QTest::addRow("ms time") << either << QByteArray(R"({"at":1795780800000,"step":10})") << QString();
    QTest::addRow("ms time as text") << either << QByteArray(R"({"at":"2026-11-27T12:00:00Z"})") << QString();
    QTest::addRow("ms time too early")
        << either << QByteArray(R"({"at":1600000000000})") << u"at: must be at least 1700000000000"_s;
    QTest::addRow("integer multiple")
        << either << QByteArray(R"({"step":7})") << u"step: must be a multiple of 5"_s;
    QTest::addRow("const untouched") << either << QByteArray(R"({"kind":{"type":"integer"}})") << QString();
}

void tst_Inbound::schemaMessages()
{
    QFETCH(QJsonObject, schema);
    QFETCH(QByteArray, document);
    QFETCH(QString, message);
    auto compiled = JsonSchema::compile(schema);
    QVERIFY(compiled);
    const QStringList problems = compiled->validate(QJsonDocument::fromJson(document).object());
    if (message.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    else
        QVERIFY2(problems.contains(message), qPrintable(problems.join(u"; "_s)));
}

void tst_Inbound::schemaAndRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QTest::addRow("ok") << QByteArray(R"({"id":"e1","type":"lead.created","created":)"
                                      + QByteArray::number(now)
                                      + R"(,"data":{"amount":10,"phone":"+14155550100"}})")
                        << 200 << u"accepted"_s << QString();
    QTest::addRow("schema") << QByteArray(
        R"({"id":"e1","type":"lead.created","data":{"amount":10,"phone":"0800"}})")
                            << 422 << u"schema_invalid"_s << u"data.phone: must match pattern"_s;
    QTest::addRow("future") << QByteArray(R"({"id":"e1","type":"lead.created","created":)"
                                          + QByteArray::number(now + 3600) + R"(,"data":{"amount":1}})")
                            << 422 << u"rule_failed"_s << u"$.created: is 3"_s;
    QTest::addRow("future rfc3339") << QByteArray(
        R"({"id":"e1","type":"lead.created","created":")"
        + QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate).toLatin1()
        + R"(","data":{"amount":1}})")
                                    << 422 << u"rule_failed"_s << u"$.created: is 17"_s;
    QTest::addRow("negative") << QByteArray(R"({"id":"e1","type":"lead.created","data":{"amount":-5}})")
                              << 422 << u"rule_failed"_s
                              << u"$.data.amount: is -5; it must not be negative"_s;
    QTest::addRow("missing id") << QByteArray(R"({"type":"lead.created","data":{"amount":1}})") << 422
                                << u"rule_failed"_s << u"$.id: is required"_s;
    QTest::addRow("event type") << QByteArray(R"({"id":"e1","type":"charge.refunded","data":{"amount":1}})")
                                << 422 << u"rule_failed"_s
                                << u"\"charge.refunded\" is not an allowed event type"_s;
    QTest::addRow("allowed prefix") << QByteArray(R"({"id":"e2","type":"lead.updated","data":{"amount":0}})")
                                    << 200 << u"accepted"_s << QString();
}

void tst_Inbound::schemaAndRules()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);
    const QJsonObject schema{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"data"_s,
                      QJsonObject{{u"type"_s, u"object"_s},
                                  {u"properties"_s,
                                   QJsonObject{{u"phone"_s,
                                                QJsonObject{{u"type"_s, u"string"_s},
                                                            {u"pattern"_s, u"^\\+[1-9]\\d{1,14}$"_s}}}}}}}}}};
    const QJsonObject rules{
        {u"required"_s, QJsonArray{u"$.id"_s}},
        {u"not_future"_s, QJsonArray{u"$.created"_s}},
        {u"non_negative"_s, QJsonArray{u"$.data.amount"_s}},
        {u"event_types"_s, QJsonObject{{u"path"_s, u"$.type"_s}, {u"allowed"_s, QJsonArray{u"lead.*"_s}}}}};
    createSource(u"crm"_s,
                 QJsonObject{{u"scheme"_s, u"x-signature"_s}, {u"schema"_s, schema}, {u"rules"_s, rules}},
                 kRawSecret);
    const Response r = postIn(u"crm"_s, sign(u"x-signature"_s, kRawSecret, body, 0, {}));
    QVERIFY2(r.status == status, r.body.constData());
    if (status == 200)
        return;
    QCOMPARE(r.detail().value(u"verdict"_s).toString(), verdict);
    QVERIFY2(r.errorMessage().contains(reason), qPrintable(r.errorMessage()));
    const QJsonArray logged = inbound(u"status="_s + verdict);
    QCOMPARE(logged.size(), 1);
    QVERIFY(logged.at(0).toObject().value(u"reason"_s).toString().contains(reason));
}

void tst_Inbound::mediaTypeAndSize()
{
    createSource(u"small"_s, QJsonObject{{u"scheme"_s, u"x-signature"_s}, {u"max_body_bytes"_s, 64}},
                 kRawSecret);
    Signed s = sign(u"x-signature"_s, kRawSecret, "<xml/>", 0, {});
    s.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/xml")));
    Response r = postIn(u"small"_s, s);
    QCOMPARE(r.status, 415);
    QCOMPARE(r.detail().value(u"verdict"_s).toString(), u"unsupported_media_type"_s);
    r = postIn(u"small"_s, sign(u"x-signature"_s, kRawSecret, "{not json", 0, {}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.detail().value(u"verdict"_s).toString(), u"malformed"_s);
    r = postIn(u"small"_s,
               sign(u"x-signature"_s, kRawSecret, R"({"pad":")" + QByteArray(100, 'x') + R"("})", 0, {}));
    QCOMPARE(r.status, 413);
    QCOMPARE(r.detail().value(u"verdict"_s).toString(), u"too_large"_s);
    QCOMPARE(inbound(u"source=small"_s).size(), 3);
}

// Bodies larger than the API's own 1 MiB: up to the source's max_body_bytes, refused from the
// head above it, and logged either way.
void tst_Inbound::largeBodies()
{
    createEndpoint(u"agent"_s, u"/agent"_s);
    createSource(u"rec"_s,
                 QJsonObject{{u"scheme"_s, u"standard-webhooks"_s},
                             {u"max_body_bytes"_s, 4 * 1024 * 1024},
                             {u"forward"_s, QJsonObject{{u"event_type"_s, u"recording.ready"_s}}}},
                 kSwSecret);
    const QByteArray body
        = R"({"type":"recording.ready","audio":")" + QByteArray(3 * 1024 * 1024, 'A') + R"("})";
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Response r = postIn(u"rec"_s, sign(u"standard-webhooks"_s, kSwSecret, body, now, "msg_rec_1"));
    QVERIFY2(r.status == 200, r.body.left(300).constData());
    QCOMPARE(r.json.value(u"status"_s).toString(), u"accepted"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/agent"_s), 1, kDeliveryTimeoutMs);
    QCOMPARE(m_receiver->requests(u"/agent"_s).at(0).body, body);

    // Over the source's limit (the default, 1 MiB): 413 with the reason, logged, the body not kept.
    createSource(u"small"_s, QJsonObject{{u"scheme"_s, u"x-signature"_s}}, kRawSecret);
    QCOMPARE(get(u"/v1/sources/small"_s).json.value(u"max_body_bytes"_s).toInteger(), 1048576);
    r = postIn(u"small"_s, sign(u"x-signature"_s, kRawSecret, body, 0, {}));
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"payload_too_large"_s);
    QCOMPARE(r.detail().value(u"verdict"_s).toString(), u"too_large"_s);
    const QString reason = u"body is %1 bytes; source limit max_body_bytes is 1,048,576"_s.arg(
        QLocale(QLocale::English).toString(body.size()));
    QVERIFY2(r.errorMessage().startsWith(reason), qPrintable(r.errorMessage()));
    const QJsonArray logged = inbound(u"source=small&status=too_large"_s);
    QCOMPARE(logged.size(), 1);
    const QJsonObject entry = logged.at(0).toObject();
    QCOMPARE(entry.value(u"id"_s).toString(), r.detail().value(u"inbound_id"_s).toString());
    QVERIFY(entry.value(u"reason"_s).toString().startsWith(reason));
    QCOMPARE(entry.value(u"body_size"_s).toInteger(), body.size());
    QVERIFY(!entry.value(u"resubmittable"_s).toBool());
    const Response detail = get(u"/v1/inbound/"_s + entry.value(u"id"_s).toString());
    QCOMPARE(detail.json.value(u"body"_s).toString(), QString());
    QCOMPARE(detail.json.value(u"headers"_s).toObject().value(u"x-signature"_s).toString(), u"sha256=***"_s);

    // A source's limit goes up to 64 MiB, no further.
    r = put(u"/v1/sources/small"_s,
            QJsonObject{{u"scheme"_s, u"x-signature"_s}, {u"max_body_bytes"_s, 64 * 1024 * 1024 + 1}});
    QCOMPARE(r.status, 422);
    QVERIFY2(r.errorMessage().startsWith(u"max_body_bytes"_s), qPrintable(r.errorMessage()));
    QCOMPARE(put(u"/v1/sources/small"_s,
                 QJsonObject{{u"scheme"_s, u"x-signature"_s}, {u"max_body_bytes"_s, 64 * 1024 * 1024}})
                 .status,
             200);

    // The admin API keeps its own 1 MiB.
    const QByteArray message = toJson(QJsonObject{
        {u"event_type"_s, u"call.x"_s}, {u"payload"_s, QJsonObject{{u"pad"_s, QString::fromLatin1(body)}}}});
    r = call("POST", u"/v1/messages"_s, message);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"payload_too_large"_s);
    QCOMPARE(m_receiver->count(u"/agent"_s), 1);
}

QByteArray tst_Inbound::rawExchange(QTcpSocket &socket, const QByteArray &bytes)
{
    if (socket.state() != QAbstractSocket::ConnectedState) {
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(5000))
            return {};
    }
    socket.write(bytes);
    QByteArray in;
    qint64 headEnd = -1;
    qint64 length = -1;
    (void)QTest::qWaitFor(
        [&]() {
            in += socket.readAll();
            if (headEnd < 0 && (headEnd = in.indexOf("\r\n\r\n")) >= 0) {
                for (const QByteArray &line : in.left(headEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
            }
            return headEnd >= 0 && length >= 0 && in.size() >= headEnd + 4 + length;
        },
        kReplyTimeoutMs);
    return in;
}

// The size gate as a client without QNetworkAccessManager sees it: a declared length over the
// limit is answered at once, before any of the body is sent; a chunked body over it as soon as
// its chunks pass the limit; requests under it on the same connection are untouched.
void tst_Inbound::sizeGateOnTheWire()
{
    createSource(u"small"_s, QJsonObject{{u"scheme"_s, u"x-signature"_s}, {u"max_body_bytes"_s, 1000}},
                 kRawSecret);
    const QByteArray head = "POST /in/small HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            "X-Signature: sha256=00\r\n";
    QTcpSocket declared;
    QByteArray answer = rawExchange(declared, head + "Content-Length: 104857600\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY2(answer.contains("body is 104,857,600 bytes; source limit max_body_bytes is 1,000"),
             answer.constData());

    QTcpSocket chunked;
    QByteArray chunks;
    for (int i = 0; i < 3; ++i)
        chunks += "190\r\n" + QByteArray(400, 'x') + "\r\n"; // 400 bytes each: 1200 > 1000
    answer = rawExchange(chunked, head + "Transfer-Encoding: chunked\r\n\r\n" + chunks);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY2(answer.contains("body is more than 1,200 bytes"), answer.constData());

    // Bare LF line ends, which QHttpServer's parser takes too.
    QTcpSocket bareLf;
    answer = rawExchange(bareLf, "POST /in/small HTTP/1.1\nHost: 127.0.0.1\nContent-Length: 5000\n\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());

    const QJsonArray logged = inbound(u"source=small&status=too_large"_s);
    QCOMPARE(logged.size(), 3);

    // Under the limit, twice on one connection (the gate follows each request's framing).
    QTcpSocket keepAlive;
    for (int n = 1; n <= 2; ++n) {
        const QByteArray body = R"({"n":)" + QByteArray::number(n) + "}";
        const QByteArray signature
            = "sha256=" + hmac(Hmac::Algorithm::Sha256, kRawSecret.toUtf8(), body).toHex();
        answer = rawExchange(keepAlive,
                             "POST /in/small HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                             "application/json\r\nX-Signature: "
                                 + signature + "\r\nContent-Length: " + QByteArray::number(body.size())
                                 + "\r\n\r\n" + body);
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
    }
    QCOMPARE(inbound(u"source=small&status=accepted"_s).size(), 2);
    // Then, on the same connection, one over the limit whose head comes in pieces.
    keepAlive.write("POST /in/small HTTP/1.1\r\nHost: 127.0.0.1\r");
    QVERIFY(keepAlive.waitForBytesWritten(5000));
    QTest::qWait(50);
    answer = rawExchange(keepAlive, "\nContent-Length: 1001\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());

    // A folded header line: QHttpServer would join it to X-A, the gate would read a
    // Content-Length of its own; the two could disagree on where the next request starts.
    QTcpSocket folded;
    answer = rawExchange(folded,
                         "POST /v1/endpoints/x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\r\n"
                         " Content-Length: 5\r\n\r\nhello");
    QVERIFY2(answer.startsWith("HTTP/1.1 400 ") && answer.contains("folded header"), answer.constData());
    // Framing the gate cannot follow (a chunk line over its limit) ends the connection
    // instead of letting the body through uncounted.
    QTcpSocket unfollowed;
    unfollowed.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(unfollowed.waitForConnected(5000));
    unfollowed.write(
        "POST /v1/endpoints/x HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n10;"
        + QByteArray(8192, 'a') + "\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(unfollowed.state(), QAbstractSocket::UnconnectedState, 5000);
}

// Large bodies being received at once share a budget (ApiOptions::maxBodyBytesInFlight): one
// more gets 503 from its head, unread, until the others are done.
void tst_Inbound::largeBodiesInFlight()
{
    ApiOptions options{QString::fromLatin1(kToken)};
    options.maxBodyBytesInFlight = 3 * 1024 * 1024;
    m_api = std::make_unique<ApiServer>(m_engine.get(), m_secrets, options);
    QVERIFY(m_api->open(m_location, m_engine->instanceId()).ok());
    m_port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    createSource(u"rec"_s,
                 QJsonObject{{u"scheme"_s, u"x-signature"_s}, {u"max_body_bytes"_s, 8 * 1024 * 1024}},
                 kRawSecret);
    const QByteArray body = R"({"audio":")" + QByteArray(2 * 1024 * 1024, 'A') + R"("})";
    const QByteArray head = "POST /in/rec HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            "X-Signature: sha256="
        + hmac(Hmac::Algorithm::Sha256, kRawSecret.toUtf8(), body).toHex()
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    // The first one is half sent: its 2 MiB are reserved.
    QTcpSocket first;
    first.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(first.waitForConnected(5000));
    first.write(head + body.left(1024 * 1024));
    QVERIFY(first.waitForBytesWritten(5000));
    QTest::qWait(200);
    // A second one would make 4 MiB: 503 with Retry-After, before its body is read.
    QTcpSocket second;
    const QByteArray busy = rawExchange(second, head);
    QVERIFY2(busy.startsWith("HTTP/1.1 503 "), busy.constData());
    QVERIFY2(busy.contains("Retry-After: 5"), busy.constData());
    QVERIFY2(busy.contains("at most 3145728 at once"), busy.constData());
    // The first completes and is accepted; then there is room again.
    const QByteArray accepted = rawExchange(first, body.mid(1024 * 1024));
    QVERIFY2(accepted.startsWith("HTTP/1.1 200 "), accepted.left(300).constData());
    QTcpSocket third;
    const QByteArray again = rawExchange(third, head + body);
    QVERIFY2(again.startsWith("HTTP/1.1 200 "), again.left(300).constData());
    QCOMPARE(QJsonDocument::fromJson(again.mid(again.indexOf("\r\n\r\n") + 4))
                 .object()
                 .value(u"status"_s)
                 .toString(),
             u"duplicate"_s);
}

// De-duplication and forwarding -------------------------------------------------------

void tst_Inbound::duplicates()
{
    createEndpoint(u"agent"_s, u"/agent"_s);
    createSource(u"sw"_s,
                 QJsonObject{{u"scheme"_s, u"standard-webhooks"_s},
                             {u"forward"_s,
                              QJsonObject{{u"event_type"_s, u"lead.created"_s},
                                          {u"endpoints"_s, QJsonArray{u"agent"_s}}}}},
                 kSwSecret);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Signed s = sign(u"standard-webhooks"_s, kSwSecret, R"({"lead":1})", now, "msg_abc");
    const Response first = postIn(u"sw"_s, s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"status"_s).toString(), u"accepted"_s);
    const QString messageId = first.json.value(u"message_id"_s).toString();
    QVERIFY(messageId.startsWith(u"msg_"_s));
    // The sender's retry, and a replay of the captured request: 2xx, recorded, not forwarded.
    for (int i = 0; i < 2; ++i) {
        const Response again = postIn(u"sw"_s, s);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"status"_s).toString(), u"duplicate"_s);
        QCOMPARE(again.json.value(u"duplicate_of"_s).toString(), first.json.value(u"id"_s).toString());
        QCOMPARE(again.json.value(u"message_id"_s).toString(), messageId);
    }
    // The same id re-signed with a new timestamp is still the same delivery.
    QCOMPARE(postIn(u"sw"_s, sign(u"standard-webhooks"_s, kSwSecret, R"({"lead":1})", now + 1, "msg_abc"))
                 .json.value(u"status"_s)
                 .toString(),
             u"duplicate"_s);
    QCOMPARE(inbound(u"source=sw&status=duplicate"_s).size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/agent"_s), 1, kDeliveryTimeoutMs);
    // Another id is another event.
    QCOMPARE(postIn(u"sw"_s, sign(u"standard-webhooks"_s, kSwSecret, R"({"lead":1})", now, "msg_def"))
                 .json.value(u"status"_s)
                 .toString(),
             u"accepted"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/agent"_s), 2, kDeliveryTimeoutMs);
    QTest::qWait(300);
    QCOMPARE(m_receiver->count(u"/agent"_s), 2);
}

void tst_Inbound::duplicateBodyWithFreshUnsignedId()
{
    // GitHub's delivery id is not signed: a captured body replayed under a new id
    // is caught by the body hash.
    createSource(u"gh"_s, QJsonObject{{u"scheme"_s, u"github"_s}}, kRawSecret);
    QCOMPARE(postIn(u"gh"_s, sign(u"github"_s, kRawSecret, R"({"push":1})", 0, "guid-1"))
                 .json.value(u"status"_s)
                 .toString(),
             u"accepted"_s);
    QCOMPARE(postIn(u"gh"_s, sign(u"github"_s, kRawSecret, R"({"push":1})", 0, "guid-2"))
                 .json.value(u"status"_s)
                 .toString(),
             u"duplicate"_s);
    // Stripe's id is in the signed body: the key is the event id.
    createSource(u"st"_s, QJsonObject{{u"scheme"_s, u"stripe"_s}}, u"whsec_test_secret"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(
        postIn(u"st"_s, sign(u"stripe"_s, u"whsec_test_secret"_s, R"({"id":"evt_9","type":"a"})", now, {}))
            .json.value(u"status"_s)
            .toString(),
        u"accepted"_s);
    QCOMPARE(
        postIn(u"st"_s, sign(u"stripe"_s, u"whsec_test_secret"_s, R"({"id":"evt_9", "type":"a"})", now, {}))
            .json.value(u"status"_s)
            .toString(),
        u"duplicate"_s);
}

void tst_Inbound::forwardWithRetries()
{
    m_receiver->script(u"/agent"_s, {ReceiverBehaviour::withStatus(500), ReceiverBehaviour::withStatus(200)});
    createEndpoint(u"agent"_s, u"/agent"_s);
    createSource(u"pay"_s,
                 QJsonObject{{u"scheme"_s, u"stripe"_s},
                             {u"forward"_s,
                              QJsonObject{{u"event_type"_s, u"stripe.{$.type}"_s},
                                          {u"endpoints"_s, QJsonArray{u"agent"_s}},
                                          {u"call_id_path"_s, u"$.data.object.metadata.call_id"_s}}}},
                 u"whsec_test_secret"_s);
    const QByteArray body
        = R"({"id":"evt_42","type":"payment_intent.succeeded","data":{"object":{"amount":12345678901234567,"metadata":{"call_id":"call_4827"}}}})";
    const Response r = postIn(
        u"pay"_s, sign(u"stripe"_s, u"whsec_test_secret"_s, body, QDateTime::currentSecsSinceEpoch(), {}));
    QVERIFY2(r.status == 200, r.body.constData());
    const QString messageId = r.json.value(u"message_id"_s).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/agent"_s), 2, kDeliveryTimeoutMs);
    const QList<ReceivedRequest> got = m_receiver->requests(u"/agent"_s);
    QCOMPARE(got.at(1).body, body); // byte for byte, large integers included
    QCOMPARE(got.at(0).header("webhook-id"), got.at(1).header("webhook-id"));
    const Response message = get(u"/v1/messages/"_s + messageId);
    QCOMPARE(message.json.value(u"event_type"_s).toString(), u"stripe.payment_intent.succeeded"_s);
    QCOMPARE(message.json.value(u"call_id"_s).toString(), u"call_4827"_s);
    QTRY_COMPARE_WITH_TIMEOUT(get(u"/v1/messages/"_s + messageId)
                                  .json.value(u"deliveries"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"status"_s)
                                  .toString(),
                              u"delivered"_s, kDeliveryTimeoutMs);
    const QJsonObject logged = inbound(u"call_id=call_4827"_s).at(0).toObject();
    QCOMPARE(logged.value(u"message_id"_s).toString(), messageId);
}

void tst_Inbound::noCommitNo2xx()
{
    createEndpoint(u"agent"_s, u"/agent"_s);
    createSource(
        u"gh"_s,
        QJsonObject{{u"scheme"_s, u"github"_s}, {u"forward"_s, QJsonObject{{u"event_type"_s, u"gh.push"_s}}}},
        kRawSecret);
    m_engine->stop(500); // enqueue now answers Unavailable: nothing is committed
    const Signed s = sign(u"github"_s, kRawSecret, R"({"push":2})", 0, "guid-9");
    const Response r = postIn(u"gh"_s, s);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.detail().value(u"verdict"_s).toString(), u"unavailable"_s);
    const QJsonArray logged = inbound(u"source=gh"_s);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.at(0).toObject().value(u"status"_s).toString(), u"unavailable"_s);
    QVERIFY(logged.at(0).toObject().value(u"resubmittable"_s).toBool());
    QCOMPARE(m_receiver->count(), 0);
}

void tst_Inbound::logMasksAndBounds()
{
    createSource(u"sw"_s, QJsonObject{{u"scheme"_s, u"standard-webhooks"_s}}, kSwSecret);
    const QByteArray big = R"({"pad":")" + QByteArray(100 * 1024, 'p') + R"("})";
    Signed s = sign(u"standard-webhooks"_s, kSwSecret, big, QDateTime::currentSecsSinceEpoch(), "msg_big");
    s.headers.append(qMakePair(QByteArray("Cookie"), QByteArray("session=secret-cookie")));
    QCOMPARE(postIn(u"sw"_s, s).status, 200);
    const QString id = inbound(u"source=sw"_s).at(0).toObject().value(u"id"_s).toString();
    const Response detail = get(u"/v1/inbound/"_s + id);
    QCOMPARE(detail.status, 200);
    const QJsonObject headers = detail.json.value(u"headers"_s).toObject();
    QCOMPARE(headers.value(u"webhook-signature"_s).toString(), u"v1,***"_s);
    QCOMPARE(headers.value(u"cookie"_s).toString(), u"***"_s);
    QCOMPARE(headers.value(u"webhook-id"_s).toString(), u"msg_big"_s);
    QVERIFY(detail.json.value(u"body_truncated"_s).toBool());
    QCOMPARE(detail.json.value(u"body"_s).toString().size(), 64 * 1024);
    QCOMPARE(detail.json.value(u"body_size"_s).toInt(), big.size());
    // Paging, newest first.
    for (int i = 0; i < 3; ++i)
        postIn(u"sw"_s, Signed{"{}", {}});
    Response page = get(u"/v1/inbound?source=sw&limit=2"_s);
    QCOMPARE(page.json.value(u"inbound"_s).toArray().size(), 2);
    const QString cursor = page.json.value(u"next_cursor"_s).toString();
    QVERIFY(!cursor.isEmpty());
    page = get(u"/v1/inbound?source=sw&limit=2&cursor="_s + cursor);
    QCOMPARE(page.json.value(u"inbound"_s).toArray().size(), 2);
    QCOMPARE(page.json.value(u"next_cursor"_s), QJsonValue());
    QCOMPARE(get(u"/v1/inbound?status=nope"_s).status, 422);
}

void tst_Inbound::resubmitAfterFix()
{
    createEndpoint(u"agent"_s, u"/agent"_s);
    const QJsonObject strict{{u"type"_s, u"object"_s}, {u"required"_s, QJsonArray{u"lead_id"_s}}};
    QJsonObject config{{u"scheme"_s, u"standard-webhooks"_s},
                       {u"schema"_s, strict},
                       {u"forward"_s, QJsonObject{{u"event_type"_s, u"lead.created"_s}}}};
    createSource(u"sw"_s, config, kSwSecret);
    const Signed s = sign(u"standard-webhooks"_s, kSwSecret, R"({"leadId":"L1"})",
                          QDateTime::currentSecsSinceEpoch(), "msg_r1");
    Response r = postIn(u"sw"_s, s);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), u"lead_id: is required"_s);
    const QString rejected = r.detail().value(u"inbound_id"_s).toString();
    // Not resubmittable while still wrong; accepted ones never.
    r = call("POST", u"/v1/inbound/"_s + rejected + u"/resubmit"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"status"_s).toString(), u"schema_invalid"_s);
    // The operator fixes the schema and resubmits the original bytes (still verified
    // against the original arrival time).
    config.insert(u"schema"_s,
                  QJsonObject{{u"type"_s, u"object"_s}, {u"required"_s, QJsonArray{u"leadId"_s}}});
    QCOMPARE(put(u"/v1/sources/sw"_s, config).status, 200);
    r = call("POST", u"/v1/inbound/"_s + rejected + u"/resubmit"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(r.json.value(u"resubmit_of"_s).toString(), rejected);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->count(u"/agent"_s), 1, kDeliveryTimeoutMs);
    QCOMPARE(m_receiver->requests(u"/agent"_s).at(0).body, QByteArray(R"({"leadId":"L1"})"));
    // Once accepted, the sender's retry is a duplicate, and resubmitting again is too.
    QCOMPARE(postIn(u"sw"_s, s).json.value(u"status"_s).toString(), u"duplicate"_s);
    QCOMPARE(call("POST", u"/v1/inbound/"_s + r.json.value(u"id"_s).toString() + u"/resubmit"_s).status, 409);
    QCOMPARE(call("POST", u"/v1/inbound/"_s + rejected + u"/resubmit"_s).json.value(u"status"_s).toString(),
             u"duplicate"_s);
    // A forged request stays rejected unless the operator forces it.
    Signed forged = sign(u"standard-webhooks"_s, kSwSecret, R"({"leadId":"L2"})",
                         QDateTime::currentSecsSinceEpoch(), "msg_r2");
    forged.body = R"({"leadId":"L3"})";
    r = postIn(u"sw"_s, forged);
    QCOMPARE(r.status, 401);
    const QString bad = r.detail().value(u"inbound_id"_s).toString();
    QCOMPARE(call("POST", u"/v1/inbound/"_s + bad + u"/resubmit"_s).json.value(u"status"_s).toString(),
             u"bad_signature"_s);
    QCOMPARE(call("POST", u"/v1/inbound/"_s + bad + u"/resubmit"_s, R"({"force":true})")
                 .json.value(u"status"_s)
                 .toString(),
             u"accepted"_s);
}

// Diagnosis ---------------------------------------------------------------------------

void tst_Inbound::diagnosis_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("mistake");
    QTest::addColumn<QString>("cause");
    QTest::addRow("sw secret text as key") << u"standard-webhooks"_s << u"encoding"_s << u"secret_encoding"_s;
    QTest::addRow("stripe secret without prefix") << u"stripe"_s << u"encoding"_s << u"secret_encoding"_s;
    QTest::addRow("github newline added") << u"github"_s << u"newline"_s << u"body_altered"_s;
    QTest::addRow("x-signature re-encoded") << u"x-signature"_s << u"reencoded"_s << u"body_altered"_s;
    QTest::addRow("twilio http vs https") << u"twilio"_s << u"url"_s << u"url_mismatch"_s;
    QTest::addRow("stripe headers to sw source")
        << u"standard-webhooks"_s << u"scheme"_s << u"wrong_scheme"_s;
    QTest::addRow("github wrong secret") << u"github"_s << u"secret"_s << u"wrong_secret"_s;
}

void tst_Inbound::diagnosis()
{
    QFETCH(QString, scheme);
    QFETCH(QString, mistake);
    QFETCH(QString, cause);
    const QString secret = scheme == u"standard-webhooks" ? kSwSecret
        : scheme == u"stripe"                             ? u"whsec_test_secret"_s
                                                          : kRawSecret;
    QJsonObject config{{u"scheme"_s, scheme}};
    if (scheme == u"twilio")
        config.insert(u"public_url"_s, twilioUrl());
    createSource(u"d"_s, config, secret);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArray body = scheme == u"twilio" ? QByteArray("CallSid=CA1&CallStatus=ringing")
                                          : QByteArray(R"({"a": 1, "b": [1, 2]})");
    Signed s;
    if (mistake == u"encoding") {
        const QString wrong = scheme == u"standard-webhooks"
            ? u"whsec_"_s + QString::fromLatin1(secret.toUtf8().toBase64())
            : secret.mid(6);
        s = sign(scheme, wrong, body, now, "msg_d");
    } else if (mistake == u"newline") {
        s = sign(scheme, secret, body + '\n', now, "msg_d");
        s.body = body;
    } else if (mistake == u"reencoded") {
        s = sign(scheme, secret, body, now, "msg_d");
        s.body = QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact);
    } else if (mistake == u"url") {
        QString http = twilioUrl();
        http.replace(u"https:"_s, u"http:"_s);
        s = sign(scheme, secret, body, now, "msg_d", http);
    } else if (mistake == u"scheme") {
        s = sign(u"stripe"_s, secret, body, now, "msg_d");
    } else {
        s = sign(scheme, u"not the right secret"_s, body, now, "msg_d");
    }
    const Response r = postIn(u"d"_s, s);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.detail().value(u"cause"_s).toString(), cause);
    QVERIFY2(r.errorMessage().contains(u"Most likely"_s), qPrintable(r.errorMessage()));
    const QJsonObject logged = inbound(u"source=d"_s).at(0).toObject();
    QCOMPARE(logged.value(u"detail"_s).toObject().value(u"cause"_s).toString(), cause);
}

QTEST_GUILESS_MAIN(tst_Inbound)
#include "tst_inbound.moc"
