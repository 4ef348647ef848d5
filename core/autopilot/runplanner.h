#pragma once

#include "autopilot/autopilotsettings.h"
#include "autopilot/guardrails.h"
#include "autopilot/runreport.h"

#include <QTimeZone>

namespace prospector::storage {
class Database;
}
namespace prospector::sync {
class Clock;
}

namespace prospector::autopilot {

// What the enrich step may do: which prospects it queues (within the daily cap and the credit
// budget), what that costs, and whether the cost needs the rep's approval.
struct EnrichPlan {
    QList<Candidate> toQueue;
    int cacheHits = 0; // of toQueue, served from the cache: no credits
    qint64 estimatedCredits = 0;
    QMap<QString, int> skipped; // reason key -> count
    bool stopped = false;       // a check could not be made (fails closed): nothing is queued
    QString stopReason;
    bool budgetReached = false; // some prospects were left out for the credit budget
    bool needsApproval = false;
};

// Works out, step by step, what a run does: which prospects it selects, which the enrichment,
// the HubSpot sync and the lemlist enrollment would touch and which the guardrails skip, and
// why. It writes nothing: a dry run is exactly its plan(), and a real run asks it for each
// step's decision with the data as it is when the step starts.
class RunPlanner {
public:
    // `dayStartMs`: local midnight of today in the rep's zone (daily caps and the credit budget).
    RunPlanner(const storage::Database &database, const AutopilotSettings &settings,
               const Guardrails &guardrails, const sync::Clock &clock, qint64 dayStartMs);

    bool selectCandidates(QList<Candidate> *out, QString *error) const;
    // Enrichment for candidates not enriched yet (stage new). Unavailable enrichment stops the step.
    bool planEnrich(const QList<Candidate> &candidates, bool enrichmentAvailable, EnrichPlan *out,
                    QString *error) const;
    StepDecision planSync(const QList<Candidate> &candidates, qint64 nowMs) const;
    StepDecision planEnroll(const QList<Candidate> &candidates, qint64 nowMs) const;
    // Scores the candidates with the saved ICP rules without writing (what the rescore step would
    // give before enrichment changes anything).
    bool rescoreInMemory(QList<Candidate> *candidates, QString *error) const;

    struct Plan {
        RunReport report; // counts are what WOULD happen
        EnrichPlan enrich;
        QList<Candidate> toSync;
        QList<Candidate> toEnroll;
        bool needsApproval = false;
    };
    // The whole run as a dry run reports it.
    bool plan(qint64 nowMs, bool enrichmentAvailable, Plan *out, QString *error) const;
    // plan() now, with today's guardrails in the rep's zone (what `run-once --dry-run` shows).
    static bool dryRun(const storage::Database &database, const AutopilotSettings &settings,
                       const sync::Clock &clock, const QTimeZone &zone, bool enrichmentAvailable, Plan *out,
                       QString *error);

private:
    const storage::Database &m_database;
    AutopilotSettings m_settings;
    const Guardrails &m_guardrails;
    const sync::Clock &m_clock;
    qint64 m_dayStartMs;
};

// Translated texts shared by the planner and the run.
QString enrichmentUnavailableText();
QString noCampaignText();

} // namespace prospector::autopilot
