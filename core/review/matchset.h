#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <memory>
#include <vector>

namespace prospector::review {

// Every prospect id that matches one full-text search, held in memory. A page sorted by
// anything but the id cannot stream from FTS5 (it yields rowid order), and probing FTS5 row by
// row costs tens of microseconds, or a whole prefix merge per probe for terms longer than the
// prefix index. So the matches are read once (one pass through FTS5, ~40 ns a row) and SQL tests
// membership with prospector_match(token, id), a binary search, while it walks the sort index.
//
// Sets are immutable; the SQL function finds one by its token while a shared_ptr keeps it alive.
class MatchSet {
public:
    // Runs the FTS5 MATCH `expression` (from storage::ftsMatchExpression) on `db`.
    static std::shared_ptr<const MatchSet> build(const QSqlDatabase &db, const QString &expression,
                                                 QString *error);
    // The members of this set among the ids `idsSql` selects (a SELECT of one column named id,
    // its values bound from `values`), read through the filter's own index: a search narrowed by
    // a selective filter.
    std::shared_ptr<const MatchSet> narrowed(const QSqlDatabase &db, const QString &idsSql,
                                             const QVariantList &values, QString *error) const;
    // For tests: a set of the given ids (any order).
    static std::shared_ptr<const MatchSet> fromIds(std::vector<qint64> ids);
    ~MatchSet();
    MatchSet(const MatchSet &) = delete;
    MatchSet &operator=(const MatchSet &) = delete;

    qint64 size() const { return qint64(m_ids.size()); }
    bool contains(qint64 id) const;
    // contains() for ids asked in ascending order (as a filter's index yields them): `*cursor`
    // (start at 0) remembers where the last answer was found, so the search gallops forward
    // from there instead of starting over. Any order still answers right, only slower.
    bool contains(qint64 id, size_t *cursor) const;
    // What SQL passes to prospector_match() to mean this set.
    qint64 token() const { return m_token; }
    // The ids as a JSON array, for sets small enough to drive a query through json_each.
    QString idsJson() const;

    struct PrivateTag {}; // construction goes through build() and fromIds(), which register
    MatchSet(PrivateTag, std::vector<qint64> ids);

private:
    static std::shared_ptr<const MatchSet> registered(std::shared_ptr<const MatchSet> set);

    std::vector<qint64> m_ids; // ascending
    qint64 m_token = 0;
};

// Registers prospector_collect(target, id) (aggregate, fills a build's vector) and prospector_match(token,
// id) on `db` unless they are there, and on every connection opened from now on. False (error set) when `db`
// is not an SQLite connection or registration fails.
bool installMatchFunctions(const QSqlDatabase &db, QString *error);

} // namespace prospector::review
