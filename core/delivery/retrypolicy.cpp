// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace Switchboard {

using namespace Qt::StringLiterals;

RetryPolicy::RetryPolicy(QList<int> scheduleS, double jitter, int maxRetryAfterS)
    : m_scheduleS(std::move(scheduleS))
    , m_jitter(std::clamp(jitter, 0.0, 1.0))
    , m_maxRetryAfterS(maxRetryAfterS)
{ }

bool RetryPolicy::isRetryableStatus(int statusCode)
{
    if (statusCode == 408 || statusCode == 429)
        return true;
    return statusCode >= 500 || statusCode < 100;
}

AttemptError RetryPolicy::classifyStatus(int statusCode)
{
    if (statusCode >= 200 && statusCode < 300)
        return AttemptError::None;
    if (statusCode == 429)
        return AttemptError::Http429;
    if (statusCode >= 300 && statusCode < 400)
        return AttemptError::Redirect;
    if (statusCode >= 400 && statusCode < 500)
        return AttemptError::Http4xx;
    return AttemptError::Http5xx;
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok) {
        if (seconds < 0)
            return std::nullopt;
        // Capped before scaling: a receiver's "9223372036854775807" must not
        // overflow into a negative delay. Callers bound it far lower anyway.
        constexpr qlonglong kMaxSeconds = 100LL * 365 * 86400;
        return std::min(seconds, kMaxSeconds) * 1000;
    }
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 section 5.6.7).
    const QString text = QString::fromLatin1(v);
    // Also the obsolete forms recipients must accept: RFC 850 and asctime.
    QDateTime when;
    for (const QString &format : {u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s, u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s,
                                  u"ddd MMM d HH:mm:ss yyyy"_s}) {
        when = QLocale::c().toDateTime(text.simplified(), format);
        if (when.isValid())
            break;
    }
    if (!when.isValid())
        return std::nullopt;
    if (when.date().year() < 1970)
        when = when.addYears(100); // two-digit years of RFC 850 dates
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

RetryPolicy::Decision RetryPolicy::decide(int retryIndex, int statusCode, AttemptError error,
                                          const QByteArray &retryAfter) const
{
    return decide(retryIndex, statusCode, error, retryAfter, QDateTime::currentDateTimeUtc(),
                  QRandomGenerator::global()->generateDouble());
}

RetryPolicy::Decision RetryPolicy::decide(int retryIndex, int statusCode, AttemptError error,
                                          const QByteArray &retryAfter, const QDateTime &now,
                                          double random01) const
{
    Decision d;
    const QString what = statusCode ? u"HTTP %1"_s.arg(statusCode) : toString(error);
    if (error == AttemptError::None && statusCode >= 200 && statusCode < 300) {
        d.verdict = Verdict::Delivered;
        return d;
    }
    if (error == AttemptError::Redirect || (statusCode >= 300 && statusCode < 400)) {
        d.reason = u"%1: redirects are not followed; update the endpoint's URL"_s.arg(what);
        return d;
    }
    if (statusCode >= 400 && statusCode < 500 && !isRetryableStatus(statusCode)) {
        d.reason = u"%1: the receiver refused the request; retrying would not help"_s.arg(what);
        return d;
    }
    if (retryIndex >= m_scheduleS.size()) {
        d.reason = u"%1 on the last of %2 attempts"_s.arg(what).arg(m_scheduleS.size() + 1);
        return d;
    }
    const double base = m_scheduleS.at(retryIndex) * 1000.0;
    const double factor = 1.0 + m_jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    qint64 delay = qint64(base * factor);
    if (const auto after = parseRetryAfter(retryAfter, now))
        delay = std::max(delay, std::min<qint64>(*after, qint64(m_maxRetryAfterS) * 1000));
    d.verdict = Verdict::Retry;
    d.delayMs = std::max<qint64>(0, delay);
    return d;
}

} // namespace Switchboard
