// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionspage.h"

#include "apiclient.h"
#include "fielderrors.h"
#include "jsonlistmodel.h"
#include "jsontext.h"
#include "platforms/platformconfig.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
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
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QVariant text(const QJsonObject &o, int role, QStringView key)
{
    return role == Qt::DisplayRole ? QVariant(o.value(key).toString()) : QVariant();
}

// Every {{placeholder}} in a template, for the check against the parameters.
void placeholders(const QJsonValue &v, QSet<QString> &out)
{
    static const QRegularExpression re(u"\\{\\{\\s*([A-Za-z0-9_]+)(?:\\.[^}]*)?\\s*\\}\\}"_s);
    if (v.isString()) {
        for (auto it = re.globalMatch(v.toString()); it.hasNext();)
            out.insert(it.next().captured(1));
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            placeholders(QJsonValue(it.key()), out);
            placeholders(it.value(), out);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            placeholders(x, out);
    }
}

} // namespace

FunctionsPage::FunctionsPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_view(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_endpoint(new QComboBox(this))
    , m_schema(new QPlainTextEdit(this))
    , m_request(new QPlainTextEdit(this))
    , m_mode(new QComboBox(this))
    , m_deadline(new QSpinBox(this))
    , m_platform(new QComboBox(this))
    , m_toolPreview(new QPlainTextEdit(this))
    , m_arguments(new QPlainTextEdit(this))
    , m_callId(new QLineEdit(u"call_try"_s, this))
    , m_tryRequest(new QPlainTextEdit(this))
    , m_tryResult(new QPlainTextEdit(this))
    , m_tryButton(new QPushButton(tr("Invoke"), this))
    , m_status(new StatusLabel(this))
{
    setObjectName(u"functionsPage"_s);
    m_model = new JsonListModel(
        {
            {tr("Name"), [](const QJsonObject &o, int role) { return text(o, role, u"name"); }},
            {tr("Endpoint"), [](const QJsonObject &o, int role) { return text(o, role, u"endpoint"); }},
            {tr("Mode"), [](const QJsonObject &o, int role) { return text(o, role, u"mode"); }},
            {tr("Description"), [](const QJsonObject &o, int role) { return text(o, role, u"description"); }},
        },
        this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Functions"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) {
                if (cur.isValid())
                    select(m_model->row(cur.row()).value(u"name").toString());
            });

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *general = new QLabel(this);
    m_errors = new FieldErrors(general, this);
    m_name->setPlaceholderText(u"book_appointment"_s);
    m_description->setPlaceholderText(tr("What the model reads to decide when to call it"));
    m_endpoint->setEditable(true);
    m_schema->setFont(mono);
    m_schema->setAccessibleName(tr("Parameters (JSON Schema)"));
    m_request->setFont(mono);
    m_request->setAccessibleName(tr("Request template"));
    m_request->setPlaceholderText(
        tr("{\"method\": \"POST\", \"path\": \"/appointments\", \"body\": {\"slot\": \"{{start}}\"}}"));
    m_mode->addItem(tr("sync: wait for the answer"), u"sync"_s);
    m_mode->addItem(tr("async: answer at once, deliver later"), u"async"_s);
    m_mode->addItem(tr("optimistic: answer ok at once"), u"optimistic"_s);
    m_deadline->setRange(50, 20000);
    m_deadline->setValue(2000);
    m_deadline->setSuffix(tr(" ms"));

    auto *editor = new QWidget(this);
    auto *form = new QFormLayout(editor);
    form->addRow(general);
    form->addRow(tr("Name:"), m_errors->wrap(u"name"_s, m_name));
    form->addRow(tr("Description:"), m_errors->wrap(u"description"_s, m_description));
    form->addRow(tr("Endpoint:"), m_errors->wrap(u"endpoint"_s, m_endpoint));
    form->addRow(tr("Parameters:"), m_errors->wrap(u"parameters"_s, m_schema));
    form->addRow(tr("Request:"), m_errors->wrap(u"request"_s, m_request));
    form->addRow(tr("Mode:"), m_errors->wrap(u"mode"_s, m_mode));
    form->addRow(tr("Deadline:"), m_errors->wrap(u"deadline_ms"_s, m_deadline));
    m_platform->addItem(tr("Generic"), QString());
    const QList<QPair<QString, QString>> platforms{
        {u"Vapi"_s, u"vapi"_s},   {u"Retell"_s, u"retell"_s},   {u"ElevenLabs"_s, u"elevenlabs"_s},
        {u"Bland"_s, u"bland"_s}, {u"LiveKit"_s, u"livekit"_s}, {u"OpenAI Realtime"_s, u"openai"_s}};
    for (const auto &[label, id] : platforms)
        m_platform->addItem(label, id);
    m_platform->setToolTip(tr("Sets the deadline to fit the platform's wait for a tool's answer, and shows "
                              "and exports the tools in its format"));
    connect(m_platform, &QComboBox::activated, this,
            [this](int index) { applyPlatform(m_platform->itemData(index).toString()); });
    m_toolPreview->setReadOnly(true);
    m_toolPreview->setFont(mono);
    m_toolPreview->setFixedHeight(140);
    m_toolPreview->setAccessibleName(tr("Tool definition"));
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("Tool definition:"), m_toolPreview);
    auto *save = new QPushButton(tr("Save"), editor);
    save->setDefault(true);
    auto *del = new QPushButton(tr("Delete…"), editor);
    connect(save, &QPushButton::clicked, this, &FunctionsPage::save);
    connect(del, &QPushButton::clicked, this, &FunctionsPage::remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addStretch();
    buttons->addWidget(del);
    form->addRow(buttons);
    for (QPlainTextEdit *e : {m_schema, m_request})
        connect(e, &QPlainTextEdit::textChanged, this, &FunctionsPage::validate);
    connect(m_name, &QLineEdit::textEdited, this, &FunctionsPage::validate);

    // Try it.
    auto *tryTab = new QWidget(this);
    m_arguments->setFont(mono);
    m_arguments->setAccessibleName(tr("Sample arguments"));
    m_tryRequest->setFont(mono);
    m_tryRequest->setReadOnly(true);
    m_tryRequest->setAccessibleName(tr("HTTP request sent"));
    m_tryResult->setFont(mono);
    m_tryResult->setReadOnly(true);
    m_tryResult->setAccessibleName(tr("What the model receives"));
    connect(m_tryButton, &QPushButton::clicked, this, &FunctionsPage::tryIt);
    auto *tryForm = new QFormLayout;
    tryForm->addRow(tr("Arguments:"), m_arguments);
    tryForm->addRow(tr("Call id:"), m_callId);
    auto *exchange = new QSplitter(tryTab);
    auto *reqBox = new QGroupBox(tr("HTTP request sent"), exchange);
    (new QVBoxLayout(reqBox))->addWidget(m_tryRequest);
    auto *resBox = new QGroupBox(tr("What the model receives"), exchange);
    (new QVBoxLayout(resBox))->addWidget(m_tryResult);
    auto *tryLayout = new QVBoxLayout(tryTab);
    tryLayout->addWidget(
        new QLabel(tr("The invocation is real: it is delivered to the endpoint like any call."), tryTab));
    tryLayout->addLayout(tryForm);
    tryLayout->addWidget(m_tryButton, 0, Qt::AlignLeft);
    tryLayout->addWidget(exchange, 1);

    auto *tabs = new QTabWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    tabs->addTab(scroll, tr("Definition"));
    tabs->addTab(tryTab, tr("Try it"));

    auto *newButton = new QPushButton(tr("New function"), this);
    auto *reload = new QPushButton(tr("Reload"), this);
    auto *copyTools = new QPushButton(tr("Copy tool definitions"), this);
    auto *saveTools = new QPushButton(tr("Export tool definitions…"), this);
    connect(newButton, &QPushButton::clicked, this, &FunctionsPage::newFunction);
    connect(reload, &QPushButton::clicked, this, &FunctionsPage::refresh);
    connect(copyTools, &QPushButton::clicked, this, &FunctionsPage::exportToClipboard);
    connect(saveTools, &QPushButton::clicked, this, [this]() { exportToFile(); });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(newButton);
    top->addWidget(reload);
    top->addStretch();
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_view, 1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(copyTools);
    exportRow->addWidget(saveTools);
    exportRow->addStretch();
    leftLayout->addLayout(exportRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 740});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    newFunction();
}

void FunctionsPage::setStatus(const QString &text, bool ok)
{
    m_status->showStatus(text, ok);
    Q_EMIT message(text, ok);
}

void FunctionsPage::refresh()
{
    m_api->get(u"/v1/endpoints"_s, this, [this](const ApiResult &r) {
        const QString keep = m_endpoint->currentText();
        m_endpoint->clear();
        for (const QJsonValue &v : r.json.value(u"endpoints").toArray())
            m_endpoint->addItem(v.toObject().value(u"name").toString());
        m_endpoint->setCurrentText(keep);
    });
    // The tool list has no endpoint or mode: fetch each definition.
    m_api->get(u"/v1/functions"_s, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            setStatus(tr("Cannot list functions: %1").arg(r.error), false);
            return;
        }
        QList<QJsonObject> rows;
        for (const QJsonValue &v : r.json.value(u"tools").toArray()) {
            const QJsonObject f = v.toObject().value(u"function").toObject();
            rows << QJsonObject{{u"name"_s, f.value(u"name")}, {u"description"_s, f.value(u"description")}};
        }
        m_model->setRows(rows);
        for (const QJsonObject &row : rows) {
            const QString name = row.value(u"name").toString();
            m_api->get(ApiClient::path(u"/v1/functions/"_s, name), this, [this, name](const ApiResult &d) {
                if (!d.ok())
                    return;
                QJsonObject o = d.json;
                o.insert(u"name"_s, name);
                m_model->upsert(o);
                if (name == m_current)
                    showItem(o);
            });
        }
    });
}

void FunctionsPage::select(const QString &name)
{
    const int r = m_model->find(name);
    if (r < 0)
        return;
    if (m_view->currentIndex().row() != r)
        m_view->setCurrentIndex(m_model->index(r, 0));
    showItem(m_model->row(r));
}

void FunctionsPage::newFunction()
{
    m_current.clear();
    m_view->clearSelection();
    showItem(QJsonObject{{u"parameters"_s,
                          QJsonObject{{u"type"_s, u"object"_s},
                                      {u"required"_s, QJsonArray{}},
                                      {u"properties"_s, QJsonObject{}}}},
                         {u"request"_s, QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/"_s}}},
                         {u"_new"_s, true}});
}

void FunctionsPage::showItem(const QJsonObject &f)
{
    const bool isNew = f.value(u"_new").toBool();
    m_current = isNew ? QString() : f.value(u"name").toString();
    m_name->setText(f.value(u"name").toString());
    m_name->setReadOnly(!isNew);
    m_description->setText(f.value(u"description").toString());
    m_endpoint->setCurrentText(f.value(u"endpoint").toString());
    m_schema->setPlainText(JsonText::pretty(f.value(u"parameters")));
    m_request->setPlainText(JsonText::pretty(f.value(u"request")));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(f.value(u"mode").toString(u"sync"_s))));
    m_deadline->setValue(f.value(u"deadline_ms").toInt(2000));
    m_toolPreview->clear();
    if (!isNew)
        loadToolPreview();
    // Sample arguments from the schema's properties, so "try it" starts from something.
    QJsonObject sample;
    const QJsonObject props = f.value(u"parameters").toObject().value(u"properties").toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QString type = it.value().toObject().value(u"type").toString();
        sample.insert(it.key(),
                      type == u"integer" || type == u"number" ? QJsonValue(1)
                          : type == u"boolean"                ? QJsonValue(true)
                                                              : QJsonValue(u"example"_s));
    }
    m_arguments->setPlainText(JsonText::pretty(sample));
    m_errors->clear();
}

QJsonObject FunctionsPage::toJson(QMap<QString, QString> *errors) const
{
    QMap<QString, QString> local;
    static const QRegularExpression nameRe(u"^[a-zA-Z0-9_-]{1,64}$"_s);
    if (!nameRe.match(m_name->text().trimmed()).hasMatch())
        local.insert(u"name"_s, tr("1 to 64 of letters, digits, _ and -"));
    QJsonObject json{{u"description"_s, m_description->text()},
                     {u"endpoint"_s, m_endpoint->currentText().trimmed()},
                     {u"mode"_s, m_mode->currentData().toString()},
                     {u"deadline_ms"_s, m_deadline->value()}};
    if (m_endpoint->currentText().trimmed().isEmpty())
        local.insert(u"endpoint"_s, tr("is required"));
    QString error;
    const QJsonValue schema = JsonText::parse(m_schema->toPlainText(), &error);
    QSet<QString> declared;
    if (schema.isUndefined())
        local.insert(u"parameters"_s, error);
    else if (!schema.isObject() || schema.toObject().value(u"type").toString() != u"object")
        local.insert(u"parameters"_s, tr("must be a JSON Schema object with \"type\": \"object\""));
    else {
        json.insert(u"parameters"_s, schema);
        const QJsonObject props = schema.toObject().value(u"properties").toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            declared.insert(it.key());
    }
    if (!m_request->toPlainText().trimmed().isEmpty()) {
        const QJsonValue request = JsonText::parse(m_request->toPlainText(), &error);
        if (request.isUndefined() || !request.isObject()) {
            local.insert(u"request"_s, request.isUndefined() ? error : tr("must be a JSON object"));
        } else {
            json.insert(u"request"_s, request);
            QSet<QString> used;
            placeholders(request, used);
            if (schema.isObject()) {
                QStringList unknown;
                for (const QString &p : std::as_const(used))
                    if (!declared.contains(p))
                        unknown << p;
                unknown.sort();
                if (!unknown.isEmpty())
                    local.insert(u"request"_s,
                                 tr("{{%1}} is not a declared parameter").arg(unknown.join(u"}}, {{"_s)));
            }
        }
    }
    if (errors)
        *errors = local;
    return json;
}

bool FunctionsPage::validate()
{
    QMap<QString, QString> local;
    toJson(&local);
    m_errors->show(local);
    return local.isEmpty();
}

void FunctionsPage::save()
{
    QMap<QString, QString> local;
    const QJsonObject body = toJson(&local);
    if (!local.isEmpty()) {
        m_errors->show(local);
        setStatus(tr("Not saved: correct the fields marked in red."), false);
        return;
    }
    const QString name = m_name->text().trimmed();
    m_api->send("PUT", ApiClient::path(u"/v1/functions/"_s, name), body, this,
                [this, name](const ApiResult &r) {
                    if (!r.ok()) {
                        m_errors->show(r.fieldErrors, r.error);
                        setStatus(tr("Not saved: %1").arg(r.error), false);
                        return;
                    }
                    QJsonObject o = r.json;
                    o.insert(u"name"_s, name);
                    m_model->upsert(o);
                    m_current = name;
                    select(name);
                    setStatus(r.status == 201 ? tr("Function %1 created.").arg(name)
                                              : tr("Function %1 saved.").arg(name),
                              true);
                    Q_EMIT saved(name);
                });
}

void FunctionsPage::remove()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    if (isVisible()
        && QMessageBox::question(this, tr("Delete function"), tr("Delete %1?").arg(name)) != QMessageBox::Yes)
        return;
    m_api->send("DELETE", ApiClient::path(u"/v1/functions/"_s, name), QJsonValue::Undefined, this,
                [this, name](const ApiResult &r) {
                    setStatus(r.ok() ? tr("Function %1 deleted.").arg(name) : r.error, r.ok());
                    if (r.ok()) {
                        newFunction();
                        refresh();
                    }
                });
}

void FunctionsPage::tryIt()
{
    if (m_current.isEmpty()) {
        setStatus(tr("Save the function first."), false);
        return;
    }
    QString error;
    const QJsonValue args = JsonText::parse(m_arguments->toPlainText(), &error);
    if (!args.isObject()) {
        setStatus(tr("The arguments must be a JSON object: %1").arg(error), false);
        return;
    }
    const QString name = m_current;
    m_tryButton->setEnabled(false);
    m_tryRequest->setPlainText(tr("Invoking…"));
    m_tryResult->clear();
    QJsonObject body{{u"arguments"_s, args}};
    if (!m_callId->text().trimmed().isEmpty())
        body.insert(u"call_id"_s, m_callId->text().trimmed());
    m_api->send(
        "POST", ApiClient::path(u"/v1/functions/"_s, name, u"/invoke"_s), body, this,
        [this, name](const ApiResult &r) {
            m_tryResult->setPlainText(tr("HTTP %1").arg(r.status) + u'\n' + JsonText::pretty(r.value));
            const QString delivery = r.json.value(u"delivery_id").toString();
            if (delivery.isEmpty()) {
                m_tryButton->setEnabled(true);
                m_tryRequest->setPlainText(r.ok() ? tr("Nothing was sent.")
                                                  : tr("Nothing was sent: %1").arg(r.error));
                Q_EMIT tried();
                return;
            }
            m_api->get(u"/v1/deliveries/"_s + delivery, this, [this, name](const ApiResult &d) {
                m_tryButton->setEnabled(true);
                const QJsonArray attempts = d.json.value(u"attempts").toArray();
                const int row = m_model->find(name);
                const QString method
                    = m_model->row(row).value(u"request").toObject().value(u"method").toString(u"POST"_s);
                if (attempts.isEmpty()) {
                    m_tryRequest->setPlainText(
                        tr("Queued, not sent yet (%1).").arg(d.json.value(u"status").toString()) + u"\n\n"_s
                        + JsonText::pretty(d.json.value(u"payload")));
                } else {
                    const QJsonObject req = attempts.last().toObject().value(u"request").toObject();
                    m_tryRequest->setPlainText(
                        method + u' ' + req.value(u"url").toString() + u'\n'
                        + JsonText::headerLines(req.value(u"headers")) + u'\n'
                        + (method == u"GET" ? QString() : JsonText::pretty(d.json.value(u"payload"))));
                }
                Q_EMIT tried();
            });
        });
}

QString FunctionsPage::exportFormat(const QString &platform)
{
    if (platform == u"vapi" || platform == u"retell")
        return platform;
    if (platform == u"openai")
        return u"openai-realtime"_s;
    return {}; // ElevenLabs, Bland, LiveKit (MCP): the generic tools
}

int FunctionsPage::deadlineFor(const QString &platform)
{
    constexpr int kMarginMs = 2000; // the network both ways and the platform's own handling
    const PlatformPreset *preset = PlatformPreset::find(platform);
    if (!preset)
        return 2000; // the API's default
    return std::clamp(preset->budgetMs - kMarginMs, 50, 20000); // deadline_ms: 50 to 20000
}

void FunctionsPage::applyPlatform(const QString &platform)
{
    const int index = m_platform->findData(platform);
    if (index >= 0 && m_platform->currentIndex() != index)
        m_platform->setCurrentIndex(index);
    if (!platform.isEmpty())
        m_deadline->setValue(deadlineFor(platform));
    loadToolPreview();
}

QString FunctionsPage::exportPath() const
{
    const QString format = exportFormat(m_platform->currentData().toString());
    if (format.isEmpty())
        return u"/v1/functions"_s;
    QUrlQuery query;
    query.addQueryItem(u"format"_s, format);
    // The public base URL the Voice platforms page keeps; without it the API's own address.
    const QString base = QSettings().value(u"platforms/publicBaseUrl"_s).toString().trimmed();
    if (!base.isEmpty())
        query.addQueryItem(u"base_url"_s, base);
    return u"/v1/functions?"_s + query.toString(QUrl::FullyEncoded);
}

void FunctionsPage::loadToolPreview()
{
    const QString name = m_current;
    if (name.isEmpty()) {
        m_toolPreview->setPlainText(tr("Save the function to see its tool definition."));
        Q_EMIT toolPreviewLoaded();
        return;
    }
    m_api->get(exportPath(), this, [this, name](const ApiResult &r) {
        if (name != m_current)
            return;
        if (!r.ok()) {
            m_toolPreview->setPlainText(r.error);
            Q_EMIT toolPreviewLoaded();
            return;
        }
        for (const QJsonValue &v : r.json.value(u"tools").toArray()) {
            const QJsonObject tool = v.toObject();
            const QString toolName = tool.contains(u"function")
                ? tool.value(u"function").toObject().value(u"name").toString()
                : tool.value(u"name").toString();
            if (toolName == name)
                m_toolPreview->setPlainText(JsonText::pretty(tool));
        }
        Q_EMIT toolPreviewLoaded();
    });
}

void FunctionsPage::exportToClipboard()
{
    m_api->get(exportPath(), this, [this](const ApiResult &r) {
        if (!r.ok()) {
            setStatus(r.error, false);
            return;
        }
        const QByteArray json
            = QJsonDocument(r.json.value(u"tools").toArray()).toJson(QJsonDocument::Indented);
        QApplication::clipboard()->setText(QString::fromUtf8(json));
        setStatus(tr("%n tool definition(s) copied.", nullptr, int(r.json.value(u"tools").toArray().size())),
                  true);
        Q_EMIT exported(json);
    });
}

void FunctionsPage::exportToFile(const QString &fileName)
{
    QString target = fileName;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(this, tr("Export tool definitions"), u"tools.json"_s,
                                              tr("JSON (*.json)"));
    if (target.isEmpty())
        return;
    m_api->get(exportPath(), this, [this, target](const ApiResult &r) {
        if (!r.ok()) {
            setStatus(r.error, false);
            return;
        }
        const QByteArray json
            = QJsonDocument(r.json.value(u"tools").toArray()).toJson(QJsonDocument::Indented);
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            setStatus(tr("Cannot write %1: %2").arg(target, file.errorString()), false);
            return;
        }
        setStatus(tr("Tool definitions written to %1.").arg(target), true);
        Q_EMIT exported(json);
    });
}

} // namespace Switchboard
