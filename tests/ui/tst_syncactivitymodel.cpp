// SyncActivityModel under QAbstractItemModelTester, fed status snapshots the way SyncHost sends
// them (the host is built but not started: no network in this test).
#include "storage/database.h"
#include "sync/synchost.h"
#include "syncactivitymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace prospector;
using ui::SyncActivityModel;

class TestSyncActivityModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;

    static sync::ServiceSyncStatus service(const QString &key) {
        sync::ServiceSyncStatus s;
        s.service = key;
        return s;
    }

    QVariant value(const SyncActivityModel &model, int row, int role) {
        return model.data(model.index(row), role);
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("m.db")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }

    void oneFixedRowPerServiceFollowingTheSnapshots() {
        sync::SyncHost host(*m_db, {});
        SyncActivityModel model(host);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(value(model, 0, SyncActivityModel::ServiceKeyRole).toString(), QStringLiteral("hubspot"));
        QCOMPARE(value(model, 0, SyncActivityModel::NameRole).toString(), QStringLiteral("HubSpot"));
        QCOMPARE(value(model, 2, SyncActivityModel::NameRole).toString(), QStringLiteral("Explorium"));
        QCOMPARE(value(model, 0, SyncActivityModel::ProgressRole).toDouble(), -1.0);
        QVERIFY(!model.running());

        sync::SyncStatus status;
        status.running = true;
        status.online = false;
        auto hubspot = service(QStringLiteral("hubspot"));
        hubspot.queued = 30;
        hubspot.inFlight = 10;
        hubspot.sessionDone = 50;
        hubspot.sessionFailed = 10;
        hubspot.dead = 4;
        hubspot.busy = true;
        hubspot.windowLimit = 100;
        hubspot.windowRemaining = 88;
        hubspot.rateLimitedUntil = 1'700'000'000'000;
        auto lemlist = service(QStringLiteral("lemlist"));
        lemlist.paused = true;
        lemlist.needsToken = true;
        lemlist.pauseKind = QStringLiteral("refused");
        lemlist.pauseReason = QStringLiteral("lemlist rejected the API key");
        auto explorium = service(QStringLiteral("explorium"));
        explorium.creditsUsed = 120;
        explorium.creditsLeft = 380;
        status.services = {hubspot, lemlist, explorium};

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy statusChanged(&model, &SyncActivityModel::statusChanged);
        model.setStatus(status);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(statusChanged.count(), 1);
        QVERIFY(model.running());
        QVERIFY(!model.online());
        QCOMPARE(model.waiting(), 40);
        QCOMPARE(model.deadLetters(), 4);
        QVERIFY(model.busy());
        QCOMPARE(model.pausedCount(), 1);

        QCOMPARE(value(model, 0, SyncActivityModel::QueuedRole).toInt(), 30);
        QCOMPARE(value(model, 0, SyncActivityModel::DoneRole).toInt(), 50);
        QCOMPARE(value(model, 0, SyncActivityModel::FailedRole).toInt(), 4);
        // 60 of this session's 100 operations are behind us (done or failed).
        QCOMPARE(value(model, 0, SyncActivityModel::ProgressRole).toDouble(), 0.6);
        QCOMPARE(value(model, 0, SyncActivityModel::CurrentBatchRole).toInt(), 0);
        QCOMPARE(value(model, 0, SyncActivityModel::WindowRemainingRole).toInt(), 88);
        QCOMPARE(value(model, 0, SyncActivityModel::RateLimitedUntilRole).toDateTime(),
                 QDateTime::fromMSecsSinceEpoch(1'700'000'000'000));
        QVERIFY(!value(model, 0, SyncActivityModel::NextAttemptAtRole).isValid());
        QVERIFY(value(model, 1, SyncActivityModel::PausedRole).toBool());
        QCOMPARE(value(model, 1, SyncActivityModel::PauseKindRole).toString(), QStringLiteral("refused"));
        QCOMPARE(value(model, 2, SyncActivityModel::CreditsLeftRole).toLongLong(), 380);

        // The host's own signal drives it the same way.
        status.online = true;
        Q_EMIT host.statusChanged(status);
        QVERIFY(model.online());
    }

    void everyRoleHasAName() {
        sync::SyncHost host(*m_db, {});
        SyncActivityModel model(host);
        const auto names = model.roleNames();
        QSet<QByteArray> unique;
        for (const QByteArray &name : names)
            unique.insert(name);
        QCOMPARE(unique.size(), names.size());
        QVERIFY(names.contains(SyncActivityModel::CreditsLeftRole));
        QVERIFY(names.contains(SyncActivityModel::PauseKindRole));
    }
};

QTEST_MAIN(TestSyncActivityModel)
#include "tst_syncactivitymodel.moc"
