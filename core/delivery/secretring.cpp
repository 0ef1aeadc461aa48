// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretring.h"

#include "signing/outboundsigner.h"
#include "util/ids.h"
#include "util/logging.h"

namespace Switchboard {

using namespace Qt::StringLiterals;

SecretRing::SecretRing(SqlStore &store, SecretStore &secrets, const QString &instanceId)
    : m_store(store)
    , m_secrets(secrets)
    , m_instanceId(instanceId)
{ }

QString SecretRing::keychainKey(const QString &owner, const QString &keyId) const
{
    return m_instanceId + u'/' + owner + u'/' + keyId;
}

Result<QList<SecretInfo>> SecretRing::list(const QString &owner)
{
    return m_store.secrets(owner);
}

Result<QStringList> SecretRing::active(const QString &owner, const QDateTime &now)
{
    auto infos = m_store.secrets(owner);
    if (!infos)
        return infos.error();
    QStringList values;
    for (const SecretInfo &info : *infos) {
        if (info.expiresAt.isValid() && info.expiresAt <= now) {
            if (m_secrets.remove(keychainKey(owner, info.keyId)))
                m_store.removeSecret(owner, info.keyId);
            continue;
        }
        auto value = m_secrets.read(keychainKey(owner, info.keyId));
        if (!value)
            return value.error();
        if (!value->has_value()) {
            qCWarning(lcSecrets) << "secret" << info.fingerprint << "of" << owner << "is missing from"
                                 << m_secrets.description();
            continue;
        }
        values.append(**value);
    }
    return values;
}

Result<SecretInfo> SecretRing::add(const QString &owner, const QString &secret, const QDateTime &now)
{
    SecretInfo info;
    info.owner = owner;
    info.keyId = newId(u"key_");
    info.fingerprint = secretFingerprint(secret);
    info.createdAt = now;
    // The value first: metadata without a value is reported, a value without
    // metadata would be an orphan nobody can see.
    if (auto st = m_secrets.write(keychainKey(owner, info.keyId), secret); !st)
        return st.error();
    if (auto st = m_store.addSecret(info); !st) {
        m_secrets.remove(keychainKey(owner, info.keyId));
        return st.error();
    }
    return info;
}

Result<SecretInfo> SecretRing::set(const QString &owner, const QString &secret)
{
    auto old = m_store.secrets(owner);
    if (!old)
        return old.error();
    auto info = add(owner, secret, QDateTime::currentDateTimeUtc());
    if (!info)
        return info;
    for (const SecretInfo &o : *old) {
        m_secrets.remove(keychainKey(owner, o.keyId));
        m_store.removeSecret(owner, o.keyId);
    }
    return info;
}

Result<SecretInfo> SecretRing::rotate(const QString &owner, const QString &secret, qint64 graceS)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto st = m_store.expireSecrets(owner, now.addSecs(graceS)); !st)
        return st.error();
    return add(owner, secret, now.addMSecs(1));
}

Status SecretRing::removeAll(const QString &owner)
{
    auto infos = m_store.secrets(owner);
    if (!infos)
        return infos.error();
    for (const SecretInfo &info : *infos) {
        if (auto st = m_secrets.remove(keychainKey(owner, info.keyId)); !st)
            return st;
        m_store.removeSecret(owner, info.keyId);
    }
    return Ok{};
}

} // namespace Switchboard
