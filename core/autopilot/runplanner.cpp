#include "autopilot/runplanner.h"

#include "autopilot/databaselookups.h"
#include "autopilot/prospectsource.h"
#include "autopilot/stepplanner.h"
#include "scoring/prospectscorer.h"
#include "scoring/scoringsettings.h"
#include "storage/prospectrepository.h"
#include "sync/clock.h"
#include "sync/creditbudget.h"
#include "sync/creditledger.h"
#include "sync/enrichmentcache.h"
#include "sync/enrichmentplanner.h"
#include "sync/enrichmentsettings.h"

#include <QCoreApplication>
#include <QSet>

namespace prospector::autopilot {

QString enrichmentUnavailableText() {
    return QCoreApplication::translate("Autopilot", "Enrichment is not available in this version.");
}

QString noCampaignText() {
    return QCoreApplication::translate("Autopilot", "No lemlist campaign is chosen for autopilot.");
}

RunPlanner::RunPlanner(const storage::Database &database, const AutopilotSettings &settings,
                       const Guardrails &guardrails, const sync::Clock &clock, qint64 dayStartMs)
    : m_database(database)
    , m_settings(settings)
    , m_guardrails(guardrails)
    , m_clock(clock)
    , m_dayStartMs(dayStartMs) {}

bool RunPlanner::selectCandidates(QList<Candidate> *out, QString *error) const {
    const ProspectSource source(m_database);
    QList<qint64> ids;
    return source.select(m_settings.selection, m_settings.limits.minScore, &ids, error) &&
           source.candidates(ids, out, error);
}

bool RunPlanner::planEnrich(const QList<Candidate> &candidates, bool enrichmentAvailable, EnrichPlan *out,
                            QString *error) const {
    *out = EnrichPlan{};
    QList<Candidate> fresh;
    for (const Candidate &c : candidates)
        if (c.stage == QLatin1String("new"))
            fresh.append(c);
    if (fresh.isEmpty())
        return true;
    if (!enrichmentAvailable) {
        out->stopped = true;
        out->stopReason = enrichmentUnavailableText();
        return true;
    }
    const StepDecision capped = m_guardrails.evaluate(GuardedStep::Enrich, fresh, m_clock.nowMs());
    out->skipped = capped.skipped;
    if (capped.stopped) {
        out->stopped = true;
        out->stopReason = capped.stopReason;
        return true;
    }
    // The budget is autopilot's own per day; Explorium's account budget is enforced by the drain.
    const sync::CreditLedger ledger(m_database, m_clock);
    const sync::CreditBudget budget(ledger, m_clock, QStringLiteral("explorium"),
                                    m_settings.limits.dailyCreditBudget,
                                    qMax<qint64>(1, m_clock.nowMs() - m_dayStartMs));
    QString settingsError;
    const auto enrichment = sync::EnrichmentSettings::load(m_database, &settingsError);
    if (!enrichment) {
        out->stopped = true;
        out->stopReason = settingsError;
        return true;
    }
    const sync::EnrichmentCosts costs{enrichment->contactCost(),
                                      sync::EnrichmentSettings::kFirmographicsCost};
    const sync::EnrichmentCache cache(m_database, m_clock);
    QList<sync::EnrichmentTarget> targets;
    for (const Candidate &c : capped.allowed)
        targets.append({c.prospectId, c.email, c.domain});
    QString planError;
    const auto plan = sync::EnrichmentPlanner(cache, budget, costs).plan(targets, false, &planError);
    if (!plan) {
        out->stopped = true;
        out->stopReason =
            QCoreApplication::translate("Autopilot", "Could not check the credit budget: %1").arg(planError);
        return true;
    }
    QSet<qint64> overBudget;
    for (const sync::EnrichmentTarget &t : plan->skippedForBudget)
        overBudget.insert(t.prospectId);
    QSet<qint64> hits;
    for (const sync::EnrichmentTarget &t : plan->contactCacheHits)
        hits.insert(t.prospectId);
    for (const Candidate &c : capped.allowed) {
        if (overBudget.contains(c.prospectId)) {
            ++out->skipped[skip::creditBudgetReached];
            continue;
        }
        out->toQueue.append(c);
        if (hits.contains(c.prospectId))
            ++out->cacheHits;
    }
    out->estimatedCredits = plan->estimatedCredits;
    out->budgetReached = plan->budgetReached;
    out->needsApproval = plan->estimatedCredits > m_settings.limits.approvalCreditThreshold;
    Q_UNUSED(error);
    return true;
}

StepDecision RunPlanner::planSync(const QList<Candidate> &candidates, qint64 nowMs) const {
    return m_guardrails.evaluate(GuardedStep::SyncHubSpot, candidates, nowMs);
}

StepDecision RunPlanner::planEnroll(const QList<Candidate> &candidates, qint64 nowMs) const {
    if (m_settings.campaignId.isEmpty()) {
        StepDecision d;
        d.stopped = true;
        d.stopReason = noCampaignText();
        return d;
    }
    return m_guardrails.evaluate(GuardedStep::Enroll, candidates, nowMs);
}

bool RunPlanner::rescoreInMemory(QList<Candidate> *candidates, QString *error) const {
    scoring::RuleSet rules;
    if (!scoring::ScoringSettings(m_database).load(&rules, error))
        return false;
    const scoring::ProspectScorer scorer(rules);
    const storage::ProspectRepository prospects(m_database);
    for (Candidate &c : *candidates) {
        QString readError;
        const auto p = prospects.get(c.prospectId, &readError);
        if (!p) {
            if (!readError.isEmpty()) {
                *error = readError;
                return false;
            }
            continue;
        }
        c.score = scorer.score(*p).score;
    }
    return true;
}

bool RunPlanner::plan(qint64 nowMs, bool enrichmentAvailable, Plan *out, QString *error) const {
    Plan p;
    QList<Candidate> candidates;
    if (!selectCandidates(&candidates, error))
        return false;
    p.report.selected = int(candidates.size());

    if (m_settings.steps.enrich) {
        if (!planEnrich(candidates, enrichmentAvailable, &p.enrich, error))
            return false;
        p.report.addSkips(p.enrich.skipped);
        if (p.enrich.stopped)
            p.report.stopReason = p.enrich.stopReason;
        p.report.enriched = int(p.enrich.toQueue.size());
        p.report.cacheHits = p.enrich.cacheHits;
        p.report.creditsUsed = p.enrich.estimatedCredits;
        p.needsApproval = p.enrich.needsApproval;
    }
    if (m_settings.steps.rescore && !rescoreInMemory(&candidates, error))
        return false;

    // Enrollment follows the sync: a prospect the sync step skipped is not enrolled either.
    QList<Candidate> enrollCandidates = candidates;
    if (m_settings.steps.syncHubSpot) {
        const StepDecision sync = planSync(candidates, nowMs);
        p.report.addSkips(sync.skipped);
        if (sync.stopped)
            p.report.errors.append(sync.stopReason);
        p.toSync = sync.allowed;
        enrollCandidates = sync.allowed;
    }
    if (m_settings.steps.enroll) {
        const StepDecision enroll = planEnroll(enrollCandidates, nowMs);
        // Sync survivors already passed score, email and suppression, so these skips are the
        // enrollment-only reasons (do not contact, business hours, the enrollment cap).
        p.report.addSkips(enroll.skipped);
        if (enroll.stopped)
            p.report.errors.append(enroll.stopReason);
        p.toEnroll = enroll.allowed;
        p.needsApproval = p.needsApproval || enroll.needsApproval;
    }
    p.report.synced = int(p.toSync.size());
    p.report.enrolled = int(p.toEnroll.size());
    p.report.status = !p.report.errors.isEmpty() ? runstatus::failed
                      : p.needsApproval          ? runstatus::awaitingApproval
                                                 : runstatus::succeeded;
    *out = p;
    return true;
}

bool RunPlanner::dryRun(const storage::Database &database, const AutopilotSettings &settings,
                        const sync::Clock &clock, const QTimeZone &zone, bool enrichmentAvailable, Plan *out,
                        QString *error) {
    const qint64 dayStart = dayStartMs(clock, zone);
    const DatabaseLookups lookups(database, dayStart);
    const Guardrails guardrails(settings.limits, lookups, zone);
    return RunPlanner(database, settings, guardrails, clock, dayStart)
        .plan(clock.nowMs(), enrichmentAvailable, out, error);
}

} // namespace prospector::autopilot
