// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulespage.h"

#include "apiclient.h"
#include "fielderrors.h"
#include "jsonlistmodel.h"
#include "jsontext.h"
#include "metrics/retention.h"
#include "redact/redactor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QVariant displayText(int role, const QString &text)
{
    return role == Qt::DisplayRole ? QVariant(text) : QVariant();
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &l : edit->toPlainText().split(u'\n'))
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    return out;
}

} // namespace

RulesPage::RulesPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_view(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_window(new QSpinBox(this))
    , m_minAttempts(new QSpinBox(this))
    , m_hysteresis(new QDoubleSpinBox(this))
    , m_enabled(new QCheckBox(tr("Enabled"), this))
    , m_paths(new QPlainTextEdit(this))
    , m_patterns(new QPlainTextEdit(this))
    , m_sample(new QPlainTextEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_snippet(new QPlainTextEdit(this))
    , m_redactionError(new QLabel(this))
    , m_saveRedaction(new QPushButton(tr("Save redaction rules"), this))
    , m_status(new StatusLabel(this))
{
    setObjectName(u"rulesPage"_s);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *tabs = new QTabWidget(this);

    // Alert rules.
    m_model = new JsonListModel(
        {
            {tr("Name"),
             [](const QJsonObject &o, int role) { return displayText(role, o.value(u"name").toString()); }},
            {tr("Kind"),
             [](const QJsonObject &o, int role) { return displayText(role, o.value(u"kind").toString()); }},
            {tr("Endpoint"),
             [](const QJsonObject &o, int role) {
                 return displayText(role,
                                    o.value(u"endpoint").isNull() ? tr("all (global)")
                                                                  : o.value(u"endpoint").toString());
             }},
            {tr("Threshold"),
             [](const QJsonObject &o, int role) {
                 return displayText(role, QString::number(o.value(u"threshold").toDouble()));
             }},
            {tr("Window"),
             [](const QJsonObject &o, int role) {
                 return displayText(role, tr("%1 min").arg(o.value(u"window_min").toInt()));
             }},
            {tr("Enabled"),
             [](const QJsonObject &o, int role) {
                 return displayText(role, o.value(u"enabled").toBool() ? tr("yes") : tr("no"));
             }},
        },
        this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) {
                if (cur.isValid())
                    showItem(m_model->row(cur.row()));
            });
    auto *general = new QLabel(this);
    m_errors = new FieldErrors(general, this);
    m_kind->addItem(tr("Success rate below (%)"), u"success_rate_below"_s);
    m_kind->addItem(tr("p95 latency above (ms)"), u"p95_above_ms"_s);
    m_kind->addItem(tr("Dead letters above"), u"dlq_depth_above"_s);
    m_kind->addItem(tr("Schema drift (400/422 answers)"), u"schema_drift"_s);
    m_kind->addItem(tr("Circuit breaker open for (s)"), u"circuit_open"_s);
    m_endpoint->setPlaceholderText(tr("empty: every endpoint (global)"));
    m_threshold->setRange(0, 1e9);
    m_threshold->setDecimals(2);
    m_window->setRange(1, 1440);
    m_window->setValue(5);
    m_window->setSuffix(tr(" min"));
    m_minAttempts->setRange(0, 1000000);
    m_minAttempts->setValue(5);
    m_hysteresis->setRange(0, 100);
    m_hysteresis->setDecimals(2);
    m_hysteresis->setSpecialValueText(tr("default"));
    m_enabled->setChecked(true);
    auto *ruleForm = new QFormLayout;
    ruleForm->addRow(general);
    ruleForm->addRow(tr("Name:"), m_errors->wrap(u"name"_s, m_name));
    ruleForm->addRow(tr("Kind:"), m_errors->wrap(u"kind"_s, m_kind));
    ruleForm->addRow(tr("Endpoint:"), m_errors->wrap(u"endpoint"_s, m_endpoint));
    ruleForm->addRow(tr("Threshold:"), m_errors->wrap(u"threshold"_s, m_threshold));
    ruleForm->addRow(tr("Window:"), m_errors->wrap(u"window_min"_s, m_window));
    ruleForm->addRow(tr("Minimum attempts:"), m_errors->wrap(u"min_attempts"_s, m_minAttempts));
    ruleForm->addRow(tr("Hysteresis:"), m_errors->wrap(u"hysteresis"_s, m_hysteresis));
    ruleForm->addRow(QString(), m_enabled);
    auto *newRuleButton = new QPushButton(tr("New rule"), this);
    auto *saveRuleButton = new QPushButton(tr("Save"), this);
    auto *delRule = new QPushButton(tr("Delete…"), this);
    connect(newRuleButton, &QPushButton::clicked, this, &RulesPage::newRule);
    connect(saveRuleButton, &QPushButton::clicked, this, &RulesPage::saveRule);
    connect(delRule, &QPushButton::clicked, this, &RulesPage::removeRule);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(newRuleButton);
    ruleButtons->addWidget(saveRuleButton);
    ruleButtons->addStretch();
    ruleButtons->addWidget(delRule);
    auto *ruleEditor = new QWidget(this);
    auto *ruleEditorLayout = new QVBoxLayout(ruleEditor);
    ruleEditorLayout->addLayout(ruleForm);
    ruleEditorLayout->addLayout(ruleButtons);
    ruleEditorLayout->addStretch();
    auto *alertSplit = new QSplitter(this);
    alertSplit->addWidget(m_view);
    alertSplit->addWidget(ruleEditor);
    alertSplit->setSizes({600, 420});
    tabs->addTab(alertSplit, tr("Alert rules"));

    // Redaction.
    auto *redaction = new QWidget(this);
    for (QPlainTextEdit *e : {m_paths, m_patterns, m_sample, m_preview, m_snippet})
        e->setFont(mono);
    m_paths->setPlaceholderText(u"$.transcript\n$.caller.name\n$.items[*].notes"_s);
    m_patterns->setPlaceholderText(u"ACCT-\\d+"_s);
    m_paths->setAccessibleName(tr("JSON paths"));
    // A few rules each; the room goes to the sample and its preview.
    m_paths->setMaximumHeight(96);
    m_patterns->setMaximumHeight(96);
    m_patterns->setAccessibleName(tr("Patterns"));
    m_sample->setPlainText(u"{\n  \"call_id\": \"call_4827\",\n  \"caller\": {\"name\": \"Jane Roe\", "
                           u"\"phone\": \"+14155550123\"},\n"
                           "  \"email\": \"jane.roe@example.com\",\n  \"transcript\": \"My account is "
                           "ACCT-99812, card 4111 1111 1111 1111\",\n"
                           "  \"order\": \"ORD-20261127-0042\"\n}"_s);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Redacted preview"));
    m_snippet->setReadOnly(true);
    m_snippet->setMaximumHeight(90);
    m_redactionError->setStyleSheet(u"color: #b3261e;"_s);
    m_redactionError->setWordWrap(true);
    for (QPlainTextEdit *e : {m_paths, m_patterns, m_sample})
        connect(e, &QPlainTextEdit::textChanged, this, &RulesPage::updatePreview);
    auto *rulesForm = new QFormLayout;
    rulesForm->addRow(tr("JSON paths (one per line):"), m_paths);
    rulesForm->addRow(tr("Patterns (one per line):"), m_patterns);
    rulesForm->addRow(m_redactionError);
    auto *previewSplit = new QSplitter(redaction);
    auto *sampleBox = new QWidget(previewSplit);
    auto *sampleLayout = new QVBoxLayout(sampleBox);
    sampleLayout->setContentsMargins(0, 0, 0, 0);
    sampleLayout->addWidget(new QLabel(tr("Sample payload:"), sampleBox));
    sampleLayout->addWidget(m_sample);
    auto *previewBox = new QWidget(previewSplit);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(
        new QLabel(tr("As stored and shown (built-in detectors and your rules):"), previewBox));
    previewLayout->addWidget(m_preview);
    auto *redactionLayout = new QVBoxLayout(redaction);
    redactionLayout->addLayout(rulesForm);
    redactionLayout->addWidget(previewSplit, 1);
    m_saveRedaction->setDefault(false);
    connect(m_saveRedaction, &QPushButton::clicked, this, &RulesPage::saveRedaction);
    auto *redactionButtons = new QHBoxLayout;
    redactionButtons->addWidget(m_saveRedaction);
    redactionButtons->addStretch();
    redactionLayout->addLayout(redactionButtons);
    auto *applyNote
        = new QLabel(tr("Saved rules apply at once to everything stored, logged and shown from then "
                        "on, and on every worker sharing the database within a minute; they take "
                        "the place of the --config file's. The same rules for a --config file:"),
                     redaction);
    applyNote->setWordWrap(true);
    redactionLayout->addWidget(applyNote);
    redactionLayout->addWidget(m_snippet);
    tabs->addTab(redaction, tr("Redaction"));

    // Retention: changed at run time through PUT /v1/retention, applied by the next pruning run.
    auto *retention = new QWidget(this);
    auto *retentionGeneral = new QLabel(retention);
    m_retentionErrors = new FieldErrors(retentionGeneral, this);
    auto *retentionForm = new QFormLayout;
    retentionForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    retentionForm->addRow(retentionGeneral);
    const QList<std::tuple<QString, QSpinBox **, QString>> periods{
        {u"attempt_bodies_days"_s, &m_attemptBodyDays, tr("Attempt response bodies and headers:")},
        {u"inbound_bodies_days"_s, &m_inboundBodyDays, tr("Inbound request bodies (the log rows stay):")},
        {u"delivered_messages_days"_s, &m_deliveredDays,
         tr("Delivered messages, their deliveries and attempts:")},
        {u"rollups_days"_s, &m_rollupDays, tr("Minute rollups, sampled depths, resolved alerts:")},
    };
    const QJsonObject defaults = RetentionPolicy{}.toJson();
    for (const auto &[field, spin, label] : periods) {
        *spin = new QSpinBox(retention);
        (*spin)->setRange(0, RetentionPolicy::kMaxDays);
        (*spin)->setSpecialValueText(tr("forever"));
        (*spin)->setSuffix(tr(" days"));
        (*spin)->setValue(defaults.value(field).toInt());
        (*spin)->setAccessibleName(label.chopped(1));
        (*spin)->setMinimumWidth(160);
        retentionForm->addRow(label, m_retentionErrors->wrap(field, *spin));
    }
    auto *saveRetentionButton = new QPushButton(tr("Save retention"), retention);
    connect(saveRetentionButton, &QPushButton::clicked, this, &RulesPage::saveRetention);
    auto *retentionButtons = new QHBoxLayout;
    retentionButtons->addWidget(saveRetentionButton);
    retentionButtons->addStretch();
    retentionForm->addRow(QString(), retentionButtons);
    auto *retentionNote
        = new QLabel(tr("0 keeps forever. Messages with any delivery pending, in flight, dead or "
                        "discarded are never pruned. Saved periods are kept in the database and "
                        "applied by the next pruning run (once a minute, on every worker), "
                        "without a restart."),
                     retention);
    retentionNote->setWordWrap(true);
    auto *retentionLayout = new QVBoxLayout(retention);
    retentionLayout->addLayout(retentionForm);
    retentionLayout->addWidget(retentionNote);
    retentionLayout->addStretch();
    tabs->addTab(retention, tr("Retention"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    newRule();
    updatePreview();
}

void RulesPage::setStatus(const QString &text, bool ok)
{
    m_status->showStatus(text, ok);
    Q_EMIT message(text, ok);
}

void RulesPage::refresh()
{
    loadDataPolicy();
    m_api->get(u"/v1/alerts/rules"_s, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            setStatus(tr("Cannot list alert rules: %1").arg(r.error), false);
            return;
        }
        m_model->setRows(r.json.value(u"rules").toArray());
    });
}

void RulesPage::newRule()
{
    m_view->clearSelection();
    showItem(QJsonObject{{u"kind"_s, u"success_rate_below"_s},
                         {u"threshold"_s, 95},
                         {u"window_min"_s, 5},
                         {u"min_attempts"_s, 5},
                         {u"enabled"_s, true}});
    m_name->setReadOnly(false);
}

void RulesPage::showItem(const QJsonObject &rule)
{
    m_name->setText(rule.value(u"name").toString());
    m_name->setReadOnly(!rule.value(u"name").toString().isEmpty());
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(rule.value(u"kind").toString())));
    m_endpoint->setText(rule.value(u"endpoint").toString());
    m_threshold->setValue(rule.value(u"threshold").toDouble());
    m_window->setValue(rule.value(u"window_min").toInt(5));
    m_minAttempts->setValue(rule.value(u"min_attempts").toInt(5));
    m_hysteresis->setValue(rule.value(u"hysteresis").toDouble(0));
    m_enabled->setChecked(rule.value(u"enabled").toBool(true));
    m_errors->clear();
}

void RulesPage::saveRule()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_errors->show({{u"name"_s, tr("is required")}});
        return;
    }
    QJsonObject body{
        {u"kind"_s, m_kind->currentData().toString()},
        {u"endpoint"_s,
         m_endpoint->text().trimmed().isEmpty() ? QJsonValue() : QJsonValue(m_endpoint->text().trimmed())},
        {u"threshold"_s, m_threshold->value()},
        {u"window_min"_s, m_window->value()},
        {u"min_attempts"_s, m_minAttempts->value()},
        {u"enabled"_s, m_enabled->isChecked()}};
    if (m_hysteresis->value() > 0)
        body.insert(u"hysteresis"_s, m_hysteresis->value());
    m_api->send(
        "PUT", ApiClient::path(u"/v1/alerts/rules/"_s, name), body, this, [this, name](const ApiResult &r) {
            if (!r.ok()) {
                m_errors->show(r.fieldErrors, r.error);
                setStatus(tr("Not saved: %1").arg(r.error), false);
                return;
            }
            m_errors->clear();
            QJsonObject o = r.json;
            o.insert(u"name"_s, name);
            m_model->upsert(o);
            setStatus(tr("Alert rule %1 saved; rules are evaluated every 30 seconds.").arg(name), true);
            Q_EMIT saved(name);
        });
}

void RulesPage::removeRule()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || m_model->find(name) < 0)
        return;
    if (isVisible()
        && QMessageBox::question(this, tr("Delete alert rule"),
                                 tr("Delete %1? Its alerts are resolved.").arg(name))
            != QMessageBox::Yes)
        return;
    m_api->send("DELETE", ApiClient::path(u"/v1/alerts/rules/"_s, name), QJsonValue::Undefined, this,
                [this, name](const ApiResult &r) {
                    setStatus(r.ok() ? tr("Alert rule %1 deleted.").arg(name) : r.error, r.ok());
                    if (r.ok()) {
                        newRule();
                        refresh();
                    }
                });
}

QString RulesPage::redactionSnippet() const
{
    const QJsonObject o{{u"redaction"_s,
                         QJsonObject{{u"json_paths"_s, QJsonArray::fromStringList(lines(m_paths))},
                                     {u"patterns"_s, QJsonArray::fromStringList(lines(m_patterns))}}}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void RulesPage::updatePreview()
{
    // A sample of a few lines: redacting it here costs microseconds, no thread needed.
    const QJsonObject json{{u"json_paths"_s, QJsonArray::fromStringList(lines(m_paths))},
                           {u"patterns"_s, QJsonArray::fromStringList(lines(m_patterns))}};
    auto rules = RedactionRules::fromJson(json);
    m_snippet->setPlainText(redactionSnippet());
    m_saveRedaction->setEnabled(rules.ok());
    if (!rules) {
        QStringList messages;
        static const QRegularExpression item(u"^(json_paths|patterns)\\[(\\d+)\\]$"_s);
        for (const QJsonValue &d : rules.error().details) {
            const QJsonObject o = d.toObject();
            const auto m = item.match(o.value(u"field").toString());
            if (!m.hasMatch()) {
                messages << o.value(u"message").toString();
                continue;
            }
            const int line = m.captured(2).toInt() + 1;
            messages << (m.captured(1) == u"patterns" ? tr("Patterns, line %1: %2")
                                                      : tr("JSON paths, line %1: %2"))
                            .arg(line)
                            .arg(o.value(u"message").toString());
        }
        m_redactionError->setText(messages.isEmpty() ? rules.error().message : messages.join(u'\n'));
        m_redactionError->show();
        return;
    }
    m_redactionError->clear();
    m_redactionError->hide();
    const Redactor redactor(*rules);
    QString error;
    const QJsonValue sample = JsonText::parse(m_sample->toPlainText(), &error);
    if (sample.isUndefined())
        m_preview->setPlainText(redactor.redactText(m_sample->toPlainText()));
    else
        m_preview->setPlainText(JsonText::pretty(redactor.redactJson(sample)));
}

void RulesPage::loadDataPolicy()
{
    m_api->get(u"/v1/retention"_s, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            setStatus(tr("Cannot read the retention periods: %1").arg(r.error), false);
            return;
        }
        showRetention(r.json);
    });
    m_api->get(u"/v1/redaction"_s, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            setStatus(tr("Cannot read the redaction rules: %1").arg(r.error), false);
            return;
        }
        // What the operator is typing is not overwritten by a refresh.
        if (m_redactionLoaded && (m_paths->document()->isModified() || m_patterns->document()->isModified()))
            return;
        QStringList paths;
        QStringList patterns;
        for (const QJsonValue &v : r.json.value(u"json_paths").toArray())
            paths << v.toString();
        for (const QJsonValue &v : r.json.value(u"patterns").toArray())
            patterns << v.toString();
        m_paths->setPlainText(paths.join(u'\n'));
        m_patterns->setPlainText(patterns.join(u'\n'));
        m_paths->document()->setModified(false);
        m_patterns->document()->setModified(false);
        m_redactionLoaded = true;
        Q_EMIT dataPolicyLoaded();
    });
}

void RulesPage::showRetention(const QJsonObject &policy)
{
    m_retentionErrors->clear();
    const QList<std::pair<QString, QSpinBox *>> spins{{u"attempt_bodies_days"_s, m_attemptBodyDays},
                                                      {u"inbound_bodies_days"_s, m_inboundBodyDays},
                                                      {u"delivered_messages_days"_s, m_deliveredDays},
                                                      {u"rollups_days"_s, m_rollupDays}};
    for (const auto &[field, spin] : spins)
        spin->setValue(policy.value(field).toInt(spin->value()));
}

QJsonObject RulesPage::retentionJson() const
{
    return QJsonObject{{u"attempt_bodies_days"_s, m_attemptBodyDays->value()},
                       {u"inbound_bodies_days"_s, m_inboundBodyDays->value()},
                       {u"delivered_messages_days"_s, m_deliveredDays->value()},
                       {u"rollups_days"_s, m_rollupDays->value()}};
}

void RulesPage::saveRetention()
{
    m_api->send("PUT", u"/v1/retention"_s, retentionJson(), this, [this](const ApiResult &r) {
        if (!r.ok()) {
            m_retentionErrors->show(r.fieldErrors, r.error);
            setStatus(tr("Retention not saved: %1").arg(r.error), false);
            return;
        }
        showRetention(r.json);
        setStatus(tr("Retention periods saved; the next pruning run applies them."), true);
        Q_EMIT dataPolicySaved();
    });
}

void RulesPage::saveRedaction()
{
    const QJsonObject body{{u"json_paths"_s, QJsonArray::fromStringList(lines(m_paths))},
                           {u"patterns"_s, QJsonArray::fromStringList(lines(m_patterns))}};
    if (!RedactionRules::fromJson(body)) {
        setStatus(tr("Not saved: correct the rules marked in red."), false);
        return;
    }
    m_api->send("PUT", u"/v1/redaction"_s, body, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            m_redactionError->setText(r.error);
            m_redactionError->show();
            setStatus(tr("Redaction rules not saved: %1").arg(r.error), false);
            return;
        }
        m_paths->document()->setModified(false);
        m_patterns->document()->setModified(false);
        setStatus(tr("Redaction rules saved: they apply to everything stored from now on."), true);
        Q_EMIT dataPolicySaved();
    });
}

} // namespace Switchboard
