// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Switchboard {

// Decides, after an attempt, whether a delivery is done, tried again (and
// when), or dead. A plain value: each endpoint has its own schedule.
//
// Rules: 2xx is delivered. 4xx is final except 408 and 429; a redirect is final
// (it is never followed silently: the endpoint's URL needs fixing). Everything
// else (5xx, timeouts, connection errors) is retried along the schedule with
// +/- jitter; Retry-After (seconds or an HTTP date) pushes the next attempt out,
// bounded by maxRetryAfterS. When the schedule is exhausted the delivery is dead.
class RetryPolicy
{
public:
    static constexpr int kDefaultMaxRetryAfterS = 3600;

    RetryPolicy() = default;
    RetryPolicy(QList<int> scheduleS, double jitter, int maxRetryAfterS = kDefaultMaxRetryAfterS);

    enum class Verdict { Delivered, Retry, Dead };
    struct Decision
    {
        Verdict verdict = Verdict::Dead;
        qint64 delayMs = 0; // for Retry
        QString reason; // for Dead: the last error, fit for a user
    };

    // retryIndex: how many retries of this delivery already happened in the
    // current cycle (0 after the first attempt). random01: a uniform draw in
    // [0, 1) for the jitter, injectable for tests.
    Decision decide(int retryIndex, int statusCode, AttemptError error, const QByteArray &retryAfter,
                    const QDateTime &now, double random01) const;
    Decision decide(int retryIndex, int statusCode, AttemptError error, const QByteArray &retryAfter) const;

    // Parses a Retry-After value (delta-seconds or an IMF-fixdate HTTP date)
    // into milliseconds from now; nullopt when absent or unparseable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    static bool isRetryableStatus(int statusCode);
    static AttemptError classifyStatus(int statusCode);

    const QList<int> &schedule() const { return m_scheduleS; }
    double jitter() const { return m_jitter; }

private:
    QList<int> m_scheduleS{1, 3, 10, 30, 120};
    double m_jitter = 0.2;
    int m_maxRetryAfterS = kDefaultMaxRetryAfterS;
};

} // namespace Switchboard
