// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonbody.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

namespace Switchboard {

using namespace Qt::StringLiterals;

Result<QJsonObject> parseJsonObject(const QHttpServerRequest &request)
{
    return parseJsonObject(request.body(), request.value("Content-Type"));
}

Result<QJsonObject> parseJsonObject(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    if (!type.isEmpty() && type != "application/json" && !type.endsWith("+json")) {
        return Error{Error::Code::UnsupportedMediaType,
                     u"the body must be JSON, sent with Content-Type: application/json (got %1)"_s.arg(
                         QString::fromLatin1(type)),
                     {}};
    }
    if (body.trimmed().isEmpty())
        return Error{Error::Code::Malformed, u"the body is empty; a JSON object is required"_s, {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt 6.4 refuses a scalar at the top level ("call.completed", 42), which
        // is well-formed JSON (RFC 8259): that is 422, not 400.
        QJsonParseError wrappedError;
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1)
            return Error::invalid(u"the body must be a JSON object"_s);
        return Error{
            Error::Code::Malformed,
            u"the body is not valid JSON: %1 at byte %2"_s.arg(error.errorString()).arg(error.offset),
            {}};
    }
    if (!doc.isObject())
        return Error::invalid(u"the body must be a JSON object"_s);
    return doc.object();
}

namespace {

qsizetype skipSpace(const QByteArray &s, qsizetype i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        ++i;
    return i;
}

// The end (one past) of the string starting at the quote at i.
qsizetype skipString(const QByteArray &s, qsizetype i)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return -1;
}

// The end (one past) of the value starting at i; the document is known valid.
qsizetype skipValue(const QByteArray &s, qsizetype i)
{
    if (i >= s.size())
        return -1;
    if (s[i] == '"')
        return skipString(s, i);
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        for (; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '"') {
                i = skipString(s, i) - 1;
                if (i < 0)
                    return -1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\n'
           && s[i] != '\r' && s[i] != '\t')
        ++i;
    return i;
}

} // namespace

QByteArray rawMember(const QByteArray &body, const QString &key, const QJsonValue &parsed)
{
    const QByteArray wanted = '"' + key.toUtf8() + '"';
    qsizetype i = skipSpace(body, 0);
    if (i < body.size() && body[i] == '{') {
        i = skipSpace(body, i + 1);
        QByteArray found;
        while (i >= 0 && i < body.size() && body[i] == '"') {
            const qsizetype keyEnd = skipString(body, i);
            if (keyEnd < 0)
                break;
            const QByteArray name = body.mid(i, keyEnd - i);
            i = skipSpace(body, keyEnd);
            if (i >= body.size() || body[i] != ':')
                break;
            const qsizetype start = skipSpace(body, i + 1);
            const qsizetype end = skipValue(body, start);
            if (end < 0)
                break;
            if (name == wanted)
                found = body.mid(start, end - start); // the last one wins, as in QJsonDocument
            i = skipSpace(body, end);
            if (i < body.size() && body[i] == ',')
                i = skipSpace(body, i + 1);
        }
        if (!found.isEmpty())
            return found;
    }
    if (parsed.isArray())
        return QJsonDocument(parsed.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(parsed.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace Switchboard
