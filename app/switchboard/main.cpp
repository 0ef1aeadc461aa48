// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/engine.h"
#include "language.h"
#include "metrics/jsonloghandler.h"
#include "metrics/logbuffer.h"
#include "metrics/rotatinglogfile.h"
#include "runtime/runtime.h"
#include "ui/consoleservices.h"
#include "ui/mainwindow.h"
#include "ui/singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"switchboard"_s);
    QApplication::setOrganizationName(u"switchboard"_s);
    QApplication::setApplicationDisplayName(u"Switchboard"_s);
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    QApplication::setDesktopFileName(u"switchboard"_s);

    // Before the parser, so that --help speaks the language too, and before any window:
    // widgets read their texts once, when they are built.
    Switchboard::ConsoleLanguage::install(app,
                                          Switchboard::ConsoleLanguage::requested(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Switchboard: webhook delivery engine and operations console."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"language"_s,
                      QApplication::translate("main",
                                              "The console's language: %1, en, or system (default: the "
                                              "%2 setting if set, else the system's).")
                          .arg(Switchboard::ConsoleLanguage::available().join(u", "_s),
                               Switchboard::ConsoleLanguage::settingsKey),
                      u"LANG"_s});
    Switchboard::RuntimeOptions::addTo(parser);
    parser.process(app);

    auto options = Switchboard::RuntimeOptions::from(parser);
    if (!options) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Switchboard"),
                              options.error().message);
        return 2;
    }
    // A second console on the same data directory raises the first and leaves.
    Switchboard::SingleInstance instance(
        options->dataDir.isEmpty() ? Switchboard::RuntimeOptions::defaultDataDir() : options->dataDir);
    if (!instance.claim())
        return 0;

    // The daemon's structured records (one JSON object per line: every message,
    // and a record per attempt and inbound request) to stderr, DIR/switchboard.log
    // and the Logs page's buffer. After the single-instance check: one writer per
    // log file. Declared before the runtime, so it outlives the threads that log.
    const QString dataDir
        = options->dataDir.isEmpty() ? Switchboard::RuntimeOptions::defaultDataDir() : options->dataDir;
    Switchboard::LogBuffer logBuffer;
    std::unique_ptr<Switchboard::RotatingLogFile> logFile;
    if (QDir().mkpath(dataDir)) {
        logFile
            = std::make_unique<Switchboard::RotatingLogFile>(QDir(dataDir).filePath(u"switchboard.log"_s));
        if (!logFile->open())
            logFile.reset();
    }
    Switchboard::JsonLogHandler logHandler(options->workerId, {true, logFile.get(), &logBuffer});
    // A record per attempt, as switchboardd logs them (the Logs page turns them off
    // and on); QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(u"switchboard.metrics.traffic.info=true"_s);

    Switchboard::Runtime runtime(*options);
    if (auto st = runtime.start(); !st) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Switchboard cannot start"),
                              st.error().message);
        return 1;
    }
    Switchboard::ConsoleServices services;
    services.location = runtime.location();
    services.engine = runtime.engine();
    services.secrets = runtime.secrets();
    services.instanceId = runtime.engine() ? runtime.engine()->instanceId() : QString();
    services.listenAddress = runtime.listenAddress();
    services.token = runtime.token();
    services.dataDir = options->dataDir;
    services.log = &logBuffer;

    int code = 0;
    {
        Switchboard::MainWindow window(services);
        QObject::connect(&instance, &Switchboard::SingleInstance::raiseRequested, &window,
                         &Switchboard::MainWindow::raiseWindow);
        window.show();
        code = app.exec();
    }
    runtime.stop();
    return code;
}
