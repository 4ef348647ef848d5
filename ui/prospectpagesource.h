#pragma once

#include "reviewquery.h"
#include "storage/prospect.h"

#include <QHash>
#include <QList>

namespace prospector::ui {

// Where the prospects table reads its rows. Implementations must be callable from any thread
// (the table fetches pages on a worker), so they hold no per-thread state.
class ProspectPageSource {
public:
    virtual ~ProspectPageSource() = default;

    // Number of prospects the query matches; -1 with `error` set when the query fails.
    virtual qint64 count(const ReviewQuery &query, QString *error) const = 0;
    // Rows [offset, offset + limit) of the query in its sort order.
    virtual QList<storage::Prospect> fetch(const ReviewQuery &query, qint64 offset, int limit,
                                           QString *error) const = 0;
    // Only the ids of rows [offset, offset + limit): used for Shift-click ranges.
    virtual QList<qint64> ids(const ReviewQuery &query, qint64 offset, qint64 limit,
                              QString *error) const = 0;
    // How many prospects of the query (ignoring its own stage/tier filter) are in each stage / tier.
    virtual QHash<QString, qint64> stageCounts(const ReviewQuery &query, QString *error) const = 0;
    virtual QHash<QString, qint64> tierCounts(const ReviewQuery &query, QString *error) const = 0;
};

} // namespace prospector::ui
