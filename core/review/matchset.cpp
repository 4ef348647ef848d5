#include "review/matchset.h"

#include "importing/sqlitestatement.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
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

// The ids go straight into the caller's vector: no blob, no copies of a 200,000-id result.
void collectStep(sqlite3_context *context, int, sqlite3_value **argv) {
    auto **target = static_cast<Ids **>(sqlite3_aggregate_context(context, sizeof(Ids *)));
    if (!target) {
        sqlite3_result_error_nomem(context);
        return;
    }
    if (!*target) {
        Collectors &c = collectors();
        const std::lock_guard lock(c.mutex);
        const auto it = c.targets.find(sqlite3_value_int64(argv[0]));
        if (it == c.targets.end()) {
            sqlite3_result_error(context, "prospector_collect: unknown target", -1);
            return;
        }
        *target = it->second;
    }
    (*target)->push_back(sqlite3_value_int64(argv[1]));
}

void collectFinal(sqlite3_context *context) {
    auto **target = static_cast<Ids **>(sqlite3_aggregate_context(context, 0));
    sqlite3_result_int64(context, target && *target ? qint64((*target)->size()) : 0);
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
    return rc;
}

int autoExtension(sqlite3 *db, const char **, const sqlite3_api_routines *) {
    return registerFunctions(db);
}

bool hasFunctions(sqlite3 *db) {
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v2(db, "SELECT prospector_match(0, 0)", -1, &statement, nullptr);
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

std::shared_ptr<const MatchSet> MatchSet::build(const QSqlDatabase &db, const QString &expression,
                                                QString *error) {
    if (!installMatchFunctions(db, error))
        return nullptr;
    std::vector<qint64> ids;
    ids.reserve(4096);
    static std::atomic<qint64> nextTarget{1};
    const qint64 target = nextTarget.fetch_add(1);
    {
        Collectors &c = collectors();
        const std::lock_guard lock(c.mutex);
        c.targets.emplace(target, &ids);
    }
    bool ok = false;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        ok = storage::exec(q,
                           QStringLiteral("SELECT prospector_collect(?, rowid) FROM prospect_search "
                                          "WHERE prospect_search MATCH ?"),
                           {target, expression}, error) &&
             q.next();
    }
    {
        Collectors &c = collectors();
        const std::lock_guard lock(c.mutex);
        c.targets.erase(target);
    }
    if (!ok)
        return nullptr;
    // FTS5 yields each rowid once, ascending: a check, not a sort.
    if (!std::is_sorted(ids.cbegin(), ids.cend()))
        return fromIds(std::move(ids));
    return registered(std::make_shared<MatchSet>(PrivateTag{}, std::move(ids)));
}

bool MatchSet::contains(qint64 id) const {
    return std::binary_search(m_ids.cbegin(), m_ids.cend(), id);
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
