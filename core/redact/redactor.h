// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

namespace Switchboard {

// Operator rules on top of the built-in detectors.
struct RedactionRules
{
    // "$.transcript", "$.caller.name", "$.items[*].phone", "$.items[0].note":
    // the whole value at the path is replaced.
    QStringList jsonPaths;
    // Every match is replaced.
    QList<QRegularExpression> patterns;

    // {"json_paths": [...], "patterns": [...]}; InvalidArgument for a bad path or regex.
    static Result<RedactionRules> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Masks personal data before anything is logged, stored or shown: phone
// numbers (E.164 and common national forms, keeping the last 2 to 4 digits),
// e-mail addresses (first letter and domain kept), payment card numbers
// (13 to 19 Luhn-valid digits with a card prefix, last 4 kept), plus the
// operator's JSON paths and regular expressions. Signature, authorization,
// cookie and key headers are always masked to their scheme prefix.
//
// Conservative about near misses: order numbers, timestamps, dates, version
// strings, IP addresses and digit runs that fail the Luhn check stay as they
// are, because a redactor that eats ids makes logs useless.
//
// Immutable after construction, so one instance is shared by every thread
// (shared()).
class Redactor
{
public:
    explicit Redactor(RedactionRules rules = {});

    const RedactionRules &rules() const { return m_rules; }

    QString redactText(const QString &text) const;
    // JSON bodies are walked (paths, then every string value); anything else,
    // including a JSON body cut at the storage limit, is treated as text.
    QByteArray redactBody(const QByteArray &body) const;
    QJsonValue redactJson(const QJsonValue &value) const;
    QByteArray redactHeaderValue(const QByteArray &name, const QByteArray &value) const;
    QList<QPair<QByteArray, QByteArray>>
    redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) const;

    // What is stored of an attempt: the response body and headers, and the
    // request headers (signatures are masked by the dispatcher already).
    void redactStoredAttempt(Attempt &attempt) const;

    static bool isSecretHeader(const QByteArray &name);
    static bool luhnValid(QStringView digits);

    // The process-wide instance (built-in detectors only until set).
    static std::shared_ptr<const Redactor> shared();
    static void setShared(std::shared_ptr<const Redactor> redactor);

    static constexpr QLatin1StringView kMask{"[redacted]"};

private:
    struct PathStep
    {
        QString key; // empty for an index step
        int index = -1; // -1 with an empty key: every element/member ("[*]" or ".*")
        bool any = false;
    };
    using Path = QList<PathStep>;

    QJsonValue applyPath(const QJsonValue &value, const Path &path, qsizetype step) const;
    QJsonValue walk(const QJsonValue &value, const QString &key) const;

    RedactionRules m_rules;
    QList<Path> m_paths;
    QList<QRegularExpression> m_truncatedKeys; // the last key of each path, for JSON cut short
};

} // namespace Switchboard
