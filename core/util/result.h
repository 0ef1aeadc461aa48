// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Switchboard {

// An error fit to show a user, with a machine-readable code that maps onto the
// HTTP contract's error codes (see docs/api.md).
struct Error
{
    enum class Code {
        InvalidArgument, // 422: well-formed but invalid
        Malformed, // 400: not parseable
        NotFound, // 404
        Conflict, // 409
        Unauthenticated, // 401
        Forbidden, // 403
        TooLarge, // 413
        UnsupportedMediaType, // 415
        Unavailable, // 503: store or keychain unavailable, shutting down
        Internal, // a bug; still reported as a clear message
    };

    Code code = Code::Internal;
    QString message;
    QJsonArray details;

    static Error invalid(const QString &message, const QJsonArray &details = {})
    {
        return {Code::InvalidArgument, message, details};
    }
    static Error notFound(const QString &message) { return {Code::NotFound, message, {}}; }
    static Error conflict(const QString &message) { return {Code::Conflict, message, {}}; }
    static Error unavailable(const QString &message) { return {Code::Unavailable, message, {}}; }
    static Error internal(const QString &message) { return {Code::Internal, message, {}}; }
};

// A value or an Error; the std::expected of this code base (C++20 has none).
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Ok
{ };
using Status = Result<Ok>;

} // namespace Switchboard
