#include "review/bulktarget.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/deadletteractions.h"
#include "sync/enrichmentrequester.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"
#include "sync/syncrequester.h"
#include "sync/transaction.h"
#include "sync/virtualclock.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

class TestDeadLetterActions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<storage::Database> m_db;
    VirtualClock m_clock;
    RetrySchedule m_schedule{RetryConfig{1000, 60'000, 3}, [] {
                                 return 1.0;
                             }};
    std::unique_ptr<OutboxRepository> m_outbox;

    qint64 add(const QString &email) {
        storage::Prospect p;
        p.firstName = QStringLiteral("Ann");
        p.lastName = QStringLiteral("Lee");
        p.email = email;
        p.companyName = QStringLiteral("Acme");
        return storage::ProspectRepository(*m_db).insert(p);
    }

    // Queues the effect the way the actions do, and lets the service refuse it for good.
    qint64 deadHubSpot(qint64 prospectId) {
        SyncRequester requester(*m_db, *m_outbox, m_clock);
        SyncRequester::Report report;
        if (!requester.requestHubSpotSync({prospectId}, &report) || report.operationIds.size() != 1)
            return 0;
        return kill(QStringLiteral("hubspot"), report.operationIds.first());
    }

    qint64 deadEnrollment(qint64 prospectId) {
        SyncRequester requester(*m_db, *m_outbox, m_clock);
        SyncRequester::Report report;
        if (!requester.requestEnrollment(QStringLiteral("cam_1"), {prospectId}, &report) ||
            report.operationIds.size() != 1)
            return 0;
        return kill(QStringLiteral("lemlist"), report.operationIds.first());
    }

    qint64 kill(const QString &service, qint64 operationId) {
        qint64 killed = 0;
        for (const OutboxOperation &op : m_outbox->claimDue(service, {}, 100)) {
            if (op.id != operationId)
                m_outbox->release(op);
            else if (m_outbox->markDead(op, QStringLiteral("validation"), QStringLiteral("INVALID_EMAIL")))
                killed = op.id;
        }
        return killed;
    }

    void setEmail(qint64 prospectId, const QString &email) {
        storage::ProspectRepository repo(*m_db);
        auto p = repo.get(prospectId);
        QVERIFY(p);
        p->email = email;
        QVERIFY(repo.update(*p));
    }

    int count(const QString &state) { return m_outbox->countsByState().value(state); }

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

    void retryQueuesOnceAndRefusesASecondTime() {
        const qint64 id = deadHubSpot(add(QStringLiteral("ann@example.org")));
        QVERIFY(id > 0);
        DeadLetterActions actions(*m_db, *m_outbox, m_clock);
        QVERIFY(actions.retry(id).ok);
        QCOMPARE(m_outbox->get(id)->state, OutboxState::Queued);
        QCOMPARE(storage::ProspectRepository(*m_db).get(m_outbox->get(id)->prospectId)->syncState,
                 QStringLiteral("queued"));
        QCOMPARE(m_outbox->get(id)->attempts, 0);
        const auto again = actions.retry(id);
        QVERIFY(!again.ok);
        QVERIFY(!again.error.isEmpty());
    }

    void discardForgetsTheEffectAndTheQueuedMark() {
        const qint64 prospect = add(QStringLiteral("ann@example.org"));
        const qint64 id = deadHubSpot(prospect);
        // The table's "Sync error" filter finds it, and a retry would show it queued again.
        QCOMPARE(storage::ProspectRepository(*m_db).get(prospect)->syncState, QStringLiteral("error"));
        DeadLetterActions actions(*m_db, *m_outbox, m_clock);
        QVERIFY(actions.discard(id).ok);
        QVERIFY(!m_outbox->get(id));
        QCOMPARE(storage::ProspectRepository(*m_db).get(prospect)->syncState, QStringLiteral("local"));
        QVERIFY(!actions.discard(id).ok);
    }

    void correctedEmailReplacesTheHubSpotEffect() {
        const qint64 prospect = add(QStringLiteral("ann@exmaple.org"));
        const qint64 id = deadHubSpot(prospect);
        setEmail(prospect, QStringLiteral("ann@example.org"));
        DeadLetterActions actions(*m_db, *m_outbox, m_clock);
        const auto result = actions.requeueFromProspect(id);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!m_outbox->get(id)); // the misspelt address's effect is gone...
        const auto fresh =
            m_outbox->findByKey(IdempotencyKey::hubspotUpsertContact(QStringLiteral("ann@example.org")));
        QVERIFY(fresh); // ...and the corrected one waits
        QCOMPARE(fresh->state, OutboxState::Queued);
        QCOMPARE(fresh->payload.value(QStringLiteral("email")).toString(), QStringLiteral("ann@example.org"));
        QCOMPARE(count(QStringLiteral("dead")), 0);
    }

    void otherCorrectionsRequeueTheSameHubSpotRow() {
        const qint64 prospect = add(QStringLiteral("ann@example.org"));
        const qint64 id = deadHubSpot(prospect);
        storage::ProspectRepository repo(*m_db);
        auto p = repo.get(prospect);
        p->title = QStringLiteral("CTO");
        QVERIFY(repo.update(*p));
        DeadLetterActions actions(*m_db, *m_outbox, m_clock);
        QVERIFY(actions.requeueFromProspect(id).ok);
        const auto row = m_outbox->get(id);
        QCOMPARE(row->state, OutboxState::Queued);
        QCOMPARE(row->payload.value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("jobtitle"))
                     .toString(),
                 QStringLiteral("CTO"));
    }

    void enrollmentIsRetriedWithNewDataOrReplacedForANewAddress() {
        const qint64 prospect = add(QStringLiteral("bob@example.org"));
        const qint64 id = deadEnrollment(prospect);
        storage::ProspectRepository repo(*m_db);
        auto p = repo.get(prospect);
        p->firstName = QStringLiteral("Robert");
        QVERIFY(repo.update(*p));
        DeadLetterActions actions(*m_db, *m_outbox, m_clock);
        QVERIFY(actions.requeueFromProspect(id).ok);
        QCOMPARE(m_outbox->get(id)->state, OutboxState::Queued);
        QCOMPARE(m_outbox->get(id)
                     ->payload.value(QStringLiteral("lead"))
                     .toObject()
                     .value(QStringLiteral("firstName")),
                 QJsonValue(QStringLiteral("Robert")));

        const qint64 other = add(QStringLiteral("carol@exmaple.org"));
        const qint64 dead = deadEnrollment(other);
        setEmail(other, QStringLiteral("carol@example.org"));
        QVERIFY(actions.requeueFromProspect(dead).ok);
        QVERIFY(!m_outbox->get(dead));
        const auto fresh = m_outbox->findByKey(
            IdempotencyKey::lemlistEnroll(QStringLiteral("cam_1"), QStringLiteral("carol@example.org")));
        QVERIFY(fresh);
        QCOMPARE(fresh->state, OutboxState::Queued);
    }

    void enrichmentIsAskedForAgainThroughItsRequester() {
        const qint64 prospect = add(QStringLiteral("fay@exmaple.org"));
        EnrichmentRequester::Report report;
        QVERIFY(EnrichmentRequester(*m_db, *m_outbox, m_clock)
                    .request(review::BulkTarget::ofIds({prospect}), &report));
        QCOMPARE(report.items.size(), 1);
        const qint64 id = kill(QStringLiteral("explorium"), report.items.first().operationId);
        QVERIFY(id > 0);
        DeadLetterActions actions(*m_db, *m_outbox, m_clock);

        // Unchanged: the requester keeps the dead row, so that row itself is retried.
        QVERIFY(actions.requeueFromProspect(id).ok);
        QCOMPARE(m_outbox->get(id)->state, OutboxState::Queued);

        // A corrected address is a new effect: it is queued and the old one abandoned.
        const qint64 again = kill(QStringLiteral("explorium"), id);
        QCOMPARE(again, id);
        setEmail(prospect, QStringLiteral("fay@example.org"));
        const auto result = actions.requeueFromProspect(id);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!m_outbox->get(id));
        const auto fresh =
            m_outbox->findByKey(IdempotencyKey::exploriumEnrich(QStringLiteral("fay@example.org")));
        QVERIFY(fresh);
        QCOMPARE(fresh->state, OutboxState::Queued);
    }

    void requeueRefusesWhatTheRequestWouldSkip() {
        const qint64 prospect = add(QStringLiteral("dan@example.org"));
        const qint64 id = deadHubSpot(prospect);
        setEmail(prospect, QString());
        DeadLetterActions actions(*m_db, *m_outbox, m_clock);
        const auto result = actions.requeueFromProspect(id);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(m_outbox->get(id)->state, OutboxState::Dead); // nothing lost
    }

    void withoutAProspectThePayloadIsCorrected() {
        const qint64 prospect = add(QStringLiteral("eve@exmaple.org"));
        const qint64 id = deadEnrollment(prospect);
        QVERIFY(storage::ProspectRepository(*m_db).remove(prospect));
        DeadLetterActions actions(*m_db, *m_outbox, m_clock);
        QVERIFY(
            !actions.retryWithFields(id, {{QStringLiteral("email"), QStringLiteral("not an address")}}).ok);
        QCOMPARE(m_outbox->get(id)->state, OutboxState::Dead);
        const auto result =
            actions.retryWithFields(id, {{QStringLiteral("email"), QStringLiteral(" Eve@Example.org ")},
                                         {QStringLiteral("firstName"), QStringLiteral("Evelyn")}});
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto row = m_outbox->get(id);
        QCOMPARE(row->state, OutboxState::Queued);
        QCOMPARE(row->payload.value(QStringLiteral("email")).toString(), QStringLiteral("eve@example.org"));
        QCOMPARE(row->payload.value(QStringLiteral("lead"))
                     .toObject()
                     .value(QStringLiteral("firstName"))
                     .toString(),
                 QStringLiteral("Evelyn"));
    }
};

QTEST_GUILESS_MAIN(TestDeadLetterActions)
#include "tst_deadletteractions.moc"
