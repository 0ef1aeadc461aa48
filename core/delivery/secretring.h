// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"
#include "store/sqlstore.h"

#include <QJsonValue>

#include <optional>

namespace Switchboard {

// The signing secrets of one owner ("endpoint:crm"): the values live in the
// SecretStore (the OS keychain), the metadata (key id, fingerprint, expiry) in
// the database, so the database never holds a secret. Several secrets are
// active during a rotation's grace window; the newest signs first.
//
// Uses the caller's store connection: call from the thread that owns it.
class SecretRing
{
public:
    SecretRing(SqlStore &store, SecretStore &secrets, const QString &instanceId);

    // Values of the unexpired secrets, newest first. Expired ones are removed.
    Result<QStringList> active(const QString &owner, const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<QList<SecretInfo>> list(const QString &owner);
    // Replaces every secret of owner with this one.
    Result<SecretInfo> set(const QString &owner, const QString &secret);
    // Adds this secret; the current ones keep signing until now + graceS.
    Result<SecretInfo> rotate(const QString &owner, const QString &secret, qint64 graceS);
    Status removeAll(const QString &owner);

    // The grace window of a rotation ("grace_s" in the API): a day unless given,
    // whole seconds from 0 to 30 days.
    static constexpr qint64 kDefaultGraceS = 86400;
    static constexpr qint64 kMaxGraceS = 30 * 86400;
    static constexpr const char *kGraceRule = "must be whole seconds from 0 to 2592000";
    // The seconds a JSON "grace_s" names, or nothing when it is not such a number.
    static std::optional<qint64> graceSeconds(const QJsonValue &value)
    {
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d < 0 || d > double(kMaxGraceS) || d != double(qint64(d)))
            return std::nullopt;
        return qint64(d);
    }

    static QString endpointOwner(const QString &name) { return QStringLiteral("endpoint:") + name; }
    // The credential an endpoint's outbound authentication uses.
    static QString endpointAuthOwner(const QString &name) { return QStringLiteral("endpoint-auth:") + name; }

private:
    QString keychainKey(const QString &owner, const QString &keyId) const;
    Result<SecretInfo> add(const QString &owner, const QString &secret, const QDateTime &now);

    SqlStore &m_store;
    SecretStore &m_secrets;
    QString m_instanceId;
};

} // namespace Switchboard
