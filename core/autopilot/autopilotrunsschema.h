#pragma once

#include "storage/migrator.h"

namespace prospector::autopilot {

// Schema 15 (reserved for autopilot): resumable runs (step, frozen selection, per-step plans,
// approval), the full report, the audit link from each run to the outbox operations it queued,
// and the prospect's time zone for the business-hours guardrail.
storage::Migration autopilotRunsMigration();

} // namespace prospector::autopilot
