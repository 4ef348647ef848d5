#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/sqlerror.h"
#include "sync/enrichmentrequester.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"
#include "sync/transaction.h"
#include "sync/virtualclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

class TestEnrichmentRequester : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    VirtualClock m_clock;
    RetrySchedule m_schedule;
    std::unique_ptr<OutboxRepository> m_outbox;
    int m_counter = 0;
    static constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

    qint64 add(const QString &email, const QString &linkedin, const QString &domain,
               const QString &stage = QStringLiteral("new")) {
        storage::Prospect p;
        p.email = email;
        p.linkedinUrl = linkedin;
        p.firstName = QStringLiteral("Ann");
        p.lastName = QStringLiteral("Lee");
        p.companyName = QStringLiteral("Acme");
        p.companyDomain = domain;
        p.stage = stage;
        return storage::ProspectRepository(*m_db).insert(p);
    }

    int count(const QString &kind, const QString &state) {
        QSqlQuery q(m_db->connection());
        storage::exec(q, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = ? AND state = ?"),
                      {kind, state});
        return q.next() ? q.value(0).toInt() : -1;
    }

    void markEnriched(qint64 id, qint64 at) {
        QSqlQuery q(m_db->connection());
        QVERIFY(storage::exec(q,
                              QStringLiteral("INSERT INTO prospect_enrichment (prospect_id, status, source, "
                                             "enriched_at) VALUES (?, 'enriched', 'explorium', ?)"),
                              {id, at}));
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_outbox = std::make_unique<OutboxRepository>(*m_db, m_clock, m_schedule);
    }
    void cleanup() {
        m_outbox.reset();
        m_db.reset();
    }

    void queuesEachProspectAndCompanyOnce() {
        const qint64 a = add(QStringLiteral("ann@acme.com"), {}, QStringLiteral("acme.com"));
        const qint64 b = add(QStringLiteral("bob@acme.com"), {}, QStringLiteral("www.ACME.com"));
        const qint64 c = add({}, QStringLiteral("https://www.linkedin.com/in/carla"), {});
        const qint64 d = add({}, {}, QStringLiteral("acme.com")); // no way to find the person
        EnrichmentRequester requester(*m_db, *m_outbox, m_clock);
        EnrichmentRequester::Report report;
        QString error;
        QVERIFY2(requester.request(review::BulkTarget::ofIds({a, b, c, d, 9999}), &report, &error),
                 qPrintable(error));
        QCOMPARE(report.queued, 3);
        QCOMPARE(report.companiesQueued, 1); // acme.com once, however spelt
        QCOMPARE(report.skipped.size(), 2);
        QCOMPARE(report.skipped.at(0).first, d);
        QCOMPARE(report.skipped.at(1).first, qint64(9999));
        QCOMPARE(report.items.size(), 5);
        for (const auto &item : std::as_const(report.items)) {
            const bool skipped = item.prospectId == d || item.prospectId == 9999;
            QCOMPARE(item.outcome, skipped ? QStringLiteral("skipped") : QStringLiteral("queued"));
            QCOMPARE(item.operationId > 0, !skipped);
            QCOMPARE(item.detail.isEmpty(), !skipped);
        }
        const auto op = m_outbox->findByKey(
            QStringLiteral("explorium:enrich:linkedin:https://www.linkedin.com/in/carla"));
        QVERIFY(op);
        QCOMPARE(op->prospectId, c);
        QVERIFY(m_outbox->findByKey(QStringLiteral("explorium:enrich-company:acme.com")));

        EnrichmentRequester::Report again;
        QVERIFY(requester.request(review::BulkTarget::ofIds({a, b, c}), &again, &error));
        QCOMPARE(again.queued, 0);
        QCOMPARE(again.alreadyQueued, 3);
        QCOMPARE(again.companiesQueued, 0);
        QCOMPARE(count(QStringLiteral("enrich_prospect"), QStringLiteral("queued")), 3);
    }

    void aQueryChoosesTheProspects() {
        add(QStringLiteral("q1@acme.com"), {}, {}, QStringLiteral("qualified"));
        add(QStringLiteral("n1@acme.com"), {}, {}, QStringLiteral("new"));
        add(QStringLiteral("q2@acme.com"), {}, {}, QStringLiteral("qualified"));
        review::ProspectQuery query;
        query.stages = {QStringLiteral("qualified")};
        EnrichmentRequester::Report report;
        QVERIFY(EnrichmentRequester(*m_db, *m_outbox, m_clock)
                    .request(review::BulkTarget::ofQuery(query), &report));
        QCOMPARE(report.queued, 2);
        QVERIFY(!m_outbox->findByKey(QStringLiteral("explorium:enrich:n1@acme.com")));
    }

    void aRolledBackCallerLeavesNothingQueued() {
        const qint64 a = add(QStringLiteral("ann@acme.com"), {}, QStringLiteral("acme.com"));
        {
            Transaction transaction(m_db->connection());
            EnrichmentRequester::Report report;
            QVERIFY(EnrichmentRequester(*m_db, *m_outbox, m_clock)
                        .request(transaction, review::BulkTarget::ofIds({a}), &report));
            QCOMPARE(report.queued, 1);
            transaction.rollback();
        }
        QVERIFY(m_outbox->countsByState().isEmpty());
    }

    void recentResultsAreUpToDateAndFailuresStayInTheDeadLetters() {
        const qint64 fresh = add(QStringLiteral("fresh@acme.com"), {}, {});
        const qint64 stale = add(QStringLiteral("stale@acme.com"), {}, {});
        const qint64 failed = add(QStringLiteral("failed@acme.com"), {}, {});
        EnrichmentRequester requester(*m_db, *m_outbox, m_clock);
        EnrichmentRequester::Report report;
        QVERIFY(requester.request(review::BulkTarget::ofIds({fresh, stale, failed}), &report));
        // All three ran once: two finished, one died after being charged.
        const auto claimed = m_outbox->claimDue(QStringLiteral("explorium"), {}, 10);
        QCOMPARE(claimed.size(), 3);
        for (const OutboxOperation &op : claimed) {
            if (op.prospectId == failed) {
                QVERIFY(m_outbox->markDead(op, QStringLiteral("answer_lost"), QStringLiteral("lost")));
                continue;
            }
            Transaction t(m_db->connection());
            QVERIFY(m_outbox->complete(t, op, {}));
            QVERIFY(t.commit());
        }
        markEnriched(fresh, m_clock.nowMs() - kDay);
        markEnriched(stale, m_clock.nowMs() - 31 * kDay);

        EnrichmentRequester::Report again;
        QVERIFY(requester.request(review::BulkTarget::ofIds({fresh, stale, failed}), &again));
        QCOMPARE(again.upToDate, 1);
        QCOMPARE(again.queued, 1);        // the stale one, done before, is queued again
        QCOMPARE(again.alreadyQueued, 1); // the dead letter is left for the rep
        QCOMPARE(again.items.size(), 3);
        for (const auto &item : std::as_const(again.items)) {
            const QString expected = item.prospectId == fresh   ? QStringLiteral("up_to_date")
                                     : item.prospectId == stale ? QStringLiteral("queued")
                                                                : QStringLiteral("already_queued");
            QCOMPARE(item.outcome, expected);
        }
        QCOMPARE(int(m_outbox->findByKey(QStringLiteral("explorium:enrich:stale@acme.com"))->state),
                 int(OutboxState::Queued));
        QCOMPARE(int(m_outbox->findByKey(QStringLiteral("explorium:enrich:failed@acme.com"))->state),
                 int(OutboxState::Dead));
    }
};

QTEST_GUILESS_MAIN(TestEnrichmentRequester)
#include "tst_enrichmentrequester.moc"
