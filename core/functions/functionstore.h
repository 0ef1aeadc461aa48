// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "functions/functiondef.h"
#include "store/schema.h"
#include "store/sqlstore.h"

namespace Switchboard {

SchemaModule functionsSchema();

// The LLM functions in the store, through the caller's connection (so it
// belongs to the caller's thread).
class FunctionStore
{
public:
    explicit FunctionStore(SqlStore &store);

    Result<QList<FunctionDef>> list();
    Result<std::optional<FunctionDef>> get(const QString &name);
    Result<bool> upsert(const FunctionDef &function); // true when created
    Result<bool> remove(const QString &name); // false when there was none

private:
    SqlStore &m_store;
};

} // namespace Switchboard
