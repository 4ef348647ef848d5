#include "storage/database.h"
#include "sync/creditbudget.h"
#include "sync/creditledger.h"
#include "sync/enrichmentcache.h"
#include "sync/enrichmentplanner.h"
#include "sync/virtualclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

class TestEnrichmentPlanner : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    VirtualClock m_clock;
    int m_counter = 0;

    static EnrichmentTarget target(qint64 id, const char *email, const char *domain) {
        return {id, QString::fromLatin1(email), QString::fromLatin1(domain)};
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void cacheHitsCostNothingAndDomainsAreFetchedOnce() {
        EnrichmentCache cache(*m_db, m_clock);
        CreditLedger ledger(*m_db, m_clock);
        CreditBudget budget(ledger, m_clock, QStringLiteral("explorium"), -1);
        QVERIFY(cache.store(EnrichmentCache::keyForEmail(QStringLiteral("a@acme.io")),
                            QStringLiteral("prospect"), {}, 50));
        QVERIFY(cache.store(EnrichmentCache::keyForDomain(QStringLiteral("acme.io")),
                            QStringLiteral("company"), {}, -1));
        EnrichmentPlanner planner(cache, budget, EnrichmentCosts{2, 1});
        const auto plan =
            planner.plan({target(1, "A@acme.io", "acme.io"), target(2, "b@acme.io", "www.acme.io"),
                          target(3, "c@beta.io", "beta.io"), target(4, "d@beta.io", "beta.io"),
                          target(5, "", "gamma.io")});
        QVERIFY(plan);
        QCOMPARE(plan->contactCacheHits.size(), 1);
        QCOMPARE(plan->contactCacheHits.first().prospectId, 1);
        QCOMPARE(plan->contactFetches.size(), 3); // b, c, d
        QCOMPARE(plan->companyCacheHits, QSet<QString>{QStringLiteral("acme.io")});
        QCOMPARE(plan->companyFetches,
                 (QSet<QString>{QStringLiteral("beta.io"), QStringLiteral("gamma.io")}));
        QCOMPARE(plan->estimatedCredits, 3 * 2 + 2 * 1);
        QVERIFY(!plan->budgetReached);

        // Forcing a refresh ignores the cache.
        const auto forced = planner.plan({target(1, "a@acme.io", "acme.io")}, true);
        QCOMPARE(forced->contactFetches.size(), 1);
        QCOMPARE(forced->estimatedCredits, 3);
    }

    void fetchesStopAtTheBudgetButCacheHitsGoOn() {
        EnrichmentCache cache(*m_db, m_clock);
        CreditLedger ledger(*m_db, m_clock);
        QVERIFY(ledger.record(QStringLiteral("explorium"), QStringLiteral("contacts_bulk_enrich"), 5, 3));
        CreditBudget budget(ledger, m_clock, QStringLiteral("explorium"), 10); // 5 left
        QVERIFY(cache.store(EnrichmentCache::keyForEmail(QStringLiteral("z@x.io")),
                            QStringLiteral("prospect"), {}, 10));
        EnrichmentPlanner planner(cache, budget, EnrichmentCosts{2, 1});
        const auto plan =
            planner.plan({target(1, "a@x.io", ""), target(2, "b@x.io", ""), target(3, "c@x.io", ""),
                          target(4, "z@x.io", ""), target(5, "e@x.io", "")});
        QVERIFY(plan);
        QCOMPARE(plan->contactFetches.size(), 2); // 4 credits; a third would need 6
        QCOMPARE(plan->estimatedCredits, 4);
        QVERIFY(plan->budgetReached);
        QCOMPARE(plan->skippedForBudget.size(), 2); // c and e
        QCOMPARE(plan->skippedForBudget.first().prospectId, 3);
        QCOMPARE(plan->contactCacheHits.size(), 1); // z, after the budget was reached
        QCOMPARE(plan->contactCacheHits.first().prospectId, 4);
    }

    void expiredEntriesAreFetchedAgain() {
        EnrichmentCache cache(*m_db, m_clock);
        CreditLedger ledger(*m_db, m_clock);
        CreditBudget budget(ledger, m_clock, QStringLiteral("explorium"), -1);
        QVERIFY(cache.store(EnrichmentCache::keyForEmail(QStringLiteral("a@x.io")),
                            QStringLiteral("prospect"), {}, 10));
        EnrichmentPlanner planner(cache, budget);
        QCOMPARE(planner.plan({target(1, "a@x.io", "")})->contactCacheHits.size(), 1);
        m_clock.advance(EnrichmentCache::kDefaultTtlMs);
        QCOMPARE(planner.plan({target(1, "a@x.io", "")})->contactFetches.size(), 1);
    }

    void refusesToPlanWhenItCannotRead() {
        EnrichmentCache cache(*m_db, m_clock);
        CreditLedger ledger(*m_db, m_clock);
        CreditBudget budget(ledger, m_clock, QStringLiteral("explorium"), -1);
        EnrichmentPlanner planner(cache, budget);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE enrichment_cache")));
        QString error;
        QVERIFY(!planner.plan({target(1, "a@x.io", "")}, false, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnrichmentPlanner)
#include "tst_enrichmentplanner.moc"
