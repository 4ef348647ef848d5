#pragma once

#include "review/keysetanchors.h"
#include "review/prospectpage.h"
#include "review/prospectquery.h"
#include "review/querysql.h"
#include "review/searchplan.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace prospector::storage {
class Database;
}

namespace prospector::review {

// Reads the prospects view page by page with keyset pagination (no OFFSET scans when scrolling)
// on the calling thread's connection. Fast enough for the UI thread on a million rows: each
// fetch is an index seek plus `limit` rows. Jumps to an arbitrary row use remembered anchors
// (see KeysetAnchors), so only the first jump into a far region pays for a scan.
class ProspectPager {
public:
    explicit ProspectPager(const storage::Database &database);
    // Searches through `planner` (whose match sets may be shared with a FacetCounter).
    ProspectPager(const storage::Database &database, const SearchPlanner &planner);

    ProspectPage first(const ProspectQuery &query, int limit, QString *error = nullptr);
    ProspectPage last(const ProspectQuery &query, int limit, QString *error = nullptr);
    ProspectPage after(const ProspectQuery &query, const RowKey &key, int limit, QString *error = nullptr);
    // The `limit` rows just before `key`, returned in display order.
    ProspectPage before(const ProspectQuery &query, const RowKey &key, int limit, QString *error = nullptr);
    // The page starting at row `offset` (0-based) of the result.
    ProspectPage at(const ProspectQuery &query, qint64 offset, int limit, QString *error = nullptr);

    // Number of rows of the query (-1 on error).
    qint64 count(const ProspectQuery &query, QString *error = nullptr) const;
    // Every id of the query in display order (for "select all" and bulk actions on a view).
    QList<qint64> ids(const ProspectQuery &query, QString *error = nullptr) const;

    // Forget remembered anchors and search matches (call after data changes that may move rows).
    void invalidate();

private:
    ProspectPage fetch(const ProspectQuery &query, const RowKey *key, bool backward, int limit, qint64 skip,
                       QString *error);
    // The key of the row `skip` rows after `from` (from the start when invalid), reading only the
    // sort columns. Invalid key when the result is shorter.
    RowKey keyAfter(const ProspectQuery &query, const RowKey &from, qint64 skip, QString *error) const;
    // The query's SQL with its search planned for `purpose`; false (error set) when planning failed.
    std::optional<QuerySql> sqlFor(const ProspectQuery &query, SearchPlanner::Purpose purpose,
                                   QString *error) const;

    const storage::Database &m_database;
    std::unique_ptr<MatchSetCache> m_ownCache; // when no planner was given
    SearchPlanner m_planner;
    KeysetAnchors m_anchors;
};

} // namespace prospector::review
