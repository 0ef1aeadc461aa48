// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesecretstore.h"

#include "util/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLockFile>
#include <QMutexLocker>
#include <QSaveFile>

#include <sys/stat.h>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

constexpr int formatVersion = 1;
constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr int lockTimeoutMs = 10000;

QString modeText(mode_t mode)
{
    return QString::number(mode & 07777, 8).rightJustified(4, u'0');
}

// The exact permission bits of the open file (not of whatever the path names a
// moment later), which QFileDevice::Permissions only approximates.
Status checkMode(const QFile &file)
{
    const QString path = file.fileName();
    struct stat info
    { };
    if (::fstat(file.handle(), &info) != 0)
        return Error::unavailable(
            u"Cannot inspect the secrets file %1: %2"_s.arg(path, qt_error_string(errno)));
    if (!S_ISREG(info.st_mode))
        return Error::unavailable(u"The secrets file %1 is not a regular file."_s.arg(path));
    if ((info.st_mode & 07777) != 0600) {
        return Error::unavailable(
            u"The secrets file %1 has mode %2, but it holds secrets in plain text and must be "
            u"readable and writable by its owner only (mode 0600). Fix it with: chmod 600 %1"_s.arg(
                path, modeText(info.st_mode)));
    }
    return Ok{};
}

QByteArray serialize(const QJsonObject &secrets)
{
    const QJsonObject root{{u"version"_s, formatVersion}, {u"secrets"_s, secrets}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

FileSecretStore::FileSecretStore(const QString &path) : m_path(path) { }

FileSecretStore::~FileSecretStore() = default;

Result<std::unique_ptr<FileSecretStore>> FileSecretStore::open(const QString &path)
{
    if (path.isEmpty())
        return Error::unavailable(u"No secrets file was given."_s);
    const QFileInfo info(path);
    // Canonical, so that writes replace the file a symbolic link points to.
    const QString absolute = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();

    if (!info.exists()) {
        if (!QFileInfo(info.absolutePath()).isDir()) {
            return Error::unavailable(
                u"Cannot create the secrets file %1: the directory %2 does not exist."_s.arg(
                    absolute, info.absolutePath()));
        }
        QFile file(absolute);
        // NewOnly: never truncate a file someone created in the meantime. The mode
        // is set (again, past the umask) before anything is written.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)
            || !file.setPermissions(ownerOnly)) {
            return Error::unavailable(
                u"Cannot create the secrets file %1: %2"_s.arg(absolute, file.errorString()));
        }
        const QByteArray empty = serialize({});
        if (file.write(empty) != empty.size() || !file.flush()) {
            const QString why = file.errorString();
            file.remove();
            return Error::unavailable(u"Cannot write the secrets file %1: %2"_s.arg(absolute, why));
        }
        file.close();
        qCInfo(lcSecrets) << "created secrets file" << absolute;
    }

    std::unique_ptr<FileSecretStore> store(new FileSecretStore(absolute));
    // Reads the file once so a wrong mode or a damaged file stops the start, not
    // the first delivery.
    const Result<QJsonObject> secrets = store->load();
    if (!secrets)
        return secrets.error();
    return store;
}

Result<QJsonObject> FileSecretStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::unavailable(u"Cannot read the secrets file %1: %2"_s.arg(m_path, file.errorString()));
    if (const Status mode = checkMode(file); !mode)
        return mode.error();
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return QJsonObject(); // an empty file the operator created for us

    const QString damaged
        = u"The secrets file %1 is damaged: %2. Switchboard will not overwrite it; restore it "
          u"from a backup or fix it by hand."_s;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::unavailable(damaged.arg(
            m_path,
            u"it is not valid JSON (%1 at byte %2)"_s.arg(parseError.errorString()).arg(parseError.offset)));
    }
    if (!document.isObject())
        return Error::unavailable(damaged.arg(m_path, u"it is not a JSON object"_s));
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != formatVersion) {
        return Error::unavailable(damaged.arg(
            m_path,
            u"its \"version\" is not %1 (a newer Switchboard may have written it)"_s.arg(formatVersion)));
    }
    const QJsonValue secrets = root.value(u"secrets"_s);
    if (!secrets.isObject())
        return Error::unavailable(damaged.arg(m_path, u"its \"secrets\" is not a JSON object"_s));
    const QJsonObject object = secrets.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isString()) {
            return Error::unavailable(
                damaged.arg(m_path, u"the value of the secret \"%1\" is not a string"_s.arg(it.key())));
        }
    }
    return object;
}

Status FileSecretStore::save(const QJsonObject &secrets) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::unavailable(u"Cannot write the secrets file %1: %2"_s.arg(m_path, file.errorString()));
    // QSaveFile gives the new file the old one's mode; make sure of it before
    // anything is written to the temporary file.
    if (!file.setPermissions(ownerOnly)) {
        file.cancelWriting();
        return Error::unavailable(
            u"Cannot set mode 0600 on the new secrets file %1: %2"_s.arg(m_path, file.errorString()));
    }
    const QByteArray bytes = serialize(secrets);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::unavailable(u"Cannot write the secrets file %1: %2"_s.arg(m_path, file.errorString()));
    return Ok{};
}

template <typename Change>
Status FileSecretStore::update(Change change)
{
    QMutexLocker lock(&m_mutex);
    // Other stores on this file, in this process or another, change it too: the
    // lock file makes each load-change-save a unit, so no change is lost.
    QLockFile fileLock(m_path + u".lock"_s);
    if (!fileLock.tryLock(lockTimeoutMs)) {
        const QString why = fileLock.error() == QLockFile::LockFailedError
            ? u"another process has held its lock file %1 for more than %2 s"_s.arg(fileLock.fileName())
                  .arg(lockTimeoutMs / 1000)
            : u"its lock file %1 cannot be created (may Switchboard write to that directory?)"_s.arg(
                fileLock.fileName());
        return Error::unavailable(u"Cannot change the secrets file %1: %2."_s.arg(m_path, why));
    }
    Result<QJsonObject> secrets = load();
    if (!secrets)
        return secrets.error();
    if (!change(secrets.value()))
        return Ok{};
    return save(secrets.value());
}

Result<std::optional<QString>> FileSecretStore::read(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    // No lock file needed: the file is replaced atomically, so a read sees either
    // the old or the new content.
    const Result<QJsonObject> secrets = load();
    if (!secrets)
        return secrets.error();
    const auto it = secrets->constFind(key);
    if (it == secrets->constEnd())
        return std::optional<QString>();
    return std::optional<QString>(it->toString());
}

Status FileSecretStore::write(const QString &key, const QString &value)
{
    if (key.isEmpty())
        return Error::invalid(u"A secret needs a non-empty key."_s);
    return update([&](QJsonObject &secrets) {
        if (secrets.value(key) == QJsonValue(value))
            return false;
        secrets.insert(key, value);
        return true;
    });
}

Status FileSecretStore::remove(const QString &key)
{
    return update([&](QJsonObject &secrets) {
        if (!secrets.contains(key))
            return false;
        secrets.remove(key);
        return true;
    });
}

QString FileSecretStore::description() const
{
    return u"the secrets file "_s + m_path;
}

} // namespace Switchboard
