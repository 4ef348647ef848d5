#pragma once

#include "review/prospectquery.h"
#include "review/searchplan.h"

#include <QMap>
#include <QString>
#include <memory>

namespace prospector::storage {
class Database;
}

namespace prospector::review {

// Counts for the sidebar of the current query. Stage counts ignore the query's own stage filter
// and tier counts its tier filter (so picking a stage still shows the others' numbers).
struct FacetCounts {
    qint64 total = 0;
    QMap<QString, qint64> byStage; // every pipeline stage, 0 when none
    QMap<QString, qint64> byTier;  // "hot", "warm", "cold", "none"
};

// How many rows a view is counted up to before the table shows it: the size of the table
// model's page cache (30 pages of 100). Beyond it the first paint only needs "more than 3,000";
// the exact count follows from a worker a moment later. It was 10,000: counting the extra 7,000
// rows (a row read each when a filter or a search is not covered by an index) cost 15-25 ms of
// the 20 ms a new view may take on a million prospects (bench/RESULTS.md).
inline constexpr qint64 kViewSizeCap = 3000;

// The number of rows of a query, possibly only "more than".
struct BoundedCount {
    qint64 count = 0;
    bool exact = true; // false: the query has more than `count` rows
};

class FacetCounter {
public:
    explicit FacetCounter(const storage::Database &database);
    // Searches through `planner` (whose match sets may be shared with a ProspectPager).
    FacetCounter(const storage::Database &database, const SearchPlanner &planner);

    // True when nothing but stages, tiers and the archive flag filter the query: its counts are
    // then read from the counts schema 18 keeps (microseconds), otherwise rows are scanned.
    static bool isInstant(const ProspectQuery &query);

    // Returns false (error set) when a query fails; counts are then incomplete.
    bool count(const ProspectQuery &query, FacetCounts *counts, QString *error = nullptr) const;
    // The query's row count when it is at most `cap` (exact), else `cap` and not exact: reads at
    // most cap + 1 rows, so a filtered view of a million rows is sized in milliseconds. Queries
    // the counts table answers get their exact count, however large.
    bool boundedCount(const ProspectQuery &query, qint64 cap, BoundedCount *result,
                      QString *error = nullptr) const;

private:
    bool countFromCounters(const ProspectQuery &query, FacetCounts *counts, QString *error) const;

    const storage::Database &m_database;
    std::unique_ptr<MatchSetCache> m_ownCache; // when no planner was given
    SearchPlanner m_planner;
};

} // namespace prospector::review
