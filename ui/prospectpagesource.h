#pragma once

#include "review/facetcounts.h"
#include "review/prospectpage.h"
#include "review/prospectquery.h"

#include <QList>

namespace prospector::ui {

// Where the prospects table reads its rows. Implementations must be callable from any thread
// (the table fetches pages on a worker) and serialize internally where they keep state.
class ProspectPageSource {
public:
    virtual ~ProspectPageSource() = default;

    // Rows [offset, offset + limit) of the query in its sort order.
    virtual review::ProspectPage fetch(const review::ProspectQuery &query, qint64 offset, int limit,
                                       QString *error) const = 0;
    // Total and per stage / tier counts of the query; false with `error` set when a query fails.
    virtual bool facets(const review::ProspectQuery &query, review::FacetCounts *counts,
                        QString *error) const = 0;
    // The query's row count, exact up to `cap` (see review::FacetCounter::boundedCount).
    virtual bool boundedCount(const review::ProspectQuery &query, qint64 cap, review::BoundedCount *count,
                              QString *error) const = 0;
    // Forget cached positions after data changed (rows may have moved).
    virtual void invalidate() const = 0;
};

} // namespace prospector::ui
