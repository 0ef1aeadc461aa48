// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statuslabel.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace Switchboard {

class ApiClient;
class FieldErrors;
class JsonListModel;
class SecretsPanel;

// Administers the voice-agent platform connections (/v1/platforms) through the
// API: the list, an editor where choosing the platform fills in what its preset
// says (verification scheme and header, clock tolerance, where the event type
// and call id are, how duplicates are recognised, the answer budget) with only
// the authentication fields that platform takes, the URL to paste into the
// platform, and its secrets through the same panel as endpoints and sources.
// GUI thread only; every call is asynchronous.
class PlatformsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformsPage)
public:
    enum Column { Name, Platform, Url, Secret, ColumnCount };

    explicit PlatformsPage(ApiClient *api, QWidget *parent = nullptr);

    void refresh();
    void select(const QString &name);
    void newConnection();
    void save();
    void remove();
    // The PUT body; errors gets the fields the page refuses before asking the API.
    QJsonObject toJson(QMap<QString, QString> *errors) const;
    // Where the platform posts: the public base URL (or the API's address) + /platforms/{platform}/{name}.
    QString pasteUrl() const;

    JsonListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTabWidget *tabs() const { return m_tabs; }
    FieldErrors *errors() const { return m_errors; }
    SecretsPanel *secrets() const { return m_secrets; }
    StatusLabel *status() const { return m_status; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *platformCombo() const { return m_platform; }
    QComboBox *authTypeCombo() const { return m_authType; }
    QLineEdit *authHeaderEdit() const { return m_authHeader; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QLineEdit *publicUrlEdit() const { return m_publicUrl; }
    QSpinBox *toleranceSpin() const { return m_tolerance; }
    QSpinBox *budgetSpin() const { return m_budget; }
    QLineEdit *eventPrefixEdit() const { return m_eventPrefix; }
    QLineEdit *endpointsEdit() const { return m_endpoints; }
    QPlainTextEdit *assistantRequestEdit() const { return m_assistantRequest; }
    // Why the assistant-request answer cannot be saved (translated); empty if it can, or is empty.
    QString assistantRequestProblem() const;
    QLineEdit *publicBaseEdit() const { return m_publicBase; }
    QLineEdit *pasteUrlEdit() const { return m_pasteUrl; }
    QLabel *presetLabel() const { return m_preset; }
    QLabel *whereLabel() const { return m_where; }
    QString current() const { return m_current; }

Q_SIGNALS:
    void saved(const QString &name);
    void message(const QString &text, bool ok);

private:
    void showItem(const QJsonObject &connection);
    void applyPreset(const QString &platform, bool fillDefaults);
    void updateVisibleRows();
    void updatePasteUrl();
    void validateAssistantRequest();
    void setStatus(const QString &text, bool ok);

    ApiClient *m_api;
    JsonListModel *m_model;
    QTableView *m_view;
    QTabWidget *m_tabs;
    FieldErrors *m_errors;
    QFormLayout *m_form;
    QString m_current;
    QJsonObject m_loaded; // the connection as the API last gave it (kept fields the editor does not show)
    QLineEdit *m_name;
    QComboBox *m_platform;
    QLabel *m_preset;
    QComboBox *m_authType;
    QLineEdit *m_authHeader;
    QComboBox *m_hmacAlgorithm;
    QLineEdit *m_hmacSignatureHeader;
    QLineEdit *m_hmacTimestampHeader;
    QLineEdit *m_hmacPayloadFormat;
    QComboBox *m_hmacEncoding;
    QLineEdit *m_hmacPrefix;
    QLineEdit *m_apiKey;
    QLineEdit *m_publicUrl;
    QSpinBox *m_tolerance;
    QLineEdit *m_eventPrefix;
    QLineEdit *m_endpoints;
    QSpinBox *m_budget;
    QPlainTextEdit *m_assistantRequest;
    QLineEdit *m_publicBase;
    QLineEdit *m_pasteUrl;
    QLabel *m_where;
    SecretsPanel *m_secrets;
    StatusLabel *m_status;
};

} // namespace Switchboard
