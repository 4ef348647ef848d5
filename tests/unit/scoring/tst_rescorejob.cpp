// The rescoring job on a QThreadPool: progress to the end, scores and reasons written, overrides
// untouched, cancel between batches, and the tier preview agreeing with a real rescore.
#include "../review/reviewfixture.h"
#include "review/facetcounts.h"
#include "scoring/prospectscorer.h"
#include "scoring/rescorejob.h"
#include "scoring/scoringsettings.h"
#include "scoring/tierpreview.h"
#include "storage/prospectrepository.h"

#include <QSignalSpy>
#include <QThreadPool>
#include <QtTest>

using namespace prospector;
using namespace prospector::scoring;

class TestRescoreJob : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    static RuleSet rules() {
        RuleSet set = RuleSet::defaults();
        set.thresholds = {60, 30};
        return set;
    }

private Q_SLOTS:
    void rescoresEverythingOnThePool() {
        auto db = reviewtest::openDatabase(m_dir, QStringLiteral("r%1.db").arg(++m_counter));
        reviewtest::seed(*db, 500, 21);
        auto *job = new RescoreJob(*db, rules(), 64);
        QSignalSpy progress(job, &RescoreJob::progress);
        QSignalSpy finished(job, &RescoreJob::finished);
        QThreadPool::globalInstance()->start(job);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);  // ok
        QCOMPARE(finished.constFirst().at(1).toBool(), false); // not cancelled
        QVERIFY(progress.size() >= 500 / 64);
        QCOMPARE(progress.constLast().at(0).toLongLong(), 500);
        QCOMPARE(progress.constLast().at(1).toLongLong(), 500);
        delete job;

        const ProspectScorer scorer(rules());
        storage::ProspectRepository repo(*db);
        for (qint64 id = 1; id <= 500; id += 7) {
            const storage::Prospect p = *repo.get(id);
            const ScoreResult expected = scorer.score(p);
            QCOMPARE(p.score, expected.score);
            QCOMPARE(p.tier, expected.tier);
            QCOMPARE(p.scoreReasons, expected.reasons);
        }
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM prospects WHERE score IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // The preview counts what the table would show after this rescore (override wins).
        TierCounts counts;
        QString error;
        QVERIFY2(TierPreview(*db).compute(rules(), &counts, &error), qPrintable(error));
        review::FacetCounts facets;
        QVERIFY(review::FacetCounter(*db).count({}, &facets));
        QCOMPARE(counts.total, facets.total);
        QCOMPARE(counts.hot, facets.byTier.value(QStringLiteral("hot")));
        QCOMPARE(counts.warm, facets.byTier.value(QStringLiteral("warm")));
        QCOMPARE(counts.cold, facets.byTier.value(QStringLiteral("cold")));
        QVERIFY(counts.overridden > 0);
    }

    void overridesAreKept() {
        auto db = reviewtest::openDatabase(m_dir, QStringLiteral("r%1.db").arg(++m_counter));
        reviewtest::seed(*db, 100, 8);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT id, tier_override FROM prospects WHERE tier_override IS NOT NULL")));
        QList<QPair<qint64, QString>> before;
        while (q.next())
            before.append({q.value(0).toLongLong(), q.value(1).toString()});
        QVERIFY(!before.isEmpty());
        RescoreJob job(*db, rules());
        job.run();
        for (const auto &[id, tier] : std::as_const(before))
            QCOMPARE(storage::ProspectRepository(*db).get(id)->tierOverride, tier);
    }

    void cancelStopsBetweenBatches() {
        auto db = reviewtest::openDatabase(m_dir, QStringLiteral("r%1.db").arg(++m_counter));
        reviewtest::seed(*db, 300, 9);
        RescoreJob job(*db, rules(), 50);
        QList<qint64> seen;
        connect(&job, &RescoreJob::progress, &job, [&](qint64 done, qint64) {
            seen << done;
            if (done >= 100)
                job.cancel();
        });
        QSignalSpy finished(&job, &RescoreJob::finished);
        job.run();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().at(1).toBool(), true);
        QCOMPARE(seen.constLast(), 100);
        QSqlQuery q(db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM prospects WHERE id > 100 AND score IS NOT NULL AND "
                                  "score_reasons LIKE '%+%'")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 0); // rows after the cancel point were not rescored
    }

    void settingsStoreRulesAndRefuseDamage() {
        auto db = reviewtest::openDatabase(m_dir, QStringLiteral("r%1.db").arg(++m_counter));
        ScoringSettings settings(*db);
        RuleSet loaded;
        QVERIFY(settings.load(&loaded));
        QVERIFY(loaded == RuleSet::defaults());
        QVERIFY(settings.save(rules()));
        QVERIFY(settings.load(&loaded));
        QVERIFY(loaded == rules());
        RuleSet invalid = rules();
        invalid.thresholds = {10, 50};
        QString error;
        QVERIFY(!settings.save(invalid, &error));
        reviewtest::run(*db, QStringLiteral("UPDATE settings SET value = '{broken' WHERE key = ?"),
                        {ScoringSettings::settingsKey()});
        QVERIFY(!settings.load(&loaded, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRescoreJob)
#include "tst_rescorejob.moc"
