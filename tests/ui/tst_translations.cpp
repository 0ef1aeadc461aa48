// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiharness.h"
#include "delivery/engine.h"
#include "language.h"
#include "ui/consoleservices.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Switchboard;
using namespace Qt::StringLiterals;

namespace {

struct TsEntry
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QString tsPath(const QString &language)
{
    // Set by sb_add_test for every test.
    return QDir(qEnvironmentVariable("SWITCHBOARD_SOURCE_DIR"))
        .filePath(u"translations/switchboard_%1.ts"_s.arg(language));
}

QList<TsEntry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsEntry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            entry = TsEntry{context, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s};
        } else if (name == u"source"_s) {
            entry.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            entry.type = xml.attributes().value(u"type"_s).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.translations << xml.readElementText();
            } else {
                entry.translations << xml.readElementText();
            }
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return entries;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QStringList list;
    for (auto it = re.globalMatch(text); it.hasNext();)
        list << it.next().captured(0);
    list.sort();
    list.removeDuplicates();
    return list;
}

// Every text a person sees in the window: title, menus and their actions, labels, buttons,
// navigation and list items, tab titles, table headers, placeholders, combo box items.
QSet<QString> visibleTexts(QMainWindow &window)
{
    QSet<QString> texts{window.windowTitle()};
    auto add = [&texts](const QString &t) {
        QString s = t;
        s.remove(u'&');
        if (!s.trimmed().isEmpty())
            texts.insert(s);
    };
    for (QAction *menu : window.menuBar()->actions()) {
        add(menu->text());
        if (menu->menu()) {
            for (QAction *a : menu->menu()->actions())
                add(a->text());
        }
    }
    for (auto *w : window.findChildren<QLabel *>())
        add(w->text());
    for (auto *w : window.findChildren<QAbstractButton *>())
        add(w->text());
    for (auto *w : window.findChildren<QGroupBox *>())
        add(w->title());
    for (auto *w : window.findChildren<QLineEdit *>())
        add(w->placeholderText());
    for (auto *w : window.findChildren<QComboBox *>()) {
        for (int i = 0; i < w->count(); ++i)
            add(w->itemText(i));
    }
    for (auto *w : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < w->count(); ++i)
            add(w->tabText(i));
    }
    for (auto *w : window.findChildren<QListWidget *>()) {
        for (int i = 0; i < w->count(); ++i)
            add(w->item(i)->text());
    }
    for (auto *view : window.findChildren<QAbstractItemView *>()) {
        if (!view->model())
            continue;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            add(view->model()->headerData(c, Qt::Horizontal).toString());
    }
    return texts;
}

} // namespace

// The console in German, Spanish and French: each .ts file complete (nothing unfinished, vanished
// or obsolete, placeholders kept), each compiled-in translation changes what the main window shows,
// and the language is chosen from --language, the setting, or the system locale.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("SWITCHBOARD_SOURCE_DIR"),
                 "run through ctest, which sets SWITCHBOARD_SOURCE_DIR");
        // The language setting, and the window state MainWindow keeps, go to a private place.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"switchboard-tests"_s);
        QVERIFY(m_harness.start(1));
    }

    void cleanup() { ConsoleLanguage::install(*qApp, u"en"_s); }

    void tsFileIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"de", "es", "fr"})
            QTest::addRow("%s", l) << QString::fromLatin1(l);
    }

    void tsFileIsComplete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<TsEntry> entries = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(entries.size() > 100,
                 qPrintable(u"only %1 messages in %2"_s.arg(entries.size()).arg(language)));
        QStringList problems;
        for (const TsEntry &e : entries) {
            const QString where = e.context + u": \""_s + e.source + u'"';
            if (!e.type.isEmpty())
                problems << u"%1 is %2"_s.arg(where, e.type);
            if (e.translations.isEmpty() || e.translations.contains(QString()))
                problems << u"%1 has no translation"_s.arg(where);
            for (const QString &t : e.translations) {
                if (placeholders(t) != placeholders(e.source))
                    problems << u"%1: placeholders differ in \"%2\""_s.arg(where, t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void translationsAreCompiledIn()
    {
        QCOMPARE(ConsoleLanguage::available(), (QStringList{u"de"_s, u"es"_s, u"fr"_s}));
    }

    void mainWindowChanges_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dashboard"); // the navigation's first item
        QTest::addRow("de") << u"de"_s << u"Übersicht"_s;
        QTest::addRow("es") << u"es"_s << u"Panel"_s;
        QTest::addRow("fr") << u"fr"_s << u"Tableau de bord"_s;
    }

    void mainWindowChanges()
    {
        QFETCH(QString, language);
        QFETCH(QString, dashboard);

        QCOMPARE(ConsoleLanguage::install(*qApp, u"en"_s), u"en"_s);
        QSet<QString> english;
        {
            MainWindow window(services());
            window.show();
            english = visibleTexts(window);
        }
        QVERIFY(english.contains(u"Dashboard"_s));
        QVERIFY(english.contains(u"Dead letters"_s));

        QCOMPARE(ConsoleLanguage::install(*qApp, language), language);
        QSet<QString> translated;
        {
            MainWindow window(services());
            window.show();
            translated = visibleTexts(window);
        }
        QVERIFY2(translated.contains(dashboard), qPrintable(QStringList(translated.values()).join(u" | "_s)));

        // No text the .ts file translates differently may still show in English: that would be a
        // string set outside tr(), or before the translator was installed.
        QString error;
        QHash<QString, QString> translationOf;
        for (const TsEntry &e : readTs(tsPath(language), &error)) {
            if (!e.numerus && !e.translations.isEmpty()) {
                QString source = e.source;
                translationOf.insert(source.remove(u'&'), e.translations.first());
            }
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList leftovers;
        for (const QString &t : std::as_const(translated)) {
            const auto it = translationOf.constFind(t);
            if (it != translationOf.cend() && QString(*it).remove(u'&') != t)
                leftovers << t;
        }
        QVERIFY2(leftovers.isEmpty(), qPrintable(u"still in English: "_s + leftovers.join(u" | "_s)));

        // Most of what shows is words, not data: most of it changes.
        const QSet<QString> unchanged = QSet<QString>(english).intersect(translated);
        QVERIFY2(unchanged.size() * 2 < english.size(),
                 qPrintable(u"%1 of %2 texts unchanged: %3"_s.arg(unchanged.size())
                                .arg(english.size())
                                .arg(QStringList(unchanged.values()).join(u" | "_s))));
    }

    void languageChoice()
    {
        QSettings().remove(ConsoleLanguage::settingsKey);
        QCOMPARE(ConsoleLanguage::requested({u"switchboard"_s, u"--language"_s, u"fr"_s}), u"fr"_s);
        QCOMPARE(ConsoleLanguage::requested({u"switchboard"_s, u"--language=es"_s}), u"es"_s);
        QCOMPARE(ConsoleLanguage::requested({u"switchboard"_s}), QString());
        QSettings().setValue(ConsoleLanguage::settingsKey, u"de"_s);
        QCOMPARE(ConsoleLanguage::requested({u"switchboard"_s}), u"de"_s);
        QCOMPARE(ConsoleLanguage::requested({u"switchboard"_s, u"--language"_s, u"fr"_s}), u"fr"_s);
        QSettings().remove(ConsoleLanguage::settingsKey);

        // A regional locale finds its language; one without a translation stays English.
        QCOMPARE(ConsoleLanguage::install(*qApp, u"de_AT"_s), u"de"_s);
        QCOMPARE(QCoreApplication::translate("Switchboard::MainWindow", "Dead letters"), u"Unzustellbare"_s);
        QCOMPARE(ConsoleLanguage::install(*qApp, u"ja_JP"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("Switchboard::MainWindow", "Dead letters"), u"Dead letters"_s);

        // Nothing asked for: the system locale, whatever this machine's is.
        QCOMPARE(ConsoleLanguage::install(*qApp, QString()),
                 ConsoleLanguage::install(*qApp, QLocale::system().name()));
    }

private:
    // The console over the harness's engine, on its SQLite file.
    ConsoleServices services() const
    {
        ConsoleServices s;
        s.location = StoreLocation::sqlite(m_harness.dataPath() + u"/switchboard.db"_s);
        s.engine = m_harness.engine();
        s.instanceId = m_harness.engine()->instanceId();
        s.listenAddress = m_harness.baseUrl().mid(7);
        s.token = QString::fromLatin1(ApiHarness::kToken);
        s.dataDir = m_harness.dataPath();
        return s;
    }

    QTemporaryDir m_settingsDir;
    ApiHarness m_harness;
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
