// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/consoleservices.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Switchboard {

class SecretField;

// The console's settings: the effective data directory, database, API address,
// token (masked; copy; regenerate) and language of this run, and the values
// wanted for the next start. main.cpp takes the engine's values from its
// command line only, so those are kept in QSettings ("startup/...") and shown
// as the command line to use; the language is read from "ui/language" at
// start. Everything here needs a restart and says so. Regenerating the token
// rewrites its keychain entry on a worker thread; the running API keeps the
// old token until the restart. GUI thread only.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    explicit SettingsPage(const ConsoleServices &services, QWidget *parent = nullptr);

    static inline const QString kDataDirKey = QStringLiteral("startup/dataDir");
    static inline const QString kDatabaseKey = QStringLiteral("startup/database");
    static inline const QString kListenKey = QStringLiteral("startup/listen");
    static inline const QString kLanguageKey = QStringLiteral("ui/language"); // ConsoleLanguage::settingsKey

    void load();
    // Stores the wanted values; false (with the message beside the field) when one is invalid.
    bool save();
    void regenerateToken();
    // The command line that starts Switchboard with the stored values.
    QString commandLine() const;

    SecretField *tokenField() const { return m_token; }
    QLineEdit *dataDirEdit() const { return m_dataDir; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *listenEdit() const { return m_listen; }
    QComboBox *languageCombo() const { return m_language; }
    QLabel *listenError() const { return m_listenError; }
    QLabel *databaseError() const { return m_databaseError; }
    QLabel *restartNote() const { return m_restart; }
    QPushButton *regenerateButton() const { return m_regenerate; }
    QLabel *tokenNote() const { return m_tokenNote; }

Q_SIGNALS:
    void tokenRegenerated();
    void message(const QString &text, bool ok);

private:
    void updateCommand();

    ConsoleServices m_services;
    SecretField *m_token;
    QLabel *m_tokenNote;
    QPushButton *m_regenerate;
    QLineEdit *m_dataDir;
    QLineEdit *m_database;
    QLabel *m_databaseError;
    QLineEdit *m_listen;
    QLabel *m_listenError;
    QComboBox *m_language;
    QLabel *m_restart;
    QPlainTextEdit *m_command;
};

} // namespace Switchboard
