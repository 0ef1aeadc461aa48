// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsschema.h"

namespace Switchboard {

using namespace Qt::StringLiterals;

SchemaModule metricsSchema()
{
    static const QList<Migration> list{
        {1,
         {
             // One row per minute, direction ("out": endpoints, "in": sources),
             // subject (endpoint or source name), event type and worker. The
             // worker is part of the key so that workers sharing a PostgreSQL
             // database never update the same row (no lost updates without
             // row locks); queries sum over it.
             u"CREATE TABLE metrics_minutes (minute BIGINT NOT NULL, direction TEXT NOT NULL, "
             "subject TEXT NOT NULL, event_type TEXT NOT NULL, worker TEXT NOT NULL, "
             "attempts INTEGER NOT NULL, ok INTEGER NOT NULL, failed INTEGER NOT NULL, "
             "retries INTEGER NOT NULL, first_ok INTEGER NOT NULL, dead INTEGER NOT NULL, "
             "schema_rejects INTEGER NOT NULL, errors TEXT, latency_sum_ms BIGINT NOT NULL, "
             "latency BLOB NOT NULL, "
             "PRIMARY KEY (direction, minute, subject, event_type, worker))"_s,
             u"CREATE TABLE metrics_depths (minute BIGINT PRIMARY KEY, queue_depth BIGINT NOT NULL, "
             "in_flight BIGINT NOT NULL, dlq_depth BIGINT NOT NULL)"_s,
             u"CREATE TABLE alert_rules (name TEXT PRIMARY KEY, config TEXT NOT NULL, updated_at BIGINT NOT NULL)"_s,
             u"CREATE TABLE alerts (id TEXT PRIMARY KEY, rule TEXT NOT NULL, endpoint TEXT, state TEXT NOT "
             u"NULL, "
             "opened_at BIGINT NOT NULL, acknowledged_at BIGINT, resolved_at BIGINT, message TEXT NOT NULL, "
             "value DOUBLE PRECISION, threshold DOUBLE PRECISION, clear_count INTEGER NOT NULL DEFAULT 0, "
             "updated_at BIGINT NOT NULL)"_s,
             u"CREATE INDEX alerts_active ON alerts (state, rule, endpoint)"_s,
             u"CREATE INDEX alerts_opened ON alerts (opened_at)"_s,
         }},
        {2,
         {
             // For retention: old attempts and messages are found without scanning.
             u"CREATE INDEX IF NOT EXISTS attempts_started ON attempts (started_at)"_s,
             u"CREATE INDEX IF NOT EXISTS messages_created ON messages (created_at)"_s,
         }},
        {3,
         {
             // Alerts about an inbound source (bad_signature_burst) or one
             // delivery (compliance_dead_letter, optimistic_call_failed) say which.
             u"ALTER TABLE alerts ADD COLUMN source TEXT"_s,
             u"ALTER TABLE alerts ADD COLUMN delivery_id TEXT"_s,
         }},
    };
    return {u"metrics"_s, list};
}

} // namespace Switchboard
