// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/consoleservices.h"

#include <QObject>

class QListWidget;
class QStackedWidget;

namespace Switchboard {

class ApiClient;
class ConfigPage;
class EndpointsPage;
class FunctionsPage;
class PlatformsPage;
class RulesPage;
class SettingsPage;
class SourcesPage;

// The console's administration pages (endpoints, functions, sources, voice
// platforms, rules, configuration, settings), added to the main window's navigation and page
// stack after its own pages. Owns the ApiClient they share and reloads a page
// from the API whenever it is shown. GUI thread only.
//
// MainWindow installs them with one line after its own navigation items.
class AdminPages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminPages)
public:
    AdminPages(const ConsoleServices &services, QListWidget *nav, QStackedWidget *stack, QObject *parent);

    ApiClient *api() const { return m_api; }
    EndpointsPage *endpoints() const { return m_endpoints; }
    FunctionsPage *functions() const { return m_functions; }
    SourcesPage *sources() const { return m_sources; }
    PlatformsPage *platforms() const { return m_platforms; }
    RulesPage *rules() const { return m_rules; }
    ConfigPage *config() const { return m_config; }
    SettingsPage *settings() const { return m_settings; }

Q_SIGNALS:
    void message(const QString &text, bool ok);

private:
    ApiClient *m_api;
    EndpointsPage *m_endpoints;
    FunctionsPage *m_functions;
    SourcesPage *m_sources;
    PlatformsPage *m_platforms;
    RulesPage *m_rules;
    ConfigPage *m_config;
    SettingsPage *m_settings;
};

} // namespace Switchboard
