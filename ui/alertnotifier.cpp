// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertnotifier.h"

#include "ui/glyphicon.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace Switchboard {

using namespace Qt::StringLiterals;

AlertNotifier::AlertNotifier(QObject *parent) : QObject(parent)
{
    setTrayAllowed(true);
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::setTrayAllowed(bool allowed)
{
    m_trayAllowed = allowed;
    if (allowed && !m_tray && QSystemTrayIcon::isSystemTrayAvailable()
        && QSystemTrayIcon::supportsMessages()) {
        m_tray = new QSystemTrayIcon(GlyphIcon::icon(GlyphIcon::App), this);
        m_tray->setToolTip(tr("Switchboard"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this]() { Q_EMIT activated(m_lastEndpoint); });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this]() { Q_EMIT activated(QString()); });
        m_tray->show();
    } else if (!allowed && m_tray) {
        delete m_tray;
        m_tray = nullptr;
    }
}

void AlertNotifier::consider(const QList<Alert> &open)
{
    for (const Alert &a : open) {
        if (m_seen.contains(a.id))
            continue;
        m_seen.insert(a.id);
        m_lastEndpoint = a.endpoint;
        const QString title = a.endpoint.isEmpty()
            ? tr("Switchboard alert: %1").arg(a.rule)
            : tr("Switchboard alert: %1 on %2").arg(a.rule, a.endpoint);
        if (m_tray) {
            m_tray->showMessage(title, a.message, QSystemTrayIcon::Warning, 15000);
        } else {
            const QString link = a.endpoint.isEmpty() ? u"alerts"_s : u"endpoint:"_s + a.endpoint;
            Q_EMIT inWindowNotice(tr("<b>%1</b>: %2 <a href=\"%3\">Open</a>")
                                      .arg(title.toHtmlEscaped(), a.message.toHtmlEscaped(), link));
        }
        Q_EMIT announced(a.id);
    }
}

} // namespace Switchboard
