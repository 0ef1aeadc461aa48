// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertevaluator.h"

#include "delivery/circuitbreaker.h"
#include "metrics/alertstore.h"
#include "metrics/deliveryalerts.h"
#include "metrics/statsquery.h"
#include "store/sqlstore.h"
#include "util/ids.h"
#include "util/logging.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinuteMs = 60000;

QString scope(const QString &endpoint)
{
    return endpoint.isEmpty() ? u"all endpoints"_s : u"endpoint %1"_s.arg(endpoint);
}

} // namespace

Result<AlertEvaluator::Summary> AlertEvaluator::evaluate(const QDateTime &now)
{
    AlertStore alerts(m_store);
    auto rules = alerts.rules();
    if (!rules)
        return rules.error();
    Summary summary;
    for (const AlertRule &rule : std::as_const(*rules)) {
        if (!rule.enabled)
            continue;
        auto readings = read(rule, now);
        if (!readings)
            return readings.error();
        for (const Reading &r : std::as_const(*readings)) {
            if (auto st = apply(rule, r, now, summary); !st)
                return st.error();
        }
    }
    // Alerts of rules that were removed or disabled resolve: nothing watches them any more.
    auto active = alerts.alerts(u"open"_s, 1000);
    auto acked = alerts.alerts(u"acknowledged"_s, 1000);
    if (!active || !acked)
        return (!active ? active : acked).error();
    QSet<QString> live;
    for (const AlertRule &rule : std::as_const(*rules)) {
        if (rule.enabled)
            live.insert(rule.name);
    }
    for (Alert a : *active + *acked) {
        if (live.contains(a.rule) || a.rule == DeliveryAlerts::kOptimisticRule) { // the latter has no rule
            ++summary.active;
            continue;
        }
        a.state = Alert::State::Resolved;
        a.resolvedAt = now;
        a.updatedAt = now;
        a.message += u" (resolved: the rule was removed or disabled)"_s;
        if (auto st = alerts.update(a); !st)
            return st.error();
        ++summary.resolved;
    }
    return summary;
}

Result<QList<AlertEvaluator::Reading>> AlertEvaluator::read(const AlertRule &rule, const QDateTime &now)
{
    StatsQuery stats(m_store);
    QList<Reading> out;
    const double h = rule.hysteresis;
    switch (rule.kind) {
    case AlertRule::Kind::SuccessRateBelow:
    case AlertRule::Kind::P95AboveMs: {
        StatsFilter f;
        f.windowS = qint64(rule.windowMin) * 60;
        f.subject = rule.endpoint;
        auto got = stats.run(f, now, false, false);
        if (!got)
            return got.error();
        const StatsBucket &b = got->total;
        Reading r;
        r.endpoint = rule.endpoint;
        if (b.attempts < std::max(1, rule.minAttempts)) {
            r.message = u"%1: %2 attempts in %3 min, fewer than the %4 needed"_s.arg(scope(rule.endpoint))
                            .arg(b.attempts)
                            .arg(rule.windowMin)
                            .arg(rule.minAttempts);
        } else if (rule.kind == AlertRule::Kind::SuccessRateBelow) {
            r.value = double(b.ok) * 100.0 / double(b.attempts);
            r.firing = r.value < rule.threshold;
            r.clear = r.value >= rule.threshold + h;
            r.message = u"%1: success rate %2 % over the last %3 min (%4 attempts), threshold %5 %"_s
                            .arg(scope(rule.endpoint))
                            .arg(r.value, 0, 'f', 1)
                            .arg(rule.windowMin)
                            .arg(b.attempts)
                            .arg(rule.threshold);
        } else {
            r.value = b.latency.quantile(0.95);
            r.firing = r.value > rule.threshold;
            r.clear = r.value <= rule.threshold * (1 - h);
            r.message = u"%1: p95 latency %2 ms over the last %3 min (%4 attempts), threshold %5 ms"_s
                            .arg(scope(rule.endpoint))
                            .arg(r.value, 0, 'f', 0)
                            .arg(rule.windowMin)
                            .arg(b.attempts)
                            .arg(rule.threshold);
        }
        out.append(r);
        break;
    }
    case AlertRule::Kind::DlqDepthAbove: {
        auto dead = stats.deadCount(rule.endpoint, {});
        if (!dead)
            return dead.error();
        Reading r;
        r.endpoint = rule.endpoint;
        r.value = double(*dead);
        r.firing = r.value > rule.threshold;
        r.clear = r.value <= std::max(0.0, rule.threshold - std::max(1.0, rule.threshold * h));
        r.message = u"%1: %2 deliveries in the dead-letter queue, threshold %3"_s.arg(scope(rule.endpoint))
                        .arg(*dead)
                        .arg(rule.threshold);
        out.append(r);
        break;
    }
    case AlertRule::Kind::SchemaDrift: {
        // A run of 400/422 from an endpoint that was healthy just before: the
        // receiver's schema probably changed under us. Rollups have no order
        // within a minute, so "a run" is: at least threshold rejects in the
        // window making up most (1 - hysteresis) of its attempts, after a
        // baseline with >= 95 % success and at most 5 % rejects.
        const qint64 end = now.toMSecsSinceEpoch() / kMinuteMs * kMinuteMs + kMinuteMs;
        const QDateTime windowStart
            = QDateTime::fromMSecsSinceEpoch(end - rule.windowMin * kMinuteMs, Qt::UTC);
        const QDateTime baselineStart = windowStart.addSecs(-qint64(rule.baselineMin) * 60);
        auto recent = stats.bySubject(u"out"_s, windowStart, QDateTime::fromMSecsSinceEpoch(end, Qt::UTC));
        auto baseline = stats.bySubject(u"out"_s, baselineStart, windowStart);
        if (!recent)
            return recent.error();
        if (!baseline)
            return baseline.error();
        QSet<QString> endpoints;
        if (!rule.endpoint.isEmpty()) {
            endpoints.insert(rule.endpoint);
        } else {
            for (auto it = recent->cbegin(); it != recent->cend(); ++it)
                endpoints.insert(it.key());
        }
        AlertStore alerts(m_store);
        if (rule.endpoint.isEmpty()) {
            // Endpoints with an active alert but no traffic now are read too, so they can resolve.
            auto active = alerts.alerts(u"open"_s, 1000);
            auto acked = alerts.alerts(u"acknowledged"_s, 1000);
            if (active && acked) {
                for (const Alert &a : *active + *acked) {
                    if (a.rule == rule.name && !a.endpoint.isEmpty())
                        endpoints.insert(a.endpoint);
                }
            }
        }
        for (const QString &endpoint : std::as_const(endpoints)) {
            const StatsBucket now_ = recent->value(endpoint);
            const StatsBucket before = baseline->value(endpoint);
            Reading r;
            r.endpoint = endpoint;
            r.value = double(now_.schemaRejects);
            const bool healthyBefore = before.attempts >= std::max(1, rule.minAttempts)
                && before.ok * 100 >= before.attempts * 95 && before.schemaRejects * 20 <= before.attempts;
            const double share = now_.attempts ? double(now_.schemaRejects) / double(now_.attempts) : 0;
            r.firing = healthyBefore && now_.schemaRejects >= rule.threshold && share >= 1 - h;
            r.clear = share < h || now_.schemaRejects < rule.threshold / 2;
            r.message
                = u"endpoint %1 answered 400/422 to %2 of %3 attempts in the last %4 min after a healthy "
                  "period: did its payload schema change?"_s.arg(endpoint)
                      .arg(now_.schemaRejects)
                      .arg(now_.attempts)
                      .arg(rule.windowMin);
            out.append(r);
        }
        break;
    }
    case AlertRule::Kind::BadSignatureBurst: {
        auto r = readBadSignatures(rule, now);
        if (!r)
            return r.error();
        out.append(*r);
        break;
    }
    case AlertRule::Kind::ComplianceDeadLetter:
        break; // one alert per dead delivery: DeliveryAlerts::scanCompliance
    case AlertRule::Kind::CircuitOpen:
        return readCircuits(rule, now);
    }
    return out;
}

// Bad signatures from the inbound rollups (the verdict is the error class of
// direction "in"): a burst opens, and the alert resolves once the window holds
// at most threshold x hysteresis of them (none, by default) twice in a row.
Result<AlertEvaluator::Reading> AlertEvaluator::readBadSignatures(const AlertRule &rule, const QDateTime &now)
{
    const qint64 end = now.toMSecsSinceEpoch() / kMinuteMs * kMinuteMs + kMinuteMs;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(end - rule.windowMin * kMinuteMs, Qt::UTC);
    auto bySource
        = StatsQuery(m_store).bySubject(u"in"_s, from, QDateTime::fromMSecsSinceEpoch(end, Qt::UTC));
    if (!bySource)
        return bySource.error();
    qint64 count = 0;
    QList<QPair<qint64, QString>> worst;
    for (auto it = bySource->cbegin(); it != bySource->cend(); ++it) {
        if (!rule.source.isEmpty() && it.key() != rule.source)
            continue;
        const qint64 n = it->errors.value(u"bad_signature"_s);
        if (n > 0) {
            count += n;
            worst.append({n, it.key()});
        }
    }
    std::sort(worst.begin(), worst.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList top;
    for (qsizetype i = 0; i < worst.size() && i < 3; ++i)
        top << u"%1: %2"_s.arg(worst[i].second).arg(worst[i].first);
    Reading r;
    r.source = rule.source;
    r.value = double(count);
    r.firing = r.value >= rule.threshold;
    r.clear = r.value <= std::floor(rule.threshold * rule.hysteresis);
    r.message
        = u"%1: %2 requests with a bad signature in the last %3 min, threshold %4%5: a sender signing "
          "with a wrong or rotated secret, or someone probing the inbound URL"_s
              .arg(rule.source.isEmpty() ? u"all sources"_s : u"source %1"_s.arg(rule.source))
              .arg(count)
              .arg(rule.windowMin)
              .arg(rule.threshold)
              .arg(rule.source.isEmpty() && !top.isEmpty() ? u" ("_s + top.join(u", "_s) + u')' : QString());
    return r;
}

// Endpoints whose circuit breaker is open or half-open in an engine of this
// process (each worker keeps its own circuits: a console watching a fleet on
// PostgreSQL sees only its embedded engine's). Endpoints with an active alert
// are read too, so they resolve once their circuit closed.
Result<QList<AlertEvaluator::Reading>> AlertEvaluator::readCircuits(const AlertRule &rule,
                                                                    const QDateTime &now)
{
    const QHash<QString, CircuitState> open = CircuitRegistry::shared().notClosed();
    QSet<QString> endpoints;
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        if (rule.endpoint.isEmpty() || it.key() == rule.endpoint)
            endpoints.insert(it.key());
    }
    AlertStore alerts(m_store);
    auto active = alerts.alerts(u"open"_s, 1000);
    auto acked = alerts.alerts(u"acknowledged"_s, 1000);
    if (!active || !acked)
        return (!active ? active : acked).error();
    for (const Alert &a : *active + *acked) {
        if (a.rule == rule.name && !a.endpoint.isEmpty())
            endpoints.insert(a.endpoint);
    }
    QList<Reading> out;
    for (const QString &endpoint : std::as_const(endpoints)) {
        const CircuitState c = open.value(endpoint);
        Reading r;
        r.endpoint = endpoint;
        r.clear = c.isClosed();
        r.value = c.isClosed() ? 0 : double(std::max<qint64>(0, c.openedAt.secsTo(now)));
        r.firing = !c.isClosed() && r.value >= rule.threshold;
        r.message = c.isClosed()
            ? u"endpoint %1: circuit closed, delivering again"_s.arg(endpoint)
            : u"endpoint %1: circuit %2 since %3 after %4 failures in a row (last: %5); its deliveries wait, "
              "next probe at %6. POST /v1/endpoints/%1/circuit/reset closes it by hand"_s.arg(endpoint)
                  .arg(CircuitState::stateName(c.state), toIsoUtc(c.openedAt))
                  .arg(c.consecutiveFailures)
                  .arg(c.lastError.isEmpty() ? u"unknown"_s : c.lastError, toIsoUtc(c.retryAt));
        out.append(r);
    }
    return out;
}

Status AlertEvaluator::apply(const AlertRule &rule, const Reading &r, const QDateTime &now, Summary &summary)
{
    AlertStore alerts(m_store);
    auto current = alerts.active(rule.name, r.endpoint);
    if (!current)
        return current.error();
    if (!current->has_value()) {
        if (!r.firing)
            return Ok{};
        Alert a;
        a.id = newId(u"alt_");
        a.rule = rule.name;
        a.endpoint = r.endpoint;
        a.source = r.source;
        a.state = Alert::State::Open;
        a.openedAt = now;
        a.updatedAt = now;
        a.message = r.message;
        a.value = r.value;
        a.threshold = rule.threshold;
        qCWarning(lcMetrics).noquote() << u"alert %1 opened: %2"_s.arg(rule.name, r.message);
        ++summary.opened;
        return alerts.insert(a);
    }
    Alert a = **current;
    a.value = r.value;
    a.threshold = rule.threshold;
    a.updatedAt = now;
    if (r.firing) {
        a.clearCount = 0;
        a.message = r.message;
    } else if (r.clear) {
        if (++a.clearCount
            >= (rule.kind == AlertRule::Kind::CircuitOpen ? 1 : AlertRule::kClearEvaluations)) {
            a.state = Alert::State::Resolved;
            a.resolvedAt = now;
            a.message = r.message;
            qCInfo(lcMetrics).noquote() << u"alert %1 resolved: %2"_s.arg(rule.name, r.message);
            ++summary.resolved;
            return alerts.update(a);
        }
    } else {
        a.clearCount = 0; // inside the hysteresis band: neither firing nor clear
    }
    return alerts.update(a);
}

} // namespace Switchboard
