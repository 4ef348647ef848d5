#pragma once

#include "autopilot/autopilotrunrepository.h"
#include "autopilot/autopilotsettings.h"
#include "autopilot/databaselookups.h"
#include "autopilot/guardrails.h"
#include "autopilot/runplanner.h"

#include <QJsonObject>
#include <QTimeZone>

namespace prospector::storage {
class Database;
}
namespace prospector::sync {
class Clock;
}

namespace prospector::autopilot {

class RunAudit;

// Decides what a batch step of a real run may do, when the step starts and with the data as it
// is then (scores after the rescore, this run's HubSpot results, today's usage): the plan the
// run persists and then works through. Same guardrails and planner as a dry run.
class StepPlanner {
public:
    StepPlanner(const storage::Database &database, const AutopilotSettings &settings,
                const sync::Clock &clock, const QTimeZone &zone, const RunAudit &audit);

    struct Result {
        QJsonObject plan;        // allowed (prospect ids), skipped (reason -> count), stopReason, error
        QString approvalSummary; // set when the step must wait for the rep
        QString budgetNote;      // set when the credit budget left prospects out
    };
    bool plan(const QString &step, const RunState &state, bool enrichmentAvailable, Result *out,
              QString *error) const;

    // Today's guardrails, for checks made again when a batch is queued (business hours).
    const Guardrails &guardrails() const { return m_guardrails; }

private:
    bool planEnrich(const RunState &state, bool enrichmentAvailable, Result *out, QString *error) const;
    bool planContacts(const QString &step, const RunState &state, Result *out, QString *error) const;

    const storage::Database &m_database;
    const AutopilotSettings &m_settings;
    const sync::Clock &m_clock;
    const RunAudit &m_audit;
    DatabaseLookups m_lookups;
    Guardrails m_guardrails;
    RunPlanner m_planner;
};

// Local midnight of the clock's day in `zone`: where daily caps and the credit budget start.
qint64 dayStartMs(const sync::Clock &clock, const QTimeZone &zone);

} // namespace prospector::autopilot
