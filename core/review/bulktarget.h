#pragma once

#include "review/prospectquery.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace prospector::review {

// What a bulk action applies to: an explicit selection of ids, or every row of a query
// ("select all" on a filtered view of 100,000 rows without loading the ids into the UI).
struct BulkTarget {
    QList<qint64> ids;
    std::optional<ProspectQuery> query;

    static BulkTarget ofIds(QList<qint64> ids) { return {std::move(ids), std::nullopt}; }
    static BulkTarget ofQuery(ProspectQuery query) { return {{}, std::move(query)}; }
};

// Progress and cancel of a long bulk action; both optional. The change is applied in chunks of
// rows inside the action's one transaction: `progress` hears (rows done, rows in all) after each
// chunk, on the calling (worker) thread, and a set `cancel` stops before the next chunk and
// rolls the whole action back, so a cancelled action changed nothing.
struct BulkControl {
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;
};

// The outcome of a bulk action or an edit.
struct BulkResult {
    bool ok = false;
    qint64 affected = 0;     // prospects the action applied to
    qint64 undoActionId = 0; // what UndoStack::undo() will revert (0 when nothing was recorded)
    QString error;
    bool cancelled = false; // stopped by BulkControl::cancel; nothing changed
};

} // namespace prospector::review
