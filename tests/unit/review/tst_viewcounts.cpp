// The prospect counts of schema 18 (kept by triggers) equal a recount of prospects after every
// kind of write the app makes, and the facets answered from them equal the scanned ones.
#include "importing/importjob.h"
#include "importing/importundo.h"
#include "review/bulkeditor.h"
#include "review/facetcounts.h"
#include "review/undostack.h"
#include "review/viewcountsschema.h"
#include "reviewfixture.h"
#include "storage/deferredschema.h"
#include "storage/migrator.h"
#include "storage/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QtTest>
#include <functional>

using namespace prospector;
using namespace prospector::review;

namespace {

QStringList rows(const storage::Database &db, const QString &sql) {
    QStringList result;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("query failed");
    while (q.next())
        result << QStringLiteral("%1|%2|%3|%4")
                      .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString());
    return result;
}

QStringList counted(const storage::Database &db) {
    return rows(db, QStringLiteral("SELECT archived, stage, tier, n FROM prospect_counts WHERE n <> 0 "
                                   "ORDER BY 1, 2, 3"));
}

QStringList recounted(const storage::Database &db) {
    return rows(db, QStringLiteral("SELECT archived, stage, coalesce(tier_override, tier, 'none'), count(*) "
                                   "FROM prospects GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"));
}

qint64 scalar(const storage::Database &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q(db.connection());
    if (!storage::exec(q, sql, values) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<qint64> someIds(const storage::Database &db, int modulo) {
    QList<qint64> ids;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id FROM prospects WHERE id % %1 = 0").arg(modulo));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace

class TestViewCounts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;

private Q_SLOTS:
    void initTestCase() {
        m_db = reviewtest::openDatabase(m_dir, QStringLiteral("counts.db"));
        reviewtest::seed(*m_db, 400, 99);
    }

    void seededRowsAreCounted() {
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT sum(n) FROM prospect_counts")), qint64(400));
        QCOMPARE(counted(*m_db), recounted(*m_db));
    }

    void plainWritesKeepTheCounts_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("insert") << QStringLiteral("INSERT INTO prospects (first_name, stage, tier, "
                                                  "created_at, updated_at) VALUES ('a', 'won', 'hot', 1, 1)");
        QTest::newRow("insert with override") << QStringLiteral(
            "INSERT INTO prospects (first_name, stage, tier, tier_override, archived, created_at, "
            "updated_at) VALUES ('b', 'lost', NULL, 'cold', 1, 1, 1)");
        QTest::newRow("stage") << QStringLiteral("UPDATE prospects SET stage = 'meeting' WHERE id % 7 = 0");
        QTest::newRow("computed tier")
            << QStringLiteral("UPDATE prospects SET tier = 'warm' WHERE id % 5 = 0");
        QTest::newRow("tier to null") << QStringLiteral("UPDATE prospects SET tier = NULL WHERE id % 11 = 0");
        QTest::newRow("override") << QStringLiteral(
            "UPDATE prospects SET tier_override = 'hot' WHERE id % 6 = 0");
        QTest::newRow("override cleared")
            << QStringLiteral("UPDATE prospects SET tier_override = NULL WHERE id % 12 = 0");
        QTest::newRow("archive") << QStringLiteral(
            "UPDATE prospects SET archived = 1 - archived WHERE id % 4 = 0");
        QTest::newRow("unrelated column")
            << QStringLiteral("UPDATE prospects SET title = 'CTO' WHERE id % 3 = 0");
        QTest::newRow("same values") << QStringLiteral("UPDATE prospects SET stage = stage, tier = tier");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM prospects WHERE id % 9 = 0");
    }
    void plainWritesKeepTheCounts() {
        QFETCH(QString, sql);
        QVERIFY(reviewtest::run(*m_db, sql));
        QCOMPARE(counted(*m_db), recounted(*m_db));
    }

    void bulkActionsAndTheirUndoKeepTheCounts() {
        UndoStack undo(*m_db);
        BulkEditor editor(*m_db, undo);
        const QStringList before = recounted(*m_db);
        const BulkTarget target = BulkTarget::ofIds(someIds(*m_db, 2));
        const QList<std::function<BulkResult()>> actions = {
            [&] { return editor.setStage(target, QStringLiteral("qualified")); },
            [&] { return editor.setTierOverride(target, QStringLiteral("warm")); },
            [&] { return editor.setTierOverride(target, QString()); },
            [&] { return editor.setArchived(target, true); },
            [&] { return editor.remove(target); },
        };
        for (const auto &action : actions) {
            const BulkResult result = action();
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(counted(*m_db), recounted(*m_db));
            QString error;
            QVERIFY2(undo.undo(&error), qPrintable(error));
            QCOMPARE(counted(*m_db), recounted(*m_db));
            QCOMPARE(recounted(*m_db), before);
        }
    }

    void importAndItsUndoKeepTheCounts() {
        importing::ImportOptions options;
        options.filePath = QStringLiteral(PROSPECTOR_FIXTURES_DIR "/csv/preset-apollo.csv");
        options.reportsDir = m_dir.filePath(QStringLiteral("reports"));
        importing::ImportJob job(*m_db, options);
        job.run();
        QVERIFY2(job.result().counts.created > 0, qPrintable(job.result().errorMessage));
        QCOMPARE(counted(*m_db), recounted(*m_db));
        const importing::ImportUndo::Result undone = importing::ImportUndo(*m_db).undo(job.result().importId);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(counted(*m_db), recounted(*m_db));
    }

    void rebuildRecomputesTheCounts() {
        QVERIFY(reviewtest::run(*m_db, QStringLiteral("UPDATE prospect_counts SET n = n + 3")));
        QVERIFY(counted(*m_db) != recounted(*m_db));
        for (const QString &sql : rebuildViewCountsStatements())
            QVERIFY(reviewtest::run(*m_db, sql));
        QCOMPARE(counted(*m_db), recounted(*m_db));
    }

    // Stage, tier and archive filters are answered from the table, each facet ignoring its own
    // filter; compared with plain GROUP BY queries over prospects.
    void instantFacetsEqualScannedOnes() {
        const QStringList stages = storage::pipelineStages();
        const QStringList tiers = {QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold"),
                                   QStringLiteral("none")};
        QRandomGenerator rng(5);
        for (int round = 0; round < 40; ++round) {
            ProspectQuery q;
            for (const QString &stage : stages) {
                if (rng.bounded(4) == 0)
                    q.stages << stage;
            }
            for (const QString &tier : tiers) {
                if (rng.bounded(3) == 0)
                    q.tiers << tier;
            }
            q.archived = ProspectQuery::Archived(rng.bounded(3));
            q.search = rng.bounded(4) == 0 ? QStringLiteral("!!") : QString(); // no terms: no filter
            QVERIFY(FacetCounter::isInstant(q));
            FacetCounts counts;
            QString error;
            QVERIFY2(FacetCounter(*m_db).count(q, &counts, &error), qPrintable(error));

            const QString archived =
                q.archived == ProspectQuery::Archived::Exclude ? QStringLiteral("archived = 0")
                : q.archived == ProspectQuery::Archived::Only  ? QStringLiteral("archived = 1")
                                                               : QStringLiteral("1");
            const auto inList = [](const QString &column, const QStringList &values) {
                return values.isEmpty()
                           ? QStringLiteral("1")
                           : QStringLiteral("%1 IN (SELECT value FROM json_each('%2'))")
                                 .arg(column,
                                      QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values))
                                                            .toJson(QJsonDocument::Compact)));
            };
            const QString tierExpr = QStringLiteral("coalesce(tier_override, tier, 'none')");
            const QString stageFilter = inList(QStringLiteral("stage"), q.stages);
            const QString tierFilter = inList(tierExpr, q.tiers);
            QCOMPARE(counts.total,
                     scalar(*m_db, QStringLiteral("SELECT count(*) FROM prospects WHERE %1 AND %2 AND %3")
                                       .arg(archived, stageFilter, tierFilter)));
            for (const QString &stage : stages)
                QCOMPARE(counts.byStage.value(stage),
                         scalar(*m_db,
                                QStringLiteral("SELECT count(*) FROM prospects WHERE %1 AND %2 AND stage = ?")
                                    .arg(archived, tierFilter),
                                {stage}));
            for (const QString &tier : tiers)
                QCOMPARE(counts.byTier.value(tier),
                         scalar(*m_db,
                                QStringLiteral("SELECT count(*) FROM prospects WHERE %1 AND %2 AND %3 = ?")
                                    .arg(archived, stageFilter, tierExpr),
                                {tier}));
        }
    }

    // A bulk import interrupted at schema 17 left every index of prospects set aside; the upgrade
    // to 18 still succeeds, and nothing is left to bring back the indexes schema 18 dropped.
    void upgradeAfterAnInterruptedBulkImport() {
        const QString path = m_dir.filePath(QStringLiteral("interrupted.db"));
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("upgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QList<storage::Migration> upTo17 = storage::schemaMigrations();
            upTo17.removeIf([](const storage::Migration &m) { return m.version >= 18; });
            QCOMPARE(upTo17.constLast().version, 17);
            QVERIFY2(storage::Migrator(upTo17).migrate(db, path, &error), qPrintable(error));
            QStringList dropped;
            QVERIFY(db.transaction());
            QVERIFY2(
                storage::DeferredSchema(db).deferIndexes(QStringLiteral("prospects"), 1, &dropped, &error),
                qPrintable(error));
            QVERIFY(db.commit());
            QVERIFY(dropped.contains(QStringLiteral("prospects_archived_stage")));
            QVERIFY(dropped.contains(QStringLiteral("prospects_score")));

            QVERIFY2(storage::Migrator(storage::schemaMigrations()).migrate(db, path, &error),
                     qPrintable(error));
            const auto pending = storage::DeferredSchema(db).pending(&error);
            QVERIFY2(pending, qPrintable(error));
            QStringList names;
            for (const auto &p : *pending)
                names << p.name;
            for (const char *gone :
                 {"prospects_archived_stage", "prospects_archived_tier", "prospects_tier", "prospects_score"})
                QVERIFY2(!names.contains(QLatin1String(gone)), gone);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("upgrade"));
    }

    void otherFiltersAreNotInstant() {
        ProspectQuery q;
        q.search = QStringLiteral("smith");
        QVERIFY(!FacetCounter::isInstant(q));
        q = {};
        q.countries = {QStringLiteral("FR")};
        QVERIFY(!FacetCounter::isInstant(q));
        q = {};
        q.minScore = 1;
        QVERIFY(!FacetCounter::isInstant(q));
    }
};

QTEST_GUILESS_MAIN(TestViewCounts)
#include "tst_viewcounts.moc"
