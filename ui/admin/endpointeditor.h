// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Switchboard {

class FieldErrors;

// The form for one endpoint: every field of PUT /v1/endpoints/{name} with a
// check as you type for what the console can tell alone (URL, retry schedule,
// headers, payload template) and the API's 422 details shown under the field
// they name. Converts to and from the API's JSON. GUI thread only.
class EndpointEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointEditor)
public:
    explicit EndpointEditor(QWidget *parent = nullptr);

    // An endpoint as GET returns it; an empty object starts a new one.
    void load(const QJsonObject &endpoint);
    QString name() const;
    bool isNew() const { return m_isNew; }
    // The body of PUT; fields the console found wrong are listed in errors.
    QJsonObject toJson(QMap<QString, QString> *errors = nullptr) const;
    // Runs the local checks and shows their messages; true when there is none.
    bool validate();

    FieldErrors *errors() const { return m_errors; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *eventTypesEdit() const { return m_eventTypes; }
    QLineEdit *versionEdit() const { return m_version; }
    QLineEdit *retryEdit() const { return m_retry; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QComboBox *signingCombo() const { return m_signing; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPlainTextEdit *templateEdit() const { return m_template; }
    QCheckBox *breakerEnabledCheck() const { return m_breakerEnabled; }
    QSpinBox *breakerThresholdSpin() const { return m_breakerThreshold; }
    QDoubleSpinBox *breakerRateSpin() const { return m_breakerRate; }
    QSpinBox *breakerCooldownSpin() const { return m_breakerCooldown; }
    QSpinBox *breakerMaxCooldownSpin() const { return m_breakerMaxCooldown; }

Q_SIGNALS:
    void changed();

private:
    void updateAuthFields();
    void updateBreakerFields();

    bool m_isNew = true;
    QJsonObject m_loaded;
    FieldErrors *m_errors;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_method;
    QLineEdit *m_eventTypes;
    QLineEdit *m_version;
    QPlainTextEdit *m_headers;
    QComboBox *m_signing;
    QSpinBox *m_timeout;
    QLineEdit *m_retry;
    QDoubleSpinBox *m_jitter;
    QDoubleSpinBox *m_rateLimit;
    QSpinBox *m_maxInFlight;
    QComboBox *m_latency;
    QComboBox *m_authType;
    QLineEdit *m_authHeader;
    QLineEdit *m_authUser;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_scopes;
    QLineEdit *m_audience;
    QPlainTextEdit *m_template;
    QCheckBox *m_enabled;
    QList<QWidget *> m_authRows;
    // Circuit breaker
    QCheckBox *m_breakerEnabled;
    QSpinBox *m_breakerThreshold;
    QDoubleSpinBox *m_breakerRate;
    QSpinBox *m_breakerCooldown;
    QSpinBox *m_breakerMaxCooldown;
};

} // namespace Switchboard
