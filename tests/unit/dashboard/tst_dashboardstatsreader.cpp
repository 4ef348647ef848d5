// DashboardStatsReader: pipeline counts, per-day buckets in local time, undone imports ignored.
#include "dashboard/dashboardstats.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/prospectrepository.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace prospector;

class TestDashboardStatsReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aggregatesByStageTierAndDay();
};

void TestDashboardStatsReader::aggregatesByStageTierAndDay() {
    QTemporaryDir dir;
    storage::Database database(dir.filePath(QStringLiteral("d.db")));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));

    // "Today" is fixed and the offset is +2 h, so day boundaries are checked in local time.
    const QDate today(2026, 3, 10);
    const int offset = 2 * 3600;
    const auto localMs = [&](const QDate &day, int hour) {
        return QDateTime(day, QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch() - qint64(offset) * 1000;
    };

    storage::ProspectRepository prospects(database);
    const QList<std::pair<QString, QString>> rows = {{QStringLiteral("new"), QStringLiteral("hot")},
                                                     {QStringLiteral("new"), QString()},
                                                     {QStringLiteral("qualified"), QStringLiteral("cold")}};
    qint64 firstId = 0;
    for (const auto &[stage, tier] : rows) {
        storage::Prospect p;
        p.firstName = QStringLiteral("P");
        p.stage = stage;
        p.tier = tier;
        p.score = tier.isEmpty() ? -1 : 50;
        const qint64 id = prospects.insert(p, &error);
        QVERIFY2(id > 0, qPrintable(error));
        if (!firstId)
            firstId = id;
    }
    storage::Prospect archived;
    archived.firstName = QStringLiteral("Gone");
    archived.archived = true;
    QVERIFY(prospects.insert(archived) > 0);

    storage::ImportRepository imports(database);
    // Counts are written by update(), as an import job does when it finishes.
    const auto addImport = [&](storage::ImportRecord record) {
        record.id = imports.create(record, &error);
        return record.id > 0 && imports.update(record, &error);
    };
    storage::ImportRecord done;
    done.fileName = QStringLiteral("a.csv");
    done.status = QStringLiteral("completed");
    done.created = 40;
    done.startedAt = localMs(today, 0) + 60000; // just after local midnight: today
    QVERIFY2(addImport(done), qPrintable(error));
    storage::ImportRecord undone = done;
    undone.fileName = QStringLiteral("b.csv");
    undone.status = QStringLiteral("undone");
    QVERIFY2(addImport(undone), qPrintable(error));
    storage::ImportRecord yesterday = done;
    yesterday.fileName = QStringLiteral("c.csv");
    yesterday.created = 7;
    yesterday.startedAt = localMs(today, 0) - 60000; // just before local midnight: yesterday
    QVERIFY2(addImport(yesterday), qPrintable(error));

    storage::ActivityRepository activities(database);
    for (const QString &kind :
         {QStringLiteral("enriched"), QStringLiteral("enriched"), QStringLiteral("reply"),
          QStringLiteral("hubspot_synced"), QStringLiteral("edited")}) {
        storage::Activity a;
        a.prospectId = firstId;
        a.kind = kind;
        a.occurredAt = localMs(today.addDays(-3), 12);
        QVERIFY(activities.add(a) > 0);
    }
    storage::Activity old;
    old.prospectId = firstId;
    old.kind = QStringLiteral("hubspot_synced");
    old.occurredAt = localMs(today.addDays(-40), 12); // outside the window
    QVERIFY(activities.add(old) > 0);

    dashboard::DashboardStats stats;
    QVERIFY2(dashboard::DashboardStatsReader(database).read(&stats, today, 30, offset, &error),
             qPrintable(error));
    QCOMPARE(stats.pipeline.total, 3);
    QCOMPARE(stats.pipeline.byStage.value(QStringLiteral("new")), 2);
    QCOMPARE(stats.pipeline.byStage.value(QStringLiteral("qualified")), 1);
    QCOMPARE(stats.pipeline.byTier.value(QStringLiteral("hot")), 1);
    QCOMPARE(stats.pipeline.byTier.value(QStringLiteral("none")), 1);
    QCOMPARE(stats.days.size(), 30);
    QCOMPARE(stats.days.constLast().day, today);
    QCOMPARE(stats.days.constFirst().day, today.addDays(-29));
    QCOMPARE(stats.days.at(29).imported, 40); // the undone import does not count
    QCOMPARE(stats.days.at(28).imported, 7);
    QCOMPARE(stats.days.at(26).enriched, 2);
    QCOMPARE(stats.days.at(26).replied, 1);
    qint64 synced = 0;
    for (const dashboard::DailyActivity &day : stats.days)
        synced += day.synced;
    QCOMPARE(synced, 1); // the one 40 days ago is outside the window
    QCOMPARE(stats.recentImports.size(), 3);
}

QTEST_GUILESS_MAIN(TestDashboardStatsReader)
#include "tst_dashboardstatsreader.moc"
