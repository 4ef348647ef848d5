// The audit list of a run (the Autopilot page's "external writes") over the AutopilotControl test
// double, under QAbstractItemModelTester: one run's writes in order, in words, following the run.
#include "fakeautopilotcontrol.h"
#include "runauditmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using prospector::autopilot::AuditEntry;
using prospector::ui::RunAuditModel;

namespace {
AuditEntry entry(qint64 op, const QString &service, const QString &kind, const QString &outcome,
                 const QString &state, const QString &name) {
    AuditEntry e;
    e.runId = 7;
    e.operationId = op;
    e.service = service;
    e.kind = kind;
    e.outcome = outcome;
    e.state = state;
    e.prospectName = name;
    e.idempotencyKey = QStringLiteral("%1:key:%2").arg(service).arg(op);
    return e;
}
} // namespace

class TestRunAuditModel : public QObject {
    Q_OBJECT

    static QVariant value(const RunAuditModel &model, int row, RunAuditModel::Role role) {
        return model.data(model.index(row), role);
    }

private Q_SLOTS:
    void showsOneRunsWritesInWordsAndFollowsThem() {
        FakeAutopilotControl control;
        AuditEntry contact =
            entry(11, QStringLiteral("hubspot"), QStringLiteral("upsert_contact"), QStringLiteral("queued"),
                  QStringLiteral("done"), QStringLiteral("Ada <b>L</b>"));
        contact.result.insert(QStringLiteral("hubspotId"), QStringLiteral("501"));
        AuditEntry lead = entry(12, QStringLiteral("lemlist"), QStringLiteral("enroll_lead"),
                                QStringLiteral("queued"), QStringLiteral("queued"), QString());
        AuditEntry left =
            entry(0, QString(), QString(), QStringLiteral("skipped"), QString(), QStringLiteral("Bob"));
        control.setAudit(7, {contact, left, lead});
        control.setAudit(8, {entry(21, QStringLiteral("hubspot"), QStringLiteral("upsert_contact"),
                                   QStringLiteral("queued"), QStringLiteral("done"), QStringLiteral("Cy"))});

        RunAuditModel model(control);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &RunAuditModel::countChanged);
        QCOMPARE(model.rowCount(), 0);

        model.setRunId(7);
        QCOMPARE(model.rowCount(), 2); // writes only: the prospect left out is not a write
        QCOMPARE(count.size(), 1);
        QCOMPARE(value(model, 0, RunAuditModel::OperationIdRole).toLongLong(), 11);
        QCOMPARE(value(model, 0, RunAuditModel::ServiceRole).toString(), QStringLiteral("HubSpot"));
        QCOMPARE(value(model, 0, RunAuditModel::KindTextRole).toString(),
                 QStringLiteral("create or update the contact"));
        QCOMPARE(value(model, 0, RunAuditModel::ProspectRole).toString(), QStringLiteral("Ada <b>L</b>"));
        QCOMPARE(value(model, 0, RunAuditModel::StateTextRole).toString(), QStringLiteral("done"));
        QCOMPARE(value(model, 0, RunAuditModel::KeyRole).toString(), QStringLiteral("hubspot:key:11"));
        QVERIFY(value(model, 0, RunAuditModel::ResultTextRole).toString().contains(QStringLiteral("501")));
        QCOMPARE(value(model, 1, RunAuditModel::ServiceRole).toString(), QStringLiteral("lemlist"));
        QCOMPARE(value(model, 1, RunAuditModel::StateTextRole).toString(),
                 QStringLiteral("waiting to be sent"));
        QCOMPARE(value(model, 1, RunAuditModel::ProspectRole).toString(),
                 QStringLiteral("(deleted prospect)"));

        // The lead is sent after the run moved on; the list follows when the run reports.
        lead.state = QStringLiteral("dead");
        lead.lastError = QStringLiteral("lemlist said 422");
        control.setAudit(7, {contact, left, lead});
        control.finishRun({{QStringLiteral("id"), 7}});
        QCOMPARE(value(model, 1, RunAuditModel::StateTextRole).toString(),
                 QStringLiteral("failed (see Problems)"));
        QCOMPARE(value(model, 1, RunAuditModel::ResultTextRole).toString(),
                 QStringLiteral("lemlist said 422"));

        model.setRunId(8);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(value(model, 0, RunAuditModel::ProspectRole).toString(), QStringLiteral("Cy"));
        model.setRunId(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestRunAuditModel)
#include "tst_runauditmodel.moc"
