// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemonprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace E2e;

// switchboardd as a user meets it: its command line, its data directory lock,
// its refusals, its logs and its shutdown, driven as a child process.
class tst_Daemon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void versionAndHelp();
    void listenWritesAddressAndServesHealthz();
    void secondDaemonOnTheSameDataDirIsRefused();
    void staleLockOfAKilledDaemonIsTakenOver();
    void secretsFileWithWideModeIsRefused();
    void configEndpointsAreListed();
    void configWithUnknownFieldIsRefused();
    void listenNonsenseExitsWithUsageError();
    void sigtermWhileDeliveryHangsLosesNothing();
    void logLinesAreJson();
    void printToken();

private:
    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    QString secretsFile() const { return m_dir->filePath(u"secrets.json"_s); }
    static QString excerpt(const QByteArray &bytes) { return QString::fromUtf8(bytes.right(2000)); }
    static void verifyJsonLog(const QByteArray &stderrBytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_nam;
};

void tst_Daemon::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(makeSecretsFile(secretsFile()));
    QVERIFY2(QFile::exists(daemonPath()), qPrintable(daemonPath()));
}

// Every line the daemon writes on stderr in a normal run is one JSON object
// with a time, a level, a category and a message.
void tst_Daemon::verifyJsonLog(const QByteArray &stderrBytes)
{
    const QList<QByteArray> lines = stderrBytes.split('\n');
    int parsed = 0;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(),
                 qPrintable(u"not a JSON object: "_s + QString::fromUtf8(line)));
        const QJsonObject o = doc.object();
        for (const auto &key : {u"ts"_s, u"level"_s, u"category"_s, u"msg"_s})
            QVERIFY2(o.value(key).isString(), qPrintable(key + u" missing in "_s + QString::fromUtf8(line)));
        QVERIFY(QDateTime::fromString(o.value(u"ts"_s).toString(), Qt::ISODateWithMs).isValid());
        ++parsed;
    }
    QVERIFY2(parsed > 0, "the daemon logged nothing");
}

void tst_Daemon::versionAndHelp()
{
    const Run version = runOnce({u"--version"_s});
    QVERIFY(version.finished);
    QCOMPARE(version.exitStatus, QProcess::NormalExit);
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(SWITCHBOARD_VERSION), version.out.constData());

    const Run help = runOnce({u"--help"_s});
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    for (const char *flag : {"--data-dir", "--database", "--listen", "--config", "--worker-id",
                             "--secrets-file", "--print-token", "--version"})
        QVERIFY2(help.out.contains(flag), flag);
}

void tst_Daemon::listenWritesAddressAndServesHealthz()
{
    Daemon daemon(dataDir(), secretsFile());
    QVERIFY2(daemon.startAndWait(), qPrintable(excerpt(daemon.standardError())));

    // listen.addr holds host:port of this run; the port is a real, chosen one.
    QCOMPARE(daemon.base().host(), u"127.0.0.1"_s);
    QVERIFY(daemon.base().port() > 0);

    const ApiReply health = call(m_nam, "GET", daemon.url(u"healthz"_s), {});
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(health.json().value(u"queue_depth"_s).toInt(-1), 0);

    QCOMPARE(call(m_nam, "GET", daemon.url(u"v1/endpoints"_s), {}).status, 401);
    QCOMPARE(call(m_nam, "GET", daemon.url(u"v1/endpoints"_s), u"wrong"_s).status, 401);
    QCOMPARE(call(m_nam, "GET", daemon.url(u"v1/endpoints"_s), daemon.token()).status, 200);

    ::kill(pid_t(daemon.pid()), SIGTERM);
    QVERIFY(daemon.process().waitForFinished(15000));
    QCOMPARE(daemon.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.process().exitCode(), 0);
}

void tst_Daemon::secondDaemonOnTheSameDataDirIsRefused()
{
    Daemon first(dataDir(), secretsFile());
    QVERIFY2(first.startAndWait(), qPrintable(excerpt(first.standardError())));

    const Run second = runOnce(first.arguments(), first.token());
    QVERIFY(second.finished);
    QCOMPARE(second.exitStatus, QProcess::NormalExit);
    QVERIFY(second.exitCode != 0);
    // The error names the holder, so the operator knows what to stop.
    const QByteArray holder = "pid " + QByteArray::number(first.pid());
    QVERIFY2(second.err.contains(holder), second.err.constData());
    QVERIFY2(second.err.contains(QDir(dataDir()).absolutePath().toUtf8()), second.err.constData());

    // The first one is untouched.
    QCOMPARE(call(m_nam, "GET", first.url(u"healthz"_s), {}).status, 200);
}

void tst_Daemon::staleLockOfAKilledDaemonIsTakenOver()
{
    Daemon daemon(dataDir(), secretsFile());
    QVERIFY2(daemon.startAndWait(), qPrintable(excerpt(daemon.standardError())));
    const qint64 firstPid = daemon.pid();
    const ApiReply put = call(m_nam, "PUT", daemon.url(u"v1/endpoints/kept"_s), daemon.token(),
                              R"({"url": "http://127.0.0.1:9/", "signing": {"scheme": "none"}})");
    QCOMPARE(put.status, 201);

    daemon.kill(); // SIGKILL: the lock file stays behind
    QVERIFY(QFile::exists(QDir(dataDir()).absoluteFilePath(u"switchboard.lock"_s)));

    QVERIFY2(daemon.startAndWait(), qPrintable(excerpt(daemon.standardError())));
    QVERIFY(daemon.pid() != firstPid);
    QCOMPARE(call(m_nam, "GET", daemon.url(u"healthz"_s), {}).status, 200);
    QCOMPARE(call(m_nam, "GET", daemon.url(u"v1/endpoints/kept"_s), daemon.token()).status, 200);
}

void tst_Daemon::secretsFileWithWideModeIsRefused()
{
    const QString wide = m_dir->filePath(u"wide.json"_s);
    QVERIFY(makeSecretsFile(wide,
                            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                | QFileDevice::ReadOther));
    const Run run
        = runOnce({u"--data-dir"_s, dataDir(), u"--listen"_s, u"127.0.0.1:0"_s, u"--secrets-file"_s, wide},
                  u"e2e-token"_s);
    QVERIFY(run.finished);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("0600"), run.err.constData());
    QVERIFY2(run.err.contains(wide.toUtf8()), run.err.constData());
    QVERIFY(!QFile::exists(QDir(dataDir()).absoluteFilePath(u"listen.addr"_s)));
}

void tst_Daemon::configEndpointsAreListed()
{
    // A fresh data directory: the config is applied before anything else ran there.
    const QString config = m_dir->filePath(u"config.json"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"endpoints": [
        {"name": "crm", "url": "http://127.0.0.1:9/crm", "event_types": ["call.*"], "signing": {"scheme": "none"}},
        {"name": "billing", "url": "http://127.0.0.1:9/billing", "max_in_flight": 2, "signing": {"scheme": "none"}}
    ]})");
    file.close();

    Daemon daemon(dataDir(), secretsFile());
    QVERIFY2(daemon.startAndWait({u"--config"_s, config}), qPrintable(excerpt(daemon.standardError())));
    const ApiReply list = call(m_nam, "GET", daemon.url(u"v1/endpoints"_s), daemon.token());
    QCOMPARE(list.status, 200);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : list.json().value(u"endpoints"_s).toArray())
        byName.insert(v.toObject().value(u"name"_s).toString(), v.toObject());
    QCOMPARE(byName.size(), 2);
    QCOMPARE(byName.value(u"crm"_s).value(u"url"_s).toString(), u"http://127.0.0.1:9/crm"_s);
    QCOMPARE(byName.value(u"crm"_s).value(u"event_types"_s).toArray(), QJsonArray{u"call.*"_s});
    QCOMPARE(byName.value(u"billing"_s).value(u"max_in_flight"_s).toInt(), 2);

    // Applied again on a restart: still two, not four.
    daemon.kill();
    QVERIFY2(daemon.startAndWait({u"--config"_s, config}), qPrintable(excerpt(daemon.standardError())));
    const ApiReply again = call(m_nam, "GET", daemon.url(u"v1/endpoints"_s), daemon.token());
    QCOMPARE(again.json().value(u"endpoints"_s).toArray().size(), 2);
}

void tst_Daemon::configWithUnknownFieldIsRefused()
{
    const QString config = m_dir->filePath(u"config.json"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"endpoints": [{"name": "crm", "url": "http://127.0.0.1:9/", "retry_forever": true}]})");
    file.close();

    const Run run = runOnce({u"--data-dir"_s, dataDir(), u"--listen"_s, u"127.0.0.1:0"_s, u"--secrets-file"_s,
                             secretsFile(), u"--config"_s, config},
                            u"e2e-token"_s);
    QVERIFY(run.finished);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("retry_forever"), run.err.constData());
    QVERIFY2(run.err.contains("unknown field"), run.err.constData());
    QVERIFY2(run.err.contains(config.toUtf8()), run.err.constData());
    QVERIFY(!QFile::exists(QDir(dataDir()).absoluteFilePath(u"listen.addr"_s)));
}

void tst_Daemon::listenNonsenseExitsWithUsageError()
{
    const Run run = runOnce(
        {u"--data-dir"_s, dataDir(), u"--listen"_s, u"nonsense"_s, u"--secrets-file"_s, secretsFile()},
        u"e2e-token"_s);
    QVERIFY(run.finished);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--listen"), run.err.constData());
    QVERIFY2(run.err.contains("HOST:PORT"), run.err.constData());
    QVERIFY2(run.err.contains("nonsense"), run.err.constData());
}

void tst_Daemon::sigtermWhileDeliveryHangsLosesNothing()
{
    ReceiverThread receiver;
    QVERIFY(receiver->port() > 0);
    // The first request hangs; the one after the restart is answered.
    receiver->script(u"/hook"_s, {Switchboard::ReceiverBehaviour::hanging()});

    constexpr int graceMs = 1000;
    Daemon daemon(dataDir(), secretsFile());
    const QStringList flags{u"--grace-ms"_s, QString::number(graceMs)};
    QVERIFY2(daemon.startAndWait(flags), qPrintable(excerpt(daemon.standardError())));
    const QByteArray endpoint = QJsonDocument(QJsonObject{{u"url"_s, receiver->url(u"/hook"_s).toString()},
                                                          {u"timeout_ms"_s, 60000}})
                                    .toJson(QJsonDocument::Compact);
    const ApiReply put = call(m_nam, "PUT", daemon.url(u"v1/endpoints/hook"_s), daemon.token(), endpoint);
    QCOMPARE(put.status, 201);
    QVERIFY(put.json().value(u"secret"_s).toString().startsWith(u"whsec_"_s));

    const ApiReply posted = call(m_nam, "POST", daemon.url(u"v1/messages"_s), daemon.token(),
                                 R"({"event_type": "call.completed", "payload": {"call": 4827}})");
    QCOMPARE(posted.status, 202);
    const QString messageId = posted.json().value(u"id"_s).toString();
    QVERIFY(messageId.startsWith(u"msg_"_s));
    QTRY_COMPARE_WITH_TIMEOUT(receiver->count(u"/hook"_s), 1, 15000);
    QCOMPARE(receiver->openCount(), 1); // hanging

    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(daemon.pid()), SIGTERM);
    QVERIFY(daemon.process().waitForFinished(graceMs + 15000));
    const qint64 stoppedAfter = clock.elapsed();
    QCOMPARE(daemon.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.process().exitCode(), 0);
    qInfo("SIGTERM with one attempt hanging: exited 0 after %lld ms (grace %d ms)", stoppedAfter, graceMs);
    // It waited for the attempt before giving it back (a lower bound, safe on a slow machine).
    QVERIFY2(stoppedAfter >= graceMs - 100, qPrintable(QString::number(stoppedAfter)));
    daemon.kill();
    verifyJsonLog(daemon.standardError());

    // On restart the released delivery is sent again and delivered.
    QVERIFY2(daemon.startAndWait(flags), qPrintable(excerpt(daemon.standardError())));
    QTRY_COMPARE_WITH_TIMEOUT(receiver->count(u"/hook"_s), 2, 20000);
    const QList<Switchboard::ReceivedRequest> seen = receiver->requests(u"/hook"_s);
    QCOMPARE(seen.at(0).header("webhook-id"), messageId.toUtf8());
    QCOMPARE(seen.at(1).header("webhook-id"), messageId.toUtf8());
    QCOMPARE(seen.at(1).body, seen.at(0).body);

    QJsonObject delivery;
    QTRY_VERIFY_WITH_TIMEOUT(
        (delivery = call(m_nam, "GET", daemon.url(u"v1/messages/"_s + messageId), daemon.token())
                        .json()
                        .value(u"deliveries"_s)
                        .toArray()
                        .at(0)
                        .toObject(),
         delivery.value(u"status"_s).toString() == u"delivered"),
        15000);
    // The cancelled attempt was not an attempt: the delivery took one.
    QCOMPARE(delivery.value(u"attempts"_s).toArray().size(), 1);
    QCOMPARE(delivery.value(u"attempts"_s).toArray().at(0).toObject().value(u"status_code"_s).toInt(), 200);
}

void tst_Daemon::logLinesAreJson()
{
    ReceiverThread receiver;
    Daemon daemon(dataDir(), secretsFile());
    QVERIFY2(daemon.startAndWait(), qPrintable(excerpt(daemon.standardError())));
    const QByteArray endpoint
        = QJsonDocument(QJsonObject{{u"url"_s, receiver->url(u"/log"_s).toString()},
                                    {u"signing"_s, QJsonObject{{u"scheme"_s, u"none"_s}}}})
              .toJson(QJsonDocument::Compact);
    QCOMPARE(call(m_nam, "PUT", daemon.url(u"v1/endpoints/log"_s), daemon.token(), endpoint).status, 201);
    // A dead delivery logs a warning: a multi-line-prone path worth parsing.
    receiver->setBehaviour(u"/log"_s, Switchboard::ReceiverBehaviour::withStatus(410, "gone\nfor good"));
    const QByteArray message
        = R"({"event_type": "call.completed", "payload": {"text": "line one\nline \"two\""}})";
    QCOMPARE(call(m_nam, "POST", daemon.url(u"v1/messages"_s), daemon.token(), message).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(receiver->count(u"/log"_s), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        call(m_nam, "GET", daemon.url(u"healthz"_s), {}).json().value(u"dlq_depth"_s).toInt(), 1, 15000);
    ::kill(pid_t(daemon.pid()), SIGTERM);
    QVERIFY(daemon.process().waitForFinished(15000));
    QCOMPARE(daemon.process().exitCode(), 0);
    daemon.kill();

    const QByteArray log = daemon.standardError();
    verifyJsonLog(log);
    QVERIFY2(log.contains("API listening on http://127.0.0.1:"), log.constData());
    QVERIFY2(log.contains("\"level\":\"warning\""), log.constData()); // the dead delivery
    QVERIFY2(!log.contains("e2e-token"), "the API token must never be logged");
}

void tst_Daemon::printToken()
{
    // With SWITCHBOARD_API_TOKEN set, that is the token.
    const QStringList args{u"--data-dir"_s, dataDir(), u"--secrets-file"_s, secretsFile(),
                           u"--print-token"_s};
    const Run fromEnv = runOnce(args, u"token-from-the-environment"_s);
    QVERIFY(fromEnv.finished);
    QCOMPARE(fromEnv.exitCode, 0);
    QCOMPARE(fromEnv.out.trimmed(), QByteArray("token-from-the-environment"));

    // Without it, a token is made on first use and kept in the secret store.
    const Run made = runOnce(args);
    QVERIFY(made.finished);
    QCOMPARE(made.exitCode, 0);
    const QByteArray token = made.out.trimmed();
    QVERIFY2(token.size() >= 32 && !token.contains(' '), token.constData());
    QVERIFY(QFile(secretsFile()).size() > 0);
    QCOMPARE(runOnce(args).out.trimmed(), token);

    // The daemon serves that token, and --print-token still works while it holds the data dir.
    Daemon daemon(dataDir(), secretsFile(), QString());
    QVERIFY2(daemon.startAndWait(), qPrintable(excerpt(daemon.standardError())));
    QCOMPARE(call(m_nam, "GET", daemon.url(u"v1/endpoints"_s), QString::fromUtf8(token)).status, 200);
    QCOMPARE(call(m_nam, "GET", daemon.url(u"v1/endpoints"_s), u"token-from-the-environment"_s).status, 401);
    const Run whileRunning = runOnce(args);
    QCOMPARE(whileRunning.exitCode, 0);
    QCOMPARE(whileRunning.out.trimmed(), token);
    QVERIFY2(!daemon.standardError().contains(token), "the API token must never be logged");
}

QTEST_GUILESS_MAIN(tst_Daemon)
#include "tst_daemon.moc"
