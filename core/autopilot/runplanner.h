#pragma once

#include "autopilot/autopilotsettings.h"
#include "autopilot/guardrails.h"
#include "autopilot/runreport.h"

namespace prospector::storage {
class Database;
}

namespace prospector::autopilot {

// Works out what a run would do: which prospects it selects, which the HubSpot sync and the
// lemlist enrollment would touch and which the guardrails skip, and why. It writes nothing,
// so a dry run is exactly this plan.
class RunPlanner {
public:
    RunPlanner(const storage::Database &database, const AutopilotSettings &settings,
               const Guardrails &guardrails);

    struct Plan {
        RunReport report; // counts are what WOULD happen
        QList<Candidate> toSync;
        QList<Candidate> toEnroll;
        bool needsApproval = false;
    };

    // Candidates: not archived, stage new or enriched (the default autopilot view).
    bool selectCandidates(QList<Candidate> *out, QString *error) const;
    bool plan(qint64 nowMs, Plan *out, QString *error) const;

private:
    const storage::Database &m_database;
    AutopilotSettings m_settings;
    const Guardrails &m_guardrails;
};

} // namespace prospector::autopilot
