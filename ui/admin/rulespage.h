// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statuslabel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace Switchboard {

class ApiClient;
class FieldErrors;
class JsonListModel;

// Rules of the house: alert rules (global or per endpoint; PUT
// /v1/alerts/rules/{name}), the operator's redaction rules with a live preview
// on a sample payload (core's Redactor; the rules themselves are applied by
// --config at start, so this page produces that snippet and says a restart is
// needed), and the retention periods, which are fixed in this build. GUI
// thread only.
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
    StatusLabel *status() const { return m_status; }

Q_SIGNALS:
    void saved(const QString &name);
    void message(const QString &text, bool ok);

private:
    void showItem(const QJsonObject &rule);
    void setStatus(const QString &text, bool ok);

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
    StatusLabel *m_status;
};

} // namespace Switchboard
