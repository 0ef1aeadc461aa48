// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboundschema.h"

namespace Switchboard {

using namespace Qt::StringLiterals;

SchemaModule inboundSchema()
{
    static const QList<Migration> list{
        {1,
         {
             u"CREATE TABLE sources (name TEXT PRIMARY KEY, config TEXT NOT NULL, created_at BIGINT NOT "
             u"NULL, "
             "updated_at BIGINT NOT NULL)"_s,
             // headers: masked, for display; raw_headers and raw_body: the original
             // request of a rejected one, kept so an operator can resubmit it.
             u"CREATE TABLE inbound_events (id TEXT PRIMARY KEY, source TEXT NOT NULL, received_at BIGINT "
             u"NOT NULL, "
             "status TEXT NOT NULL, http_status INTEGER NOT NULL, reason TEXT NOT NULL, detail TEXT, peer "
             "TEXT, "
             "client TEXT, method TEXT, url TEXT, headers TEXT NOT NULL, body BLOB, body_size BIGINT NOT "
             "NULL, "
             "body_truncated INTEGER NOT NULL DEFAULT 0, raw_headers TEXT, raw_body BLOB, dedupe_key TEXT, "
             "message_id TEXT, call_id TEXT, duplicate_of TEXT, resubmit_of TEXT)"_s,
             u"CREATE INDEX inbound_events_source ON inbound_events (source, id)"_s,
             u"CREATE INDEX inbound_events_status ON inbound_events (status, id)"_s,
             u"CREATE INDEX inbound_events_call ON inbound_events (call_id)"_s,
             u"CREATE INDEX inbound_events_received ON inbound_events (received_at)"_s,
             u"CREATE TABLE inbound_seen (source TEXT NOT NULL, dedupe_key TEXT NOT NULL, event_id TEXT NOT "
             u"NULL, "
             "message_id TEXT, seen_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, PRIMARY KEY (source, dedupe_key))"_s,
             u"CREATE INDEX inbound_seen_expiry ON inbound_seen (expires_at)"_s,
         }},
    };
    return {u"inbound"_s, list};
}

} // namespace Switchboard
