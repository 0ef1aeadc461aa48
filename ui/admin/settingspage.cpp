// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "secretfield.h"
#include "secrets/secretstore.h"
#include "util/ids.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setStyleSheet(u"color: #b3261e;"_s);
    l->setWordWrap(true);
    l->hide();
    return l;
}

QString quoted(const QString &s)
{
    return s.contains(u' ') || s.contains(u'\'') ? u"'"_s + QString(s).replace(u"'"_s, u"'\\''"_s) + u"'"_s
                                                 : s;
}

} // namespace

SettingsPage::SettingsPage(const ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_token(new SecretField(this))
    , m_tokenNote(new QLabel(this))
    , m_regenerate(new QPushButton(tr("Regenerate…"), this))
    , m_dataDir(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_databaseError(errorLabel(this))
    , m_listen(new QLineEdit(this))
    , m_listenError(errorLabel(this))
    , m_language(new QComboBox(this))
    , m_restart(new QLabel(this))
    , m_command(new QPlainTextEdit(this))
{
    setObjectName(u"settingsPage"_s);
    auto *now = new QGroupBox(tr("This run (effective values)"), this);
    auto *nowForm = new QFormLayout(now);
    auto addValue = [&](const QString &label, const QString &value) {
        auto *l = new QLabel(value.isEmpty() ? tr("(not set)") : value, now);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        nowForm->addRow(label, l);
    };
    addValue(tr("Data directory:"), m_services.dataDir);
    addValue(tr("Database:"), m_services.location.displayName());
    addValue(tr("API address:"),
             m_services.listenAddress.isEmpty() ? tr("off") : u"http://"_s + m_services.listenAddress);
    addValue(tr("Instance:"), m_services.instanceId);
    m_token->setSecret(m_services.token);
    m_token->edit()->setAccessibleName(tr("API token"));
    connect(m_token, &SecretField::copied, this, [this](const QString &t) { Q_EMIT message(t, true); });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_regenerate);
    nowForm->addRow(tr("API token:"), tokenRow);
    m_tokenNote->setWordWrap(true);
    nowForm->addRow(QString(), m_tokenNote);
    connect(m_regenerate, &QPushButton::clicked, this, [this]() {
        if (QMessageBox::question(this, tr("Regenerate the API token"),
                                  tr("Agents using the current token stop working once Switchboard restarts. "
                                     "Regenerate it?"))
            == QMessageBox::Yes)
            regenerateToken();
    });
    if (!qEnvironmentVariableIsEmpty("SWITCHBOARD_API_TOKEN")) {
        m_regenerate->setEnabled(false);
        m_tokenNote->setText(
            tr("The token comes from SWITCHBOARD_API_TOKEN: change that variable to change it."));
    } else if (!m_services.secrets || m_services.instanceId.isEmpty()) {
        m_regenerate->setEnabled(false);
        m_tokenNote->setText(
            tr("No secret store here. To regenerate: stop Switchboard, delete the keychain entry "
               "\"<instance>/api-token\" (or set SWITCHBOARD_API_TOKEN), and start it again."));
    }

    auto *next = new QGroupBox(tr("Next start (needs a restart)"), this);
    auto *nextForm = new QFormLayout(next);
    m_dataDir->setPlaceholderText(m_services.dataDir);
    m_database->setPlaceholderText(tr("switchboard.db in the data directory, or postgresql://user@host/db"));
    m_listen->setPlaceholderText(u"127.0.0.1:8377"_s);
    m_language->addItem(tr("System"), u"system"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Español"_s, u"es"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    auto wrap = [next](QWidget *field, QLabel *error) {
        auto *w = new QWidget(next);
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(field);
        if (error)
            l->addWidget(error);
        return w;
    };
    nextForm->addRow(tr("Data directory:"), wrap(m_dataDir, nullptr));
    nextForm->addRow(tr("Database:"), wrap(m_database, m_databaseError));
    nextForm->addRow(tr("API address:"), wrap(m_listen, m_listenError));
    nextForm->addRow(tr("Language:"), m_language);
    auto *save = new QPushButton(tr("Save for next start"), next);
    connect(save, &QPushButton::clicked, this, &SettingsPage::save);
    nextForm->addRow(QString(), save);
    m_restart->setWordWrap(true);
    nextForm->addRow(m_restart);
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setMaximumHeight(70);
    m_command->setAccessibleName(tr("Command line"));
    nextForm->addRow(tr("Start with:"), m_command);
    for (QLineEdit *e : {m_dataDir, m_database, m_listen})
        connect(e, &QLineEdit::textEdited, this, &SettingsPage::updateCommand);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(now);
    layout->addWidget(next);
    layout->addStretch();
    load();
}

void SettingsPage::load()
{
    QSettings s;
    m_dataDir->setText(s.value(kDataDirKey).toString());
    m_database->setText(s.value(kDatabaseKey).toString());
    m_listen->setText(s.value(kListenKey).toString());
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(s.value(kLanguageKey, u"system"_s).toString())));
    updateCommand();
}

QString SettingsPage::commandLine() const
{
    QStringList args{u"switchboard"_s};
    if (!m_dataDir->text().trimmed().isEmpty())
        args << u"--data-dir"_s << quoted(m_dataDir->text().trimmed());
    if (!m_database->text().trimmed().isEmpty())
        args << u"--database"_s << quoted(m_database->text().trimmed());
    if (!m_listen->text().trimmed().isEmpty())
        args << u"--listen"_s << m_listen->text().trimmed();
    return args.join(u' ');
}

void SettingsPage::updateCommand()
{
    m_command->setPlainText(commandLine());
}

bool SettingsPage::save()
{
    bool ok = true;
    m_listenError->hide();
    m_databaseError->hide();
    const QString listen = m_listen->text().trimmed();
    if (!listen.isEmpty()) {
        const qsizetype colon = listen.lastIndexOf(u':');
        bool portOk = false;
        const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
        QString host = colon > 0 ? listen.left(colon) : QString();
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1).chopped(1);
        if (!portOk || port < 0 || port > 65535 || (QHostAddress(host).isNull() && host != u"localhost")) {
            m_listenError->setText(tr("HOST:PORT with an IP address, e.g. 127.0.0.1:8377"));
            m_listenError->show();
            ok = false;
        }
    }
    const QString db = m_database->text().trimmed();
    if (db.contains(u"://") && !db.startsWith(u"postgres://") && !db.startsWith(u"postgresql://")) {
        m_databaseError->setText(tr("a SQLite file path or a postgresql:// URL"));
        m_databaseError->show();
        ok = false;
    }
    if (!ok) {
        Q_EMIT message(tr("Settings not saved: correct the fields marked in red."), false);
        return false;
    }
    QSettings s;
    s.setValue(kDataDirKey, m_dataDir->text().trimmed());
    s.setValue(kDatabaseKey, db);
    s.setValue(kListenKey, listen);
    s.setValue(kLanguageKey, m_language->currentData().toString());
    updateCommand();
    m_restart->setText(
        tr("Saved; nothing changes before a restart. The language is read when the console "
           "starts. The data directory, database and API address are command-line flags: start "
           "Switchboard with the command below (or put it in its launcher) for them to apply."));
    Q_EMIT message(tr("Settings saved; they apply after a restart."), true);
    return true;
}

void SettingsPage::regenerateToken()
{
    if (!m_services.secrets || m_services.instanceId.isEmpty())
        return;
    const QString token = newApiToken();
    const QString key = m_services.instanceId + u"/api-token"_s;
    std::shared_ptr<SecretStore> store = m_services.secrets;
    m_regenerate->setEnabled(false);
    QPointer<SettingsPage> self(this);
    // The keychain answers over D-Bus and may block: not on the GUI thread.
    QThread *worker = QThread::create([store, key, token, self]() {
        const Status st = store->write(key, token);
        const QString error = st ? QString() : st.error().message;
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, token, error]() {
            if (!self)
                return;
            self->m_regenerate->setEnabled(true);
            if (!error.isEmpty()) {
                self->m_tokenNote->setText(tr("The token was not changed: %1").arg(error));
                Q_EMIT self->message(tr("The token was not changed: %1").arg(error), false);
                return;
            }
            self->m_token->setSecret(token);
            self->m_tokenNote->setText(tr(
                "New token kept in the keychain. It takes effect when Switchboard restarts; until then the "
                "API still accepts the old one. Give the new one to your agents."));
            Q_EMIT self->message(tr("API token regenerated; restart to apply."), true);
            Q_EMIT self->tokenRegenerated();
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace Switchboard
