// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Switchboard {

// Chooses the console's language and installs its translators on the application, before
// any window exists (Qt widgets read tr() once, when they are built). The choice, in order:
// --language NAME on the command line, the "ui/language" setting, the system locale.
// The translations are compiled into the executable (:/i18n/switchboard_<lang>.qm); Qt's
// own (qtbase_<lang>.qm, for standard dialogs) are loaded from Qt's directory when present.
// GUI thread only.
class ConsoleLanguage final
{
public:
    static inline const QString settingsKey = QStringLiteral("ui/language");

    // The language asked for: --language NAME or --language=NAME among arguments, else the
    // setting, else empty (the system locale).
    static QString requested(const QStringList &arguments);

    // The languages with a translation, as ISO 639 codes ("de", "es", "fr"); English is the source.
    static QStringList available();

    // Installs the translators for language ("" or "system": the system locale; "en" or "C":
    // none, English). Returns the language applied, "en" when nothing was translated.
    // Installing again replaces what an earlier call installed.
    static QString install(QCoreApplication &app, const QString &language);
};

} // namespace Switchboard
