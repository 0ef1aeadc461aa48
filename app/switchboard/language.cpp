// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Switchboard {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QString ConsoleLanguage::requested(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--"_s)
            break;
        if (a == u"--language"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--language="_s))
            return a.mid(11);
    }
    return QSettings().value(settingsKey).toString();
}

QStringList ConsoleLanguage::available()
{
    QStringList languages;
    const QStringList files = QDir(u":/i18n"_s).entryList({u"switchboard_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(12, file.size() - 12 - 3);
    return languages;
}

QString ConsoleLanguage::install(QCoreApplication &app, const QString &language)
{
    for (const auto &t : installed())
        app.removeTranslator(t.get());
    installed().clear();

    const QString name = language.trimmed();
    if (name == u"en"_s || name == u"C"_s || name.startsWith(u"en_"_s) || name.startsWith(u"en-"_s))
        return u"en"_s;
    const QLocale locale = (name.isEmpty() || name == u"system"_s) ? QLocale::system() : QLocale(name);

    // QTranslator::load(QLocale, ...) tries each of the locale's UI languages in order
    // (de_AT, then de), so a regional locale finds its language's file.
    auto console = std::make_unique<QTranslator>();
    if (!console->load(locale, u"switchboard"_s, u"_"_s, u":/i18n"_s))
        return u"en"_s;
    const QString applied = console->language().section(u'_', 0, 0);
    app.installTranslator(console.get());
    installed().push_back(std::move(console));

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return applied.isEmpty() ? locale.name().section(u'_', 0, 0) : applied;
}

} // namespace Switchboard
