// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLocalServer;

namespace Switchboard {

// One console per data directory: the first start listens on a local socket
// named after the directory; a second start finds it, asks it to raise its
// window and exits. A socket left by a crashed console is removed and taken
// over. GUI thread only.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the first; false after asking the first to raise.
    bool claim();
    QString serverName() const { return m_name; }
    static QString serverNameFor(const QString &dataDir);

Q_SIGNALS:
    void raiseRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Switchboard
