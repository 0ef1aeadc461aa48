// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statuslabel.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
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

// Rules of the house: alert rules (global or per endpoint; PUT
// /v1/alerts/rules/{name}), the operator's redaction rules with inline
// validation and a live preview on a sample payload (core's Redactor), saved
// with PUT /v1/redaction, and the retention periods (PUT /v1/retention); both
// apply while Switchboard runs. GUI thread only.
class RulesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPage)
public:
    enum Column { Name, Kind, Endpoint, Threshold, Window, Enabled, ColumnCount };

    explicit RulesPage(ApiClient *api, QWidget *parent = nullptr);

    void refresh();
    void newRule();
    void saveRule();
    void removeRule();
    void updatePreview();
    // {"redaction": {"json_paths": [...], "patterns": [...]}} for --config.
    QString redactionSnippet() const;
    // GET /v1/retention and /v1/redaction (on refresh()).
    void loadDataPolicy();
    void saveRetention();
    void saveRedaction();
    QJsonObject retentionJson() const;

    JsonListModel *model() const { return m_model; }
    FieldErrors *errors() const { return m_errors; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QDoubleSpinBox *thresholdSpin() const { return m_threshold; }
    QPlainTextEdit *pathsEdit() const { return m_paths; }
    QPlainTextEdit *patternsEdit() const { return m_patterns; }
    QPlainTextEdit *sampleEdit() const { return m_sample; }
    QPlainTextEdit *previewEdit() const { return m_preview; }
    QLabel *redactionError() const { return m_redactionError; }
    QPushButton *saveRedactionButton() const { return m_saveRedaction; }
    FieldErrors *retentionErrors() const { return m_retentionErrors; }
    QSpinBox *attemptBodyDaysSpin() const { return m_attemptBodyDays; }
    QSpinBox *inboundBodyDaysSpin() const { return m_inboundBodyDays; }
    QSpinBox *deliveredDaysSpin() const { return m_deliveredDays; }
    QSpinBox *rollupDaysSpin() const { return m_rollupDays; }
    StatusLabel *status() const { return m_status; }

Q_SIGNALS:
    void saved(const QString &name);
    void message(const QString &text, bool ok);
    void dataPolicyLoaded();
    void dataPolicySaved();

private:
    void showItem(const QJsonObject &rule);
    void setStatus(const QString &text, bool ok);
    void showRetention(const QJsonObject &policy);

    ApiClient *m_api;
    JsonListModel *m_model;
    QTableView *m_view;
    FieldErrors *m_errors;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_endpoint;
    QDoubleSpinBox *m_threshold;
    QSpinBox *m_window;
    QSpinBox *m_minAttempts;
    QDoubleSpinBox *m_hysteresis;
    QCheckBox *m_enabled;
    QPlainTextEdit *m_paths;
    QPlainTextEdit *m_patterns;
    QPlainTextEdit *m_sample;
    QPlainTextEdit *m_preview;
    QPlainTextEdit *m_snippet;
    QLabel *m_redactionError;
    QPushButton *m_saveRedaction;
    bool m_redactionLoaded = false;
    FieldErrors *m_retentionErrors = nullptr;
    QSpinBox *m_attemptBodyDays = nullptr;
    QSpinBox *m_inboundBodyDays = nullptr;
    QSpinBox *m_deliveredDays = nullptr;
    QSpinBox *m_rollupDays = nullptr;
    StatusLabel *m_status;
};

} // namespace Switchboard
