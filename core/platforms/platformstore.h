// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platforms/platformconfig.h"
#include "store/schema.h"
#include "store/sqlstore.h"

#include <optional>

namespace Switchboard {

SchemaModule platformsSchema();

// The platform connections in the store, through the caller's connection (so it
// belongs to the caller's thread, the API thread).
class PlatformStore
{
public:
    explicit PlatformStore(SqlStore &store);

    Result<QList<PlatformConfig>> list(qint64 maxBodyLimit);
    Result<std::optional<PlatformConfig>> get(const QString &name, qint64 maxBodyLimit);
    Result<bool> upsert(const PlatformConfig &config); // true when created
    Result<bool> remove(const QString &name); // false when there was none

private:
    SqlStore &m_store;
};

} // namespace Switchboard
