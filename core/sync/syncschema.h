#pragma once

#include "storage/migrator.h"

namespace prospector::sync {

// Schema 5 (reserved for the sync area): the durable outbox and what the pipeline engine keeps
// between runs (enrichment cache, credit ledger, polling cursors, suppression list).
storage::Migration syncSchemaMigration();

} // namespace prospector::sync
