// The confirmation's numbers must be what queueing then does: every case is previewed, then
// queued through SyncRequester, and the two are compared.
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/pipelinepreview.h"
#include "sync/retryschedule.h"
#include "sync/suppressionrepository.h"
#include "sync/syncrequester.h"
#include "sync/transaction.h"
#include "sync/virtualclock.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

class TestPipelinePreview : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<storage::Database> m_db;
    VirtualClock m_clock;
    RetrySchedule m_schedule{RetryConfig{1000, 60'000, 1}, [] {
                                 return 1.0;
                             }};
    const QString m_campaign = QStringLiteral("cam_1");

    qint64 add(const QString &email, bool unsubscribed = false) {
        storage::Prospect p;
        p.firstName = QStringLiteral("P");
        p.lastName = email.isEmpty() ? QStringLiteral("NoMail") : email;
        p.email = email;
        p.companyName = QStringLiteral("Acme");
        p.linkedinUrl = email.isEmpty() ? QStringLiteral("https://www.linkedin.com/in/nomail") : QString();
        p.unsubscribed = unsubscribed;
        return storage::ProspectRepository(*m_db).insert(p);
    }

    // An enrollment of `id` that is already queued, done or dead.
    void enrollment(qint64 id, const QString &email, OutboxState state) {
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        OutboxOperation op;
        op.service = QStringLiteral("lemlist");
        op.kind = QStringLiteral("enroll_lead");
        op.idempotencyKey = IdempotencyKey::lemlistEnroll(m_campaign, email);
        op.prospectId = id;
        Transaction tx(m_db->connection());
        QVERIFY(outbox.enqueue(tx, op, OutboxRepository::OnDuplicate::Keep) ==
                OutboxRepository::EnqueueResult::Inserted);
        QVERIFY(tx.commit());
        if (state == OutboxState::Queued)
            return;
        const auto claimed = outbox.claimDue(QStringLiteral("lemlist"), {}, 10);
        QCOMPARE(claimed.size(), 1);
        if (state == OutboxState::Dead) {
            QVERIFY(outbox.markDead(claimed.first(), QStringLiteral("validation"), QStringLiteral("bad")));
        } else {
            Transaction done(m_db->connection());
            QVERIFY(outbox.complete(done, claimed.first(), {}));
            QVERIFY(done.commit());
        }
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void enrollmentPreviewMatchesWhatQueueingDoes() {
        QList<qint64> ids;
        ids << add(QStringLiteral("fresh@example.org")) << add(QStringLiteral("second@example.org"));
        ids << add(QString());
        ids << add(QStringLiteral("gone@example.org"), true);
        const qint64 optedOut = add(QStringLiteral("optout@example.org"));
        ids << optedOut;
        QVERIFY(SuppressionRepository(*m_db).add(QStringLiteral("optout@example.org"),
                                                 QStringLiteral("opt_out"), QStringLiteral("reply"), {},
                                                 m_clock.nowMs()));
        const qint64 done = add(QStringLiteral("done@example.org"));
        const qint64 waiting = add(QStringLiteral("waiting@example.org"));
        const qint64 dead = add(QStringLiteral("dead@example.org"));
        ids << done << waiting << dead << 999'999;
        // Each claims only the row it adds: the queued one comes last.
        enrollment(done, QStringLiteral("done@example.org"), OutboxState::Done);
        enrollment(dead, QStringLiteral("dead@example.org"), OutboxState::Dead);
        enrollment(waiting, QStringLiteral("waiting@example.org"), OutboxState::Queued);

        PipelinePreview preview;
        QString error;
        QVERIFY2(PipelinePreview::forEnrollment(*m_db, m_campaign, ids, &preview, {}, &error),
                 qPrintable(error));
        QCOMPARE(preview.total, 9);
        QCOMPARE(preview.toQueue, 2);
        QCOMPARE(preview.noEmail, 1);
        QCOMPARE(preview.doNotContact, 1);
        QCOMPARE(preview.suppressed, 1);
        QCOMPARE(preview.notFound, 1);
        QCOMPARE(preview.alreadyDone, 1);
        QCOMPARE(preview.alreadyPending, 1);
        QCOMPARE(preview.previouslyFailed, 1);
        QCOMPARE(preview.skipped(), 7);

        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        SyncRequester requester(*m_db, outbox, m_clock);
        SyncRequester::Report report;
        QVERIFY2(requester.requestEnrollment(m_campaign, ids, &report, &error), qPrintable(error));
        QCOMPARE(report.queued, preview.toQueue);
        QCOMPARE(report.alreadyQueued,
                 preview.alreadyDone + preview.alreadyPending + preview.previouslyFailed);
        QCOMPARE(int(report.skipped.size()),
                 preview.noEmail + preview.doNotContact + preview.suppressed + preview.notFound);
    }

    void hubspotPreviewQueuesEveryAddressAndCountsWhatIsRefreshed() {
        const QList<qint64> ids = {add(QStringLiteral("a@example.org")), add(QStringLiteral("b@example.org")),
                                   add(QString()), 424'242};
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        SyncRequester requester(*m_db, outbox, m_clock);
        SyncRequester::Report first;
        QVERIFY(requester.requestHubSpotSync({ids.first()}, &first));

        PipelinePreview preview;
        QVERIFY(PipelinePreview::forHubSpot(*m_db, ids, &preview));
        QCOMPARE(preview.total, 4);
        QCOMPARE(preview.toQueue, 2);
        QCOMPARE(preview.alreadyPending, 1); // refreshed with the newest data, still counted as queued
        QCOMPARE(preview.noEmail, 1);
        QCOMPARE(preview.notFound, 1);

        SyncRequester::Report report;
        QVERIFY(requester.requestHubSpotSync(ids, &report));
        QCOMPARE(report.queued, preview.toQueue);
        QCOMPARE(int(report.skipped.size()), preview.skipped());
    }

    void progressCanCancelBetweenChunks() {
        QList<qint64> ids;
        for (int i = 0; i < 1200; ++i)
            ids << i + 1;
        PipelinePreview preview;
        QList<int> seen;
        QString error = QStringLiteral("untouched");
        QVERIFY(!PipelinePreview::forHubSpot(
            *m_db, ids, &preview,
            [&](int processed) {
                seen << processed;
                return processed < 1000;
            },
            &error));
        QCOMPARE(seen, (QList<int>{500, 1000}));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPipelinePreview)
#include "tst_pipelinepreview.moc"
