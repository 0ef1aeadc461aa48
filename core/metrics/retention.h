// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace Switchboard {

class SqlStore;

// How long things are kept (docs/operations: "Retention"). 0 keeps forever.
struct RetentionPolicy
{
    int attemptBodyDays = 7; // response bodies and headers of attempts
    int inboundBodyDays = 7; // bodies and original headers of inbound requests (the log rows stay)
    int deliveredMessageDays = 30; // messages whose every delivery was delivered, with their attempts
    int rollupDays = 90; // minute rollups, sampled depths, resolved alerts
    int batchSize = 500; // rows per transaction, so delivery never waits long
    int maxBatchesPerRun = 20;

    static constexpr int kMaxDays = 3650;
    // {"attempt_bodies_days", "inbound_bodies_days", "delivered_messages_days", "rollups_days"}.
    QJsonObject toJson() const;
    // The periods in json over base (a PUT may name only some); whole days from 0 (forever)
    // to kMaxDays; unknown fields are refused. InvalidArgument with one detail per field.
    static Result<RetentionPolicy> fromJson(const QJsonObject &json, const RetentionPolicy &base);
};

// Prunes what is older than the policy allows, in small transactions, never
// touching a message that still has an undelivered delivery (pending, in
// flight, dead or discarded). Use in the thread that owns the store
// connection: a background thread's, never the engine's.
class Retention
{
public:
    struct Counts
    {
        qint64 attemptBodies = 0;
        qint64 inboundBodies = 0;
        qint64 messages = 0;
        qint64 rollups = 0;
        bool more = false; // a limit stopped the run before everything old was gone
    };

    Retention(SqlStore &store, RetentionPolicy policy) : m_store(store), m_policy(policy) { }

    Result<Counts> run(const QDateTime &now);

private:
    Result<int> pruneAttemptBodies(const QDateTime &cutoff);
    Result<int> pruneInboundBodies(const QDateTime &cutoff);
    Result<int> pruneMessages(const QDateTime &cutoff);
    Result<int> pruneRollups(const QDateTime &cutoff);

    SqlStore &m_store;
    RetentionPolicy m_policy;
};

} // namespace Switchboard
