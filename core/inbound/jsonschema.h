// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <memory>

namespace Switchboard {

// A JSON Schema (draft 7, through valijson) compiled once and used to check
// many documents: inbound sources check what senders post, the function bridge
// checks an LLM's arguments. Messages name the field and what it must be,
// e.g. "phone: must match pattern ^\+[1-9]\d{1,14}$" or "amount: is required".
//
// Immutable after compile(); validate() may be called from any thread (each
// call uses its own validator).
class JsonSchema
{
public:
    // Parses schema; an Error (422) names what is wrong with it.
    static Result<JsonSchema> compile(const QJsonObject &schema);

    JsonSchema();
    ~JsonSchema();
    JsonSchema(const JsonSchema &);
    JsonSchema &operator=(const JsonSchema &);
    JsonSchema(JsonSchema &&) noexcept;
    JsonSchema &operator=(JsonSchema &&) noexcept;

    bool isNull() const { return !d; }
    const QJsonObject &source() const;

    // Every problem with value, one message each; empty when it is valid. A null
    // (never compiled) schema accepts everything.
    QStringList validate(const QJsonValue &value) const;
    // The same as an Error (422) with details [{"field", "message"}], or Ok.
    Status check(const QJsonValue &value) const;

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

} // namespace Switchboard
