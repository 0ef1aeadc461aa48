// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/alertrule.h"

#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace Switchboard {

// Tells the operator about newly opened alerts: a desktop notification through
// the system tray where there is one (clicking it opens what the alert is
// about), otherwise a notice inside the window. Each alert is announced once.
// GUI thread only.
class AlertNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifier)
public:
    explicit AlertNotifier(QObject *parent = nullptr);
    ~AlertNotifier() override;

    bool usesTray() const { return m_tray != nullptr; }
    void setTrayAllowed(bool allowed); // tests force the fallback

    // The alerts open now; announces those not seen before.
    void consider(const QList<Switchboard::Alert> &open);

Q_SIGNALS:
    void inWindowNotice(const QString &html); // links: "endpoint:<name>" or "alerts"
    void activated(const QString &endpoint); // empty: the alerts page
    void announced(const QString &alertId);

private:
    QSystemTrayIcon *m_tray = nullptr;
    QSet<QString> m_seen;
    QString m_lastEndpoint;
    bool m_trayAllowed = true;
};

} // namespace Switchboard
