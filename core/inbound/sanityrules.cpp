// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sanityrules.h"

#include <QJsonArray>
#include <QTimeZone>

#include <optional>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

constexpr double kMillisecondsHint = 1e11;

Error fieldError(const QString &field, const QString &message)
{
    return Error::invalid(field + u": "_s + message,
                          {QJsonObject{{u"field"_s, field}, {u"message"_s, message}}});
}

Result<QList<JsonPath>> parsePaths(const QJsonObject &json, const QString &key)
{
    QList<JsonPath> paths;
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return paths;
    const QString field = u"rules."_s + key;
    if (!v.isArray())
        return fieldError(field, u"must be an array of JSON paths such as \"$.data.amount\""_s);
    for (const QJsonValue &item : v.toArray()) {
        auto path = JsonPath::parse(item.toString());
        if (!item.isString() || !path)
            return fieldError(field, path ? u"must hold strings"_s : path.error().message);
        paths.append(*path);
    }
    return paths;
}

Error ruleFailure(const QString &rule, const QString &path, const QString &message)
{
    return Error::invalid(path + u": "_s + message,
                          {QJsonObject{{u"rule"_s, rule}, {u"path"_s, path}, {u"message"_s, message}}});
}

std::optional<QDateTime> asTime(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double n = v.toDouble();
        return QDateTime::fromMSecsSinceEpoch(qint64(n > kMillisecondsHint ? n : n * 1000), Qt::UTC);
    }
    if (v.isString()) {
        bool ok = false;
        const double n = v.toString().toDouble(&ok);
        if (ok)
            return asTime(QJsonValue(n));
        QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toUTC();
    }
    return std::nullopt;
}

bool matchesPattern(const QString &value, const QString &pattern)
{
    if (pattern == u"*")
        return true;
    if (pattern.endsWith(u'*'))
        return value.startsWith(QStringView(pattern).chopped(1));
    return value == pattern;
}

} // namespace

Result<SanityRules> SanityRules::parse(const QJsonObject &json)
{
    static const QStringList known{u"required"_s, u"not_future"_s, u"non_negative"_s, u"event_types"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fieldError(
                u"rules."_s + it.key(),
                u"unknown rule; the rules are required, not_future, non_negative, event_types"_s);
    }
    SanityRules rules;
    rules.m_json = json;
    auto required = parsePaths(json, u"required"_s);
    if (!required)
        return required.error();
    rules.m_required = *required;
    auto notFuture = parsePaths(json, u"not_future"_s);
    if (!notFuture)
        return notFuture.error();
    rules.m_notFuture = *notFuture;
    auto nonNegative = parsePaths(json, u"non_negative"_s);
    if (!nonNegative)
        return nonNegative.error();
    rules.m_nonNegative = *nonNegative;

    const QJsonValue types = json.value(u"event_types"_s);
    if (!types.isUndefined() && !types.isNull()) {
        const QJsonObject o = types.toObject();
        if (!types.isObject() || o.size() != 2 || !o.value(u"path"_s).isString()
            || !o.value(u"allowed"_s).isArray())
            return fieldError(
                u"rules.event_types"_s,
                u"must be {\"path\": \"$.type\", \"allowed\": [\"lead.created\", \"charge.*\"]}"_s);
        auto path = JsonPath::parse(o.value(u"path"_s).toString());
        if (!path)
            return fieldError(u"rules.event_types.path"_s, path.error().message);
        rules.m_eventTypePath = *path;
        for (const QJsonValue &v : o.value(u"allowed"_s).toArray()) {
            if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 128)
                return fieldError(u"rules.event_types.allowed"_s,
                                  u"must hold event type names or prefixes ending in *"_s);
            rules.m_allowedEventTypes.append(v.toString());
        }
        if (rules.m_allowedEventTypes.isEmpty())
            return fieldError(u"rules.event_types.allowed"_s, u"must not be empty"_s);
    }
    return rules;
}

bool SanityRules::isEmpty() const
{
    return m_required.isEmpty() && m_notFuture.isEmpty() && m_nonNegative.isEmpty() && !m_eventTypePath;
}

Status SanityRules::check(const QJsonValue &document, const QDateTime &now, int skewS) const
{
    for (const JsonPath &path : m_required) {
        const auto v = path.evaluate(document);
        if (!v || v->isNull() || (v->isString() && v->toString().isEmpty()))
            return ruleFailure(u"required"_s, path.text(), u"is required but missing or empty"_s);
    }
    if (m_eventTypePath) {
        const auto v = m_eventTypePath->evaluate(document);
        if (!v || !v->isString())
            return ruleFailure(u"event_types"_s, m_eventTypePath->text(),
                               u"is required: the event type must be a string"_s);
        bool allowed = false;
        for (const QString &pattern : m_allowedEventTypes)
            allowed = allowed || matchesPattern(v->toString(), pattern);
        if (!allowed)
            return ruleFailure(u"event_types"_s, m_eventTypePath->text(),
                               u"\"%1\" is not an allowed event type for this source (allowed: %2)"_s.arg(
                                   v->toString(), m_allowedEventTypes.join(u", "_s)));
    }
    for (const JsonPath &path : m_notFuture) {
        const auto v = path.evaluate(document);
        if (!v || v->isNull())
            continue;
        const auto t = asTime(*v);
        if (!t)
            return ruleFailure(u"not_future"_s, path.text(),
                               u"is not a timestamp (Unix seconds or an RFC 3339 time)"_s);
        const qint64 ahead = now.secsTo(*t);
        if (ahead > skewS)
            return ruleFailure(u"not_future"_s, path.text(),
                               u"is %1 s in the future (%2; allowed clock skew %3 s)"_s.arg(ahead)
                                   .arg(t->toString(Qt::ISODate))
                                   .arg(skewS));
    }
    for (const JsonPath &path : m_nonNegative) {
        const auto v = path.evaluate(document);
        if (!v || v->isNull())
            continue;
        bool ok = v->isDouble();
        double n = v->toDouble();
        if (v->isString())
            n = v->toString().toDouble(&ok);
        if (!ok)
            return ruleFailure(u"non_negative"_s, path.text(), u"is not a number"_s);
        if (n < 0)
            return ruleFailure(u"non_negative"_s, path.text(),
                               u"is %1; it must not be negative"_s.arg(QString::number(n, 'g', 15)));
    }
    return Ok{};
}

} // namespace Switchboard
