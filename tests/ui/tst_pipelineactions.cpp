// PipelineActions on a real database and table model: the preview on the selection or the whole
// view, confirmation, queueing through the engine host's database worker in chunks, Cancel, and
// the enrichment seam the composition root plugs in. The host is not started: nothing is sent.
#include "pagerpagesource.h"
#include "pipelineactions.h"
#include "prospecttablemodel.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/settingsrepository.h"
#include "sync/outboxrepository.h"
#include "sync/synchost.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace prospector;
using ui::PipelineActions;

class TestPipelineActions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<ui::PagerPageSource> m_source;
    std::unique_ptr<ui::ProspectTableModel> m_table;
    std::unique_ptr<sync::SyncHost> m_host;

    // `rows` prospects, every tenth without an e-mail address.
    void seed(int rows) {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.exec(
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                "INSERT INTO prospects (first_name, last_name, email, company_name, created_at, updated_at) "
                "SELECT 'F' || i, 'L' || i, CASE WHEN i % 10 = 0 THEN NULL ELSE 'p' || i || '@example.com' "
                "END, "
                "'Acme', 0, 0 FROM n")
                .arg(rows)));
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
    }

    int outboxRows(const QString &service) {
        sync::SystemClock clock;
        sync::RetrySchedule schedule;
        const auto counts = sync::OutboxRepository(*m_db, clock, schedule).countsByState(service);
        int n = 0;
        for (int c : counts)
            n += c;
        return n;
    }

    void counted() { QTRY_VERIFY_WITH_TIMEOUT(!m_table->counting(), 10'000); }

private Q_SLOTS:
    void init() {
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_source = std::make_unique<ui::PagerPageSource>(*m_db);
        m_table = std::make_unique<ui::ProspectTableModel>(*m_source);
        m_host = std::make_unique<sync::SyncHost>(*m_db, sync::SyncHost::Options{});
    }
    void cleanup() {
        m_host.reset();
        m_table.reset();
        m_source.reset();
        m_db.reset();
    }

    void previewsThenQueuesTheWholeViewInChunks() {
        seed(1200);
        m_table->reload();
        counted();
        PipelineActions actions(*m_db, *m_host, *m_table);
        QSignalSpy finished(&actions, &PipelineActions::finished);
        actions.prepare(QStringLiteral("hubspot"), true);
        QCOMPARE(actions.phase(), QStringLiteral("previewing"));
        QTRY_COMPARE_WITH_TIMEOUT(actions.phase(), QStringLiteral("confirming"), 10'000);
        QCOMPARE(actions.preview().value(QStringLiteral("total")).toInt(), 1200);
        QCOMPARE(actions.preview().value(QStringLiteral("toQueue")).toInt(), 1080);
        QCOMPARE(actions.preview().value(QStringLiteral("noEmail")).toInt(), 120);
        QCOMPARE(outboxRows(QStringLiteral("hubspot")), 0);

        actions.confirm();
        QCOMPARE(actions.phase(), QStringLiteral("queueing"));
        QVERIFY(finished.wait(20'000));
        QCOMPARE(actions.phase(), QStringLiteral("idle"));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(finished.first().at(1).toString(),
                 QStringLiteral("Queued 1080 prospect(s) for HubSpot. 120 skipped."));
        QCOMPARE(outboxRows(QStringLiteral("hubspot")), 1080);
    }

    void enrollmentNeedsACampaignAndRemembersIt() {
        seed(5);
        m_table->reload();
        counted();
        m_table->selectAll();
        PipelineActions actions(*m_db, *m_host, *m_table);
        actions.prepare(QStringLiteral("lemlist"), false);
        QTRY_COMPARE_WITH_TIMEOUT(actions.phase(), QStringLiteral("confirming"), 10'000);
        actions.confirm(); // no campaign chosen (and none can be listed: the host is not running)
        QCOMPARE(actions.phase(), QStringLiteral("confirming"));
        QVERIFY(!actions.error().isEmpty());
        QVERIFY(!actions.campaignsError().isEmpty() || actions.campaignsLoading());

        actions.setCampaignId(QStringLiteral("cam_42"));
        QTRY_COMPARE_WITH_TIMEOUT(actions.phase(), QStringLiteral("confirming"), 10'000);
        QCOMPARE(actions.preview().value(QStringLiteral("toQueue")).toInt(), 5);
        QCOMPARE(storage::SettingsRepository(*m_db).value(QStringLiteral("lemlist.lastCampaignId")),
                 QStringLiteral("cam_42"));
        QSignalSpy finished(&actions, &PipelineActions::finished);
        actions.confirm();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(outboxRows(QStringLiteral("lemlist")), 5);

        // A new session starts from the remembered campaign.
        PipelineActions again(*m_db, *m_host, *m_table);
        QCOMPARE(again.campaignId(), QStringLiteral("cam_42"));
    }

    void cancelWhileConfirmingQueuesNothing() {
        seed(3);
        m_table->reload();
        counted();
        m_table->selectAll();
        PipelineActions actions(*m_db, *m_host, *m_table);
        QSignalSpy finished(&actions, &PipelineActions::finished);
        actions.prepare(QStringLiteral("hubspot"), false);
        QTRY_COMPARE_WITH_TIMEOUT(actions.phase(), QStringLiteral("confirming"), 10'000);
        actions.cancel();
        QCOMPARE(actions.phase(), QStringLiteral("idle"));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(outboxRows(QStringLiteral("hubspot")), 0);
    }

    void nothingSelectedSaysSo() {
        seed(3);
        m_table->reload();
        counted();
        PipelineActions actions(*m_db, *m_host, *m_table);
        QSignalSpy finished(&actions, &PipelineActions::finished);
        actions.prepare(QStringLiteral("hubspot"), false);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(actions.phase(), QStringLiteral("idle"));
    }

    void enrichmentPreviewsWithTheRequestersRulesAndWritesNothing() {
        seed(20); // 18 with an address, 2 without (and no LinkedIn URL: nothing to match on)
        m_table->reload();
        counted();
        m_table->selectAll();
        PipelineActions actions(*m_db, *m_host, *m_table);
        actions.prepare(QStringLiteral("enrich"), false);
        QTRY_COMPARE_WITH_TIMEOUT(actions.phase(), QStringLiteral("confirming"), 10'000);
        const QVariantMap preview = actions.preview();
        QCOMPARE(preview.value(QStringLiteral("total")).toInt(), 20);
        QCOMPARE(preview.value(QStringLiteral("toQueue")).toInt(), 18);
        QCOMPARE(preview.value(QStringLiteral("skipped")).toInt(), 2);
        const QVariantList other = preview.value(QStringLiteral("otherReasons")).toList();
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.first().toMap().value(QStringLiteral("count")).toInt(), 2);
        QVERIFY(!other.first().toMap().value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(preview.value(QStringLiteral("creditsLeft")).toLongLong() > 0);
        QCOMPARE(outboxRows(QStringLiteral("explorium")), 0); // the preview was rolled back

        QSignalSpy finished(&actions, &PipelineActions::finished);
        actions.confirm();
        QVERIFY(finished.wait(10'000));
        QVERIFY(finished.first().at(0).toBool());
        // One operation per prospect (the seed has no company domains to enrich as well).
        QCOMPARE(outboxRows(QStringLiteral("explorium")), 18);
    }
};

QTEST_MAIN(TestPipelineActions)
#include "tst_pipelineactions.moc"
