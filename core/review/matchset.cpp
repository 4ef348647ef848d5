#include "review/matchset.h"

#include "importing/sqlitestatement.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <sqlite3.h>
#include <unordered_map>
#include <unordered_set>

namespace prospector::review {
namespace {

// Token -> set. Weak, so a set lives exactly as long as a pager or counter holds it.
struct Registry {
    std::mutex mutex;
    std::unordered_map<qint64, std::weak_ptr<const MatchSet>> sets;
    std::atomic<qint64> nextToken{1};
};

Registry &registry() {
    static Registry instance;
    return instance;
}

std::shared_ptr<const MatchSet> lookup(qint64 token) {
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    const auto it = r.sets.find(token);
    return it == r.sets.end() ? nullptr : it->second.lock();
}

using Ids = std::vector<qint64>;

// Where prospector_collect(token, id) appends: the vector a running MatchSet::build() owns.
struct Collectors {
    std::mutex mutex;
    std::unordered_map<qint64, Ids *> targets;
};

Collectors &collectors() {
    static Collectors instance;
    return instance;
}

Ids *collectTarget(qint64 target) {
    Collectors &c = collectors();
    const std::lock_guard lock(c.mutex);
    const auto it = c.targets.find(target);
    return it == c.targets.end() ? nullptr : it->second;
}

// The ids go straight into the caller's vector: no blob, no copies of a 200,000-id result.
void collectStep(sqlite3_context *context, int, sqlite3_value **argv) {
    auto **target = static_cast<Ids **>(sqlite3_aggregate_context(context, sizeof(Ids *)));
    if (!target) {
        sqlite3_result_error_nomem(context);
        return;
    }
    if (!*target) {
        *target = collectTarget(sqlite3_value_int64(argv[0]));
        if (!*target) {
            sqlite3_result_error(context, "prospector_collect: unknown target", -1);
            return;
        }
    }
    (*target)->push_back(sqlite3_value_int64(argv[1]));
}

void collectFinal(sqlite3_context *context) {
    auto **target = static_cast<Ids **>(sqlite3_aggregate_context(context, 0));
    sqlite3_result_int64(context, target && *target ? qint64((*target)->size()) : 0);
}

// prospector_narrow(target, id, token): collects the ids that are in set `token`, like
// prospector_collect(target, CASE WHEN prospector_match(token, id) THEN id END) but in one call
// per id. The set is held by MatchSet::narrowed()'s caller.
struct Narrowing {
    Ids *target;
    const MatchSet *set;
    size_t cursor; // MatchSet::contains(id, cursor)
};

void narrowStep(sqlite3_context *context, int, sqlite3_value **argv) {
    auto *n = static_cast<Narrowing *>(sqlite3_aggregate_context(context, sizeof(Narrowing)));
    if (!n) {
        sqlite3_result_error_nomem(context);
        return;
    }
    if (!n->target) {
        n->target = collectTarget(sqlite3_value_int64(argv[0]));
        const std::shared_ptr<const MatchSet> set = lookup(sqlite3_value_int64(argv[2]));
        n->set = set.get();
        if (!n->target || !n->set) {
            sqlite3_result_error(context, "prospector_narrow: unknown target or search results", -1);
            return;
        }
    }
    const qint64 id = sqlite3_value_int64(argv[1]);
    if (n->set->contains(id, &n->cursor))
        n->target->push_back(id);
}

void narrowFinal(sqlite3_context *context) {
    auto *n = static_cast<Narrowing *>(sqlite3_aggregate_context(context, 0));
    sqlite3_result_int64(context, n && n->target ? qint64(n->target->size()) : 0);
}

void deleteHeldSet(void *held) {
    delete static_cast<std::shared_ptr<const MatchSet> *>(held);
}

// prospector_match(token, id). The set is looked up once per statement: SQLite keeps auxiliary
// data for a bound argument until the statement is finalized or re-bound.
void matchFunction(sqlite3_context *context, int, sqlite3_value **argv) {
    auto *held = static_cast<std::shared_ptr<const MatchSet> *>(sqlite3_get_auxdata(context, 0));
    if (!held) {
        std::shared_ptr<const MatchSet> set = lookup(sqlite3_value_int64(argv[0]));
        if (!set) {
            // A check that cannot confirm refuses: a forgotten set must fail the query, not
            // quietly match nothing.
            sqlite3_result_error(context, "prospector_match: unknown search results", -1);
            return;
        }
        held = new std::shared_ptr<const MatchSet>(std::move(set));
        sqlite3_set_auxdata(context, 0, held, deleteHeldSet);
        // set_auxdata may have deleted it already (out of memory): look again.
        held = static_cast<std::shared_ptr<const MatchSet> *>(sqlite3_get_auxdata(context, 0));
        if (!held) {
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    sqlite3_result_int(context, (*held)->contains(sqlite3_value_int64(argv[1])) ? 1 : 0);
}

int registerFunctions(sqlite3 *db) {
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    int rc = sqlite3_create_function_v2(db, "prospector_collect", 2, flags, nullptr, nullptr, collectStep,
                                        collectFinal, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "prospector_match", 2, flags, nullptr, matchFunction, nullptr,
                                        nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "prospector_narrow", 3, flags, nullptr, nullptr, narrowStep,
                                        narrowFinal, nullptr);
    return rc;
}

int autoExtension(sqlite3 *db, const char **, const sqlite3_api_routines *) {
    return registerFunctions(db);
}

bool hasFunctions(sqlite3 *db) {
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v2(db, "SELECT prospector_narrow(0, 0, 0)", -1, &statement, nullptr);
    sqlite3_finalize(statement);
    return rc == SQLITE_OK;
}

} // namespace

MatchSet::MatchSet(PrivateTag, std::vector<qint64> ids)
    : m_ids(std::move(ids))
    , m_token(registry().nextToken.fetch_add(1)) {}

MatchSet::~MatchSet() {
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    r.sets.erase(m_token);
}

std::shared_ptr<const MatchSet> MatchSet::registered(std::shared_ptr<const MatchSet> set) {
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    r.sets.emplace(set->token(), set);
    return set;
}

std::shared_ptr<const MatchSet> MatchSet::fromIds(std::vector<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return registered(std::make_shared<MatchSet>(PrivateTag{}, std::move(ids)));
}

namespace {

// Runs `sql`, whose first bound value is the collect target (of prospector_collect or
// prospector_narrow); `values` bind the rest.
bool collectIds(const QSqlDatabase &db, const QString &sql, const QVariantList &values, Ids *ids,
                QString *error) {
    static std::atomic<qint64> nextTarget{1};
    const qint64 target = nextTarget.fetch_add(1);
    {
        Collectors &c = collectors();
        const std::lock_guard lock(c.mutex);
        c.targets.emplace(target, ids);
    }
    bool ok = false;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        ok = storage::exec(q, sql, QVariantList{target} + values, error) && q.next();
    }
    Collectors &c = collectors();
    const std::lock_guard lock(c.mutex);
    c.targets.erase(target);
    return ok;
}

} // namespace

std::shared_ptr<const MatchSet> MatchSet::build(const QSqlDatabase &db, const QString &expression,
                                                QString *error) {
    if (!installMatchFunctions(db, error))
        return nullptr;
    Ids ids;
    ids.reserve(4096);
    if (!collectIds(db,
                    QStringLiteral("SELECT prospector_collect(?, rowid) FROM prospect_search "
                                   "WHERE prospect_search MATCH ?"),
                    {expression}, &ids, error))
        return nullptr;
    // FTS5 yields each rowid once, ascending: a check, not a sort.
    if (!std::is_sorted(ids.cbegin(), ids.cend()))
        return fromIds(std::move(ids));
    return registered(std::make_shared<MatchSet>(PrivateTag{}, std::move(ids)));
}

std::shared_ptr<const MatchSet> MatchSet::narrowed(const QSqlDatabase &db, const QString &idsSql,
                                                   const QVariantList &values, QString *error) const {
    if (!installMatchFunctions(db, error))
        return nullptr;
    Ids ids;
    // SQLite flattens the subquery: one index step and one call per filtered id.
    if (!collectIds(db, QStringLiteral("SELECT prospector_narrow(?, f.id, ?) FROM (%1) AS f").arg(idsSql),
                    QVariantList{m_token} + values, &ids, error))
        return nullptr;
    // A filter's index yields ids in order; several values (or tags) may not, or may repeat one.
    if (std::adjacent_find(ids.cbegin(), ids.cend(), std::greater_equal<>()) != ids.cend())
        return fromIds(std::move(ids));
    return registered(std::make_shared<MatchSet>(PrivateTag{}, std::move(ids)));
}

bool MatchSet::contains(qint64 id) const {
    return std::binary_search(m_ids.cbegin(), m_ids.cend(), id);
}

bool MatchSet::contains(qint64 id, size_t *cursor) const {
    size_t low = std::min(*cursor, m_ids.size());
    if (low > 0 && m_ids[low - 1] >= id)
        low = 0; // went backwards: search everything
    // Gallop: double the step until it passes id, then search that last stretch.
    size_t step = 1;
    size_t high = low;
    while (high < m_ids.size() && m_ids[high] < id) {
        low = high + 1;
        high = std::min(m_ids.size(), high + step);
        step *= 2;
    }
    const auto it = std::lower_bound(m_ids.cbegin() + qsizetype(low), m_ids.cbegin() + qsizetype(high), id);
    *cursor = size_t(it - m_ids.cbegin());
    return it != m_ids.cend() && *it == id;
}

QString MatchSet::idsJson() const {
    QString json;
    json.reserve(qsizetype(m_ids.size()) * 8 + 2);
    json += QLatin1Char('[');
    for (size_t i = 0; i < m_ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(m_ids[i]);
    }
    json += QLatin1Char(']');
    return json;
}

bool installMatchFunctions(const QSqlDatabase &db, QString *error) {
    // Connections opened later get the functions from SQLite itself; those already open (the
    // main thread's, opened before any search) are checked and registered here.
    static std::once_flag autoInstalled;
    std::call_once(autoInstalled,
                   [] { sqlite3_auto_extension(reinterpret_cast<void (*)()>(&autoExtension)); });
    sqlite3 *handle = importing::sqliteHandle(db);
    if (!handle) {
        if (error)
            *error = QCoreApplication::translate("MatchSet", "The database connection is not open.");
        return false;
    }
    // A handle once seen with the functions keeps them; a new connection that reuses its address
    // was opened after the auto extension was installed, so it has them too.
    thread_local std::unordered_set<sqlite3 *> known;
    if (known.count(handle))
        return true;
    if (!hasFunctions(handle) && registerFunctions(handle) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    known.insert(handle);
    return true;
}

} // namespace prospector::review
