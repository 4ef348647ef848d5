#pragma once

#include "storage/migrator.h"

namespace prospector::review {

// Schema 19: the search index gains prefix indexes for 4 and 5 characters.
storage::Migration searchPrefixSchemaMigration();

} // namespace prospector::review
