// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "functiondef.h"

#include "functions/requesttemplate.h"
#include "model/delivery.h"
#include "model/endpoint.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Switchboard {

using namespace Qt::StringLiterals;

QString toString(FunctionDef::Mode mode)
{
    switch (mode) {
    case FunctionDef::Mode::Sync:
        return u"sync"_s;
    case FunctionDef::Mode::Async:
        return u"async"_s;
    case FunctionDef::Mode::Optimistic:
        return u"optimistic"_s;
    }
    return {};
}

bool FunctionDef::isValidName(const QString &name)
{
    static const QRegularExpression re(u"^[a-zA-Z0-9_-]{1,64}$"_s);
    return re.match(name).hasMatch();
}

QJsonObject FunctionDef::toolJson() const
{
    return QJsonObject{
        {u"type"_s, u"function"_s},
        {u"function"_s,
         QJsonObject{{u"name"_s, name}, {u"description"_s, description}, {u"parameters"_s, parameters}}}};
}

QJsonObject FunctionDef::toJson() const
{
    auto map = [](const QMap<QString, QString> &m) {
        QJsonObject o;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    QJsonObject request{
        {u"method"_s, method}, {u"path"_s, path}, {u"query"_s, map(query)}, {u"headers"_s, map(headers)}};
    if (hasBodyTemplate())
        request.insert(u"body"_s, body);
    QJsonObject json{{u"name"_s, name},
                     {u"description"_s, description},
                     {u"parameters"_s, parameters},
                     {u"endpoint"_s, endpoint},
                     {u"request"_s, request},
                     {u"mode"_s, toString(mode)},
                     {u"deadline_ms"_s, deadlineMs}};
    if (createdAt.isValid())
        json.insert(u"created_at"_s, toIsoUtc(createdAt));
    if (updatedAt.isValid())
        json.insert(u"updated_at"_s, toIsoUtc(updatedAt));
    return json;
}

Result<FunctionDef> FunctionDef::fromJson(const QString &name, const QJsonObject &json)
{
    FunctionDef f;
    QJsonArray problems;
    auto fail = [&](const QString &field, const QString &message) {
        problems.append(QJsonObject{{u"field"_s, field}, {u"message"_s, message}});
    };
    static const QSet<QString> known{u"name"_s,        u"description"_s, u"parameters"_s,
                                     u"endpoint"_s,    u"request"_s,     u"mode"_s,
                                     u"deadline_ms"_s, u"created_at"_s,  u"updated_at"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            fail(it.key(), u"unknown field"_s);
    }
    f.name = name;
    if (!isValidName(name))
        fail(u"name"_s, u"must match [a-zA-Z0-9_-]{1,64}, as LLM APIs require"_s);
    if (json.contains(u"name"_s) && json.value(u"name"_s).toString() != name)
        fail(u"name"_s, u"does not match the name in the path"_s);

    const QJsonValue description = json.value(u"description"_s);
    if (!description.isString() || description.toString().trimmed().isEmpty()
        || description.toString().size() > 1024)
        fail(u"description"_s, u"is required: 1 to 1024 characters telling the model when to call it"_s);
    else
        f.description = description.toString();

    if (json.contains(u"parameters"_s)) {
        const QJsonValue p = json.value(u"parameters"_s);
        if (!p.isObject() || p.toObject().value(u"type"_s).toString() != u"object")
            fail(u"parameters"_s, u"must be a JSON Schema object with \"type\": \"object\""_s);
        else
            f.parameters = p.toObject();
    }

    const QJsonValue endpoint = json.value(u"endpoint"_s);
    if (!endpoint.isString() || !Endpoint::isValidName(endpoint.toString()))
        fail(u"endpoint"_s, u"is required: the name of the endpoint that serves this function"_s);
    else
        f.endpoint = endpoint.toString();

    if (json.contains(u"request"_s)) {
        const QJsonValue rv = json.value(u"request"_s);
        if (!rv.isObject()) {
            fail(u"request"_s, u"must be an object with method, path, query, headers, body"_s);
        } else {
            const QJsonObject r = rv.toObject();
            static const QSet<QString> requestKeys{u"method"_s, u"path"_s, u"query"_s, u"headers"_s,
                                                   u"body"_s};
            for (auto it = r.begin(); it != r.end(); ++it) {
                if (!requestKeys.contains(it.key()))
                    fail(u"request."_s + it.key(), u"unknown field"_s);
            }
            if (r.contains(u"method"_s)) {
                const QString m = r.value(u"method"_s).toString().toUpper();
                static const QSet<QString> methods{u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};
                if (!methods.contains(m))
                    fail(u"request.method"_s, u"must be GET, POST, PUT, PATCH or DELETE"_s);
                else
                    f.method = m;
            }
            const QJsonValue path = r.value(u"path"_s);
            if (!path.isUndefined()
                && (!path.isString() || path.toString().contains(u"://") || path.toString().contains(u'?')
                    || path.toString().contains(u'#')))
                fail(u"request.path"_s,
                     u"must be a path such as /appointments/{{id}} (query goes in request.query)"_s);
            else
                f.path = path.toString();
            for (const QString &key : {u"query"_s, u"headers"_s}) {
                const QJsonValue v = r.value(key);
                if (v.isUndefined())
                    continue;
                if (!v.isObject()) {
                    fail(u"request."_s + key, u"must be an object of names to string templates"_s);
                    continue;
                }
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (!it.value().isString())
                        fail(u"request.%1.%2"_s.arg(key, it.key()), u"must be a string"_s);
                    else
                        (key == u"query" ? f.query : f.headers).insert(it.key(), it.value().toString());
                }
            }
            if (r.contains(u"body"_s))
                f.body = r.value(u"body"_s);
        }
    }

    if (json.contains(u"mode"_s)) {
        const QString m = json.value(u"mode"_s).toString();
        if (m == u"sync")
            f.mode = Mode::Sync;
        else if (m == u"async")
            f.mode = Mode::Async;
        else if (m == u"optimistic")
            f.mode = Mode::Optimistic;
        else
            fail(u"mode"_s, u"must be sync, async or optimistic"_s);
    }
    if (json.contains(u"deadline_ms"_s)) {
        const QJsonValue v = json.value(u"deadline_ms"_s);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < 50 || d > 20000)
            fail(u"deadline_ms"_s, u"must be whole milliseconds from 50 to 20000"_s);
        else
            f.deadlineMs = int(d);
    }

    // Every placeholder must name a declared parameter (its first path segment).
    QSet<QString> declared;
    const QJsonObject props = f.parameters.value(u"properties"_s).toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        declared.insert(it.key());
    QStringList used = RequestTemplate::placeholders(f.body);
    used += RequestTemplate::placeholders(QJsonValue(f.path));
    for (const QString &v : f.query)
        used += RequestTemplate::placeholders(QJsonValue(v));
    for (const QString &v : f.headers)
        used += RequestTemplate::placeholders(QJsonValue(v));
    for (const QString &u : std::as_const(used)) {
        if (!declared.contains(u.section(u'.', 0, 0)))
            fail(u"request"_s, u"placeholder {{%1}} names no parameter in parameters.properties"_s.arg(u));
    }

    if (!problems.isEmpty()) {
        const QJsonObject first = problems.first().toObject();
        return Error::invalid(
            first.value(u"field"_s).toString() + u": "_s + first.value(u"message"_s).toString(), problems);
    }
    return f;
}

} // namespace Switchboard
