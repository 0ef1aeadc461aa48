// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/filesecretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace Switchboard;
using namespace Qt::StringLiterals;

namespace {

struct FileFacts
{
    mode_t mode = 0;
    ino_t inode = 0;
};

FileFacts facts(const QString &path)
{
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {mode_t(info.st_mode & 07777), info.st_ino};
}

bool writeFile(const QString &path, const QByteArray &bytes, mode_t mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray secretsJson(const QJsonObject &secrets)
{
    return QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"secrets"_s, secrets}}).toJson();
}

// Restores the process umask when a test ends, however it ends.
class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask) : m_previous(::umask(mask)) { }
    ~UmaskGuard() { ::umask(m_previous); }
    Q_DISABLE_COPY_MOVE(UmaskGuard)

private:
    mode_t m_previous;
};

} // namespace

class tst_FileSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createsNewFileWithMode0600_data();
    void createsNewFileWithMode0600();
    void refusesFileWithWrongMode_data();
    void refusesFileWithWrongMode();
    void acceptsExistingFileWithMode0600();
    void acceptsEmptyFile();
    void refusesMissingDirectory();
    void refusesModeChangedAfterOpen();

    void roundTrip_data();
    void roundTrip();
    void overwriteAndRemove();
    void readMissingIsNullopt();
    void removeMissingSucceeds();
    void emptyKeyIsRefused();
    void persistsAcrossInstances();
    void twoInstancesSeeEachOthersWrites();
    void concurrentWritersLoseNothing();

    void refusesCorruptedFile_data();
    void refusesCorruptedFile();
    void neverOverwritesFileCorruptedAfterOpen();
    void errorsNeverQuoteTheFile();

    void writeReplacesFileAtomicallyKeeping0600();
    void writesThroughSymlinkToItsTarget();
    void descriptionNamesTheFile();

private:
    QString path() const { return m_dir->filePath(u"secrets.json"_s); }
    std::unique_ptr<FileSecretStore> openStore(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_FileSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<FileSecretStore> tst_FileSecretStore::openStore(const QString &path)
{
    auto store = FileSecretStore::open(path);
    if (!store) {
        qWarning().noquote() << "open failed:" << store.error().message;
        return nullptr;
    }
    return std::move(store).value();
}

void tst_FileSecretStore::createsNewFileWithMode0600_data()
{
    QTest::addColumn<int>("mask");
    // 0000 would leave a naive file world-readable; 0277 would leave it read-only.
    QTest::addRow("umask 0000") << 0000;
    QTest::addRow("umask 0022") << 0022;
    QTest::addRow("umask 0077") << 0077;
    QTest::addRow("umask 0277") << 0277;
}

void tst_FileSecretStore::createsNewFileWithMode0600()
{
    QFETCH(int, mask);
    const UmaskGuard guard{mode_t(mask)};

    QVERIFY(!QFile::exists(path()));
    auto store = openStore(path());
    QVERIFY(store);
    QCOMPARE(facts(path()).mode, mode_t(0600));

    const QJsonObject root = QJsonDocument::fromJson(readFile(path())).object();
    QCOMPARE(root.value(u"version"_s).toInt(), 1);
    QVERIFY(root.value(u"secrets"_s).isObject());
    QVERIFY(root.value(u"secrets"_s).toObject().isEmpty());

    QVERIFY(store->write(u"k"_s, u"v"_s).ok());
    QCOMPARE(facts(path()).mode, mode_t(0600));
}

void tst_FileSecretStore::refusesFileWithWrongMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("shown");
    QTest::addRow("0644") << 0644 << u"0644"_s;
    QTest::addRow("0640") << 0640 << u"0640"_s;
    QTest::addRow("0660") << 0660 << u"0660"_s;
    QTest::addRow("0604") << 0604 << u"0604"_s;
    QTest::addRow("0700") << 0700 << u"0700"_s;
    QTest::addRow("0400") << 0400 << u"0400"_s;
}

void tst_FileSecretStore::refusesFileWithWrongMode()
{
    QFETCH(int, mode);
    QFETCH(QString, shown);
    const QByteArray content = secretsJson({{u"k"_s, u"v"_s}});
    QVERIFY(writeFile(path(), content, mode_t(mode)));

    const auto store = FileSecretStore::open(path());
    QVERIFY(!store);
    QCOMPARE(store.error().code, Error::Code::Unavailable);
    const QString message = store.error().message;
    QVERIFY2(message.contains(path()), qPrintable(message));
    QVERIFY2(message.contains(u"mode "_s + shown), qPrintable(message));
    QVERIFY2(message.contains(u"0600"_s), qPrintable(message));
    QVERIFY2(message.contains(u"owner only"_s), qPrintable(message));
    QVERIFY2(message.contains(u"chmod 600 "_s + path()), qPrintable(message));
    // Refusing must not "fix" the file behind the operator's back.
    QCOMPARE(facts(path()).mode, mode_t(mode));
    QCOMPARE(readFile(path()), content);
}

void tst_FileSecretStore::acceptsExistingFileWithMode0600()
{
    QVERIFY(writeFile(path(), secretsJson({{u"endpoint/a"_s, u"whsec_a"_s}}), 0600));
    auto store = openStore(path());
    QVERIFY(store);
    const auto value = store->read(u"endpoint/a"_s);
    QVERIFY(value.ok());
    QCOMPARE(value.value(), std::optional<QString>(u"whsec_a"_s));
}

void tst_FileSecretStore::acceptsEmptyFile()
{
    // What an operator gets from: touch FILE && chmod 600 FILE
    QVERIFY(writeFile(path(), QByteArray(), 0600));
    auto store = openStore(path());
    QVERIFY(store);
    QCOMPARE(store->read(u"k"_s).value(), std::optional<QString>());
    QVERIFY(store->write(u"k"_s, u"v"_s).ok());
    QCOMPARE(store->read(u"k"_s).value(), std::optional<QString>(u"v"_s));
}

void tst_FileSecretStore::refusesMissingDirectory()
{
    const QString missing = m_dir->filePath(u"no-such-dir/secrets.json"_s);
    const auto store = FileSecretStore::open(missing);
    QVERIFY(!store);
    QVERIFY2(store.error().message.contains(u"does not exist"_s), qPrintable(store.error().message));
    QVERIFY(!QFile::exists(missing));
}

void tst_FileSecretStore::refusesModeChangedAfterOpen()
{
    auto store = openStore(path());
    QVERIFY(store);
    QVERIFY(store->write(u"k"_s, u"v"_s).ok());
    QVERIFY(::chmod(QFile::encodeName(path()).constData(), 0644) == 0);
    const QByteArray before = readFile(path());

    const auto read = store->read(u"k"_s);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(u"mode 0644"_s), qPrintable(read.error().message));
    const auto write = store->write(u"k"_s, u"other"_s);
    QVERIFY(!write);
    QVERIFY2(write.error().message.contains(u"chmod 600"_s), qPrintable(write.error().message));
    QCOMPARE(readFile(path()), before);
    QCOMPARE(facts(path()).mode, mode_t(0644));
}

void tst_FileSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addRow("plain") << u"endpoint/payments"_s << u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
    QTest::addRow("unicode") << u"source/ключ-密钥"_s << u"pässwörd – 密码 – 🔑"_s;
    QTest::addRow("4 KiB") << u"big"_s << QString(4096, u'x');
    QTest::addRow("json and quotes") << u"odd \"key\" \\ /"_s << u"{\"a\": [1, 2]}\n\t\"quoted\""_s;
    QTest::addRow("empty value") << u"empty"_s << QString(u""_s);
}

void tst_FileSecretStore::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    auto store = openStore(path());
    QVERIFY(store);
    QVERIFY(store->write(key, value).ok());
    const auto read = store->read(key);
    QVERIFY(read.ok());
    QVERIFY(read.value().has_value());
    QCOMPARE(read.value().value(), value);

    // And from the file itself, in the documented format.
    const QJsonObject root = QJsonDocument::fromJson(readFile(path())).object();
    QCOMPARE(root.value(u"version"_s).toInt(), 1);
    QCOMPARE(root.value(u"secrets"_s).toObject().value(key).toString(), value);
}

void tst_FileSecretStore::overwriteAndRemove()
{
    auto store = openStore(path());
    QVERIFY(store);
    QVERIFY(store->write(u"k"_s, u"first"_s).ok());
    QVERIFY(store->write(u"other"_s, u"kept"_s).ok());
    QVERIFY(store->write(u"k"_s, u"second"_s).ok());
    QCOMPARE(store->read(u"k"_s).value(), std::optional<QString>(u"second"_s));
    QVERIFY(store->remove(u"k"_s).ok());
    QCOMPARE(store->read(u"k"_s).value(), std::optional<QString>());
    QCOMPARE(store->read(u"other"_s).value(), std::optional<QString>(u"kept"_s));
}

void tst_FileSecretStore::readMissingIsNullopt()
{
    auto store = openStore(path());
    QVERIFY(store);
    const auto read = store->read(u"never-written"_s);
    QVERIFY(read.ok());
    QVERIFY(!read.value().has_value());
}

void tst_FileSecretStore::removeMissingSucceeds()
{
    auto store = openStore(path());
    QVERIFY(store);
    QVERIFY(store->remove(u"never-written"_s).ok());
}

void tst_FileSecretStore::emptyKeyIsRefused()
{
    auto store = openStore(path());
    QVERIFY(store);
    const auto write = store->write(QString(), u"v"_s);
    QVERIFY(!write);
    QCOMPARE(write.error().code, Error::Code::InvalidArgument);
}

void tst_FileSecretStore::persistsAcrossInstances()
{
    {
        auto store = openStore(path());
        QVERIFY(store);
        QVERIFY(store->write(u"k"_s, u"v"_s).ok());
    }
    auto reopened = openStore(path());
    QVERIFY(reopened);
    QCOMPARE(reopened->read(u"k"_s).value(), std::optional<QString>(u"v"_s));
}

void tst_FileSecretStore::twoInstancesSeeEachOthersWrites()
{
    auto a = openStore(path());
    auto b = openStore(path());
    QVERIFY(a && b);

    QVERIFY(a->write(u"from-a"_s, u"1"_s).ok());
    QCOMPARE(b->read(u"from-a"_s).value(), std::optional<QString>(u"1"_s));

    QVERIFY(b->write(u"from-b"_s, u"2"_s).ok());
    QCOMPARE(a->read(u"from-b"_s).value(), std::optional<QString>(u"2"_s));
    // b's write kept a's secret: each write starts from the file, not from memory.
    QCOMPARE(a->read(u"from-a"_s).value(), std::optional<QString>(u"1"_s));

    QVERIFY(b->write(u"from-a"_s, u"changed by b"_s).ok());
    QCOMPARE(a->read(u"from-a"_s).value(), std::optional<QString>(u"changed by b"_s));

    QVERIFY(a->remove(u"from-b"_s).ok());
    QCOMPARE(b->read(u"from-b"_s).value(), std::optional<QString>());
}

void tst_FileSecretStore::concurrentWritersLoseNothing()
{
    auto a = openStore(path());
    auto b = openStore(path());
    QVERIFY(a && b);
    constexpr int perWriter = 20;
    const auto writeMany = [](FileSecretStore *store, const QString &prefix, bool *ok) {
        *ok = true;
        for (int i = 0; i < perWriter; ++i)
            *ok = store->write(prefix + QString::number(i), u"v"_s).ok() && *ok;
    };
    bool okA = false;
    bool okB = false;
    std::unique_ptr<QThread> threadA(QThread::create(writeMany, a.get(), u"a"_s, &okA));
    std::unique_ptr<QThread> threadB(QThread::create(writeMany, b.get(), u"b"_s, &okB));
    threadA->start();
    threadB->start();
    QVERIFY(threadA->wait(60000));
    QVERIFY(threadB->wait(60000));
    QVERIFY(okA && okB);

    const QJsonObject secrets
        = QJsonDocument::fromJson(readFile(path())).object().value(u"secrets"_s).toObject();
    QCOMPARE(secrets.size(), 2 * perWriter);
    QVERIFY(!QFile::exists(path() + u".lock"_s));
}

void tst_FileSecretStore::refusesCorruptedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::addRow("not json") << QByteArray("this is not json") << u"not valid JSON"_s;
    QTest::addRow("truncated") << secretsJson({{u"k"_s, u"v"_s}}).left(20) << u"not valid JSON"_s;
    QTest::addRow("array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
    QTest::addRow("no version") << QByteArray(R"({"secrets": {}})") << u"\"version\""_s;
    QTest::addRow("version 2") << QByteArray(R"({"version": 2, "secrets": {}})") << u"\"version\""_s;
    QTest::addRow("secrets not an object")
        << QByteArray(R"({"version": 1, "secrets": []})") << u"\"secrets\" is not a JSON object"_s;
    QTest::addRow("value not a string")
        << QByteArray(R"({"version": 1, "secrets": {"k": 5}})") << u"secret \"k\" is not a string"_s;
}

void tst_FileSecretStore::refusesCorruptedFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QVERIFY(writeFile(path(), content, 0600));

    const auto store = FileSecretStore::open(path());
    QVERIFY(!store);
    QCOMPARE(store.error().code, Error::Code::Unavailable);
    const QString message = store.error().message;
    QVERIFY2(message.contains(path()), qPrintable(message));
    QVERIFY2(message.contains(u"damaged"_s), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(u"will not overwrite"_s), qPrintable(message));
    QCOMPARE(readFile(path()), content);
}

void tst_FileSecretStore::neverOverwritesFileCorruptedAfterOpen()
{
    auto store = openStore(path());
    QVERIFY(store);
    QVERIFY(store->write(u"k"_s, u"v"_s).ok());
    const QByteArray damaged = "{\"version\": 1, \"secrets\": {\"k\": \"v\"";
    QVERIFY(writeFile(path(), damaged, 0600));

    QVERIFY(!store->read(u"k"_s));
    const auto write = store->write(u"other"_s, u"x"_s);
    QVERIFY(!write);
    QVERIFY2(write.error().message.contains(u"damaged"_s), qPrintable(write.error().message));
    QVERIFY(!store->remove(u"k"_s));
    QCOMPARE(readFile(path()), damaged);
}

void tst_FileSecretStore::errorsNeverQuoteTheFile()
{
    // A parse error must not echo the file, which holds secrets.
    QVERIFY(
        writeFile(path(), QByteArray(R"({"version": 1, "secrets": {"k": "whsec_TOPSECRETVALUE" )"), 0600));
    const auto store = FileSecretStore::open(path());
    QVERIFY(!store);
    QVERIFY2(!store.error().message.contains(u"TOPSECRET"_s), qPrintable(store.error().message));
}

void tst_FileSecretStore::writeReplacesFileAtomicallyKeeping0600()
{
    const UmaskGuard guard(0); // a temporary file created with the umask alone would be 0666
    auto store = openStore(path());
    QVERIFY(store);
    QVERIFY(store->write(u"k"_s, u"v1"_s).ok());
    const FileFacts before = facts(path());
    QVERIFY(store->write(u"k"_s, u"v2"_s).ok());
    const FileFacts after = facts(path());

    // A new inode: the file was replaced by rename, never rewritten in place where
    // a crash could leave it half written.
    QVERIFY(before.inode != after.inode);
    QCOMPARE(after.mode, mode_t(0600));
    QCOMPARE(store->read(u"k"_s).value(), std::optional<QString>(u"v2"_s));
    // No temporary or lock file is left behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"secrets.json"_s});
}

void tst_FileSecretStore::writesThroughSymlinkToItsTarget()
{
    const QString target = path();
    const QString link = m_dir->filePath(u"link.json"_s);
    QVERIFY(writeFile(target, secretsJson({}), 0600));
    QVERIFY(QFile::link(target, link));

    auto store = openStore(link);
    QVERIFY(store);
    QVERIFY(store->write(u"k"_s, u"v"_s).ok());
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(readFile(target).contains("\"k\""));
    QCOMPARE(facts(target).mode, mode_t(0600));
}

void tst_FileSecretStore::descriptionNamesTheFile()
{
    auto store = openStore(path());
    QVERIFY(store);
    QCOMPARE(store->description(), u"the secrets file "_s + path());
}

QTEST_GUILESS_MAIN(tst_FileSecretStore)
#include "tst_filesecretstore.moc"
