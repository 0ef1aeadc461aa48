// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiserver.h"
#include "delivery/engine.h"
#include "metrics/errorcounts.h"
#include "metrics/latencysketch.h"
#include "metrics/prometheusexporter.h"
#include "metrics/rollupwriter.h"
#include "metrics/statsquery.h"
#include "metrics/trafficlog.h"
#include "receiver/testreceiver.h"
#include "secrets/memorysecretstore.h"
#include "store/sqlstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QScopeGuard>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Switchboard;

namespace {

constexpr int kWaitMs = 30000;
const QByteArray kToken = QByteArrayLiteral("tst-observability-token-0123456789");
const QByteArray kSourceToken = QByteArrayLiteral("inbound-shared-token-0123456789");
using Headers = QList<QPair<QByteArray, QByteArray>>;

// The traffic log records captured as the daemon would print them.
QMutex g_linesMutex;
QList<QJsonObject> g_lines;

void captureTraffic(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "switchboard.metrics.traffic") != 0)
        return;
    const QByteArray line = TrafficLog::jsonLine(type, context, message, u"tst"_s);
    QMutexLocker lock(&g_linesMutex);
    g_lines.append(QJsonDocument::fromJson(line).object());
    g_lines.last().insert(u"_raw"_s, QString::fromUtf8(line));
}

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
};

// Checks text against the Prometheus text exposition format (0.0.4): every
// line is a HELP, a TYPE or a well-formed sample of a declared family;
// histograms have cumulative le buckets ending in +Inf whose count equals
// _count. Returns an empty string when it conforms, else what is wrong.
QString checkExposition(const QByteArray &text, QHash<QString, double> *samples)
{
    static const QRegularExpression kSample(
        uR"re(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*",?)*)\})? (-?[0-9.eE+-]+|\+Inf|-Inf|NaN)$)re"_s);
    static const QRegularExpression kLabel(uR"re(([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)")re"_s);
    if (!text.endsWith('\n'))
        return u"the text must end with a newline"_s;
    QHash<QString, QString> types;
    QSet<QString> helped;
    // histogram series (name + labels without le) -> list of (le, value)
    std::map<QString, QList<QPair<double, double>>> buckets;
    QHash<QString, double> counts;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        if (line.startsWith(u"# HELP "_s)) {
            helped.insert(line.section(u' ', 2, 2));
            continue;
        }
        if (line.startsWith(u"# TYPE "_s)) {
            const QString name = line.section(u' ', 2, 2);
            const QString type = line.section(u' ', 3, 3);
            if (!QStringList{u"counter"_s, u"gauge"_s, u"histogram"_s, u"summary"_s, u"untyped"_s}.contains(
                    type))
                return u"line %1: unknown type %2"_s.arg(i + 1).arg(type);
            if (types.contains(name))
                return u"line %1: a second TYPE for %2"_s.arg(i + 1).arg(name);
            types.insert(name, type);
            continue;
        }
        if (line.startsWith(u'#') || line.isEmpty())
            return u"line %1: unexpected \"%2\""_s.arg(i + 1).arg(line);
        const auto m = kSample.match(line);
        if (!m.hasMatch())
            return u"line %1: not a sample: %2"_s.arg(i + 1).arg(line);
        const QString name = m.captured(1);
        QString family = name;
        for (const QString &suffix : {u"_bucket"_s, u"_sum"_s, u"_count"_s}) {
            if (name.endsWith(suffix) && types.value(name.chopped(suffix.size())) == u"histogram")
                family = name.chopped(suffix.size());
        }
        if (!types.contains(family) || !helped.contains(family))
            return u"line %1: %2 has no TYPE or HELP before it"_s.arg(i + 1).arg(family);
        if (types.value(family) == u"counter" && !family.endsWith(u"_total"))
            return u"line %1: counter %2 does not end in _total"_s.arg(i + 1).arg(family);
        bool ok = false;
        const QString valueText = m.captured(4);
        const double value = valueText == u"+Inf" ? qInf() : valueText.toDouble(&ok);
        if (valueText != u"+Inf" && !ok)
            return u"line %1: bad value"_s.arg(i + 1);
        QString le;
        QStringList rest;
        auto it = kLabel.globalMatch(m.captured(3));
        QSet<QString> labelNames;
        while (it.hasNext()) {
            const auto l = it.next();
            if (labelNames.contains(l.captured(1)))
                return u"line %1: repeated label %2"_s.arg(i + 1).arg(l.captured(1));
            labelNames.insert(l.captured(1));
            if (l.captured(1) == u"le")
                le = l.captured(2);
            else
                rest << l.captured(0);
        }
        const QString series = family + u'{' + rest.join(u',') + u'}';
        if (samples)
            samples->insert(m.captured(2).isEmpty() ? name : name + u'{' + m.captured(3) + u'}', value);
        if (types.value(family) == u"histogram") {
            if (name.endsWith(u"_bucket")) {
                if (le.isEmpty())
                    return u"line %1: a bucket without le"_s.arg(i + 1);
                buckets[series].append({le == u"+Inf" ? qInf() : le.toDouble(), value});
            } else if (name.endsWith(u"_count")) {
                counts.insert(series, value);
            }
        }
    }
    for (const auto &[series, list] : buckets) {
        if (list.isEmpty() || !qIsInf(list.last().first))
            return u"%1: the last bucket is not +Inf"_s.arg(series);
        for (qsizetype i = 1; i < list.size(); ++i) {
            if (list[i].first <= list[i - 1].first)
                return u"%1: le bounds not increasing"_s.arg(series);
            if (list[i].second < list[i - 1].second)
                return u"%1: buckets not cumulative"_s.arg(series);
        }
        if (!counts.contains(series) || counts.value(series) != list.last().second)
            return u"%1: _count differs from the +Inf bucket"_s.arg(series);
    }
    return {};
}

} // namespace

class tst_Observability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rollupsEqualRecountOfAttempts();
    void statsFilters_data();
    void statsFilters();
    void statsInvalid_data();
    void statsInvalid();
    void statsWindowAndPercentiles();
    void metricsExposition();
    void metricsNeedsTokenUnlessOpen();
    void exporterCapsLabelSets();
    void alertRoutes();
    void inboundInStatsAndMetrics();
    void trafficLogLines();
    void statsCacheEqualsRowRead();

private:
    Response call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                  bool authenticate = true, quint16 port = 0, const Headers &headers = {});
    bool addEndpoint(const QString &name, const QString &path, int timeoutMs = 5000);
    // A header-token source forwarding to endpoint as lead.<kind>.
    bool addSource(const QString &name, const QString &endpoint);
    int postInbound(const QString &source, const QByteArray &body, const QByteArray &token);
    QStringList enqueue(const QString &eventType, const QStringList &endpoints, const QString &callId = {});
    bool waitFinal(const QStringList &deliveries);

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreLocation m_location;
    std::shared_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<TestReceiver> m_receiver;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<SqlStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    quint16 m_port = 0;
    int m_run = 0;
};

void tst_Observability::initTestCase()
{
    QLoggingCategory::setFilterRules(u"switchboard.*.info=false\nswitchboard.*.warning=false"_s);
}

void tst_Observability::init()
{
    ++m_run;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = StoreLocation::sqlite(m_dir->filePath(u"switchboard.db"_s));
    m_secrets = std::make_shared<MemorySecretStore>();
    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen() != 0);
    EngineOptions options;
    options.location = m_location;
    options.workerId = u"tst-obs"_s;
    options.dispatchers = 2;
    m_engine = std::make_unique<Engine>(options, m_secrets);
    const Status started = m_engine->start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    m_api = std::make_unique<ApiServer>(m_engine.get(), m_secrets, ApiOptions{QString::fromLatin1(kToken)});
    QVERIFY(m_api->open(m_location, m_engine->instanceId()).ok());
    m_port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    auto store = SqlStore::open(m_location, u"tst-obs-%1"_s.arg(m_run));
    QVERIFY(store.ok());
    m_store = std::move(store).value();
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void tst_Observability::cleanup()
{
    m_nam.reset();
    m_api.reset();
    if (m_engine)
        m_engine->stop(1000);
    m_engine.reset();
    m_store.reset();
    m_receiver.reset();
    m_dir.reset();
}

Response tst_Observability::call(const QByteArray &method, const QString &pathAndQuery,
                                 const QByteArray &body, bool authenticate, quint16 port,
                                 const Headers &headers)
{
    QNetworkRequest request(
        QUrl(u"http://127.0.0.1:"_s + QString::number(port ? port : m_port) + pathAndQuery));
    if (authenticate)
        request.setRawHeader("Authorization", "Bearer " + kToken);
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(request, method, body));
    Response r;
    if (!QTest::qWaitFor([&]() { return reply->isFinished(); }, kWaitMs))
        return r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.contentType = reply->rawHeader("Content-Type");
    return r;
}

bool tst_Observability::addEndpoint(const QString &name, const QString &path, int timeoutMs)
{
    Endpoint e;
    e.name = name;
    e.url = m_receiver->url(path);
    e.signing = SigningScheme::None;
    e.retryScheduleS = {1};
    e.jitter = 0;
    e.timeoutMs = timeoutMs;
    if (!m_store->upsertEndpoint(e).ok())
        return false;
    m_engine->reloadEndpoints();
    return true;
}

bool tst_Observability::addSource(const QString &name, const QString &endpoint)
{
    const QJsonObject config{{u"scheme"_s, u"header-token"_s},
                             {u"forward"_s,
                              QJsonObject{{u"event_type"_s, u"lead.{$.kind}"_s},
                                          {u"endpoints"_s, QJsonArray{endpoint}},
                                          {u"call_id_path"_s, u"$.call"_s}}}};
    const Response created
        = call("PUT", u"/v1/sources/"_s + name, QJsonDocument(config).toJson(QJsonDocument::Compact));
    const Response secret = call("PUT", u"/v1/sources/"_s + name + u"/secret"_s,
                                 QJsonDocument(QJsonObject{{u"secret"_s, QString::fromLatin1(kSourceToken)}})
                                     .toJson(QJsonDocument::Compact));
    if (created.status != 201 || secret.status != 204) {
        qWarning() << created.body << secret.body;
        return false;
    }
    return true;
}

int tst_Observability::postInbound(const QString &source, const QByteArray &body, const QByteArray &token)
{
    return call("POST", u"/in/"_s + source, body, false, 0, {{"X-Webhook-Token", token}}).status;
}

QStringList tst_Observability::enqueue(const QString &eventType, const QStringList &endpoints,
                                       const QString &callId)
{
    EnqueueRequest r;
    r.eventType = eventType;
    r.callId = callId;
    r.payload = R"({"ok":1})";
    r.endpoints = endpoints;
    std::optional<Result<EnqueueResult>> got;
    // The engine loads endpoints asynchronously after reloadEndpoints(): retry an "unknown endpoint".
    for (int i = 0; i < 100; ++i) {
        got.reset();
        m_engine->enqueue(r, this, [&got](const Result<EnqueueResult> &res) { got = res; });
        if (!QTest::qWaitFor([&got]() { return got.has_value(); }, kWaitMs))
            return {};
        if (got->ok() || got->error().code != Error::Code::InvalidArgument)
            break;
        QTest::qWait(20);
    }
    if (!got->ok()) {
        qWarning() << got->error().message;
        return {};
    }
    QStringList ids;
    for (const DeliveryRef &d : (*got)->deliveries)
        ids << d.id;
    return ids;
}

bool tst_Observability::waitFinal(const QStringList &deliveries)
{
    return QTest::qWaitFor(
        [&]() {
            for (const QString &id : deliveries) {
                const auto d = m_store->delivery(id, false);
                if (!d.ok() || !d->has_value())
                    return false;
                const DeliveryStatus s = (*d)->status;
                if (s != DeliveryStatus::Delivered && s != DeliveryStatus::Dead)
                    return false;
            }
            return true;
        },
        kWaitMs);
}

// A mixed workload through a real engine and receiver; then every rollup row
// must equal a recount from the attempts table, sketches included.
void tst_Observability::rollupsEqualRecountOfAttempts()
{
    QVERIFY(addEndpoint(u"good"_s, u"/good"_s));
    QVERIFY(addEndpoint(u"flaky"_s, u"/flaky"_s));
    QVERIFY(addEndpoint(u"strict"_s, u"/strict"_s));
    QVERIFY(addEndpoint(u"slow"_s, u"/slow"_s, 300));
    m_receiver->setBehaviour(u"/good"_s, ReceiverBehaviour::delayed(5));
    // 503 then 200 for each delivery: script enough pairs.
    QList<ReceiverBehaviour> flaky;
    for (int i = 0; i < 6; ++i)
        flaky << ReceiverBehaviour::withStatus(503);
    m_receiver->script(u"/flaky"_s, flaky);
    m_receiver->setBehaviour(u"/flaky"_s, ReceiverBehaviour::withStatus(200));
    m_receiver->setBehaviour(u"/strict"_s, ReceiverBehaviour::withStatus(422, R"({"error":"schema"})"));
    m_receiver->setBehaviour(u"/slow"_s, ReceiverBehaviour::delayed(2000));

    QStringList all;
    for (int i = 0; i < 6; ++i) {
        all << enqueue(i % 2 ? u"call.ended"_s : u"call.started"_s, {u"good"_s, u"flaky"_s, u"strict"_s});
        all << enqueue(u"ticket.created"_s, {u"good"_s});
    }
    all << enqueue(u"call.ended"_s, {u"slow"_s});
    QCOMPARE(all.size(), 6 * 4 + 1);
    QVERIFY(waitFinal(all));

    // The recount: attempts joined with their deliveries, by minute, endpoint and event type.
    QSqlQuery q(m_store->database());
    QVERIFY(
        q.exec(u"SELECT a.started_at, d.endpoint, d.event_type, a.n, a.error, a.status_code, a.duration_ms "
               "FROM attempts a JOIN deliveries d ON d.id = a.delivery_id"_s));
    struct Count
    {
        qint64 attempts = 0, ok = 0, failed = 0, retries = 0, firstOk = 0, rejects = 0, sum = 0;
        ErrorCounts errors;
        LatencySketch latency;
    };
    std::map<std::tuple<qint64, QString, QString>, Count> recount;
    int total = 0;
    while (q.next()) {
        Count &c = recount[{q.value(0).toLongLong() / 60000 * 60000, q.value(1).toString(),
                            q.value(2).toString()}];
        const QString error = q.value(4).toString();
        const int n = q.value(3).toInt();
        ++c.attempts;
        ++total;
        if (error.isEmpty()) {
            ++c.ok;
            c.firstOk += n == 1;
        } else {
            ++c.failed;
            c.errors.add(error);
        }
        c.retries += n > 1;
        c.rejects += q.value(5).toInt() == 422 || q.value(5).toInt() == 400;
        c.sum += q.value(6).toLongLong();
        c.latency.add(q.value(6).toInt());
    }
    q.finish();
    QCOMPARE(total, 6 * 3 + 6 * 1 + 6 /* flaky retries */ + 2 /* slow: timeout, retry */);

    QSqlQuery r(m_store->database());
    QVERIFY(r.exec(u"SELECT minute, subject, event_type, SUM(attempts), SUM(ok), SUM(failed), SUM(retries), "
                   "SUM(first_ok), SUM(schema_rejects), SUM(latency_sum_ms) FROM metrics_minutes "
                   "WHERE direction = 'out' GROUP BY minute, subject, event_type"_s));
    int rows = 0;
    while (r.next()) {
        ++rows;
        const auto key
            = std::make_tuple(r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString());
        QVERIFY2(recount.count(key), qPrintable(r.value(1).toString()));
        const Count &c = recount[key];
        QCOMPARE(r.value(3).toLongLong(), c.attempts);
        QCOMPARE(r.value(4).toLongLong(), c.ok);
        QCOMPARE(r.value(5).toLongLong(), c.failed);
        QCOMPARE(r.value(6).toLongLong(), c.retries);
        QCOMPARE(r.value(7).toLongLong(), c.firstOk);
        QCOMPARE(r.value(8).toLongLong(), c.rejects);
        QCOMPARE(r.value(9).toLongLong(), c.sum);
    }
    QCOMPARE(rows, int(recount.size()));
    r.finish();

    // Errors and sketches through the stats query, per endpoint.
    for (const QString &endpoint : {u"good"_s, u"flaky"_s, u"strict"_s, u"slow"_s}) {
        Count want;
        for (const auto &[key, c] : recount) {
            if (std::get<1>(key) != endpoint)
                continue;
            want.attempts += c.attempts;
            want.errors.merge(c.errors);
            want.latency.merge(c.latency);
        }
        StatsFilter f;
        f.subject = endpoint;
        f.windowS = 3600;
        auto got = StatsQuery(*m_store).run(f, QDateTime::currentDateTimeUtc());
        QVERIFY(got.ok());
        QCOMPARE(got->total.attempts, want.attempts);
        QCOMPARE(got->total.errors.toString(), want.errors.toString());
        QCOMPARE(got->total.latency.encode(), want.latency.encode());
    }
    const Response stats = call("GET", u"/v1/stats?window_s=3600&endpoint=strict"_s);
    QCOMPARE(stats.status, 200);
    QCOMPARE(stats.json.value(u"attempts"_s).toInt(), 6);
    QCOMPARE(stats.json.value(u"success_rate"_s).toDouble(), 0.0);
    QCOMPARE(stats.json.value(u"errors"_s).toObject().value(u"http_4xx"_s).toInt(), 6);
    QCOMPARE(stats.json.value(u"dlq_depth"_s).toInt(), 6);
    const Response flakyStats = call("GET", u"/v1/stats?endpoint=flaky"_s);
    QCOMPARE(flakyStats.json.value(u"retries"_s).toInt(), 6);
    QCOMPARE(flakyStats.json.value(u"success_rate"_s).toDouble(), 0.5);
    const Response slow = call("GET", u"/v1/stats?endpoint=slow"_s);
    QCOMPARE(slow.json.value(u"errors"_s).toObject().value(u"timeout"_s).toInt(), 2);
}

void tst_Observability::statsFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("attempts");
    QTest::addRow("all") << u""_s << 5 + 3 + 2;
    QTest::addRow("endpoint a") << u"endpoint=a"_s << 5 + 3;
    QTest::addRow("endpoint b") << u"endpoint=b"_s << 2;
    QTest::addRow("exact type") << u"event_type=call.ended"_s << 5;
    QTest::addRow("prefix") << u"event_type=call.*"_s << 5 + 2;
    QTest::addRow("star") << u"event_type=*"_s << 10;
    QTest::addRow("both") << u"endpoint=a&event_type=ticket.*"_s << 3;
    QTest::addRow("prefix is case-sensitive") << u"event_type=CALL.*"_s << 0;
    QTest::addRow("unknown endpoint") << u"endpoint=zzz"_s << 0;
    QTest::addRow("inbound source") << u"source=stripe"_s << 4;
    QTest::addRow("inbound direction") << u"direction=in"_s << 4;
    QTest::addRow("window too old for a sample") << u"window_s=60"_s << 10;
}

// Synthetic rollups written through the RollupWriter, as the engine would.
void tst_Observability::statsFilters()
{
    QFETCH(QString, query);
    QFETCH(int, attempts);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<RollupSample> samples;
    auto add = [&](const QString &dir, const QString &subject, const QString &type, int count) {
        for (int i = 0; i < count; ++i) {
            RollupSample s;
            s.at = now;
            s.direction = dir;
            s.subject = subject;
            s.eventType = type;
            s.ok = true;
            s.durationMs = 10 + i;
            samples << s;
        }
    };
    add(u"out"_s, u"a"_s, u"call.ended"_s, 5);
    add(u"out"_s, u"a"_s, u"ticket.created"_s, 3);
    add(u"out"_s, u"b"_s, u"call.started"_s, 2);
    add(u"in"_s, u"stripe"_s, u"invoice.paid"_s, 4);
    RollupWriter writer(u"w1"_s);
    const Status written = m_store->transaction([&]() { return writer.add(*m_store, samples); });
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));

    const Response r = call("GET", u"/v1/stats?"_s + query);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"attempts"_s).toInt(), attempts);
    const QJsonArray minutes = r.json.value(u"minutes"_s).toArray();
    QCOMPARE(minutes.size(), query.contains(u"window_s=60"_s) ? 1 : 60);
    QCOMPARE(minutes.last().toObject().value(u"attempts"_s).toInt(), attempts);
    if (attempts > 0) {
        QCOMPARE(r.json.value(u"success_rate"_s).toDouble(), 1.0);
        QVERIFY(r.json.value(u"latency_ms"_s).toObject().value(u"p50"_s).toDouble() >= 10);
    } else {
        QVERIFY(r.json.value(u"success_rate"_s).isNull());
        QVERIFY(r.json.value(u"latency_ms"_s).toObject().value(u"p99"_s).isNull());
    }
    for (const QString &key : {u"success_rate"_s, u"latency_ms"_s, u"attempts"_s, u"retries"_s, u"errors"_s,
                               u"dlq_depth"_s, u"minutes"_s})
        QVERIFY2(r.json.contains(key), qPrintable(key));
    for (const QString &key :
         {u"t"_s, u"attempts"_s, u"ok"_s, u"failed"_s, u"retries"_s, u"p50"_s, u"p95"_s, u"p99"_s})
        QVERIFY2(minutes.first().toObject().contains(key), qPrintable(key));
}

void tst_Observability::statsInvalid_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addRow("window not a number") << u"window_s=abc"_s << u"window_s"_s;
    QTest::addRow("window too short") << u"window_s=10"_s << u"window_s"_s;
    QTest::addRow("window too long") << u"window_s=99999999"_s << u"window_s"_s;
    QTest::addRow("direction") << u"direction=sideways"_s << u"direction"_s;
    QTest::addRow("endpoint name") << u"endpoint=Not%20A%20Name"_s << u"endpoint"_s;
    QTest::addRow("event type") << u"event_type=a%20b"_s << u"event_type"_s;
    QTest::addRow("endpoint and source") << u"endpoint=a&source=b"_s << u"source"_s;
    QTest::addRow("source outbound") << u"source=b&direction=out"_s << u"direction"_s;
    QTest::addRow("endpoint inbound") << u"endpoint=a&direction=in"_s << u"direction"_s;
    QTest::addRow("unknown parameter") << u"windw_s=60"_s << u"windw_s"_s;
}

void tst_Observability::statsInvalid()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Response r = call("GET", u"/v1/stats?"_s + query);
    QCOMPARE(r.status, 422);
    const QJsonObject error = r.json.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"invalid_argument"_s);
    QCOMPARE(error.value(u"details"_s).toArray().first().toObject().value(u"field"_s).toString(), field);
    QCOMPARE(call("GET", u"/v1/stats"_s, {}, false).status, 401);
    QCOMPARE(call("POST", u"/v1/stats"_s).status, 405);
}

// Minutes spread over a day: the window picks the right ones, percentiles
// come from merged sketches, and equal a sketch over the same samples.
void tst_Observability::statsWindowAndPercentiles()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<RollupSample> samples;
    LatencySketch lastHour, lastDay;
    for (int minute = 0; minute < 24 * 60; minute += 7) {
        for (int i = 0; i < 5; ++i) {
            RollupSample s;
            s.at = now.addSecs(-minute * 60);
            s.subject = i % 2 ? u"a"_s : u"b"_s;
            s.eventType = u"e"_s;
            s.ok = i != 4;
            s.error = s.ok ? QString() : u"http_5xx"_s;
            s.n = i == 3 ? 2 : 1;
            s.durationMs = 1 + (minute * 13 + i * 101) % 3000;
            samples << s;
            if (minute < 60)
                lastHour.add(s.durationMs);
            lastDay.add(s.durationMs);
        }
    }
    RollupWriter writer(u"w1"_s);
    const Status written = m_store->transaction([&]() { return writer.add(*m_store, samples); });
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    StatsFilter hour;
    auto h = StatsQuery(*m_store).run(hour, now);
    QVERIFY(h.ok());
    QCOMPARE(h->total.latency.encode(), lastHour.encode());
    QCOMPARE(h->total.attempts, qint64(lastHour.count()));
    QCOMPARE(h->total.errors.value(u"http_5xx"_s), h->total.attempts / 5);
    QCOMPARE(h->total.retries, h->total.attempts / 5);
    StatsFilter day;
    day.windowS = 86400;
    auto d = StatsQuery(*m_store).run(day, now);
    QVERIFY(d.ok());
    QCOMPARE(d->minutes.size(), 1440);
    QCOMPARE(d->total.latency.encode(), lastDay.encode());
    const Response r = call("GET", u"/v1/stats?window_s=86400"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject latency = r.json.value(u"latency_ms"_s).toObject();
    QCOMPARE(latency.value(u"p99"_s).toDouble(), std::round(lastDay.quantile(0.99) * 100) / 100);
    QCOMPARE(r.json.value(u"success_rate"_s).toDouble(), 0.8);
}

void tst_Observability::metricsExposition()
{
    QVERIFY(addEndpoint(u"good"_s, u"/good"_s));
    QVERIFY(addEndpoint(u"bad"_s, u"/bad"_s));
    m_receiver->setBehaviour(u"/bad"_s, ReceiverBehaviour::withStatus(400));
    QStringList all;
    for (int i = 0; i < 4; ++i)
        all << enqueue(u"call.ended"_s, {u"good"_s, u"bad"_s});
    QVERIFY(waitFinal(all));
    // The exporter counts on the engine's signal, after the commit: give it a moment.
    QHash<QString, double> samples;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]() {
            samples.clear();
            const Response r = call("GET", u"/metrics"_s);
            return r.status == 200 && checkExposition(r.body, &samples).isEmpty()
                && samples.value(u"switchboard_attempt_duration_seconds_count{endpoint=\"bad\"}"_s) == 4;
        }(),
        kWaitMs);
    const Response r = call("GET", u"/metrics"_s);
    QVERIFY(r.contentType.startsWith("text/plain; version=0.0.4"));
    const QString problem = checkExposition(r.body, &samples);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u"\n"_s + QString::fromUtf8(r.body)));
    QCOMPARE(samples.value(
                 u"switchboard_attempts_total{endpoint=\"good\",event_type=\"call.ended\",outcome=\"ok\","
                 "error=\"none\"}"_s),
             4.0);
    QCOMPARE(samples.value(
                 u"switchboard_attempts_total{endpoint=\"bad\",event_type=\"call.ended\",outcome=\"failed\","
                 "error=\"http_4xx\"}"_s),
             4.0);
    QCOMPARE(samples.value(u"switchboard_dead_letters_total{endpoint=\"bad\",event_type=\"call.ended\"}"_s),
             4.0);
    QCOMPARE(samples.value(u"switchboard_dlq_depth"_s), 4.0);
    QVERIFY(samples.contains(u"switchboard_queue_depth"_s));
    QCOMPARE(
        samples.value(u"switchboard_build_info{version=\"%1\"}"_s.arg(QStringLiteral(SWITCHBOARD_VERSION))),
        1.0);
    QVERIFY(r.body.contains("le=\"0.005\""));
    QVERIFY(r.body.contains("le=\"60\""));

    // The checker itself catches what it should.
    QVERIFY(!checkExposition("x_total 1\n", nullptr).isEmpty());
    QVERIFY(!checkExposition("# HELP x h\n# TYPE x counter\nx 1\n", nullptr).isEmpty());
    QVERIFY(!checkExposition("# HELP h h\n# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\n"
                             "h_count 1\n",
                             nullptr)
                 .isEmpty());
    QVERIFY(checkExposition("# HELP h h\n# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\n"
                            "h_sum 3\nh_count 2\n",
                            nullptr)
                .isEmpty());
}

void tst_Observability::metricsNeedsTokenUnlessOpen()
{
    QCOMPARE(call("GET", u"/metrics"_s, {}, false).status, 401);
    QCOMPARE(call("GET", u"/metrics"_s).status, 200);
    ApiOptions open{QString::fromLatin1(kToken)};
    open.metricsOpen = true;
    ApiServer openApi(m_engine.get(), m_secrets, open);
    QVERIFY(openApi.open(m_location, m_engine->instanceId()).ok());
    const quint16 port = openApi.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    QCOMPARE(call("GET", u"/metrics"_s, {}, false, port).status, 200);
    // Opening /metrics opens nothing else.
    QCOMPARE(call("GET", u"/v1/stats"_s, {}, false, port).status, 401);
    QCOMPARE(call("GET", u"/v1/alerts"_s, {}, false, port).status, 401);
}

void tst_Observability::exporterCapsLabelSets()
{
    PrometheusExporter exporter(3);
    for (int i = 0; i < 10; ++i) {
        AttemptEvent e;
        e.endpoint = u"ep%1"_s.arg(i);
        e.eventType = u"call.ended"_s;
        e.durationMs = 100 * i;
        exporter.record(e);
    }
    QHash<QString, double> samples;
    const QByteArray text = exporter.render(std::nullopt, u"1.2.3"_s);
    QVERIFY2(checkExposition(text, &samples).isEmpty(), text.constData());
    QCOMPARE(
        samples.value(u"switchboard_attempts_total{endpoint=\"other\",event_type=\"other\",outcome=\"ok\","
                      "error=\"none\"}"_s),
        7.0);
    QCOMPARE(samples.value(u"switchboard_attempt_duration_seconds_count{endpoint=\"other\"}"_s), 7.0);
    QCOMPARE(text.count("switchboard_attempt_duration_seconds_count{"), 4);
    QVERIFY(!samples.contains(u"switchboard_queue_depth"_s));
    // Label values are escaped.
    AttemptEvent odd;
    odd.endpoint = u"ep0"_s;
    odd.eventType = u"a\"b\\c\nd"_s;
    PrometheusExporter escaping;
    escaping.record(odd);
    const QByteArray escaped = escaping.render(std::nullopt, u"x"_s);
    QVERIFY2(checkExposition(escaped, nullptr).isEmpty(), escaped.constData());
    QVERIFY(escaped.contains("event_type=\"a\\\"b\\\\c\\nd\""));
}

void tst_Observability::alertRoutes()
{
    const QByteArray rule
        = R"({"kind": "success_rate_below", "endpoint": "crm", "threshold": 50, "window_min": 5,
                                "min_attempts": 5})";
    Response r = call("PUT", u"/v1/alerts/rules/crm-failing"_s, rule);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"kind"_s).toString(), u"success_rate_below"_s);
    QCOMPARE(r.json.value(u"hysteresis"_s).toDouble(), 5.0);
    QCOMPARE(call("PUT", u"/v1/alerts/rules/crm-failing"_s, rule).status, 200);
    QCOMPARE(call("PUT", u"/v1/alerts/rules/global-dlq"_s, R"({"kind": "dlq_depth_above", "threshold": 10})")
                 .status,
             201);
    r = call("GET", u"/v1/alerts/rules"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"rules"_s).toArray().size(), 2);
    QCOMPARE(call("GET", u"/v1/alerts/rules/global-dlq"_s).json.value(u"endpoint"_s), QJsonValue());
    for (const QByteArray &bad :
         {QByteArray(R"({"kind": "nope", "threshold": 1})"), QByteArray(R"({"kind": "success_rate_below"})"),
          QByteArray(R"({"kind": "success_rate_below", "threshold": 150})"),
          QByteArray(R"({"kind": "p95_above_ms", "threshold": 100, "window_min": 0})"),
          QByteArray(R"({"kind": "p95_above_ms", "threshold": 100, "extra": 1})"),
          QByteArray(R"({"kind": "p95_above_ms", "threshold": 100, "endpoint": "A B"})")}) {
        QCOMPARE(call("PUT", u"/v1/alerts/rules/x"_s, bad).status, 422);
    }
    QCOMPARE(call("PUT", u"/v1/alerts/rules/x"_s, "{nope").status, 400);
    QCOMPARE(call("PUT", u"/v1/alerts/rules/Bad%20Name"_s, rule).status, 422);
    r = call("GET", u"/v1/alerts"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(u"alerts"_s).isArray());
    QCOMPARE(call("GET", u"/v1/alerts?state=weird"_s).status, 422);
    QCOMPARE(call("POST", u"/v1/alerts/alt_nope/ack"_s).status, 404);
    QCOMPARE(call("DELETE", u"/v1/alerts/rules/global-dlq"_s).status, 204);
    QCOMPARE(call("DELETE", u"/v1/alerts/rules/global-dlq"_s).status, 404);
    QCOMPARE(call("GET", u"/v1/alerts"_s, {}, false).status, 401);
}

// Inbound requests are folded into the rollups (direction in, by source and
// event type, rejections as failures of their verdict) and counted in /metrics.
void tst_Observability::inboundInStatsAndMetrics()
{
    QVERIFY(addEndpoint(u"crm"_s, u"/crm"_s));
    QVERIFY(addSource(u"leads"_s, u"crm"_s));
    QVERIFY(addSource(u"quiet"_s, u"crm"_s));
    QCOMPARE(postInbound(u"leads"_s, R"({"kind":"created","n":1})", kSourceToken), 200);
    QCOMPARE(postInbound(u"leads"_s, R"({"kind":"created","n":2})", kSourceToken), 200);
    QCOMPARE(postInbound(u"leads"_s, R"({"kind":"lost","n":3})", kSourceToken), 200);
    QCOMPARE(postInbound(u"leads"_s, R"({"kind":"created","n":1})", kSourceToken), 200); // duplicate
    for (int i = 0; i < 3; ++i)
        QCOMPARE(postInbound(u"leads"_s, R"({"kind":"created","n":9})", "wrong-token-0123456789"), 401);
    QCOMPARE(postInbound(u"quiet"_s, R"({"kind":"created","n":1})", kSourceToken), 200);

    Response r = call("GET", u"/v1/stats?direction=in&source=leads"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"direction"_s).toString(), u"in"_s);
    QCOMPARE(r.json.value(u"attempts"_s).toInt(), 7);
    QCOMPARE(r.json.value(u"ok"_s).toInt(), 4);
    QCOMPARE(r.json.value(u"failed"_s).toInt(), 3);
    QCOMPARE(r.json.value(u"errors"_s).toObject(), QJsonObject({{u"bad_signature"_s, 3}}));
    QCOMPARE(r.json.value(u"success_rate"_s).toDouble(), std::round(4.0 / 7 * 10000) / 10000);
    QVERIFY(r.json.value(u"latency_ms"_s).toObject().value(u"p99"_s).isDouble());
    QCOMPARE(r.json.value(u"minutes"_s).toArray().last().toObject().value(u"attempts"_s).toInt()
                 + r.json.value(u"minutes"_s).toArray().at(58).toObject().value(u"attempts"_s).toInt(),
             7);
    // The source filter alone implies direction=in; event types as the forward made them.
    QCOMPARE(call("GET", u"/v1/stats?source=quiet"_s).json.value(u"attempts"_s).toInt(), 1);
    QCOMPARE(
        call("GET", u"/v1/stats?source=leads&event_type=lead.created"_s).json.value(u"attempts"_s).toInt(),
        2);
    QCOMPARE(call("GET", u"/v1/stats?direction=in&event_type=lead.*"_s).json.value(u"attempts"_s).toInt(), 4);
    QCOMPARE(call("GET", u"/v1/stats?direction=in"_s).json.value(u"attempts"_s).toInt(), 8);
    // Outbound stats never count inbound requests.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM metrics_minutes WHERE direction = 'out' AND subject IN "
                   "('leads', 'quiet')"_s)
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();

    r = call("GET", u"/metrics"_s);
    QHash<QString, double> samples;
    const QString problem = checkExposition(r.body, &samples);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u"\n"_s + QString::fromUtf8(r.body)));
    auto inbound
        = [&](const QString &source, const QString &type, const QString &outcome, const QString &verdict) {
              return samples.value(u"switchboard_inbound_requests_total{source=\"%1\",event_type=\"%2\","
                                   "outcome=\"%3\",verdict=\"%4\"}"_s.arg(source, type, outcome, verdict));
          };
    QCOMPARE(inbound(u"leads"_s, u"lead.created"_s, u"ok"_s, u"accepted"_s), 2.0);
    QCOMPARE(inbound(u"leads"_s, u"lead.lost"_s, u"ok"_s, u"accepted"_s), 1.0);
    QCOMPARE(inbound(u"leads"_s, QString(), u"ok"_s, u"duplicate"_s), 1.0);
    QCOMPARE(inbound(u"leads"_s, QString(), u"failed"_s, u"bad_signature"_s), 3.0);
    QCOMPARE(inbound(u"quiet"_s, u"lead.created"_s, u"ok"_s, u"accepted"_s), 1.0);
    QCOMPARE(samples.value(u"switchboard_inbound_duration_seconds_count{source=\"leads\"}"_s), 7.0);
    QCOMPARE(samples.value(u"switchboard_inbound_duration_seconds_bucket{source=\"leads\",le=\"+Inf\"}"_s),
             7.0);
}

// Every attempt and every inbound request gets one structured record with the
// per-delivery fields, and no secret reaches it.
void tst_Observability::trafficLogLines()
{
    {
        QMutexLocker lock(&g_linesMutex);
        g_lines.clear();
    }
    QLoggingCategory::setFilterRules(u"switchboard.*.info=false\nswitchboard.*.warning=false\n"
                                     "switchboard.metrics.traffic.info=true\n"
                                     "switchboard.metrics.traffic.warning=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureTraffic);
    const auto restore = qScopeGuard([previous]() {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(u"switchboard.*.info=false\nswitchboard.*.warning=false"_s);
    });
    QVERIFY(addEndpoint(u"good"_s, u"/good"_s));
    QVERIFY(addEndpoint(u"bad"_s, u"/bad"_s));
    m_receiver->setBehaviour(u"/bad"_s, ReceiverBehaviour::withStatus(400));
    const QStringList good = enqueue(u"call.ended"_s, {u"good"_s}, u"call-42"_s);
    const QStringList bad = enqueue(u"call.ended"_s, {u"bad"_s});
    QCOMPARE(good.size(), 1);
    QCOMPARE(bad.size(), 1);
    QVERIFY(waitFinal(good + bad));
    QVERIFY(addSource(u"leads"_s, u"good"_s));
    QCOMPARE(postInbound(u"leads"_s, R"({"kind":"created","call":"call-7"})", kSourceToken), 200);
    QCOMPARE(postInbound(u"leads"_s, R"({"kind":"created"})", "wrong-token-0123456789"), 401);

    auto find = [](const QString &key, const QString &value) {
        QMutexLocker lock(&g_linesMutex);
        for (const QJsonObject &line : std::as_const(g_lines)) {
            if (line.value(key).toString() == value)
                return line;
        }
        return QJsonObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!find(u"delivery_id"_s, bad.first()).isEmpty(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!find(u"delivery_id"_s, good.first()).isEmpty(), kWaitMs);
    const QJsonObject ok = find(u"delivery_id"_s, good.first());
    QCOMPARE(ok.value(u"category"_s).toString(), u"switchboard.metrics.traffic"_s);
    QCOMPARE(ok.value(u"level"_s).toString(), u"info"_s);
    QCOMPARE(ok.value(u"direction"_s).toString(), u"out"_s);
    QCOMPARE(ok.value(u"endpoint"_s).toString(), u"good"_s);
    QCOMPARE(ok.value(u"event_type"_s).toString(), u"call.ended"_s);
    QCOMPARE(ok.value(u"call_id"_s).toString(), u"call-42"_s);
    QCOMPARE(ok.value(u"status"_s).toInt(), 200);
    QCOMPARE(ok.value(u"outcome"_s).toString(), u"delivered"_s);
    QVERIFY(ok.value(u"duration_ms"_s).isDouble());
    QVERIFY(ok.contains(u"error"_s) && ok.value(u"error"_s).isNull());
    QVERIFY(!ok.value(u"ts"_s).toString().isEmpty());
    QVERIFY(ok.value(u"msg"_s).toString().contains(good.first()));
    const QJsonObject failed = find(u"delivery_id"_s, bad.first());
    QCOMPARE(failed.value(u"level"_s).toString(), u"warning"_s);
    QCOMPARE(failed.value(u"status"_s).toInt(), 400);
    QCOMPARE(failed.value(u"error"_s).toString(), u"http_4xx"_s);
    QCOMPARE(failed.value(u"outcome"_s).toString(), u"dead"_s);
    QVERIFY(failed.value(u"call_id"_s).isNull());

    const QJsonArray logged = call("GET", u"/v1/inbound?source=leads"_s).json.value(u"inbound"_s).toArray();
    QCOMPARE(logged.size(), 2);
    for (const QJsonValue &v : logged) {
        const QJsonObject entry = v.toObject();
        const QJsonObject line = find(u"delivery_id"_s, entry.value(u"id"_s).toString());
        QVERIFY2(!line.isEmpty(), qPrintable(entry.value(u"id"_s).toString()));
        QCOMPARE(line.value(u"direction"_s).toString(), u"in"_s);
        QCOMPARE(line.value(u"source"_s).toString(), u"leads"_s);
        QCOMPARE(line.value(u"status"_s).toInt(), entry.value(u"http_status"_s).toInt());
        QVERIFY(line.value(u"duration_ms"_s).isDouble());
        if (entry.value(u"status"_s).toString() == u"accepted") {
            QCOMPARE(line.value(u"event_type"_s).toString(), u"lead.created"_s);
            QCOMPARE(line.value(u"call_id"_s).toString(), u"call-7"_s);
            QVERIFY(line.value(u"error"_s).isNull());
        } else {
            QCOMPARE(line.value(u"error"_s).toString(), u"bad_signature"_s);
            QCOMPARE(line.value(u"level"_s).toString(), u"warning"_s);
        }
    }
    QMutexLocker lock(&g_linesMutex);
    for (const QJsonObject &line : std::as_const(g_lines)) {
        const QString raw = line.value(u"_raw"_s).toString();
        QVERIFY2(!raw.contains(QString::fromLatin1(kSourceToken)), qPrintable(raw));
        QVERIFY2(!raw.contains(u"wrong-token"_s), qPrintable(raw));
        QVERIFY2(!raw.contains(u"kind"_s), qPrintable(raw)); // no payloads
    }
}

// The minute cache of StatsQuery: a cached query equals reading every row,
// cold and warm, after late samples land in cached minutes (from two workers)
// and after retention drops minutes.
void tst_Observability::statsCacheEqualsRowRead()
{
    StatsQuery::clearCache();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RollupWriter w1(u"w1"_s), w2(u"w2"_s);
    auto write = [&](RollupWriter &writer, const QDateTime &at, int count, int seed) {
        QList<RollupSample> samples;
        for (int i = 0; i < count; ++i) {
            RollupSample s;
            s.at = at;
            s.subject = (seed + i) % 3 ? u"a"_s : u"b"_s;
            s.eventType = (seed + i) % 2 ? u"call.ended"_s : u"ticket.created"_s;
            s.ok = (seed + i) % 5 != 0;
            s.error = s.ok ? QString() : ((seed + i) % 2 ? u"timeout"_s : u"http_5xx"_s);
            s.n = 1 + (seed + i) % 3 / 2;
            s.durationMs = 1 + (seed * 31 + i * 97) % 4000;
            samples << s;
        }
        const Status written = m_store->transaction([&]() { return writer.add(*m_store, samples); });
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    };
    for (int m = 0; m < 180; m += 3)
        write(w1, now.addSecs(-m * 60), 5, m);
    for (int m = 0; m < 180; m += 7)
        write(w2, now.addSecs(-m * 60), 3, m + 1);

    QList<StatsFilter> filters;
    StatsFilter f;
    f.windowS = 3 * 3600;
    filters << f;
    f.subject = u"a"_s;
    filters << f;
    f.subject.clear();
    f.eventType = u"call.*"_s;
    filters << f;
    f.eventType.clear();
    f.windowS = 86400;
    filters << f;
    auto same = [&](const char *when) {
        for (const StatsFilter &filter : std::as_const(filters)) {
            const auto cached = StatsQuery(*m_store).run(filter, now);
            const auto rows = StatsQuery(*m_store, false).run(filter, now);
            QVERIFY(cached.ok() && rows.ok());
            const QByteArray where
                = QByteArray(when) + " " + filter.subject.toUtf8() + filter.eventType.toUtf8();
            QVERIFY2(cached->total.attempts > 0, where.constData());
            QCOMPARE(cached->total.attempts, rows->total.attempts);
            QCOMPARE(cached->total.failed, rows->total.failed);
            QCOMPARE(cached->total.retries, rows->total.retries);
            QCOMPARE(cached->total.latencySumMs, rows->total.latencySumMs);
            QCOMPARE(cached->total.errors.toString(), rows->total.errors.toString());
            QVERIFY2(cached->total.latency.encode() == rows->total.latency.encode(), where.constData());
            QCOMPARE(cached->minutes.size(), rows->minutes.size());
            for (qsizetype i = 0; i < rows->minutes.size(); ++i) {
                const StatsBucket &c = cached->minutes.at(i).bucket;
                const StatsBucket &r = rows->minutes.at(i).bucket;
                QCOMPARE(c.attempts, r.attempts);
                QCOMPARE(c.errors.toString(), r.errors.toString());
                QVERIFY2(c.latency.encode() == r.latency.encode(), where.constData());
            }
            QCOMPARE(cached->toJson(filter), rows->toJson(filter));
            // Totals only (the dashboard's previous window, the alert rules).
            const auto total = StatsQuery(*m_store).run(filter, now, false, false);
            QVERIFY(total.ok() && total->minutes.isEmpty());
            QCOMPARE(total->total.attempts, rows->total.attempts);
            QCOMPARE(total->total.errors.toString(), rows->total.errors.toString());
            QVERIFY2(total->total.latency.encode() == rows->total.latency.encode(), where.constData());
        }
    };
    same("cold");
    same("warm");
    // Late samples in cached minutes: an attempt that started 40 minutes ago and
    // finished now, another worker's; and a new one in the current minute.
    write(w1, now.addSecs(-40 * 60), 1, 7);
    write(w2, now.addSecs(-90 * 60), 2, 8);
    write(w2, now, 4, 9);
    same("late");
    same("late, warm");
    // Retention drops the oldest rows (in batches: a minute may go in part).
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"DELETE FROM metrics_minutes WHERE minute < %1 OR (minute = %2 AND worker = 'w1')"_s
                       .arg((now.toMSecsSinceEpoch() - 120 * 60000) / 60000 * 60000)
                       .arg((now.toMSecsSinceEpoch() - 105 * 60000) / 60000 * 60000)));
    same("pruned");

    // The cache is really used: a row changed behind the writer's back (which
    // never happens; rows only grow through it) is not seen while the minute's
    // counters are unchanged.
    StatsFilter day;
    day.windowS = 86400;
    const qint64 minute = (now.toMSecsSinceEpoch() - 30 * 60000) / 60000 * 60000;
    LatencySketch other;
    other.add(123456);
    QVERIFY(q.prepare(u"UPDATE metrics_minutes SET latency = ? WHERE minute = ?"_s));
    q.addBindValue(other.encode());
    q.addBindValue(minute);
    QVERIFY(q.exec());
    const auto cached = StatsQuery(*m_store).run(day, now);
    const auto rows = StatsQuery(*m_store, false).run(day, now);
    QVERIFY(cached->total.latency.encode() != rows->total.latency.encode());
    StatsQuery::clearCache();
    QVERIFY(StatsQuery(*m_store).run(day, now)->total.latency.encode() == rows->total.latency.encode());
}

QTEST_GUILESS_MAIN(tst_Observability)
#include "tst_observability.moc"
