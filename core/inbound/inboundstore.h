// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbound/source.h"
#include "model/delivery.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Switchboard {

class SqlStore;

// One request to POST /in/{source} as the inbound log keeps it.
struct InboundEvent
{
    QString id; // evt_...
    QString source;
    QDateTime receivedAt;
    // accepted, duplicate, bad_signature, stale_timestamp, ip_denied, schema_invalid,
    // rule_failed, too_large, unsupported_media_type, malformed, unavailable
    QString status;
    int httpStatus = 0;
    QString reason; // what to do about it, for a human
    QJsonObject detail; // the machine-readable part: cause, verifier details, rule...
    QString peer; // the TCP peer
    QString client; // the client address after trusted proxies
    QString method;
    QString url;
    HeaderList headers; // signatures and tokens masked
    QByteArray body; // the first kMaxLoggedBody bytes
    qint64 bodySize = 0;
    bool bodyTruncated = false;
    // A rejected request's original headers (tokens removed) and bytes, so an
    // operator can resubmit it; empty for accepted ones.
    HeaderList rawHeaders;
    QByteArray rawBody;
    bool hasRaw = false;
    QString dedupeKey;
    QString messageId;
    QString callId;
    QString duplicateOf;
    QString resubmitOf;

    static constexpr qsizetype kMaxLoggedBody = 64 * 1024;

    QJsonObject toJson(bool withDetail) const;
};

struct InboundFilter
{
    QString source;
    QString status;
    QString callId;
};

struct InboundPage
{
    QList<InboundEvent> events;
    QString nextCursor; // empty at the end
};

// A delivery id seen before, within its source's de-duplication window.
struct SeenKey
{
    QString key;
    QString eventId;
    QString messageId;
};

// The inbound tables (inbound/inboundschema.cpp) over a SqlStore connection:
// sources, the inbound log and the remembered delivery ids. Works in the
// thread that owns the connection (the API thread).
class InboundStore
{
public:
    explicit InboundStore(SqlStore &store);

    Result<QList<Source>> sources(qint64 maxBodyLimit);
    Result<std::optional<Source>> source(const QString &name, qint64 maxBodyLimit);
    Result<bool> upsertSource(const Source &source); // true when created
    Result<bool> removeSource(const QString &name); // false when there was none

    // Writes the log entry and, for an accepted one, its de-duplication keys
    // (remembered until expiresAt), in one transaction. A key already present is
    // left as it is.
    Status record(const InboundEvent &event, const QStringList &keys, const QDateTime &expiresAt);
    // The first of keys remembered for source and not expired at now.
    Result<std::optional<SeenKey>> seen(const QString &source, const QStringList &keys, const QDateTime &now);

    Result<InboundPage> events(const InboundFilter &filter, int limit, const QString &cursor);
    Result<std::optional<InboundEvent>> event(const QString &id);

    // Forgets expired keys and log entries older than keepLogS. Returns the rows removed.
    Result<int> prune(const QDateTime &now, qint64 keepLogS);

private:
    SqlStore &m_store;
};

} // namespace Switchboard
