// Every guardrail stopping its step in a real run against the in-process sandbox: each skip or
// stop is reported with its reason, and the sandbox shows that nothing was written for it.
#include "autopilot/guardrails.h"
#include "autopilot/runplanner.h"
#include "autopilotfixture.h"
#include "sync/suppressionrepository.h"

#include <QTemporaryDir>

using namespace prospector;
using namespace prospector::autopilot;
using prospector::testing::AutopilotFixture;

class TestAutopilotGuardrailRuns : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<AutopilotFixture> fixture(int hot) {
        auto f = std::make_unique<AutopilotFixture>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        if (!f->setUp(&error))
            qFatal("%s", qPrintable(error));
        for (int i = 0; i < hot; ++i)
            f->addHot(QStringLiteral("g%1@example.org").arg(i));
        return f;
    }

    void setTimeZone(AutopilotFixture &f, const QString &email, const QString &zone) {
        QSqlQuery q(f.db.connection());
        q.prepare(QStringLiteral("UPDATE prospects SET time_zone = ? WHERE email = ?"));
        q.addBindValue(zone);
        q.addBindValue(email);
        QVERIFY(q.exec());
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RunReport>(); }

    void minimumScore() {
        auto f = fixture(0);
        for (int i = 0; i < 3; ++i)
            f->addCold(QStringLiteral("c%1@example.org").arg(i));
        QVERIFY(f->configure());
        f->makeService();
        const RunReport r = f->runAndWait();
        QCOMPARE(r.status, runstatus::succeeded);
        QCOMPARE(r.selected, 3);
        QCOMPARE(r.skippedByReason.value(skip::belowMinScore), 3);
        QCOMPARE(r.synced, 0);
        QCOMPARE(r.enrolled, 0);
        QCOMPARE(f->hubspotRequests(), 0);
        QCOMPARE(f->lemlistRequests(), 0);
    }

    void validEmailRequired() {
        auto f = fixture(1);
        QVERIFY(f->addHot(QStringLiteral("not-an-email")) > 0);
        QVERIFY(f->configure());
        f->makeService();
        const RunReport r = f->runAndWait();
        QCOMPARE(r.skippedByReason.value(skip::invalidEmail), 1);
        QCOMPARE(r.synced, 1);
        QCOMPARE(r.enrolled, 1);
        QVERIFY(!f->server.hubspot().contactByEmail(QStringLiteral("not-an-email")));
        QCOMPARE(f->server.hubspot().contacts().records.size(), qsizetype(1));
        QCOMPARE(f->server.lemlist().leads().size(), qsizetype(1));
    }

    void suppressionList() {
        auto f = fixture(2);
        QString error;
        for (int i = 0; i < 2; ++i)
            QVERIFY(sync::SuppressionRepository(f->db).add(QStringLiteral("g%1@example.org").arg(i),
                                                           QStringLiteral("unsubscribed"),
                                                           QStringLiteral("lemlist"), {}, 1, &error));
        QVERIFY(f->configure());
        f->makeService();
        const RunReport r = f->runAndWait();
        QCOMPARE(r.skippedByReason.value(skip::suppressed), 2);
        QCOMPARE(r.synced + r.enrolled, 0);
        QCOMPARE(f->hubspotRequests(), 0);
        QCOMPARE(f->lemlistRequests(), 0);
    }

    void anUnreadableSuppressionListStopsTheStep() {
        auto f = fixture(2);
        QVERIFY(f->configure());
        QSqlQuery q(f->db.connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE suppression")));
        f->makeService();
        const RunReport r = f->runAndWait();
        QCOMPARE(r.status, runstatus::failed);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().contains(QStringLiteral("suppression list")), qPrintable(r.errors.first()));
        QCOMPARE(r.synced + r.enrolled, 0);
        QCOMPARE(f->hubspotRequests(), 0);
        QCOMPARE(f->lemlistRequests(), 0);
    }

    void dailyHubSpotCap() {
        auto f = fixture(3);
        QVERIFY(f->configure([](AutopilotSettings &s) { s.limits.dailyHubSpotCreates = 1; }));
        f->makeService();
        RunReport r = f->runAndWait();
        QCOMPARE(r.synced, 1);
        QCOMPARE(r.enrolled, 1); // only what was synced is enrolled
        QCOMPARE(r.skippedByReason.value(skip::dailyCapReached), 2);
        QCOMPARE(f->server.hubspot().contacts().records.size(), qsizetype(1));
        // The cap is per day across runs: the next run today writes nothing to HubSpot.
        const int before = f->hubspotRequests();
        QSqlQuery q(f->db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE prospects SET stage = 'new' WHERE stage != 'new'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM prospects WHERE id = 1")));
        r = f->runAndWait();
        QCOMPARE(r.synced, 0);
        QCOMPARE(r.skippedByReason.value(skip::dailyCapReached), 2);
        QCOMPARE(f->hubspotRequests(), before);
    }

    void dailyEnrollmentCap() {
        auto f = fixture(3);
        QVERIFY(f->configure([](AutopilotSettings &s) { s.limits.dailyEnrollments = 0; }));
        f->makeService();
        const RunReport r = f->runAndWait();
        QCOMPARE(r.synced, 3);
        QCOMPARE(r.enrolled, 0);
        QCOMPARE(r.skippedByReason.value(skip::dailyCapReached), 3);
        QCOMPARE(f->lemlistRequests(), 0);
    }

    void businessHoursInTheProspectsTimeZone() {
        auto f = fixture(3);
        // Monday 10:00 UTC is 02:00 in Los Angeles and 11:00 in Paris; g2 has no zone (the rep's: UTC).
        // g0's zone came in with an import, as a "Timezone" column kept among the custom fields.
        QSqlQuery q(f->db.connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE prospects SET custom_fields = '{\"Timezone\":\"America/Los_Angeles\"}' "
                           "WHERE email = 'g0@example.org'")));
        setTimeZone(*f, QStringLiteral("g1@example.org"), QStringLiteral("Europe/Paris"));
        QVERIFY(f->configure());
        f->makeService();
        const RunReport r = f->runAndWait();
        QCOMPARE(r.synced, 3);
        QCOMPARE(r.enrolled, 2);
        QCOMPARE(r.skippedByReason.value(skip::outsideBusinessHours), 1);
        QVERIFY(f->server.lemlist().leadsFor(QStringLiteral("g0@example.org")).isEmpty());
        QCOMPARE(f->server.lemlist().leads().size(), qsizetype(2));
        QVERIFY(q.exec(QStringLiteral("SELECT time_zone FROM prospects WHERE email = 'g0@example.org'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("America/Los_Angeles")); // now in its column
    }

    void noEnrollmentOnAWeekend() {
        auto f = fixture(2);
        f->clock.set(f->clock.nowMs() - 2 * 24 * 3600 * 1000); // the Saturday before
        QVERIFY(f->configure());
        f->makeService();
        const RunReport r = f->runAndWait();
        QCOMPARE(r.synced, 2);
        QCOMPARE(r.enrolled, 0);
        QCOMPARE(r.skippedByReason.value(skip::outsideBusinessHours), 2);
        QCOMPARE(f->lemlistRequests(), 0);
    }

    void doNotContactIsSyncedButNeverEnrolled() {
        auto f = fixture(2);
        QSqlQuery q(f->db.connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE prospects SET do_not_contact = 1 WHERE email = 'g0@example.org'")));
        QVERIFY(f->configure());
        f->makeService();
        const RunReport r = f->runAndWait();
        QCOMPARE(r.synced, 2);
        QCOMPARE(r.enrolled, 1);
        QCOMPARE(r.skippedByReason.value(skip::doNotContact), 1);
        QVERIFY(f->server.lemlist().leadsFor(QStringLiteral("g0@example.org")).isEmpty());
    }

    void creditBudgetStopsEnrichment() {
        auto f = fixture(2);
        f->enrichment = &f->countingEnrichment;
        QVERIFY(f->configure([](AutopilotSettings &s) { s.limits.dailyCreditBudget = 0; }));
        AutopilotService &service = f->makeService();
        QSignalSpy problems(&service, &AutopilotControl::problem);
        const RunReport r = f->runAndWait();
        QCOMPARE(r.status, runstatus::succeeded);
        QCOMPARE(r.skippedByReason.value(skip::creditBudgetReached), 2);
        QCOMPARE(r.enriched, 0);
        QCOMPARE(r.creditsUsed, qint64(0));
        QVERIFY2(r.stopReason.contains(QStringLiteral("credit budget")), qPrintable(r.stopReason));
        QCOMPARE(f->countingEnrichment.calls, 0);
        QCOMPARE(f->exploriumRequests(), 0);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().at(0).toString(), QStringLiteral("budget"));
        QCOMPARE(r.synced, 2); // the rest of the run goes on without enrichment
    }

    void dailyEnrichmentCap() {
        auto f = fixture(2);
        f->enrichment = &f->countingEnrichment;
        QVERIFY(f->configure([](AutopilotSettings &s) { s.limits.dailyEnrichments = 0; }));
        f->makeService();
        const RunReport r = f->runAndWait();
        QCOMPARE(r.skippedByReason.value(skip::dailyCapReached), 2);
        QCOMPARE(f->countingEnrichment.calls, 0);
        QCOMPARE(f->exploriumRequests(), 0);
    }

    void creditCostAboveTheThresholdWaitsForApproval() {
        auto f = fixture(3);
        f->enrichment = &f->countingEnrichment;
        QVERIFY(f->configure([](AutopilotSettings &s) { s.limits.approvalCreditThreshold = 5; }));
        f->makeService();
        const RunReport r = f->runAndWait();
        QCOMPARE(r.status, runstatus::awaitingApproval);
        QCOMPARE(r.step, QStringLiteral("enrich"));
        QVERIFY2(r.approvalSummary.contains(QStringLiteral("6 credits")), qPrintable(r.approvalSummary));
        QCOMPARE(f->countingEnrichment.calls, 0);
        QCOMPARE(f->hubspotRequests() + f->lemlistRequests() + f->exploriumRequests(), 0);
    }

    void noCampaignStopsEnrollment() {
        auto f = fixture(1);
        QVERIFY(f->configure([](AutopilotSettings &s) { s.campaignId.clear(); }));
        f->makeService();
        const RunReport r = f->runAndWait();
        QCOMPARE(r.status, runstatus::failed);
        QCOMPARE(r.synced, 1);
        QCOMPARE(r.enrolled, 0);
        QVERIFY(r.errors.first().contains(noCampaignText()));
        QCOMPARE(f->lemlistRequests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAutopilotGuardrailRuns)
#include "tst_autopilotguardrailruns.moc"
