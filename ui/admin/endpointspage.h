// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statuslabel.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QHBoxLayout;

namespace Switchboard {

class ApiClient;
class EndpointEditor;
class JsonListModel;
class SecretField;
class SecretsPanel;

// Administers outbound endpoints through the API: the list with each one's
// health over the last hour, the editor, pause and resume, a test send that
// shows the exact request and response, the signing secrets (set, rotate with
// a grace window, a new one shown once) and the versions serving the same
// event types side by side. GUI thread only; every call is asynchronous.
class EndpointsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointsPage)
public:
    enum Column { Name, Url, Version, EventTypes, State, Health, ColumnCount };

    explicit EndpointsPage(ApiClient *api, QWidget *parent = nullptr);

    void refresh();
    void select(const QString &name);
    void newEndpoint();
    void save();
    void remove();
    void setPaused(bool paused);
    void testSend();
    void setSecret();
    void rotateSecret();
    // PUT /v1/endpoints/{name}/auth: the bearer token, API key, password or client secret.
    void setCredential();
    // PUT /v1/endpoints/{name}/auth for an mtls endpoint: the client certificate
    // and its unencrypted private key, read from PEM files (the key is never shown).
    void setClientCertificateFiles(const QString &certificateFile, const QString &keyFile);
    // Asks for the two files, then setClientCertificateFiles().
    void chooseClientCertificate();
    // POST /v1/endpoints/{name}/circuit/reset: closes an open circuit by hand.
    void resetCircuit();

    JsonListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    EndpointEditor *editor() const { return m_editor; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *status() const { return m_status; }
    SecretsPanel *secretsPanel() const { return m_secretsPanel; }
    SecretField *newSecret() const;
    QTreeWidget *secretsList() const;
    QLineEdit *secretEdit() const;
    QSpinBox *graceHours() const;
    QLineEdit *credentialEdit() const { return m_credential; }
    QLabel *credentialState() const { return m_credentialState; }
    QPushButton *clientCertificateButton() const { return m_clientCertificate; }
    QLineEdit *testEventType() const { return m_testType; }
    QPlainTextEdit *testPayload() const { return m_testPayload; }
    QPlainTextEdit *testRequest() const { return m_testRequest; }
    QPlainTextEdit *testResponse() const { return m_testResponse; }
    QWidget *versionsPane() const { return m_versions; }
    QString current() const { return m_current; }
    QLabel *circuitLabel() const { return m_circuit; }
    QPushButton *resetCircuitButton() const { return m_resetCircuit; }

Q_SIGNALS:
    void saved(const QString &name);
    void message(const QString &text, bool ok);
    void testFinished();

private:
    void showItem(const QJsonObject &endpoint);
    void showSecrets(const QJsonObject &endpoint);
    void showVersions();
    void showCircuit(const QJsonObject &endpoint);
    void loadHealth();
    void setStatus(const QString &text, bool ok);

    ApiClient *m_api;
    JsonListModel *m_model;
    QTableView *m_view;
    QTabWidget *m_tabs;
    EndpointEditor *m_editor;
    StatusLabel *m_status;
    QPushButton *m_pause;
    QPushButton *m_delete;
    QLabel *m_circuit;
    QPushButton *m_resetCircuit;
    QString m_current;
    // Secrets
    SecretsPanel *m_secretsPanel;
    QLineEdit *m_credential;
    QPushButton *m_setCredential;
    QPushButton *m_clientCertificate;
    QLabel *m_credentialState;
    // Test send
    QLineEdit *m_testType;
    QPlainTextEdit *m_testPayload;
    QPlainTextEdit *m_testRequest;
    QPlainTextEdit *m_testResponse;
    QPushButton *m_testButton;
    // Versions
    QWidget *m_versions;
    QHBoxLayout *m_versionsLayout;
};

} // namespace Switchboard
