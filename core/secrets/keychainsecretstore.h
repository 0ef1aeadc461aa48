// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QMutex>
#include <QString>

#include <chrono>

namespace Switchboard {

// Secrets in the OS keychain (the Secret Service on Linux, through QtKeychain),
// each entry named by (service, key), so two services never see each other's
// keys. Never falls back to a plaintext store.
//
// Thread-safe; calls block the calling thread. QtKeychain keeps one job queue per
// process that is bound to the thread that first used it, and its jobs need that
// thread's (GLib) event loop; so every job runs on one process-wide keychain
// thread and callers wait for it with a timeout, from any thread, whether or not
// that thread runs an event loop. A QCoreApplication must exist.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr std::chrono::milliseconds defaultTimeout{15000};

    explicit KeychainSecretStore(const QString &service = QStringLiteral("switchboard"),
                                 std::chrono::milliseconds timeout = defaultTimeout);
    ~KeychainSecretStore() override;
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &value) override;
    Status remove(const QString &key) override;
    QString description() const override;

    QString service() const { return m_service; }

    // The user-facing error for a failed keychain job: keychainError is a
    // QKeychain::Error value, keychainMessage QtKeychain's own text (which never
    // holds the secret). Public so the mapping can be tested without breaking a
    // keychain in each way.
    static Error failure(int keychainError, const QString &keychainMessage);

private:
    enum class Operation { Read, Write, Remove };
    // The value read (Read) or std::nullopt; "no such entry" is not an error.
    Result<std::optional<QString>> run(Operation operation, const QString &key, const QString &value = {});

    const QString m_service;
    const std::chrono::milliseconds m_timeout;
    QMutex m_mutex;
};

} // namespace Switchboard
