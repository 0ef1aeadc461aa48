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
        // Each worker's circuits that are not closed, as JSON (written with its heartbeat), and
        // fleet-wide circuit resets: POST .../circuit/reset bumps the endpoint's seq, and every
        // worker closes its circuit once when it sees a new seq.
        {2,
         {
             u"ALTER TABLE workers ADD COLUMN circuits TEXT"_s,
             u"CREATE TABLE circuit_resets (endpoint TEXT PRIMARY KEY, seq BIGINT NOT NULL, "
             "requested_at BIGINT NOT NULL, requested_by TEXT NOT NULL)"_s,
         }},
    };
    return {u"fleet"_s, list};
}

} // namespace Switchboard
