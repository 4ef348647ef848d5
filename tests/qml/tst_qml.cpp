// Qt Quick Test entry point: builds the same objects main.cpp builds, over a temporary database
// seeded with a few prospects, and hands them to the QML module before the tests load.
#include "../support/hostiletext.h"
#include "appinfo.h"
#include "autopilot/autopilotsettingsstore.h"
#include "credentialsettingsmodel.h"
#include "desktopobjects.h"
#include "fakeautopilotcontrol.h"
#include "importcontroller.h"
#include "integrations/connectiontester.h"
#include "integrations/servicesettings.h"
#include "net/clock.h"
#include "pipelineobjects.h"
#include "recordingnotifications.h"
#include "reviewobjects.h"
#include "sandboxserver.h"
#include "sandboxsession.h"
#include "secrets/credentialstore.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/settingsrepository.h"
#include "storage/sqlerror.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/suppressionrepository.h"
#include "sync/syncrequester.h"
#include "translationmanager.h"
#include "trayhost.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ProspectorPlugin)

using namespace prospector;

// Test-only QML helper: fixture locations, and a file drop delivered to a window the way the
// platform delivers one (drag enter, move, drop with a text/uri-list), which Drag.* in QML cannot
// do because internal drags carry no URLs.
class TestSupport : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString fixturesDir READ fixturesDir CONSTANT)
public:
    QString fixturesDir() const { return QStringLiteral(PROSPECTOR_FIXTURES_DIR); }

    // A CSV big enough that an import of it is still running when a test clicks Cancel.
    Q_INVOKABLE QUrl writeLargeCsv(int rows) {
        const QString path = m_dir.filePath(QStringLiteral("large.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("First Name,Last Name,Email,Company\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("F%1,L%1,user%1@example.com,Acme %1\n").arg(i).toUtf8());
        return QUrl::fromLocalFile(path);
    }

    // The hostile samples (tests/support/hostiletext.h) that render: [{ name, text, stored }],
    // `stored` being the text as the import keeps it (trimmed, NFC: combining marks composed).
    Q_INVOKABLE QVariantList hostileSamples() const {
        QVariantList list;
        for (const hostiletext::Sample &s : hostiletext::renderable())
            list << QVariantMap{
                {QStringLiteral("name"), QString::fromLatin1(s.name)},
                {QStringLiteral("text"), s.text},
                {QStringLiteral("stored"), s.text.trimmed().normalized(QString::NormalizationForm_C)}};
        return list;
    }

    // A CSV with one prospect per renderable hostile sample, in every text column it has.
    Q_INVOKABLE QUrl writeHostileCsv() {
        const QString path = m_dir.filePath(QStringLiteral("hostile.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        const auto cell = [](QString value) -> QString {
            return QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                   QLatin1Char('"');
        };
        file.write("First Name,Last Name,Email,Company,Title,City,Country,Industry,Source\n");
        int i = 0;
        for (const hostiletext::Sample &s : hostiletext::renderable()) {
            const QString t = cell(s.text);
            file.write(QStringList{t, t, QStringLiteral("hostile%1@example.com").arg(i++), t, t, t, t, t, t}
                           .join(QLatin1Char(','))
                           .append(QLatin1Char('\n'))
                           .toUtf8());
        }
        return QUrl::fromLocalFile(path);
    }

    // What the HubSpot sync writes when HubSpot wins a property the rep changed too.
    Q_INVOKABLE bool recordHubSpotConflict(const QString &email, const QString &property,
                                           const QString &field, const QString &local,
                                           const QString &hubspot) {
        if (!m_database)
            return false;
        QSqlQuery q(m_database->connection());
        return storage::exec(
                   q,
                   QStringLiteral("INSERT INTO hubspot_conflicts (prospect_id, property, field, base_value, "
                                  "local_value, hubspot_value, detected_at) SELECT id, ?, ?, '', ?, ?, ? "
                                  "FROM prospects WHERE email = ?"),
                   {property, field, local, hubspot, QDateTime::currentMSecsSinceEpoch(), email}) &&
               q.numRowsAffected() == 1;
    }
    void setDatabase(const storage::Database *database) { m_database = database; }

    // A real tray host (trayer) on the test display, for close-to-tray.
    Q_INVOKABLE bool startTrayHost() { return m_trayHost.start(); }
    Q_INVOKABLE void stopTrayHost() { m_trayHost.stop(); }

    Q_INVOKABLE bool dropFile(QQuickWindow *window, QPointF position, const QUrl &file) {
        if (!window)
            return false;
        QMimeData data;
        data.setUrls({file});
        const QPoint pos = position.toPoint();
        QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &move);
        QDropEvent drop(position, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &drop);
        return drop.isAccepted();
    }

    // ---- the pipeline (set by Setup) ----
    void setPipeline(const storage::Database *database, ui::PipelineObjects *pipeline) {
        m_database = database;
        m_pipeline = pipeline;
    }

    // What the OS's network information would report (the host follows it in the app).
    Q_INVOKABLE void setNetworkReachable(bool reachable) { m_pipeline->host.setNetworkReachable(reachable); }

    Q_INVOKABLE int outboxCount(const QString &state) const {
        sync::SystemClock clock;
        sync::RetrySchedule schedule;
        return sync::OutboxRepository(*m_database, clock, schedule).countsByState().value(state);
    }

    // What the Prospects table shows without filters once it caught up: the unarchived prospects.
    Q_INVOKABLE qint64 unarchivedProspects() const {
        QSqlQuery q(m_database->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM prospects WHERE archived = 0")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    // Prospects of a test's own (the seeded three are shared by every test file).
    Q_INVOKABLE qint64 addProspect(const QString &firstName, const QString &lastName, const QString &email,
                                   const QString &company) {
        storage::Prospect p;
        p.firstName = firstName;
        p.lastName = lastName;
        p.email = email;
        p.companyName = company;
        const qint64 id = storage::ProspectRepository(*m_database).insert(p);
        m_pipeline->problems.reload();
        return id;
    }
    Q_INVOKABLE bool removeProspect(qint64 id) { return storage::ProspectRepository(*m_database).remove(id); }
    Q_INVOKABLE bool suppress(const QString &email) {
        return sync::SuppressionRepository(*m_database)
            .add(email, QStringLiteral("opt_out"), QStringLiteral("test"), {},
                 QDateTime::currentMSecsSinceEpoch());
    }
    // The outbox state of the operation with this idempotency key ("" when there is none).
    Q_INVOKABLE QString outboxState(const QString &key) const {
        sync::SystemClock clock;
        sync::RetrySchedule schedule;
        const auto op = sync::OutboxRepository(*m_database, clock, schedule).findByKey(key);
        return op ? sync::outboxStateName(op->state) : QString();
    }

    Q_INVOKABLE bool queueHubSpot(const QString &email) {
        storage::Prospect prospect;
        if (storage::ProspectRepository(*m_database).findByEmail(email, &prospect) !=
            storage::ProspectRepository::Lookup::Found)
            return false;
        sync::SystemClock clock;
        sync::RetrySchedule schedule;
        sync::OutboxRepository outbox(*m_database, clock, schedule);
        sync::SyncRequester::Report report;
        const bool ok =
            sync::SyncRequester(*m_database, outbox, clock).requestHubSpotSync({prospect.id}, &report);
        m_pipeline->host.wake();
        return ok && report.queued == 1;
    }

    Q_INVOKABLE QString setting(const QString &key) const {
        return storage::SettingsRepository(*m_database).value(key);
    }

    // A dead letter for the prospect with `email`, as a drain leaves one when the service
    // refuses the operation for good. Returns its id (0 on failure).
    Q_INVOKABLE qint64 makeDeadLetter(const QString &service, const QString &email,
                                      const QString &failureKind, const QString &message) {
        sync::SystemClock clock;
        sync::RetrySchedule schedule;
        sync::OutboxRepository outbox(*m_database, clock, schedule);
        storage::Prospect prospect;
        if (storage::ProspectRepository(*m_database).findByEmail(email, &prospect) !=
            storage::ProspectRepository::Lookup::Found)
            return 0;
        sync::SyncRequester requester(*m_database, outbox, clock);
        sync::SyncRequester::Report report;
        const bool ok =
            service == QLatin1String("lemlist")
                ? requester.requestEnrollment(QStringLiteral("cam_qml_welcome"), {prospect.id}, &report)
                : requester.requestHubSpotSync({prospect.id}, &report);
        if (!ok || report.operationIds.size() != 1)
            return 0;
        // Claimed here, before the engine (paused without a token, or not due) gets to it.
        const qint64 id = report.operationIds.constFirst();
        qint64 dead = 0;
        for (const sync::OutboxOperation &op : outbox.claimDue(service, {}, 1000)) {
            if (op.id == id && outbox.markDead(op, failureKind, message))
                dead = id;
            else if (op.id != id)
                outbox.release(op);
        }
        m_pipeline->problems.reload();
        return dead;
    }

private:
    QTemporaryDir m_dir;
    const storage::Database *m_database = nullptr;
    ui::PipelineObjects *m_pipeline = nullptr;
    TrayHost m_trayHost;
};

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    // Called once per tst_*.qml file, each with a new engine: the objects are built once and
    // shared, like in the app (and the seed must not run twice).
    void qmlEngineAvailable(QQmlEngine *engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Called once per test file (each gets its own engine); the data and objects are shared.
        if (m_database) {
            m_translations->setEngine(engine); // a language switch retranslates this file's engine
            return;
        }
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("test.db")));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        seed();
        m_testSupport.setDatabase(m_database.get());
        m_info = std::make_unique<ui::AppInfo>(m_dir.path(), m_dir.filePath(QStringLiteral("logs")), false);
        ui::AppInfo::provide(m_info.get());
        m_review = std::make_unique<ui::ReviewObjects>(*m_database);
        m_review->provide();
        m_importer = std::make_unique<ui::ImportController>(
            *m_database, m_dir.filePath(QStringLiteral("reports")),
            QStringLiteral(":/qt/qml/Prospector/samples/sample-prospects.csv"));
        connect(m_importer.get(), &ui::ImportController::prospectsChanged, &m_review->table,
                &ui::ProspectTableModel::reload);
        connect(m_importer.get(), &ui::ImportController::prospectsChanged, &m_review->dashboard,
                &ui::DashboardModel::refresh);
        connect(m_importer.get(), &ui::ImportController::prospectsChanged, &m_review->scoring,
                &ui::ScoringEditor::rescoreWithSavedRules);
        ui::ImportController::provide(m_importer.get());
        qmlRegisterSingletonInstance("ProspectorTest", 1, 0, "TestSupport", &m_testSupport);
        provideCredentials();
        providePipeline();
        provideTranslations(engine);
        provideDesktop();
    }

    void cleanupTestCase() {
        // The controller waits for its workers before the database they use goes away.
        m_importer.reset();
        m_pipeline.reset();
        stopSandbox();
        m_desktop.reset();
    }

private:
    // Tests compare English texts whatever the machine's language; tst_translations switches.
    void provideTranslations(QQmlEngine *engine) {
        m_uiSettings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_uiSettings->setValue(QString::fromLatin1(ui::TranslationManager::kSettingsKey),
                               QStringLiteral("en"));
        m_translations = std::make_unique<ui::TranslationManager>(*m_uiSettings);
        m_translations->setEngine(engine);
        ui::TranslationManager::provide(m_translations.get());
    }

    // The real keychain (scripts/test.sh), under a keychain service name of its own.
    void provideCredentials() {
        m_settings = std::make_unique<storage::SettingsRepository>(*m_database);
        m_credentialIndex = std::make_unique<secrets::CredentialIndex>(*m_settings);
        m_credentials = std::make_unique<secrets::CredentialStore>(
            *m_credentialIndex,
            secrets::CredentialStore::Options{QStringLiteral("ProspectorQmlTest-") +
                                                  QUuid::createUuid().toString(QUuid::Id128),
                                              m_dir.filePath(secrets::CredentialStore::insecureFileName())});
        m_credentials->start();
        m_serviceSettings = std::make_unique<integrations::ServiceSettings>(*m_settings);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_connectionTester = std::make_unique<integrations::ConnectionTester>(
            *m_credentials, *m_serviceSettings, m_network.get(), net::SystemClock::instance());
        m_credentialSettings = std::make_unique<ui::CredentialSettingsModel>(
            *m_credentials, *m_serviceSettings, *m_connectionTester);
        ui::CredentialSettingsModel::provide(m_credentialSettings.get());
    }

    // The engine host against loopback simulators on their own thread (as `--sandbox` runs them),
    // with the addresses saved as the rep would in Settings › Services › Advanced. HubSpot gets
    // no fallback credential: its token is the one a test types into Settings, so the whole
    // "needs a token" → saved → resumed path runs for real.
    void providePipeline() {
        m_sandboxThread = std::make_unique<QThread>();
        m_sandbox = new sandbox::SandboxServer;
        m_sandbox->moveToThread(m_sandboxThread.get());
        m_sandboxThread->start();
        QUrl urls[3];
        bool listening = false;
        QMetaObject::invokeMethod(
            m_sandbox,
            [this, &urls, &listening] {
                listening = m_sandbox->listen();
                m_sandbox->acceptAnyCredential(true);
                m_sandbox->lemlist().addCampaign(QStringLiteral("Welcome sequence"),
                                                 QStringLiteral("running"),
                                                 QStringLiteral("cam_qml_welcome"));
                m_sandbox->lemlist().addCampaign(QStringLiteral("Follow-up"), QStringLiteral("running"),
                                                 QStringLiteral("cam_qml_followup"));
                urls[0] = m_sandbox->hubspotUrl();
                urls[1] = m_sandbox->lemlistUrl();
                urls[2] = m_sandbox->exploriumUrl();
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(listening);
        QVERIFY(m_serviceSettings->setBaseUrl(net::Service::HubSpot, urls[0]));
        QVERIFY(m_serviceSettings->setBaseUrl(net::Service::Lemlist, urls[1]));
        QVERIFY(m_serviceSettings->setBaseUrl(net::Service::Explorium, urls[2]));

        sync::SyncHost::Options options;
        options.retry = sync::RetryConfig{200, 2000, 4};
        options.offlineProbeIntervalMs = 500;
        options.statusIntervalMs = 50;
        options.followSystemNetwork = false;
        options.tuneConnection = [](net::Service, net::ServiceConnection::Options &o) {
            o.retry = net::RetrySettings{2, 20, 100, 100};
        };
        options.requestTimeoutCapMs = 5000;
        m_pipeline = std::make_unique<ui::PipelineObjects>(
            *m_database, *m_review, *m_credentials,
            [](net::Service service) {
                return service == net::Service::HubSpot
                           ? QString()
                           : sandbox::SandboxSession::sandboxCredential(net::serviceKey(service));
            },
            options);
        m_pipeline->provide();
        m_pipeline->start();
        m_testSupport.setPipeline(m_database.get(), m_pipeline.get());
    }

    void stopSandbox() {
        if (!m_sandboxThread)
            return;
        sandbox::SandboxServer *server = m_sandbox;
        QMetaObject::invokeMethod(
            server, [server] { server->close(); }, Qt::BlockingQueuedConnection);
        QObject::connect(m_sandboxThread.get(), &QThread::finished, server, &QObject::deleteLater);
        m_sandboxThread->quit();
        m_sandboxThread->wait();
        m_sandboxThread.reset();
    }

    // Autopilot page, tray and notifications over a test double of AutopilotControl and a
    // recorder of notifications; the settings store is the real one on the test database.
    void provideDesktop() {
        m_autopilotStore = std::make_unique<autopilot::AutopilotSettingsStore>(*m_settings);
        m_autopilot.attachStore(m_autopilotStore.get());
        m_desktop = std::make_unique<ui::DesktopObjects>(
            m_autopilot, *m_autopilotStore, *m_uiSettings,
            ui::Autostart(QCoreApplication::applicationFilePath(), {QStringLiteral("--autostart")}),
            &m_notifications);
        m_desktop->provide();
        qmlRegisterSingletonInstance("ProspectorTest", 1, 0, "FakeAutopilot", &m_autopilot);
        qmlRegisterSingletonInstance("ProspectorTest", 1, 0, "Notifications", &m_notifications);
    }

    void seed() {
        storage::ProspectRepository repository(*m_database);
        const QList<QStringList> rows = {
            {QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@analytical.io"),
             QStringLiteral("Analytical Engines")},
            {QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("grace@cobol.dev"),
             QStringLiteral("Cobol Corp")},
            {QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("alan@bletchley.uk"),
             QStringLiteral("Bletchley Park")},
        };
        for (const QStringList &row : rows) {
            storage::Prospect p;
            p.firstName = row.at(0);
            p.lastName = row.at(1);
            p.email = row.at(2);
            p.companyName = row.at(3);
            QVERIFY(repository.insert(p) > 0);
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<ui::AppInfo> m_info;
    std::unique_ptr<ui::ReviewObjects> m_review;
    std::unique_ptr<ui::ImportController> m_importer;
    TestSupport m_testSupport;
    std::unique_ptr<storage::SettingsRepository> m_settings;
    std::unique_ptr<secrets::CredentialIndex> m_credentialIndex;
    std::unique_ptr<secrets::CredentialStore> m_credentials;
    std::unique_ptr<integrations::ServiceSettings> m_serviceSettings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<integrations::ConnectionTester> m_connectionTester;
    std::unique_ptr<ui::CredentialSettingsModel> m_credentialSettings;
    std::unique_ptr<QSettings> m_uiSettings;
    std::unique_ptr<ui::TranslationManager> m_translations;
    std::unique_ptr<QThread> m_sandboxThread;
    sandbox::SandboxServer *m_sandbox = nullptr; // lives in m_sandboxThread
    std::unique_ptr<ui::PipelineObjects> m_pipeline;
    FakeAutopilotControl m_autopilot;
    RecordingNotifications m_notifications;
    std::unique_ptr<autopilot::AutopilotSettingsStore> m_autopilotStore;
    std::unique_ptr<ui::DesktopObjects> m_desktop;
};

// A QApplication, like the app: the tray's menu is a widget.
int main(int argc, char **argv) {
    QApplication app(argc, argv);
    // Window geometry (Qt.labs.settings in Main.qml) needs an organization, like the app has.
    QCoreApplication::setOrganizationName(QStringLiteral("ProspectorTests"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tests.prospector.app"));
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "prospector_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml.moc"
