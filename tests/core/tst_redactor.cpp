// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/datapolicy.h"
#include "redact/redactor.h"
#include "store/sqlstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;

class tst_Redactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void luhn_data();
    void luhn();
    void jsonBodies_data();
    void jsonBodies();
    void truncatedJsonStillHonoursPaths();
    void operatorPatterns();
    void headers_data();
    void headers();
    void rulesFromJson();
    void sharedInstance();
    void rulesToJsonRoundTrip();
    void storedRulesBecomeTheSharedRedactor();
};

void tst_Redactor::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Phone numbers
    QTest::addRow("e164") << u"call +14155552671 now"_s << u"call +*******2671 now"_s;
    QTest::addRow("e164 grouped") << u"+44 20 7946 0958"_s << u"+** ** **** 0958"_s;
    QTest::addRow("e164 with parens") << u"+1 (415) 555-2671"_s << u"+* (***) ***-2671"_s;
    QTest::addRow("nanp parens") << u"(415) 555-2671"_s << u"(***) ***-2671"_s;
    QTest::addRow("nanp dashes") << u"tel 415-555-2671."_s << u"tel ***-***-2671."_s;
    QTest::addRow("nanp dots") << u"415.555.2671"_s << u"***.***.2671"_s;
    QTest::addRow("nanp spaces") << u"415 555 2671"_s << u"*** *** 2671"_s;
    QTest::addRow("uk national") << u"ring 020 7946 0958"_s << u"ring *** **** 0958"_s;
    QTest::addRow("short e164") << u"+3569912345"_s << u"+******2345"_s;
    QTest::addRow("in json text") << uR"(caller "+14155552671")"_s << uR"(caller "+*******2671")"_s;

    // E-mail
    QTest::addRow("email") << u"mail jane.doe@example.com today"_s << u"mail j***@example.com today"_s;
    QTest::addRow("email plus") << u"<a+b@mail.co.uk>"_s << u"<a***@mail.co.uk>"_s;

    // Cards
    QTest::addRow("visa") << u"card 4111111111111111 ok"_s << u"card ************1111 ok"_s;
    QTest::addRow("visa spaced") << u"4111 1111 1111 1111"_s << u"**** **** **** 1111"_s;
    QTest::addRow("mastercard dashed") << u"5555-5555-5555-4444"_s << u"****-****-****-4444"_s;
    QTest::addRow("amex") << u"378282246310005"_s << u"***********0005"_s;
    QTest::addRow("mastercard 2-series") << u"2223003122003222"_s << u"************3222"_s;

    // Near misses: must stay as they are.
    QTest::addRow("order number") << u"order ORD-2026-000123 shipped"_s << u"order ORD-2026-000123 shipped"_s;
    QTest::addRow("order digits") << u"order #12345678"_s << u"order #12345678"_s;
    QTest::addRow("rfc3339") << u"at 2026-11-27T09:02:45.118Z"_s << u"at 2026-11-27T09:02:45.118Z"_s;
    QTest::addRow("date") << u"2026-11-27"_s << u"2026-11-27"_s;
    QTest::addRow("unix seconds") << u"ts=1732698165"_s << u"ts=1732698165"_s;
    QTest::addRow("unix millis luhn-valid") << u"ts=1732698165127"_s << u"ts=1732698165127"_s;
    QTest::addRow("non-luhn 16 digits") << u"4111111111111112"_s << u"4111111111111112"_s;
    QTest::addRow("non-luhn spaced") << u"4111 1111 1111 1112"_s << u"4111 1111 1111 1112"_s;
    QTest::addRow("version") << u"v10.4.2 and 1.2.3.4567"_s << u"v10.4.2 and 1.2.3.4567"_s;
    QTest::addRow("ip address") << u"from 192.168.100.200"_s << u"from 192.168.100.200"_s;
    QTest::addRow("uuid") << u"id 123e4567-e89b-12d3-a456-426614174000"_s
                          << u"id 123e4567-e89b-12d3-a456-426614174000"_s;
    QTest::addRow("decimal money") << u"total 4111.11"_s << u"total 4111.11"_s;
    QTest::addRow("bare digits") << u"ticket 5551234567"_s << u"ticket 5551234567"_s;
    QTest::addRow("dashed id") << u"ref ABC-415-555-2671"_s << u"ref ABC-415-555-2671"_s;
    QTest::addRow("time") << u"09:02:45"_s << u"09:02:45"_s;
    QTest::addRow("mixed separators card") << u"4111-1111 1111-1111"_s << u"4111-1111 1111-1111"_s;
    QTest::addRow("not an email") << u"user@localhost"_s << u"user@localhost"_s;
    QTest::addRow("empty") << QString() << QString();
}

void tst_Redactor::text()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Redactor r;
    QCOMPARE(r.redactText(input), expected);
}

void tst_Redactor::luhn_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::addRow("visa") << u"4111111111111111"_s << true;
    QTest::addRow("amex") << u"378282246310005"_s << true;
    QTest::addRow("off by one") << u"4111111111111112"_s << false;
    QTest::addRow("zeros") << u"0000000000000"_s << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("letters") << u"41a1"_s << false;
}

void tst_Redactor::luhn()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(Redactor::luhnValid(digits), valid);
}

void tst_Redactor::jsonBodies_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("built-ins in strings")
        << QStringList() << QByteArray(R"({"note":"reach me at jane@example.com or +14155552671","n":3})")
        << QByteArray(R"({"n":3,"note":"reach me at j***@example.com or +*******2671"})");
    QTest::addRow("phone key without separators")
        << QStringList() << QByteArray(R"({"caller":{"phone":"4155552671","order":"4155552671"}})")
        << QByteArray(R"({"caller":{"order":"4155552671","phone":"******2671"}})");
    QTest::addRow("numeric phone") << QStringList() << QByteArray(R"({"from":14155552671})")
                                   << QByteArray(R"({"from":"[redacted]"})");
    QTest::addRow("paths")
        << QStringList{u"$.transcript"_s, u"$.caller.name"_s}
        << QByteArray(R"({"transcript":"hello my name is Jane","caller":{"name":"Jane","id":7}})")
        << QByteArray(R"({"caller":{"id":7,"name":"[redacted]"},"transcript":"[redacted]"})");
    QTest::addRow("array wildcard")
        << QStringList{u"$.items[*].note"_s}
        << QByteArray(R"({"items":[{"note":"a","k":1},{"note":{"x":1}}]})")
        << QByteArray(R"({"items":[{"k":1,"note":"[redacted]"},{"note":"[redacted]"}]})");
    QTest::addRow("array index") << QStringList{u"$[1]"_s} << QByteArray(R"(["a","b","c"])")
                                 << QByteArray(R"(["a","[redacted]","c"])");
    QTest::addRow("missing path") << QStringList{u"$.nope.deeper"_s} << QByteArray(R"({"a":1})")
                                  << QByteArray(R"({"a":1})");
    QTest::addRow("not json") << QStringList{u"$.a"_s} << QByteArray("plain jane@example.com")
                              << QByteArray("plain j***@example.com");
    QTest::addRow("near misses untouched")
        << QStringList()
        << QByteArray(
               R"({"order_id":"ORD-2026-000123","at":"2026-11-27T09:02:45Z","version":"1.2.3","amount":12.5})")
        << QByteArray(
               R"({"order_id":"ORD-2026-000123","at":"2026-11-27T09:02:45Z","version":"1.2.3","amount":12.5})");
    QTest::addRow("unchanged kept byte for byte")
        << QStringList{u"$.nothing"_s} << QByteArray(R"({ "z": 1, "big": 123456789012345678901 })")
        << QByteArray(R"({ "z": 1, "big": 123456789012345678901 })");
}

void tst_Redactor::jsonBodies()
{
    QFETCH(QStringList, paths);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    RedactionRules rules;
    rules.jsonPaths = paths;
    Redactor r(rules);
    QCOMPARE(r.redactBody(body), expected);
}

void tst_Redactor::truncatedJsonStillHonoursPaths()
{
    RedactionRules rules;
    rules.jsonPaths = {u"$.transcript"_s};
    Redactor r(rules);
    const QByteArray cut = R"({"id":1,"transcript":"my card is 4111 1111 1111 1111 and my na)";
    const QByteArray got = r.redactBody(cut);
    QVERIFY2(!got.contains("my na"), got.constData());
    QVERIFY(got.contains(R"("transcript":"[redacted]")"));
}

void tst_Redactor::operatorPatterns()
{
    RedactionRules rules;
    rules.patterns = {QRegularExpression(u"ACCT-\\d+"_s)};
    Redactor r(rules);
    QCOMPARE(r.redactText(u"account ACCT-99812 closed"_s), u"account [redacted] closed"_s);
}

void tst_Redactor::headers_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("authorization") << QByteArray("Authorization") << QByteArray("Bearer abc.def")
                                   << QByteArray("Bearer ***");
    QTest::addRow("standard webhooks")
        << QByteArray("webhook-signature") << QByteArray("v1,abc= v1,def=") << QByteArray("v1,*** v1,***");
    QTest::addRow("x-signature") << QByteArray("X-Signature") << QByteArray("sha256=deadbeef")
                                 << QByteArray("sha256=***");
    QTest::addRow("stripe") << QByteArray("Stripe-Signature") << QByteArray("t=1,v1=abc")
                            << QByteArray("t=***");
    QTest::addRow("cookie") << QByteArray("Set-Cookie") << QByteArray("sid=123; Path=/")
                            << QByteArray("sid=*** Path=***");
    QTest::addRow("api key") << QByteArray("X-Api-Key") << QByteArray("k_live_123") << QByteArray("***");
    QTest::addRow("plain header with email")
        << QByteArray("X-Contact") << QByteArray("jane@example.com") << QByteArray("j***@example.com");
    QTest::addRow("plain header") << QByteArray("Content-Type") << QByteArray("application/json")
                                  << QByteArray("application/json");
}

void tst_Redactor::headers()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(Redactor().redactHeaderValue(name, value), expected);
}

void tst_Redactor::rulesFromJson()
{
    auto ok = RedactionRules::fromJson(
        QJsonDocument::fromJson(R"({"json_paths": ["$.a.b", "$.items[*].x", "$[0]"],
        "patterns": ["\\d{3}-secret"]})")
            .object());
    QVERIFY(ok.ok());
    QCOMPARE(ok->jsonPaths.size(), 3);
    QCOMPARE(ok->patterns.size(), 1);
    for (const char *bad : {R"({"json_paths": ["a.b"]})", R"({"json_paths": ["$..a"]})",
                            R"({"patterns": ["("]})", R"({"patterns": [""]})"}) {
        auto r = RedactionRules::fromJson(QJsonDocument::fromJson(bad).object());
        QVERIFY2(!r.ok(), bad);
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
    }
}

void tst_Redactor::sharedInstance()
{
    QCOMPARE(Redactor::shared()->redactText(u"jane@example.com"_s), u"j***@example.com"_s);
    RedactionRules rules;
    rules.patterns = {QRegularExpression(u"secret"_s)};
    Redactor::setShared(std::make_shared<const Redactor>(rules));
    QCOMPARE(Redactor::shared()->redactText(u"a secret"_s), u"a [redacted]"_s);
    Redactor::setShared(nullptr);
    QCOMPARE(Redactor::shared()->redactText(u"a secret"_s), u"a secret"_s);
}

void tst_Redactor::rulesToJsonRoundTrip()
{
    const QJsonObject json{{u"json_paths"_s, QJsonArray{u"$.transcript"_s, u"$.items[*].notes"_s}},
                           {u"patterns"_s, QJsonArray{u"ACCT-\\d+"_s}}};
    auto rules = RedactionRules::fromJson(json);
    QVERIFY(rules.ok());
    QCOMPARE(rules->toJson(), json);
    QCOMPARE(Redactor(*rules).rules().toJson(), json);
    QCOMPARE(RedactionRules{}.toJson(),
             QJsonObject({{u"json_paths"_s, QJsonArray{}}, {u"patterns"_s, QJsonArray{}}}));
}

// Rules changed at run time are stored and become the process's Redactor: what
// every worker's housekeeping does each minute, and the API at once.
void tst_Redactor::storedRulesBecomeTheSharedRedactor()
{
    QTemporaryDir dir;
    auto store = SqlStore::open(StoreLocation::sqlite(dir.filePath(u"r.db"_s)), u"tst-redactor"_s);
    QVERIFY(store.ok());
    QVERIFY((*store)->migrate().ok());
    const auto before = Redactor::shared();
    QVERIFY(DataPolicy::applyStoredRedaction(**store).ok()); // nothing stored: unchanged
    QCOMPARE(Redactor::shared(), before);
    auto rules = RedactionRules::fromJson(QJsonObject{{u"patterns"_s, QJsonArray{u"ORDER-\\d+"_s}}});
    QVERIFY(rules.ok());
    QVERIFY(DataPolicy::saveRedaction(**store, *rules).ok());
    QVERIFY(DataPolicy::applyStoredRedaction(**store).ok());
    QVERIFY(Redactor::shared() != before);
    QVERIFY(!Redactor::shared()->redactText(u"ref ORDER-123456"_s).contains(u"123456"_s));
    const auto applied = Redactor::shared();
    QVERIFY(DataPolicy::applyStoredRedaction(**store).ok()); // the same rules: the same instance
    QCOMPARE(Redactor::shared(), applied);
    Redactor::setShared(before);
}

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_redactor.moc"
