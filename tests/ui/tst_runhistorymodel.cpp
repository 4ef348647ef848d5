// Autopilot's run history model over the AutopilotControl test double, under
// QAbstractItemModelTester: rows newest first, every report field, reloads on run signals.
#include "fakeautopilotcontrol.h"
#include "runhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using prospector::ui::RunHistoryModel;

class TestRunHistoryModel : public QObject {
    Q_OBJECT

    static QVariant value(const RunHistoryModel &model, int row, RunHistoryModel::Role role) {
        return model.data(model.index(row), role);
    }

private Q_SLOTS:
    void followsTheRunsNewestFirst() {
        FakeAutopilotControl control;
        RunHistoryModel model(control);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &RunHistoryModel::countChanged);
        QCOMPARE(model.rowCount(), 0);

        control.finishRun({{QStringLiteral("id"), 1},
                           {QStringLiteral("selected"), 40},
                           {QStringLiteral("synced"), 12},
                           {QStringLiteral("enrolled"), 9},
                           {QStringLiteral("durationMs"), 125000},
                           {QStringLiteral("skipped"), QVariantMap{{QStringLiteral("below_min_score"), 15},
                                                                   {QStringLiteral("suppressed"), 2},
                                                                   {QStringLiteral("daily_cap_reached"), 4}}},
                           {QStringLiteral("errors"), QStringList{QStringLiteral("lemlist timed out")}}});
        control.finishRun(
            {{QStringLiteral("id"), 2}, {QStringLiteral("dryRun"), true}, {QStringLiteral("selected"), 3}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(count.size(), 2);

        QCOMPARE(value(model, 0, RunHistoryModel::RunIdRole).toLongLong(), 2);
        QCOMPARE(value(model, 0, RunHistoryModel::DryRunRole).toBool(), true);
        QCOMPARE(value(model, 1, RunHistoryModel::RunIdRole).toLongLong(), 1);
        QCOMPARE(value(model, 1, RunHistoryModel::SelectedRole).toInt(), 40);
        QCOMPARE(value(model, 1, RunHistoryModel::SyncedRole).toInt(), 12);
        QCOMPARE(value(model, 1, RunHistoryModel::EnrolledRole).toInt(), 9);
        QCOMPARE(value(model, 1, RunHistoryModel::SkippedRole).toInt(), 21);
        QCOMPARE(value(model, 1, RunHistoryModel::StatusTextRole).toString(), QStringLiteral("finished"));
        QCOMPARE(value(model, 1, RunHistoryModel::DurationRole).toString(), QStringLiteral("2 min 5 s"));
        QCOMPARE(value(model, 1, RunHistoryModel::ErrorsRole).toStringList(),
                 QStringList{QStringLiteral("lemlist timed out")});

        // Reasons, largest first, each with its words.
        const QVariantList reasons = value(model, 1, RunHistoryModel::SkippedReasonsRole).toList();
        QCOMPARE(reasons.size(), 3);
        QCOMPARE(reasons.at(0).toMap().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("below_min_score"));
        QCOMPARE(reasons.at(0).toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("score below the minimum"));
        QCOMPARE(reasons.at(0).toMap().value(QStringLiteral("count")).toInt(), 15);
        QCOMPARE(reasons.at(1).toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("daily cap reached"));
        QCOMPARE(reasons.at(2).toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("on the suppression list"));

        // A run that waits shows as such; the same run finishing replaces its row.
        control.requestApproval(3, QStringLiteral("summary"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(value(model, 0, RunHistoryModel::StatusTextRole).toString(),
                 QStringLiteral("waiting for approval"));
        control.finishRun({{QStringLiteral("id"), 3}, {QStringLiteral("status"), QStringLiteral("failed")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(value(model, 0, RunHistoryModel::StatusRole).toString(), QStringLiteral("failed"));
    }

    void keepsTheLastFiftyRuns() {
        FakeAutopilotControl control;
        for (int id = 1; id <= 60; ++id)
            control.finishRun({{QStringLiteral("id"), id}});
        RunHistoryModel model(control);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), RunHistoryModel::kLimit);
        QCOMPARE(value(model, 0, RunHistoryModel::RunIdRole).toLongLong(), 60);
    }
};

QTEST_GUILESS_MAIN(TestRunHistoryModel)
#include "tst_runhistorymodel.moc"
