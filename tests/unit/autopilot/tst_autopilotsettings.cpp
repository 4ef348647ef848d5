#include "autopilot/autopilotsettingsstore.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::autopilot;

class TestAutopilotSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_counter = 0;

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void offByDefault() {
        storage::SettingsRepository repo(*m_db);
        AutopilotSettingsStore store(repo);
        AutopilotSettings s;
        s.enabled = true;
        QString error;
        QVERIFY(store.load(&s, &error));
        QVERIFY(!s.enabled);
        QCOMPARE(s.limits.approvalEnrollmentThreshold, 10);
    }

    void roundTrips() {
        storage::SettingsRepository repo(*m_db);
        AutopilotSettingsStore store(repo);
        AutopilotSettings s;
        s.enabled = true;
        s.schedule.kind = Schedule::Kind::Interval;
        s.schedule.intervalMinutes = 45;
        s.schedule.weekdays = {6, 1};
        s.steps.enroll = false;
        s.limits.minScore = 72;
        s.limits.dailyEnrollments = 7;
        s.limits.businessHoursStart = QTime(8, 30);
        s.limits.dailyCreditBudget = 400;
        s.limits.approvalCreditThreshold = 50;
        s.limits.businessHoursOnly = false;
        s.limits.businessDays = {7, 1};
        s.selection.savedViewId = 12;
        s.selection.maxProspects = 30;
        s.campaignId = QStringLiteral("cam_123");
        s.campaignName = QStringLiteral("Q1 outbound");
        QString error;
        QVERIFY2(store.save(s, &error), qPrintable(error));
        AutopilotSettings loaded;
        QVERIFY2(store.load(&loaded, &error), qPrintable(error));
        QVERIFY(loaded.enabled);
        QCOMPARE(loaded.schedule.kind, Schedule::Kind::Interval);
        QCOMPARE(loaded.schedule.intervalMinutes, 45);
        QCOMPARE(loaded.schedule.weekdays, (QList<int>{1, 6}));
        QVERIFY(!loaded.steps.enroll);
        QVERIFY(loaded.steps.syncHubSpot);
        QCOMPARE(loaded.limits.minScore, 72);
        QCOMPARE(loaded.limits.dailyEnrollments, 7);
        QCOMPARE(loaded.limits.businessHoursStart, QTime(8, 30));
        QCOMPARE(loaded.limits.dailyCreditBudget, 400);
        QCOMPARE(loaded.limits.approvalCreditThreshold, 50);
        QVERIFY(!loaded.limits.businessHoursOnly);
        QCOMPARE(loaded.limits.businessDays, (QList<int>{1, 7}));
        QCOMPARE(loaded.selection.savedViewId, qint64(12));
        QCOMPARE(loaded.selection.maxProspects, 30);
        QCOMPARE(loaded.campaignId, QStringLiteral("cam_123"));
        QCOMPARE(loaded.campaignName, QStringLiteral("Q1 outbound"));
    }

    void corruptOrInvalidValuesRefuse_data() {
        QTest::addColumn<QString>("raw");
        QTest::newRow("not json") << QStringLiteral("{oops");
        QTest::newRow("wrong type") << QStringLiteral(R"({"enabled":"yes"})");
        QTest::newRow("score out of range") << QStringLiteral(R"({"minScore":101})");
        QTest::newRow("bad weekday") << QStringLiteral(R"({"weekdays":[0]})");
        QTest::newRow("bad time") << QStringLiteral(R"({"dailyTime":"25:00"})");
        QTest::newRow("empty window")
            << QStringLiteral(R"({"businessHoursStart":"17:00","businessHoursEnd":"09:00"})");
        QTest::newRow("unknown kind") << QStringLiteral(R"({"scheduleKind":"hourly"})");
        QTest::newRow("bad business day") << QStringLiteral(R"({"businessDays":[8]})");
        QTest::newRow("negative view") << QStringLiteral(R"({"savedViewId":-3})");
        QTest::newRow("no prospects per run") << QStringLiteral(R"({"maxProspects":0})");
        QTest::newRow("campaign not text") << QStringLiteral(R"({"campaignId":42})");
        QTest::newRow("negative budget") << QStringLiteral(R"({"dailyCreditBudget":-1})");
    }
    void corruptOrInvalidValuesRefuse() {
        QFETCH(QString, raw);
        storage::SettingsRepository repo(*m_db);
        QVERIFY(repo.setValue(AutopilotSettingsStore::key(), raw));
        AutopilotSettingsStore store(repo);
        AutopilotSettings s;
        QString error;
        QVERIFY(!store.load(&s, &error));
        QVERIFY(!error.isEmpty());
    }

    void failedReadRefuses() {
        storage::SettingsRepository repo(*m_db);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE settings")));
        AutopilotSettingsStore store(repo);
        AutopilotSettings s;
        QString error;
        QVERIFY(!store.load(&s, &error));
    }
};

QTEST_GUILESS_MAIN(TestAutopilotSettings)
#include "tst_autopilotsettings.moc"
