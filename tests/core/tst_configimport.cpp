// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "functions/functionstore.h"
#include "runtime/runtime.h"
#include "store/sqlstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Switchboard;

// --config at start: upserts what the file names and, only with "replace": true,
// removes what it does not name, kind by kind.
class tst_ConfigImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replaceRemovesOnlyWhenAsked();

private:
    bool startWith(const QJsonObject &config);
    QStringList endpointNames();
    QStringList functionNames();

    QTemporaryDir m_dir;
};

void tst_ConfigImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

bool tst_ConfigImport::startWith(const QJsonObject &config)
{
    QFile file(m_dir.filePath(u"config.json"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(config).toJson());
    file.close();
    RuntimeOptions options;
    options.dataDir = m_dir.filePath(u"data"_s);
    options.listen = u"127.0.0.1:0"_s;
    options.configFile = file.fileName();
    options.secretsFile = m_dir.filePath(u"secrets.json"_s);
    options.dispatchers = 1;
    options.graceMs = 0;
    Runtime runtime(options);
    const Status st = runtime.start();
    if (!st)
        qWarning().noquote() << st.error().message;
    runtime.stop();
    return bool(st);
}

QStringList tst_ConfigImport::endpointNames()
{
    auto store = SqlStore::open(StoreLocation::sqlite(m_dir.filePath(u"data/switchboard.db"_s)), u"tst-ci"_s);
    if (!store)
        return {u"<no store>"_s};
    QStringList names;
    auto list = (*store)->endpoints();
    for (const Endpoint &e : list ? *list : QList<Endpoint>())
        names << e.name;
    names.sort();
    return names;
}

QStringList tst_ConfigImport::functionNames()
{
    auto store = SqlStore::open(StoreLocation::sqlite(m_dir.filePath(u"data/switchboard.db"_s)), u"tst-cf"_s);
    if (!store)
        return {u"<no store>"_s};
    QStringList names;
    auto list = FunctionStore(**store).list();
    for (const FunctionDef &f : list ? *list : QList<FunctionDef>())
        names << f.name;
    names.sort();
    return names;
}

void tst_ConfigImport::replaceRemovesOnlyWhenAsked()
{
    auto endpoint = [](const QString &name) {
        return QJsonObject{{u"name"_s, name},
                           {u"url"_s, QString(u"https://"_s + name + u".example.com/hook"_s)},
                           {u"signing"_s, QJsonObject{{u"scheme"_s, u"none"_s}}}};
    };
    const QJsonObject function{{u"name"_s, u"book"_s},
                               {u"description"_s, u"Book"_s},
                               {u"endpoint"_s, u"crm"_s},
                               {u"parameters"_s, QJsonObject{{u"type"_s, u"object"_s}}}};
    QVERIFY(startWith(QJsonObject{{u"endpoints"_s, QJsonArray{endpoint(u"crm"_s), endpoint(u"billing"_s)}},
                                  {u"functions"_s, QJsonArray{function}}}));
    QCOMPARE(endpointNames(), (QStringList{u"billing"_s, u"crm"_s}));
    QCOMPARE(functionNames(), QStringList{u"book"_s});

    // Without "replace": a file that leaves billing and book out removes nothing.
    QVERIFY(startWith(
        QJsonObject{{u"endpoints"_s, QJsonArray{endpoint(u"crm"_s)}}, {u"functions"_s, QJsonArray{}}}));
    QCOMPARE(endpointNames(), (QStringList{u"billing"_s, u"crm"_s}));
    QCOMPARE(functionNames(), QStringList{u"book"_s});

    // With it, only the kinds the file has: the endpoints; functions are not in this file.
    QVERIFY(startWith(QJsonObject{{u"replace"_s, true}, {u"endpoints"_s, QJsonArray{endpoint(u"crm"_s)}}}));
    QCOMPARE(endpointNames(), QStringList{u"crm"_s});
    QCOMPARE(functionNames(), QStringList{u"book"_s});

    // An empty list is a kind the file has: every function goes.
    QVERIFY(startWith(QJsonObject{{u"replace"_s, true}, {u"functions"_s, QJsonArray{}}}));
    QCOMPARE(functionNames(), QStringList());
    QCOMPARE(endpointNames(), QStringList{u"crm"_s});
}

QTEST_GUILESS_MAIN(tst_ConfigImport)
#include "tst_configimport.moc"
