// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statuslabel.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace Switchboard {

class ApiClient;
class FieldErrors;
class JsonListModel;
class SecretField;
class SecretsPanel;

// Administers inbound sources through the API: the list, an editor (scheme,
// tolerance, allowlist, JSON Schema, sanity rules, forwarding, de-duplication),
// the secrets (set; rotate, a generated one shown once), and the inbound log
// by lane (accepted, duplicate, rejected with each reason) with the diagnosis
// of a selected entry and its re-submission after a fix. GUI thread only.
class SourcesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPage)
public:
    enum Column { Name, Scheme, Forward, ColumnCount };
    enum LogColumn { Received, Verdict, HttpStatus, Reason, CallId, LogColumnCount };

    explicit SourcesPage(ApiClient *api, QWidget *parent = nullptr);

    void refresh();
    void select(const QString &name);
    void newSource();
    void save();
    void remove();
    void rotateSecret();
    void setSecret();
    void loadLog();
    void resubmit();
    QJsonObject toJson(QMap<QString, QString> *errors) const;
    // Fills the fields a sender's preset (GET /v1/sources/presets) names; "Custom" (empty id) changes
    // nothing.
    void applyPreset(const QString &id);
    void loadPresets();

    JsonListModel *model() const { return m_model; }
    JsonListModel *logModel() const { return m_log; }
    QTableView *logView() const { return m_logView; }
    FieldErrors *errors() const { return m_errors; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *presetCombo() const { return m_preset; }
    QComboBox *schemeCombo() const { return m_scheme; }
    QLineEdit *callIdPathEdit() const { return m_callIdPath; }
    QPlainTextEdit *dedupeEdit() const { return m_dedupe; }
    QLineEdit *publicUrlEdit() const { return m_publicUrl; }
    QSpinBox *toleranceSpin() const { return m_tolerance; }
    QLineEdit *allowIpsEdit() const { return m_allowIps; }
    QPlainTextEdit *schemaEdit() const { return m_schema; }
    QPlainTextEdit *rulesEdit() const { return m_rules; }
    QLineEdit *forwardTypeEdit() const { return m_forwardType; }
    QLineEdit *forwardEndpointsEdit() const { return m_forwardEndpoints; }
    QComboBox *laneCombo() const { return m_lane; }
    QPlainTextEdit *logDetail() const { return m_logDetail; }
    QCheckBox *forceCheck() const { return m_force; }
    SecretsPanel *secretsPanel() const { return m_secretsPanel; }
    SecretField *newSecret() const;
    QLineEdit *secretEdit() const;
    StatusLabel *status() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void saved(const QString &name);
    void logLoaded();
    void presetsLoaded();
    void resubmitted(const QJsonObject &entry);
    void message(const QString &text, bool ok);

private:
    void showItem(const QJsonObject &source);
    void showEntry(const QJsonObject &entry);
    void setStatus(const QString &text, bool ok);

    ApiClient *m_api;
    JsonListModel *m_model;
    QTableView *m_view;
    QTabWidget *m_tabs;
    FieldErrors *m_errors;
    QString m_current;
    QLineEdit *m_name;
    QComboBox *m_preset;
    QLabel *m_presetNote;
    QList<QJsonObject> m_presets;
    QComboBox *m_scheme;
    QSpinBox *m_tolerance;
    QLineEdit *m_allowIps;
    QLineEdit *m_proxies;
    QLineEdit *m_tokenHeader;
    QLineEdit *m_publicUrl;
    QPlainTextEdit *m_schema;
    QPlainTextEdit *m_rules;
    QLineEdit *m_forwardType;
    QLineEdit *m_forwardEndpoints;
    QLineEdit *m_callIdPath;
    QPlainTextEdit *m_dedupe;
    QSpinBox *m_maxBody;
    SecretsPanel *m_secretsPanel;
    JsonListModel *m_log;
    QTableView *m_logView;
    QComboBox *m_lane;
    QPlainTextEdit *m_logDetail;
    QCheckBox *m_force;
    QPushButton *m_resubmit;
    StatusLabel *m_status;
};

} // namespace Switchboard
