// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing/hmac.h"
#include "signing/outboundsigner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Switchboard::SigningScheme)
Q_DECLARE_METATYPE(Switchboard::Hmac::Algorithm)

namespace {

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QByteArray> headerNames(const HeaderList &headers)
{
    QList<QByteArray> names;
    for (const auto &header : headers)
        names.append(header.first);
    return names;
}

// Flips the lowest bit of the byte in the middle: the smallest change there is.
QByteArray flipOneByte(QByteArray bytes)
{
    Q_ASSERT(!bytes.isEmpty());
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    return bytes;
}

QCryptographicHash::Algorithm qtAlgorithm(Hmac::Algorithm algorithm)
{
    switch (algorithm) {
    case Hmac::Algorithm::Sha1:
        return QCryptographicHash::Sha1;
    case Hmac::Algorithm::Sha256:
        return QCryptographicHash::Sha256;
    case Hmac::Algorithm::Sha512:
        return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha256;
}

} // namespace

class tst_Signing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void hmacKnownAnswers_data();
    void hmacKnownAnswers();
    void hmacPartsEqualConcatenation();
    void hmacReuseMatchesFreshInstances_data();
    void hmacReuseMatchesFreshInstances();
    void constantTimeEquals_data();
    void constantTimeEquals();

    void vectors_data();
    void vectors();
    void tamperedInputChangesSignature_data();
    void tamperedInputChangesSignature();
    void xSignatureDoesNotCoverIdOrTimestamp();

    void multipleSecretsGiveOrderedSignatures();
    void decodeSecret_data();
    void decodeSecret();
    void outboundHeaders_data();
    void outboundHeaders();
    void outboundErrors_data();
    void outboundErrors();
    void fingerprints();

private:
    QJsonObject vector(const QString &name) const { return m_vectors.value(name).toObject(); }

    QJsonObject m_vectors;
};

void tst_Signing::initTestCase()
{
    const QString sourceDir = qEnvironmentVariable("SWITCHBOARD_SOURCE_DIR");
    QVERIFY2(!sourceDir.isEmpty(), "SWITCHBOARD_SOURCE_DIR is not set (run the test through ctest)");
    QFile file(sourceDir + u"/../shared/vectors/signatures.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(u"cannot read "_s + file.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    m_vectors = doc.object();
    for (const QString &name :
         {u"standard_webhooks_kat1"_s, u"standard_webhooks_kat2"_s, u"x_signature_seed"_s})
        QVERIFY2(m_vectors.contains(name), qPrintable(u"vector missing: "_s + name));
}

void tst_Signing::hmacKnownAnswers_data()
{
    QTest::addColumn<Hmac::Algorithm>("algorithm");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expectedHex");

    // RFC 2202 test case 2 and RFC 4231 test case 2.
    const QByteArray key = "Jefe";
    const QByteArray data = "what do ya want for nothing?";
    QTest::addRow("rfc2202-sha1") << Hmac::Algorithm::Sha1 << key << data
                                  << "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"_ba;
    QTest::addRow("rfc4231-sha256") << Hmac::Algorithm::Sha256 << key << data
                                    << "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"_ba;
    QTest::addRow("rfc4231-sha512") << Hmac::Algorithm::Sha512 << key << data
                                    << "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                                       "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"_ba;
    // An empty key is a valid key, not "keep the previous one".
    QTest::addRow("empty-key-sha256")
        << Hmac::Algorithm::Sha256 << QByteArray() << QByteArray()
        << "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"_ba;
}

void tst_Signing::hmacKnownAnswers()
{
    QFETCH(Hmac::Algorithm, algorithm);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expectedHex);

    Hmac hmac(algorithm);
    QCOMPARE(hmac.algorithm(), algorithm);
    QCOMPARE(hmac.compute(key, data).toHex(), expectedHex);
    // The same instance again, after another key: the context must be re-keyed.
    hmac.compute("another key", "other data");
    QCOMPARE(hmac.compute(key, data).toHex(), expectedHex);
}

void tst_Signing::hmacPartsEqualConcatenation()
{
    Hmac hmac;
    const QByteArray whole = hmac.compute("k", "msg_1.1614265330.{\"a\":1}");
    QCOMPARE(hmac.compute("k", {"msg_1", ".", "1614265330", ".", "{\"a\":1}"}), whole);
    QCOMPARE(hmac.compute("k", {"", "msg_1.1614265330.", "", "{\"a\":1}"}), whole);
    QVERIFY(hmac.compute("k", {"msg_1", "1614265330", "{\"a\":1}"}) != whole);
}

void tst_Signing::hmacReuseMatchesFreshInstances_data()
{
    QTest::addColumn<Hmac::Algorithm>("algorithm");
    QTest::addRow("sha1") << Hmac::Algorithm::Sha1;
    QTest::addRow("sha256") << Hmac::Algorithm::Sha256;
    QTest::addRow("sha512") << Hmac::Algorithm::Sha512;
}

void tst_Signing::hmacReuseMatchesFreshInstances()
{
    QFETCH(Hmac::Algorithm, algorithm);
    Hmac reused(algorithm);
    for (int i = 0; i < 300; ++i) {
        // Key lengths from 0 to past the 128-byte SHA-512 block, where HMAC
        // hashes the key first.
        const QByteArray key = QByteArray(i % 150, char('a' + i % 26)) + QByteArray::number(i);
        const QByteArray data = QByteArray(i * 7 % 2000, char(i)) + "payload" + QByteArray::number(i * 31);
        const QByteArray mac = reused.compute(key, data);
        Hmac fresh(algorithm);
        QCOMPARE(mac, fresh.compute(key, data));
        // An independent implementation, so both sides cannot share a bug.
        QCOMPARE(mac, QMessageAuthenticationCode::hash(data, key, qtAlgorithm(algorithm)));
    }
}

void tst_Signing::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::addRow("same") << "v1,abc"_ba
                          << "v1,abc"_ba << true;
    QTest::addRow("both-empty") << QByteArray() << QByteArray() << true;
    QTest::addRow("last-byte") << "v1,abc"_ba
                               << "v1,abd"_ba << false;
    QTest::addRow("first-byte") << "v1,abc"_ba
                                << "w1,abc"_ba << false;
    QTest::addRow("prefix") << "v1,ab"_ba
                            << "v1,abc"_ba << false;
    QTest::addRow("one-empty") << QByteArray() << "x"_ba << false;
    QTest::addRow("embedded-nul") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
}

void tst_Signing::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(Switchboard::constantTimeEquals(a, b), equal);
    QCOMPARE(Switchboard::constantTimeEquals(b, a), equal);
}

void tst_Signing::vectors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("standard_webhooks_kat1") << u"standard_webhooks_kat1"_s;
    QTest::addRow("standard_webhooks_kat2") << u"standard_webhooks_kat2"_s;
    QTest::addRow("x_signature_seed") << u"x_signature_seed"_s;
}

void tst_Signing::vectors()
{
    QFETCH(QString, name);
    const QJsonObject v = vector(name);
    const QString secret = v.value(u"secret"_s).toString();
    const QByteArray payload = v.value(u"payload"_s).toString().toUtf8();
    QVERIFY(!secret.isEmpty());
    QVERIFY(!payload.isEmpty());

    OutboundSigner signer;
    if (name.startsWith(u"standard_webhooks"_s)) {
        const QByteArray msgId = v.value(u"msg_id"_s).toString().toUtf8();
        const qint64 timestamp = qint64(v.value(u"timestamp"_s).toDouble());
        const QByteArray expected = v.value(u"signature"_s).toString().toUtf8();
        QVERIFY(timestamp > 0);

        const Result<QByteArray> key = StandardWebhooksSigner::decodeSecret(secret);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        StandardWebhooksSigner standard;
        QCOMPARE(standard.sign(*key, msgId, timestamp, payload), expected);
        QCOMPARE(standard.signatureHeader({*key}, msgId, timestamp, payload), expected);

        const Result<HeaderList> headers = signer.sign(SigningScheme::StandardWebhooks, {secret},
                                                       QString::fromUtf8(msgId), timestamp, payload);
        QVERIFY(headers.ok());
        QCOMPARE(headerValue(*headers, "webhook-id"), msgId);
        QCOMPARE(headerValue(*headers, "webhook-timestamp"), QByteArray::number(timestamp));
        QCOMPARE(headerValue(*headers, "webhook-signature"), expected);
    } else {
        const QByteArray expected = v.value(u"header"_s).toString().toUtf8();
        XSignatureSigner xsignature;
        QCOMPARE(xsignature.signatureHeader(secret.toUtf8(), payload), expected);

        const Result<HeaderList> headers
            = signer.sign(SigningScheme::XSignature, {secret}, u"msg_x"_s, 1700000000, payload);
        QVERIFY(headers.ok());
        QCOMPARE(headerValue(*headers, "X-Signature"), expected);
    }
}

void tst_Signing::tamperedInputChangesSignature_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    for (const QString &name : {u"standard_webhooks_kat1"_s, u"standard_webhooks_kat2"_s}) {
        for (const QString &field : {u"payload"_s, u"msg_id"_s, u"timestamp"_s, u"secret"_s})
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(field)) << name << field;
    }
    // x-signature signs only the body (see xSignatureDoesNotCoverIdOrTimestamp).
    for (const QString &field : {u"payload"_s, u"secret"_s})
        QTest::addRow("x_signature_seed/%s", qPrintable(field)) << u"x_signature_seed"_s << field;
}

void tst_Signing::tamperedInputChangesSignature()
{
    QFETCH(QString, name);
    QFETCH(QString, field);
    const QJsonObject v = vector(name);
    QByteArray payload = v.value(u"payload"_s).toString().toUtf8();

    if (name.startsWith(u"standard_webhooks"_s)) {
        QByteArray msgId = v.value(u"msg_id"_s).toString().toUtf8();
        qint64 timestamp = qint64(v.value(u"timestamp"_s).toDouble());
        const Result<QByteArray> decoded
            = StandardWebhooksSigner::decodeSecret(v.value(u"secret"_s).toString());
        QVERIFY(decoded.ok());
        QByteArray key = *decoded;
        const QByteArray expected = v.value(u"signature"_s).toString().toUtf8();

        StandardWebhooksSigner signer;
        QCOMPARE(signer.sign(key, msgId, timestamp, payload), expected); // untouched: still matches
        if (field == u"payload"_s)
            payload = flipOneByte(payload);
        else if (field == u"msg_id"_s)
            msgId = flipOneByte(msgId);
        else if (field == u"timestamp"_s)
            timestamp += 1;
        else
            key = flipOneByte(key);
        const QByteArray changed = signer.sign(key, msgId, timestamp, payload);
        QVERIFY(changed.startsWith("v1,"));
        QVERIFY(changed != expected);
    } else {
        QByteArray secret = v.value(u"secret"_s).toString().toUtf8();
        const QByteArray expected = v.value(u"header"_s).toString().toUtf8();
        XSignatureSigner signer;
        QCOMPARE(signer.signatureHeader(secret, payload), expected);
        if (field == u"payload"_s)
            payload = flipOneByte(payload);
        else
            secret = flipOneByte(secret);
        const QByteArray changed = signer.signatureHeader(secret, payload);
        QVERIFY(changed.startsWith("sha256="));
        QVERIFY(changed != expected);
    }
}

void tst_Signing::xSignatureDoesNotCoverIdOrTimestamp()
{
    // The seed scheme's header covers only the body; receivers that want replay
    // protection use webhook-id and webhook-timestamp, which still change.
    const QJsonObject v = vector(u"x_signature_seed"_s);
    const QString secret = v.value(u"secret"_s).toString();
    const QByteArray payload = v.value(u"payload"_s).toString().toUtf8();
    OutboundSigner signer;
    const auto a = signer.sign(SigningScheme::XSignature, {secret}, u"msg_a"_s, 1700000000, payload);
    const auto b = signer.sign(SigningScheme::XSignature, {secret}, u"msg_b"_s, 1700000001, payload);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(headerValue(*a, "X-Signature"), headerValue(*b, "X-Signature"));
    QCOMPARE(headerValue(*a, "webhook-id"), "msg_a"_ba);
    QCOMPARE(headerValue(*b, "webhook-id"), "msg_b"_ba);
    QVERIFY(headerValue(*a, "webhook-timestamp") != headerValue(*b, "webhook-timestamp"));
}

void tst_Signing::multipleSecretsGiveOrderedSignatures()
{
    const QJsonObject kat1 = vector(u"standard_webhooks_kat1"_s);
    const QJsonObject kat2 = vector(u"standard_webhooks_kat2"_s);
    const QString newest = kat1.value(u"secret"_s).toString();
    const QString older = kat2.value(u"secret"_s).toString();
    const QString msgId = kat1.value(u"msg_id"_s).toString();
    const qint64 timestamp = qint64(kat1.value(u"timestamp"_s).toDouble());
    const QByteArray payload = kat1.value(u"payload"_s).toString().toUtf8();
    const QByteArray newestSignature = kat1.value(u"signature"_s).toString().toUtf8();

    StandardWebhooksSigner standard;
    const QByteArray olderSignature
        = standard.sign(*StandardWebhooksSigner::decodeSecret(older), msgId.toUtf8(), timestamp, payload);
    QVERIFY(olderSignature != newestSignature);

    OutboundSigner signer;
    const auto both
        = signer.sign(SigningScheme::StandardWebhooks, {newest, older}, msgId, timestamp, payload);
    QVERIFY(both.ok());
    QCOMPARE(headerValue(*both, "webhook-signature"), newestSignature + ' ' + olderSignature);

    const auto reversed
        = signer.sign(SigningScheme::StandardWebhooks, {older, newest}, msgId, timestamp, payload);
    QVERIFY(reversed.ok());
    QCOMPARE(headerValue(*reversed, "webhook-signature"), olderSignature + ' ' + newestSignature);

    const auto three
        = signer.sign(SigningScheme::StandardWebhooks, {newest, older, newest}, msgId, timestamp, payload);
    QVERIFY(three.ok());
    QCOMPARE(headerValue(*three, "webhook-signature").split(' '),
             QList<QByteArray>({newestSignature, olderSignature, newestSignature}));

    // x-signature carries one signature: the newest secret's.
    const auto x = signer.sign(SigningScheme::XSignature, {newest, older}, msgId, timestamp, payload);
    QVERIFY(x.ok());
    XSignatureSigner xsignature;
    QCOMPARE(headerValue(*x, "X-Signature"), xsignature.signatureHeader(newest.toUtf8(), payload));
}

void tst_Signing::decodeSecret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("key");

    const QByteArray key = QByteArray::fromBase64("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    QTest::addRow("whsec") << u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s << true << key;
    QTest::addRow("bare") << u"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s << true << key;
    QTest::addRow("padded") << u"whsec_YWJjZA=="_s << true << "abcd"_ba;
    QTest::addRow("empty") << QString() << false << QByteArray();
    QTest::addRow("prefix-only") << u"whsec_"_s << false << QByteArray();
    QTest::addRow("garbage") << u"not a secret!"_s << false << QByteArray();
    QTest::addRow("base64url") << u"whsec_ab-_cd12"_s << false << QByteArray();
    QTest::addRow("missing-padding") << u"whsec_YWJjZA"_s << false << QByteArray();
    QTest::addRow("padding-inside") << u"whsec_YW==JjZA"_s << false << QByteArray();
    QTest::addRow("too-much-padding") << u"whsec_YWJ==="_s << false << QByteArray();
    QTest::addRow("whitespace") << u"whsec_MfKQ9r8GKYqrTwjU PD8ILPZIo2LaLaSw"_s << false << QByteArray();
    QTest::addRow("trailing-newline")
        << u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n"_s << false << QByteArray();
    QTest::addRow("non-ascii") << u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLa\u00e9w"_s << false << QByteArray();
    QTest::addRow("other-prefix") << u"wh_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s << false << QByteArray();
}

void tst_Signing::decodeSecret()
{
    QFETCH(QString, secret);
    QFETCH(bool, ok);
    QFETCH(QByteArray, key);

    const Result<QByteArray> decoded = StandardWebhooksSigner::decodeSecret(secret);
    QCOMPARE(decoded.ok(), ok);
    if (ok) {
        QCOMPARE(*decoded, key);
    } else {
        QCOMPARE(decoded.error().code, Error::Code::InvalidArgument);
        QVERIFY(!decoded.error().message.isEmpty());
        // The message explains; it never echoes the secret back.
        if (secret.size() > 6)
            QVERIFY(!decoded.error().message.contains(secret.mid(6)));
    }
}

void tst_Signing::outboundHeaders_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QList<QByteArray>>("names");

    const QStringList secrets{u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s};
    QTest::addRow("standard-webhooks")
        << SigningScheme::StandardWebhooks << secrets
        << QList<QByteArray>{"webhook-id", "webhook-timestamp", "webhook-signature"};
    QTest::addRow("x-signature") << SigningScheme::XSignature << secrets
                                 << QList<QByteArray>{"webhook-id", "webhook-timestamp", "X-Signature"};
    QTest::addRow("none") << SigningScheme::None << secrets
                          << QList<QByteArray>{"webhook-id", "webhook-timestamp"};
    QTest::addRow("none-without-secret")
        << SigningScheme::None << QStringList() << QList<QByteArray>{"webhook-id", "webhook-timestamp"};
}

void tst_Signing::outboundHeaders()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(QStringList, secrets);
    QFETCH(QList<QByteArray>, names);

    OutboundSigner signer;
    const QByteArray body = R"({"event":"call.ended"})";
    const Result<HeaderList> headers = signer.sign(scheme, secrets, u"msg_0001"_s, 1700000123, body);
    QVERIFY(headers.ok());
    QCOMPARE(headerNames(*headers), names);
    QCOMPARE(headerValue(*headers, "webhook-id"), "msg_0001"_ba);
    QCOMPARE(headerValue(*headers, "webhook-timestamp"), "1700000123"_ba);

    if (scheme == SigningScheme::StandardWebhooks) {
        const QByteArray key = *StandardWebhooksSigner::decodeSecret(secrets.first());
        QCOMPARE(headerValue(*headers, "webhook-signature"),
                 "v1,"
                     + QMessageAuthenticationCode::hash("msg_0001.1700000123." + body, key,
                                                        QCryptographicHash::Sha256)
                           .toBase64());
    } else if (scheme == SigningScheme::XSignature) {
        // Keyed with the secret string as it is, "whsec_" and all.
        QCOMPARE(
            headerValue(*headers, "X-Signature"),
            "sha256="
                + QMessageAuthenticationCode::hash(body, secrets.first().toUtf8(), QCryptographicHash::Sha256)
                      .toHex());
    }
}

void tst_Signing::outboundErrors_data()
{
    QTest::addColumn<SigningScheme>("scheme");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("standard-no-secret") << SigningScheme::StandardWebhooks << QStringList()
                                        << u"no signing secret is set for this endpoint"_s;
    QTest::addRow("x-signature-no-secret")
        << SigningScheme::XSignature << QStringList() << u"no signing secret is set for this endpoint"_s;
    QTest::addRow("standard-bad-secret")
        << SigningScheme::StandardWebhooks << QStringList{u"whsec_not*base64"_s} << u"not valid base64"_s;
    QTest::addRow("standard-bad-older-secret")
        << SigningScheme::StandardWebhooks
        << QStringList{u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s, u"whsec_%%%%"_s} << u"secret 2 of 2"_s;
    QTest::addRow("x-signature-empty-secret")
        << SigningScheme::XSignature << QStringList{QString()} << u"empty"_s;
}

void tst_Signing::outboundErrors()
{
    QFETCH(SigningScheme, scheme);
    QFETCH(QStringList, secrets);
    QFETCH(QString, messagePart);

    OutboundSigner signer;
    const Result<HeaderList> headers = signer.sign(scheme, secrets, u"msg_1"_s, 1700000000, "{}");
    QVERIFY(!headers.ok());
    QCOMPARE(headers.error().code, Error::Code::InvalidArgument);
    QVERIFY2(headers.error().message.contains(messagePart), qPrintable(headers.error().message));
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            QVERIFY(!headers.error().message.contains(secret));
    }
}

void tst_Signing::fingerprints()
{
    const QStringList secrets{u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s,
                              u"whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD"_s, u"convoy-webhook-secret"_s, u"a"_s,
                              u"0123456789abcdef"_s};
    const QRegularExpression shape(u"^sha256:[0-9a-f]{16}$"_s);
    QSet<QString> seen;
    for (const QString &secret : secrets) {
        const QString fingerprint = secretFingerprint(secret);
        QVERIFY2(shape.match(fingerprint).hasMatch(), qPrintable(fingerprint));
        QCOMPARE(secretFingerprint(secret), fingerprint); // stable
        if (secret.size() >= 8) { // a one-letter secret is in any hex string
            QVERIFY(!fingerprint.contains(secret));
            QVERIFY(!fingerprint.contains(secret.mid(secret.indexOf(u'_') + 1)));
        }
        seen.insert(fingerprint);
    }
    QCOMPARE(seen.size(), secrets.size());
    // Known answer: SHA-256("a") = ca978112ca1bbdca...
    QCOMPARE(secretFingerprint(u"a"), u"sha256:ca978112ca1bbdca"_s);
    // A one-character change gives an unrelated fingerprint.
    QVERIFY(secretFingerprint(u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            != secretFingerprint(u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSx"));
}

QTEST_GUILESS_MAIN(tst_Signing)
#include "tst_signing.moc"
