// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/runtime.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"switchboard"_s);
    QApplication::setOrganizationName(u"switchboard"_s);
    QApplication::setApplicationDisplayName(u"Switchboard"_s);
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Switchboard: webhook delivery engine and operations console."));
    parser.addHelpOption();
    parser.addVersionOption();
    Switchboard::RuntimeOptions::addTo(parser);
    parser.process(app);

    auto options = Switchboard::RuntimeOptions::from(parser);
    if (!options) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Switchboard"), options.error().message);
        return 2;
    }
    Switchboard::Runtime runtime(*options);
    if (auto st = runtime.start(); !st) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Switchboard cannot start"),
                              st.error().message);
        return 1;
    }
    Switchboard::MainWindow window(&runtime);
    window.show();
    const int code = app.exec();
    runtime.stop();
    return code;
}
