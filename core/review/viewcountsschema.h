#pragma once

#include "storage/migrator.h"

namespace prospector::review {

// Schema 18 (review): per (archived, stage, effective tier) prospect counts kept by triggers, so
// the sidebar, the dashboard and the table's row count of an unfiltered view are a read of a
// few dozen rows instead of a scan of a million; four indexes nothing needs any more go, and a
// deleted prospect's notes no longer re-index its search row on the way out.
storage::Migration viewCountsSchemaMigration();

// The statements that recompute prospect_counts from prospects (bulk loads that drop the
// triggers, the benchmark generator, a repair). Run them inside a transaction.
QStringList rebuildViewCountsStatements();

} // namespace prospector::review
