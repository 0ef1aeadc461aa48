// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Switchboard {

class ApiClient;
class SecretField;

// The secrets of one endpoint, inbound source or platform connection, the same
// on every page that has them: the secrets valid now (fingerprint, created,
// until when), replacing the secret (PUT <collection>/{name}/secret), rotating
// it with a grace window (POST .../secret/rotate) where the API offers that, and
// a generated secret shown once, masked until revealed. A secret shown once does
// not follow the operator to another item. Results and failures go out through
// status(); the page shows them in its status line. GUI thread only.
class SecretsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsPanel)
public:
    struct Options
    {
        QString collection; // "/v1/endpoints/"
        QString itemKey; // the rotate answer's member holding the item ("endpoint")
        QString untilHeader; // "Signs until", "Verifies until"
        QString intro; // above the list; empty: none
        QString placeholder; // of the secret to set
        QString rotateToolTip;
        QString generatedNote; // under a secret the API generated; %1: the item's name
        bool canRotate = true;
        bool rotateSendsSecret = false; // rotate to the typed secret when there is one
    };

    SecretsPanel(ApiClient *api, Options options, QWidget *parent = nullptr);

    // The item shown; another one clears the secret shown once.
    void setOwner(const QString &name);
    QString owner() const { return m_owner; }
    // The API's "secrets" array; emptyText is shown when there is none.
    void showSecrets(const QJsonArray &secrets, const QString &emptyText = {});
    // A secret the API generated (on create or rotate), shown once.
    void showGenerated(const QString &secret, const QString &note);
    void clear();

    void setSecret();
    void rotateSecret();

    // For rows a page adds under the panel's own (the endpoints' credential).
    QFormLayout *form() const { return m_form; }
    QTreeWidget *list() const { return m_list; }
    QLineEdit *secretEdit() const { return m_secretEdit; }
    QSpinBox *graceHours() const { return m_grace; }
    SecretField *newSecret() const { return m_newSecret; }
    QLabel *note() const { return m_note; }
    QPushButton *setButton() const { return m_setButton; }
    QPushButton *rotateButton() const { return m_rotateButton; }

Q_SIGNALS:
    void status(const QString &text, bool ok);
    // The secret was replaced: the page reloads the item.
    void secretSet(const QString &name);
    // The rotate answer's item, with its name, to show in the page's list.
    void rotated(const QJsonObject &item);

private:
    ApiClient *m_api;
    Options m_options;
    QString m_owner;
    QTreeWidget *m_list;
    QLineEdit *m_secretEdit;
    QPushButton *m_setButton;
    QSpinBox *m_grace;
    QPushButton *m_rotateButton;
    SecretField *m_newSecret;
    QLabel *m_note;
    QFormLayout *m_form;
};

} // namespace Switchboard
