// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QString>

namespace Switchboard {

// A SecretStore in memory, for the unit tests of components that use secrets.
// Never for production: secrets would be lost at exit, and no real backend fails
// the way failWith() makes this one fail. Thread-safe.
class MemorySecretStore final : public SecretStore
{
public:
    Result<std::optional<QString>> read(const QString &key) override
    {
        QMutexLocker lock(&m_mutex);
        if (m_failure)
            return *m_failure;
        const auto it = m_secrets.constFind(key);
        if (it == m_secrets.constEnd())
            return std::optional<QString>();
        return std::optional<QString>(*it);
    }

    Status write(const QString &key, const QString &value) override
    {
        QMutexLocker lock(&m_mutex);
        if (m_failure)
            return *m_failure;
        if (key.isEmpty())
            return Error::invalid(QStringLiteral("A secret needs a non-empty key."));
        m_secrets.insert(key, value);
        return Ok{};
    }

    Status remove(const QString &key) override
    {
        QMutexLocker lock(&m_mutex);
        if (m_failure)
            return *m_failure;
        m_secrets.remove(key);
        return Ok{};
    }

    QString description() const override { return QStringLiteral("the in-memory test secret store"); }

    // Until cleared with std::nullopt, every call fails with error, as an
    // unreachable keychain would (Error::unavailable(...)).
    void failWith(std::optional<Error> error)
    {
        QMutexLocker lock(&m_mutex);
        m_failure = std::move(error);
    }

    // What is stored, for assertions.
    QHash<QString, QString> secrets() const
    {
        QMutexLocker lock(&m_mutex);
        return m_secrets;
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
    std::optional<Error> m_failure;
};

} // namespace Switchboard
