#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/replyclassifier/replyclassifier.h"
#include "sync/replyrecorder.h"
#include "sync/retryschedule.h"
#include "sync/suppressionrepository.h"
#include "sync/transaction.h"
#include "sync/virtualclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;

class TestReplyRecorder : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    VirtualClock m_clock;
    RetrySchedule m_schedule;
    ReplyClassifier m_classifier;
    int m_counter = 0;

    qint64 addProspect(const QString &email, const QString &stage) {
        storage::ProspectRepository repo(*m_db);
        storage::Prospect p;
        p.email = email;
        p.stage = stage;
        return repo.insert(p);
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void optOutSuppressesAndCancelsQueuedEnrollments() {
        const qint64 id = addProspect(QStringLiteral("ann@x.io"), QStringLiteral("enrolled"));
        OutboxRepository outbox(*m_db, m_clock, m_schedule);
        OutboxOperation enroll;
        enroll.service = QStringLiteral("lemlist");
        enroll.kind = QStringLiteral("enroll_lead");
        enroll.prospectId = id;
        enroll.idempotencyKey =
            IdempotencyKey::lemlistEnroll(QStringLiteral("cam_2"), QStringLiteral("ann@x.io"));
        {
            Transaction tx(m_db->connection());
            QCOMPARE(outbox.enqueue(tx, enroll, OutboxRepository::OnDuplicate::Keep),
                     OutboxRepository::EnqueueResult::Inserted);
            QVERIFY(tx.commit());
        }

        ReplyRecorder recorder(*m_db, m_classifier, m_clock);
        QString error;
        const auto outcome =
            recorder.record({id, QStringLiteral("Ann@X.io"),
                             QStringLiteral("Please remove me from your list."), QStringLiteral("act_1"), 0},
                            &error);
        QVERIFY2(outcome, qPrintable(error));
        QVERIFY(!outcome->duplicate);
        QCOMPARE(outcome->classification.label, ReplyLabel::Negative);
        QVERIFY(outcome->classification.optOut);

        SuppressionRepository suppression(*m_db);
        SuppressionEntry entry;
        QCOMPARE(suppression.check(QStringLiteral("ann@x.io"), &entry),
                 SuppressionRepository::Check::Suppressed);
        QCOMPARE(entry.reason, QStringLiteral("opt_out"));
        QCOMPARE(entry.source, QStringLiteral("reply"));
        QCOMPARE(entry.detail, QStringLiteral("act_1"));

        const auto prospect = storage::ProspectRepository(*m_db).get(id);
        QVERIFY(prospect->doNotContact);
        QCOMPARE(prospect->stage, QStringLiteral("replied"));
        const auto timeline = storage::ActivityRepository(*m_db).forProspect(id);
        QCOMPARE(timeline.size(), 1);
        QCOMPARE(timeline.first().kind, QStringLiteral("reply"));
        QCOMPARE(timeline.first().payload.value(QStringLiteral("label")).toString(),
                 QStringLiteral("negative"));
        QVERIFY(timeline.first().payload.value(QStringLiteral("optOut")).toBool());

        const auto op = outbox.get(enroll.id);
        QCOMPARE(op->state, OutboxState::Dead);
        QCOMPARE(op->failureKind, QStringLiteral("suppressed"));

        // Polling the same activity again changes nothing.
        const auto again =
            recorder.record({id, QStringLiteral("ann@x.io"),
                             QStringLiteral("Please remove me from your list."), QStringLiteral("act_1"), 0});
        QVERIFY(again);
        QVERIFY(again->duplicate);
        QCOMPARE(storage::ActivityRepository(*m_db).forProspect(id).size(), 1);
    }

    void positiveReplyNeverMovesTheStageBackwards() {
        const qint64 enrolled = addProspect(QStringLiteral("a@x.io"), QStringLiteral("enrolled"));
        const qint64 meeting = addProspect(QStringLiteral("b@x.io"), QStringLiteral("meeting"));
        ReplyRecorder recorder(*m_db, m_classifier, m_clock);
        QVERIFY(recorder.record({enrolled, QStringLiteral("a@x.io"),
                                 QStringLiteral("Sounds good, let's talk"), QStringLiteral("act_a"), 0}));
        QVERIFY(recorder.record(
            {meeting, QStringLiteral("b@x.io"), QStringLiteral("Interested!"), QStringLiteral("act_b"), 0}));
        storage::ProspectRepository prospects(*m_db);
        QCOMPARE(prospects.get(enrolled)->stage, QStringLiteral("replied"));
        QCOMPARE(prospects.get(meeting)->stage, QStringLiteral("meeting"));
        QVERIFY(!prospects.get(enrolled)->doNotContact);
        SuppressionRepository suppression(*m_db);
        QCOMPARE(suppression.check(QStringLiteral("a@x.io")), SuppressionRepository::Check::NotSuppressed);
    }

    void suppressionFailsClosedAndKeepsNonManualEntries() {
        SuppressionRepository suppression(*m_db);
        QVERIFY(suppression.add(QStringLiteral("m@x.io"), QStringLiteral("manual"), QStringLiteral("user"),
                                {}, 1));
        QVERIFY(suppression.add(QStringLiteral("b@x.io"), QStringLiteral("bounced"),
                                QStringLiteral("lemlist"), {}, 2));
        // Idempotent; the first reason stays.
        QVERIFY(suppression.add(QStringLiteral("B@x.io"), QStringLiteral("manual"), QStringLiteral("user"),
                                {}, 3));
        SuppressionEntry entry;
        QCOMPARE(suppression.check(QStringLiteral("b@x.io"), &entry),
                 SuppressionRepository::Check::Suppressed);
        QCOMPARE(entry.reason, QStringLiteral("bounced"));
        QCOMPARE(suppression.list().size(), 2);
        QVERIFY(!suppression.add(QStringLiteral("  "), QStringLiteral("manual"), {}, {}, 4));
        QVERIFY(!suppression.removeManual(QStringLiteral("b@x.io")));
        QVERIFY(suppression.removeManual(QStringLiteral("m@x.io")));
        QCOMPARE(suppression.check(QStringLiteral("m@x.io")), SuppressionRepository::Check::NotSuppressed);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE suppression RENAME TO gone")));
        QString error;
        QCOMPARE(suppression.check(QStringLiteral("b@x.io"), nullptr, &error),
                 SuppressionRepository::Check::Error);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReplyRecorder)
#include "tst_replyrecorder.moc"
