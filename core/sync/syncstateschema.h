#pragma once

#include "storage/migrator.h"

namespace prospector::sync {

// Schema 14: prospects.sync_state follows the HubSpot contact operation through every path that
// changes it (drains, dead-letter retry and discard, crash recovery), so the table's "Sync error"
// filter and column mean what they say.
storage::Migration syncStateSchemaMigration();

} // namespace prospector::sync
