// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QStringList>

namespace Switchboard {

// Which addresses may send to a source: CIDR ranges (IPv4 and IPv6; a bare
// address is a /32 or /128), and the proxies whose X-Forwarded-For may be
// believed. The TCP peer is the client unless it is one of the trusted proxies;
// only then is X-Forwarded-For read, from the right, skipping trusted proxies,
// so a client cannot forge its address by sending the header itself.
// IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) count as IPv4.
//
// Immutable after parse(); thread-safe.
class IpAllowlist
{
public:
    using Subnet = QPair<QHostAddress, int>;

    // field names the JSON field in error details ("allow_ips").
    static Result<QList<Subnet>> parseRanges(const QJsonArray &ranges, const QString &field);
    static QString rangeText(const Subnet &subnet);

    IpAllowlist() = default;
    IpAllowlist(QList<Subnet> allowed, QList<Subnet> trustedProxies);

    // The address the request came from, as far as it can be trusted. A null
    // address when a trusted proxy forwarded an unparseable X-Forwarded-For.
    QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor) const;
    // True when there is no allowlist or address is in one of its ranges.
    bool allows(const QHostAddress &address) const;
    bool isEmpty() const { return m_allowed.isEmpty(); }

    static QHostAddress normalized(const QHostAddress &address);

private:
    static bool inAny(const QHostAddress &address, const QList<Subnet> &ranges);

    QList<Subnet> m_allowed;
    QList<Subnet> m_trusted;
};

} // namespace Switchboard
