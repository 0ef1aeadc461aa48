// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statuslabel.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Switchboard {

class ApiClient;
class FieldErrors;
class JsonListModel;

// Administers the LLM functions through the API: the list, an editor whose
// JSON Schema is checked as you type (well-formed, "type": "object") and by
// the server's 422 on save, the request template, mode and deadline; a "try
// it" panel that invokes with sample arguments and shows the exact HTTP request
// sent and the result the model would receive; and the export of every tool
// definition (GET /v1/functions) to the clipboard or a file. GUI thread only.
class FunctionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunctionsPage)
public:
    enum Column { Name, Endpoint, Mode, Description, ColumnCount };

    explicit FunctionsPage(ApiClient *api, QWidget *parent = nullptr);

    void refresh();
    void select(const QString &name);
    void newFunction();
    void save();
    void remove();
    void tryIt();
    void exportToClipboard();
    void exportToFile(const QString &fileName = {});
    // Checks the schema and templates as typed; true when they are fine.
    bool validate();
    // The voice platform the function serves ("" generic, vapi, retell, elevenlabs, bland, livekit,
    // openai): sets the deadline to fit its tool-call budget and the export to its tool format.
    void applyPlatform(const QString &platform);
    // The tool format GET /v1/functions?format= takes for a platform; empty: the generic one.
    static QString exportFormat(const QString &platform);
    // The deadline that fits a platform's budget: the budget less a margin, within the API's range.
    static int deadlineFor(const QString &platform);
    void loadToolPreview();
    QJsonObject toJson(QMap<QString, QString> *errors) const;

    JsonListModel *model() const { return m_model; }
    FieldErrors *errors() const { return m_errors; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *endpointCombo() const { return m_endpoint; }
    QPlainTextEdit *schemaEdit() const { return m_schema; }
    QPlainTextEdit *requestEdit() const { return m_request; }
    QComboBox *modeCombo() const { return m_mode; }
    QSpinBox *deadlineSpin() const { return m_deadline; }
    QComboBox *platformCombo() const { return m_platform; }
    QPlainTextEdit *toolPreview() const { return m_toolPreview; }
    QPlainTextEdit *argumentsEdit() const { return m_arguments; }
    QPlainTextEdit *tryRequest() const { return m_tryRequest; }
    QPlainTextEdit *tryResult() const { return m_tryResult; }
    StatusLabel *status() const { return m_status; }

Q_SIGNALS:
    void saved(const QString &name);
    void tried();
    void exported(const QByteArray &json);
    void toolPreviewLoaded();
    void message(const QString &text, bool ok);

private:
    void showItem(const QJsonObject &function);
    void setStatus(const QString &text, bool ok);
    QString exportPath() const;

    ApiClient *m_api;
    JsonListModel *m_model;
    QTableView *m_view;
    FieldErrors *m_errors;
    QString m_current;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_endpoint;
    QPlainTextEdit *m_schema;
    QPlainTextEdit *m_request;
    QComboBox *m_mode;
    QSpinBox *m_deadline;
    QComboBox *m_platform;
    QPlainTextEdit *m_toolPreview;
    QPlainTextEdit *m_arguments;
    QLineEdit *m_callId;
    QPlainTextEdit *m_tryRequest;
    QPlainTextEdit *m_tryResult;
    QPushButton *m_tryButton;
    StatusLabel *m_status;
};

} // namespace Switchboard
