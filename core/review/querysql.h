#pragma once

#include "review/prospectquery.h"
#include "review/rowkey.h"
#include "review/searchplan.h"

#include <QString>
#include <QVariantList>

namespace prospector::review {

// Turns a ProspectQuery into SQL fragments over `prospects` with bound values only: user text
// never becomes SQL text (lists are bound as one JSON array and read with json_each). `search`
// says how the full-text search is written (SearchPlanner picks it; the default is always right).
class QuerySql {
public:
    enum class Direction { Forward, Backward };

    explicit QuerySql(ProspectQuery query, SearchSql search = {});

    // " FROM prospects", or for SearchSql::Stream the search joined in front of it. Its values
    // come before those of where().
    QString from(QVariantList *values) const;

    // " WHERE ..." (or empty) and its values. `skip` drops one filter, for facet counts.
    // `Paging` writes the archived test as "+archived" so SQLite cannot pick the (archived, ...)
    // count indexes and then sort the whole view: pages walk the sort index instead. `Counting`
    // leaves it indexable, which makes counts covering-index scans.
    enum class Skip { None, Stages, Tiers };
    enum class Use { Paging, Counting };
    QString where(QVariantList *values, Skip skip = Skip::None, Use use = Use::Paging) const;
    // Extra condition "rows strictly after/before `key`" in the effective sort, with values.
    QString keysetCondition(const RowKey &key, Direction direction, QVariantList *values) const;

    // The same rows as keysetCondition() split into levels that each seek in a composite index:
    // level 0 "k1 = v1 AND ... AND id > v", then "k1 = v1 AND ... AND k(n-1) > v(n-1)", ... up to
    // "k1 > v1". Read in this order, they return the rows after `key` in sort order. (SQLite
    // seeks only on the first column of an OR-ed keyset condition, so a tie group of a quarter
    // million rows would otherwise be scanned.)
    struct Level {
        QString condition;
        QVariantList values;
        int equalKeys = 0; // leading sort keys fixed by "= ?" (leave them out of ORDER BY)
    };
    QList<Level> keysetLevels(const RowKey &key, Direction direction) const;
    // " ORDER BY ..." in display order (Forward) or reversed (Backward), from key `fromKey` on.
    // SQLite does not see that an expression fixed by "= ?" is constant and would sort the whole
    // tie group, so level queries leave their equal keys out.
    QString orderBy(Direction direction = Direction::Forward, int fromKey = 0) const;
    // The sort expressions selected as extra columns so each row's RowKey can be read back.
    QString keyColumns() const;
    int keyColumnCount() const;

    const ProspectQuery &query() const { return m_query; }
    const SearchSql &search() const { return m_search; }

private:
    // The sort expression of a column; the id is the search's rowid when the search drives.
    QString expression(SortColumn column) const;

    ProspectQuery m_query;
    SearchSql m_search;
    SortKeys m_sort;
};

} // namespace prospector::review
