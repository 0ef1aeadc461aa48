// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

// Boundaries: no letter, digit, '_' or '-' right before; after, neither
// those nor ".digit" (a version or decimal continues).
const QString kBefore = u"(?<![\\w./:+-])"_s;
const QString kAfter = u"(?![\\w-]|[.:/]\\d)"_s;

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(
        u"(?<![\\w.%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24})(?![\\w-])"_s);
    return re;
}

const QRegularExpression &cardPattern()
{
    // 13 to 19 digits, in groups separated by single spaces or dashes, or none.
    static const QRegularExpression re(kBefore + u"(\\d(?:[ -]?\\d){12,18})"_s + kAfter);
    return re;
}

const QRegularExpression &phonePattern()
{
    static const QRegularExpression re(
        kBefore
        + u"("_s
          // E.164, optionally grouped: +14155552671, +44 20 7946 0958, +1 (415) 555-2671
          u"\\+[1-9](?:[ .-]?\\(?\\d\\)?){7,14}"_s
          // North American with separators: (415) 555-2671, 415-555-2671, 415.555.2671
          u"|\\(\\d{3}\\)[ .-]?\\d{3}[ .-]\\d{4}"_s
          u"|\\d{3}([.-])\\d{3}\\2\\d{4}"_s
          u"|\\d{3} \\d{3} \\d{4}"_s
          // Trunk-prefixed national forms: 020 7946 0958, 0171 2345678, 06-12345678
          u"|0\\d{1,4}[ -]\\d{3,4}[ -]?\\d{3,4}"_s
          u")"_s
        + kAfter);
    return re;
}

// JSON keys whose values are phone numbers even without separators.
const QRegularExpression &phoneKey()
{
    static const QRegularExpression re(u"(phone|mobile|msisdn|^tel$|telephone|caller_?id|caller_?number|"
                                       "from_?number|to_?number|^from$|^to$)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString digitsOf(QStringView s)
{
    QString d;
    for (QChar c : s) {
        if (c.isDigit())
            d += c;
    }
    return d;
}

// Replaces every digit but the last keep with '*', keeping the separators.
QString maskDigits(QStringView s, int keep)
{
    int total = 0;
    for (QChar c : s)
        total += c.isDigit();
    QString out;
    out.reserve(s.size());
    int seen = 0;
    for (QChar c : s) {
        if (c.isDigit())
            out += ++seen > total - keep ? c : u'*';
        else
            out += c;
    }
    return out;
}

int phoneKeep(int digits)
{
    return digits >= 10 ? 4 : 2;
}

bool cardPrefix(QStringView digits)
{
    // Visa 4, Mastercard 51-55 and 2221-2720, Amex 34/37, Discover/UnionPay 6,
    // Diners 30/36/38, JCB 35. Most ids and timestamps start with 1.
    const QChar first = digits.at(0);
    if (first == u'4' || first == u'5' || first == u'6')
        return true;
    if (first == u'3')
        return QStringView(u"04578").contains(digits.at(1));
    if (first == u'2')
        return digits.left(4).toInt() >= 2221 && digits.left(4).toInt() <= 2720;
    return false;
}

bool consistentSeparators(QStringView s)
{
    QChar sep;
    for (QChar c : s) {
        if (c.isDigit())
            continue;
        if (!sep.isNull() && c != sep)
            return false;
        sep = c;
    }
    return true;
}

using Replacer = std::function<QString(const QRegularExpressionMatch &)>;

QString replaceAll(const QString &text, const QRegularExpression &re, const Replacer &replace)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replace(m);
        last = m.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

std::shared_ptr<const Redactor> &sharedSlot()
{
    static std::shared_ptr<const Redactor> instance = std::make_shared<const Redactor>();
    return instance;
}

QMutex &sharedMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

Result<RedactionRules> RedactionRules::fromJson(const QJsonObject &json)
{
    static const QRegularExpression kPath(u"^\\$(\\.([A-Za-z0-9_-]+|\\*)|\\[(\\d+|\\*)\\])+$"_s);
    RedactionRules rules;
    QJsonArray details;
    const QJsonArray paths = json.value(u"json_paths"_s).toArray();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString p = paths.at(i).toString();
        if (!kPath.match(p).hasMatch())
            details.append(
                QJsonObject{{u"field"_s, u"json_paths[%1]"_s.arg(i)},
                            {u"message"_s, u"must look like $.caller.name or $.items[*].phone"_s}});
        else
            rules.jsonPaths << p;
    }
    const QJsonArray patterns = json.value(u"patterns"_s).toArray();
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        QRegularExpression re(patterns.at(i).toString());
        if (patterns.at(i).toString().isEmpty() || !re.isValid())
            details.append(QJsonObject{
                {u"field"_s, u"patterns[%1]"_s.arg(i)},
                {u"message"_s, QString(u"not a valid regular expression: "_s + re.errorString())}});
        else
            rules.patterns << re;
    }
    if (!details.isEmpty())
        return Error::invalid(u"redaction: "_s + details.first().toObject().value(u"message"_s).toString(),
                              details);
    return rules;
}

QJsonObject RedactionRules::toJson() const
{
    QJsonArray res;
    for (const QRegularExpression &re : patterns)
        res.append(re.pattern());
    return QJsonObject{{u"json_paths"_s, QJsonArray::fromStringList(jsonPaths)}, {u"patterns"_s, res}};
}

Redactor::Redactor(RedactionRules rules) : m_rules(std::move(rules))
{
    static const QRegularExpression kStep(u"\\.([A-Za-z0-9_-]+|\\*)|\\[(\\d+|\\*)\\]"_s);
    for (const QString &p : std::as_const(m_rules.jsonPaths)) {
        Path path;
        auto it = kStep.globalMatch(p);
        QString lastKey;
        while (it.hasNext()) {
            const auto m = it.next();
            PathStep s;
            if (m.capturedLength(1)) {
                s.any = m.captured(1) == u"*";
                s.key = s.any ? QString() : m.captured(1);
                if (!s.any)
                    lastKey = s.key;
            } else {
                s.any = m.captured(2) == u"*";
                s.index = s.any ? -1 : m.captured(2).toInt();
            }
            path << s;
        }
        if (!path.isEmpty())
            m_paths << path;
        if (!lastKey.isEmpty()) {
            m_truncatedKeys << QRegularExpression(u"(\""_s + QRegularExpression::escape(lastKey)
                                                  + u"\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]]+)"_s);
        }
    }
}

std::shared_ptr<const Redactor> Redactor::shared()
{
    QMutexLocker lock(&sharedMutex());
    return sharedSlot();
}

void Redactor::setShared(std::shared_ptr<const Redactor> redactor)
{
    QMutexLocker lock(&sharedMutex());
    sharedSlot() = redactor ? std::move(redactor) : std::make_shared<const Redactor>();
}

bool Redactor::luhnValid(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return false;
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

QString Redactor::redactText(const QString &input) const
{
    if (input.isEmpty())
        return input;
    QString text = input;
    for (const QRegularExpression &re : m_rules.patterns)
        text.replace(re, QString(kMask));
    text = replaceAll(text, emailPattern(), [](const QRegularExpressionMatch &m) -> QString {
        return m.captured(1).left(1) + u"***@"_s + m.captured(2);
    });
    text = replaceAll(text, cardPattern(), [](const QRegularExpressionMatch &m) -> QString {
        const QString s = m.captured(1);
        const QString d = digitsOf(s);
        if (d.size() < 13 || d.size() > 19 || !consistentSeparators(s) || !cardPrefix(d) || !luhnValid(d))
            return s;
        return maskDigits(s, 4);
    });
    text = replaceAll(text, phonePattern(), [](const QRegularExpressionMatch &m) -> QString {
        const QString s = m.captured(1);
        const int digits = int(digitsOf(s).size());
        if (digits < 7 || digits > 15)
            return s;
        return maskDigits(s, phoneKeep(digits));
    });
    return text;
}

QJsonValue Redactor::walk(const QJsonValue &value, const QString &key) const
{
    if (value.isString()) {
        const QString s = value.toString();
        if (!key.isEmpty() && phoneKey().match(key).hasMatch()) {
            const QString d = digitsOf(s);
            if (d.size() >= 7 && d.size() <= 15 && d.size() * 2 >= s.size())
                return maskDigits(s, phoneKeep(int(d.size())));
        }
        return redactText(s);
    }
    if (value.isDouble() && !key.isEmpty() && phoneKey().match(key).hasMatch())
        return QString(kMask);
    if (value.isArray()) {
        QJsonArray arr = value.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i)
            arr[i] = walk(arr.at(i), key);
        return arr;
    }
    if (value.isObject()) {
        QJsonObject obj = value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            it.value() = walk(it.value(), it.key());
        return obj;
    }
    return value;
}

QJsonValue Redactor::applyPath(const QJsonValue &value, const Path &path, qsizetype step) const
{
    if (step == path.size())
        return QString(kMask);
    const PathStep &s = path.at(step);
    if (value.isObject() && (s.any || !s.key.isEmpty())) {
        QJsonObject obj = value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (s.any || it.key() == s.key)
                it.value() = applyPath(it.value(), path, step + 1);
        }
        return obj;
    }
    if (value.isArray() && s.key.isEmpty()) {
        QJsonArray arr = value.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (s.any || i == s.index)
                arr[i] = applyPath(arr.at(i), path, step + 1);
        }
        return arr;
    }
    return value;
}

QJsonValue Redactor::redactJson(const QJsonValue &value) const
{
    QJsonValue v = value;
    for (const Path &p : m_paths)
        v = applyPath(v, p, 0);
    return walk(v, {});
}

QByteArray Redactor::redactBody(const QByteArray &body) const
{
    if (body.isEmpty())
        return body;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonValue original = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
            const QJsonValue v = redactJson(original);
            if (v == original)
                return body; // byte for byte: no reordering, no rounding of large numbers
            return v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        }
        // Cut at the storage limit: the paths' last keys still find their values.
        QString text = QString::fromUtf8(body);
        for (const QRegularExpression &re : m_truncatedKeys)
            text.replace(re, u"\\1\"[redacted]\""_s);
        return redactText(text).toUtf8();
    }
    return redactText(QString::fromUtf8(body)).toUtf8();
}

void Redactor::redactStoredAttempt(Attempt &attempt) const
{
    attempt.responseBody = redactBody(attempt.responseBody);
    attempt.responseHeaders = redactHeaders(attempt.responseHeaders);
    attempt.requestHeaders = redactHeaders(attempt.requestHeaders);
    attempt.errorDetail = redactText(attempt.errorDetail);
}

bool Redactor::isSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n.contains("signature") || n == "authorization" || n == "proxy-authorization" || n == "cookie"
        || n == "set-cookie" || n.contains("api-key") || n.contains("apikey") || n.contains("token")
        || n.contains("secret") || n == "x-vapi-secret";
}

QByteArray Redactor::redactHeaderValue(const QByteArray &name, const QByteArray &value) const
{
    if (!isSecretHeader(name))
        return redactText(QString::fromUtf8(value)).toUtf8();
    // Keep the scheme so the reader can tell what was sent: "Bearer ***", "v1,***", "sha256=***".
    QByteArray masked;
    for (const QByteArray &part : value.split(' ')) {
        if (part.isEmpty())
            continue;
        if (!masked.isEmpty())
            masked += ' ';
        qsizetype cut = -1; // the first ',' or '=' ends the scheme: "v1,", "sha256=", "t="
        for (qsizetype i = 0; i < part.size() && cut < 0; ++i) {
            if (part.at(i) == ',' || part.at(i) == '=')
                cut = i;
        }
        if (part == "Bearer" || part == "Basic")
            masked += part;
        else if (cut > 0 && cut < 16)
            masked += part.left(cut + 1) + "***";
        else
            masked += "***";
    }
    return masked;
}

QList<QPair<QByteArray, QByteArray>>
Redactor::redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QList<QPair<QByteArray, QByteArray>> out;
    out.reserve(headers.size());
    for (const auto &h : headers)
        out.append({h.first, redactHeaderValue(h.first, h.second)});
    return out;
}

} // namespace Switchboard
