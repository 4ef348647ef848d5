#include "autopilot/stepplanner.h"

#include "autopilot/prospectsource.h"
#include "autopilot/runaudit.h"
#include "autopilot/runreportbuilder.h"
#include "autopilot/runstep.h"
#include "sync/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace prospector::autopilot {

namespace {

const auto kAllowed = QStringLiteral("allowed");
const auto kSkipped = QStringLiteral("skipped");

QJsonArray idsOf(const QList<Candidate> &candidates) {
    QJsonArray array;
    for (const Candidate &c : candidates)
        array.append(c.prospectId);
    return array;
}

QJsonObject skipsToJson(const QMap<QString, int> &skips) {
    QJsonObject o;
    for (auto it = skips.cbegin(); it != skips.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

qint64 dayStartMs(const sync::Clock &clock, const QTimeZone &zone) {
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), zone).date();
    return QDateTime(today, QTime(0, 0), zone).toMSecsSinceEpoch();
}

StepPlanner::StepPlanner(const storage::Database &database, const AutopilotSettings &settings,
                         const sync::Clock &clock, const QTimeZone &zone, const RunAudit &audit)
    : m_database(database)
    , m_settings(settings)
    , m_clock(clock)
    , m_audit(audit)
    , m_lookups(database, dayStartMs(clock, zone))
    , m_guardrails(settings.limits, m_lookups, zone)
    , m_planner(database, settings, m_guardrails, clock, dayStartMs(clock, zone)) {}

bool StepPlanner::plan(const QString &step, const RunState &state, bool enrichmentAvailable, Result *out,
                       QString *error) const {
    *out = Result{};
    return step == runstep::enrich ? planEnrich(state, enrichmentAvailable, out, error)
                                   : planContacts(step, state, out, error);
}

bool StepPlanner::planEnrich(const RunState &state, bool enrichmentAvailable, Result *out,
                             QString *error) const {
    QList<Candidate> candidates;
    EnrichPlan enrich;
    if (!ProspectSource(m_database).candidates(state.selection, &candidates, error) ||
        !m_planner.planEnrich(candidates, enrichmentAvailable, &enrich, error))
        return false;
    out->plan.insert(kAllowed, idsOf(enrich.toQueue));
    out->plan.insert(kSkipped, skipsToJson(enrich.skipped));
    out->plan.insert(QStringLiteral("estimatedCredits"), enrich.estimatedCredits);
    // Unavailable enrichment is a note; a check that could not be made is an error.
    if (enrich.stopped)
        out->plan.insert(enrichmentAvailable ? QStringLiteral("error") : QStringLiteral("stopReason"),
                         enrich.stopReason);
    if (enrich.budgetReached) {
        // A local: lupdate's parser loops on a qualified name inside translate()'s arguments.
        const int leftOut = enrich.skipped.value(skip::creditBudgetReached);
        out->budgetNote = QCoreApplication::translate(
            "Autopilot", "The daily Explorium credit budget is reached; %n prospect(s) were not enriched.",
            nullptr, leftOut);
        out->plan.insert(QStringLiteral("stopReason"), out->budgetNote);
    }
    if (enrich.needsApproval && !enrich.toQueue.isEmpty())
        out->approvalSummary = enrichApprovalSummary(int(enrich.toQueue.size()), enrich.estimatedCredits,
                                                     m_settings.limits.approvalCreditThreshold);
    return true;
}

bool StepPlanner::planContacts(const QString &step, const RunState &state, Result *out,
                               QString *error) const {
    QMap<QString, int> skips;
    QList<qint64> base = state.selection;
    if (step == runstep::enroll && m_settings.steps.syncHubSpot) {
        // Only prospects this run synced to HubSpot (the system of record) are enrolled.
        QSet<qint64> synced;
        if (!m_audit.succeeded(state.id, runstep::sync, &synced, error))
            return false;
        base.clear();
        for (const QJsonValue &id : state.steps.value(runstep::sync).toObject().value(kAllowed).toArray()) {
            if (synced.contains(id.toInteger()))
                base.append(id.toInteger());
            else
                ++skips[skip::notSynced];
        }
    }
    QList<Candidate> candidates;
    if (!ProspectSource(m_database).candidates(base, &candidates, error))
        return false;
    const qint64 now = m_clock.nowMs();
    const StepDecision d =
        step == runstep::sync ? m_planner.planSync(candidates, now) : m_planner.planEnroll(candidates, now);
    for (auto it = d.skipped.cbegin(); it != d.skipped.cend(); ++it)
        skips[it.key()] += it.value();
    out->plan.insert(kAllowed, idsOf(d.allowed));
    out->plan.insert(kSkipped, skipsToJson(skips));
    if (d.stopped)
        out->plan.insert(QStringLiteral("error"), d.stopReason);
    if (d.needsApproval && !d.allowed.isEmpty())
        out->approvalSummary = enrollApprovalSummary(
            d.allowed, m_settings.campaignName.isEmpty() ? m_settings.campaignId : m_settings.campaignName);
    return true;
}

} // namespace prospector::autopilot
