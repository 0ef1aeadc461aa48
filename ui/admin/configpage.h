// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statuslabel.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QLabel;
class QCheckBox;
class QPushButton;
class QTreeWidget;

namespace Switchboard {

class ApiClient;

// Configuration as code: exports endpoints, functions, sources and alert rules
// (never a secret, nor state such as "paused") as the JSON that --config reads,
// {"endpoints": [...], "functions": [...], "sources": [...], "alert_rules": [...]}
// with a "name" in each entry (--config ignores "alert_rules"; the import here
// applies them), and imports such a file with a preview of what is added,
// changed or unchanged before applying it through the API. In replace mode
// (the check box, or "replace": true in the file) what the file does not name
// is removed too, for each kind the file has; the preview lists those removals
// first. GUI thread only.
class ConfigPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigPage)
public:
    enum class Change { Added, Changed, Unchanged, Removed };
    struct Item
    {
        QString kind; // "endpoints", "functions", "sources", "alert_rules"
        QString name;
        Change change = Change::Unchanged;
        QStringList fields; // the fields that differ
        QJsonObject body;
    };

    explicit ConfigPage(ApiClient *api, QWidget *parent = nullptr);

    // Reads the whole configuration from the API; done gets it, or an error.
    void fetch(std::function<void(const QJsonObject &config, const QString &error)> done);
    void exportToFile(const QString &fileName = {});
    // Reads a file (or takes a document) and shows the preview against the API's state.
    void importFile(const QString &fileName = {});
    void preview(const QJsonObject &config);
    void apply();

    // Without read-only fields, secrets and the name (a PUT body).
    static QJsonObject stripped(const QJsonObject &entry);
    // Additions and changes in dependency order (endpoints first), then, when replace is
    // set, removals of what the file does not name in reverse order (endpoints last).
    static QList<Item> diff(const QJsonObject &current, const QJsonObject &incoming, bool replace = false);

    const QList<Item> &items() const { return m_items; }
    QTreeWidget *previewTree() const { return m_tree; }
    QPushButton *applyButton() const { return m_apply; }
    QCheckBox *replaceCheck() const { return m_replace; }
    StatusLabel *status() const { return m_status; }

Q_SIGNALS:
    void exported(const QJsonObject &config);
    void previewReady();
    void applied(int ok, int failed);
    void message(const QString &text, bool ok);

private:
    void setStatus(const QString &text, bool ok);
    void applyNext(int index, int ok, int failed);

    ApiClient *m_api;
    QTreeWidget *m_tree;
    QPushButton *m_apply;
    QCheckBox *m_replace;
    QJsonObject m_incoming; // the file last previewed
    StatusLabel *m_status;
    QList<Item> m_items;
};

} // namespace Switchboard
