// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifiers.h"

#include "signing/outboundsigner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

// Beyond this a "seconds" timestamp is really milliseconds (year 5138).
constexpr qint64 kMillisecondsHint = 100'000'000'000;

QString latin1(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes);
}

Error failure(Error::Code code, const QString &reason, QByteArrayView header, const QString &message,
              std::optional<qint64> skew = std::nullopt)
{
    QJsonObject detail{{u"reason"_s, reason}};
    if (!header.isEmpty())
        detail.insert(u"header"_s, latin1(header));
    if (skew)
        detail.insert(u"skew_s"_s, double(*skew));
    return {code, message, QJsonArray{detail}};
}

Error rejected(const QString &reason, QByteArrayView header, const QString &message,
               std::optional<qint64> skew = std::nullopt)
{
    return failure(Error::Code::Unauthenticated, reason, header, message, skew);
}

Error misconfigured(const QString &reason, const QString &message)
{
    return failure(Error::Code::Unavailable, reason, {}, message);
}

Error missingHeader(QByteArrayView header, const QString &hint)
{
    return rejected(u"missing_header"_s, header,
                    u"the request has no "_s + latin1(header) + u" header: "_s + hint);
}

Error malformedHeader(QByteArrayView header, const QString &problem)
{
    return rejected(u"malformed_header"_s, header, u"the "_s + latin1(header) + u" header "_s + problem);
}

// Empty entries are treated as absent, so an unset secret cannot verify an
// empty-key signature.
std::optional<Error> checkSecrets(const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            return std::nullopt;
    }
    return misconfigured(u"no_secret"_s, u"no verification secret is set for this source"_s);
}

std::optional<qint64> parseUnixSeconds(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}

std::optional<QByteArray> decodeHex(QByteArrayView hex)
{
    if (hex.isEmpty() || hex.size() % 2 != 0)
        return std::nullopt;
    for (char c : hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toByteArray());
}

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    auto decoded
        = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

// Every pair is compared, whatever matched earlier, so the time taken does not
// say which secret or signature matched.
bool matchesAny(const QList<QByteArray> &expected, const QList<QByteArray> &provided)
{
    bool match = false;
    for (const QByteArray &e : expected) {
        for (const QByteArray &p : provided)
            match |= constantTimeEquals(e, p);
    }
    return match;
}

// Positive: the timestamp is in the past.
QString describeSkew(const QString &label, qint64 timestamp, qint64 skew, int toleranceS)
{
    QString text = skew > 0
        ? u"the %1 is %2 s in the past (tolerance %3 s): a replayed or long-delayed "
          u"request, or this machine's clock is ahead of the sender's"_s.arg(label)
              .arg(skew)
              .arg(toleranceS)
        : u"the %1 is %2 s in the future (tolerance %3 s): the sender's clock is ahead of "
          u"this machine's"_s.arg(label)
              .arg(-skew)
              .arg(toleranceS);
    if (timestamp > kMillisecondsHint)
        text += u"; the value looks like milliseconds, not seconds"_s;
    return text;
}

bool withinTolerance(qint64 skew, int toleranceS)
{
    return qAbs(skew) <= qMax(0, toleranceS);
}

// "does not match the secret" or "matches none of the 3 secrets".
QString noneMatches(qsizetype n, const QString &singular, const QString &plural)
{
    if (n == 1)
        return u"does not match the "_s + singular;
    return u"matches none of the %1 "_s.arg(n) + plural;
}

// "no signature in X matches the secret", or with counts where there are several.
QString noSignatureMatches(const QString &what, QByteArrayView header, qsizetype signatures,
                           qsizetype secrets, const QString &secretName)
{
    QString text = u"no "_s + what + u" in "_s + latin1(header);
    if (signatures > 1)
        text += u" (%1 given)"_s.arg(signatures);
    text += u" matches "_s;
    if (secrets == 1)
        return text + u"the "_s + secretName;
    return text + u"any of the %1 "_s.arg(secrets) + secretName + u's';
}

// The result of a signature check on a timestamped scheme: a mismatch is
// reported as such, with the skew mentioned too when it is also out of range,
// because a wrong secret is the likelier cause of the two.
Status finishTimestamped(bool matched, QByteArrayView signatureHeader, QByteArrayView timestampHeader,
                         const QString &timestampLabel, qint64 timestamp, qint64 nowS, int toleranceS,
                         const QString &mismatchMessage)
{
    const qint64 skew = nowS - timestamp;
    const bool inRange = withinTolerance(skew, toleranceS);
    if (!matched) {
        QString message = mismatchMessage;
        if (!inRange)
            message += u" (also, "_s + describeSkew(timestampLabel, timestamp, skew, toleranceS) + u')';
        return rejected(u"signature_mismatch"_s, signatureHeader, message);
    }
    if (!inRange)
        return rejected(u"timestamp_skew"_s, timestampHeader,
                        describeSkew(timestampLabel, timestamp, skew, toleranceS), skew);
    return Ok{};
}

// "sha256=<hex>" of HMAC-SHA256(secret, body): GitHub and the seed scheme.
Status verifyPrefixedHex(Hmac &hmac, const VerifyInput &in, const QStringList &secrets, QByteArrayView header,
                         const QString &missingHint, const QString &mismatchHint)
{
    if (auto error = checkSecrets(secrets))
        return *error;
    const QByteArray value = in.header(header);
    if (value.isEmpty())
        return missingHeader(header, missingHint);
    if (!value.startsWith("sha256="))
        return malformedHeader(header, u"does not start with \"sha256=\""_s);
    const auto provided = decodeHex(QByteArrayView(value).sliced(7));
    if (!provided || provided->size() != 32)
        return malformedHeader(header, u"does not hold a hex SHA-256 signature after \"sha256=\""_s);

    QList<QByteArray> expected;
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            expected.append(hmac.compute(secret.toUtf8(), in.body));
    }
    if (!matchesAny(expected, QList<QByteArray>{*provided}))
        return rejected(u"signature_mismatch"_s, header,
                        u"the "_s + latin1(header) + u" signature "_s
                            + noneMatches(expected.size(), u"secret"_s, u"secrets"_s) + u": "_s
                            + mismatchHint);
    return Ok{};
}

// The URL as given, and the same without its port or with the scheme's default
// port: Twilio may have signed either form, and its own validators try both.
QStringList twilioUrlVariants(const QString &url)
{
    QStringList variants{url};
    const qsizetype schemeEnd = url.indexOf(u"://");
    if (schemeEnd <= 0)
        return variants;
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = url.size();
    for (qsizetype i = authorityStart; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == u'/' || c == u'?' || c == u'#') {
            authorityEnd = i;
            break;
        }
    }
    const QStringView authority = QStringView(url).mid(authorityStart, authorityEnd - authorityStart);
    const qsizetype hostStart = authority.lastIndexOf(u'@') + 1;
    const QStringView hostPort = authority.mid(hostStart);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool hasPort = colon >= 0 && colon + 1 < hostPort.size() && !hostPort.mid(colon).contains(u']');
    if (hasPort) {
        for (QChar c : hostPort.mid(colon + 1))
            hasPort = hasPort && c.isDigit();
    }
    if (hasPort) {
        variants.append(url.left(authorityStart + hostStart + colon) + url.mid(authorityEnd));
    } else {
        const bool https = QStringView(url).left(schemeEnd).compare(u"https", Qt::CaseInsensitive) == 0;
        variants.append(url.left(authorityEnd) + (https ? u":443"_s : u":80"_s) + url.mid(authorityEnd));
    }
    variants.removeDuplicates();
    return variants;
}

// Every name, then each of its distinct values, sorted: what Twilio appends to
// the URL before signing a form request.
QByteArray twilioParamData(const QList<QPair<QString, QString>> &params)
{
    QList<QPair<QString, QString>> sorted = params;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QByteArray data;
    for (const auto &[name, value] : sorted)
        data += name.toUtf8() + value.toUtf8();
    return data;
}

} // namespace

QByteArray VerifyInput::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

bool VerifyInput::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QList<QPair<QString, QString>> parseFormUrlEncoded(QByteArrayView body)
{
    QList<QPair<QString, QString>> params;
    const auto decode = [](QByteArrayView part) {
        QByteArray bytes = part.toByteArray();
        bytes.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
    };
    for (const QByteArray &pair : body.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            params.append({decode(pair), QString()});
        else
            params.append(
                {decode(QByteArrayView(pair).first(eq)), decode(QByteArrayView(pair).sliced(eq + 1))});
    }
    return params;
}

std::unique_ptr<InboundVerifier> createVerifier(QStringView scheme)
{
    if (scheme == u"standard-webhooks")
        return std::make_unique<StandardWebhooksVerifier>();
    if (scheme == u"stripe")
        return std::make_unique<StripeVerifier>();
    if (scheme == u"github")
        return std::make_unique<GitHubVerifier>();
    if (scheme == u"twilio")
        return std::make_unique<TwilioVerifier>();
    if (scheme == u"shopify")
        return std::make_unique<ShopifyVerifier>();
    if (scheme == u"x-signature")
        return std::make_unique<XSignatureVerifier>();
    return nullptr;
}

Status StandardWebhooksVerifier::verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS,
                                        int toleranceS)
{
    if (auto error = checkSecrets(secrets))
        return *error;
    QList<QByteArray> keys;
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        if (secrets.at(i).isEmpty())
            continue;
        const Result<QByteArray> key = StandardWebhooksSigner::decodeSecret(secrets.at(i));
        if (!key) {
            return misconfigured(u"bad_secret"_s,
                                 u"verification secret %1 of %2 ("_s.arg(i + 1).arg(secrets.size())
                                     + secretFingerprint(secrets.at(i)) + u") is unusable: "_s
                                     + key.error().message);
        }
        keys.append(*key);
    }

    // Svix sends the same scheme under its own prefix.
    const bool svix = !in.hasHeader("webhook-signature") && !in.hasHeader("webhook-id")
        && (in.hasHeader("svix-signature") || in.hasHeader("svix-id"));
    const QByteArray idName = svix ? "svix-id" : "webhook-id";
    const QByteArray timestampName = svix ? "svix-timestamp" : "webhook-timestamp";
    const QByteArray signatureName = svix ? "svix-signature" : "webhook-signature";
    const QString notStandard
        = u"the sender does not sign with Standard Webhooks, or a proxy dropped the header"_s;

    const QByteArray signatures = in.header(signatureName);
    if (signatures.isEmpty())
        return missingHeader(signatureName, notStandard);
    const QByteArray id = in.header(idName);
    if (id.isEmpty())
        return missingHeader(idName, notStandard);
    const QByteArray timestampText = in.header(timestampName);
    if (timestampText.isEmpty())
        return missingHeader(timestampName, notStandard);
    const auto timestamp = parseUnixSeconds(timestampText);
    if (!timestamp)
        return malformedHeader(timestampName, u"is not a Unix time in whole seconds"_s);

    QList<QByteArray> provided;
    qsizetype count = 0;
    for (const QByteArray &entry : signatures.split(' ')) {
        if (entry.isEmpty())
            continue;
        ++count;
        // Other versions (v1a is asymmetric) are for other verifiers.
        if (!entry.startsWith("v1,"))
            continue;
        if (const auto mac = decodeBase64(QByteArrayView(entry).sliced(3)))
            provided.append(*mac);
    }
    if (provided.isEmpty())
        return malformedHeader(signatureName, u"holds no v1 signature in base64 (\"v1,<base64>\")"_s);

    QList<QByteArray> expected;
    for (const QByteArray &key : keys)
        expected.append(m_hmac.compute(key, {id, ".", timestampText, ".", in.body}));
    const QString mismatch
        = noSignatureMatches(u"signature"_s, signatureName, count, keys.size(), u"secret"_s)
        + u": the secret differs from the sender's (rotated?), or the body was altered (re-encoded JSON, "
          u"changed whitespace) before verification"_s;
    return finishTimestamped(matchesAny(expected, provided), signatureName, timestampName,
                             latin1(timestampName), *timestamp, nowS, toleranceS, mismatch);
}

Status StripeVerifier::verify(const VerifyInput &in, const QStringList &secrets, qint64 nowS, int toleranceS)
{
    if (auto error = checkSecrets(secrets))
        return *error;
    const QByteArray name = "Stripe-Signature";
    const QByteArray value = in.header(name);
    if (value.isEmpty())
        return missingHeader(name, u"the request did not come from Stripe, or a proxy dropped the header"_s);

    QByteArray timestampText;
    QList<QByteArray> provided;
    qsizetype count = 0;
    bool hasV0 = false;
    for (const QByteArray &item : value.split(',')) {
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = item.left(eq).trimmed();
        const QByteArray val = item.mid(eq + 1).trimmed();
        if (key == "t" && timestampText.isEmpty()) {
            timestampText = val;
        } else if (key == "v1") {
            ++count;
            if (const auto mac = decodeHex(val))
                provided.append(*mac);
        } else if (key == "v0") {
            hasV0 = true;
        }
    }
    if (timestampText.isEmpty())
        return malformedHeader(name, u"has no t=<timestamp> element"_s);
    const auto timestamp = parseUnixSeconds(timestampText);
    if (!timestamp)
        return malformedHeader(name, u"has a t= element that is not a Unix time in whole seconds"_s);
    if (provided.isEmpty()) {
        return malformedHeader(name,
                               hasV0 && count == 0 ? u"holds only a v0 signature, which is not accepted"_s
                                                   : u"holds no v1=<hex> signature"_s);
    }

    QList<QByteArray> expected;
    qsizetype secretCount = 0;
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        ++secretCount;
        expected.append(m_hmac.compute(secret.toUtf8(), {timestampText, ".", in.body}));
    }
    const QString mismatch = noSignatureMatches(u"v1 signature"_s, name, count, secretCount, u"secret"_s)
        + u": use this endpoint's signing secret (whsec_...) from the Stripe dashboard (every endpoint, "
          u"and the Stripe CLI, has its own), and verify the raw body before any parsing"_s;
    return finishTimestamped(matchesAny(expected, provided), name, name, u"Stripe-Signature timestamp (t=)"_s,
                             *timestamp, nowS, toleranceS, mismatch);
}

Status GitHubVerifier::verify(const VerifyInput &in, const QStringList &secrets, qint64, int)
{
    if (auto error = checkSecrets(secrets))
        return *error;
    if (!in.hasHeader("X-Hub-Signature-256") && in.hasHeader("X-Hub-Signature")) {
        return missingHeader("X-Hub-Signature-256",
                             u"only the legacy SHA-1 X-Hub-Signature is present, which is not accepted"_s);
    }
    return verifyPrefixedHex(
        m_hmac, in, secrets, "X-Hub-Signature-256",
        u"GitHub sends it only when the webhook has a secret set"_s,
        u"the secret differs from the one set on the GitHub webhook, or the body was altered "
        u"before verification"_s);
}

Status XSignatureVerifier::verify(const VerifyInput &in, const QStringList &secrets, qint64, int)
{
    return verifyPrefixedHex(m_hmac, in, secrets, "X-Signature",
                             u"the sender does not sign its requests, or a proxy dropped the header"_s,
                             u"the secret differs from the sender's, or the body was altered before "
                             u"verification"_s);
}

Status ShopifyVerifier::verify(const VerifyInput &in, const QStringList &secrets, qint64, int)
{
    if (auto error = checkSecrets(secrets))
        return *error;
    const QByteArray name = "X-Shopify-Hmac-Sha256";
    const QByteArray value = in.header(name);
    if (value.isEmpty())
        return missingHeader(name, u"the request did not come from Shopify, or a proxy dropped the header"_s);
    const auto provided = decodeBase64(value);
    if (!provided || provided->size() != 32)
        return malformedHeader(name, u"does not hold a base64 SHA-256 signature"_s);

    QList<QByteArray> expected;
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            expected.append(m_hmac.compute(secret.toUtf8(), in.body));
    }
    if (!matchesAny(expected, QList<QByteArray>{*provided})) {
        return rejected(u"signature_mismatch"_s, name,
                        u"X-Shopify-Hmac-Sha256 "_s + noneMatches(expected.size(), u"secret"_s, u"secrets"_s)
                            + u": use the app's client secret (or the webhook signing secret shown in the "
                              u"Shopify admin), and verify the raw body before any parsing"_s);
    }
    return Ok{};
}

Status TwilioVerifier::verify(const VerifyInput &in, const QStringList &secrets, qint64, int)
{
    if (auto error = checkSecrets(secrets))
        return *error;
    if (in.url.isEmpty()) {
        return misconfigured(u"no_url"_s,
                             u"the public URL of this source is not set: Twilio signs the exact URL "
                             u"it called, so it must be known to verify the request"_s);
    }
    const QUrl url(in.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return misconfigured(u"no_url"_s, u"the public URL of this source is not a valid absolute URL"_s);

    const QByteArray name = "X-Twilio-Signature";
    const QByteArray value = in.header(name);
    if (value.isEmpty())
        return missingHeader(name, u"the request did not come from Twilio, or a proxy dropped the header"_s);
    const auto provided = decodeBase64(value);
    if (!provided || provided->size() != 20)
        return malformedHeader(name, u"does not hold a base64 SHA-1 signature"_s);

    // A JSON body is covered by a hash in the (signed) URL instead of by
    // parameters.
    const QString bodyHash = QUrlQuery(url).queryItemValue(u"bodySHA256"_s, QUrl::FullyDecoded);
    QByteArray paramData;
    if (bodyHash.isEmpty()) {
        if (!in.formParams.isEmpty())
            paramData = twilioParamData(in.formParams);
        else if (in.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded"))
            paramData = twilioParamData(parseFormUrlEncoded(in.body));
    }

    const QStringList variants = twilioUrlVariants(in.url);
    QList<QByteArray> expected;
    qsizetype secretCount = 0;
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        ++secretCount;
        for (const QString &variant : variants)
            expected.append(m_hmac.compute(secret.toUtf8(), {variant.toUtf8(), paramData}));
    }
    if (!matchesAny(expected, QList<QByteArray>{*provided})) {
        return rejected(
            u"signature_mismatch"_s, name,
            u"X-Twilio-Signature "_s + noneMatches(secretCount, u"auth token"_s, u"auth tokens"_s)
                + u": Twilio signs the exact URL it called, so the public URL set for this source "
                  u"(scheme, host, port, path and query) must equal the webhook URL in the Twilio "
                  u"console and no proxy may change it; otherwise the auth token is not current or "
                  u"the form parameters were altered"_s);
    }
    if (!bodyHash.isEmpty()) {
        const QByteArray actual = QCryptographicHash::hash(in.body, QCryptographicHash::Sha256).toHex();
        if (!constantTimeEquals(actual, bodyHash.toLatin1().toLower())) {
            return rejected(
                u"body_hash_mismatch"_s, {},
                u"the body's SHA-256 differs from the bodySHA256 that Twilio signed in the URL: the "
                u"body was altered (or re-encoded) after Twilio sent it"_s);
        }
    }
    return Ok{};
}

} // namespace Switchboard
