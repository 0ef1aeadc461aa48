// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformspage.h"

#include "apiclient.h"
#include "fielderrors.h"
#include "jsonlistmodel.h"
#include "platforms/platformconfig.h"
#include "secretspanel.h"

#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
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
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QVariant displayText(int role, const QString &text)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(text) : QVariant();
}

QString platformTitle(const QString &platform)
{
    static const QMap<QString, QString> titles{
        {u"vapi"_s, u"Vapi"_s},     {u"retell"_s, u"Retell"_s},   {u"elevenlabs"_s, u"ElevenLabs"_s},
        {u"bland"_s, u"Bland"_s},   {u"livekit"_s, u"LiveKit"_s}, {u"openai"_s, u"OpenAI"_s},
        {u"twilio"_s, u"Twilio"_s},
    };
    return titles.value(platform, platform);
}

bool isHeaderName(const QString &s)
{
    static const QRegularExpression token(u"^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,128}$"_s);
    return token.match(s).hasMatch();
}

} // namespace

PlatformsPage::PlatformsPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_view(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_platform(new QComboBox(this))
    , m_preset(new QLabel(this))
    , m_authType(new QComboBox(this))
    , m_authHeader(new QLineEdit(this))
    , m_hmacAlgorithm(new QComboBox(this))
    , m_hmacSignatureHeader(new QLineEdit(this))
    , m_hmacTimestampHeader(new QLineEdit(this))
    , m_hmacPayloadFormat(new QLineEdit(this))
    , m_hmacEncoding(new QComboBox(this))
    , m_hmacPrefix(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_publicUrl(new QLineEdit(this))
    , m_tolerance(new QSpinBox(this))
    , m_eventPrefix(new QLineEdit(this))
    , m_endpoints(new QLineEdit(this))
    , m_budget(new QSpinBox(this))
    , m_assistantRequest(new QPlainTextEdit(this))
    , m_publicBase(new QLineEdit(this))
    , m_pasteUrl(new QLineEdit(this))
    , m_where(new QLabel(this))
    , m_status(new StatusLabel(this))
{
    setObjectName(u"platformsPage"_s);
    m_model = new JsonListModel(
        {
            {tr("Name"),
             [](const QJsonObject &o, int role) { return displayText(role, o.value(u"name").toString()); }},
            {tr("Platform"),
             [](const QJsonObject &o, int role) {
                 return displayText(role, platformTitle(o.value(u"platform").toString()));
             }},
            {tr("URL"),
             [](const QJsonObject &o, int role) { return displayText(role, o.value(u"url").toString()); }},
            {tr("Secret"),
             [](const QJsonObject &o, int role) {
                 if (role == Qt::ForegroundRole)
                     return o.value(u"secret_fingerprint").isString() ? QVariant()
                                                                      : QVariant(QColor(0xb3, 0x26, 0x1e));
                 const QJsonValue fp = o.value(u"secret_fingerprint");
                 return displayText(role, fp.isString() ? fp.toString() : tr("none: requests are refused"));
             }},
        },
        this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Platform connections"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) {
                if (cur.isValid())
                    showItem(m_model->row(cur.row()));
            });
    auto *newButton = new QPushButton(tr("New connection"), this);
    connect(newButton, &QPushButton::clicked, this, &PlatformsPage::newConnection);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(newButton, 0, Qt::AlignLeft);

    // The editor.
    auto *general = new QLabel(this);
    m_errors = new FieldErrors(general, this);
    for (const QString &p : PlatformPreset::names())
        m_platform->addItem(platformTitle(p), p);
    m_platform->setAccessibleName(tr("Platform"));
    m_name->setPlaceholderText(tr("e.g. support-line"));
    m_name->setAccessibleName(tr("Name"));
    m_preset->setWordWrap(true);
    m_preset->setTextFormat(Qt::RichText);
    m_preset->setAccessibleName(tr("Preset"));
    m_authType->addItem(tr("Secret in a header"), u"secret_header"_s);
    m_authType->addItem(tr("Bearer token"), u"bearer"_s);
    m_authType->addItem(tr("HMAC signature"), u"hmac"_s);
    m_authType->setAccessibleName(tr("Authentication"));
    m_authHeader->setAccessibleName(tr("Header"));
    m_hmacAlgorithm->addItems({u"sha256"_s, u"sha512"_s, u"sha1"_s});
    m_hmacEncoding->addItems({u"hex"_s, u"base64"_s});
    m_hmacSignatureHeader->setText(u"x-signature"_s);
    m_hmacTimestampHeader->setText(u"x-timestamp"_s);
    m_hmacPayloadFormat->setText(u"{timestamp}.{body}"_s);
    m_hmacPrefix->setPlaceholderText(tr("none (e.g. sha256=)"));
    m_apiKey->setPlaceholderText(u"APIxxxxxxxx"_s);
    m_apiKey->setAccessibleName(tr("API key"));
    m_publicUrl->setPlaceholderText(tr("the exact status callback URL configured at Twilio"));
    m_publicUrl->setAccessibleName(tr("Public URL"));
    m_tolerance->setRange(0, 86400);
    m_tolerance->setSuffix(tr(" s"));
    m_tolerance->setAccessibleName(tr("Clock tolerance"));
    m_eventPrefix->setAccessibleName(tr("Event prefix"));
    m_endpoints->setPlaceholderText(tr("every endpoint subscribed to the event type"));
    m_endpoints->setAccessibleName(tr("Forward to"));
    m_budget->setRange(100, 120000);
    m_budget->setSingleStep(1000);
    m_budget->setSuffix(tr(" ms"));
    m_budget->setAccessibleName(tr("Answer budget"));
    m_assistantRequest->setAccessibleName(tr("Assistant for inbound calls"));
    m_assistantRequest->setPlaceholderText(
        tr("{\"assistantId\": \"...\"} (or assistant, squadId, destination, error); empty: the call is "
           "refused with an error"));
    m_assistantRequest->setToolTip(
        tr("What Switchboard answers Vapi's assistant-request, sent for an inbound call to a phone number "
           "without an assistant: a JSON object, as Vapi takes it."));
    m_assistantRequest->setTabChangesFocus(true);
    m_assistantRequest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_assistantRequest->setMaximumHeight(110);

    auto *editor = new QWidget(this);
    editor->setLayout(m_form);
    m_form->addRow(general);
    m_form->addRow(tr("Name:"), m_errors->wrap(u"name"_s, m_name));
    m_form->addRow(tr("Platform:"), m_errors->wrap(u"platform"_s, m_platform));
    m_form->addRow(tr("Preset:"), m_preset);
    m_form->addRow(tr("Authentication:"), m_errors->wrap(u"auth.type"_s, m_authType));
    m_form->addRow(tr("Header:"), m_errors->wrap(u"auth.header"_s, m_authHeader));
    m_form->addRow(tr("Algorithm:"), m_errors->wrap(u"auth.algorithm"_s, m_hmacAlgorithm));
    m_form->addRow(tr("Signature header:"),
                   m_errors->wrap(u"auth.signature_header"_s, m_hmacSignatureHeader));
    m_form->addRow(tr("Timestamp header:"),
                   m_errors->wrap(u"auth.timestamp_header"_s, m_hmacTimestampHeader));
    m_form->addRow(tr("Signed payload:"), m_errors->wrap(u"auth.payload_format"_s, m_hmacPayloadFormat));
    m_form->addRow(tr("Encoding:"), m_errors->wrap(u"auth.encoding"_s, m_hmacEncoding));
    m_form->addRow(tr("Signature prefix:"), m_errors->wrap(u"auth.prefix"_s, m_hmacPrefix));
    m_form->addRow(tr("API key:"), m_errors->wrap(u"auth.api_key"_s, m_apiKey));
    m_form->addRow(tr("Public URL:"), m_errors->wrap(u"auth.public_url"_s, m_publicUrl));
    m_form->addRow(tr("Clock tolerance:"), m_errors->wrap(u"tolerance_s"_s, m_tolerance));
    m_form->addRow(tr("Event prefix:"), m_errors->wrap(u"event_prefix"_s, m_eventPrefix));
    m_form->addRow(tr("Forward to:"), m_errors->wrap(u"endpoints"_s, m_endpoints));
    m_form->addRow(tr("Answer budget:"), m_errors->wrap(u"budget_ms"_s, m_budget));
    m_form->addRow(tr("Inbound call assistant:"), m_errors->wrap(u"assistant_request"_s, m_assistantRequest));
    connect(m_assistantRequest, &QPlainTextEdit::textChanged, this, &PlatformsPage::validateAssistantRequest);
    auto *saveButton = new QPushButton(tr("Save"), editor);
    saveButton->setDefault(true);
    auto *del = new QPushButton(tr("Delete…"), editor);
    connect(saveButton, &QPushButton::clicked, this, &PlatformsPage::save);
    connect(del, &QPushButton::clicked, this, &PlatformsPage::remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addStretch();
    buttons->addWidget(del);
    m_form->addRow(buttons);

    // Where to paste Switchboard's URL.
    m_publicBase->setPlaceholderText(tr("https://switchboard.example.com (the platform must reach it)"));
    m_publicBase->setAccessibleName(tr("Public base URL"));
    m_publicBase->setText(QSettings().value(u"platforms/publicBaseUrl"_s).toString());
    m_pasteUrl->setReadOnly(true);
    m_pasteUrl->setAccessibleName(tr("URL to paste into the platform"));
    auto *copy = new QPushButton(tr("Copy"), this);
    connect(copy, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(m_pasteUrl->text());
        setStatus(tr("URL copied."), true);
    });
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_pasteUrl, 1);
    pasteRow->addWidget(copy);
    m_where->setWordWrap(true);
    auto *urlBox = new QWidget(this);
    auto *urlForm = new QFormLayout(urlBox);
    urlForm->setContentsMargins(0, 0, 0, 0);
    urlForm->addRow(tr("Public base URL:"), m_publicBase);
    urlForm->addRow(tr("Paste into the platform:"), pasteRow);
    urlForm->addRow(QString(), m_where);
    m_form->insertRow(4, urlBox);
    connect(m_publicBase, &QLineEdit::textChanged, this, [this](const QString &text) {
        QSettings().setValue(u"platforms/publicBaseUrl"_s, text.trimmed());
        updatePasteUrl();
    });
    connect(m_name, &QLineEdit::textChanged, this, &PlatformsPage::updatePasteUrl);
    connect(m_platform, &QComboBox::currentIndexChanged, this,
            [this]() { applyPreset(m_platform->currentData().toString(), true); });
    connect(m_authType, &QComboBox::currentIndexChanged, this, [this]() {
        const QString type = m_authType->currentData().toString();
        m_authHeader->setText(type == u"bearer" ? u"Authorization"_s : u"x-vapi-secret"_s);
        updateVisibleRows();
    });

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Settings"));

    SecretsPanel::Options secretOptions;
    secretOptions.collection = u"/v1/platforms/"_s;
    secretOptions.itemKey = u"platform"_s;
    secretOptions.untilHeader = tr("Verifies until");
    secretOptions.intro
        = tr("Secrets the platform's requests are verified with (each one during a rotation):");
    secretOptions.placeholder = tr("the secret the platform shows");
    secretOptions.rotateToolTip
        = tr("Verify with the secret above too; the old ones keep verifying during the "
             "grace window, while you change it at the platform");
    secretOptions.generatedNote = tr("Give it to the platform.");
    secretOptions.rotateSendsSecret = true;
    m_secrets = new SecretsPanel(m_api, secretOptions, this);
    connect(m_secrets, &SecretsPanel::status, this, &PlatformsPage::setStatus);
    connect(m_secrets, &SecretsPanel::secretSet, this, &PlatformsPage::refresh);
    connect(m_secrets, &SecretsPanel::rotated, this, [this](const QJsonObject &platform) {
        m_model->upsert(platform);
        if (m_current == platform.value(u"name").toString())
            showItem(platform);
    });
    m_tabs->addTab(m_secrets, tr("Secret"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    newConnection();
}

void PlatformsPage::setStatus(const QString &text, bool ok)
{
    m_status->showStatus(text, ok);
    Q_EMIT message(text, ok);
}

void PlatformsPage::refresh()
{
    m_api->get(u"/v1/platforms"_s, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            setStatus(tr("Cannot list the platform connections: %1").arg(r.error), false);
            return;
        }
        const QString keep = m_current;
        m_model->setRows(r.json.value(u"platforms").toArray());
        m_view->resizeColumnsToContents();
        if (!keep.isEmpty())
            select(keep);
    });
}

void PlatformsPage::select(const QString &name)
{
    const int r = m_model->find(name);
    if (r < 0)
        return;
    m_view->setCurrentIndex(m_model->index(r, 0));
    showItem(m_model->row(r));
}

void PlatformsPage::newConnection()
{
    m_view->clearSelection();
    showItem(QJsonObject{{u"platform"_s, u"vapi"_s}});
    m_tabs->setCurrentIndex(0);
}

void PlatformsPage::showItem(const QJsonObject &c)
{
    const QString name = c.value(u"name").toString();
    m_current = name;
    m_loaded = c;
    m_secrets->setOwner(name);
    m_tabs->setTabEnabled(1, !name.isEmpty());
    m_name->setText(name);
    m_name->setReadOnly(!name.isEmpty());
    const QString platform = c.value(u"platform").toString(u"vapi"_s);
    {
        const QSignalBlocker block(m_platform);
        m_platform->setCurrentIndex(qMax(0, m_platform->findData(platform)));
    }
    applyPreset(platform, name.isEmpty());
    if (!name.isEmpty()) {
        const QJsonObject auth = c.value(u"auth").toObject();
        {
            const QSignalBlocker block(m_authType);
            m_authType->setCurrentIndex(
                qMax(0, m_authType->findData(auth.value(u"type").toString(u"secret_header"_s))));
        }
        m_authHeader->setText(auth.value(u"header").toString(u"x-vapi-secret"_s));
        m_hmacAlgorithm->setCurrentText(auth.value(u"algorithm").toString(u"sha256"_s));
        m_hmacSignatureHeader->setText(auth.value(u"signature_header").toString(u"x-signature"_s));
        m_hmacTimestampHeader->setText(auth.value(u"timestamp_header").toString(u"x-timestamp"_s));
        m_hmacPayloadFormat->setText(auth.value(u"payload_format").toString(u"{timestamp}.{body}"_s));
        m_hmacEncoding->setCurrentText(auth.value(u"encoding").toString(u"hex"_s));
        m_hmacPrefix->setText(auth.value(u"prefix").toString());
        m_apiKey->setText(auth.value(u"api_key").toString());
        m_publicUrl->setText(auth.value(u"public_url").toString());
        m_tolerance->setValue(c.value(u"tolerance_s").toInt(m_tolerance->value()));
        m_eventPrefix->setText(c.value(u"event_prefix").toString(platform));
        QStringList endpoints;
        for (const QJsonValue &e : c.value(u"endpoints").toArray())
            endpoints << e.toString();
        m_endpoints->setText(endpoints.join(u", "_s));
        m_budget->setValue(c.value(u"budget_ms").toInt(m_budget->value()));
        const QJsonValue assistant = c.value(u"assistant_request");
        m_assistantRequest->setPlainText(
            assistant.isObject()
                ? QString::fromUtf8(QJsonDocument(assistant.toObject()).toJson(QJsonDocument::Indented))
                      .trimmed()
                : QString());
        m_secrets->showSecrets(c.value(u"secrets").toArray(),
                               tr("no secret: every request is refused until one is set"));
    } else {
        m_secrets->clear();
    }
    updateVisibleRows();
    updatePasteUrl();
    m_errors->clear();
}

void PlatformsPage::applyPreset(const QString &platform, bool fillDefaults)
{
    const PlatformPreset *p = PlatformPreset::find(platform);
    if (!p)
        return;
    const bool signsTime = p->toleranceS > 0 || platform == u"livekit" || platform == u"vapi";
    m_preset->setText(
        tr("<b>%1</b> verification in <code>%2</code>; event type from <code>%3</code>; "
           "call id from <code>%4</code>; duplicates by <code>%5</code>%6.")
            .arg(p->scheme.toHtmlEscaped(), QString::fromLatin1(p->signatureHeader).toHtmlEscaped(),
                 p->eventTypePaths.join(u", "_s).toHtmlEscaped(), p->callIdPath.toHtmlEscaped(),
                 p->dedupe.toHtmlEscaped(),
                 signsTime ? QString() : tr("; no time is signed, so replays are refused as duplicates")));
    static const QMap<QString, const char *> where{
        {u"vapi"_s,
         QT_TR_NOOP("Vapi dashboard: the assistant's (or phone number's) Server URL; the secret goes in its "
                    "server credential.")},
        {u"retell"_s,
         QT_TR_NOOP("Retell dashboard: the agent's webhook URL (and the custom functions' URL); the "
                    "secret is the API key with the webhook badge.")},
        {u"elevenlabs"_s,
         QT_TR_NOOP("ElevenLabs Agents settings: add a post-call webhook with this URL; the secret is "
                    "the webhook secret ElevenLabs shows.")},
        {u"bland"_s,
         QT_TR_NOOP("Bland: the call's or pathway's webhook URL; the secret is the webhook signing "
                    "secret from the dev portal.")},
        {u"livekit"_s,
         QT_TR_NOOP("LiveKit Cloud project settings, Webhooks: add this URL with the API key above; the "
                    "secret is that key's API secret.")},
        {u"openai"_s,
         QT_TR_NOOP("OpenAI project settings, Webhooks: create an endpoint with this URL; the secret is "
                    "the whsec_ secret OpenAI shows.")},
        {u"twilio"_s,
         QT_TR_NOOP("Twilio: the phone number's status callback URL (it must equal the public URL "
                    "above); the secret is the account's auth token.")},
    };
    m_where->setText(tr(where.value(platform, "")));
    if (fillDefaults) {
        m_tolerance->setValue(platform == u"livekit" ? 10 : (p->toleranceS ? p->toleranceS : 300));
        m_budget->setValue(p->budgetMs);
        m_eventPrefix->setText(platform);
        m_authType->setCurrentIndex(0);
        m_authHeader->setText(u"x-vapi-secret"_s);
        m_apiKey->clear();
        m_publicUrl->clear();
        m_assistantRequest->clear();
    }
    updateVisibleRows();
    updatePasteUrl();
}

void PlatformsPage::updateVisibleRows()
{
    const QString platform = m_platform->currentData().toString();
    const bool vapi = platform == u"vapi";
    const bool hmac = vapi && m_authType->currentData().toString() == u"hmac";
    auto show = [this](QWidget *field, bool on) {
        // The field is wrapped with its error label: the row is the wrapper's.
        QWidget *row = field->parentWidget();
        m_form->setRowVisible(row, on);
    };
    show(m_authType, vapi);
    show(m_authHeader, vapi && !hmac);
    for (QWidget *w : QList<QWidget *>{m_hmacAlgorithm, m_hmacSignatureHeader, m_hmacTimestampHeader,
                                       m_hmacPayloadFormat, m_hmacEncoding, m_hmacPrefix})
        show(w, hmac);
    show(m_apiKey, platform == u"livekit");
    show(m_publicUrl, platform == u"twilio");
    show(m_assistantRequest, vapi);
    // Bland and Twilio sign no time; Vapi only with its HMAC plan.
    show(m_tolerance, platform != u"bland" && platform != u"twilio" && (!vapi || hmac));
}

QString PlatformsPage::pasteUrl() const
{
    QString base = m_publicBase->text().trimmed();
    if (base.isEmpty())
        base = m_api->baseUrl().toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString name = m_name->text().trimmed();
    return base + u"/platforms/"_s + m_platform->currentData().toString() + u'/'
        + (name.isEmpty() ? tr("<name>") : QString::fromLatin1(QUrl::toPercentEncoding(name)));
}

void PlatformsPage::updatePasteUrl()
{
    m_pasteUrl->setText(pasteUrl());
}

QString PlatformsPage::assistantRequestProblem() const
{
    const QByteArray text = m_assistantRequest->toPlainText().trimmed().toUtf8();
    if (text.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return tr("Not JSON: %1 at character %2.").arg(error.errorString()).arg(error.offset);
    if (!doc.isObject())
        return tr("A JSON object, e.g. {\"assistantId\": \"...\"}.");
    const QJsonObject o = doc.object();
    bool named = false;
    for (const QString &key : {u"assistantId"_s, u"assistant"_s, u"squadId"_s, u"squad"_s, u"workflowId"_s,
                               u"workflow"_s, u"destination"_s, u"error"_s})
        named = named || o.contains(key);
    if (!named)
        return tr("Must contain one of assistantId, assistant, squadId, squad, workflowId, workflow, "
                  "destination or error.");
    if (QJsonDocument(o).toJson(QJsonDocument::Compact).size() > PlatformConfig::kMaxAssistantRequestBytes)
        return tr("At most 64 KiB.");
    if (const QString problem = PlatformConfig::assistantRequestProblem(o); !problem.isEmpty())
        return tr("Vapi would not take it: %1.").arg(problem);
    return {};
}

void PlatformsPage::validateAssistantRequest()
{
    QLabel *label = m_errors->label(u"assistant_request"_s);
    if (!label)
        return;
    const QString problem = assistantRequestProblem();
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

QJsonObject PlatformsPage::toJson(QMap<QString, QString> *errors) const
{
    const QString platform = m_platform->currentData().toString();
    static const QRegularExpression nameRe(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
    if (!nameRe.match(m_name->text()).hasMatch())
        errors->insert(
            u"name"_s,
            tr("Lower-case letters, digits, _ and -, starting with a letter or digit (at most 64)."));
    // Kept as the API gave them: fields this editor does not show.
    QJsonObject body;
    for (const QString &key : {u"call_inbound"_s, u"max_body_bytes"_s, u"assistant_request_function"_s}) {
        if (m_loaded.contains(key) && m_loaded.value(u"platform").toString() == platform)
            body.insert(key, m_loaded.value(key));
    }
    body.insert(u"platform"_s, platform);
    QJsonObject auth;
    if (platform == u"vapi") {
        const QString type = m_authType->currentData().toString();
        auth.insert(u"type"_s, type);
        if (type == u"hmac") {
            auth.insert(u"algorithm"_s, m_hmacAlgorithm->currentText());
            auth.insert(u"signature_header"_s, m_hmacSignatureHeader->text().trimmed());
            auth.insert(u"timestamp_header"_s, m_hmacTimestampHeader->text().trimmed());
            auth.insert(u"payload_format"_s, m_hmacPayloadFormat->text());
            auth.insert(u"encoding"_s, m_hmacEncoding->currentText());
            auth.insert(u"prefix"_s, m_hmacPrefix->text());
            if (!isHeaderName(m_hmacSignatureHeader->text().trimmed()))
                errors->insert(u"auth.signature_header"_s, tr("An HTTP header name."));
            if (!isHeaderName(m_hmacTimestampHeader->text().trimmed()))
                errors->insert(u"auth.timestamp_header"_s, tr("An HTTP header name."));
            if (!m_hmacPayloadFormat->text().contains(u"{body}"_s))
                errors->insert(u"auth.payload_format"_s,
                               tr("Must contain {body}, or the body would not be signed."));
        } else {
            auth.insert(u"header"_s, m_authHeader->text().trimmed());
            if (!isHeaderName(m_authHeader->text().trimmed()))
                errors->insert(u"auth.header"_s, tr("An HTTP header name."));
        }
        if (type == u"hmac")
            body.insert(u"tolerance_s"_s, m_tolerance->value());
        if (const QString problem = assistantRequestProblem(); !problem.isEmpty())
            errors->insert(u"assistant_request"_s, problem);
        else if (!m_assistantRequest->toPlainText().trimmed().isEmpty())
            body.insert(
                u"assistant_request"_s,
                QJsonDocument::fromJson(m_assistantRequest->toPlainText().trimmed().toUtf8()).object());
    } else if (platform == u"livekit") {
        auth.insert(u"api_key"_s, m_apiKey->text().trimmed());
        auth.insert(u"tolerance_s"_s, m_tolerance->value());
        if (m_apiKey->text().trimmed().isEmpty())
            errors->insert(u"auth.api_key"_s,
                           tr("Required: the LiveKit API key (APIxxxx) that signs the webhooks."));
    } else if (platform == u"twilio") {
        const QUrl url(m_publicUrl->text().trimmed(), QUrl::StrictMode);
        auth.insert(u"public_url"_s, m_publicUrl->text().trimmed());
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            errors->insert(u"auth.public_url"_s,
                           tr("Required: the exact URL configured at Twilio (Twilio signs it)."));
    } else if (platform != u"bland") {
        if (m_tolerance->value() < 1)
            errors->insert(u"tolerance_s"_s, tr("At least 1 second."));
        body.insert(u"tolerance_s"_s, m_tolerance->value());
    }
    if (!auth.isEmpty())
        body.insert(u"auth"_s, auth);
    if (!m_eventPrefix->text().trimmed().isEmpty())
        body.insert(u"event_prefix"_s, m_eventPrefix->text().trimmed());
    QJsonArray endpoints;
    for (const QString &e : m_endpoints->text().split(u',', Qt::SkipEmptyParts))
        if (!e.trimmed().isEmpty())
            endpoints.append(e.trimmed());
    if (!endpoints.isEmpty())
        body.insert(u"endpoints"_s, endpoints);
    body.insert(u"budget_ms"_s, m_budget->value());
    return body;
}

void PlatformsPage::save()
{
    QMap<QString, QString> local;
    const QJsonObject body = toJson(&local);
    if (!local.isEmpty()) {
        m_errors->show(local);
        setStatus(tr("Not saved: correct the fields marked in red."), false);
        return;
    }
    const QString name = m_name->text();
    m_api->send("PUT", ApiClient::path(u"/v1/platforms/"_s, name), body, this,
                [this, name](const ApiResult &r) {
                    if (!r.ok()) {
                        m_errors->show(r.fieldErrors, r.error);
                        setStatus(tr("Not saved: %1").arg(r.error), false);
                        return;
                    }
                    m_errors->clear();
                    QJsonObject c = r.json;
                    c.insert(u"name"_s, name);
                    m_model->upsert(c);
                    select(name);
                    const bool noSecret = !c.value(u"secret_fingerprint").isString();
                    QString text = r.status == 201 ? tr("Connection %1 created.").arg(name)
                                                   : tr("Connection %1 saved.").arg(name);
                    if (noSecret)
                        text += u' ' + tr("Set its secret next: until then every request is refused.");
                    setStatus(text, true);
                    if (noSecret)
                        m_tabs->setCurrentIndex(1);
                    Q_EMIT saved(name);
                });
}

void PlatformsPage::remove()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    if (QMessageBox::question(
            this, tr("Delete connection"),
            tr("Delete %1? Its secrets are removed; its log is kept. The platform's requests "
               "are refused from now on.")
                .arg(name))
        != QMessageBox::Yes)
        return;
    m_api->send("DELETE", ApiClient::path(u"/v1/platforms/"_s, name), QJsonValue::Undefined, this,
                [this, name](const ApiResult &r) {
                    setStatus(r.ok() ? tr("Connection %1 deleted.").arg(name) : r.error, r.ok());
                    if (r.ok()) {
                        newConnection();
                        refresh();
                    }
                });
}

} // namespace Switchboard
