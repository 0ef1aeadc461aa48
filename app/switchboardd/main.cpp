// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/rotatinglogfile.h"
#include "metrics/trafficlog.h"
#include "runtime/runtime.h"
#include "tools.h"
#include "util/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalFd[2] = {-1, -1};
Switchboard::RotatingLogFile *g_logFile = nullptr; // DIR/switchboard.log, besides stderr
QString g_worker;

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalFd[1], &c, 1);
}

// One JSON object per line on stderr, for journald and log shippers; the
// traffic records (one per attempt and inbound request) add their fields.
void jsonLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray bytes = Switchboard::TrafficLog::jsonLine(type, context, message, g_worker);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    if (g_logFile)
        g_logFile->write(bytes);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"switchboard"_s);
    QCoreApplication::setOrganizationName(u"switchboard"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"receiver")
        return runReceiver(args);
    if (args.value(1) == u"har-replay")
        return runHarReplay(args);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Switchboard daemon: the webhook delivery engine and its HTTP API, without a window.\n"
        "Tools: switchboardd receiver --help, switchboardd har-replay --help."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    Switchboard::RuntimeOptions::addTo(parser);
    parser.addOption({u"print-token"_s, u"Print the API token (creating it on first use) and exit."_s});
    parser.addOption(
        {u"migrate"_s, u"Create or upgrade the database schema and exit (see docs/scale-out.md)."_s});
    parser.addOption({u"log-format"_s, u"Log as json (default) or text."_s, u"FORMAT"_s, u"json"_s});
    parser.process(app);

    if (parser.value(u"log-format"_s) == u"json")
        qInstallMessageHandler(jsonLog);
    // A record per attempt and inbound request (elsewhere only failed ones);
    // QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(u"switchboard.metrics.traffic.info=true"_s);

    auto options = Switchboard::RuntimeOptions::from(parser);
    if (!options) {
        std::fprintf(stderr, "switchboardd: %s\n", qPrintable(options.error().message));
        return 2;
    }
    g_worker = options->workerId;
    std::unique_ptr<Switchboard::RotatingLogFile> logFile;
    if (parser.value(u"log-format"_s) == u"json" && !parser.isSet(u"print-token"_s)
        && !parser.isSet(u"migrate"_s) && QDir().mkpath(options->dataDir)) {
        logFile = std::make_unique<Switchboard::RotatingLogFile>(
            QDir(options->dataDir).filePath(u"switchboard.log"_s));
        if (logFile->open())
            g_logFile = logFile.get();
    }
    if (parser.isSet(u"migrate"_s)) {
        auto database = Switchboard::Runtime::migrateDatabase(*options);
        if (!database) {
            std::fprintf(stderr, "switchboardd: %s\n", qPrintable(database.error().message));
            return 1;
        }
        std::printf("switchboardd: the schema of %s is current\n", qPrintable(*database));
        return 0;
    }
    if (parser.isSet(u"print-token"_s)) {
        auto token = Switchboard::Runtime::apiToken(*options);
        if (!token) {
            std::fprintf(stderr, "switchboardd: %s\n", qPrintable(token.error().message));
            return 1;
        }
        std::printf("%s\n", qPrintable(*token));
        return 0;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0) {
        std::perror("socketpair");
        return 1;
    }
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    Switchboard::Runtime runtime(*options);
    if (auto st = runtime.start(); !st) {
        qCCritical(lcRuntime).noquote() << st.error().message;
        std::fprintf(stderr, "switchboardd: %s\n", qPrintable(st.error().message));
        return 1;
    }

    QSocketNotifier notifier(g_signalFd[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&]() {
        char c;
        [[maybe_unused]] auto n = ::read(g_signalFd[0], &c, 1);
        notifier.setEnabled(false);
        qCInfo(lcRuntime) << "stopping: finishing in-flight attempts";
        runtime.stop();
        app.exit(0);
    });
    const int code = app.exec();
    g_logFile = nullptr;
    return code;
}
