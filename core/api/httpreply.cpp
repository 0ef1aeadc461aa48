// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpreply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Switchboard {

using namespace Qt::StringLiterals;

HttpReply::HttpReply(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder))
    , m_socket(socket)
{ }

bool HttpReply::begin()
{
    if (m_answered)
        return false;
    m_answered = true;
    return !clientGone();
}

void HttpReply::json(int status, const QJsonObject &body, const HeaderList &extra)
{
    if (!begin())
        return;
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    m_responder.writeHeader("Content-Type", "application/json");
    m_responder.writeHeader("Content-Length", QByteArray::number(bytes.size()));
    m_responder.writeHeader("Cache-Control", "no-store");
    for (const auto &h : extra)
        m_responder.writeHeader(h.first, h.second);
    m_responder.writeBody(bytes);
}

void HttpReply::noContent()
{
    if (!begin())
        return;
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode::NoContent);
    m_responder.writeHeader("Content-Length", "0");
    m_responder.writeBody(QByteArray());
}

void HttpReply::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    if (!begin())
        return;
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    m_responder.writeHeader("Content-Type", contentType);
    m_responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    m_responder.writeBody(body);
}

void HttpReply::error(const Error &error)
{
    this->error(httpStatus(error.code), codeName(error.code), error.message, error.details);
}

void HttpReply::error(int status, const QString &code, const QString &message, const QJsonArray &details)
{
    QJsonObject e{{u"code"_s, code}, {u"message"_s, message}};
    if (!details.isEmpty())
        e.insert(u"details"_s, details);
    HeaderList extra;
    if (status == 401)
        extra.append(
            {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"switchboard\"")});
    if (status == 503)
        extra.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")});
    json(status, QJsonObject{{u"error"_s, e}}, extra);
}

int HttpReply::httpStatus(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidArgument:
        return 422;
    case Error::Code::Malformed:
        return 400;
    case Error::Code::NotFound:
        return 404;
    case Error::Code::Conflict:
        return 409;
    case Error::Code::Unauthenticated:
        return 401;
    case Error::Code::Forbidden:
        return 403;
    case Error::Code::TooLarge:
        return 413;
    case Error::Code::UnsupportedMediaType:
        return 415;
    case Error::Code::Unavailable:
        return 503;
    case Error::Code::Internal:
        return 500;
    }
    return 500;
}

QString HttpReply::codeName(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidArgument:
        return u"invalid_argument"_s;
    case Error::Code::Malformed:
        return u"malformed_json"_s;
    case Error::Code::NotFound:
        return u"not_found"_s;
    case Error::Code::Conflict:
        return u"conflict"_s;
    case Error::Code::Unauthenticated:
        return u"unauthenticated"_s;
    case Error::Code::Forbidden:
        return u"forbidden"_s;
    case Error::Code::TooLarge:
        return u"payload_too_large"_s;
    case Error::Code::UnsupportedMediaType:
        return u"unsupported_media_type"_s;
    case Error::Code::Unavailable:
        return u"unavailable"_s;
    case Error::Code::Internal:
        return u"internal"_s;
    }
    return u"internal"_s;
}

} // namespace Switchboard
