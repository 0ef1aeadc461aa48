// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Switchboard {

// An operator's alert rule (PUT /v1/alerts/rules/{name}). A plain value type.
struct AlertRule
{
    enum class Kind { SuccessRateBelow, P95AboveMs, DlqDepthAbove, SchemaDrift };

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
    bool enabled = true;
    QDateTime updatedAt;

    static constexpr int kClearEvaluations = 2; // consecutive clear evaluations before resolving

    static Result<AlertRule> fromJson(const QString &name, const QJsonObject &json);
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
};

// An alert raised by a rule.
struct Alert
{
    enum class State { Open, Acknowledged, Resolved };

    QString id;
    QString rule;
    QString endpoint; // empty: global
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
