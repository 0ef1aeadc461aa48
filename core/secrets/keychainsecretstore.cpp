// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

constexpr auto secretsFileAdvice
    = "On a server without a keychain, start Switchboard with --secrets-file FILE "
      "(a file of mode 0600) instead."_L1;

// Shared by the waiting caller and the job, which may finish after the caller
// gave up waiting.
struct JobState
{
    QSemaphore done;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString data;
};

// The one thread all QtKeychain jobs of the process run on. QtKeychain binds its
// process-wide job queue to the thread of the first job and only learns that a job
// finished through that thread's event loop: with jobs started from threads that
// come and go, the queue waits forever. Started on first use, stopped with the
// QCoreApplication and never restarted, since QtKeychain's queue stays bound to it.
struct KeychainThread
{
    QMutex mutex;
    QThread *thread = nullptr;
    QObject *context = nullptr; // lives in thread; jobs are started through it
    bool stopped = false;

    static KeychainThread &instance()
    {
        static KeychainThread keychainThread;
        return keychainThread;
    }

    static void stop()
    {
        KeychainThread &self = instance();
        QMutexLocker lock(&self.mutex);
        if (!self.thread)
            return;
        self.thread->quit();
        self.thread->wait();
        delete self.context;
        delete self.thread;
        self.context = nullptr;
        self.thread = nullptr;
        self.stopped = true;
    }

    Result<QObject *> start()
    {
        QMutexLocker lock(&mutex);
        if (context)
            return context;
        if (stopped || !QCoreApplication::instance()) {
            return Error::unavailable(u"The OS keychain cannot be used now: the application is not running "
                                      u"(no QCoreApplication)."_s);
        }
        thread = new QThread;
        thread->setObjectName(u"keychain"_s);
        context = new QObject;
        context->moveToThread(thread);
        thread->start();
        qAddPostRoutine(&KeychainThread::stop);
        return context;
    }
};

bool mentions(const QString &text, QLatin1StringView what)
{
    return text.contains(what, Qt::CaseInsensitive);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, std::chrono::milliseconds timeout)
    : m_service(service)
    , m_timeout(timeout)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

Result<std::optional<QString>> KeychainSecretStore::read(const QString &key)
{
    return run(Operation::Read, key);
}

Status KeychainSecretStore::write(const QString &key, const QString &value)
{
    const auto result = run(Operation::Write, key, value);
    if (!result)
        return result.error();
    return Ok{};
}

Status KeychainSecretStore::remove(const QString &key)
{
    const auto result = run(Operation::Remove, key);
    if (!result)
        return result.error();
    return Ok{};
}

QString KeychainSecretStore::description() const
{
    return u"the OS keychain (Secret Service)"_s;
}

Result<std::optional<QString>> KeychainSecretStore::run(Operation operation, const QString &key,
                                                        const QString &value)
{
    if (key.isEmpty())
        return Error::invalid(u"A secret needs a non-empty key."_s);

    QMutexLocker lock(&m_mutex);
    const Result<QObject *> context = KeychainThread::instance().start();
    if (!context)
        return context.error();

    auto state = std::make_shared<JobState>();
    QMetaObject::invokeMethod(
        *context,
        [state, operation, service = m_service, key, value] {
            QKeychain::Job *job = nullptr;
            switch (operation) {
            case Operation::Read:
                job = new QKeychain::ReadPasswordJob(service);
                break;
            case Operation::Write: {
                auto *writeJob = new QKeychain::WritePasswordJob(service);
                writeJob->setTextData(value);
                job = writeJob;
                break;
            }
            case Operation::Remove:
                job = new QKeychain::DeletePasswordJob(service);
                break;
            }
            job->setKey(key);
            job->setInsecureFallback(false);
            // Deleted by the handler below once the result is copied out, whether or
            // not the caller still waits for it.
            job->setAutoDelete(false);
            QObject::connect(job, &QKeychain::Job::finished, job, [state](QKeychain::Job *finished) {
                state->error = finished->error();
                state->errorString = finished->errorString();
                if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    state->data = readJob->textData();
                finished->deleteLater();
                state->done.release();
            });
            job->start();
        },
        Qt::QueuedConnection);

    if (!state->done.tryAcquire(1, int(m_timeout.count()))) {
        qCWarning(lcSecrets) << "keychain did not answer within" << m_timeout.count() << "ms for key" << key;
        QString cause
            = u"it may be waiting for an unlock prompt that nobody can see. Unlock the keychain and try "
              u"again."_s;
        // Qt's own check: any value but empty turns GLib's event loop off, and
        // libsecret's answers only ever arrive through it.
        if (!qEnvironmentVariableIsEmpty("QT_NO_GLIB")) {
            cause = u"QT_NO_GLIB is set, and without GLib's event loop the Secret Service's answers never "
                    u"arrive. Unset QT_NO_GLIB."_s;
        }
        return Error::unavailable(u"The OS keychain (Secret Service) did not answer within %1 s; "_s.arg(
                                      double(m_timeout.count()) / 1000.0)
                                  + cause + u" "_s + secretsFileAdvice);
    }

    switch (state->error) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            return std::optional<QString>(state->data);
        return std::optional<QString>();
    case QKeychain::EntryNotFound:
        if (operation != Operation::Write)
            return std::optional<QString>();
        break;
    default:
        break;
    }
    static constexpr const char *names[] = {"read", "write", "remove"};
    qCWarning(lcSecrets) << "keychain" << names[int(operation)] << "of key" << key
                         << "failed with QtKeychain error" << int(state->error) << state->errorString;
    return failure(state->error, state->errorString);
}

Error KeychainSecretStore::failure(int keychainError, const QString &keychainMessage)
{
    QString problem;
    QString fix;
    const QString &m = keychainMessage;
    if (mentions(m, "autolaunch"_L1) || mentions(m, "Could not connect"_L1)
        || mentions(m, "D-Bus is not running"_L1) || mentions(m, "DBUS_SESSION_BUS_ADDRESS"_L1)
        || mentions(m, "message bus"_L1)) {
        problem = u"there is no D-Bus session bus to reach it through (DBUS_SESSION_BUS_ADDRESS is unset or "
                  u"points to no running bus)"_s;
        fix = u"Run Switchboard inside a desktop session, or start a session bus and an unlocked keyring "
              u"(for example dbus-run-session with gnome-keyring-daemon --unlock)."_s;
    } else if (keychainError == QKeychain::NoBackendAvailable || mentions(m, "org.freedesktop.secrets"_L1)
               || mentions(m, "ServiceUnknown"_L1)) {
        problem = u"no keychain service is running on the session bus (nothing provides "
                  u"org.freedesktop.secrets)"_s;
        fix = u"Install and start a Secret Service provider such as gnome-keyring or KeePassXC."_s;
    } else if (keychainError == QKeychain::AccessDeniedByUser) {
        problem = u"access was refused at the keychain's prompt"_s;
        fix = u"Allow Switchboard access when the keychain asks."_s;
    } else if (mentions(m, "locked"_L1)
               || (mentions(m, "does not exist"_L1) && mentions(m, "/collection/"_L1))) {
        problem = u"the keychain is locked, or has no default keyring to keep secrets in"_s;
        fix = u"Unlock the keychain (log in to the desktop session, or for gnome-keyring run "
              u"gnome-keyring-daemon --unlock with the password on its standard input)."_s;
    } else if (keychainError == QKeychain::AccessDenied) {
        problem = u"the keychain denied access"_s;
        fix = u"Check that the keychain is unlocked and lets Switchboard use it."_s;
    } else {
        problem = u"the keychain reported an error"_s;
        fix = u"Check that the keychain is running and unlocked."_s;
    }
    return Error::unavailable(u"Cannot use the OS keychain (Secret Service): "_s + problem + u". "_s + fix
                              + u" "_s + secretsFileAdvice + u" (Keychain error: "_s + keychainMessage
                              + u")"_s);
}

} // namespace Switchboard
