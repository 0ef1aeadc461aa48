// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointspage.h"

#include "apiclient.h"
#include "endpointeditor.h"
#include "fielderrors.h"
#include "jsonlistmodel.h"
#include "jsontext.h"
#include "secretfield.h"
#include "secretspanel.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QSslCertificate>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QSet<QString> eventSet(const QJsonObject &e)
{
    QSet<QString> s;
    for (const QJsonValue &v : e.value(u"event_types").toArray())
        s.insert(v.toString());
    return s;
}

} // namespace

EndpointsPage::EndpointsPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_view(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new EndpointEditor(this))
    , m_status(new StatusLabel(this))
{
    setObjectName(u"endpointsPage"_s);
    m_model = new JsonListModel(
        {
            {tr("Name"),
             [](const QJsonObject &o, int role) {
                 return role == Qt::DisplayRole ? QVariant(o.value(u"name").toString()) : QVariant();
             }},
            {tr("URL"),
             [](const QJsonObject &o, int role) {
                 return role == Qt::DisplayRole ? QVariant(o.value(u"url").toString()) : QVariant();
             }},
            {tr("Version"),
             [](const QJsonObject &o, int role) {
                 return role == Qt::DisplayRole ? QVariant(o.value(u"version").toString()) : QVariant();
             }},
            {tr("Event types"),
             [](const QJsonObject &o, int role) {
                 QStringList t;
                 for (const QJsonValue &v : o.value(u"event_types").toArray())
                     t << v.toString();
                 return role == Qt::DisplayRole ? QVariant(t.join(u", "_s)) : QVariant();
             }},
            {tr("State"),
             [](const QJsonObject &o, int role) {
                 if (role != Qt::DisplayRole)
                     return QVariant();
                 if (o.value(u"paused").toBool())
                     return QVariant(tr("paused"));
                 if (!o.value(u"enabled").toBool(true))
                     return QVariant(tr("disabled"));
                 const QJsonObject circuit = o.value(u"circuit").toObject();
                 const QString state = circuit.value(u"state").toString();
                 if (state == u"open" || state == u"half_open") {
                     const QDateTime retry
                         = QDateTime::fromString(circuit.value(u"retry_at").toString(), Qt::ISODateWithMs);
                     return QVariant(
                         state == u"half_open" ? tr("circuit half-open")
                             : retry.isValid()
                             ? tr("circuit open, retry %1")
                                   .arg(QLocale().toString(retry.toLocalTime().time(), QLocale::ShortFormat))
                             : tr("circuit open"));
                 }
                 return QVariant(tr("active"));
             }},
            {tr("Health (1 h)"),
             [](const QJsonObject &o, int role) {
                 const QJsonObject h = o.value(u"_health").toObject();
                 const QJsonValue rate = h.value(u"success_rate");
                 const int dlq = h.value(u"dlq_depth").toInt();
                 if (role == Qt::ForegroundRole) {
                     if (h.isEmpty() || rate.isNull())
                         return QVariant();
                     return QVariant(QColor(rate.toDouble() >= 0.99 && dlq == 0 ? QColor(0x1b, 0x7f, 0x3b)
                                                : rate.toDouble() >= 0.9        ? QColor(0xb0, 0x6d, 0x00)
                                                                                : QColor(0xb3, 0x26, 0x1e)));
                 }
                 if (role != Qt::DisplayRole)
                     return QVariant();
                 if (h.isEmpty())
                     return QVariant(QString());
                 const QString r = rate.isNull()
                     ? tr("no traffic")
                     : tr("%1 % ok").arg(QLocale().toString(rate.toDouble() * 100, 'f', 1));
                 return QVariant(dlq ? tr("%1, %n dead", nullptr, dlq).arg(r) : r);
             }},
        },
        this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Endpoints"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) {
                if (cur.isValid())
                    showItem(m_model->row(cur.row()));
            });

    auto *newButton = new QPushButton(tr("New endpoint"), this);
    auto *reload = new QPushButton(tr("Reload"), this);
    connect(newButton, &QPushButton::clicked, this, &EndpointsPage::newEndpoint);
    connect(reload, &QPushButton::clicked, this, &EndpointsPage::refresh);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newButton);
    leftButtons->addWidget(reload);
    leftButtons->addStretch();
    leftLayout->addLayout(leftButtons);
    leftLayout->addWidget(m_view);

    // Settings tab: the editor and its actions.
    auto *settings = new QWidget(this);
    auto *scroll = new QScrollArea(settings);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *saveButton = new QPushButton(tr("Save"), settings);
    saveButton->setObjectName(u"saveEndpoint"_s);
    saveButton->setDefault(true);
    m_pause = new QPushButton(tr("Pause"), settings);
    m_delete = new QPushButton(tr("Delete…"), settings);
    m_circuit = new QLabel(settings);
    m_circuit->setObjectName(u"circuitState"_s);
    m_circuit->setWordWrap(true);
    m_circuit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resetCircuit = new QPushButton(tr("Reset circuit"), settings);
    m_resetCircuit->setObjectName(u"resetCircuit"_s);
    m_resetCircuit->setToolTip(
        tr("Close the circuit now and send the waiting deliveries, without waiting for the probe"));
    m_resetCircuit->setEnabled(false);
    connect(m_resetCircuit, &QPushButton::clicked, this, &EndpointsPage::resetCircuit);
    connect(saveButton, &QPushButton::clicked, this, &EndpointsPage::save);
    connect(m_pause, &QPushButton::clicked, this, [this]() {
        const int r = m_model->find(m_current);
        setPaused(!(r >= 0 && m_model->row(r).value(u"paused").toBool()));
    });
    connect(m_delete, &QPushButton::clicked, this, &EndpointsPage::remove);
    auto *actions = new QHBoxLayout;
    actions->addWidget(saveButton);
    actions->addWidget(m_pause);
    actions->addWidget(m_resetCircuit);
    actions->addStretch();
    actions->addWidget(m_delete);
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->addWidget(m_circuit);
    settingsLayout->addWidget(scroll, 1);
    settingsLayout->addLayout(actions);
    m_tabs->addTab(settings, tr("Settings"));

    // Secrets tab: the panel every page with secrets shares, and the outbound credential under it.
    SecretsPanel::Options secretOptions;
    secretOptions.collection = u"/v1/endpoints/"_s;
    secretOptions.itemKey = u"endpoint"_s;
    secretOptions.untilHeader = tr("Signs until");
    secretOptions.intro = tr("Secrets that sign now (one signature each during a rotation):");
    secretOptions.placeholder = tr("whsec_… (16 to 512 characters)");
    secretOptions.rotateToolTip
        = tr("Generate a new secret; the current ones keep signing during the grace window");
    secretOptions.generatedNote = tr("Give it to the receiver of %1.");
    auto *secrets = new SecretsPanel(m_api, secretOptions, this);
    m_secretsPanel = secrets;
    connect(secrets, &SecretsPanel::status, this, &EndpointsPage::setStatus);
    connect(secrets, &SecretsPanel::secretSet, this, &EndpointsPage::refresh);
    connect(secrets, &SecretsPanel::rotated, this, [this](const QJsonObject &endpoint) {
        m_model->upsert(endpoint);
        if (m_current == endpoint.value(u"name").toString())
            showSecrets(endpoint);
    });
    m_credential = new QLineEdit(secrets);
    m_credential->setEchoMode(QLineEdit::Password);
    m_credential->setPlaceholderText(tr("token, API key, password or client secret"));
    m_credential->setAccessibleName(tr("Outbound credential"));
    m_setCredential = new QPushButton(tr("Set credential"), secrets);
    connect(m_setCredential, &QPushButton::clicked, this, &EndpointsPage::setCredential);
    // mtls endpoints take a certificate and a key instead, chosen as files.
    m_clientCertificate = new QPushButton(tr("Set client certificate…"), secrets);
    m_clientCertificate->setToolTip(tr(
        "Choose the client certificate and its unencrypted private key (PEM files); the key is sent to the "
        "secret store and never shown"));
    m_clientCertificate->setVisible(false);
    connect(m_clientCertificate, &QPushButton::clicked, this, &EndpointsPage::chooseClientCertificate);
    m_credentialState = new QLabel(secrets);
    m_credentialState->setWordWrap(true);
    auto *credentialRow = new QHBoxLayout;
    credentialRow->addWidget(m_credential, 1);
    credentialRow->addWidget(m_setCredential);
    credentialRow->addWidget(m_clientCertificate);
    secrets->form()->addRow(tr("Authentication:"), credentialRow);
    secrets->form()->addRow(QString(), m_credentialState);
    m_tabs->addTab(secrets, tr("Secrets"));

    // Test send tab.
    auto *test = new QWidget(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_testType = new QLineEdit(u"test.ping"_s, test);
    m_testPayload = new QPlainTextEdit(u"{\n  \"test\": true,\n  \"call_id\": \"call_test\"\n}"_s, test);
    m_testRequest = new QPlainTextEdit(test);
    m_testResponse = new QPlainTextEdit(test);
    for (QPlainTextEdit *e : {m_testPayload, m_testRequest, m_testResponse})
        e->setFont(mono);
    m_testRequest->setReadOnly(true);
    m_testResponse->setReadOnly(true);
    m_testRequest->setAccessibleName(tr("Request sent"));
    m_testResponse->setAccessibleName(tr("Response received"));
    m_testButton = new QPushButton(tr("Send test event"), test);
    connect(m_testButton, &QPushButton::clicked, this, &EndpointsPage::testSend);
    auto *testForm = new QFormLayout;
    testForm->addRow(tr("Event type:"), m_testType);
    testForm->addRow(tr("Payload:"), m_testPayload);
    auto *exchange = new QSplitter(test);
    auto *reqBox = new QGroupBox(tr("Request sent"), exchange);
    (new QVBoxLayout(reqBox))->addWidget(m_testRequest);
    auto *resBox = new QGroupBox(tr("Response received"), exchange);
    (new QVBoxLayout(resBox))->addWidget(m_testResponse);
    auto *testLayout = new QVBoxLayout(test);
    testLayout->addLayout(testForm);
    testLayout->addWidget(m_testButton, 0, Qt::AlignLeft);
    testLayout->addWidget(exchange, 1);
    m_tabs->addTab(test, tr("Test send"));

    // Versions tab.
    auto *versionsTab = new QWidget(this);
    auto *versionsOuter = new QVBoxLayout(versionsTab);
    versionsOuter->addWidget(new QLabel(tr("Endpoints serving the same event types, side by side, each with "
                                           "its version and payload template:"),
                                        versionsTab));
    m_versions = new QWidget(versionsTab);
    m_versionsLayout = new QHBoxLayout(m_versions);
    versionsOuter->addWidget(m_versions, 1);
    m_tabs->addTab(versionsTab, tr("Versions"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 700});
    m_status->setObjectName(u"endpointsStatus"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    newEndpoint();
}

void EndpointsPage::setStatus(const QString &text, bool ok)
{
    m_status->showStatus(text, ok);
    Q_EMIT message(text, ok);
}

void EndpointsPage::refresh()
{
    m_api->get(u"/v1/endpoints"_s, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            setStatus(tr("Cannot list endpoints: %1").arg(r.error), false);
            return;
        }
        const QString keep = m_current;
        m_model->setRows(r.json.value(u"endpoints").toArray());
        m_view->resizeColumnsToContents();
        if (!keep.isEmpty())
            select(keep);
        showVersions();
        loadHealth();
    });
}

void EndpointsPage::loadHealth()
{
    for (const QJsonObject &row : m_model->rows()) {
        const QString name = row.value(u"name").toString();
        m_api->get(u"/v1/stats?window_s=3600&endpoint="_s
                       + QString::fromLatin1(QUrl::toPercentEncoding(name)),
                   this, [this, name](const ApiResult &r) {
                       const int i = m_model->find(name);
                       if (!r.ok() || i < 0)
                           return;
                       QJsonObject o = m_model->row(i);
                       o.insert(u"_health"_s,
                                QJsonObject{{u"success_rate"_s, r.json.value(u"success_rate")},
                                            {u"dlq_depth"_s, r.json.value(u"dlq_depth")}});
                       m_model->upsert(o);
                   });
    }
}

void EndpointsPage::select(const QString &name)
{
    const int r = m_model->find(name);
    if (r < 0)
        return;
    m_view->setCurrentIndex(m_model->index(r, 0));
    showItem(m_model->row(r));
}

void EndpointsPage::newEndpoint()
{
    m_current.clear();
    m_view->clearSelection();
    m_editor->load({});
    m_pause->setEnabled(false);
    m_delete->setEnabled(false);
    m_secretsPanel->clear();
    m_tabs->setCurrentIndex(0);
    showVersions();
}

void EndpointsPage::showItem(const QJsonObject &endpoint)
{
    const QString name = endpoint.value(u"name").toString();
    if (name != m_current) {
        m_testRequest->clear();
        m_testResponse->clear();
    }
    m_current = name;
    m_secretsPanel->setOwner(name); // a secret shown once does not follow the operator
    m_editor->load(endpoint);
    m_pause->setEnabled(true);
    m_delete->setEnabled(true);
    m_pause->setText(endpoint.value(u"paused").toBool() ? tr("Resume") : tr("Pause"));
    showCircuit(endpoint);
    const QJsonArray types = endpoint.value(u"event_types").toArray();
    for (const QJsonValue &t : types) {
        if (!t.toString().contains(u'*')) {
            m_testType->setText(t.toString());
            break;
        }
    }
    showSecrets(endpoint);
    showVersions();
}

void EndpointsPage::showSecrets(const QJsonObject &endpoint)
{
    m_secretsPanel->showSecrets(endpoint.value(u"secrets").toArray(),
                                endpoint.value(u"signing").toObject().value(u"scheme").toString() != u"none"
                                    ? tr("no secret: deliveries wait until one is set")
                                    : QString());
    const QString authType = endpoint.value(u"auth").toObject().value(u"type").toString();
    const bool mtls = authType == u"mtls";
    m_credential->setVisible(!mtls);
    m_setCredential->setVisible(!mtls);
    m_clientCertificate->setVisible(mtls);
    if (authType.isEmpty()) {
        m_credentialState->setText(tr("No outbound authentication configured (Settings tab)."));
    } else if (authType == u"mtls") {
        m_credentialState->setText(tr("Client certificate (mTLS): %1")
                                       .arg(endpoint.value(u"auth_fingerprint").isString()
                                                ? endpoint.value(u"auth_fingerprint").toString()
                                                : tr("not set, deliveries wait until it is")));
    } else {
        m_credentialState->setText(tr("%1 credential: %2")
                                       .arg(authType,
                                            endpoint.value(u"auth_fingerprint").isString()
                                                ? endpoint.value(u"auth_fingerprint").toString()
                                                : tr("not set, deliveries wait until it is")));
    }
}

void EndpointsPage::showVersions()
{
    while (QLayoutItem *item = m_versionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int r = m_model->find(m_current);
    if (r < 0)
        return;
    const QJsonObject me = m_model->row(r);
    const QSet<QString> mine = eventSet(me);
    for (const QJsonObject &o : m_model->rows()) {
        const QSet<QString> theirs = eventSet(o);
        const bool overlap = o.value(u"name") == me.value(u"name") || mine.intersects(theirs)
            || mine.contains(u"*"_s) || theirs.contains(u"*"_s);
        if (!overlap)
            continue;
        auto *box = new QGroupBox(o.value(u"name").toString(), m_versions);
        box->setObjectName(u"version_"_s + o.value(u"name").toString());
        auto *l = new QVBoxLayout(box);
        const QString version = o.value(u"version").toString();
        l->addWidget(
            new QLabel(version.isEmpty() ? tr("Version: none") : tr("Version: %1").arg(version), box));
        auto *url = new QLabel(o.value(u"url").toString(), box);
        url->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->addWidget(url);
        auto *tpl = new QPlainTextEdit(box);
        tpl->setReadOnly(true);
        tpl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        tpl->setPlainText(o.value(u"payload_template").isNull() || o.value(u"payload_template").isUndefined()
                              ? tr("(no template: the event as sent)")
                              : JsonText::pretty(o.value(u"payload_template")));
        l->addWidget(tpl, 1);
        m_versionsLayout->addWidget(box);
    }
}

void EndpointsPage::save()
{
    QMap<QString, QString> local;
    const QJsonObject body = m_editor->toJson(&local);
    if (!local.isEmpty()) {
        m_editor->errors()->show(local);
        setStatus(tr("Not saved: correct the fields marked in red."), false);
        return;
    }
    const QString name = m_editor->name();
    m_api->send("PUT", ApiClient::path(u"/v1/endpoints/"_s, name), body, this,
                [this, name](const ApiResult &r) {
                    if (!r.ok()) {
                        m_editor->errors()->show(r.fieldErrors, r.error);
                        setStatus(tr("Not saved: %1").arg(r.error), false);
                        return;
                    }
                    m_editor->errors()->clear();
                    QJsonObject endpoint = r.json;
                    endpoint.insert(u"name"_s, name);
                    const QString generated = endpoint.take(u"secret"_s).toString();
                    m_model->upsert(endpoint);
                    select(name);
                    if (!generated.isEmpty()) {
                        const QString note
                            = tr("Generated for %1 and shown only now: give it to the receiver.").arg(name);
                        m_secretsPanel->showGenerated(generated, note);
                        m_tabs->setCurrentIndex(1);
                    }
                    setStatus(r.status == 201 ? tr("Endpoint %1 created.").arg(name)
                                              : tr("Endpoint %1 saved.").arg(name),
                              true);
                    Q_EMIT saved(name);
                    showVersions();
                });
}

void EndpointsPage::remove()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    if (isVisible()
        && QMessageBox::question(this, tr("Delete endpoint"),
                                 tr("Delete %1? Its queued and dead deliveries are discarded.").arg(name))
            != QMessageBox::Yes)
        return;
    m_api->send("DELETE", ApiClient::path(u"/v1/endpoints/"_s, name), QJsonValue::Undefined, this,
                [this, name](const ApiResult &r) {
                    if (!r.ok()) {
                        setStatus(tr("Not deleted: %1").arg(r.error), false);
                        return;
                    }
                    setStatus(tr("Endpoint %1 deleted.").arg(name), true);
                    newEndpoint();
                    refresh();
                });
}

void EndpointsPage::setPaused(bool paused)
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    m_api->send("POST", ApiClient::path(u"/v1/endpoints/"_s, name, paused ? u"/pause"_s : u"/resume"_s),
                QJsonObject{}, this, [this, name, paused](const ApiResult &r) {
                    if (!r.ok()) {
                        setStatus(r.error, false);
                        return;
                    }
                    QJsonObject o = r.json;
                    o.insert(u"name"_s, name);
                    m_model->upsert(o);
                    if (m_current == name)
                        showItem(o);
                    setStatus(paused ? tr("%1 paused: its deliveries wait.").arg(name)
                                     : tr("%1 resumed.").arg(name),
                              true);
                });
}

void EndpointsPage::showCircuit(const QJsonObject &endpoint)
{
    const QJsonObject c = endpoint.value(u"circuit").toObject();
    const QString state = c.value(u"state").toString(u"closed"_s);
    const auto time = [](const QJsonValue &iso) {
        const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    const int failures = c.value(u"consecutive_failures").toInt();
    QString text;
    if (state == u"open")
        text = tr("Circuit open since %1 after %n failures in a row (%2): deliveries wait; "
                  "the next probe goes out at %3.",
                  nullptr, failures)
                   .arg(time(c.value(u"opened_at")), c.value(u"last_error").toString(),
                        time(c.value(u"retry_at")));
    else if (state == u"half_open")
        text = tr("Circuit half-open: one probe delivery tests the endpoint; success closes the circuit.");
    else if (failures > 0)
        text = tr("Circuit closed (%n failures in a row so far).", nullptr, failures);
    else
        text = tr("Circuit closed.");
    m_circuit->setText(text);
    m_circuit->setStyleSheet(state == u"closed" ? QString() : u"color: #b3261e"_s);
    m_resetCircuit->setEnabled(state != u"closed");
}

void EndpointsPage::resetCircuit()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    m_api->send("POST", ApiClient::path(u"/v1/endpoints/"_s, name, u"/circuit/reset"_s), QJsonObject{}, this,
                [this, name](const ApiResult &r) {
                    if (!r.ok()) {
                        setStatus(r.error, false);
                        return;
                    }
                    QJsonObject o = r.json;
                    o.insert(u"name"_s, name);
                    o.insert(u"_health"_s, m_model->row(m_model->find(name)).value(u"_health"));
                    m_model->upsert(o);
                    if (m_current == name)
                        showCircuit(o);
                    setStatus(tr("%1: circuit closed; its waiting deliveries go out now.").arg(name), true);
                });
}

void EndpointsPage::testSend()
{
    if (m_current.isEmpty()) {
        setStatus(tr("Save the endpoint first."), false);
        return;
    }
    QJsonParseError pe;
    const QJsonDocument payload = QJsonDocument::fromJson(m_testPayload->toPlainText().toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || payload.isNull()) {
        setStatus(tr("The payload is not JSON: %1").arg(pe.errorString()), false);
        return;
    }
    const QString name = m_current;
    const QJsonObject body{
        {u"event_type"_s, m_testType->text().trimmed()},
        {u"payload"_s, payload.isObject() ? QJsonValue(payload.object()) : QJsonValue(payload.array())},
        {u"endpoints"_s, QJsonArray{name}}};
    m_testButton->setEnabled(false);
    m_testRequest->setPlainText(tr("Sending…"));
    m_testResponse->clear();
    m_api->send("POST", u"/v1/messages?wait_ms=8000"_s, body, this, [this, name](const ApiResult &r) {
        const QString id = r.json.value(u"deliveries").toArray().at(0).toObject().value(u"id").toString();
        if (!r.ok() || id.isEmpty()) {
            m_testButton->setEnabled(true);
            m_testRequest->setPlainText(r.ok() ? tr("No delivery was created.") : r.error);
            setStatus(tr("Test send failed: %1").arg(r.error), false);
            Q_EMIT testFinished();
            return;
        }
        m_api->get(u"/v1/deliveries/"_s + id, this, [this, name](const ApiResult &d) {
            m_testButton->setEnabled(true);
            const QJsonArray attempts = d.json.value(u"attempts").toArray();
            if (!d.ok() || attempts.isEmpty()) {
                m_testRequest->setPlainText(tr("No attempt yet (status %1). The endpoint may be paused, "
                                               "disabled or waiting for a secret.")
                                                .arg(d.json.value(u"status").toString()));
                Q_EMIT testFinished();
                return;
            }
            const QJsonObject a = attempts.last().toObject();
            const QJsonObject req = a.value(u"request").toObject();
            const int row = m_model->find(name);
            const QString method
                = row >= 0 ? m_model->row(row).value(u"method").toString(u"POST"_s) : u"POST"_s;
            m_testRequest->setPlainText(method + u' ' + req.value(u"url").toString() + u"\n"_s
                                        + JsonText::headerLines(req.value(u"headers")) + u'\n'
                                        + JsonText::pretty(d.json.value(u"payload")));
            const QJsonValue res = a.value(u"response");
            QString response;
            if (res.isObject()) {
                response = tr("HTTP %1 in %2 ms")
                               .arg(a.value(u"status_code").toInt())
                               .arg(a.value(u"duration_ms").toDouble())
                    + u'\n' + JsonText::headerLines(res.toObject().value(u"headers")) + u'\n'
                    + JsonText::pretty(res.toObject().value(u"body"));
            } else {
                response = tr("No response: %1 %2")
                               .arg(a.value(u"error").toString(), a.value(u"error_detail").toString());
            }
            m_testResponse->setPlainText(response);
            setStatus(tr("Test event delivered as %1 (%2).")
                          .arg(d.json.value(u"id").toString(), d.json.value(u"status").toString()),
                      true);
            Q_EMIT testFinished();
        });
    });
}

SecretField *EndpointsPage::newSecret() const
{
    return m_secretsPanel->newSecret();
}

QTreeWidget *EndpointsPage::secretsList() const
{
    return m_secretsPanel->list();
}

QLineEdit *EndpointsPage::secretEdit() const
{
    return m_secretsPanel->secretEdit();
}

QSpinBox *EndpointsPage::graceHours() const
{
    return m_secretsPanel->graceHours();
}

void EndpointsPage::setSecret()
{
    m_secretsPanel->setSecret();
}

void EndpointsPage::setCredential()
{
    if (m_current.isEmpty() || m_credential->text().isEmpty())
        return;
    const QString name = m_current;
    m_api->send("PUT", ApiClient::path(u"/v1/endpoints/"_s, name, u"/auth"_s),
                QJsonObject{{u"secret"_s, m_credential->text()}}, this, [this, name](const ApiResult &r) {
                    if (!r.ok()) {
                        setStatus(tr("Credential not set: %1").arg(r.error), false);
                        return;
                    }
                    m_credential->clear();
                    setStatus(tr("The credential of %1 was set.").arg(name), true);
                    refresh();
                });
}

void EndpointsPage::chooseClientCertificate()
{
    if (m_current.isEmpty())
        return;
    const QString pem = tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    const QString certificate
        = QFileDialog::getOpenFileName(this, tr("Client certificate of %1").arg(m_current), QString(), pem);
    if (certificate.isEmpty())
        return;
    const QString key = QFileDialog::getOpenFileName(this, tr("Private key of that certificate"),
                                                     QFileInfo(certificate).absolutePath(), pem);
    if (key.isEmpty())
        return;
    setClientCertificateFiles(certificate, key);
}

void EndpointsPage::setClientCertificateFiles(const QString &certificateFile, const QString &keyFile)
{
    if (m_current.isEmpty())
        return;
    constexpr qint64 kMaxPem = 64 * 1024;
    auto readPem = [this](const QString &path, QByteArray *out) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            setStatus(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                      false);
            return false;
        }
        if (file.size() > kMaxPem) {
            setStatus(tr("%1 is too large for a PEM file (over 64 KiB).").arg(QDir::toNativeSeparators(path)),
                      false);
            return false;
        }
        *out = file.readAll();
        return true;
    };
    QByteArray certificate;
    QByteArray key;
    if (!readPem(certificateFile, &certificate) || !readPem(keyFile, &key))
        return;
    const QSslCertificate parsed(certificate, QSsl::Pem);
    if (parsed.isNull()) {
        key.fill('\0');
        setStatus(tr("%1 is not a PEM certificate.").arg(QDir::toNativeSeparators(certificateFile)), false);
        return;
    }
    const QString name = m_current;
    const QString subject = parsed.subjectInfo(QSslCertificate::CommonName).join(u", "_s);
    const QString expires = QLocale().toString(parsed.expiryDate().toLocalTime(), QLocale::ShortFormat);
    QJsonObject body{{u"certificate"_s, QString::fromLatin1(certificate)},
                     {u"private_key"_s, QString::fromLatin1(key)}};
    key.fill('\0');
    m_api->send("PUT", ApiClient::path(u"/v1/endpoints/"_s, name, u"/auth"_s), body, this,
                [this, name, subject, expires](const ApiResult &r) {
                    if (!r.ok()) {
                        setStatus(tr("Client certificate not set: %1").arg(r.error), false);
                        return;
                    }
                    setStatus(tr("The client certificate of %1 was set (%2, valid until %3).")
                                  .arg(name, subject.isEmpty() ? tr("no common name") : subject, expires),
                              true);
                    refresh();
                });
}

void EndpointsPage::rotateSecret()
{
    m_secretsPanel->rotateSecret();
}

} // namespace Switchboard
