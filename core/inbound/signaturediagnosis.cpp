// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturediagnosis.h"

#include "inbound/headertokenverifier.h"
#include "signing/outboundsigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <limits>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

constexpr int kAnyTime = std::numeric_limits<int>::max() / 2;

struct SchemeHeader
{
    const char *header;
    const char *scheme;
};

// The header that gives each scheme away.
constexpr SchemeHeader kSchemeHeaders[] = {
    {"webhook-signature", "standard-webhooks"},
    {"svix-signature", "standard-webhooks"},
    {"Stripe-Signature", "stripe"},
    {"X-Hub-Signature-256", "github"},
    {"X-Twilio-Signature", "twilio"},
    {"X-Shopify-Hmac-Sha256", "shopify"},
    {"X-Signature", "x-signature"},
};

std::unique_ptr<InboundVerifier> verifierFor(const Source &source, const QString &scheme)
{
    if (scheme == u"header-token")
        return std::make_unique<HeaderTokenVerifier>(source.tokenHeader);
    return createVerifier(scheme);
}

bool passes(InboundVerifier &v, const VerifyInput &in, const QStringList &secrets, qint64 nowS)
{
    return v.verify(in, secrets, nowS, kAnyTime).ok();
}

// Secrets as the sender may have used them by mistake, each with what that means.
QList<QPair<QStringList, QString>> secretVariants(const QString &scheme, const QStringList &secrets)
{
    QList<QPair<QStringList, QString>> out;
    auto each = [&secrets](const std::function<QString(const QString &)> &f) {
        QStringList list;
        for (const QString &s : secrets) {
            const QString v = f(s);
            if (!v.isEmpty() && v != s)
                list.append(v);
        }
        return list;
    };
    out.append({each([](const QString &s) -> QString { return s.trimmed(); }),
                u"the stored secret has spaces or a line break around it (pasted with them): PUT it again "
                u"without them"_s});
    if (scheme == u"standard-webhooks") {
        out.append({each([](const QString &s) -> QString {
                        return u"whsec_"_s + QString::fromLatin1(s.toUtf8().toBase64());
                    }),
                    u"the sender uses the secret's text as the HMAC key instead of base64-decoding the part "
                    u"after whsec_ (a Standard Webhooks implementation mistake on the sender's side)"_s});
        out.append({each([](const QString &s) -> QString {
                        return s.startsWith(u"whsec_")
                            ? u"whsec_"_s + QString::fromLatin1(s.mid(6).toUtf8().toBase64())
                            : QString();
                    }),
                    u"the sender uses the base64 text after whsec_ as the key without decoding it"_s});
    } else {
        out.append(
            {each([](const QString &s) -> QString { return s.startsWith(u"whsec_") ? s.mid(6) : QString(); }),
             u"the sender keys the HMAC with the secret without its whsec_ prefix: store it without the "
             u"prefix"_s});
        out.append({each([](const QString &s) -> QString {
                        return s.startsWith(u"whsec_") ? QString() : u"whsec_"_s + s;
                    }),
                    u"the sender keys the HMAC with the whole whsec_... string: store the secret with its "
                    u"prefix"_s});
        out.append({each([](const QString &s) -> QString {
                        const auto d = QByteArray::fromBase64Encoding(
                            s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                        if (!d || d.decoded.isEmpty())
                            return QString();
                        for (char c : d.decoded) {
                            if (c < 0x20 || c > 0x7e)
                                return QString();
                        }
                        return QString::fromLatin1(d.decoded);
                    }),
                    u"the sender keys the HMAC with the base64-decoded secret: store the decoded value"_s});
        out.append(
            {each([](const QString &s) -> QString { return QString::fromLatin1(s.toUtf8().toBase64()); }),
             u"the sender keys the HMAC with the secret in base64: store the base64 form"_s});
    }
    return out;
}

// Compact JSON with a space after every ':' and ',' outside strings: how
// Python's json.dumps writes it by default.
QByteArray spacedJson(const QByteArray &compact)
{
    QByteArray out;
    bool inString = false;
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const char c = compact.at(i);
        out += c;
        if (inString) {
            if (c == '\\' && i + 1 < compact.size())
                out += compact.at(++i);
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ':' || c == ',') {
            out += ' ';
        }
    }
    return out;
}

QList<QPair<QByteArray, QString>> bodyVariants(const QByteArray &body)
{
    QList<QPair<QByteArray, QString>> out;
    out.append({body + '\n', u"the signed body ended with a line break that was removed on the way"_s});
    if (body.endsWith("\r\n"))
        out.append({body.chopped(2), u"a line break (CRLF) was added to the body after it was signed"_s});
    else if (body.endsWith('\n'))
        out.append({body.chopped(1), u"a line break was added to the body after it was signed"_s});
    if (body.trimmed() != body)
        out.append({body.trimmed(), u"white space was added around the body after it was signed"_s});
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isNull()) {
        out.append(
            {doc.toJson(QJsonDocument::Compact),
             u"the JSON was re-encoded (white space removed or added) between the sender's signing and "
             u"this server: a proxy or middleware rewrote it; sign and forward the raw bytes"_s});
        out.append(
            {spacedJson(doc.toJson(QJsonDocument::Compact)),
             u"the JSON was re-encoded between the sender's signing and this server (the sender signed "
             u"it with spaces after ':' and ',', as Python's json.dumps writes it): sign and send the "
             u"same bytes"_s});
        out.append(
            {doc.toJson(QJsonDocument::Indented),
             u"the JSON was re-encoded (compacted) between the sender's signing and this server: a proxy "
             u"or middleware rewrote it; sign and forward the raw bytes"_s});
    }
    return out;
}

QStringList twilioUrlVariants(const QString &publicUrl, const QString &seenUrl)
{
    QStringList out;
    const QUrl pub(publicUrl);
    const QUrl seen(seenUrl);
    QUrl u = pub;
    u.setScheme(pub.scheme() == u"https" ? u"http"_s : u"https"_s);
    out.append(u.toString());
    u = pub;
    u.setPath(pub.path().endsWith(u'/') ? pub.path().chopped(1) : pub.path() + u'/');
    out.append(u.toString());
    if (seen.isValid()) {
        u = pub;
        u.setPath(seen.path());
        u.setQuery(seen.query());
        out.append(u.toString());
        u = pub;
        u.setQuery(seen.query());
        out.append(u.toString());
        out.append(seen.toString());
    }
    if (pub.port() > 0) {
        u = pub;
        u.setPort(-1);
        out.append(u.toString());
    }
    out.removeAll(publicUrl);
    out.removeDuplicates();
    return out;
}

} // namespace

Diagnosis SignatureDiagnosis::diagnose(const Source &source, const VerifyInput &in,
                                       const QStringList &secrets, qint64 nowS, const Error &error,
                                       const QString &seenUrl)
{
    const QJsonObject detail = error.details.at(0).toObject();
    const QString reason = detail.value(u"reason"_s).toString();
    const QString header = detail.value(u"header"_s).toString();

    if (reason == u"no_secret")
        return {u"no_secret"_s,
                u"no secret is set: PUT /v1/sources/%1/secret with the sender's signing secret"_s.arg(
                    source.name)};
    if (reason == u"bad_secret")
        return {u"bad_secret"_s,
                u"the stored secret cannot be used with %1: PUT the secret again exactly as the "
                u"sender shows it"_s.arg(source.scheme)};
    if (reason == u"no_url")
        return {u"url_mismatch"_s, u"set public_url to the exact URL configured at Twilio"_s};
    if (reason == u"timestamp_skew") {
        const qint64 skew = qint64(detail.value(u"skew_s"_s).toDouble());
        Diagnosis d{u"timestamp_skew"_s, {}, skew};
        d.hint = skew > 0
            ? u"the request was signed %1 s ago (tolerance %2 s): a replay of an old request, a sender "
              u"that queued it for long, or this machine's clock is %1 s ahead; check NTP here and at "
              u"the sender"_s.arg(skew)
                  .arg(source.toleranceS)
            : u"the sender's clock is %1 s ahead of this machine's (tolerance %2 s); check NTP on "
              u"both"_s.arg(-skew)
                  .arg(source.toleranceS);
        return d;
    }

    // Another scheme's header present: the source is set up for the wrong scheme.
    for (const SchemeHeader &sh : kSchemeHeaders) {
        const QString scheme = QString::fromLatin1(sh.scheme);
        if (scheme == source.scheme || !in.hasHeader(sh.header))
            continue;
        Diagnosis d{
            u"wrong_scheme"_s,
            u"the request carries %1, so the sender signs with the %2 scheme, but this source expects %3: "
            u"PUT the source with \"scheme\": \"%2\""_s.arg(QString::fromLatin1(sh.header), scheme,
                                                            source.scheme)};
        if (reason == u"missing_header" || reason == u"malformed_header")
            return d;
        if (auto other = verifierFor(source, scheme); other && passes(*other, in, secrets, nowS))
            return d;
    }
    if (reason == u"missing_header")
        return {u"missing_header"_s,
                u"the request has no %1 header: the sender has no signing secret set (or signs "
                u"another way), or a proxy strips the header"_s.arg(header)};
    if (reason == u"malformed_header")
        return {u"malformed_header"_s, error.message};

    auto verifier = verifierFor(source, source.scheme);
    if (!verifier)
        return {u"wrong_secret"_s, error.message};
    if (reason == u"body_hash_mismatch")
        return {u"body_altered"_s, u"the body changed after Twilio signed it (a proxy re-encoded it)"_s};

    for (const auto &[variant, meaning] : secretVariants(source.scheme, secrets)) {
        if (!variant.isEmpty() && passes(*verifier, in, variant, nowS))
            return {u"secret_encoding"_s, meaning};
    }
    for (const auto &[body, meaning] : bodyVariants(in.body)) {
        VerifyInput changed = in;
        changed.body = body;
        if (passes(*verifier, changed, secrets, nowS))
            return {u"body_altered"_s, meaning};
    }
    if (source.scheme == u"twilio") {
        for (const QString &url : twilioUrlVariants(source.publicUrl, seenUrl)) {
            VerifyInput changed = in;
            changed.url = url;
            if (passes(*verifier, changed, secrets, nowS))
                return {u"url_mismatch"_s,
                        u"Twilio signed %1, not the public_url %2: set public_url to the URL "
                        u"configured at Twilio, exactly (scheme, host, port, path, query)"_s.arg(
                            url, source.publicUrl)};
        }
        return {
            u"url_mismatch"_s,
            u"the auth token is not current, or Twilio called a URL other than public_url %1 "
            u"(compare scheme, host, port, path and query with the Twilio console)"_s.arg(source.publicUrl)};
    }
    QStringList fingerprints;
    for (const QString &s : secrets)
        fingerprints.append(secretFingerprint(s));
    return {u"wrong_secret"_s,
            u"the secret differs from the sender's (rotated at the sender, or another "
            u"endpoint's secret); the body was not changed in any of the usual ways. Stored: %1"_s.arg(
                fingerprints.join(u", "_s))};
}

} // namespace Switchboard
