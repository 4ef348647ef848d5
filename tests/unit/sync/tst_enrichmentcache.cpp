#include "storage/database.h"
#include "sync/enrichmentcache.h"
#include "sync/virtualclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

class TestEnrichmentCache : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    VirtualClock m_clock;
    int m_counter = 0;
    static constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void keysAreNormalized() {
        QCOMPARE(EnrichmentCache::keyForEmail(QStringLiteral(" Ann@ACME.io")),
                 QStringLiteral("email:ann@acme.io"));
        QCOMPARE(EnrichmentCache::keyForDomain(QStringLiteral("https://www.Acme.io/about")),
                 QStringLiteral("domain:acme.io"));
    }

    void entriesExpireAfterThirtyDays() {
        EnrichmentCache cache(*m_db, m_clock);
        const QString key = EnrichmentCache::keyForEmail(QStringLiteral("ann@acme.io"));
        QCOMPARE(cache.lookup(key), EnrichmentCache::Lookup::Miss);
        const qint64 fetched = m_clock.nowMs();
        QVERIFY(cache.store(key, QStringLiteral("prospect"),
                            {{QStringLiteral("title"), QStringLiteral("CFO")}}, 80));

        m_clock.advance(30 * kDay - 1);
        CachedEnrichment entry;
        QCOMPARE(cache.lookup(key, &entry), EnrichmentCache::Lookup::Hit);
        QCOMPARE(entry.data.value(QStringLiteral("title")).toString(), QStringLiteral("CFO"));
        QCOMPARE(entry.qualityScore, 80);
        QCOMPARE(entry.fetchedAt, fetched);
        QCOMPARE(entry.expiresAt, fetched + 30 * kDay);

        m_clock.advance(1);
        QCOMPARE(cache.lookup(key), EnrichmentCache::Lookup::Miss);
        QCOMPARE(cache.purgeExpired(), 1);
        QCOMPARE(cache.purgeExpired(), 0);
    }

    void refreshingKeepsOneRowAndMovesTheExpiry() {
        EnrichmentCache cache(*m_db, m_clock, 10 * kDay);
        const QString key = EnrichmentCache::keyForDomain(QStringLiteral("acme.io"));
        QVERIFY(cache.store(key, QStringLiteral("company"), {{QStringLiteral("v"), 1}}, -1));
        m_clock.advance(9 * kDay);
        QVERIFY(cache.store(key, QStringLiteral("company"), {{QStringLiteral("v"), 2}}, 50));
        m_clock.advance(5 * kDay);
        CachedEnrichment entry;
        QCOMPARE(cache.lookup(key, &entry), EnrichmentCache::Lookup::Hit);
        QCOMPARE(entry.data.value(QStringLiteral("v")).toInt(), 2);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM enrichment_cache")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void readErrorsAreNotMisses() {
        EnrichmentCache cache(*m_db, m_clock);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE enrichment_cache")));
        QString error;
        QCOMPARE(cache.lookup(QStringLiteral("email:a@b.io"), nullptr, &error),
                 EnrichmentCache::Lookup::Error);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnrichmentCache)
#include "tst_enrichmentcache.moc"
