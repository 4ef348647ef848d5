#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/outboxrepository.h"
#include "sync/prospectsyncstate.h"
#include "sync/retryschedule.h"
#include "sync/syncrequester.h"
#include "sync/transaction.h"
#include "sync/virtualclock.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

class TestProspectSyncState : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    VirtualClock m_clock;
    RetrySchedule m_schedule{RetryConfig{1000, 60'000, 3}, [] {
                                 return 1.0;
                             }};

    qint64 add(const QString &email) {
        storage::Prospect p;
        p.firstName = QStringLiteral("A");
        p.email = email;
        return storage::ProspectRepository(*m_db).insert(p);
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("s.db")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }

    void readsPendingAndFailedWorkPerServiceAndProspect() {
        const qint64 synced = add(QStringLiteral("synced@example.org"));
        const qint64 waiting = add(QStringLiteral("waiting@example.org"));
        const qint64 failed = add(QStringLiteral("failed@example.org"));
        const qint64 untouched = add(QStringLiteral("untouched@example.org"));
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        SyncRequester requester(*m_db, outbox, m_clock);
        SyncRequester::Report report;
        QVERIFY(requester.requestHubSpotSync({synced, waiting, failed}, &report));
        QVERIFY(requester.requestEnrollment(QStringLiteral("cam_1"), {waiting}, &report));
        // synced: done; failed: refused for good; waiting: still queued for both services.
        for (const OutboxOperation &op : outbox.claimDue(QStringLiteral("hubspot"), {}, 10)) {
            if (op.prospectId == synced) {
                Transaction tx(m_db->connection());
                QVERIFY(outbox.complete(tx, op, {}));
                QVERIFY(tx.commit());
            } else if (op.prospectId == failed) {
                QVERIFY(
                    outbox.markDead(op, QStringLiteral("validation"), QStringLiteral("INVALID_EMAIL: bad")));
            } else {
                QVERIFY(outbox.release(op));
            }
        }

        QString error;
        const auto states = ProspectSyncState::read(*m_db, {synced, waiting, failed, untouched}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!states.contains(synced));
        QVERIFY(!states.contains(untouched));
        QCOMPARE(states.value(waiting).hubspot.pending, 1);
        QCOMPARE(states.value(waiting).lemlist.pending, 1);
        QCOMPARE(states.value(waiting).hubspot.failed, 0);
        QCOMPARE(states.value(failed).hubspot.failed, 1);
        QCOMPARE(states.value(failed).hubspot.failureKind, QStringLiteral("validation"));
        QCOMPARE(states.value(failed).hubspot.lastError, QStringLiteral("INVALID_EMAIL: bad"));

        const auto history = ProspectOperation::forProspect(*m_db, waiting);
        QCOMPARE(history.size(), 2);
        QStringList services = {history.at(0).service, history.at(1).service};
        services.sort();
        QCOMPARE(services, (QStringList{QStringLiteral("hubspot"), QStringLiteral("lemlist")}));
        const auto done = ProspectOperation::forProspect(*m_db, synced);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().state, QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(TestProspectSyncState)
#include "tst_prospectsyncstate.moc"
