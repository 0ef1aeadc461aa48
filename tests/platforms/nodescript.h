// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace Switchboard {

// Runs a script of tests/platforms/node with the vendors' own npm packages (the
// MCP client, retell-sdk, livekit-server-sdk, twilio) while this thread's event
// loop keeps serving the API under test. A missing node or node_modules is a
// failure, not a skip: these tests are what proves the platforms' formats.
struct NodeScript
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString failure; // why it could not run at all
    QJsonObject json; // stdout's last line as JSON, when it is one

    static QString directory()
    {
        const QString source = qEnvironmentVariable("SWITCHBOARD_SOURCE_DIR");
        if (!source.isEmpty())
            return QDir(source).filePath(QStringLiteral("tests/platforms/node"));
        // Run by hand: next to this header.
        return QFileInfo(QString::fromUtf8(__FILE__)).dir().filePath(QStringLiteral("node"));
    }

    static NodeScript run(const QString &script, const QStringList &args, int timeoutMs = 60000)
    {
        NodeScript r;
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            r.failure
                = QStringLiteral("node is not on PATH: run scripts/install-deps.sh (it installs nodejs npm)");
            return r;
        }
        const QDir dir(directory());
        if (!dir.exists(QStringLiteral("node_modules"))) {
            r.failure = QStringLiteral("%1/node_modules is missing: run scripts/install-deps.sh "
                                       "(npm ci --prefix tests/platforms/node)")
                            .arg(dir.path());
            return r;
        }
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(node, QStringList{dir.filePath(script)} + args);
        if (!p.waitForStarted(10000)) {
            r.failure = QStringLiteral("node did not start: ") + p.errorString();
            return r;
        }
        QElapsedTimer t;
        t.start();
        // Not waitForFinished(): the API under test lives in this thread.
        while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
            QTest::qWait(20);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
            r.failure = QStringLiteral("node %1 did not finish within %2 ms").arg(script).arg(timeoutMs);
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        r.json = QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
        return r;
    }
};

} // namespace Switchboard
