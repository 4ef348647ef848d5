#include "review/querysql.h"

#include "review/narrowingfilter.h"
#include "storage/searchquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace prospector::review {
namespace {

QString jsonArray(const QStringList &values) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// "column = ?" for one value (the planner's favourite), "column IN (json_each(?))" for several:
// either way a single bound value, whatever the list holds.
void addIn(const QString &column, const QStringList &values, QStringList *conditions, QVariantList *bound) {
    if (values.isEmpty())
        return;
    if (values.size() == 1) {
        *conditions << column + QStringLiteral(" = ?");
        *bound << values.constFirst();
    } else {
        *conditions << column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
        *bound << jsonArray(values);
    }
}

} // namespace

QuerySql::QuerySql(ProspectQuery query, SearchSql search)
    : m_query(std::move(query))
    , m_search(std::move(search))
    , m_sort(m_query.effectiveSort()) {}

QString QuerySql::from(QVariantList *values) const {
    const QString match = storage::ftsMatchExpression(m_query.search);
    if (match.isEmpty())
        return QStringLiteral(" FROM prospects");
    if (m_search.mode == SearchSql::Mode::Stream) {
        // The subquery is flattened into a join that FTS5 drives in rowid order, with the keyset
        // bound on m.match_id handed to FTS5 as a rowid range (see tst_querysql's plans). CROSS
        // JOIN keeps FTS5 outermost.
        *values << match;
        return QStringLiteral(" FROM (SELECT rowid AS match_id FROM prospect_search WHERE prospect_search "
                              "MATCH ?) AS m CROSS JOIN prospects ON prospects.id = m.match_id");
    }
    if (m_search.mode == SearchSql::Mode::Collect) {
        // The few matches drive, then get sorted. As a plain "id IN (...)" SQLite would rather
        // walk the sort index to skip the sort, reading every row of the view to test it.
        *values << m_search.matches->idsJson();
        return QStringLiteral(" FROM (SELECT value AS match_id FROM json_each(?)) AS m CROSS JOIN prospects "
                              "ON prospects.id = m.match_id");
    }
    return QStringLiteral(" FROM prospects");
}

QString QuerySql::expression(SortColumn column) const {
    if (column == SortColumn::Id && m_search.mode == SearchSql::Mode::Stream &&
        !storage::ftsMatchExpression(m_query.search).isEmpty())
        return QStringLiteral("m.match_id");
    return SortKey::sqlExpression(column);
}

QString QuerySql::where(QVariantList *values, Skip skip, Use use) const {
    const ProspectQuery &q = m_query;
    const qsizetype firstValue = values->size(); // values before this call belong to the caller
    QStringList c;
    const QString archived = use == Use::Paging ? QStringLiteral("+archived") : QStringLiteral("archived");
    if (q.archived == ProspectQuery::Archived::Exclude)
        c << archived + QStringLiteral(" = 0");
    else if (q.archived == ProspectQuery::Archived::Only)
        c << archived + QStringLiteral(" = 1");
    const QString match = storage::ftsMatchExpression(q.search);
    if (!match.isEmpty()) {
        switch (m_search.mode) {
        case SearchSql::Mode::Subquery:
            c << QStringLiteral("id IN (SELECT rowid FROM prospect_search WHERE prospect_search MATCH ?)");
            *values << match;
            break;
        case SearchSql::Mode::Stream: // in from()
        case SearchSql::Mode::Collect:
            break;
        case SearchSql::Mode::Walk:
            // First, and on the id alone: SQLite tests it on the index entry, before it reads
            // the row, so rows that do not match cost a binary search and nothing more.
            c.prepend(QStringLiteral("prospector_match(?, id)"));
            values->insert(firstValue, m_search.matches->token());
            break;
        }
    }
    // With a sort other than the id, low-cardinality filters are written "+column" so SQLite walks
    // the sort index and filters, instead of collecting (say) every French prospect through the
    // country index and sorting them all for each page.
    const bool walkSortIndex = use == Use::Paging && m_sort.constFirst().column != SortColumn::Id;
    const QString plus = walkSortIndex ? QStringLiteral("+") : QString();
    // Filters the match set already applies (SearchPlanner narrowed it) are not tested again.
    const auto narrowed = [&](NarrowingFilter::Kind kind) {
        return !match.isEmpty() && m_search.isNarrowedBy(kind);
    };
    if (skip != Skip::Stages && !narrowed(NarrowingFilter::Stages))
        addIn(plus + QStringLiteral("stage"), q.stages, &c, values);
    if (skip != Skip::Tiers)
        addIn(plus + QStringLiteral("coalesce(tier_override, tier, 'none')"), q.tiers, &c, values);
    if (!q.tags.isEmpty() && !narrowed(NarrowingFilter::Tags)) {
        // With a walked search the tagged ids are tested against the matches inside the
        // subquery, so the list SQLite builds holds the few prospects that are both tagged and
        // found, not every tagged one. "+id": the planner chose to walk the sort index, so SQLite
        // must not drive from that list instead and sort every row of it.
        const bool walked = m_search.mode == SearchSql::Mode::Walk && !match.isEmpty();
        c << QStringLiteral("%1id IN (SELECT pt.prospect_id FROM prospect_tags pt JOIN tags t ON t.id = "
                            "pt.tag_id WHERE t.name IN (SELECT value FROM json_each(?))%2)")
                 .arg(walked && walkSortIndex ? QStringLiteral("+") : QString(),
                      walked ? QStringLiteral(" AND prospector_match(?, pt.prospect_id)") : QString());
        *values << jsonArray(q.tags);
        if (walked)
            *values << m_search.matches->token();
    }
    if (!q.importIds.isEmpty() && !narrowed(NarrowingFilter::Imports)) {
        QStringList ids;
        for (qint64 id : q.importIds)
            ids << QString::number(id);
        c << QStringLiteral("import_id IN (SELECT value FROM json_each(?))");
        *values << QStringLiteral("[%1]").arg(ids.join(QLatin1Char(',')));
    }
    if (!narrowed(NarrowingFilter::Sources))
        addIn(plus + QStringLiteral("source"), q.sources, &c, values);
    if (!narrowed(NarrowingFilter::Countries))
        addIn(plus + QStringLiteral("country"), q.countries, &c, values);
    if (!narrowed(NarrowingFilter::SyncStates))
        addIn(plus + QStringLiteral("sync_state"), q.syncStates, &c, values);
    if (!q.company.isEmpty()) {
        c << QStringLiteral("company_name COLLATE NOCASE = ?");
        *values << q.company;
    }
    // On the sort expression, so the range seeks in prospects_score_sort; unscored rows (-1)
    // stay out of any range, as NULL scores would.
    if (q.minScore >= 0) {
        c << QStringLiteral("coalesce(score, -1) >= ?");
        *values << q.minScore;
    }
    if (q.maxScore >= 0) {
        c << QStringLiteral("coalesce(score, -1) BETWEEN 0 AND ?");
        *values << q.maxScore;
    }
    if (q.hasEmail == ProspectQuery::HasEmail::Yes)
        c << QStringLiteral("email IS NOT NULL");
    else if (q.hasEmail == ProspectQuery::HasEmail::No)
        c << QStringLiteral("email IS NULL");
    return c.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.join(QStringLiteral(" AND "));
}

QString QuerySql::keysetCondition(const RowKey &key, Direction direction, QVariantList *values) const {
    // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ... with > or < per key direction, plus a redundant
    // bound on the leading key (k1 >= v1) that lets SQLite seek in the index instead of scanning.
    const int n = m_sort.size();
    const auto valueAt = [&](int i) {
        return i == n - 1 ? QVariant(key.id) : key.values.value(i);
    };
    const auto ascending = [&](int i) {
        const bool asc = !m_sort.at(i).descending;
        return direction == Direction::Forward ? asc : !asc;
    };
    // Values are appended in the order their placeholders appear in the text.
    const QString leading =
        expression(m_sort.at(0).column) + (ascending(0) ? QStringLiteral(" >= ?") : QStringLiteral(" <= ?"));
    *values << valueAt(0);
    QStringList alternatives;
    for (int i = 0; i < n; ++i) {
        QStringList terms;
        for (int j = 0; j < i; ++j) {
            terms << expression(m_sort.at(j).column) + QStringLiteral(" = ?");
            *values << valueAt(j);
        }
        terms << expression(m_sort.at(i).column) +
                     (ascending(i) ? QStringLiteral(" > ?") : QStringLiteral(" < ?"));
        *values << valueAt(i);
        alternatives << QStringLiteral("(") + terms.join(QStringLiteral(" AND ")) + QStringLiteral(")");
    }
    return leading + QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR ")) +
           QStringLiteral(")");
}

QList<QuerySql::Level> QuerySql::keysetLevels(const RowKey &key, Direction direction) const {
    const int n = int(m_sort.size());
    QList<Level> levels;
    for (int i = n - 1; i >= 0; --i) {
        Level level;
        QStringList terms;
        for (int j = 0; j < i; ++j) {
            terms << expression(m_sort.at(j).column) + QStringLiteral(" = ?");
            level.values << (j == n - 1 ? QVariant(key.id) : key.values.value(j));
        }
        const bool asc = direction == Direction::Forward ? !m_sort.at(i).descending : m_sort.at(i).descending;
        terms << expression(m_sort.at(i).column) + (asc ? QStringLiteral(" > ?") : QStringLiteral(" < ?"));
        level.values << (i == n - 1 ? QVariant(key.id) : key.values.value(i));
        level.condition = terms.join(QStringLiteral(" AND "));
        level.equalKeys = i;
        levels << level;
    }
    return levels;
}

QString QuerySql::orderBy(Direction direction, int fromKey) const {
    QStringList parts;
    for (const SortKey &key : m_sort.mid(fromKey)) {
        const bool desc = direction == Direction::Forward ? key.descending : !key.descending;
        parts << expression(key.column) + (desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    }
    return QStringLiteral(" ORDER BY ") + parts.join(QStringLiteral(", "));
}

QString QuerySql::keyColumns() const {
    QStringList parts;
    for (int i = 0; i < m_sort.size() - 1; ++i)
        parts << expression(m_sort.at(i).column);
    parts << QStringLiteral("id");
    return parts.join(QStringLiteral(", "));
}

int QuerySql::keyColumnCount() const {
    return int(m_sort.size());
}

} // namespace prospector::review
