// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "functions/functionstore.h"
#include "inbound/inboundschema.h"
#include "metrics/metricsschema.h"
#include "platforms/platformstore.h"
#include "store/fleetschema.h"
#include "store/sqlstore.h"

namespace Switchboard {

using namespace Qt::StringLiterals;

QList<SchemaModule> schemaModules()
{
    return {coreSchema(),    metricsSchema(),   functionsSchema(),
            inboundSchema(), platformsSchema(), fleetSchema()};
}

// The schema, one entry per version; each entry's statements run in one
// transaction. Types are written for both dialects: BIGINT and TEXT mean the
// same in both, BLOB is rewritten to BYTEA for PostgreSQL.
SchemaModule coreSchema()
{
    static const QList<Migration> list{
        {1,
         {
             u"CREATE TABLE endpoints (name TEXT PRIMARY KEY, config TEXT NOT NULL, paused INTEGER NOT NULL "
             u"DEFAULT 0, "
             "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"_s,
             u"CREATE TABLE secrets (owner TEXT NOT NULL, key_id TEXT NOT NULL, fingerprint TEXT NOT NULL, "
             "created_at BIGINT NOT NULL, expires_at BIGINT, PRIMARY KEY (owner, key_id))"_s,
             u"CREATE TABLE messages (id TEXT PRIMARY KEY, event_type TEXT NOT NULL, payload BLOB NOT NULL, "
             "call_id TEXT, idempotency_key TEXT UNIQUE, request_hash TEXT, created_at BIGINT NOT NULL)"_s,
             u"CREATE INDEX messages_call ON messages (call_id)"_s,
             u"CREATE TABLE deliveries (id TEXT PRIMARY KEY, message_id TEXT NOT NULL REFERENCES messages "
             u"(id), "
             "endpoint TEXT NOT NULL, event_type TEXT NOT NULL, call_id TEXT, status TEXT NOT NULL, "
             "attempt_count INTEGER NOT NULL DEFAULT 0, retry_index INTEGER NOT NULL DEFAULT 0, "
             "replay_pending INTEGER NOT NULL DEFAULT 0, replays INTEGER NOT NULL DEFAULT 0, next_attempt_at "
             "BIGINT, "
             "lease_owner TEXT, lease_until BIGINT, last_status_code INTEGER, last_error TEXT, dead_reason "
             "TEXT, "
             "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"_s,
             u"CREATE INDEX deliveries_due ON deliveries (endpoint, status, next_attempt_at)"_s,
             u"CREATE INDEX deliveries_status ON deliveries (status, next_attempt_at)"_s,
             u"CREATE INDEX deliveries_message ON deliveries (message_id)"_s,
             u"CREATE INDEX deliveries_call ON deliveries (call_id)"_s,
             u"CREATE TABLE attempts (id TEXT PRIMARY KEY, delivery_id TEXT NOT NULL, n INTEGER NOT NULL, "
             "started_at BIGINT NOT NULL, duration_ms INTEGER NOT NULL, status_code INTEGER, error TEXT, "
             "error_detail TEXT, replay INTEGER NOT NULL DEFAULT 0, worker TEXT, url TEXT, request_headers "
             "TEXT, "
             "response_headers TEXT, response_body BLOB, body_truncated INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX attempts_delivery ON attempts (delivery_id, n)"_s,
         }},
        // Per-message request overrides (method, path, query, headers) for the function bridge.
        {2, {u"ALTER TABLE messages ADD COLUMN request TEXT"_s}},
        // The dead-letter browser pages "status = dead ORDER BY id DESC" without a sort.
        {3, {u"CREATE INDEX deliveries_status_id ON deliveries (status, id)"_s}},
    };
    Q_ASSERT(list.last().version == SqlStore::kSchemaVersion);
    return {u"core"_s, list};
}

} // namespace Switchboard
