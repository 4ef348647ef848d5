#include "review/prospectpager.h"

#include "review/querysql.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace prospector::review {
namespace {

int prospectColumnCount() {
    static const int count = int(storage::ProspectRepository::selectColumns().count(QLatin1Char(',')) + 1);
    return count;
}

QString tagsColumn() {
    return QStringLiteral("(SELECT json_group_array(t.name) FROM prospect_tags pt JOIN tags t ON t.id = "
                          "pt.tag_id WHERE pt.prospect_id = prospects.id)");
}

} // namespace

ProspectPager::ProspectPager(const storage::Database &database)
    : m_database(database)
    , m_ownCache(std::make_unique<MatchSetCache>())
    , m_planner(*m_ownCache) {}

ProspectPager::ProspectPager(const storage::Database &database, const SearchPlanner &planner)
    : m_database(database)
    , m_planner(planner) {}

void ProspectPager::invalidate() {
    m_anchors.clear();
    m_planner.cache().invalidate();
}

std::optional<QuerySql> ProspectPager::sqlFor(const ProspectQuery &query, SearchPlanner::Purpose purpose,
                                              QString *error) const {
    SearchSql search;
    QString planError;
    if (!m_planner.plan(m_database.connection(), query, purpose, &search, &planError)) {
        if (error)
            *error = planError;
        return std::nullopt;
    }
    return QuerySql(query, search);
}

ProspectPage ProspectPager::fetch(const ProspectQuery &query, const RowKey *key, bool backward, int limit,
                                  qint64 skip, QString *error) {
    const std::optional<QuerySql> planned = sqlFor(query, SearchPlanner::Purpose::Page, error);
    if (!planned)
        return {};
    const QuerySql &sql = *planned;
    const auto direction = backward ? QuerySql::Direction::Backward : QuerySql::Direction::Forward;
    QVariantList filterValues;
    const QString from = sql.from(&filterValues);
    const QString where = sql.where(&filterValues);
    QList<QuerySql::Level> levels;
    if (key && key->isValid())
        levels = sql.keysetLevels(*key, direction);
    else
        levels << QuerySql::Level{};
    const int keyStart = prospectColumnCount();
    const int keyCount = sql.keyColumnCount();
    ProspectPage page;
    bool more = false;
    // One row more than asked tells whether the page is the last one in this direction.
    for (const QuerySql::Level &level : std::as_const(levels)) {
        if (more)
            break;
        QString condition = where;
        if (!level.condition.isEmpty())
            condition +=
                (condition.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + level.condition;
        const QString order = sql.orderBy(direction, level.equalKeys);
        const QString columns = storage::ProspectRepository::selectColumns() + QStringLiteral(", ") +
                                sql.keyColumns() + QStringLiteral(", ") + tagsColumn();
        // Rows that get sorted are first only sorted by their keys, then the page's rows are
        // read: SQLite computes every selected column (tags included) of every row it sorts.
        const QString text =
            sql.search().mode == SearchSql::Mode::Collect
                ? QStringLiteral("SELECT %1 FROM prospects WHERE id IN (SELECT id%2%3%4 LIMIT ? OFFSET ?)%4")
                      .arg(columns, from, condition, order)
                : QStringLiteral("SELECT %1%2%3%4 LIMIT ? OFFSET ?").arg(columns, from, condition, order);
        QVariantList values = filterValues + level.values;
        values << limit + 1 - page.rows.size() << skip;
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        if (!storage::exec(q, text, values, error))
            return {};
        while (q.next()) {
            if (page.rows.size() == limit) {
                more = true;
                break;
            }
            page.rows << storage::ProspectRepository::fromRecord(q);
            RowKey rowKey;
            for (int i = 0; i < keyCount - 1; ++i)
                rowKey.values << q.value(keyStart + i);
            rowKey.id = q.value(keyStart + keyCount - 1).toLongLong();
            page.keys << rowKey;
            QStringList tags;
            for (const QJsonValue &tag :
                 QJsonDocument::fromJson(q.value(keyStart + keyCount).toByteArray()).array())
                tags << tag.toString();
            page.tags << tags;
        }
    }
    const bool fromStart = !(key && key->isValid());
    if (backward) {
        std::reverse(page.rows.begin(), page.rows.end());
        std::reverse(page.keys.begin(), page.keys.end());
        std::reverse(page.tags.begin(), page.tags.end());
        page.atStart = !more;
        page.atEnd = fromStart && skip == 0;
    } else {
        page.atEnd = !more;
        page.atStart = fromStart && skip == 0;
    }
    return page;
}

ProspectPage ProspectPager::first(const ProspectQuery &query, int limit, QString *error) {
    return at(query, 0, limit, error);
}

ProspectPage ProspectPager::last(const ProspectQuery &query, int limit, QString *error) {
    return fetch(query, nullptr, true, limit, 0, error);
}

ProspectPage ProspectPager::after(const ProspectQuery &query, const RowKey &key, int limit, QString *error) {
    return fetch(query, &key, false, limit, 0, error);
}

ProspectPage ProspectPager::before(const ProspectQuery &query, const RowKey &key, int limit, QString *error) {
    return fetch(query, &key, true, limit, 0, error);
}

ProspectPage ProspectPager::at(const ProspectQuery &query, qint64 offset, int limit, QString *error) {
    offset = std::max<qint64>(0, offset);
    RowKey anchor;
    const qint64 anchorOffset = m_anchors.nearest(query, offset, &anchor);
    if (offset > anchorOffset) {
        // Skip the rows between the anchor and the target reading only their sort keys, then
        // remember where the target starts so the next jump here is a plain seek.
        QString keyError;
        const RowKey before = keyAfter(query, anchor, offset - anchorOffset - 1, &keyError);
        if (!keyError.isEmpty()) {
            if (error)
                *error = keyError;
            return {};
        }
        if (!before.isValid()) { // past the end
            ProspectPage page;
            page.offset = offset;
            page.atEnd = true;
            page.atStart = offset == 0;
            return page;
        }
        m_anchors.remember(query, offset, before);
        anchor = before;
    }
    ProspectPage page = fetch(query, &anchor, false, limit, 0, error);
    page.offset = offset;
    page.atStart = offset == 0;
    const int spacing = m_anchors.spacing();
    for (qsizetype i = 0; i < page.keys.size(); ++i) {
        const qint64 next = offset + i + 1;
        if (next % spacing == 0 || i + 1 == page.keys.size())
            m_anchors.remember(query, next, page.keys.at(i));
    }
    return page;
}

RowKey ProspectPager::keyAfter(const ProspectQuery &query, const RowKey &from, qint64 skip,
                               QString *error) const {
    const std::optional<QuerySql> planned = sqlFor(query, SearchPlanner::Purpose::Page, error);
    if (!planned)
        return {};
    const QuerySql &sql = *planned;
    QVariantList filterValues;
    const QString source = sql.from(&filterValues);
    const QString where = sql.where(&filterValues);
    QList<QuerySql::Level> levels;
    if (from.isValid())
        levels = sql.keysetLevels(from, QuerySql::Direction::Forward);
    else
        levels << QuerySql::Level{};
    const int count = sql.keyColumnCount();
    for (const QuerySql::Level &level : std::as_const(levels)) {
        QString condition = where;
        if (!level.condition.isEmpty())
            condition +=
                (condition.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + level.condition;
        // Only the sort keys are read (often straight from the index). The last level holds
        // everything after the anchor's leading value: SQLite skips there with OFFSET; the tie
        // groups before it are read (at most skip + 1 rows) to learn how many rows they hold.
        const bool last = &level == &levels.constLast();
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        if (!storage::exec(q,
                           QStringLiteral("SELECT %1%2%3%4 LIMIT ? OFFSET ?")
                               .arg(sql.keyColumns(), source, condition,
                                    sql.orderBy(QuerySql::Direction::Forward, level.equalKeys)),
                           filterValues + level.values + QVariantList{last ? 1 : skip + 1, last ? skip : 0},
                           error))
            return {};
        qint64 seen = last ? skip : 0;
        while (q.next()) {
            if (seen++ == skip) {
                RowKey key;
                for (int i = 0; i < count - 1; ++i)
                    key.values << q.value(i);
                key.id = q.value(count - 1).toLongLong();
                return key;
            }
        }
        skip -= seen;
    }
    return {};
}

qint64 ProspectPager::count(const ProspectQuery &query, QString *error) const {
    const std::optional<QuerySql> sql = sqlFor(query, SearchPlanner::Purpose::Count, error);
    if (!sql)
        return -1;
    QVariantList values;
    const QString from = sql->from(&values);
    const QString where = sql->where(&values, QuerySql::Skip::None, QuerySql::Use::Counting);
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q, QStringLiteral("SELECT count(*)") + from + where, values, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<qint64> ProspectPager::ids(const ProspectQuery &query, QString *error) const {
    QList<qint64> result;
    const std::optional<QuerySql> sql = sqlFor(query, SearchPlanner::Purpose::Count, error);
    if (!sql)
        return result;
    QVariantList values;
    const QString from = sql->from(&values);
    const QString where = sql->where(&values);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!storage::exec(q, QStringLiteral("SELECT id") + from + where + sql->orderBy(), values, error))
        return result;
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

} // namespace prospector::review
