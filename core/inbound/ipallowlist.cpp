// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipallowlist.h"

#include <QJsonObject>

namespace Switchboard {

using namespace Qt::StringLiterals;

IpAllowlist::IpAllowlist(QList<Subnet> allowed, QList<Subnet> trustedProxies)
    : m_allowed(std::move(allowed))
    , m_trusted(std::move(trustedProxies))
{ }

Result<QList<IpAllowlist::Subnet>> IpAllowlist::parseRanges(const QJsonArray &ranges, const QString &field)
{
    QList<Subnet> out;
    QJsonArray problems;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const QString name = u"%1[%2]"_s.arg(field).arg(i);
        const QString text = ranges.at(i).toString().trimmed();
        if (!ranges.at(i).isString() || text.isEmpty()) {
            problems.append(
                QJsonObject{{u"field"_s, name}, {u"message"_s, u"must be a CIDR range string"_s}});
            continue;
        }
        Subnet subnet;
        if (text.contains(u'/')) {
            subnet = QHostAddress::parseSubnet(text);
        } else {
            QHostAddress address(text);
            if (!address.isNull())
                subnet = {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            problems.append(QJsonObject{{u"field"_s, name},
                                        {u"message"_s,
                                         u"\"%1\" is not an IPv4 or IPv6 address or CIDR range "
                                         u"such as 203.0.113.0/24 or 2001:db8::/32"_s.arg(text)}});
            continue;
        }
        subnet.first = normalized(subnet.first);
        out.append(subnet);
    }
    if (!problems.isEmpty()) {
        const QJsonObject first = problems.first().toObject();
        return Error::invalid(
            first.value(u"field"_s).toString() + u": "_s + first.value(u"message"_s).toString(), problems);
    }
    return out;
}

QString IpAllowlist::rangeText(const Subnet &subnet)
{
    return subnet.first.toString() + u'/' + QString::number(subnet.second);
}

QHostAddress IpAllowlist::normalized(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    if (ok && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    QHostAddress copy = address;
    copy.setScopeId(QString());
    return copy;
}

bool IpAllowlist::inAny(const QHostAddress &address, const QList<Subnet> &ranges)
{
    if (address.isNull())
        return false;
    for (const Subnet &range : ranges) {
        if (address.isInSubnet(range))
            return true;
    }
    return false;
}

QHostAddress IpAllowlist::clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor) const
{
    const QHostAddress direct = normalized(peer);
    if (!inAny(direct, m_trusted) || forwardedFor.trimmed().isEmpty())
        return direct;
    // Right to left: the rightmost entry was added by the proxy we trust; each
    // trusted hop vouches for the one before it; the first untrusted one is the client.
    const QList<QByteArray> hops = forwardedFor.split(',');
    QHostAddress client = direct;
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        QString text = QString::fromLatin1(hops.at(i).trimmed());
        // "[2001:db8::1]:443" and "203.0.113.9:443" forms, sent by some proxies.
        if (text.startsWith(u'[') && text.contains(u']'))
            text = text.mid(1, text.indexOf(u']') - 1);
        else if (text.count(u':') == 1)
            text = text.left(text.indexOf(u':'));
        const QHostAddress hop = normalized(QHostAddress(text));
        if (hop.isNull())
            return QHostAddress();
        client = hop;
        if (!inAny(hop, m_trusted))
            break;
    }
    return client;
}

bool IpAllowlist::allows(const QHostAddress &address) const
{
    return m_allowed.isEmpty() || inAny(normalized(address), m_allowed);
}

} // namespace Switchboard
