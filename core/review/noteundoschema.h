#pragma once

#include "storage/migrator.h"

namespace prospector::review {

// Schema 11 (review): note edits become undoable, so undo_actions accepts a 'notes' kind.
storage::Migration noteUndoSchemaMigration();

} // namespace prospector::review
