#include "storage/database.h"
#include "sync/enrichmentcalllog.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"
#include "sync/transaction.h"
#include "sync/virtualclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;
using Outcome = EnrichmentCallLog::Outcome;

class TestEnrichmentCallLog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    VirtualClock m_clock;
    RetrySchedule m_schedule;
    int m_counter = 0;

    qint64 enqueue(const QString &email) {
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        Transaction transaction(m_db->connection());
        OutboxOperation op;
        op.service = QStringLiteral("explorium");
        op.kind = QStringLiteral("enrich_prospect");
        op.idempotencyKey = QStringLiteral("explorium:enrich:") + email;
        outbox.enqueue(transaction, op, OutboxRepository::OnDuplicate::Keep);
        transaction.commit();
        return op.id;
    }

    int rows(const char *table) {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return q.next() ? q.value(0).toInt() : -1;
    }

    static EnrichmentCallLog::Call pending(std::optional<qint64> baseline) {
        EnrichmentCallLog::Call call;
        call.baselineCreditsUsed = baseline;
        return call;
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void judgeNeverRisksPayingTwice_data() {
        QTest::addColumn<bool>("hasBaseline");
        QTest::addColumn<qint64>("baseline");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<qint64>("usedNow");
        QTest::addColumn<qint64>("ownSpent");
        QTest::addColumn<int>("expected");
        QTest::newRow("unchanged counter: not charged")
            << true << qint64(100) << true << qint64(100) << qint64(0) << int(Outcome::NotCharged);
        QTest::newRow("grown by our own other calls only")
            << true << qint64(100) << true << qint64(130) << qint64(30) << int(Outcome::NotCharged);
        QTest::newRow("grown by more than we recorded")
            << true << qint64(100) << true << qint64(150) << qint64(30) << int(Outcome::Charged);
        QTest::newRow("counter unreadable")
            << true << qint64(100) << false << qint64(0) << qint64(0) << int(Outcome::Charged);
        QTest::newRow("no baseline") << false << qint64(0) << true << qint64(100) << qint64(0)
                                     << int(Outcome::Charged);
        QTest::newRow("counter went down (reset account)")
            << true << qint64(100) << true << qint64(40) << qint64(0) << int(Outcome::Charged);
    }

    void judgeNeverRisksPayingTwice() {
        QFETCH(bool, hasBaseline);
        QFETCH(qint64, baseline);
        QFETCH(bool, readable);
        QFETCH(qint64, usedNow);
        QFETCH(qint64, ownSpent);
        QFETCH(int, expected);
        const auto call = pending(hasBaseline ? std::optional<qint64>(baseline) : std::nullopt);
        QCOMPARE(int(EnrichmentCallLog::judge(call, readable ? std::optional<qint64>(usedNow) : std::nullopt,
                                              ownSpent)),
                 expected);
    }

    void aStoredVerdictIsFinal() {
        auto call = pending(100);
        call.outcome = Outcome::Charged;
        QCOMPARE(int(EnrichmentCallLog::judge(call, 100, 0)), int(Outcome::Charged));
        call.outcome = Outcome::NotCharged;
        QCOMPARE(int(EnrichmentCallLog::judge(call, 500, 0)), int(Outcome::NotCharged));
    }

    void everyOperationOfACallSharesItsVerdictUntilSettled() {
        EnrichmentCallLog log(*m_db, m_clock);
        const qint64 a = enqueue(QStringLiteral("a@x.io"));
        const qint64 b = enqueue(QStringLiteral("b@x.io"));
        QVERIFY(!log.callFor(a)); // never sent
        const QString id = log.begin({a, b}, QStringLiteral("contacts"), 10, 42);
        QVERIFY(!id.isEmpty());
        auto call = log.callFor(b);
        QVERIFY(call);
        QCOMPARE(call->id, id);
        QCOMPARE(call->estimatedCredits, qint64(10));
        QCOMPARE(call->records, 2);
        QCOMPARE(call->baselineCreditsUsed.value_or(-1), qint64(42));
        QCOMPARE(call->sentAt, m_clock.nowMs());
        QCOMPARE(int(call->outcome), int(Outcome::Pending));

        {
            Transaction t(m_db->connection());
            QVERIFY(log.setOutcome(t, id, Outcome::Charged));
            QVERIFY(log.release(t, a));
            QVERIFY(t.commit());
        }
        QVERIFY(!log.callFor(a));
        QCOMPARE(int(log.callFor(b)->outcome), int(Outcome::Charged));
        QCOMPARE(rows("enrichment_calls"), 1);
        {
            Transaction t(m_db->connection());
            QVERIFY(log.release(t, b));
            QVERIFY(t.commit());
        }
        QCOMPARE(rows("enrichment_calls"), 0); // forgotten with its last operation
    }

    void aFinishedCallIsForgotten() {
        EnrichmentCallLog log(*m_db, m_clock);
        const qint64 a = enqueue(QStringLiteral("a@x.io"));
        const QString id = log.begin({a}, QStringLiteral("firmographics"), 1, std::nullopt);
        QVERIFY(!log.callFor(a)->baselineCreditsUsed);
        {
            Transaction t(m_db->connection());
            QVERIFY(log.finish(t, id));
            QVERIFY(t.commit());
        }
        QVERIFY(!log.callFor(a));
        QCOMPARE(rows("enrichment_call_ops"), 0);
    }
};

QTEST_GUILESS_MAIN(TestEnrichmentCallLog)
#include "tst_enrichmentcalllog.moc"
