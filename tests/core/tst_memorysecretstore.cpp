// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorysecretstore.h"

#include <QTest>

using namespace Switchboard;
using namespace Qt::StringLiterals;

class tst_MemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void followsTheSecretStoreContract();
    void failWithMakesEveryCallFail();
};

void tst_MemorySecretStore::followsTheSecretStoreContract()
{
    MemorySecretStore store;
    QCOMPARE(store.read(u"k"_s).value(), std::optional<QString>());
    QVERIFY(store.remove(u"k"_s).ok());
    QVERIFY(store.write(u"k"_s, u"v1"_s).ok());
    QVERIFY(store.write(u"k"_s, u"v2"_s).ok());
    QCOMPARE(store.read(u"k"_s).value(), std::optional<QString>(u"v2"_s));
    QCOMPARE(store.secrets().value(u"k"_s), u"v2"_s);
    QVERIFY(store.remove(u"k"_s).ok());
    QCOMPARE(store.read(u"k"_s).value(), std::optional<QString>());
    QCOMPARE(store.write(QString(), u"v"_s).error().code, Error::Code::InvalidArgument);
}

void tst_MemorySecretStore::failWithMakesEveryCallFail()
{
    MemorySecretStore store;
    QVERIFY(store.write(u"k"_s, u"v"_s).ok());
    store.failWith(Error::unavailable(u"keychain locked"_s));
    QCOMPARE(store.read(u"k"_s).error().message, u"keychain locked"_s);
    QCOMPARE(store.write(u"k"_s, u"w"_s).error().code, Error::Code::Unavailable);
    QCOMPARE(store.remove(u"k"_s).error().code, Error::Code::Unavailable);
    store.failWith(std::nullopt);
    QCOMPARE(store.read(u"k"_s).value(), std::optional<QString>(u"v"_s));
}

QTEST_GUILESS_MAIN(tst_MemorySecretStore)
#include "tst_memorysecretstore.moc"
