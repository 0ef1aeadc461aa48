// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "harwriter.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QJsonArray headerArray(const HeaderList &headers)
{
    QJsonArray list;
    for (const auto &h : headers)
        list.append(QJsonObject{{u"name"_s, QString::fromLatin1(h.first)},
                                {u"value"_s, QString::fromUtf8(h.second)}});
    return list;
}

QString headerValue(const HeaderList &headers, QByteArrayView name, const QString &fallback)
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(h.second);
    return fallback;
}

} // namespace

void HarWriter::add(const Delivery &d, const QByteArray &requestBody, const QString &method)
{
    for (const Attempt &a : d.attempts) {
        const QUrl url(a.url);
        QJsonArray query;
        for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            query.append(QJsonObject{{u"name"_s, item.first}, {u"value"_s, item.second}});
        const QJsonObject request{
            {u"method"_s, method.isEmpty() ? u"POST"_s : method},
            {u"url"_s, a.url},
            {u"httpVersion"_s, u"HTTP/1.1"_s},
            {u"cookies"_s, QJsonArray()},
            {u"headers"_s, headerArray(a.requestHeaders)},
            {u"queryString"_s, query},
            {u"postData"_s,
             QJsonObject{
                 {u"mimeType"_s, headerValue(a.requestHeaders, "content-type", u"application/json"_s)},
                 {u"params"_s, QJsonArray()},
                 {u"text"_s, QString::fromUtf8(requestBody)}}},
            {u"headersSize"_s, -1},
            {u"bodySize"_s, qint64(requestBody.size())},
        };
        const bool answered = a.statusCode > 0;
        const QJsonObject content{
            {u"size"_s, qint64(a.responseBody.size())},
            {u"mimeType"_s, headerValue(a.responseHeaders, "content-type", QString())},
            {u"text"_s, QString::fromUtf8(a.responseBody)},
        };
        const QJsonObject response{
            {u"status"_s, a.statusCode},
            {u"statusText"_s, answered ? QString() : toString(a.error)},
            {u"httpVersion"_s, answered ? u"HTTP/1.1"_s : QString()},
            {u"cookies"_s, QJsonArray()},
            {u"headers"_s, headerArray(a.responseHeaders)},
            {u"content"_s, content},
            {u"redirectURL"_s, headerValue(a.responseHeaders, "location", QString())},
            {u"headersSize"_s, -1},
            {u"bodySize"_s, answered ? qint64(a.responseBody.size()) : qint64(-1)},
        };
        QJsonObject entry{
            {u"startedDateTime"_s, a.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"time"_s, a.durationMs},
            {u"request"_s, request},
            {u"response"_s, response},
            {u"cache"_s, QJsonObject()},
            {u"timings"_s, QJsonObject{{u"send"_s, 0}, {u"wait"_s, a.durationMs}, {u"receive"_s, 0}}},
            {u"comment"_s,
             u"%1 attempt %2%3"_s.arg(d.id).arg(a.n).arg(a.replay ? u" (replay)"_s : QString())},
            {u"_switchboard"_s,
             QJsonObject{{u"delivery_id"_s, d.id},
                         {u"message_id"_s, d.messageId},
                         {u"endpoint"_s, d.endpoint},
                         {u"event_type"_s, d.eventType},
                         {u"call_id"_s, d.callId},
                         {u"attempt"_s, a.n},
                         {u"error"_s, toString(a.error)},
                         {u"response_body_truncated"_s, a.responseBodyTruncated}}},
        };
        m_entries.append(entry);
    }
}

QJsonObject HarWriter::document() const
{
    return QJsonObject{{u"log"_s,
                        QJsonObject{{u"version"_s, u"1.2"_s},
                                    {u"creator"_s,
                                     QJsonObject{{u"name"_s, u"Switchboard"_s},
                                                 {u"version"_s, QStringLiteral(SWITCHBOARD_VERSION)}}},
                                    {u"entries"_s, m_entries}}}};
}

QByteArray HarWriter::toJson() const
{
    return QJsonDocument(document()).toJson(QJsonDocument::Indented);
}

} // namespace Switchboard
