// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetschema.h"

namespace Switchboard {

using namespace Qt::StringLiterals;

SchemaModule fleetSchema()
{
    static const QList<Migration> list{
        {1,
         {
             u"CREATE TABLE workers (id TEXT PRIMARY KEY, host TEXT NOT NULL, version TEXT NOT NULL, "
             "started_at BIGINT NOT NULL, last_seen BIGINT NOT NULL, in_flight INTEGER NOT NULL DEFAULT 0, "
             "last_claim_at BIGINT)"_s,
             u"CREATE TABLE endpoint_limits (endpoint TEXT PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL, "
             "tokens_at BIGINT NOT NULL)"_s,
             // Claims count an endpoint's leases under its limits row: keep that cheap.
             u"CREATE INDEX deliveries_in_flight ON deliveries (endpoint) WHERE status = 'in_flight'"_s,
         }},
    };
    return {u"fleet"_s, list};
}

} // namespace Switchboard
