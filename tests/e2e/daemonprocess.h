// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the end-to-end tests: runs switchboardd as a user would (a child
// process on a data directory) and talks to its HTTP API. Header-only, used
// from the test's main thread.

#include "receiver/testreceiver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace E2e {

using namespace Qt::StringLiterals;

// The daemon built beside this test (ctest sets SWITCHBOARD_BINARY_DIR).
inline QString daemonPath()
{
    QString buildDir = qEnvironmentVariable("SWITCHBOARD_BINARY_DIR");
    if (buildDir.isEmpty()) // run by hand from build/tests/e2e
        buildDir = QCoreApplication::applicationDirPath() + u"/../.."_s;
    return QDir(buildDir).absoluteFilePath(u"app/switchboardd/switchboardd"_s);
}

// Creates an empty secrets file with the mode the daemon insists on.
inline bool makeSecretsFile(const QString &path,
                            QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.close();
    return file.setPermissions(mode);
}

// What a one-shot invocation (--version, a refused start, ...) left behind.
struct Run
{
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

// Runs switchboardd to completion (bounded). An empty token removes
// SWITCHBOARD_API_TOKEN from its environment.
inline Run runOnce(const QStringList &arguments, const QString &token = {}, int timeoutMs = 20000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (token.isEmpty())
        env.remove(u"SWITCHBOARD_API_TOKEN"_s);
    else
        env.insert(u"SWITCHBOARD_API_TOKEN"_s, token);
    p.setProcessEnvironment(env);
    p.start(daemonPath(), arguments);
    Run run;
    run.finished = p.waitForFinished(timeoutMs);
    if (!run.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    run.exitCode = p.exitCode();
    run.exitStatus = p.exitStatus();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

// A TestReceiver served in its own thread, so the test's thread may block on a
// process while deliveries are answered.
class ReceiverThread
{
public:
    ReceiverThread()
    {
        m_thread.setObjectName(u"receiver"_s);
        m_receiver = new Switchboard::TestReceiver;
        m_receiver->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_receiver, &QObject::deleteLater);
        m_thread.start();
        m_receiver->listen();
    }
    ~ReceiverThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(ReceiverThread)

    Switchboard::TestReceiver *operator->() const { return m_receiver; }
    Switchboard::TestReceiver *get() const { return m_receiver; }

private:
    QThread m_thread;
    Switchboard::TestReceiver *m_receiver = nullptr;
};

struct ApiReply
{
    int status = 0; // 0: no HTTP response (connection refused, timeout, ...)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One request, waited for in a local event loop (so the test's other objects
// keep running), bounded by timeoutMs.
inline ApiReply call(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                     const QString &token, const QByteArray &body = {}, int timeoutMs = 15000)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    ApiReply out;
    if (!reply->isFinished())
        reply->abort();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

// switchboardd on one data directory, restartable. Collects everything the
// process writes on stderr across its runs.
class Daemon
{
public:
    Daemon(const QString &dataDir, const QString &secretsFile, const QString &token = u"e2e-token"_s)
        : m_dataDir(dataDir)
        , m_secretsFile(secretsFile)
        , m_token(token)
    { }
    ~Daemon() { kill(); }
    Q_DISABLE_COPY_MOVE(Daemon)

    QString dataDir() const { return m_dataDir; }
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    QProcess &process() { return *m_process; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QByteArray standardError() const { return m_stderr; }
    QUrl base() const { return m_base; }
    QUrl url(const QString &path) const { return m_base.resolved(QUrl(path)); }

    // The flags every test passes; extra ones are appended.
    QStringList arguments(const QStringList &extra = {}) const
    {
        return QStringList{u"--data-dir"_s,  m_dataDir,           u"--listen"_s,
                           u"127.0.0.1:0"_s, u"--secrets-file"_s, m_secretsFile}
        + extra;
    }

    // Starts the process; ready() says when its API can be reached.
    void start(const QStringList &extra = {})
    {
        kill();
        QFile::remove(QDir(m_dataDir).absoluteFilePath(u"listen.addr"_s));
        m_base.clear();
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (m_token.isEmpty())
            env.remove(u"SWITCHBOARD_API_TOKEN"_s); // the daemon keeps its own token
        else
            env.insert(u"SWITCHBOARD_API_TOKEN"_s, m_token);
        m_process->setProcessEnvironment(env);
        QProcess *p = m_process.get();
        QObject::connect(p, &QProcess::readyReadStandardError, p,
                         [this, p]() { m_stderr += p->readAllStandardError(); });
        m_process->start(daemonPath(), arguments(extra));
    }

    // True once listen.addr names the address this run listens on.
    bool ready()
    {
        if (!m_base.isEmpty())
            return true;
        if (!m_process || m_process->state() != QProcess::Running)
            return false;
        QFile file(QDir(m_dataDir).absoluteFilePath(u"listen.addr"_s));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray addr = file.readAll().trimmed();
        if (addr.isEmpty())
            return false;
        m_base = QUrl(u"http://"_s + QString::fromLatin1(addr) + u'/');
        return true;
    }

    // Starts and waits (bounded, with the event loop running) for the API.
    bool startAndWait(const QStringList &extra = {}, int timeoutMs = 20000)
    {
        start(extra);
        QDeadlineTimer deadline(timeoutMs);
        while (!ready() && !deadline.hasExpired()) {
            if (m_process->state() == QProcess::NotRunning)
                return false;
            QTest::qWait(10);
        }
        return ready();
    }

    // SIGKILL: no chance to clean up, as in a crash or an OOM kill.
    void kill()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
        m_stderr += m_process->readAllStandardError();
        m_base.clear();
    }

private:
    QString m_dataDir;
    QString m_secretsFile;
    QString m_token;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stderr;
    QUrl m_base;
};

} // namespace E2e
