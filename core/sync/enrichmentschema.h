#pragma once

#include "storage/migrator.h"

namespace prospector::sync {

// Schema 12 (enrichment): what enrichment found per prospect, and the paid Explorium calls whose
// outcome must be known before anything they covered is sent again.
storage::Migration enrichmentSchemaMigration();

} // namespace prospector::sync
