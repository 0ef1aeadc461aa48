// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Switchboard {

class SqlStore;
struct AttemptEvent;
struct AttemptRecord;

// One attempt (or one inbound request) as the rollups see it.
struct RollupSample
{
    QDateTime at; // when it started; decides the minute
    QString direction = QStringLiteral("out"); // "out": to an endpoint, "in": from a source
    QString subject; // the endpoint or source name
    QString eventType;
    int n = 1; // 1 for a first attempt; more is a retry
    bool ok = false;
    QString error; // the error class ("timeout", "http_5xx", ...) when not ok
    int statusCode = 0;
    int durationMs = 0;
    bool dead = false; // this attempt sent the delivery to the dead-letter queue
};

// Folds attempts into the minute rollups (table metrics_minutes) inside the
// caller's write transaction, so a rollup always matches the attempts that
// were committed with it, and nothing ever rescans the attempts table. Rows are
// keyed by worker, so workers sharing a database never race on one row.
//
// Lives in the thread of the store connection it is given (the engine thread
// for outbound attempts).
class RollupWriter
{
public:
    explicit RollupWriter(QString worker);

    // Call inside SqlStore::transaction().
    Status add(SqlStore &store, const QList<RollupSample> &samples);
    // The engine's batch: records and events are parallel lists.
    Status addAttempts(SqlStore &store, const QList<AttemptRecord> &records,
                       const QList<AttemptEvent> &events);

    static qint64 minuteOf(const QDateTime &t) { return t.toMSecsSinceEpoch() / 60000 * 60000; }
    static RollupSample sampleOf(const AttemptRecord &record, const AttemptEvent &event);

private:
    QString m_worker;
};

} // namespace Switchboard
