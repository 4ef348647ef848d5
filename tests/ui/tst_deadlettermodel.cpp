// DeadLetterModel under QAbstractItemModelTester on a real outbox: the list, Retry, Discard and
// Edit and retry going through the engine host's database worker (the host is not started: no
// network here, only the outbox changes are asserted).
#include "deadlettermodel.h"
#include "review/prospecteditor.h"
#include "review/undostack.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/idempotencykey.h"
#include "sync/outboxrepository.h"
#include "sync/synchost.h"
#include "sync/syncrequester.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace prospector;
using ui::DeadLetterModel;

class TestDeadLetterModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<storage::Database> m_db;
    sync::SystemClock m_clock;
    sync::RetrySchedule m_schedule;

    qint64 add(const QString &first, const QString &email) {
        storage::Prospect p;
        p.firstName = first;
        p.lastName = QStringLiteral("Dead");
        p.email = email;
        return storage::ProspectRepository(*m_db).insert(p);
    }

    // An enrollment the service refused for good, as the drain leaves it.
    qint64 dead(qint64 prospectId, const QString &kind) {
        sync::OutboxRepository outbox(*m_db, m_clock, m_schedule);
        sync::SyncRequester::Report report;
        if (!sync::SyncRequester(*m_db, outbox, m_clock)
                 .requestEnrollment(QStringLiteral("cam_1"), {prospectId}, &report) ||
            report.operationIds.size() != 1)
            return 0;
        const qint64 id = report.operationIds.first();
        for (const auto &op : outbox.claimDue(QStringLiteral("lemlist"), {}, 100)) {
            if (op.id == id)
                outbox.markDead(op, kind, QStringLiteral("refused: ") + kind);
            else
                outbox.release(op);
        }
        return id;
    }

    QString state(qint64 id) {
        const auto op = sync::OutboxRepository(*m_db, m_clock, m_schedule).get(id);
        return op ? sync::outboxStateName(op->state) : QString();
    }

    int rowOf(const DeadLetterModel &model, qint64 id) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.data(model.index(row), DeadLetterModel::OperationIdRole).toLongLong() == id)
                return row;
        return -1;
    }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void listsRetriesAndDiscards() {
        const qint64 a =
            dead(add(QStringLiteral("Ann"), QStringLiteral("ann@example.org")), QStringLiteral("validation"));
        const qint64 b =
            dead(add(QStringLiteral("Bob"), QStringLiteral("bob@example.org")), QStringLiteral("suppressed"));
        QVERIFY(a > 0 && b > 0);
        review::UndoStack undo(*m_db);
        review::ProspectEditor editor(*m_db, undo);
        sync::SyncHost host(*m_db, {});
        DeadLetterModel model(host, editor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 2);
        const int rowA = rowOf(model, a);
        QCOMPARE(model.data(model.index(rowA), DeadLetterModel::ServiceNameRole).toString(),
                 QStringLiteral("lemlist"));
        QCOMPARE(model.data(model.index(rowA), DeadLetterModel::FailureKindRole).toString(),
                 QStringLiteral("validation"));
        QCOMPARE(model.data(model.index(rowA), DeadLetterModel::ProspectNameRole).toString(),
                 QStringLiteral("Ann Dead"));
        QCOMPARE(model.data(model.index(rowA), DeadLetterModel::CampaignRole).toString(),
                 QStringLiteral("cam_1"));
        QVERIFY(model.data(model.index(rowA), DeadLetterModel::CanRetryRole).toBool());
        QVERIFY(model.data(model.index(rowA), DeadLetterModel::CanEditRole).toBool());
        // A suppressed prospect must not be contacted: no retry on offer.
        QVERIFY(!model.data(model.index(rowOf(model, b)), DeadLetterModel::CanRetryRole).toBool());

        QSignalSpy finished(&model, &DeadLetterModel::finished);
        model.retry(a);
        QVERIFY(finished.wait(10'000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(state(a), QStringLiteral("queued"));
        QCOMPARE(model.count(), 1);

        // Retry all leaves the suppressed one alone: with nothing else left it does nothing at all.
        finished.clear();
        model.retryAll();
        QVERIFY(!model.busy());
        QCOMPARE(finished.count(), 0);
        QCOMPARE(state(b), QStringLiteral("dead"));

        finished.clear();
        model.discard(b);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(state(b), QString());
        QCOMPARE(model.count(), 0);
    }

    void editAndRetryValidatesThenCorrectsTheProspect() {
        const qint64 prospect = add(QStringLiteral("Cy"), QStringLiteral("cy@exmaple.org"));
        const qint64 id = dead(prospect, QStringLiteral("validation"));
        review::UndoStack undo(*m_db);
        review::ProspectEditor editor(*m_db, undo);
        sync::SyncHost host(*m_db, {});
        DeadLetterModel model(host, editor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QVariantMap fields = model.data(model.index(0), DeadLetterModel::FieldsRole).toMap();
        QCOMPARE(fields.value(QStringLiteral("email")).toString(), QStringLiteral("cy@exmaple.org"));

        QVariantMap edited = fields;
        edited.insert(QStringLiteral("email"), QStringLiteral("not an address"));
        const QVariantMap refused = model.editAndRetry(id, edited);
        QVERIFY(refused.contains(QStringLiteral("email")));
        QCOMPARE(storage::ProspectRepository(*m_db).get(prospect)->email, QStringLiteral("cy@exmaple.org"));
        QCOMPARE(state(id), QStringLiteral("dead"));

        QSignalSpy finished(&model, &DeadLetterModel::finished);
        QSignalSpy prospects(&model, &DeadLetterModel::prospectsChanged);
        edited.insert(QStringLiteral("email"), QStringLiteral("cy@example.org"));
        QVERIFY(model.editAndRetry(id, edited).isEmpty());
        QVERIFY(finished.wait(10'000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(prospects.count(), 1);
        QCOMPARE(storage::ProspectRepository(*m_db).get(prospect)->email, QStringLiteral("cy@example.org"));
        QVERIFY(undo.canUndo()); // the correction is an ordinary, undoable edit
        const auto fresh = sync::OutboxRepository(*m_db, m_clock, m_schedule)
                               .findByKey(sync::IdempotencyKey::lemlistEnroll(
                                   QStringLiteral("cam_1"), QStringLiteral("cy@example.org")));
        QVERIFY(fresh);
        QCOMPARE(fresh->state, sync::OutboxState::Queued);
        QCOMPARE(state(id), QString());
        QCOMPARE(model.count(), 0);
    }
};

QTEST_MAIN(TestDeadLetterModel)
#include "tst_deadlettermodel.moc"
