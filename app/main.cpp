// Composition root: builds the objects, wires them, and starts either the window or a command.
#include "appinfo.h"
#include "autopilot/autopilotservice.h"
#include "autopilot/autopilotsettingsstore.h"
#include "autopilot/lemlistreplypoller.h"
#include "autopilot/requesterenrichmentqueue.h"
#include "autopilot/synchostdrainer.h"
#include "cli/autopilotcommand.h"
#include "cli/clirunner.h"
#include "cli/credentialscommand.h"
#include "cli/doctorcommand.h"
#include "cli/enrichcommand.h"
#include "cli/enrollcommand.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/importscommand.h"
#include "cli/listcommand.h"
#include "cli/rescorecommand.h"
#include "cli/synccommand.h"
#include "cli/trackcommand.h"
#include "cli/undoimportcommand.h"
#include "common/apppaths.h"
#include "common/singleinstance.h"
#include "common/version.h"
#include "credentialsettingsmodel.h"
#include "databaseupgrade.h"
#include "desktopobjects.h"
#include "importcontroller.h"
#include "integrations/connectiontester.h"
#include "integrations/services.h"
#include "integrations/servicesettings.h"
#include "logging/categories.h"
#include "logging/logsink.h"
#include "net/clock.h"
#include "net/serviceendpoint.h"
#include "pipelineobjects.h"
#include "reviewobjects.h"
#include "sandboxsession.h"
#include "secrets/credentialstore.h"
#include "secrets/storedtoken.h"
#include "startupprobe.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "sync/clock.h"
#include "translationmanager.h"
#include "windowsnapshot.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTextStream>
#include <QTimeZone>
#include <memory>

Q_IMPORT_QML_PLUGIN(ProspectorPlugin)

using namespace prospector;

namespace {

// Tokens for the pipeline commands. Until the keychain store (CredentialStore) is wired in here,
// only loopback simulators (--sandbox, or PROSPECTOR_*_URL pointing at prospector-sandbox) are
// reachable: they accept any credential, so a fixed placeholder is sent. Real services get none.
// Headless pipeline commands use the token stored for this data folder; a service pointed at
// this machine (the sandbox, in-process or standalone) falls back to the sandbox's own credential.
// Each token is read once per run.
sync::SyncRun::TokenProvider pipelineTokens() {
    auto cache = std::make_shared<QHash<net::Service, QString>>();
    return [cache](net::Service service) -> QString {
        if (cache->contains(service))
            return cache->value(service);
        const QStringList arguments = QCoreApplication::arguments();
        const AppPaths paths =
            AppPaths::resolve(cli::CliRunner::globalOptionValue(arguments, QStringLiteral("data-dir")));
        QString token = secrets::readStoredToken(paths.dataDir(), service);
        if (token.isEmpty() && net::isLoopbackHost(net::ServiceEndpoint::baseUrlFromEnvironment(service)))
            token = sandbox::SandboxSession::sandboxCredential(net::serviceKey(service));
        cache->insert(service, token);
        return token;
    };
}

// The in-app pipeline's answer for a service with no stored token: the simulators' credential when
// that service is pointed at this machine (--sandbox, or PROSPECTOR_*_URL at prospector-sandbox).
sync::TokenBox::Fallback sandboxFallback() {
    QHash<net::Service, QString> credentials;
    for (net::Service service : integrations::allServices())
        if (net::isLoopbackHost(net::ServiceEndpoint::baseUrlFromEnvironment(service)))
            credentials.insert(service, sandbox::SandboxSession::sandboxCredential(net::serviceKey(service)));
    return [credentials](net::Service service) {
        return credentials.value(service);
    };
}

std::vector<std::unique_ptr<cli::Command>> makeCommands() {
    std::vector<std::unique_ptr<cli::Command>> commands;
    commands.push_back(std::make_unique<cli::DoctorCommand>());
    commands.push_back(std::make_unique<cli::ListCommand>());
    commands.push_back(std::make_unique<cli::CredentialsCommand>());
    commands.push_back(std::make_unique<cli::ImportCommand>());
    commands.push_back(std::make_unique<cli::ImportsCommand>());
    commands.push_back(std::make_unique<cli::UndoImportCommand>());
    commands.push_back(std::make_unique<cli::ExportCommand>());
    commands.push_back(std::make_unique<cli::RescoreCommand>());
    commands.push_back(std::make_unique<cli::EnrichCommand>(pipelineTokens()));
    commands.push_back(std::make_unique<cli::SyncCommand>(pipelineTokens()));
    commands.push_back(std::make_unique<cli::EnrollCommand>(pipelineTokens()));
    commands.push_back(std::make_unique<cli::TrackCommand>(pipelineTokens()));
    commands.push_back(std::make_unique<cli::AutopilotCommand>(pipelineTokens()));
    return commands;
}

void setIdentity() {
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

QStringList rawArguments(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void installLogging(const AppPaths &paths, const QStringList &arguments, bool cli) {
    logging::LogOptions options;
    options.logDir = paths.logDir();
    const QString level = cli::CliRunner::globalOptionValue(arguments, QStringLiteral("log-level"));
    if (!level.isEmpty())
        options.level = level;
    // Commands print results on stdout and progress on stderr; log lines there only when asked.
    options.consoleLevel = cli && level.isEmpty() ? QStringLiteral("warn") : options.level;
    QString error;
    if (!logging::installLogSink(options, &error))
        qCWarning(lcApp) << "log file unavailable, logging to the console only:" << error;
}

int runCommandLine(int argc, char *argv[], cli::CliRunner &runner) {
    QCoreApplication app(argc, argv);
    setIdentity();
    // Messages and help in the language chosen in Settings (or the system's), like the window.
    QSettings uiSettings;
    const ui::TranslationManager translations(uiSettings);
    const QStringList arguments = app.arguments();
    const bool informational =
        arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v")) ||
        arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    if (!informational) {
        const AppPaths paths =
            AppPaths::resolve(cli::CliRunner::globalOptionValue(arguments, QStringLiteral("data-dir")));
        QString error;
        if (paths.ensureExists(&error))
            installLogging(paths, arguments, true);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    sandbox::SandboxSession sandbox; // before any client is built: it sets PROSPECTOR_*_URL
    QString sandboxError;
    if (sandbox::SandboxSession::requested(arguments) && !sandbox.start(&sandboxError)) {
        err << QObject::tr("The sandbox could not start: %1").arg(sandboxError) << Qt::endl;
        return cli::ExitFailure;
    }
    const int code = runner.run(arguments, out, err);
    logging::shutdownLogSink();
    return code;
}

void raise(QQmlApplicationEngine &engine) {
    const auto roots = engine.rootObjects();
    if (roots.isEmpty())
        return;
    if (auto *window = qobject_cast<QQuickWindow *>(roots.constFirst())) {
        window->show();
        window->raise();
        window->requestActivate();
    }
}

// "Open with Prospector" passes a CSV path: show its import preview.
void openFileArguments(QQmlApplicationEngine &engine, const QStringList &arguments) {
    const auto roots = engine.rootObjects();
    const int index = cli::CliRunner::firstPositionalIndex(arguments);
    if (roots.isEmpty() || index < 0)
        return;
    const QFileInfo file(arguments.at(index));
    if (!file.isFile())
        return;
    QMetaObject::invokeMethod(roots.constFirst(), "openCsv",
                              Q_ARG(QVariant, QUrl::fromLocalFile(file.absoluteFilePath())));
}

int runWindow(int argc, char *argv[]) {
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/qt/qml/Prospector/icons/prospector.svg")));
    // Matches packaging/linux/<id>.desktop, so Wayland shells show the right icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("app.prospector.Prospector"));
    // Before any dialog, so even start-up errors are in the chosen language.
    QSettings uiSettings;
    ui::TranslationManager translations(uiSettings);
    ui::TranslationManager::provide(&translations);
    const QStringList arguments = app.arguments();

    const AppPaths paths =
        AppPaths::resolve(cli::CliRunner::globalOptionValue(arguments, QStringLiteral("data-dir")));
    QString error;
    if (!paths.ensureExists(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("Prospector cannot start"), error);
        return cli::ExitFailure;
    }
    installLogging(paths, arguments, false);

    SingleInstance instance(paths.dataDir());
    if (!instance.claim(arguments))
        return cli::ExitOk;

    sandbox::SandboxSession sandbox; // before any client is built: it sets PROSPECTOR_*_URL
    if (sandbox::SandboxSession::requested(arguments) && !sandbox.start(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("The sandbox could not start"), error);
        return cli::ExitFailure;
    }

    storage::Database database(paths.databaseFile());
    if (!ui::DatabaseUpgrade(database).open(true, &error)) {
        qCCritical(lcApp) << "database unavailable:" << error;
        QMessageBox::critical(nullptr, QObject::tr("Prospector cannot open its database"), error);
        return cli::ExitFailure;
    }

    ui::AppInfo appInfo(paths.dataDir(), paths.logDir(), arguments.contains(QStringLiteral("--sandbox")));
    ui::AppInfo::provide(&appInfo);
    ui::ReviewObjects review(database);
    review.provide();
    ui::ImportController importer(database, paths.reportsDir(),
                                  QStringLiteral(":/qt/qml/Prospector/samples/sample-prospects.csv"));
    QObject::connect(&importer, &ui::ImportController::prospectsChanged, &review.table,
                     &ui::ProspectTableModel::reload);
    QObject::connect(&importer, &ui::ImportController::prospectsChanged, &review.dashboard,
                     &ui::DashboardModel::refresh);
    // New prospects are scored with the saved ICP rules as soon as they arrive.
    QObject::connect(&importer, &ui::ImportController::prospectsChanged, &review.scoring,
                     &ui::ScoringEditor::rescoreWithSavedRules);
    ui::ImportController::provide(&importer);

    // Credentials and per-service settings (Settings page). The keychain is probed at start so
    // the page can say at once whether tokens can be stored.
    storage::SettingsRepository settings(database);
    secrets::CredentialIndex credentialIndex(settings);
    secrets::CredentialStore credentials(
        credentialIndex, {QStringLiteral("Prospector"),
                          QDir(paths.dataDir()).filePath(secrets::CredentialStore::insecureFileName())});
    credentials.start();
    integrations::ServiceSettings serviceSettings(settings);
    QNetworkAccessManager network;
    integrations::ConnectionTester connectionTester(credentials, serviceSettings, &network,
                                                    net::SystemClock::instance());
    ui::CredentialSettingsModel credentialSettings(credentials, serviceSettings, connectionTester);
    ui::CredentialSettingsModel::provide(&credentialSettings);

    // The pipeline: the engine host drains the outbox on its own network thread while the window
    // is open, and stops at a safe point when the app quits (PipelineObjects' destructor).
    ui::PipelineObjects pipeline(database, review, credentials, sandboxFallback());
    pipeline.provide();
    pipeline.start();

    // Autopilot: real runs in the window; their writes are sent by the engine host with the rest
    // of the outbox (SyncHostDrainer waits for them to settle), replies are read with the same
    // tokens. Page, tray and notifications talk to it only through AutopilotControl.
    const auto autopilotTokens = [&pipeline](net::Service service) {
        return pipeline.tokens.token(service);
    };
    sync::SystemClock autopilotClock;
    autopilot::SyncHostDrainer autopilotDrainer(pipeline.host);
    autopilot::RequesterEnrichmentQueue autopilotEnrichment(database, autopilotClock);
    autopilot::LemlistReplyPoller autopilotReplies(database, autopilotTokens, autopilotClock);
    autopilot::AutopilotService autopilotControl(database, autopilotClock, QTimeZone::systemTimeZone(),
                                                 autopilotDrainer, autopilotEnrichment, autopilotReplies);
    autopilot::AutopilotSettingsStore autopilotSettings(settings);
    ui::DesktopObjects desktop(
        autopilotControl, autopilotSettings, uiSettings,
        ui::Autostart(QCoreApplication::applicationFilePath(), {QStringLiteral("--autostart")}));
    desktop.provide();
    // Autopilot starts (continuing an interrupted run, catching up a missed slot) once the engine
    // host runs with the tokens read, so its first drain has somebody to send it.
    QObject::connect(&pipeline.host, &sync::SyncHost::statusChanged, &autopilotControl,
                     [&autopilotControl, started = false](const sync::SyncStatus &status) mutable {
                         if (started || !status.running)
                             return;
                         started = true;
                         autopilotControl.start();
                     });
    // Quitting mid-run leaves the run where it is; the next start continues it.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &autopilotControl,
                     &autopilot::AutopilotService::shutdown);
    QObject::connect(&desktop, &ui::DesktopObjects::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);

    // Fusion follows the system palette, so light and dark themes both look native.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    translations.setEngine(&engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    // Started at login: stay in the tray until the rep opens the window (when there is a tray).
    if (arguments.contains(QStringLiteral("--autostart")) && desktop.tray.closesToTray())
        engine.setInitialProperties({{QStringLiteral("visible"), false}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Prospector/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        qCCritical(lcApp) << "the main window failed to load";
        return cli::ExitFailure;
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, &engine,
                     [&engine](const QStringList &forwarded) {
                         raise(engine);
                         openFileArguments(engine, forwarded);
                     });
    openFileArguments(engine, arguments);
    qCInfo(lcApp) << "Prospector" << kVersion << "started; data in" << paths.dataDir();
    const std::unique_ptr<ui::StartupProbe> probe = ui::StartupProbe::fromEnvironment(); // bench/startup
    if (probe)
        probe->watch(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()), review.table);

    // Tests and scripts/update-screenshots.sh take the README's pictures from the real window.
    std::unique_ptr<ui::WindowSnapshot> snapshot;
    if (const QList<ui::WindowSnapshot::Shot> shots = ui::WindowSnapshot::requestedShots();
        !shots.isEmpty()) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        snapshot = std::make_unique<ui::WindowSnapshot>(window, shots, ui::WindowSnapshot::Timing{});
        QObject::connect(snapshot.get(), &ui::WindowSnapshot::finished, &app,
                         [](bool ok, const QString &why) {
                             if (!ok)
                                 qCCritical(lcApp) << "snapshot failed:" << why;
                             QCoreApplication::exit(ok ? cli::ExitOk : cli::ExitFailure);
                         });
    }

    const int code = QApplication::exec();
    logging::shutdownLogSink();
    return code;
}

} // namespace

int main(int argc, char *argv[]) {
    cli::CliRunner runner(makeCommands());
    if (runner.isCliInvocation(rawArguments(argc, argv)))
        return runCommandLine(argc, argv, runner);
    return runWindow(argc, argv);
}
