// Runs `prospector autopilot ...` as a child process against a seeded data folder.
#include "autopilot/autopilotsettingsstore.h"
#include "autopilot/runlock.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/settingsrepository.h"
#include "sync/suppressionrepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace prospector;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Result runProspector(const QStringList &arguments, const QString &dataDir) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PROSPECTOR_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC")); // business hours in a known zone
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PROSPECTOR_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString kMondayMorning = QStringLiteral("2026-11-23T10:00:00Z");

} // namespace

class TestAutopilotCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_dataDir;

    QString dbPath() const { return m_dataDir + QStringLiteral("/prospector.db"); }

    void addProspect(storage::Database &db, const QString &email, int score, const QString &stage = {},
                     bool archived = false) {
        storage::Prospect p;
        p.email = email;
        p.score = score;
        if (!stage.isEmpty())
            p.stage = stage;
        p.archived = archived;
        QVERIFY(storage::ProspectRepository(db).insert(p) > 0);
    }

    // Scores are set by hand, so the run's rescore step is off; a campaign lets it enroll.
    void writeSettings(storage::Database &db,
                       const std::function<void(autopilot::AutopilotSettings &)> &change = {}) {
        autopilot::AutopilotSettings settings;
        settings.steps.rescore = false;
        settings.campaignId = QStringLiteral("cam_test");
        if (change)
            change(settings);
        storage::SettingsRepository repo(db);
        QString error;
        QVERIFY2(autopilot::AutopilotSettingsStore(repo).save(settings, &error), qPrintable(error));
    }

    int count(const QString &sql) {
        storage::Database db(dbPath());
        QString error;
        if (!db.open(&error))
            return -1;
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init() {
        m_dataDir = m_dir.filePath(QString::number(++m_counter));
        QVERIFY(QDir().mkpath(m_dataDir));
        // The first command creates the database where the app keeps it.
        QCOMPARE(runProspector({QStringLiteral("autopilot"), QStringLiteral("status")}, m_dataDir).exitCode,
                 0);
        QVERIFY(QFile::exists(dbPath()));
    }

    void dryRunReportsWhatWouldHappenAndWritesNothingRemote() {
        {
            storage::Database db(dbPath());
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            writeSettings(db, [](autopilot::AutopilotSettings &s) { s.limits.minScore = 40; });
            addProspect(db, QStringLiteral("ann@acme.io"), 80);
            addProspect(db, QStringLiteral("low@acme.io"), 35);
            addProspect(db, QStringLiteral("gone@acme.io"), 90);
            addProspect(db, QStringLiteral("done@acme.io"), 90, QStringLiteral("synced"));
            addProspect(db, QStringLiteral("old@acme.io"), 90, {}, true);
            QVERIFY(sync::SuppressionRepository(db).add(QStringLiteral("gone@acme.io"),
                                                        QStringLiteral("opt_out"), QStringLiteral("user"), {},
                                                        1, &error));
        }
        Result r = runProspector({QStringLiteral("autopilot"), QStringLiteral("run-once"),
                                  QStringLiteral("--dry-run"), QStringLiteral("--json"),
                                  QStringLiteral("--at"), kMondayMorning},
                                 m_dataDir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("selected")).toInt(), 2); // the default view leaves low@ out
        QCOMPARE(json.value(QStringLiteral("synced")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("enrolled")).toInt(), 1);
        const QJsonObject skipped = json.value(QStringLiteral("skipped")).toObject();
        QCOMPARE(skipped.value(QStringLiteral("suppressed")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("approvalRequired")).toBool(), false);

        // Saturday: still synced, but nobody is enrolled outside business hours.
        r = runProspector({QStringLiteral("autopilot"), QStringLiteral("run-once"),
                           QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--at"),
                           QStringLiteral("2026-11-28T10:00:00Z")},
                          m_dataDir);
        QCOMPARE(r.exitCode, 0);
        json = r.json();
        QCOMPARE(json.value(QStringLiteral("synced")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("enrolled")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("skipped"))
                     .toObject()
                     .value(QStringLiteral("outside_business_hours"))
                     .toInt(),
                 1);

        // Nothing queued for any service, nothing changed on the prospects; both reports recorded.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM prospects WHERE stage != 'new'")), 1);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM autopilot_runs WHERE dry_run = 1 AND status = 'succeeded'")),
                 2);
    }

    void manyEnrollmentsNeedApproval() {
        {
            storage::Database db(dbPath());
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            writeSettings(db);
            for (int i = 0; i < 11; ++i)
                addProspect(db, QStringLiteral("p%1@acme.io").arg(i), 75);
        }
        const Result r = runProspector({QStringLiteral("autopilot"), QStringLiteral("run-once"),
                                        QStringLiteral("--dry-run"), QStringLiteral("--json"),
                                        QStringLiteral("--at"), kMondayMorning},
                                       m_dataDir);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("enrolled")).toInt(), 11);
        QCOMPARE(r.json().value(QStringLiteral("approvalRequired")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_approval"));
    }

    void runOnceRefusesWhileAnotherProcessHoldsTheRun() {
        // This process plays the one executing a run: it holds the run lock.
        autopilot::RunLock lock(dbPath());
        QVERIFY(lock.tryLock());
        Result r = runProspector(
            {QStringLiteral("autopilot"), QStringLiteral("run-once"), QStringLiteral("--dry-run")},
            m_dataDir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("in progress")), qPrintable(r.err));
        r = runProspector({QStringLiteral("autopilot"), QStringLiteral("run-once")}, m_dataDir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("in progress")), qPrintable(r.err));
        lock.unlock();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM autopilot_runs")), 0);
    }

    void aLocalOnlyRunRescoresAndReports() {
        {
            storage::Database db(dbPath());
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            writeSettings(db, [](autopilot::AutopilotSettings &s) {
                s.steps = {false, true, false, false, false}; // rescore only: nothing remote
            });
            storage::Prospect p;
            p.email = QStringLiteral("vp@acme.io");
            p.title = QStringLiteral("VP Sales");
            QVERIFY(storage::ProspectRepository(db).insert(p) > 0);
        }
        const Result r = runProspector(
            {QStringLiteral("autopilot"), QStringLiteral("run-once"), QStringLiteral("--json")}, m_dataDir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(json.value(QStringLiteral("dryRun")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("selected")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("rescored")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("step")).toString(), QStringLiteral("done"));
        QVERIFY(count(QStringLiteral("SELECT score FROM prospects WHERE email = 'vp@acme.io'")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM autopilot_runs WHERE dry_run = 0 AND "
                                      "status = 'succeeded'")),
                 1);
        const Result status = runProspector(
            {QStringLiteral("autopilot"), QStringLiteral("status"), QStringLiteral("--json")}, m_dataDir);
        QCOMPARE(status.json()
                     .value(QStringLiteral("lastReport"))
                     .toObject()
                     .value(QStringLiteral("rescored"))
                     .toInt(),
                 1);
    }

    void usageErrors() {
        for (const QStringList &args :
             {QStringList{QStringLiteral("autopilot"), QStringLiteral("launch")},
              QStringList{QStringLiteral("autopilot")},
              QStringList{QStringLiteral("autopilot"), QStringLiteral("approve")},
              QStringList{QStringLiteral("autopilot"), QStringLiteral("reject"), QStringLiteral("abc")},
              QStringList{QStringLiteral("autopilot"), QStringLiteral("status"), QStringLiteral("extra")}})
            QCOMPARE(runProspector(args, m_dataDir).exitCode, 2);
        // A run that does not wait for approval cannot be decided.
        QCOMPARE(runProspector({QStringLiteral("autopilot"), QStringLiteral("approve"), QStringLiteral("42")},
                               m_dataDir)
                     .exitCode,
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM autopilot_runs")), 0);
    }

    void pauseAndResume() {
        QCOMPARE(runProspector({QStringLiteral("autopilot"), QStringLiteral("pause")}, m_dataDir).exitCode,
                 0);
        Result r = runProspector(
            {QStringLiteral("autopilot"), QStringLiteral("status"), QStringLiteral("--json")}, m_dataDir);
        QCOMPARE(r.json().value(QStringLiteral("paused")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("enabled")).toBool(), false); // pausing never turns it on
        QCOMPARE(runProspector({QStringLiteral("autopilot"), QStringLiteral("resume")}, m_dataDir).exitCode,
                 0);
        r = runProspector({QStringLiteral("autopilot"), QStringLiteral("status"), QStringLiteral("--json")},
                          m_dataDir);
        QCOMPARE(r.json().value(QStringLiteral("paused")).toBool(), false);
        // The kill switch also holds off runs started by hand.
        QCOMPARE(runProspector({QStringLiteral("autopilot"), QStringLiteral("pause")}, m_dataDir).exitCode,
                 0);
        r = runProspector({QStringLiteral("autopilot"), QStringLiteral("run-once")}, m_dataDir);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM autopilot_runs")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAutopilotCli)
#include "tst_autopilotcli.moc"
