// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"
#include "store/sqlstore.h"

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
