#pragma once

#include "prospectpagesource.h"
#include "review/facetcounts.h"
#include "review/prospectpager.h"
#include "review/searchplan.h"

#include <QMutex>

namespace prospector::storage {
class Database;
}

namespace prospector::ui {

// The table's page source over core's keyset ProspectPager and FacetCounter, which share the
// match sets of the current search (a page and the counts of one search read FTS5 once). The
// pager keeps jump anchors, so its calls are serialized; each call runs on the caller's own
// connection.
class PagerPageSource : public ProspectPageSource {
public:
    explicit PagerPageSource(const storage::Database &database);

    review::ProspectPage fetch(const review::ProspectQuery &query, qint64 offset, int limit,
                               QString *error) const override;
    bool facets(const review::ProspectQuery &query, review::FacetCounts *counts,
                QString *error) const override;
    bool boundedCount(const review::ProspectQuery &query, qint64 cap, review::BoundedCount *count,
                      QString *error) const override;
    void invalidate() const override;

private:
    mutable review::MatchSetCache m_matches;
    review::SearchPlanner m_planner;
    review::FacetCounter m_counter;
    mutable QMutex m_mutex;
    mutable review::ProspectPager m_pager;
};

} // namespace prospector::ui
