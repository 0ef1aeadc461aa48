// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointeditor.h"

#include "fielderrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << (x.isDouble() ? QString::number(x.toDouble()) : x.toString());
    return out;
}

} // namespace

EndpointEditor::EndpointEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_eventTypes(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_signing(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
    , m_retry(new QLineEdit(this))
    , m_jitter(new QDoubleSpinBox(this))
    , m_rateLimit(new QDoubleSpinBox(this))
    , m_maxInFlight(new QSpinBox(this))
    , m_latency(new QComboBox(this))
    , m_authType(new QComboBox(this))
    , m_authHeader(new QLineEdit(this))
    , m_authUser(new QLineEdit(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_scopes(new QLineEdit(this))
    , m_audience(new QLineEdit(this))
    , m_template(new QPlainTextEdit(this))
    , m_enabled(new QCheckBox(tr("Enabled: receives new messages"), this))
    , m_breakerEnabled(new QCheckBox(tr("Stop sending to it while it keeps failing"), this))
    , m_breakerThreshold(new QSpinBox(this))
    , m_breakerRate(new QDoubleSpinBox(this))
    , m_breakerCooldown(new QSpinBox(this))
    , m_breakerMaxCooldown(new QSpinBox(this))
{
    auto *general = new QLabel(this);
    general->setObjectName(u"endpointErrors"_s);
    m_errors = new FieldErrors(general, this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_name->setPlaceholderText(tr("crm"));
    m_name->setAccessibleName(tr("Name"));
    m_url->setPlaceholderText(tr("https://crm.example.com/hooks/voice-events"));
    m_url->setAccessibleName(tr("URL"));
    m_method->addItems({u"POST"_s, u"PUT"_s, u"PATCH"_s});
    m_eventTypes->setPlaceholderText(tr("call.*, function.book (comma-separated; * for all)"));
    m_eventTypes->setAccessibleName(tr("Event types"));
    m_version->setPlaceholderText(tr("none (e.g. v2 during a migration)"));
    m_headers->setPlaceholderText(tr("One per line: X-Tenant: acme"));
    m_headers->setFont(mono);
    m_headers->setFixedHeight(56);
    m_headers->setAccessibleName(tr("Static headers"));
    m_signing->addItem(tr("Standard Webhooks"), u"standard-webhooks"_s);
    m_signing->addItem(tr("X-Signature (HMAC-SHA256 hex)"), u"x-signature"_s);
    m_signing->addItem(tr("None"), u"none"_s);
    m_timeout->setRange(100, 120000);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(10000);
    m_retry->setPlaceholderText(tr("1, 3, 10, 30, 120 (seconds between attempts)"));
    m_retry->setAccessibleName(tr("Retry schedule"));
    m_jitter->setRange(0, 1);
    m_jitter->setSingleStep(0.05);
    m_jitter->setValue(0.2);
    m_rateLimit->setRange(0, 100000);
    m_rateLimit->setSpecialValueText(tr("unlimited"));
    m_rateLimit->setSuffix(tr(" /s"));
    m_maxInFlight->setRange(1, 1000);
    m_maxInFlight->setValue(6);
    m_latency->addItem(tr("Standard"), u"standard"_s);
    m_latency->addItem(tr("Fast (own dispatcher, for answers a caller waits for)"), u"fast"_s);
    m_authType->addItem(tr("None"), QString());
    m_authType->addItem(tr("Bearer token"), u"bearer"_s);
    m_authType->addItem(tr("API key header"), u"api_key"_s);
    m_authType->addItem(tr("Basic"), u"basic"_s);
    m_authType->addItem(tr("OAuth 2 client credentials"), u"oauth2_client_credentials"_s);
    m_authType->addItem(tr("Client certificate (mTLS)"), u"mtls"_s);
    m_authHeader->setPlaceholderText(u"X-API-Key"_s);
    m_tokenUrl->setPlaceholderText(tr("https://auth.example.com/oauth/token"));
    m_scopes->setPlaceholderText(tr("tickets:write, calendar:read"));
    m_template->setFont(mono);
    m_template->setPlaceholderText(
        tr("Optional JSON template over {\"event\", \"event_type\", \"call_id\", \"message_id\"}, e.g.\n"
           "{\"type\": \"{{event_type}}\", \"data\": \"{{event}}\"}"));
    m_template->setAccessibleName(tr("Payload template"));
    m_enabled->setChecked(true);
    m_breakerEnabled->setAccessibleName(tr("Circuit breaker"));
    m_breakerEnabled->setToolTip(tr(
        "After repeated failures (timeouts, connection errors, 5xx, 429) the circuit opens: deliveries wait "
        "without using up their retries, then one probe tests the endpoint."));
    m_breakerThreshold->setRange(1, 10000);
    m_breakerThreshold->setSuffix(tr(" failures in a row"));
    m_breakerThreshold->setAccessibleName(tr("Failure threshold"));
    m_breakerRate->setRange(0, 100);
    m_breakerRate->setDecimals(0);
    m_breakerRate->setSuffix(tr(" % of attempts"));
    m_breakerRate->setSpecialValueText(tr("off"));
    m_breakerRate->setAccessibleName(tr("Failure rate"));
    m_breakerRate->setToolTip(tr("Also opens when this share of the attempts in the last minute failed"));
    m_breakerCooldown->setRange(1, 86400);
    m_breakerCooldown->setSuffix(tr(" s"));
    m_breakerCooldown->setAccessibleName(tr("Cooldown"));
    m_breakerMaxCooldown->setRange(1, 86400);
    m_breakerMaxCooldown->setSuffix(tr(" s"));
    m_breakerMaxCooldown->setAccessibleName(tr("Longest cooldown"));
    m_breakerMaxCooldown->setToolTip(tr("The cooldown doubles each time the probe fails, up to this"));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(general);
    form->addRow(tr("Name:"), m_errors->wrap(u"name"_s, m_name));
    form->addRow(tr("URL:"), m_errors->wrap(u"url"_s, m_url));
    form->addRow(tr("Method:"), m_errors->wrap(u"method"_s, m_method));
    form->addRow(tr("Event types:"), m_errors->wrap(u"event_types"_s, m_eventTypes));
    form->addRow(tr("Version:"), m_errors->wrap(u"version"_s, m_version));
    form->addRow(tr("Static headers:"), m_errors->wrap(u"headers"_s, m_headers));
    form->addRow(tr("Signing:"), m_errors->wrap(u"signing"_s, m_signing));
    form->addRow(tr("Timeout:"), m_errors->wrap(u"timeout_ms"_s, m_timeout));
    form->addRow(tr("Retry schedule:"), m_errors->wrap(u"retry.schedule_s"_s, m_retry));
    form->addRow(tr("Jitter:"), m_errors->wrap(u"retry.jitter"_s, m_jitter));
    form->addRow(tr("Rate limit:"), m_errors->wrap(u"rate_limit_per_s"_s, m_rateLimit));
    form->addRow(tr("Max in flight:"), m_errors->wrap(u"max_in_flight"_s, m_maxInFlight));
    form->addRow(tr("Latency profile:"), m_errors->wrap(u"latency_profile"_s, m_latency));
    form->addRow(tr("Authentication:"), m_errors->wrap(u"auth"_s, m_authType));
    const QList<QPair<QString, QLineEdit *>> authRows{
        {tr("Header:"), m_authHeader},  {tr("Username:"), m_authUser}, {tr("Token URL:"), m_tokenUrl},
        {tr("Client id:"), m_clientId}, {tr("Scopes:"), m_scopes},     {tr("Audience:"), m_audience}};
    const QStringList authFields{u"auth.header"_s,    u"auth.username"_s, u"auth.token_url"_s,
                                 u"auth.client_id"_s, u"auth.scopes"_s,   u"auth.audience"_s};
    for (int i = 0; i < authRows.size(); ++i) {
        QWidget *w = m_errors->wrap(authFields.at(i), authRows.at(i).second);
        form->addRow(authRows.at(i).first, w);
        m_authRows << w;
    }
    form->addRow(tr("Payload template:"), m_errors->wrap(u"payload_template"_s, m_template));
    form->addRow(tr("Circuit breaker:"), m_errors->wrap(u"circuit_breaker.enabled"_s, m_breakerEnabled));
    form->addRow(tr("Opens after:"),
                 m_errors->wrap(u"circuit_breaker.failure_threshold"_s, m_breakerThreshold));
    form->addRow(tr("Or a failure rate of:"),
                 m_errors->wrap(u"circuit_breaker.failure_rate"_s, m_breakerRate));
    form->addRow(tr("Cooldown:"), m_errors->wrap(u"circuit_breaker.cooldown_s"_s, m_breakerCooldown));
    form->addRow(tr("Longest cooldown:"),
                 m_errors->wrap(u"circuit_breaker.max_cooldown_s"_s, m_breakerMaxCooldown));
    form->addRow(QString(), m_enabled);

    for (QLineEdit *e : {m_name, m_url, m_eventTypes, m_version, m_retry, m_authHeader, m_authUser,
                         m_tokenUrl, m_clientId, m_scopes, m_audience})
        connect(e, &QLineEdit::textEdited, this, [this]() {
            validate();
            Q_EMIT changed();
        });
    for (QPlainTextEdit *e : {m_headers, m_template})
        connect(e, &QPlainTextEdit::textChanged, this, [this]() {
            validate();
            Q_EMIT changed();
        });
    connect(m_authType, &QComboBox::currentIndexChanged, this, &EndpointEditor::updateAuthFields);
    for (QSpinBox *spin : {m_breakerThreshold, m_breakerCooldown, m_breakerMaxCooldown})
        connect(spin, &QSpinBox::valueChanged, this, [this]() {
            validate();
            Q_EMIT changed();
        });
    connect(m_breakerRate, &QDoubleSpinBox::valueChanged, this, [this]() {
        validate();
        Q_EMIT changed();
    });
    connect(m_breakerEnabled, &QCheckBox::toggled, this, [this]() {
        updateBreakerFields();
        validate();
        Q_EMIT changed();
    });
    load({});
}

void EndpointEditor::updateAuthFields()
{
    const QString type = m_authType->currentData().toString();
    const QList<bool> visible{type == u"api_key",
                              type == u"basic",
                              type == u"oauth2_client_credentials",
                              type == u"oauth2_client_credentials",
                              type == u"oauth2_client_credentials",
                              type == u"oauth2_client_credentials"};
    auto *form = qobject_cast<QFormLayout *>(layout());
    for (int i = 0; i < m_authRows.size(); ++i)
        form->setRowVisible(m_authRows.at(i), visible.at(i));
}

void EndpointEditor::updateBreakerFields()
{
    const bool on = m_breakerEnabled->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_breakerThreshold, m_breakerRate, m_breakerCooldown,
                                                       m_breakerMaxCooldown})
        w->setEnabled(on);
}

void EndpointEditor::load(const QJsonObject &e)
{
    const QSignalBlocker b1(m_headers), b2(m_template);
    const QSignalBlocker b3(m_breakerEnabled), b4(m_breakerThreshold), b5(m_breakerRate),
        b6(m_breakerCooldown), b7(m_breakerMaxCooldown);
    m_loaded = e;
    m_isNew = e.isEmpty();
    m_name->setText(e.value(u"name").toString());
    m_name->setReadOnly(!m_isNew);
    m_url->setText(e.value(u"url").toString());
    m_method->setCurrentText(e.value(u"method").toString(u"POST"_s));
    m_eventTypes->setText(
        fromArray(e.value(u"event_types").isArray() ? e.value(u"event_types") : QJsonArray{u"*"_s})
            .join(u", "_s));
    m_version->setText(e.value(u"version").toString());
    QStringList headerLines;
    const QJsonObject headers = e.value(u"headers").toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        headerLines << it.key() + u": "_s + it.value().toString();
    m_headers->setPlainText(headerLines.join(u'\n'));
    const QString scheme = e.value(u"signing").toObject().value(u"scheme").toString(u"standard-webhooks"_s);
    m_signing->setCurrentIndex(std::max(0, m_signing->findData(scheme)));
    m_timeout->setValue(e.value(u"timeout_ms").toInt(10000));
    const QJsonObject retry = e.value(u"retry").toObject();
    m_retry->setText(
        fromArray(retry.contains(u"schedule_s") ? retry.value(u"schedule_s") : QJsonArray{1, 3, 10, 30, 120})
            .join(u", "_s));
    m_jitter->setValue(retry.value(u"jitter").toDouble(0.2));
    m_rateLimit->setValue(e.value(u"rate_limit_per_s").toDouble(0));
    m_maxInFlight->setValue(e.value(u"max_in_flight").toInt(6));
    m_latency->setCurrentIndex(
        std::max(0, m_latency->findData(e.value(u"latency_profile").toString(u"standard"_s))));
    const QJsonObject auth = e.value(u"auth").toObject();
    m_authType->setCurrentIndex(std::max(0, m_authType->findData(auth.value(u"type").toString())));
    m_authHeader->setText(auth.value(u"header").toString());
    m_authUser->setText(auth.value(u"username").toString());
    m_tokenUrl->setText(auth.value(u"token_url").toString());
    m_clientId->setText(auth.value(u"client_id").toString());
    m_scopes->setText(fromArray(auth.value(u"scopes")).join(u", "_s));
    m_audience->setText(auth.value(u"audience").toString());
    const QJsonValue tpl = e.value(u"payload_template");
    m_template->setPlainText(tpl.isObject()      ? QString::fromUtf8(QJsonDocument(tpl.toObject()).toJson())
                                 : tpl.isArray() ? QString::fromUtf8(QJsonDocument(tpl.toArray()).toJson())
                                                 : QString());
    m_enabled->setChecked(e.value(u"enabled").toBool(true));
    const QJsonObject breaker = e.value(u"circuit_breaker").toObject();
    m_breakerEnabled->setChecked(breaker.value(u"enabled").toBool(true));
    m_breakerThreshold->setValue(breaker.value(u"failure_threshold").toInt(10));
    m_breakerRate->setValue(breaker.value(u"failure_rate").toDouble(0) * 100);
    m_breakerCooldown->setValue(breaker.value(u"cooldown_s").toInt(30));
    m_breakerMaxCooldown->setValue(breaker.value(u"max_cooldown_s").toInt(600));
    updateBreakerFields();
    updateAuthFields();
    m_errors->clear();
}

QString EndpointEditor::name() const
{
    return m_name->text().trimmed();
}

QJsonObject EndpointEditor::toJson(QMap<QString, QString> *errors) const
{
    QMap<QString, QString> local;
    static const QRegularExpression nameRe(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
    if (!nameRe.match(name()).hasMatch())
        local.insert(u"name"_s, tr("1 to 64 of a-z, 0-9, _ and -, starting with a letter or digit"));
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (m_url->text().trimmed().isEmpty())
        local.insert(u"url"_s, tr("is required"));
    else if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        local.insert(u"url"_s, tr("must be an absolute http or https URL"));
    else if (!url.userInfo().isEmpty())
        local.insert(u"url"_s, tr("must not carry credentials: use a static header or authentication"));

    QJsonObject json{{u"url"_s, m_url->text().trimmed()}, {u"method"_s, m_method->currentText()}};
    const QStringList types = splitList(m_eventTypes->text());
    if (types.isEmpty())
        local.insert(u"event_types"_s, tr("at least one event type or *"));
    json.insert(u"event_types"_s, toArray(types));
    json.insert(u"version"_s,
                m_version->text().trimmed().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(m_version->text().trimmed()));
    QJsonObject headers;
    const QStringList lines = m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            local.insert(u"headers"_s, tr("each line is \"Name: value\""));
            continue;
        }
        headers.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    json.insert(u"headers"_s, headers);
    json.insert(u"signing"_s, QJsonObject{{u"scheme"_s, m_signing->currentData().toString()}});
    json.insert(u"timeout_ms"_s, m_timeout->value());
    QJsonArray schedule;
    for (const QString &s : splitList(m_retry->text())) {
        bool ok = false;
        const int v = s.toInt(&ok);
        if (!ok || v < 0) {
            local.insert(u"retry.schedule_s"_s, tr("whole seconds, separated by commas"));
            break;
        }
        schedule.append(v);
    }
    json.insert(u"retry"_s, QJsonObject{{u"schedule_s"_s, schedule}, {u"jitter"_s, m_jitter->value()}});
    json.insert(u"rate_limit_per_s"_s, m_rateLimit->value());
    json.insert(u"max_in_flight"_s, m_maxInFlight->value());
    json.insert(u"latency_profile"_s, m_latency->currentData().toString());
    const QString authType = m_authType->currentData().toString();
    if (!authType.isEmpty()) {
        QJsonObject auth{{u"type"_s, authType}};
        if (authType == u"api_key" && !m_authHeader->text().trimmed().isEmpty())
            auth.insert(u"header"_s, m_authHeader->text().trimmed());
        if (authType == u"basic")
            auth.insert(u"username"_s, m_authUser->text().trimmed());
        if (authType == u"oauth2_client_credentials") {
            auth.insert(u"token_url"_s, m_tokenUrl->text().trimmed());
            auth.insert(u"client_id"_s, m_clientId->text().trimmed());
            if (!splitList(m_scopes->text()).isEmpty())
                auth.insert(u"scopes"_s, toArray(splitList(m_scopes->text())));
            if (!m_audience->text().trimmed().isEmpty())
                auth.insert(u"audience"_s, m_audience->text().trimmed());
        }
        json.insert(u"auth"_s, auth);
    }
    const QString tpl = m_template->toPlainText().trimmed();
    if (!tpl.isEmpty()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(tpl.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError)
            local.insert(u"payload_template"_s,
                         tr("not JSON: %1 at character %2").arg(pe.errorString()).arg(pe.offset));
        else
            json.insert(u"payload_template"_s,
                        doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    }
    // min_attempts and window_s have no field here: kept as loaded.
    QJsonObject breaker = m_loaded.value(u"circuit_breaker").toObject();
    breaker.insert(u"enabled"_s, m_breakerEnabled->isChecked());
    breaker.insert(u"failure_threshold"_s, m_breakerThreshold->value());
    breaker.insert(u"failure_rate"_s, m_breakerRate->value() / 100.0);
    breaker.insert(u"cooldown_s"_s, m_breakerCooldown->value());
    breaker.insert(u"max_cooldown_s"_s, m_breakerMaxCooldown->value());
    if (m_breakerEnabled->isChecked() && m_breakerMaxCooldown->value() < m_breakerCooldown->value())
        local.insert(u"circuit_breaker.max_cooldown_s"_s, tr("must be at least the cooldown"));
    json.insert(u"circuit_breaker"_s, breaker);
    json.insert(u"enabled"_s, m_enabled->isChecked());
    if (errors)
        *errors = local;
    return json;
}

bool EndpointEditor::validate()
{
    QMap<QString, QString> local;
    toJson(&local);
    m_errors->show(local);
    return local.isEmpty();
}

} // namespace Switchboard
