// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminpages.h"

#include "apiclient.h"
#include "configpage.h"
#include "endpointspage.h"
#include "functionspage.h"
#include "platformspage.h"
#include "rulespage.h"
#include "settingspage.h"
#include "sourcespage.h"
#include "ui/glyphicon.h"

#include <QListWidget>
#include <QStackedWidget>

namespace Switchboard {

AdminPages::AdminPages(const ConsoleServices &services, QListWidget *nav, QStackedWidget *stack,
                       QObject *parent)
    : QObject(parent)
    , m_api(ApiClient::fromServices(services, this))
    , m_endpoints(new EndpointsPage(m_api, stack))
    , m_functions(new FunctionsPage(m_api, stack))
    , m_sources(new SourcesPage(m_api, stack))
    , m_platforms(new PlatformsPage(m_api, stack))
    , m_rules(new RulesPage(m_api, stack))
    , m_config(new ConfigPage(m_api, stack))
    , m_settings(new SettingsPage(services, stack))
{
    const QList<std::tuple<QWidget *, GlyphIcon::Glyph, QString>> pages{
        {m_endpoints, GlyphIcon::Endpoints, tr("Endpoints")},
        {m_functions, GlyphIcon::Connect, tr("Functions")},
        {m_sources, GlyphIcon::Deliveries, tr("Inbound sources")},
        {m_platforms, GlyphIcon::Connect, tr("Voice platforms")},
        {m_rules, GlyphIcon::Alerts, tr("Rules")},
        {m_config, GlyphIcon::Export, tr("Configuration")},
        {m_settings, GlyphIcon::Dashboard, tr("Settings")},
    };
    for (const auto &[page, glyph, title] : pages) {
        stack->addWidget(page);
        nav->addItem(new QListWidgetItem(GlyphIcon::icon(glyph), title));
    }
    connect(stack, &QStackedWidget::currentChanged, this, [this, stack](int) {
        QWidget *w = stack->currentWidget();
        if (w == m_endpoints)
            m_endpoints->refresh();
        else if (w == m_functions)
            m_functions->refresh();
        else if (w == m_sources)
            m_sources->refresh();
        else if (w == m_platforms)
            m_platforms->refresh();
        else if (w == m_rules)
            m_rules->refresh();
    });
    connect(m_endpoints, &EndpointsPage::message, this, &AdminPages::message);
    connect(m_functions, &FunctionsPage::message, this, &AdminPages::message);
    connect(m_sources, &SourcesPage::message, this, &AdminPages::message);
    connect(m_platforms, &PlatformsPage::message, this, &AdminPages::message);
    connect(m_rules, &RulesPage::message, this, &AdminPages::message);
    connect(m_config, &ConfigPage::message, this, &AdminPages::message);
    connect(m_settings, &SettingsPage::message, this, &AdminPages::message);
}

} // namespace Switchboard
