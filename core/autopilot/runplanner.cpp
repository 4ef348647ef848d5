#include "autopilot/runplanner.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace prospector::autopilot {

RunPlanner::RunPlanner(const storage::Database &database, const AutopilotSettings &settings,
                       const Guardrails &guardrails)
    : m_database(database)
    , m_settings(settings)
    , m_guardrails(guardrails) {}

bool RunPlanner::selectCandidates(QList<Candidate> *out, QString *error) const {
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q,
                       QStringLiteral("SELECT id, coalesce(email, ''), score FROM prospects "
                                      "WHERE archived = 0 AND stage IN ('new', 'enriched') ORDER BY id"),
                       {}, error))
        return false;
    out->clear();
    while (q.next()) {
        Candidate c;
        c.prospectId = q.value(0).toLongLong();
        c.email = q.value(1).toString();
        if (!q.value(2).isNull())
            c.score = q.value(2).toInt();
        out->append(c);
    }
    return true;
}

bool RunPlanner::plan(qint64 nowMs, Plan *out, QString *error) const {
    Plan p;
    QList<Candidate> candidates;
    if (!selectCandidates(&candidates, error))
        return false;
    p.report.selected = int(candidates.size());

    // Enrollment follows the sync: a prospect the sync step skipped is not enrolled either.
    QList<Candidate> enrollCandidates = candidates;
    if (m_settings.steps.syncHubSpot) {
        const StepDecision sync = m_guardrails.evaluate(GuardedStep::SyncHubSpot, candidates, nowMs);
        p.report.addSkips(sync.skipped);
        if (sync.stopped)
            p.report.errors.append(sync.stopReason);
        p.toSync = sync.allowed;
        enrollCandidates = sync.allowed;
    }
    if (m_settings.steps.enroll) {
        const StepDecision enroll = m_guardrails.evaluate(GuardedStep::Enroll, enrollCandidates, nowMs);
        // Sync survivors already passed score, email and suppression, so these skips are the
        // enrollment-only reasons (business hours, the enrollment cap).
        p.report.addSkips(enroll.skipped);
        if (enroll.stopped)
            p.report.errors.append(enroll.stopReason);
        p.toEnroll = enroll.allowed;
        p.needsApproval = enroll.needsApproval;
    }
    p.report.synced = int(p.toSync.size());
    p.report.enrolled = int(p.toEnroll.size());
    p.report.status = !p.report.errors.isEmpty() ? runstatus::failed
                      : p.needsApproval          ? runstatus::awaitingApproval
                                                 : runstatus::succeeded;
    *out = p;
    return true;
}

} // namespace prospector::autopilot
