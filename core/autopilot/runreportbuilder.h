#pragma once

#include "autopilot/autopilotrunrepository.h"
#include "autopilot/guardrails.h"
#include "autopilot/runreport.h"

namespace prospector::autopilot {

class RunAudit;

// Builds a run's report from what is persisted (the step plans in RunState and the audit
// trail with the outbox states), so a resumed run reports everything it did, before and after
// the interruption, and nothing twice.
class RunReportBuilder {
public:
    explicit RunReportBuilder(const RunAudit &audit);
    bool build(const RunState &state, const QString &status, RunReport *out, QString *error) const;

private:
    const RunAudit &m_audit;
};

// Plain-text summaries the rep approves (translated). `names` are the first prospects.
QString enrollApprovalSummary(const QList<Candidate> &toEnroll, const QString &campaignName);
QString enrichApprovalSummary(int prospects, qint64 credits, int threshold);

} // namespace prospector::autopilot
