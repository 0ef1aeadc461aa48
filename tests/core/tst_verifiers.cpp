// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/outboundsigner.h"
#include "signing/verifiers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace Switchboard;
using namespace Qt::StringLiterals;

namespace {

enum class Encoding { Base64, Hex };

// One request built from a vector, and how its signature header is laid out,
// so a test can change one byte of any part and rebuild it.
struct Case
{
    QString scheme;
    VerifyInput in;
    QStringList secrets;
    qint64 nowS = 0;
    qint64 timestamp = 0; // 0: the scheme signs no timestamp
    QByteArray signatureHeader;
    QByteArray signaturePrefix; // before the encoded MAC
    Encoding encoding = Encoding::Base64;
    QList<QByteArray> requiredHeaders;
};

constexpr int kTolerance = 300;

QByteArray flipOneByte(QByteArray bytes)
{
    Q_ASSERT(!bytes.isEmpty());
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    return bytes;
}

void setHeader(VerifyInput &in, const QByteArray &name, const QByteArray &value)
{
    for (auto &header : in.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    in.headers.append({name, value});
}

void removeHeader(VerifyInput &in, const QByteArray &name)
{
    in.headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray encode(const QByteArray &mac, Encoding encoding)
{
    return encoding == Encoding::Base64 ? mac.toBase64() : mac.toHex();
}

QByteArray decode(QByteArrayView text, Encoding encoding)
{
    return encoding == Encoding::Base64 ? QByteArray::fromBase64(text.toByteArray())
                                        : QByteArray::fromHex(text.toByteArray());
}

QByteArray formBody(const QJsonObject &params)
{
    QByteArray body;
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(it.value().toString());
    }
    return body;
}

QString reason(const Status &status)
{
    return status.ok() ? QString() : status.error().details.at(0).toObject().value(u"reason"_s).toString();
}

QString detailHeader(const Status &status)
{
    return status.ok() ? QString() : status.error().details.at(0).toObject().value(u"header"_s).toString();
}

} // namespace

class tst_Verifiers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void acceptsVectors_data();
    void acceptsVectors();
    void rejectsOneChangedByte_data();
    void rejectsOneChangedByte();
    void acceptsAnyOfSeveralSecrets_data();
    void acceptsAnyOfSeveralSecrets();
    void acceptsAnyOfSeveralSignatures_data();
    void acceptsAnyOfSeveralSignatures();
    void timestampTolerance_data();
    void timestampTolerance();
    void mismatchAlsoMentionsSkew();
    void millisecondsTimestampIsDiagnosed();
    void missingHeaders_data();
    void missingHeaders();
    void malformedHeaders_data();
    void malformedHeaders();
    void misconfiguredSource_data();
    void misconfiguredSource();
    void twilioUrlWithOrWithoutPort_data();
    void twilioUrlWithOrWithoutPort();
    void verifiesOutboundSigner_data();
    void verifiesOutboundSigner();
    void createVerifier();
    void parseFormUrlEncoded();

private:
    Case makeCase(const QString &name) const;
    static Status run(Case &c);
    static QStringList allCases();

    QJsonObject m_vectors;
};

void tst_Verifiers::initTestCase()
{
    const QString sourceDir = qEnvironmentVariable("SWITCHBOARD_SOURCE_DIR");
    QVERIFY2(!sourceDir.isEmpty(), "SWITCHBOARD_SOURCE_DIR is not set (run the test through ctest)");
    QFile file(sourceDir + u"/../shared/vectors/signatures.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(u"cannot read "_s + file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    m_vectors = doc.object();
    const QStringList expected{u"standard_webhooks_kat1"_s,
                               u"standard_webhooks_kat2"_s,
                               u"stripe"_s,
                               u"github"_s,
                               u"twilio_form"_s,
                               u"twilio_json"_s,
                               u"shopify"_s,
                               u"x_signature_seed"_s};
    for (const QString &name : expected)
        QVERIFY2(m_vectors.contains(name), qPrintable(u"vector missing: "_s + name));
    // A vector added to the file without a verifier test is a gap: fail loudly.
    for (const QString &name : m_vectors.keys())
        QVERIFY2(expected.contains(name), qPrintable(u"vector without a test: "_s + name));
}

QStringList tst_Verifiers::allCases()
{
    return {u"standard_webhooks_kat1"_s,
            u"standard_webhooks_kat2"_s,
            u"svix_kat1"_s,
            u"stripe"_s,
            u"github"_s,
            u"twilio_form"_s,
            u"twilio_form_body"_s,
            u"twilio_json"_s,
            u"shopify"_s,
            u"x_signature_seed"_s};
}

Case tst_Verifiers::makeCase(const QString &name) const
{
    Case c;
    if (name.startsWith(u"standard_webhooks"_s) || name.startsWith(u"svix"_s)) {
        const bool svix = name.startsWith(u"svix"_s);
        const QJsonObject v = m_vectors.value(svix ? u"standard_webhooks"_s + name.mid(4) : name).toObject();
        const QByteArray prefix = svix ? "svix-" : "webhook-";
        c.scheme = u"standard-webhooks"_s;
        c.secrets = {v.value(u"secret"_s).toString()};
        c.timestamp = qint64(v.value(u"timestamp"_s).toDouble());
        c.nowS = c.timestamp;
        c.in.body = v.value(u"payload"_s).toString().toUtf8();
        c.in.headers = {{prefix + "id", v.value(u"msg_id"_s).toString().toUtf8()},
                        {prefix + "timestamp", QByteArray::number(c.timestamp)},
                        {prefix + "signature", v.value(u"signature"_s).toString().toUtf8()}};
        c.signatureHeader = prefix + "signature";
        c.signaturePrefix = "v1,";
        c.requiredHeaders = {prefix + "id", prefix + "timestamp", prefix + "signature"};
    } else if (name == u"stripe"_s) {
        const QJsonObject v = m_vectors.value(name).toObject();
        c.scheme = u"stripe"_s;
        c.secrets = {v.value(u"secret"_s).toString()};
        c.timestamp = qint64(v.value(u"timestamp"_s).toDouble());
        c.nowS = c.timestamp;
        c.in.body = v.value(u"payload"_s).toString().toUtf8();
        c.in.headers = {{"Stripe-Signature", v.value(u"header"_s).toString().toUtf8()}};
        c.signatureHeader = "Stripe-Signature";
        c.signaturePrefix = "t=" + QByteArray::number(c.timestamp) + ",v1=";
        c.encoding = Encoding::Hex;
        c.requiredHeaders = {"Stripe-Signature"};
    } else if (name == u"github"_s || name == u"x_signature_seed"_s || name == u"shopify"_s) {
        const QJsonObject v = m_vectors.value(name).toObject();
        c.scheme = name == u"github"_s ? u"github"_s : name == u"shopify"_s ? u"shopify"_s : u"x-signature"_s;
        c.secrets = {v.value(u"secret"_s).toString()};
        c.in.body = v.value(u"payload"_s).toString().toUtf8();
        c.signatureHeader = name == u"github"_s ? "X-Hub-Signature-256"
            : name == u"shopify"_s              ? "X-Shopify-Hmac-Sha256"
                                                : "X-Signature";
        c.signaturePrefix = name == u"shopify"_s ? "" : "sha256=";
        c.encoding = name == u"shopify"_s ? Encoding::Base64 : Encoding::Hex;
        c.in.headers = {{"Content-Type", "application/json"},
                        {c.signatureHeader, v.value(u"header"_s).toString().toUtf8()}};
        c.requiredHeaders = {c.signatureHeader};
        c.nowS = 1700000000; // not signed: any time will do
    } else if (name.startsWith(u"twilio"_s)) {
        const bool json = name == u"twilio_json"_s;
        const QJsonObject v = m_vectors.value(json ? name : u"twilio_form"_s).toObject();
        c.scheme = u"twilio"_s;
        c.secrets = {v.value(u"auth_token"_s).toString()};
        c.in.url = v.value(u"url"_s).toString();
        c.signatureHeader = "X-Twilio-Signature";
        c.in.headers = {{"X-Twilio-Signature", v.value(u"signature"_s).toString().toUtf8()}};
        c.requiredHeaders = {"X-Twilio-Signature"};
        c.nowS = 1700000000;
        if (json) {
            c.in.body = v.value(u"body"_s).toString().toUtf8();
            setHeader(c.in, "Content-Type", "application/json");
        } else if (name == u"twilio_form_body"_s) {
            // The verifier parses the form itself.
            c.in.body = formBody(v.value(u"params"_s).toObject());
            setHeader(c.in, "Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        } else {
            const QJsonObject params = v.value(u"params"_s).toObject();
            for (auto it = params.begin(); it != params.end(); ++it)
                c.in.formParams.append({it.key(), it.value().toString()});
            c.in.body = formBody(params);
        }
    }
    return c;
}

Status tst_Verifiers::run(Case &c)
{
    std::unique_ptr<InboundVerifier> verifier = Switchboard::createVerifier(c.scheme);
    if (!verifier)
        return Error::internal(u"no verifier for "_s + c.scheme);
    return verifier->verify(c.in, c.secrets, c.nowS, kTolerance);
}

void tst_Verifiers::acceptsVectors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("lowercaseHeaders");
    for (const QString &name : allCases()) {
        QTest::addRow("%s", qPrintable(name)) << name << false;
        QTest::addRow("%s/lowercase-headers", qPrintable(name)) << name << true;
    }
}

void tst_Verifiers::acceptsVectors()
{
    QFETCH(QString, name);
    QFETCH(bool, lowercaseHeaders);
    Case c = makeCase(name);
    QVERIFY(!c.scheme.isEmpty());
    if (lowercaseHeaders) {
        for (auto &header : c.in.headers)
            header.first = header.first.toLower();
    }
    const Status status = run(c);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    // The verifier really looked at the signature: the same request with an
    // empty-body signature does not pass.
    setHeader(c.in, c.signatureHeader, c.signaturePrefix + encode(QByteArray(20, 'x'), c.encoding));
    QVERIFY(!run(c).ok());
}

void tst_Verifiers::rejectsOneChangedByte_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("expectedReason");
    for (const QString &name : allCases()) {
        const Case c = makeCase(name);
        QStringList parts{u"body"_s, u"signature"_s, u"secret"_s};
        if (c.timestamp)
            parts << u"timestamp"_s;
        if (c.scheme == u"standard-webhooks"_s)
            parts << u"msg_id"_s;
        if (c.scheme == u"twilio"_s)
            parts << u"url"_s;
        if (name == u"twilio_form"_s)
            parts << u"param"_s;
        for (const QString &part : parts) {
            // Twilio covers a JSON body by the hash that its signed URL holds.
            const QString expected = name == u"twilio_json"_s && part == u"body"_s ? u"body_hash_mismatch"_s
                                                                                   : u"signature_mismatch"_s;
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(part)) << name << part << expected;
        }
    }
}

void tst_Verifiers::rejectsOneChangedByte()
{
    QFETCH(QString, name);
    QFETCH(QString, part);
    QFETCH(QString, expectedReason);
    Case c = makeCase(name);
    QVERIFY(run(c).ok());

    if (part == u"body"_s) {
        c.in.body = flipOneByte(c.in.body);
        if (name == u"twilio_form"_s)
            c.in.formParams.clear(); // let the verifier parse the changed body
        if (name == u"twilio_form"_s)
            setHeader(c.in, "Content-Type", "application/x-www-form-urlencoded");
    } else if (part == u"signature"_s) {
        const QByteArray value = c.in.header(c.signatureHeader);
        QVERIFY(value.startsWith(c.signaturePrefix));
        const QByteArray mac = decode(QByteArrayView(value).sliced(c.signaturePrefix.size()), c.encoding);
        QVERIFY(!mac.isEmpty());
        setHeader(c.in, c.signatureHeader, c.signaturePrefix + encode(flipOneByte(mac), c.encoding));
    } else if (part == u"secret"_s) {
        QString &secret = c.secrets.first();
        if (c.scheme == u"standard-webhooks"_s) {
            const QByteArray key = *StandardWebhooksSigner::decodeSecret(secret);
            secret = u"whsec_"_s + QString::fromLatin1(flipOneByte(key).toBase64());
        } else {
            secret = QString::fromUtf8(flipOneByte(secret.toUtf8()));
        }
    } else if (part == u"timestamp"_s) {
        const QByteArray ts = QByteArray::number(c.timestamp + 1);
        if (c.scheme == u"stripe"_s) {
            QByteArray value = c.in.header("Stripe-Signature");
            value.replace(QByteArray("t=" + QByteArray::number(c.timestamp)), QByteArray("t=" + ts));
            setHeader(c.in, "Stripe-Signature", value);
        } else {
            setHeader(c.in, c.requiredHeaders.at(1), ts);
        }
    } else if (part == u"msg_id"_s) {
        setHeader(c.in, c.requiredHeaders.at(0), flipOneByte(c.in.header(c.requiredHeaders.at(0))));
    } else if (part == u"url"_s) {
        const qsizetype at = c.in.url.indexOf(u"myapp"_s);
        QVERIFY(at > 0);
        c.in.url[at] = u'M';
    } else if (part == u"param"_s) {
        c.in.formParams[1].second = QString::fromUtf8(flipOneByte(c.in.formParams[1].second.toUtf8()));
    }

    const Status status = run(c);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Unauthenticated);
    QCOMPARE(reason(status), expectedReason);
    QVERIFY(!status.error().message.isEmpty());
    for (const QString &secret : c.secrets)
        QVERIFY(!status.error().message.contains(secret));
}

void tst_Verifiers::acceptsAnyOfSeveralSecrets_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : allCases())
        QTest::addRow("%s", qPrintable(name)) << name;
}

void tst_Verifiers::acceptsAnyOfSeveralSecrets()
{
    QFETCH(QString, name);
    Case c = makeCase(name);
    const QString right = c.secrets.first();
    const QString other = u"whsec_"_s + QString::fromLatin1(QByteArray(24, '\x5a').toBase64());
    const QString other2 = u"whsec_"_s + QString::fromLatin1(QByteArray(32, '\x17').toBase64());

    c.secrets = {other, right}; // during a rotation: newest first
    QVERIFY(run(c).ok());
    c.secrets = {right, other};
    QVERIFY(run(c).ok());
    c.secrets = {other, QString(), right};
    QVERIFY(run(c).ok());
    c.secrets = {other, other2};
    const Status status = run(c);
    QVERIFY(!status.ok());
    QCOMPARE(reason(status), u"signature_mismatch"_s);
    QVERIFY2(status.error().message.contains(u"2 "_s), qPrintable(status.error().message));
}

void tst_Verifiers::acceptsAnyOfSeveralSignatures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("header"); // %1: the right signature, %U: the same in upper case
    QTest::addColumn<bool>("ok");

    const QByteArray wrongB64 = "v1," + QByteArray(32, '\x01').toBase64();
    const QString standard = u"standard_webhooks_kat1"_s;
    QTest::addRow("standard/wrong-then-right") << standard << QByteArray(wrongB64 + " %1") << true;
    QTest::addRow("standard/right-then-wrong") << standard << QByteArray("%1 " + wrongB64) << true;
    QTest::addRow("standard/other-versions") << standard << "v1a,bm90IGVkMjU1MTk= v2,abcd %1"_ba << true;
    QTest::addRow("standard/extra-spaces") << standard << QByteArray("  %1   " + wrongB64) << true;
    QTest::addRow("standard/only-wrong") << standard << wrongB64 << false;
    const QByteArray wrongHex = QByteArray(32, '\x01').toHex();
    QTest::addRow("stripe/wrong-then-right")
        << u"stripe"_s << QByteArray("t=1614265330,v1=" + wrongHex + ",v1=%1") << true;
    QTest::addRow("stripe/with-v0") << u"stripe"_s << QByteArray("t=1614265330,v1=%1,v0=" + wrongHex) << true;
    QTest::addRow("stripe/spaces") << u"stripe"_s << "t=1614265330, v1=%1"_ba << true;
    QTest::addRow("stripe/uppercase-hex") << u"stripe"_s << "t=1614265330,v1=%U"_ba << true;
    QTest::addRow("stripe/only-wrong") << u"stripe"_s << QByteArray("t=1614265330,v1=" + wrongHex) << false;
}

void tst_Verifiers::acceptsAnyOfSeveralSignatures()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, header);
    QFETCH(bool, ok);

    Case c = makeCase(name);
    const QByteArray current = c.in.header(c.signatureHeader);
    const QByteArray right = c.scheme == u"stripe"_s ? current.split('=').last() : current;
    header.replace("%1", right);
    header.replace("%U", right.toUpper());
    setHeader(c.in, c.signatureHeader, header);
    const Status status = run(c);
    QVERIFY2(status.ok() == ok, qPrintable(status.ok() ? u"accepted"_s : status.error().message));
}

void tst_Verifiers::timestampTolerance_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("nowOffset"); // now - timestamp
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messagePart");
    for (const QString &name : {u"standard_webhooks_kat1"_s, u"stripe"_s, u"svix_kat1"_s}) {
        QTest::addRow("%s/exact", qPrintable(name)) << name << qint64(0) << true << QString();
        QTest::addRow("%s/at-tolerance-past", qPrintable(name))
            << name << qint64(kTolerance) << true << QString();
        QTest::addRow("%s/at-tolerance-future", qPrintable(name))
            << name << qint64(-kTolerance) << true << QString();
        QTest::addRow("%s/stale", qPrintable(name))
            << name << qint64(kTolerance + 1) << false << u"301 s in the past (tolerance 300 s)"_s;
        QTest::addRow("%s/very-stale", qPrintable(name))
            << name << qint64(86400) << false << u"86400 s in the past"_s;
        QTest::addRow("%s/future", qPrintable(name))
            << name << qint64(-kTolerance - 1) << false << u"301 s in the future (tolerance 300 s)"_s;
    }
}

void tst_Verifiers::timestampTolerance()
{
    QFETCH(QString, name);
    QFETCH(qint64, nowOffset);
    QFETCH(bool, ok);
    QFETCH(QString, messagePart);

    Case c = makeCase(name);
    c.nowS = c.timestamp + nowOffset;
    const Status status = run(c);
    QCOMPARE(status.ok(), ok);
    if (!ok) {
        QCOMPARE(status.error().code, Error::Code::Unauthenticated);
        QCOMPARE(reason(status), u"timestamp_skew"_s);
        QVERIFY2(status.error().message.contains(messagePart), qPrintable(status.error().message));
        QCOMPARE(qint64(status.error().details.at(0).toObject().value(u"skew_s"_s).toDouble()), nowOffset);
    }
}

void tst_Verifiers::mismatchAlsoMentionsSkew()
{
    Case c = makeCase(u"standard_webhooks_kat2"_s);
    c.in.body = flipOneByte(c.in.body);
    c.nowS = c.timestamp + 1000;
    const Status status = run(c);
    QVERIFY(!status.ok());
    QCOMPARE(reason(status), u"signature_mismatch"_s);
    QVERIFY2(status.error().message.contains(u"1000 s in the past"_s), qPrintable(status.error().message));
}

void tst_Verifiers::millisecondsTimestampIsDiagnosed()
{
    // A sender that signed a millisecond timestamp: the signature matches, the
    // time does not, and the message says why.
    Case c = makeCase(u"standard_webhooks_kat1"_s);
    const qint64 ms = c.timestamp * 1000;
    const QByteArray key = *StandardWebhooksSigner::decodeSecret(c.secrets.first());
    StandardWebhooksSigner signer;
    setHeader(c.in, "webhook-timestamp", QByteArray::number(ms));
    setHeader(c.in, "webhook-signature", signer.sign(key, c.in.header("webhook-id"), ms, c.in.body));
    const Status status = run(c);
    QVERIFY(!status.ok());
    QCOMPARE(reason(status), u"timestamp_skew"_s);
    QVERIFY2(status.error().message.contains(u"milliseconds"_s), qPrintable(status.error().message));
}

void tst_Verifiers::missingHeaders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("header");
    for (const QString &name : allCases()) {
        for (const QByteArray &header : makeCase(name).requiredHeaders)
            QTest::addRow("%s/%s", qPrintable(name), header.constData()) << name << header;
    }
}

void tst_Verifiers::missingHeaders()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, header);
    Case c = makeCase(name);
    removeHeader(c.in, header);
    Status status = run(c);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Unauthenticated);
    QCOMPARE(reason(status), u"missing_header"_s);
    QCOMPARE(detailHeader(status).toLower(), QString::fromLatin1(header).toLower());
    QVERIFY2(status.error().message.contains(QString::fromLatin1(header), Qt::CaseInsensitive),
             qPrintable(status.error().message));

    // An empty value counts as missing too.
    c = makeCase(name);
    setHeader(c.in, header, "  ");
    status = run(c);
    QCOMPARE(reason(status), u"missing_header"_s);
}

void tst_Verifiers::malformedHeaders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expectedReason");
    QTest::addColumn<QString>("messagePart");

    const QString malformed = u"malformed_header"_s;
    QTest::addRow("standard/timestamp-text") << u"standard_webhooks_kat1"_s << "webhook-timestamp"_ba
                                             << "yesterday"_ba << malformed << u"Unix time"_s;
    QTest::addRow("standard/timestamp-negative") << u"standard_webhooks_kat1"_s << "webhook-timestamp"_ba
                                                 << "-1614265330"_ba << malformed << u"Unix time"_s;
    QTest::addRow("standard/no-v1") << u"standard_webhooks_kat1"_s << "webhook-signature"_ba
                                    << "v1a,abcd v2,abcd"_ba << malformed << u"no v1"_s;
    QTest::addRow("standard/bad-base64") << u"standard_webhooks_kat1"_s << "webhook-signature"_ba
                                         << "v1,***"_ba << malformed << u"no v1"_s;
    QTest::addRow("stripe/no-t") << u"stripe"_s << "Stripe-Signature"_ba
                                 << "v1=abcd"_ba << malformed << u"t="_s;
    QTest::addRow("stripe/only-v0") << u"stripe"_s << "Stripe-Signature"_ba
                                    << "t=1614265330,v0=abcd"_ba << malformed << u"v0"_s;
    QTest::addRow("stripe/bad-hex") << u"stripe"_s << "Stripe-Signature"_ba
                                    << "t=1614265330,v1=xyz"_ba << malformed << u"v1="_s;
    QTest::addRow("github/sha1-prefix") << u"github"_s << "X-Hub-Signature-256"_ba
                                        << "sha1=abcd"_ba << malformed << u"sha256="_s;
    QTest::addRow("github/short-hex") << u"github"_s << "X-Hub-Signature-256"_ba
                                      << "sha256=abcd"_ba << malformed << u"hex"_s;
    QTest::addRow("x-signature/no-prefix")
        << u"x_signature_seed"_s << "X-Signature"_ba
        << "244449b7f48cbc2709060c9dcdc2b3aa47a78f540430579015c579fb12defbb4"_ba << malformed << u"sha256="_s;
    QTest::addRow("shopify/not-base64") << u"shopify"_s << "X-Shopify-Hmac-Sha256"_ba
                                        << "not base64!"_ba << malformed << u"base64"_s;
    QTest::addRow("twilio/not-base64") << u"twilio_form"_s << "X-Twilio-Signature"_ba
                                       << "@@@"_ba << malformed << u"base64"_s;
}

void tst_Verifiers::malformedHeaders()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, expectedReason);
    QFETCH(QString, messagePart);

    Case c = makeCase(name);
    setHeader(c.in, header, value);
    const Status status = run(c);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Unauthenticated);
    QCOMPARE(reason(status), expectedReason);
    QVERIFY2(status.error().message.contains(messagePart), qPrintable(status.error().message));
}

void tst_Verifiers::misconfiguredSource_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedReason");

    for (const QString &name : allCases()) {
        QTest::addRow("%s/no-secret", qPrintable(name))
            << name << QStringList() << u"keep"_s << u"no_secret"_s;
        QTest::addRow("%s/empty-secret", qPrintable(name))
            << name << QStringList{QString()} << u"keep"_s << u"no_secret"_s;
    }
    QTest::addRow("standard/undecodable-secret")
        << u"standard_webhooks_kat1"_s << QStringList{u"whsec_%%%"_s} << u"keep"_s << u"bad_secret"_s;
    QTest::addRow("twilio/no-url") << u"twilio_form"_s << QStringList{u"12345"_s} << QString() << u"no_url"_s;
    QTest::addRow("twilio/relative-url")
        << u"twilio_form"_s << QStringList{u"12345"_s} << u"/myapp.php"_s << u"no_url"_s;
}

void tst_Verifiers::misconfiguredSource()
{
    QFETCH(QString, name);
    QFETCH(QStringList, secrets);
    QFETCH(QString, url);
    QFETCH(QString, expectedReason);

    Case c = makeCase(name);
    c.secrets = secrets;
    if (url != u"keep"_s)
        c.in.url = url;
    const Status status = run(c);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Unavailable);
    QCOMPARE(reason(status), expectedReason);
    for (const QString &secret : secrets) {
        if (secret.size() > 6)
            QVERIFY(!status.error().message.contains(secret));
    }
}

void tst_Verifiers::twilioUrlWithOrWithoutPort_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("ok");
    // Twilio signed "https://mycompany.com/..." in both vectors.
    QTest::addRow("form/default-port-added")
        << u"twilio_form"_s << u"mycompany.com/"_s << u"mycompany.com:443/"_s << true;
    QTest::addRow("json/default-port-added")
        << u"twilio_json"_s << u"mycompany.com/"_s << u"mycompany.com:443/"_s << true;
    QTest::addRow("form/other-port") << u"twilio_form"_s << u"mycompany.com/"_s << u"mycompany.com:8443/"_s
                                     << true; // Twilio's validators drop any port
    QTest::addRow("form/http") << u"twilio_form"_s << u"https://"_s << u"http://"_s << false;
    QTest::addRow("form/other-host") << u"twilio_form"_s << u"mycompany.com"_s << u"mycompany.net"_s << false;
    QTest::addRow("form/query-dropped") << u"twilio_form"_s << u"?foo=1&bar=2"_s << QString() << false;
}

void tst_Verifiers::twilioUrlWithOrWithoutPort()
{
    QFETCH(QString, name);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, ok);
    Case c = makeCase(name);
    QVERIFY(c.in.url.contains(from));
    c.in.url.replace(from, to);
    const Status status = run(c);
    QVERIFY2(status.ok() == ok, qPrintable(status.ok() ? u"accepted"_s : status.error().message));
    if (!ok)
        QVERIFY2(status.error().message.contains(u"URL"_s), qPrintable(status.error().message));
}

void tst_Verifiers::verifiesOutboundSigner_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addRow("standard-webhooks") << SigningScheme::StandardWebhooks;
    QTest::addRow("x-signature") << SigningScheme::XSignature;
}

void tst_Verifiers::verifiesOutboundSigner()
{
    // What Switchboard sends, Switchboard (and any receiver using these
    // verifiers) accepts, through a rotation.
    QFETCH(SigningScheme, scheme);
    const QStringList secrets{u"whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD"_s,
                              u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s};
    const QByteArray body = R"({"event":"call.ended","call_id":"call_4827"})";
    OutboundSigner signer;
    const Result<HeaderList> headers = signer.sign(scheme, secrets, u"msg_42"_s, 1700000000, body);
    QVERIFY(headers.ok());

    VerifyInput in;
    in.body = body;
    in.headers = *headers;
    auto verifier = Switchboard::createVerifier(toString(scheme));
    QVERIFY(verifier);
    // The receiver knows only the newest secret, then only the older one.
    QVERIFY(verifier->verify(in, {secrets.at(0)}, 1700000010, kTolerance).ok());
    const bool olderAccepted = verifier->verify(in, {secrets.at(1)}, 1700000010, kTolerance).ok();
    // x-signature carries only the newest secret's signature.
    QCOMPARE(olderAccepted, scheme == SigningScheme::StandardWebhooks);
    in.body += ' ';
    QVERIFY(!verifier->verify(in, secrets, 1700000010, kTolerance).ok());
}

void tst_Verifiers::createVerifier()
{
    for (const QString &scheme :
         {u"standard-webhooks"_s, u"stripe"_s, u"github"_s, u"twilio"_s, u"shopify"_s, u"x-signature"_s})
        QVERIFY2(Switchboard::createVerifier(scheme) != nullptr, qPrintable(scheme));
    QVERIFY(!Switchboard::createVerifier(u"header-token"));
    QVERIFY(!Switchboard::createVerifier(u"Stripe"));
    QVERIFY(!Switchboard::createVerifier(u""));
    QVERIFY(dynamic_cast<StripeVerifier *>(Switchboard::createVerifier(u"stripe").get()));
    QVERIFY(dynamic_cast<TwilioVerifier *>(Switchboard::createVerifier(u"twilio").get()));
}

void tst_Verifiers::parseFormUrlEncoded()
{
    const auto params = Switchboard::parseFormUrlEncoded("To=%2B18005551212&Body=hello+world&a=1&&a=2&flag&"
                                                         "Name=Jos%C3%A9&empty=");
    const QList<QPair<QString, QString>> expected{
        {u"To"_s, u"+18005551212"_s}, {u"Body"_s, u"hello world"_s}, {u"a"_s, u"1"_s},       {u"a"_s, u"2"_s},
        {u"flag"_s, QString()},       {u"Name"_s, u"Jos\u00e9"_s},   {u"empty"_s, QString()}};
    QCOMPARE(params, expected);
    QVERIFY(Switchboard::parseFormUrlEncoded("").isEmpty());
}

QTEST_GUILESS_MAIN(tst_Verifiers)
#include "tst_verifiers.moc"
