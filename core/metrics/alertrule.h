// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Switchboard {

// An operator's alert rule (PUT /v1/alerts/rules/{name}). A plain value type.
struct AlertRule
{
    enum class Kind {
        SuccessRateBelow,
        P95AboveMs,
        DlqDepthAbove,
        SchemaDrift,
        // At least threshold bad_signature verdicts within window_min for source
        // (or all sources together): a sender with a wrong secret, or a probe.
        BadSignatureBurst,
        // A delivery of an event type in event_types went to the dead-letter
        // queue: one alert per delivery (DeliveryAlerts), however many it takes.
        ComplianceDeadLetter,
        // An endpoint's circuit breaker is open (or half-open): nothing is sent
        // to it until a probe succeeds. Resolves when the circuit closes.
        CircuitOpen,
    };

    QString name;
    Kind kind = Kind::SuccessRateBelow;
    QString endpoint; // empty: global (schema_drift: every endpoint)
    double threshold = 0; // percent, milliseconds, deliveries, or 400/422 answers (schema_drift)
    int windowMin = 5;
    int minAttempts = 5;
    // How far past the threshold the value must come back before an alert
    // resolves: percentage points for success_rate_below, a fraction of the
    // threshold for the others. Against flapping on the boundary, together with
    // kClearEvaluations.
    double hysteresis = 0;
    int baselineMin = 60; // schema_drift: the healthy period before the window
    QString source; // bad_signature_burst: one inbound source; empty: all sources together
    QStringList eventTypes; // compliance_dead_letter: exact types, or prefixes ending in a star
    bool enabled = true;
    QDateTime updatedAt;

    static constexpr int kClearEvaluations = 2; // consecutive clear evaluations before resolving

    static Result<AlertRule> fromJson(const QString &name, const QJsonObject &json);
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
    // compliance_dead_letter: whether eventType is one of eventTypes.
    bool matchesEventType(const QString &eventType) const;
};

// An alert raised by a rule.
struct Alert
{
    enum class State { Open, Acknowledged, Resolved };

    QString id;
    QString rule;
    QString endpoint; // empty: global
    QString source; // the inbound source, for inbound rules
    QString deliveryId; // the delivery, for alerts about one delivery
    State state = State::Open;
    QDateTime openedAt;
    QDateTime acknowledgedAt;
    QDateTime resolvedAt;
    QDateTime updatedAt;
    QString message;
    double value = 0;
    double threshold = 0;
    int clearCount = 0;

    QJsonObject toJson() const;
    static QString stateName(State state);
};

} // namespace Switchboard
