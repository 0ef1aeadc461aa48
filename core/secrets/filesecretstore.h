// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <memory>

namespace Switchboard {

// Secrets in a JSON file, {"version": 1, "secrets": {key: value}}: the operator's
// explicit choice (--secrets-file) for servers without a keychain. The file must
// be readable and writable by its owner only (mode 0600), checked on open and on
// every read, since it holds the secrets in plain text.
//
// Every call reads the file again, so several stores and processes can share it;
// changes take a lock file beside it (FILE.lock) and replace the file atomically.
// A file that cannot be parsed is reported and never overwritten.
// Thread-safe; calls block on file I/O.
class FileSecretStore final : public SecretStore
{
public:
    // Opens path, creating it (mode 0600) if it does not exist. Refuses a file of
    // any other mode, and a file that is not a valid secrets file.
    static Result<std::unique_ptr<FileSecretStore>> open(const QString &path);

    ~FileSecretStore() override;
    Q_DISABLE_COPY_MOVE(FileSecretStore)

    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &value) override;
    Status remove(const QString &key) override;
    QString description() const override;

    QString path() const { return m_path; }

private:
    explicit FileSecretStore(const QString &path);

    Result<QJsonObject> load() const;
    Status save(const QJsonObject &secrets) const;
    // Loads, lets change edit the secrets, and saves if it returns true, all
    // under the lock file.
    template <typename Change>
    Status update(Change change);

    const QString m_path;
    mutable QMutex m_mutex;
};

} // namespace Switchboard
