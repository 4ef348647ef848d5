#pragma once

#include "review/matchset.h"
#include "review/prospectquery.h"

#include <QList>
#include <QMutex>
#include <QPair>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace prospector::review {

// How the full-text search of a query becomes SQL (read by QuerySql).
struct SearchSql {
    enum class Mode {
        // id IN (SELECT rowid FROM prospect_search WHERE ... MATCH ?): always right, never fast
        // for a broad search (SQLite collects every match before the first row).
        Subquery,
        // FTS5 drives the query in rowid order: the first page of a broad search sorted by id
        // reads a hundred matches, not a hundred thousand.
        Stream,
        // prospector_match(token, id) while SQLite walks the sort (or filter) index.
        Walk,
        // id IN (json_each(<the few matching ids>)), then sort: for narrow searches.
        Collect,
    };
    Mode mode = Mode::Subquery;
    std::shared_ptr<const MatchSet> matches; // Walk and Collect
};

// The match sets of recent searches, shared by the pages and the counts of one view. A set is
// only as fresh as the data when it was read: invalidate() after prospects or notes change
// (the table model does on every reload). Thread-safe; a set being built for a search makes
// other callers of the same search wait for it instead of building it twice.
class MatchSetCache {
public:
    explicit MatchSetCache(int capacity = 2);

    std::shared_ptr<const MatchSet> get(const QSqlDatabase &db, const QString &expression, QString *error);
    void invalidate();

private:
    std::shared_ptr<const MatchSet> find(const QString &expression, quint64 *generation);

    int m_capacity;
    QMutex m_buildMutex; // one build at a time; never held by invalidate()
    QMutex m_mutex;      // the list and the generation
    quint64 m_generation = 0;
    QList<QPair<QString, std::shared_ptr<const MatchSet>>> m_sets; // most recent first
};

// Picks the SearchSql for a query. Stream when nothing but the archive flag filters it and the
// view is sorted by id (or only counted up to a cap); otherwise the match set decides: Collect when it is
// small (sorting a few thousand rows beats walking an index for them), Walk when it is large.
class SearchPlanner {
public:
    struct Tuning {
        // For a search alone. Walking the sort index costs about 100 / (share of rows found)
        // index entries to fill a page, collecting costs a row read per match (~20x an entry):
        // they break even near sqrt(100 * rows / 20), ~2,000-3,000 on a million prospects. Each
        // other filter makes the walk longer, so the limit grows by 1/sqrt(share it keeps),
        // taken as kFilterShare per filter (the planner does not count rows to know better).
        qint64 collectAtMost = 3000;
        // Tests pin a mode to prove each one returns the same rows.
        std::optional<SearchSql::Mode> force;
    };
    // BoundedCount: counting up to a cap (sizing the table). A search with nothing but the
    // archive flag streams from FTS5 and stops at the cap: a narrow search that Walk would test
    // on every prospect costs its few matches instead, and no match set is read.
    enum class Purpose { Page, Count, BoundedCount };

    explicit SearchPlanner(MatchSetCache &cache, Tuning tuning);
    explicit SearchPlanner(MatchSetCache &cache);

    bool plan(const QSqlDatabase &db, const ProspectQuery &query, Purpose purpose, SearchSql *out,
              QString *error) const;
    MatchSetCache &cache() const { return m_cache; }

private:
    MatchSetCache &m_cache;
    Tuning m_tuning;
};

// True when nothing but the archive flag narrows the query (search aside).
bool filtersOnlyArchived(const ProspectQuery &query);

// How many of the filters other than the search and the archive flag the query sets.
int otherFilterCount(const ProspectQuery &query);

// The share of rows a filter is taken to keep when the planner weighs walking against collecting.
inline constexpr double kFilterShare = 0.15;

} // namespace prospector::review
