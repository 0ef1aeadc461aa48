// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configpage.h"

#include "apiclient.h"

#include <QCheckBox>
#include <QColor>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

const QStringList kKinds{u"endpoints"_s, u"functions"_s, u"sources"_s, u"alert_rules"_s};

QString routeFor(const QString &kind)
{
    return kind == u"alert_rules" ? u"/v1/alerts/rules/"_s : u"/v1/"_s + kind + u'/';
}

QMap<QString, QJsonObject> byName(const QJsonValue &list)
{
    QMap<QString, QJsonObject> out;
    if (list.isObject()) { // the {"name": {...}} form --config also reads
        const QJsonObject o = list.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), it.value().toObject());
        return out;
    }
    for (const QJsonValue &v : list.toArray())
        out.insert(v.toObject().value(u"name").toString(), v.toObject());
    return out;
}

} // namespace

ConfigPage::ConfigPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_tree(new QTreeWidget(this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_replace(new QCheckBox(tr("Replace: also remove what the file does not name"), this))
    , m_status(new StatusLabel(this))
{
    setObjectName(u"configPage"_s);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *importButton = new QPushButton(tr("Import…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this]() { exportToFile(); });
    connect(importButton, &QPushButton::clicked, this, [this]() { importFile(); });
    connect(m_apply, &QPushButton::clicked, this, &ConfigPage::apply);
    m_replace->setToolTip(
        tr("Endpoints, functions, sources and alert rules missing from the file are deleted, "
           "for each kind the file has. The preview lists them before anything is applied."));
    connect(m_replace, &QCheckBox::toggled, this, [this]() {
        if (!m_incoming.isEmpty())
            preview(m_incoming);
    });
    m_apply->setEnabled(false);
    m_tree->setHeaderLabels({tr("Kind"), tr("Name"), tr("Change"), tr("Fields")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAccessibleName(tr("Import preview"));
    m_tree->header()->setStretchLastSection(true);
    auto *intro = new QLabel(
        tr("Export writes endpoints, functions, sources and alert rules as the JSON file that "
           "<code>--config</code> reads. Secrets are never exported: set them again after an import. "
           "Import shows what would change, then applies it through the API."),
        this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(exportButton);
    buttons->addWidget(importButton);
    buttons->addStretch();
    buttons->addWidget(m_replace);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
}

void ConfigPage::setStatus(const QString &text, bool ok)
{
    m_status->showStatus(text, ok);
    Q_EMIT message(text, ok);
}

QJsonObject ConfigPage::stripped(const QJsonObject &entry)
{
    static const QStringList readOnly{u"name"_s,
                                      u"paused"_s,
                                      u"created_at"_s,
                                      u"updated_at"_s,
                                      u"secrets"_s,
                                      u"secret_fingerprint"_s,
                                      u"auth_fingerprint"_s,
                                      u"circuit"_s, // an endpoint's circuit breaker state, not configuration
                                      u"secret"_s,
                                      u"url_in"_s,
                                      u"inbound_url"_s};
    QJsonObject o = entry;
    for (const QString &k : readOnly)
        o.remove(k);
    return o;
}

void ConfigPage::fetch(std::function<void(const QJsonObject &, const QString &)> done)
{
    struct State
    {
        QMap<QString, QMap<QString, QJsonObject>> lists;
        int pending = 0;
        QString error;
    };
    auto state = std::make_shared<State>();
    auto finish = [state, done]() {
        if (--state->pending > 0)
            return;
        QJsonObject config;
        for (const QString &kind : kKinds) {
            QJsonArray arr;
            for (auto it = state->lists.value(kind).cbegin(); it != state->lists.value(kind).cend(); ++it) {
                QJsonObject o = stripped(it.value());
                o.insert(u"name"_s, it.key());
                arr.append(o);
            }
            config.insert(kind, arr);
        }
        done(config, state->error);
    };
    auto fail = [state](const ApiResult &r) {
        if (state->error.isEmpty())
            state->error = r.error;
    };
    state->pending = 4;
    m_api->get(u"/v1/endpoints"_s, this, [state, finish, fail](const ApiResult &r) {
        r.ok() ? void(state->lists[u"endpoints"_s] = byName(r.json.value(u"endpoints"))) : fail(r);
        finish();
    });
    m_api->get(u"/v1/sources"_s, this, [state, finish, fail](const ApiResult &r) {
        r.ok() ? void(state->lists[u"sources"_s] = byName(r.json.value(u"sources"))) : fail(r);
        finish();
    });
    m_api->get(u"/v1/alerts/rules"_s, this, [state, finish, fail](const ApiResult &r) {
        r.ok() ? void(state->lists[u"alert_rules"_s] = byName(r.json.value(u"rules"))) : fail(r);
        finish();
    });
    // The tool list lacks endpoint, request and mode: fetch each definition.
    m_api->get(u"/v1/functions"_s, this, [this, state, finish, fail](const ApiResult &r) {
        if (!r.ok()) {
            fail(r);
            return finish();
        }
        const QJsonArray tools = r.json.value(u"tools").toArray();
        state->pending += int(tools.size());
        for (const QJsonValue &t : tools) {
            const QString name = t.toObject().value(u"function").toObject().value(u"name").toString();
            m_api->get(ApiClient::path(u"/v1/functions/"_s, name), this,
                       [state, finish, fail, name](const ApiResult &d) {
                           d.ok() ? void(state->lists[u"functions"_s].insert(name, d.json)) : fail(d);
                           finish();
                       });
        }
        finish();
    });
}

void ConfigPage::exportToFile(const QString &fileName)
{
    QString target = fileName;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(this, tr("Export configuration"), u"switchboard-config.json"_s,
                                              tr("JSON (*.json)"));
    if (target.isEmpty())
        return;
    fetch([this, target](const QJsonObject &config, const QString &error) {
        if (!error.isEmpty()) {
            setStatus(tr("Not exported: %1").arg(error), false);
            return;
        }
        QSaveFile file(target);
        const QByteArray json = QJsonDocument(config).toJson(QJsonDocument::Indented);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            setStatus(tr("Cannot write %1: %2").arg(target, file.errorString()), false);
            return;
        }
        setStatus(tr("Configuration exported to %1 (without secrets).").arg(target), true);
        Q_EMIT exported(config);
    });
}

void ConfigPage::importFile(const QString &fileName)
{
    QString source = fileName;
    if (source.isEmpty())
        source
            = QFileDialog::getOpenFileName(this, tr("Import configuration"), QString(), tr("JSON (*.json)"));
    if (source.isEmpty())
        return;
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot read %1: %2").arg(source, file.errorString()), false);
        return;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        setStatus(tr("%1 is not a JSON object: %2 at byte %3").arg(source, pe.errorString()).arg(pe.offset),
                  false);
        return;
    }
    if (doc.object().value(u"replace").toBool()) {
        const QSignalBlocker block(m_replace);
        m_replace->setChecked(true);
    }
    preview(doc.object());
}

QList<ConfigPage::Item> ConfigPage::diff(const QJsonObject &current, const QJsonObject &incoming,
                                         bool replace)
{
    QList<Item> items;
    for (const QString &kind : kKinds) {
        const QMap<QString, QJsonObject> now = byName(current.value(kind));
        const QMap<QString, QJsonObject> wanted = byName(incoming.value(kind));
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            Item item{kind, it.key(), Change::Added, {}, stripped(it.value())};
            if (now.contains(it.key())) {
                const QJsonObject have = stripped(now.value(it.key()));
                // Fields left out of the file take their defaults on the server; only the
                // fields the file names are compared.
                for (auto f = item.body.begin(); f != item.body.end(); ++f) {
                    if (have.value(f.key()) != f.value())
                        item.fields << f.key();
                }
                item.change = item.fields.isEmpty() ? Change::Unchanged : Change::Changed;
            }
            items << item;
        }
    }
    if (!replace)
        return items;
    // Functions and sources name endpoints: they go before the endpoints do.
    for (auto kind = kKinds.crbegin(); kind != kKinds.crend(); ++kind) {
        if (!incoming.contains(*kind))
            continue; // a kind the file leaves out is left alone
        const QMap<QString, QJsonObject> now = byName(current.value(*kind));
        const QMap<QString, QJsonObject> wanted = byName(incoming.value(*kind));
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!wanted.contains(it.key()))
                items << Item{*kind, it.key(), Change::Removed, {}, {}};
        }
    }
    return items;
}

void ConfigPage::preview(const QJsonObject &config)
{
    for (const QString &kind : config.keys()) {
        if (!kKinds.contains(kind) && kind != u"redaction" && kind != u"replace")
            setStatus(tr("\"%1\" is not imported here.").arg(kind), false);
    }
    m_incoming = config;
    fetch([this, config](const QJsonObject &current, const QString &error) {
        if (!error.isEmpty()) {
            setStatus(tr("Cannot read the current configuration: %1").arg(error), false);
            return;
        }
        m_items = diff(current, config, m_replace->isChecked());
        m_tree->clear();
        int changes = 0;
        int removals = 0;
        for (const Item &item : std::as_const(m_items)) {
            const QString change = item.change == Change::Added ? tr("added")
                : item.change == Change::Changed                ? tr("changed")
                : item.change == Change::Removed                ? tr("removed")
                                                                : tr("unchanged");
            const QString fields
                = item.change == Change::Removed ? tr("not in the file: deleted") : item.fields.join(u", "_s);
            auto *row = new QTreeWidgetItem({item.kind, item.name, change, fields});
            if (item.change != Change::Unchanged) {
                ++changes;
                QFont bold = row->font(2);
                bold.setBold(true);
                row->setFont(2, bold);
            }
            if (item.change == Change::Removed) {
                ++removals;
                for (int c = 0; c < 4; ++c)
                    row->setForeground(c, QColor(0xb3, 0x26, 0x1e));
            }
            m_tree->addTopLevelItem(row);
        }
        for (int c = 0; c < 3; ++c)
            m_tree->resizeColumnToContents(c);
        m_apply->setEnabled(changes > 0);
        QString text = !changes ? tr("Nothing to change.")
            : removals ? tr("%n change(s) to apply, %1 of them removals (in red). Secrets are not part of "
                            "the file.",
                            nullptr, changes)
                             .arg(removals)
                       : tr("%n change(s) to apply. Nothing is removed; secrets are not part of the file.",
                            nullptr, changes);
        setStatus(text, true);
        Q_EMIT previewReady();
    });
}

void ConfigPage::apply()
{
    m_apply->setEnabled(false);
    applyNext(0, 0, 0);
}

void ConfigPage::applyNext(int index, int ok, int failed)
{
    while (index < m_items.size() && m_items.at(index).change == Change::Unchanged)
        ++index;
    if (index >= m_items.size()) {
        setStatus(failed ? tr("Applied %1, %2 refused (see the list).").arg(ok).arg(failed)
                         : tr("Applied %n change(s).", nullptr, ok),
                  failed == 0);
        Q_EMIT applied(ok, failed);
        return;
    }
    // In file order by kind: endpoints before the functions and sources that name them.
    const Item item = m_items.at(index);
    const bool remove = item.change == Change::Removed;
    m_api->send(remove ? "DELETE" : "PUT", ApiClient::path(routeFor(item.kind), item.name),
                remove ? QJsonValue(QJsonValue::Undefined) : QJsonValue(item.body), this,
                [this, index, ok, failed](const ApiResult &r) {
                    if (QTreeWidgetItem *row = m_tree->topLevelItem(index)) {
                        row->setText(2,
                                     !r.ok()                             ? tr("refused")
                                         : row->text(2) == tr("removed") ? tr("deleted")
                                                                         : tr("applied"));
                        if (!r.ok())
                            row->setText(3, r.error);
                        else if (r.json.contains(u"secret"))
                            // Never shown here: the operator gets a visible one by rotating.
                            row->setText(3,
                                         tr("a signing secret was generated; rotate it on the Endpoints page "
                                            "to see a new one, or set the receiver's"));
                    }
                    applyNext(index + 1, ok + (r.ok() ? 1 : 0), failed + (r.ok() ? 0 : 1));
                });
}

} // namespace Switchboard
