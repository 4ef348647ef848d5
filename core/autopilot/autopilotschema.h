#pragma once

#include "storage/migrator.h"

namespace prospector::autopilot {

// Schema 6 (reserved for autopilot): the run history that doubles as the single-run lock.
storage::Migration autopilotSchemaMigration();

} // namespace prospector::autopilot
