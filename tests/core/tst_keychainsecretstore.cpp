// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs against the real OS keychain (the Secret Service). Without one it fails,
// saying how to start one; it never skips.
#include "secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <qt6keychain/keychain.h>

using namespace Switchboard;
using namespace Qt::StringLiterals;

namespace {

// Set in the child processes that the test starts with a broken environment.
constexpr char childVariable[] = "SWITCHBOARD_KEYCHAIN_TEST_CHILD";
constexpr char childTimeoutVariable[] = "SWITCHBOARD_KEYCHAIN_TEST_TIMEOUT_MS";

const QString howToStartOne
    = u"The keychain tests need a real Secret Service. Run them inside a private D-Bus "
      u"session with an unlocked gnome-keyring: scripts/with-keychain.sh "
      u"ctest --test-dir BUILD -L keychain (needs the dbus and gnome-keyring packages)."_s;

bool isChild()
{
    return qEnvironmentVariableIsSet(childVariable);
}

QString randomHex()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

} // namespace

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void writeReadOverwriteRemove();
    void readMissingIsNullopt();
    void removeMissingSucceeds();
    void values_data();
    void values();
    void keysAreNamespacedByService();
    void storesInTheSecretService();
    void worksFromAnyThread();
    void emptyKeyIsRefused();
    void descriptionNamesTheKeychain();

    void failureMessages_data();
    void failureMessages();
    void unreachableKeychainFailsClearly_data();
    void unreachableKeychainFailsClearly();

private:
    // A key that cleanupTestCase() removes again from the service.
    QString key(const QString &name, const QString &service = {});

    QString m_service;
    QList<QPair<QString, QString>> m_written; // (service, key)
};

void tst_KeychainSecretStore::initTestCase()
{
    // A service of its own per run, so runs never see each other's entries.
    m_service = u"switchboard-test-"_s + randomHex();
    if (isChild())
        return;

    KeychainSecretStore store(m_service);
    const QString probe = u"probe"_s;
    const Status written = store.write(probe, u"probe"_s);
    if (!written) {
        QFAIL(qPrintable(u"No OS keychain is reachable: "_s + written.error().message + u"\n"_s
                         + howToStartOne));
    }
    key(probe);
    const auto read = store.read(probe);
    if (!read || read.value() != std::optional<QString>(u"probe"_s)) {
        QFAIL(qPrintable(u"The OS keychain does not give back what was written: "_s
                         + (read ? u"another value"_s : read.error().message) + u"\n"_s + howToStartOne));
    }
    QVERIFY(store.remove(probe).ok());
}

void tst_KeychainSecretStore::cleanupTestCase()
{
    for (const auto &[service, name] : std::as_const(m_written)) {
        KeychainSecretStore store(service);
        const Status removed = store.remove(name);
        if (!removed)
            qWarning().noquote() << "could not remove test entry" << service << name
                                 << removed.error().message;
    }
}

QString tst_KeychainSecretStore::key(const QString &name, const QString &service)
{
    m_written.append({service.isEmpty() ? m_service : service, name});
    return name;
}

void tst_KeychainSecretStore::writeReadOverwriteRemove()
{
    KeychainSecretStore store(m_service);
    const QString k = key(u"endpoint/payments"_s);
    QVERIFY(store.write(k, u"whsec_first"_s).ok());
    QCOMPARE(store.read(k).value(), std::optional<QString>(u"whsec_first"_s));

    QVERIFY(store.write(k, u"whsec_second"_s).ok());
    QCOMPARE(store.read(k).value(), std::optional<QString>(u"whsec_second"_s));

    // A second instance sees the same entry: it lives in the keychain, not here.
    KeychainSecretStore other(m_service);
    QCOMPARE(other.read(k).value(), std::optional<QString>(u"whsec_second"_s));

    QVERIFY(store.remove(k).ok());
    const auto gone = store.read(k);
    QVERIFY(gone.ok());
    QVERIFY(!gone.value().has_value());
}

void tst_KeychainSecretStore::readMissingIsNullopt()
{
    KeychainSecretStore store(m_service);
    const auto read = store.read(u"never-written-"_s + randomHex());
    QVERIFY2(read.ok(), read ? "" : qPrintable(read.error().message));
    QVERIFY(!read.value().has_value());
}

void tst_KeychainSecretStore::removeMissingSucceeds()
{
    KeychainSecretStore store(m_service);
    const Status removed = store.remove(u"never-written-"_s + randomHex());
    QVERIFY2(removed.ok(), removed ? "" : qPrintable(removed.error().message));
}

void tst_KeychainSecretStore::values_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QString big;
    for (int i = 0; big.size() < 4096; ++i)
        big += QString::number(i % 10);
    QTest::addRow("ascii") << u"plain"_s << u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
    QTest::addRow("unicode value") << u"unicode"_s << u"pässwörd – 密码 – 🔑"_s;
    QTest::addRow("unicode key") << u"ключ/密钥"_s << u"v"_s;
    QTest::addRow("4 KiB") << u"big"_s << big;
    QTest::addRow("whitespace and quotes") << u"odd key: \"x\" / y"_s << u"  line one\nline two\t\"q\" "_s;
}

void tst_KeychainSecretStore::values()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    KeychainSecretStore store(m_service);
    const QString k = key(name);
    const Status written = store.write(k, value);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().message));
    const auto read = store.read(k);
    QVERIFY2(read.ok(), read ? "" : qPrintable(read.error().message));
    QVERIFY(read.value().has_value());
    QCOMPARE(read.value()->size(), value.size());
    QCOMPARE(*read.value(), value);
}

void tst_KeychainSecretStore::keysAreNamespacedByService()
{
    const QString otherService = m_service + u"-other"_s;
    KeychainSecretStore mine(m_service);
    KeychainSecretStore theirs(otherService);
    const QString k = key(u"shared-name"_s);
    key(k, otherService);

    QVERIFY(mine.write(k, u"mine"_s).ok());
    QCOMPARE(theirs.read(k).value(), std::optional<QString>());
    QVERIFY(theirs.write(k, u"theirs"_s).ok());
    QCOMPARE(mine.read(k).value(), std::optional<QString>(u"mine"_s));
    QCOMPARE(theirs.read(k).value(), std::optional<QString>(u"theirs"_s));

    QVERIFY(mine.remove(k).ok());
    QCOMPARE(mine.read(k).value(), std::optional<QString>());
    QCOMPARE(theirs.read(k).value(), std::optional<QString>(u"theirs"_s));
}

void tst_KeychainSecretStore::storesInTheSecretService()
{
    // Read back behind the store's back, with libsecret's own tool, to prove the
    // value is in the Secret Service and not in some fallback file.
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (secretTool.isEmpty())
        QFAIL("secret-tool is missing: install the libsecret-tools package.");
    KeychainSecretStore store(m_service);
    const QString k = key(u"looked-up"_s);
    QVERIFY(store.write(k, u"whsec_visible to secret-tool"_s).ok());

    // The attributes are QtKeychain's libsecret schema: user = key, server = service.
    const QStringList lookup{u"lookup"_s, u"user"_s, k, u"server"_s, m_service, u"type"_s, u"plaintext"_s};
    QProcess tool;
    tool.start(secretTool, lookup);
    QVERIFY(tool.waitForFinished(30000));
    QCOMPARE(tool.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()), u"whsec_visible to secret-tool"_s);

    QVERIFY(store.remove(k).ok());
    tool.start(secretTool, lookup);
    QVERIFY(tool.waitForFinished(30000));
    QVERIFY(tool.readAllStandardOutput().isEmpty());
}

void tst_KeychainSecretStore::worksFromAnyThread()
{
    // QtKeychain's job queue belongs to one thread; calls from threads that come
    // and go, and from this one in between, must all still be answered.
    KeychainSecretStore store(m_service);
    for (int round = 0; round < 2; ++round) {
        const QString k = key(u"thread-round-"_s + QString::number(round));
        bool ok = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            ok = store.write(k, u"from a thread"_s).ok()
                && store.read(k).value() == std::optional<QString>(u"from a thread"_s);
        }));
        thread->start();
        QVERIFY(thread->wait(60000));
        QVERIFY(ok);
        QCOMPARE(store.read(k).value(), std::optional<QString>(u"from a thread"_s));
    }

    constexpr int threads = 4;
    constexpr int perThread = 5;
    std::vector<std::unique_ptr<QThread>> workers;
    std::vector<int> failures(threads, 0);
    QStringList keys;
    for (int t = 0; t < threads; ++t) {
        for (int i = 0; i < perThread; ++i)
            keys.append(key(u"concurrent-%1-%2"_s.arg(t).arg(i)));
    }
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&, t] {
            // Each worker has a store of its own, as separate components would.
            KeychainSecretStore own(m_service);
            for (int i = 0; i < perThread; ++i) {
                const QString k = keys.at(t * perThread + i);
                const QString v = u"value %1 %2"_s.arg(t).arg(i);
                if (!own.write(k, v).ok() || own.read(k).value() != std::optional<QString>(v))
                    ++failures[t];
            }
        }));
        workers.back()->start();
    }
    for (auto &worker : workers)
        QVERIFY(worker->wait(120000));
    QCOMPARE(failures, std::vector<int>(threads, 0));
    QCOMPARE(store.read(keys.constLast()).value(),
             std::optional<QString>(u"value %1 %2"_s.arg(threads - 1).arg(perThread - 1)));
}

void tst_KeychainSecretStore::emptyKeyIsRefused()
{
    KeychainSecretStore store(m_service);
    const Status written = store.write(QString(), u"v"_s);
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::InvalidArgument);
}

void tst_KeychainSecretStore::descriptionNamesTheKeychain()
{
    QCOMPARE(KeychainSecretStore(m_service).description(), u"the OS keychain (Secret Service)"_s);
}

void tst_KeychainSecretStore::failureMessages_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("keychainMessage");
    QTest::addColumn<QString>("expected");
    // The texts are what QtKeychain 0.13 and libsecret said on this platform.
    QTest::addRow("no session bus") << int(QKeychain::OtherError)
                                    << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
                                    << u"there is no D-Bus session bus"_s;
    QTest::addRow("bus address points nowhere")
        << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_s
        << u"there is no D-Bus session bus"_s;
    QTest::addRow("no secret service")
        << int(QKeychain::OtherError)
        << u"The name org.freedesktop.secrets was not provided by any .service files"_s
        << u"no keychain service is running"_s;
    QTest::addRow("no backend") << int(QKeychain::NoBackendAvailable) << u"No keychain service available"_s
                                << u"no keychain service is running"_s;
    QTest::addRow("locked collection")
        << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_s
        << u"the keychain is locked"_s;
    QTest::addRow("no default keyring")
        << int(QKeychain::OtherError)
        << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s
        << u"the keychain is locked, or has no default keyring"_s;
    QTest::addRow("denied at the prompt") << int(QKeychain::AccessDeniedByUser) << u"User denied access"_s
                                          << u"refused at the keychain's prompt"_s;
    QTest::addRow("denied") << int(QKeychain::AccessDenied) << u"Access to keychain denied"_s
                            << u"the keychain denied access"_s;
    QTest::addRow("anything else") << int(QKeychain::OtherError) << u"Unknown error"_s
                                   << u"the keychain reported an error"_s;
}

void tst_KeychainSecretStore::failureMessages()
{
    QFETCH(int, code);
    QFETCH(QString, keychainMessage);
    QFETCH(QString, expected);
    const Error error = KeychainSecretStore::failure(code, keychainMessage);
    QCOMPARE(error.code, Error::Code::Unavailable);
    QVERIFY2(error.message.startsWith(u"Cannot use the OS keychain (Secret Service): "_s),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"--secrets-file"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(keychainMessage), qPrintable(error.message));
}

void tst_KeychainSecretStore::unreachableKeychainFailsClearly_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");
    QTest::addRow("no session bus") << u"unset"_s << u"there is no D-Bus session bus"_s;
    QTest::addRow("bus address points nowhere") << u"nowhere"_s << u"there is no D-Bus session bus"_s;
    QTest::addRow("bus without a secret service") << u"bare-bus"_s << u"no keychain service is running"_s;
    QTest::addRow("bus that never answers") << u"silent"_s << u"did not answer within 1 s"_s;
}

// The parent starts this test function again in a child process whose
// environment breaks the keychain in one way; the child checks that each call
// fails soon with a helpful message.
void tst_KeychainSecretStore::unreachableKeychainFailsClearly()
{
    QFETCH(QString, setup);
    QFETCH(QString, expected);

    if (isChild()) {
        const auto timeout = std::chrono::milliseconds(qEnvironmentVariableIntValue(childTimeoutVariable));
        KeychainSecretStore store(m_service, timeout);
        const auto check = [&](const char *what, const Error &error, qint64 elapsedMs) {
            qInfo().noquote() << what << "failed after" << elapsedMs << "ms with:" << error.message;
            QCOMPARE(error.code, Error::Code::Unavailable);
            QVERIFY2(error.message.contains(expected), qPrintable(error.message));
            QVERIFY2(error.message.contains(u"--secrets-file"_s), qPrintable(error.message));
            QVERIFY2(elapsedMs < timeout.count() + 5000, "the call waited well past its timeout");
        };
        QElapsedTimer timer;
        timer.start();
        const Status written = store.write(u"k"_s, u"whsec_never stored"_s);
        QVERIFY(!written);
        check("write", written.error(), timer.restart());
        QVERIFY2(!written.error().message.contains(u"never stored"_s), "the message holds the secret");
        const auto read = store.read(u"k"_s);
        QVERIFY(!read);
        check("read", read.error(), timer.restart());
        const Status removed = store.remove(u"k"_s);
        QVERIFY(!removed);
        check("remove", removed.error(), timer.restart());
        return;
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childVariable), u"1"_s);
    env.insert(QString::fromLatin1(childTimeoutVariable), setup == u"silent"_s ? u"1000"_s : u"15000"_s);
    // Nothing in the child may find the real bus another way: not through X11
    // autolaunch, nor through the runtime directory's default socket.
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, dir.path());

    QProcess bus;
    QLocalServer silentSocket;
    auto stopBus = qScopeGuard([&] {
        bus.kill();
        bus.waitForFinished(5000);
    });
    if (setup == u"unset"_s) {
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    } else if (setup == u"nowhere"_s) {
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + dir.filePath(u"no-such-bus"_s));
    } else if (setup == u"bare-bus"_s) {
        // A private bus that can activate nothing, so nothing can own
        // org.freedesktop.secrets on it.
        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        if (daemon.isEmpty())
            QFAIL("dbus-daemon is missing: install the dbus package.");
        QVERIFY(QDir(dir.path()).mkdir(u"services"_s));
        QFile config(dir.filePath(u"bus.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        // The policy is the stock session bus's (libsecret gets no answers without it).
        const QString busConfig
            = uR"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%1</listen>
  <servicedir>%2</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)"_s;
        config.write(busConfig.arg(dir.filePath(u"bus"_s), dir.filePath(u"services"_s)).toUtf8());
        config.close();
        bus.start(daemon, {u"--nofork"_s, u"--print-address"_s, u"--config-file="_s + config.fileName()});
        QVERIFY2(bus.waitForStarted(10000), qPrintable(bus.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(bus.canReadLine(), 10000);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromUtf8(bus.readLine().trimmed()));
    } else if (setup == u"silent"_s) {
        // A socket that takes connections and never says a word.
        QVERIFY(silentSocket.listen(dir.filePath(u"silent-bus"_s)));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + silentSocket.fullServerName());
    }

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    const QString function
        = u"unreachableKeychainFailsClearly:"_s + QString::fromUtf8(QTest::currentDataTag());
    child.start(QCoreApplication::applicationFilePath(), {function});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    const bool finished = child.waitForFinished(90000);
    const QString output = QString::fromUtf8(child.readAll());
    if (!finished) {
        child.kill();
        child.waitForFinished(5000);
        QFAIL(qPrintable(u"The keychain call hung instead of failing:\n"_s + output));
    }
    QVERIFY2(child.exitStatus() == QProcess::NormalExit, qPrintable(u"The child crashed:\n"_s + output));
    QVERIFY2(child.exitCode() == 0, qPrintable(u"The child's checks failed:\n"_s + output));
    // The child really ran the row, rather than passing by running nothing.
    QVERIFY2(output.contains(u"PASS   : tst_KeychainSecretStore::"_s + function.section(u':', 0, 0) + u"("_s
                             + QString::fromUtf8(QTest::currentDataTag()) + u")"_s),
             qPrintable(output));
    QVERIFY2(output.contains(expected), qPrintable(output));
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
