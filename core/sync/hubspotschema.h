#pragma once

#include "storage/migrator.h"

namespace prospector::sync {

// Schema 13 (reserved for HubSpot companies, associations and the conflict rule): outbox
// dependencies, the last-synced values per contact, HubSpot companies by domain and the
// conflicts HubSpot won.
storage::Migration hubspotSchemaMigration();

} // namespace prospector::sync
