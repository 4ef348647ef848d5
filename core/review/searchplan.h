#pragma once

#include "review/matchset.h"
#include "review/prospectquery.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QSqlDatabase>
#include <functional>
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
    // Filters `matches` already applies (NarrowingFilter): the SQL leaves them out.
    unsigned narrowedBy = 0;
    bool isNarrowedBy(unsigned filter) const { return (narrowedBy & filter) != 0; }
};

// The match sets of recent searches, shared by the pages and the counts of one view. A set is
// only as fresh as the data when it was read: invalidate() after prospects or notes change
// (the table model does on every reload). Thread-safe; a set being built for a search makes
// other callers of the same search wait for it instead of building it twice.
class MatchSetCache {
public:
    // Room for a search's matches and the sets narrowed from them for the page and the counts of
    // one view (a few MB at most on a million prospects), so none of them is read twice.
    explicit MatchSetCache(int capacity = 4);

    std::shared_ptr<const MatchSet> get(const QSqlDatabase &db, const QString &expression, QString *error);
    // `from` narrowed by a filter (MatchSet::narrowed), cached under `key`.
    std::shared_ptr<const MatchSet> narrowed(const QSqlDatabase &db, const QString &key, const MatchSet &from,
                                             const QString &idsSql, const QVariantList &values,
                                             QString *error);
    // count(*) of `countSql`, cached under `key`: how many prospects a filter selects, for plans.
    // A size survives kSizeGenerations invalidations: a plan needs its order of magnitude, and
    // the rep's next search on the same filter should not pay for counting it again. -1: error.
    qint64 size(const QSqlDatabase &db, const QString &key, const QString &countSql,
                const QVariantList &values, QString *error);
    static constexpr quint64 kSizeGenerations = 32;
    void invalidate();

private:
    std::shared_ptr<const MatchSet> find(const QString &key, quint64 *generation);
    // The set cached under `key`, or `build()`'s, kept unless the data changed meanwhile.
    std::shared_ptr<const MatchSet> getOrBuild(const QString &key,
                                               const std::function<std::shared_ptr<const MatchSet>()> &build);

    int m_capacity;
    QMutex m_buildMutex; // one build at a time; never held by invalidate()
    QMutex m_mutex;      // the list and the generation
    quint64 m_generation = 0;
    QList<QPair<QString, std::shared_ptr<const MatchSet>>> m_sets; // most recent first
    struct Size {
        qint64 count = 0;
        quint64 generation = 0;
    };
    QHash<QString, Size> m_sizes;
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
        // Narrowing (see plan()): by cost, never, or by every filter that has an index (tests).
        enum class Narrowing { ByCost, Never, Always };
        Narrowing narrowing = Narrowing::ByCost;
    };
    // BoundedCount: counting up to a cap (sizing the table). A search with nothing but the
    // archive flag streams from FTS5 and stops at the cap: a narrow search that Walk would test
    // on every prospect costs its few matches instead, and no match set is read.
    enum class Purpose { Page, Count, BoundedCount };

    explicit SearchPlanner(MatchSetCache &cache, Tuning tuning);
    explicit SearchPlanner(MatchSetCache &cache);

    // With a match set, a selective filter that has its own index (a tag, a country, an import…)
    // may narrow it first: reading the filter's ids costs 1/kNarrowingIdsPerRowRead of a row read
    // each, and a set of the few prospects both found and filtered is collected instead of
    // walking a sort index past thousands of found rows that the filter then drops. Filters are
    // weighed by their size (counted once, see MatchSetCache::size), smallest first, and one
    // narrows when the page is estimated cheaper with it than without.
    bool plan(const QSqlDatabase &db, const ProspectQuery &query, Purpose purpose, SearchSql *out,
              QString *error) const;
    MatchSetCache &cache() const { return m_cache; }

private:
    bool narrow(const QSqlDatabase &db, const ProspectQuery &query, const QString &expression,
                Purpose purpose, SearchSql *out, int *filtersLeft, QString *error) const;
    // What reading a page costs with `matches` when the other filters keep `kept` of the rows, in
    // row reads: collecting the matches, or walking the sort index (collectAtMost^2 / matches /
    // kept entries, see Tuning) plus reading the found rows the filters then test.
    double estimatedCost(double matches, double kept) const;

    MatchSetCache &m_cache;
    Tuning m_tuning;
};

// True when nothing but the archive flag narrows the query (search aside).
bool filtersOnlyArchived(const ProspectQuery &query);

// How many of the filters other than the search and the archive flag the query sets.
int otherFilterCount(const ProspectQuery &query);

// The share of rows a filter is taken to keep when the planner weighs walking against collecting.
inline constexpr double kFilterShare = 0.15;

// The rows a page needs, as the planner weighs plans (the table fetches 100 at a time).
inline constexpr double kPageRows = 100;

// Filter ids a narrowing reads for the cost of one row read, on the scale of Tuning::collectAtMost
// (which prices a sort-index entry at ~1/10 of a row read). Measured on a million prospects: a
// narrowed id costs ~85 ns, ~0.63 of a walked sort-index entry (~135 ns).
inline constexpr double kNarrowingIdsPerRowRead = 16;

} // namespace prospector::review
