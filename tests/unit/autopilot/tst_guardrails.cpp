#include "autopilot/guardrails.h"

#include <QtTest>

using namespace prospector::autopilot;

namespace {

qint64 utc(int y, int mo, int d, int h, int mi) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Scriptable lookups: a set of suppressed addresses, per-step usage, and switches to make a
// lookup fail.
class FakeLookups final : public GuardrailLookups {
public:
    QStringList suppressed;
    QMap<GuardedStep, int> used;
    bool suppressionFails = false;
    bool usageFails = false;

    Answer isSuppressed(const QString &email, QString *error) const override {
        if (suppressionFails) {
            *error = QStringLiteral("disk I/O error");
            return Answer::Error;
        }
        return suppressed.contains(email) ? Answer::Yes : Answer::No;
    }
    bool usedToday(GuardedStep step, int *count, QString *error) const override {
        if (usageFails) {
            *error = QStringLiteral("database is locked");
            return false;
        }
        *count = used.value(step, 0);
        return true;
    }
};

Candidate candidate(qint64 id, std::optional<int> score, const QString &email = {},
                    const QString &zone = {}) {
    Candidate c;
    c.prospectId = id;
    c.email = email.isEmpty() ? QStringLiteral("p%1@acme.io").arg(id) : email;
    c.score = score;
    c.timeZoneId = zone;
    return c;
}

// Monday 2026-11-23 10:00 UTC: inside 9-17 in UTC.
const qint64 kMondayMorning = utc(2026, 11, 23, 10, 0);

} // namespace

class TestGuardrails : public QObject {
    Q_OBJECT

    FakeLookups m_lookups;
    GuardrailLimits m_limits;

    Guardrails guardrails() const { return Guardrails(m_limits, m_lookups, QTimeZone::utc()); }

private Q_SLOTS:
    void init() {
        m_lookups = FakeLookups{};
        m_limits = GuardrailLimits{};
        m_limits.minScore = 60;
    }

    void minScoreInvalidEmailAndSuppressionSkipWithReasons() {
        m_lookups.suppressed = {QStringLiteral("gone@acme.io")};
        const QList<Candidate> in = {candidate(1, 80), candidate(2, 59), candidate(3, std::nullopt),
                                     candidate(4, 90, QStringLiteral("not-an-email")),
                                     candidate(5, 90, QStringLiteral("gone@acme.io"))};
        const StepDecision d = guardrails().evaluate(GuardedStep::SyncHubSpot, in, kMondayMorning);
        QVERIFY(!d.stopped);
        QCOMPARE(d.allowed.size(), 1);
        QCOMPARE(d.allowed.first().prospectId, qint64(1));
        QCOMPARE(d.skipped.value(skip::belowMinScore), 2); // 59 and no score at all
        QCOMPARE(d.skipped.value(skip::invalidEmail), 1);
        QCOMPARE(d.skipped.value(skip::suppressed), 1);
    }

    void dailyCapCountsEarlierRuns() {
        m_limits.dailyHubSpotCreates = 5;
        m_lookups.used[GuardedStep::SyncHubSpot] = 3;
        const QList<Candidate> in = {candidate(1, 80), candidate(2, 80), candidate(3, 80), candidate(4, 80)};
        const StepDecision d = guardrails().evaluate(GuardedStep::SyncHubSpot, in, kMondayMorning);
        QCOMPARE(d.allowed.size(), 2);
        QCOMPARE(d.skipped.value(skip::dailyCapReached), 2);
    }

    void enrichmentCapIgnoresContactRules() {
        m_limits.dailyEnrichments = 1;
        const QList<Candidate> in = {candidate(1, 10, QStringLiteral("bad")), candidate(2, 10)};
        const StepDecision d = guardrails().evaluate(GuardedStep::Enrich, in, kMondayMorning);
        QCOMPARE(d.allowed.size(), 1);
        QCOMPARE(d.skipped.value(skip::dailyCapReached), 1);
    }

    void suppressionErrorStopsTheStep() {
        m_lookups.suppressionFails = true;
        const StepDecision d = guardrails().evaluate(GuardedStep::Enroll, {candidate(1, 80)}, kMondayMorning);
        QVERIFY(d.stopped);
        QVERIFY(d.allowed.isEmpty());
        QVERIFY(d.stopReason.contains(QStringLiteral("disk I/O error")));
    }

    void usageErrorStopsTheStep() {
        m_lookups.usageFails = true;
        for (GuardedStep step : {GuardedStep::Enrich, GuardedStep::SyncHubSpot, GuardedStep::Enroll}) {
            const StepDecision d = guardrails().evaluate(step, {candidate(1, 80)}, kMondayMorning);
            QVERIFY(d.stopped);
            QVERIFY(d.allowed.isEmpty());
        }
    }

    void businessHoursUseTheProspectsZone() {
        // 10:00 UTC is 02:00 in Los Angeles and 11:00 in Berlin.
        const QList<Candidate> in = {candidate(1, 80, {}, QStringLiteral("America/Los_Angeles")),
                                     candidate(2, 80, {}, QStringLiteral("Europe/Berlin")),
                                     candidate(3, 80, {}, QStringLiteral("Not/AZone"))};
        const StepDecision d = guardrails().evaluate(GuardedStep::Enroll, in, kMondayMorning);
        QCOMPARE(d.allowed.size(), 2);
        QCOMPARE(d.allowed.at(0).prospectId, qint64(2));
        QCOMPARE(d.allowed.at(1).prospectId, qint64(3)); // unknown zone: the rep's default (UTC here)
        QCOMPARE(d.skipped.value(skip::outsideBusinessHours), 1);
        // Business hours do not apply to HubSpot syncs.
        QCOMPARE(guardrails().evaluate(GuardedStep::SyncHubSpot, in, kMondayMorning).allowed.size(), 3);
    }

    void weekendIsOutsideBusinessHours() {
        const StepDecision d =
            guardrails().evaluate(GuardedStep::Enroll, {candidate(1, 80)}, utc(2026, 11, 28, 10, 0));
        QVERIFY(d.allowed.isEmpty());
        QCOMPARE(d.skipped.value(skip::outsideBusinessHours), 1);
    }

    void businessDaysAndTheSwitchAreHonoured() {
        const qint64 saturday = utc(2026, 11, 28, 10, 0);
        m_limits.businessDays = {1, 2, 3, 4, 5, 6};
        QCOMPARE(guardrails().evaluate(GuardedStep::Enroll, {candidate(1, 80)}, saturday).allowed.size(), 1);
        m_limits.businessDays = workingWeekdays();
        QCOMPARE(guardrails().evaluate(GuardedStep::Enroll, {candidate(1, 80)}, saturday).allowed.size(), 0);
        // Outside the hours on a weekday too, until the window is switched off.
        const qint64 night = utc(2026, 11, 23, 22, 0);
        QCOMPARE(guardrails().evaluate(GuardedStep::Enroll, {candidate(1, 80)}, night).allowed.size(), 0);
        m_limits.businessHoursOnly = false;
        QCOMPARE(guardrails().evaluate(GuardedStep::Enroll, {candidate(1, 80)}, night).allowed.size(), 1);
        QCOMPARE(guardrails().evaluate(GuardedStep::Enroll, {candidate(1, 80)}, saturday).allowed.size(), 1);
    }

    void doNotContactIsNeverEnrolledButStillSynced() {
        Candidate flagged = candidate(1, 80);
        flagged.doNotContact = true;
        const StepDecision enroll =
            guardrails().evaluate(GuardedStep::Enroll, {flagged, candidate(2, 80)}, kMondayMorning);
        QCOMPARE(enroll.allowed.size(), 1);
        QCOMPARE(enroll.allowed.first().prospectId, qint64(2));
        QCOMPARE(enroll.skipped.value(skip::doNotContact), 1);
        QCOMPARE(guardrails().evaluate(GuardedStep::SyncHubSpot, {flagged}, kMondayMorning).allowed.size(),
                 1);
    }

    void moreThanThresholdEnrollmentsNeedApproval() {
        m_limits.dailyEnrollments = 100;
        QList<Candidate> in;
        for (int i = 1; i <= 10; ++i)
            in.append(candidate(i, 80));
        QVERIFY(!guardrails().evaluate(GuardedStep::Enroll, in, kMondayMorning).needsApproval);
        in.append(candidate(11, 80));
        QVERIFY(guardrails().evaluate(GuardedStep::Enroll, in, kMondayMorning).needsApproval);
        // The threshold is about enrollments only.
        QVERIFY(!guardrails().evaluate(GuardedStep::SyncHubSpot, in, kMondayMorning).needsApproval);
    }
};

QTEST_GUILESS_MAIN(TestGuardrails)
#include "tst_guardrails.moc"
