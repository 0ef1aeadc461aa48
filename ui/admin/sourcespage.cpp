// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcespage.h"

#include "apiclient.h"
#include "fielderrors.h"
#include "jsonlistmodel.h"
#include "jsontext.h"
#include "secretfield.h"
#include "secretspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QVariant displayText(int role, const QString &text)
{
    return role == Qt::DisplayRole ? QVariant(text) : QVariant();
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(u',', Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    return out;
}

QString joinList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out.join(u", "_s);
}

QString when(const QJsonValue &iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

} // namespace

SourcesPage::SourcesPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_view(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_preset(new QComboBox(this))
    , m_presetNote(new QLabel(this))
    , m_scheme(new QComboBox(this))
    , m_tolerance(new QSpinBox(this))
    , m_allowIps(new QLineEdit(this))
    , m_proxies(new QLineEdit(this))
    , m_tokenHeader(new QLineEdit(this))
    , m_publicUrl(new QLineEdit(this))
    , m_schema(new QPlainTextEdit(this))
    , m_rules(new QPlainTextEdit(this))
    , m_forwardType(new QLineEdit(this))
    , m_forwardEndpoints(new QLineEdit(this))
    , m_callIdPath(new QLineEdit(this))
    , m_dedupe(new QPlainTextEdit(this))
    , m_maxBody(new QSpinBox(this))
    , m_status(new StatusLabel(this))
{
    setObjectName(u"sourcesPage"_s);
    m_model = new JsonListModel(
        {
            {tr("Name"),
             [](const QJsonObject &o, int role) { return displayText(role, o.value(u"name").toString()); }},
            {tr("Scheme"),
             [](const QJsonObject &o, int role) { return displayText(role, o.value(u"scheme").toString()); }},
            {tr("Forwards as"),
             [](const QJsonObject &o, int role) {
                 const QJsonValue f = o.value(u"forward");
                 return displayText(
                     role, f.isObject() ? f.toObject().value(u"event_type").toString() : tr("(log only)"));
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

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *general = new QLabel(this);
    m_errors = new FieldErrors(general, this);
    m_scheme->addItems({u"standard-webhooks"_s, u"stripe"_s, u"github"_s, u"twilio"_s, u"shopify"_s,
                        u"x-signature"_s, u"header-token"_s});
    m_tolerance->setRange(1, 86400);
    m_tolerance->setValue(300);
    m_tolerance->setSuffix(tr(" s"));
    m_allowIps->setPlaceholderText(tr("any address (e.g. 203.0.113.0/24, 2001:db8::/32)"));
    m_proxies->setPlaceholderText(tr("none (e.g. 10.0.0.0/8)"));
    m_tokenHeader->setPlaceholderText(u"X-Webhook-Token"_s);
    m_publicUrl->setPlaceholderText(tr("the exact URL configured at Twilio"));
    for (QPlainTextEdit *e : {m_schema, m_rules, m_dedupe}) {
        e->setFont(mono);
        e->setFixedHeight(80);
    }
    m_schema->setPlaceholderText(u"{\"type\": \"object\", \"required\": [\"id\", \"type\"]}"_s);
    m_rules->setPlaceholderText(u"{\"required\": [\"$.id\"], \"non_negative\": [\"$.amount\"]}"_s);
    m_dedupe->setPlaceholderText(u"{\"json_path\": \"$.id\", \"window_s\": 604800}"_s);
    m_forwardType->setPlaceholderText(tr("stripe.{$.type} (empty: log only, no forwarding)"));
    m_forwardEndpoints->setPlaceholderText(tr("every subscribed endpoint"));
    m_callIdPath->setPlaceholderText(u"$.data.object.metadata.call_id"_s);
    m_maxBody->setRange(1, 64 * 1024 * 1024); // the API's cap for a source (docs/api.md)
    m_maxBody->setValue(1048576);
    m_maxBody->setSuffix(tr(" bytes"));

    auto *editor = new QWidget(this);
    auto *form = new QFormLayout(editor);
    form->addRow(general);
    m_preset->addItem(tr("Custom"), QString());
    m_preset->setToolTip(tr("Fills in what a well-known sender needs; Custom keeps the fields as they are"));
    m_presetNote->setWordWrap(true);
    m_presetNote->hide();
    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { applyPreset(m_preset->itemData(index).toString()); });
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(m_presetNote);
    form->addRow(tr("Name:"), m_errors->wrap(u"name"_s, m_name));
    form->addRow(tr("Scheme:"), m_errors->wrap(u"scheme"_s, m_scheme));
    form->addRow(tr("Tolerance:"), m_errors->wrap(u"tolerance_s"_s, m_tolerance));
    form->addRow(tr("Allowed addresses:"), m_errors->wrap(u"allow_ips"_s, m_allowIps));
    form->addRow(tr("Trusted proxies:"), m_errors->wrap(u"trusted_proxies"_s, m_proxies));
    form->addRow(tr("Token header:"), m_errors->wrap(u"token_header"_s, m_tokenHeader));
    form->addRow(tr("Public URL:"), m_errors->wrap(u"public_url"_s, m_publicUrl));
    form->addRow(tr("JSON Schema:"), m_errors->wrap(u"schema"_s, m_schema));
    form->addRow(tr("Sanity rules:"), m_errors->wrap(u"rules"_s, m_rules));
    form->addRow(tr("Forward as:"), m_errors->wrap(u"forward.event_type"_s, m_forwardType));
    form->addRow(tr("Forward to:"), m_errors->wrap(u"forward.endpoints"_s, m_forwardEndpoints));
    form->addRow(tr("Call id path:"), m_errors->wrap(u"forward.call_id_path"_s, m_callIdPath));
    form->addRow(tr("De-duplication:"), m_errors->wrap(u"dedupe"_s, m_dedupe));
    form->addRow(tr("Max body:"), m_errors->wrap(u"max_body_bytes"_s, m_maxBody));
    auto *saveButton = new QPushButton(tr("Save"), editor);
    saveButton->setDefault(true);
    auto *del = new QPushButton(tr("Delete…"), editor);
    connect(saveButton, &QPushButton::clicked, this, &SourcesPage::save);
    connect(del, &QPushButton::clicked, this, &SourcesPage::remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addStretch();
    buttons->addWidget(del);
    form->addRow(buttons);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Settings"));

    // Secrets: the panel every page with secrets shares.
    SecretsPanel::Options secretOptions;
    secretOptions.collection = u"/v1/sources/"_s;
    secretOptions.itemKey = u"source"_s;
    secretOptions.untilHeader = tr("Verifies until");
    secretOptions.placeholder = tr("the sender's secret");
    secretOptions.rotateToolTip
        = tr("Verify with the secret above (or a generated one) too; the old ones keep "
             "verifying during the grace window");
    secretOptions.generatedNote = tr("Generated and shown only now: give it to the sender.");
    secretOptions.rotateSendsSecret = true;
    auto *secrets = new SecretsPanel(m_api, secretOptions, this);
    m_secretsPanel = secrets;
    connect(secrets, &SecretsPanel::status, this, &SourcesPage::setStatus);
    connect(secrets, &SecretsPanel::secretSet, this, &SourcesPage::refresh);
    connect(secrets, &SecretsPanel::rotated, this, [this](const QJsonObject &source) {
        m_model->upsert(source);
        if (m_current == source.value(u"name").toString())
            showItem(source);
    });
    m_tabs->addTab(secrets, tr("Secrets"));

    // Inbound log.
    auto *logTab = new QWidget(this);
    m_log = new JsonListModel(
        {
            {tr("Received"),
             [](const QJsonObject &o, int role) { return displayText(role, when(o.value(u"received_at"))); }},
            {tr("Verdict"),
             [](const QJsonObject &o, int role) {
                 const QString s = o.value(u"status").toString();
                 if (role == Qt::ForegroundRole)
                     return s == u"accepted" ? QVariant(QColor(0x1b, 0x7f, 0x3b))
                         : s == u"duplicate" ? QVariant(QColor(0x55, 0x55, 0x55))
                                             : QVariant(QColor(0xb3, 0x26, 0x1e));
                 return displayText(role, s);
             }},
            {tr("HTTP"),
             [](const QJsonObject &o, int role) {
                 return displayText(role, QString::number(o.value(u"http_status").toInt()));
             }},
            {tr("Reason"),
             [](const QJsonObject &o, int role) { return displayText(role, o.value(u"reason").toString()); }},
            {tr("Call id"),
             [](const QJsonObject &o, int role) {
                 return displayText(role, o.value(u"call_id").toString());
             }},
        },
        this);
    m_logView = new QTableView(logTab);
    m_logView->setModel(m_log);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_logView->verticalHeader()->hide();
    m_logView->setWordWrap(false);
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->setAccessibleName(tr("Inbound log"));
    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) {
                if (cur.isValid())
                    showEntry(m_log->row(cur.row()));
            });
    m_lane = new QComboBox(logTab);
    m_lane->addItem(tr("All"), QString());
    m_lane->addItem(tr("Accepted"), u"accepted"_s);
    m_lane->addItem(tr("Duplicate"), u"duplicate"_s);
    m_lane->addItem(tr("Rejected (any reason)"), u"rejected"_s);
    for (const QString &verdict : {u"bad_signature"_s, u"stale_timestamp"_s, u"ip_denied"_s, u"too_large"_s,
                                   u"unsupported_media_type"_s, u"malformed"_s, u"schema_invalid"_s,
                                   u"rule_failed"_s, u"unavailable"_s})
        m_lane->addItem(tr("Rejected: %1").arg(verdict), verdict);
    connect(m_lane, &QComboBox::currentIndexChanged, this, &SourcesPage::loadLog);
    auto *reloadLog = new QPushButton(tr("Reload"), logTab);
    connect(reloadLog, &QPushButton::clicked, this, &SourcesPage::loadLog);
    m_logDetail = new QPlainTextEdit(logTab);
    m_logDetail->setReadOnly(true);
    m_logDetail->setFont(mono);
    m_logDetail->setAccessibleName(tr("Diagnosis"));
    m_force = new QCheckBox(tr("Force (skip address and signature checks, on my word)"), logTab);
    m_resubmit = new QPushButton(tr("Resubmit"), logTab);
    m_resubmit->setEnabled(false);
    m_resubmit->setToolTip(tr("Run the original request through the pipeline again, after a fix"));
    connect(m_resubmit, &QPushButton::clicked, this, &SourcesPage::resubmit);
    auto *laneRow = new QHBoxLayout;
    laneRow->addWidget(new QLabel(tr("Lane:"), logTab));
    laneRow->addWidget(m_lane);
    laneRow->addWidget(reloadLog);
    laneRow->addStretch();
    auto *resubmitRow = new QHBoxLayout;
    resubmitRow->addWidget(m_force);
    resubmitRow->addStretch();
    resubmitRow->addWidget(m_resubmit);
    auto *logSplit = new QSplitter(Qt::Vertical, logTab);
    logSplit->addWidget(m_logView);
    logSplit->addWidget(m_logDetail);
    auto *logLayout = new QVBoxLayout(logTab);
    logLayout->addLayout(laneRow);
    logLayout->addWidget(logSplit, 1);
    logLayout->addLayout(resubmitRow);
    m_tabs->addTab(logTab, tr("Inbound log"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 2)
            loadLog();
    });

    auto *newButton = new QPushButton(tr("New source"), this);
    auto *reload = new QPushButton(tr("Reload"), this);
    connect(newButton, &QPushButton::clicked, this, &SourcesPage::newSource);
    connect(reload, &QPushButton::clicked, this, &SourcesPage::refresh);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(newButton);
    top->addWidget(reload);
    top->addStretch();
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 800});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    newSource();
    loadPresets();
}

void SourcesPage::loadPresets()
{
    m_api->get(u"/v1/sources/presets"_s, this, [this](const ApiResult &r) {
        if (!r.ok())
            return; // an older server: the editor works without presets
        const QString keep = m_preset->currentData().toString();
        m_presets.clear();
        while (m_preset->count() > 1)
            m_preset->removeItem(1);
        for (const QJsonValue &v : r.json.value(u"presets").toArray()) {
            const QJsonObject preset = v.toObject();
            m_presets << preset;
            m_preset->addItem(preset.value(u"label").toString(), preset.value(u"id").toString());
        }
        m_preset->setCurrentIndex(qMax(0, m_preset->findData(keep)));
        Q_EMIT presetsLoaded();
    });
}

void SourcesPage::applyPreset(const QString &id)
{
    const int index = m_preset->findData(id);
    if (index >= 0 && m_preset->currentIndex() != index)
        m_preset->setCurrentIndex(index);
    if (id.isEmpty()) {
        m_presetNote->hide();
        return; // Custom: the fields stay as they are
    }
    QJsonObject preset;
    for (const QJsonObject &p : std::as_const(m_presets))
        if (p.value(u"id").toString() == id)
            preset = p;
    if (preset.isEmpty())
        return;
    // Only what the sender determines; the name, addresses, schema, rules and endpoints stay.
    const QJsonObject s = preset.value(u"source").toObject();
    m_scheme->setCurrentText(s.value(u"scheme").toString(m_scheme->currentText()));
    if (s.contains(u"tolerance_s"))
        m_tolerance->setValue(s.value(u"tolerance_s").toInt());
    m_dedupe->setPlainText(JsonText::pretty(s.value(u"dedupe")));
    const QJsonObject fwd = s.value(u"forward").toObject();
    m_forwardType->setText(fwd.value(u"event_type").toString());
    m_callIdPath->setText(fwd.value(u"call_id_path").toString());
    const QString note = preset.value(u"note").toString();
    m_presetNote->setText(note);
    m_presetNote->setVisible(!note.isEmpty());
    m_errors->clear();
}

void SourcesPage::setStatus(const QString &text, bool ok)
{
    m_status->showStatus(text, ok);
    Q_EMIT message(text, ok);
}

void SourcesPage::refresh()
{
    m_api->get(u"/v1/sources"_s, this, [this](const ApiResult &r) {
        if (!r.ok()) {
            setStatus(tr("Cannot list sources: %1").arg(r.error), false);
            return;
        }
        const QString keep = m_current;
        m_model->setRows(r.json.value(u"sources").toArray());
        if (!keep.isEmpty())
            select(keep);
    });
}

void SourcesPage::select(const QString &name)
{
    const int r = m_model->find(name);
    if (r < 0)
        return;
    m_view->setCurrentIndex(m_model->index(r, 0));
    showItem(m_model->row(r));
}

void SourcesPage::newSource()
{
    m_current.clear();
    m_view->clearSelection();
    showItem(QJsonObject{{u"scheme"_s, u"standard-webhooks"_s}});
    m_name->setReadOnly(false);
}

void SourcesPage::showItem(const QJsonObject &s)
{
    const QString name = s.value(u"name").toString();
    if (name != m_current) {
        m_log->setRows(QList<QJsonObject>());
        m_logDetail->clear();
    }
    m_current = name;
    m_secretsPanel->setOwner(name); // a secret shown once does not follow the operator
    m_name->setText(name);
    m_name->setReadOnly(!name.isEmpty());
    m_preset->setCurrentIndex(0); // a stored source is shown as it is
    m_presetNote->hide();
    m_scheme->setCurrentText(s.value(u"scheme").toString(u"standard-webhooks"_s));
    m_tolerance->setValue(s.value(u"tolerance_s").toInt(300));
    m_allowIps->setText(joinList(s.value(u"allow_ips")));
    m_proxies->setText(joinList(s.value(u"trusted_proxies")));
    m_tokenHeader->setText(s.value(u"token_header").toString());
    m_publicUrl->setText(s.value(u"public_url").toString());
    m_schema->setPlainText(JsonText::pretty(s.value(u"schema")));
    m_rules->setPlainText(JsonText::pretty(s.value(u"rules")));
    const QJsonObject fwd = s.value(u"forward").toObject();
    m_forwardType->setText(fwd.value(u"event_type").toString());
    m_forwardEndpoints->setText(joinList(fwd.value(u"endpoints")));
    m_callIdPath->setText(fwd.value(u"call_id_path").toString());
    m_dedupe->setPlainText(JsonText::pretty(s.value(u"dedupe")));
    m_maxBody->setValue(s.value(u"max_body_bytes").toInt(1048576));
    m_secretsPanel->showSecrets(s.value(u"secrets").toArray());
    m_errors->clear();
}

QJsonObject SourcesPage::toJson(QMap<QString, QString> *errors) const
{
    QMap<QString, QString> local;
    QJsonObject json{{u"scheme"_s, m_scheme->currentText()},
                     {u"tolerance_s"_s, m_tolerance->value()},
                     {u"allow_ips"_s, QJsonArray::fromStringList(splitList(m_allowIps->text()))},
                     {u"trusted_proxies"_s, QJsonArray::fromStringList(splitList(m_proxies->text()))},
                     {u"max_body_bytes"_s, m_maxBody->value()}};
    if (!m_tokenHeader->text().trimmed().isEmpty())
        json.insert(u"token_header"_s, m_tokenHeader->text().trimmed());
    if (!m_publicUrl->text().trimmed().isEmpty())
        json.insert(u"public_url"_s, m_publicUrl->text().trimmed());
    const QList<QPair<QString, QPlainTextEdit *>> objects{
        {u"schema"_s, m_schema}, {u"rules"_s, m_rules}, {u"dedupe"_s, m_dedupe}};
    for (const auto &[field, edit] : objects) {
        if (edit->toPlainText().trimmed().isEmpty())
            continue;
        QString error;
        const QJsonValue v = JsonText::parse(edit->toPlainText(), &error);
        if (!v.isObject())
            local.insert(field, v.isUndefined() ? error : tr("must be a JSON object"));
        else
            json.insert(field, v);
    }
    if (!m_forwardType->text().trimmed().isEmpty()) {
        QJsonObject fwd{{u"event_type"_s, m_forwardType->text().trimmed()}};
        if (!splitList(m_forwardEndpoints->text()).isEmpty())
            fwd.insert(u"endpoints"_s, QJsonArray::fromStringList(splitList(m_forwardEndpoints->text())));
        if (!m_callIdPath->text().trimmed().isEmpty())
            fwd.insert(u"call_id_path"_s, m_callIdPath->text().trimmed());
        json.insert(u"forward"_s, fwd);
    } else if (!m_forwardEndpoints->text().trimmed().isEmpty()) {
        local.insert(u"forward.event_type"_s, tr("is required to forward"));
    }
    if (m_name->text().trimmed().isEmpty())
        local.insert(u"name"_s, tr("is required"));
    if (errors)
        *errors = local;
    return json;
}

void SourcesPage::save()
{
    QMap<QString, QString> local;
    const QJsonObject body = toJson(&local);
    if (!local.isEmpty()) {
        m_errors->show(local);
        setStatus(tr("Not saved: correct the fields marked in red."), false);
        return;
    }
    const QString name = m_name->text().trimmed();
    m_api->send("PUT", ApiClient::path(u"/v1/sources/"_s, name), body, this,
                [this, name](const ApiResult &r) {
                    if (!r.ok()) {
                        m_errors->show(r.fieldErrors, r.error);
                        setStatus(tr("Not saved: %1").arg(r.error), false);
                        return;
                    }
                    QJsonObject o = r.json;
                    o.insert(u"name"_s, name);
                    m_model->upsert(o);
                    select(name);
                    setStatus(tr("Source %1 saved. Senders post to /in/%1.").arg(name), true);
                    Q_EMIT saved(name);
                });
}

void SourcesPage::remove()
{
    if (m_current.isEmpty())
        return;
    const QString name = m_current;
    if (isVisible()
        && QMessageBox::question(this, tr("Delete source"),
                                 tr("Delete %1? Its secrets are removed; its log is kept.").arg(name))
            != QMessageBox::Yes)
        return;
    m_api->send("DELETE", ApiClient::path(u"/v1/sources/"_s, name), QJsonValue::Undefined, this,
                [this, name](const ApiResult &r) {
                    setStatus(r.ok() ? tr("Source %1 deleted.").arg(name) : r.error, r.ok());
                    if (r.ok()) {
                        newSource();
                        refresh();
                    }
                });
}

void SourcesPage::setSecret()
{
    m_secretsPanel->setSecret();
}

void SourcesPage::rotateSecret()
{
    m_secretsPanel->rotateSecret();
}

SecretField *SourcesPage::newSecret() const
{
    return m_secretsPanel->newSecret();
}

QLineEdit *SourcesPage::secretEdit() const
{
    return m_secretsPanel->secretEdit();
}

void SourcesPage::loadLog()
{
    if (m_current.isEmpty())
        return;
    const QString lane = m_lane->currentData().toString();
    QUrlQuery q;
    q.addQueryItem(u"source"_s, m_current);
    q.addQueryItem(u"limit"_s, u"200"_s);
    if (!lane.isEmpty() && lane != u"rejected")
        q.addQueryItem(u"status"_s, lane);
    m_api->get(u"/v1/inbound?"_s + q.toString(QUrl::FullyEncoded), this, [this, lane](const ApiResult &r) {
        if (!r.ok()) {
            setStatus(tr("Cannot read the inbound log: %1").arg(r.error), false);
            return;
        }
        QList<QJsonObject> rows;
        for (const QJsonValue &v : r.json.value(u"inbound").toArray()) {
            const QJsonObject o = v.toObject();
            const QString s = o.value(u"status").toString();
            if (lane == u"rejected" && (s == u"accepted" || s == u"duplicate"))
                continue;
            rows << o;
        }
        m_log->setRows(rows);
        m_logView->resizeColumnsToContents();
        m_logDetail->clear();
        m_resubmit->setEnabled(false);
        Q_EMIT logLoaded();
    });
}

void SourcesPage::showEntry(const QJsonObject &entry)
{
    const QJsonObject detail = entry.value(u"detail").toObject();
    QString text = tr("%1 %2 (HTTP %3)")
                       .arg(entry.value(u"id").toString(), entry.value(u"status").toString())
                       .arg(entry.value(u"http_status").toInt());
    if (!entry.value(u"reason").toString().isEmpty())
        text += u"\n\n"_s + tr("What went wrong: %1").arg(entry.value(u"reason").toString());
    if (detail.contains(u"cause"))
        text += u'\n' + tr("Diagnosis: %1").arg(detail.value(u"cause").toString());
    if (!detail.isEmpty())
        text += u"\n\n"_s + JsonText::pretty(detail);
    if (!entry.value(u"resubmit_of").toString().isEmpty())
        text += u'\n' + tr("Resubmission of %1").arg(entry.value(u"resubmit_of").toString());
    m_logDetail->setPlainText(text);
    m_resubmit->setEnabled(entry.value(u"resubmittable").toBool());
}

void SourcesPage::resubmit()
{
    const QModelIndex cur = m_logView->currentIndex();
    if (!cur.isValid())
        return;
    const QString id = m_log->row(cur.row()).value(u"id").toString();
    m_api->send("POST", u"/v1/inbound/"_s + id + u"/resubmit"_s,
                QJsonObject{{u"force"_s, m_force->isChecked()}}, this, [this, id](const ApiResult &r) {
                    if (!r.ok()) {
                        setStatus(tr("Not resubmitted: %1").arg(r.error), false);
                        return;
                    }
                    setStatus(tr("%1 resubmitted: %2.").arg(id, r.json.value(u"status").toString()),
                              r.json.value(u"status").toString() == u"accepted");
                    Q_EMIT resubmitted(r.json);
                    loadLog();
                });
}

} // namespace Switchboard
