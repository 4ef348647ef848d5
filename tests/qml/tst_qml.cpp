// Qt Quick Test entry point: builds the same objects main.cpp builds, over a temporary database
// seeded with a few prospects, and hands them to the QML module before the tests load.
#include "appinfo.h"
#include "autopilot/autopilotsettingsstore.h"
#include "credentialsettingsmodel.h"
#include "desktopobjects.h"
#include "fakeautopilotcontrol.h"
#include "importcontroller.h"
#include "integrations/connectiontester.h"
#include "integrations/servicesettings.h"
#include "net/clock.h"
#include "recordingnotifications.h"
#include "reviewobjects.h"
#include "secrets/credentialstore.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/settingsrepository.h"
#include "storage/sqlerror.h"
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

private:
    QTemporaryDir m_dir;
    const storage::Database *m_database = nullptr;
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
        provideTranslations(engine);
        provideDesktop();
    }

    void cleanupTestCase() {
        // The controller waits for its workers before the database they use goes away.
        m_importer.reset();
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

    // Autopilot page, tray and notifications over a test double of AutopilotControl and a
    // recorder of notifications; the settings store is the real one on the test database.
    void provideDesktop() {
        m_autopilotStore = std::make_unique<autopilot::AutopilotSettingsStore>(*m_settings);
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
