// p50/p95 of the review screen's queries on a generated database, through the classes the UI
// uses, wired as ui::PagerPageSource wires them (ProspectPager and FacetCounter sharing one
// SearchPlanner), plus BulkEditor + UndoStack.
// Usage: bench_review DB [rounds] [--no-bulk] [--only-bulk] [--only TEXT]   (BENCH_TRACE=1: every round)
// Prints Markdown tables for bench/RESULTS.md: wall-clock and thread-CPU percentiles (the CPU
// time is what the query costs; the wall time adds whatever the machine's load adds).
#include "importing/sqlitestatement.h"
#include "latencystats.h"
#include "review/bulkeditor.h"
#include "review/facetcounts.h"
#include "review/prospectpager.h"
#include "review/searchplan.h"
#include "review/undostack.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/searchquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <ctime>
#include <functional>
#include <sqlite3.h>
#include <time.h>

using namespace prospector;
using namespace prospector::review;

namespace {

constexpr int kPage = 100; // rows per fetch, about two screens of the table

struct Scenario {
    QString name;
    std::function<void(int round)> run; // one measured operation
    // Forget cached search matches and anchors before each run (not timed): what a new search
    // typed by the rep costs, not a repeat of the same one.
    bool cold = false;
    // Untimed, before each run: e.g. build the search's matches so only the page is measured.
    std::function<void(int round)> prepare = nullptr;
};

qint64 threadCpuMicros() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

// BENCH_SQL=1: every statement a measured run executes, with its time; the plans are printed after
// the run (EXPLAIN inside the trace callback would re-enter the connection).
QStringList tracedStatements;

int traceStatement(unsigned, void *, void *statement, void *nanos) {
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    QTextStream(stderr) << "  " << *static_cast<qint64 *>(nanos) / 1000 << " us: " << sql << '\n';
    tracedStatements << QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)));
    sqlite3_free(sql);
    return 0;
}

void printPlan(const QSqlDatabase &db, const QString &sql) {
    sqlite3_stmt *plan = nullptr;
    if (sqlite3_prepare_v2(importing::sqliteHandle(db),
                           QByteArray(QByteArray("EXPLAIN QUERY PLAN ") + sql.toUtf8()).constData(), -1,
                           &plan, nullptr) != SQLITE_OK)
        return;
    while (sqlite3_step(plan) == SQLITE_ROW)
        QTextStream(stderr) << "      " << sqlite3_column_int(plan, 1) << ' '
                            << reinterpret_cast<const char *>(sqlite3_column_text(plan, 3)) << '\n';
    sqlite3_finalize(plan);
}

ProspectQuery sorted(SortColumn column, bool descending) {
    ProspectQuery q;
    q.sort = {{column, descending}};
    return q;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_review DB [rounds]\n";
        return 2;
    }
    const int rounds = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 50;
    storage::Database database(args.at(1));
    QString error;
    if (!database.open(&error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    if (!qEnvironmentVariableIsEmpty("BENCH_PRAGMA")) {
        QSqlQuery pragma(database.connection());
        pragma.exec(qEnvironmentVariable("BENCH_PRAGMA"));
    }
    MatchSetCache matches;
    const SearchPlanner planner(matches);
    ProspectPager pager(database, planner);
    FacetCounter facets(database, planner);
    QRandomGenerator rng(42);
    const qint64 total = pager.count({});
    const auto check = [&](const ProspectPage &page) {
        if (!error.isEmpty())
            qFatal("query failed: %s", qPrintable(error));
        return page.rows.size();
    };

    // A key in the middle of each sort, so "deep" pages start far from the index's start.
    const auto midKey = [&](const ProspectQuery &q) {
        return pager.at(q, total / 2, 1, &error).firstKey();
    };
    const QList<QPair<QString, ProspectQuery>> sorts = {
        {QStringLiteral("name"), sorted(SortColumn::Name, false)},
        {QStringLiteral("company"), sorted(SortColumn::Company, false)},
        {QStringLiteral("-score"), sorted(SortColumn::Score, true)},
        {QStringLiteral("-tier,-score"),
         [] {
             ProspectQuery q;
             q.sort = {{SortColumn::Tier, true}, {SortColumn::Score, true}};
             return q;
         }()},
        {QStringLiteral("stage"), sorted(SortColumn::Stage, false)},
        {QStringLiteral("-updated"), sorted(SortColumn::Updated, true)},
        {QStringLiteral("email"), sorted(SortColumn::Email, false)},
    };
    // Found on first use: walking to the middle of seven sorts takes seconds.
    QList<RowKey> midKeys;
    const auto sortKeyAt = [&](qsizetype i) {
        if (midKeys.isEmpty()) {
            for (const auto &s : sorts)
                midKeys << midKey(s.second);
        }
        return midKeys.at(i);
    };

    const QStringList searches = {QStringLiteral("mar"),
                                  QStringLiteral("jonson"),
                                  QStringLiteral("sales dir"),
                                  QStringLiteral("ber labs"),
                                  QStringLiteral("quinros"),
                                  QStringLiteral("ta"),
                                  QStringLiteral("\"'; DROP TABLE prospects; --")};
    QList<ProspectQuery> filters;
    {
        ProspectQuery q;
        q.stages = {QStringLiteral("qualified")};
        filters << q;
        q = {};
        q.tiers = {QStringLiteral("hot")};
        filters << q;
        q = {};
        q.countries = {QStringLiteral("FR")};
        q.sort = {{SortColumn::Score, true}};
        filters << q;
        q = {};
        q.tags = {QStringLiteral("vip")};
        filters << q;
        q = {};
        q.minScore = 80;
        q.hasEmail = ProspectQuery::HasEmail::Yes;
        filters << q;
        q = {};
        q.stages = {QStringLiteral("new"), QStringLiteral("enriched")};
        q.countries = {QStringLiteral("DE")};
        q.sort = {{SortColumn::Name, false}};
        filters << q;
    }

    ProspectPage scroll = pager.first({}, kPage, &error);
    const auto searchQuery = [&](int i, std::optional<SortKey> sort = std::nullopt) {
        ProspectQuery q;
        q.search = searches.at(i % searches.size());
        if (sort)
            q.sort = {*sort};
        return q;
    };
    // Every pair of filter and search over 42 rounds, sorted by score.
    const auto searchFilterSort = [&](int round) {
        ProspectQuery q = filters.at(round % filters.size());
        q.search = searches.at(round % searches.size());
        q.sort = {{SortColumn::Score, true}};
        return q;
    };
    // What the table does when a query changes: size it (exact from the counts table, or
    // counted up to kViewSizeCap rows) and read the first page; the stage/tier counts follow later.
    const auto openView = [&](const ProspectQuery &q) {
        BoundedCount size;
        if (FacetCounter::isInstant(q)) {
            FacetCounts counts;
            facets.count(q, &counts, &error);
            size.count = counts.total;
        } else {
            facets.boundedCount(q, kViewSizeCap, &size, &error);
        }
        check(pager.first(q, kPage, &error));
    };
    QList<Scenario> scenarios = {
        {QStringLiteral("first page (default sort)"),
         [&](int) {
             check(pager.first({}, kPage, &error));
         }},
        {QStringLiteral("scroll: next page (keyset)"),
         [&](int) {
             scroll = pager.after({}, scroll.lastKey(), kPage, &error);
             check(scroll);
         }},
        {QStringLiteral("scroll: previous page (keyset)"),
         [&](int) {
             check(pager.before({}, scroll.firstKey(), kPage, &error));
         }},
        {QStringLiteral("jump to random row (anchors warm)"),
         [&](int) {
             check(pager.at({}, qint64(rng.bounded(quint64(total))), kPage, &error));
         }},
        {QStringLiteral("sort: first page, 7 sorts"),
         [&](int round) {
             check(pager.first(sorts.at(round % sorts.size()).second, kPage, &error));
         }},
        {QStringLiteral("sort: page in the middle, 7 sorts"),
         [&](int round) {
             const int i = round % int(sorts.size());
             check(pager.after(sorts.at(i).second, sortKeyAt(i), kPage, &error));
         }},
        {QStringLiteral("filter: first page, 6 filters"),
         [&](int round) {
             check(pager.first(filters.at(round % filters.size()), kPage, &error));
         }},
        {QStringLiteral("search: first page, 7 searches (new search)"),
         [&](int round) { check(pager.first(searchQuery(round), kPage, &error)); }, true},
        {QStringLiteral("search sorted by -score: first page (new search)"),
         [&](int round) {
             check(pager.first(searchQuery(round, SortKey{SortColumn::Score, true}), kPage, &error));
         },
         true},
        {QStringLiteral("search sorted by name: first page (new search)"),
         [&](int round) {
             check(pager.first(searchQuery(round, SortKey{SortColumn::Name, false}), kPage, &error));
         },
         true},
        {QStringLiteral("search + filter + sort: first page (new search)"),
         [&](int round) { check(pager.first(searchFilterSort(round), kPage, &error)); }, true},
        {QStringLiteral("  search + filter + sort: first page (matches built)"),
         [&](int round) { check(pager.first(searchFilterSort(round), kPage, &error)); }, true,
         [&](int round) {
             check(pager.first(searchFilterSort(round), kPage, &error));
         }},
        {QStringLiteral("search sorted by -score: next page (same search)"),
         [&](int round) {
             const ProspectQuery q = searchQuery(round / 5, SortKey{SortColumn::Score, true});
             const ProspectPage first = pager.first(q, kPage, &error);
             if (!first.atEnd)
                 check(pager.after(q, first.lastKey(), kPage, &error));
         }},
        {QStringLiteral("open view: size + first page, 6 filters"),
         [&](int round) { openView(filters.at(round % filters.size())); }, true},
        {QStringLiteral("open view: size + first page, 7 searches"),
         [&](int round) { openView(searchQuery(round)); }, true},
        {QStringLiteral("count: whole view (counts table)"),
         [&](int) {
             FacetCounts counts;
             facets.count({}, &counts, &error);
         }},
        {QStringLiteral("count: stage/tier filter (counts table)"),
         [&](int round) {
             ProspectQuery q;
             q.stages = {storage::pipelineStages().at(round % 9)};
             q.tiers = {QStringLiteral("hot")};
             FacetCounts counts;
             facets.count(q, &counts, &error);
         }},
        {QStringLiteral("count: bounded (%1), 6 filters")
             .arg(QLocale(QLocale::English).toString(kViewSizeCap)),
         [&](int round) {
             BoundedCount size;
             facets.boundedCount(filters.at(round % filters.size()), kViewSizeCap, &size, &error);
         }},
        {QStringLiteral("count: exact, 6 filters (worker, after the page)"),
         [&](int round) {
             pager.count(filters.at(round % filters.size()), &error);
         }},
        {QStringLiteral("facets: stage + tier counts, 6 filters (worker)"),
         [&](int round) {
             FacetCounts counts;
             facets.count(filters.at(round % filters.size()), &counts, &error);
         }},
        {QStringLiteral("facets: stage + tier counts, 7 searches (worker)"),
         [&](int round) {
             FacetCounts counts;
             facets.count(searchQuery(round), &counts, &error);
         },
         true},
    };

    // Breakdown, so a slow case is visible by name.
    for (qsizetype i = 0; i < sorts.size(); ++i) {
        scenarios << Scenario{QStringLiteral("  middle page, sort %1").arg(sorts.at(i).first), [&, i](int) {
                                  check(pager.after(sorts.at(i).second, sortKeyAt(i), kPage, &error));
                              }};
    }
    for (qsizetype i = 0; i < searches.size(); ++i) {
        const QString name = QString(searches.at(i)).replace(QLatin1Char('|'), QLatin1Char('/'));
        scenarios << Scenario{QStringLiteral("  search \"%1\"").arg(name),
                              [&, i](int) { check(pager.first(searchQuery(int(i)), kPage, &error)); }, true};
        scenarios << Scenario{QStringLiteral("  match set of \"%1\"").arg(name), [&, i](int) {
                                  const auto set =
                                      MatchSet::build(database.connection(),
                                                      storage::ftsMatchExpression(searches.at(i)), &error);
                                  if (!set)
                                      qFatal("match set failed: %s", qPrintable(error));
                              }};
        scenarios << Scenario{
            QStringLiteral("  search \"%1\" sorted by -score").arg(name),
            [&, i](int) {
                check(pager.first(searchQuery(int(i), SortKey{SortColumn::Score, true}), kPage, &error));
            },
            true};
    }
    const bool onlyBulk = args.contains(QStringLiteral("--only-bulk"));
    if (onlyBulk)
        scenarios.clear();
    // --only TEXT: the scenarios whose name contains TEXT (for profiling one case).
    const qsizetype only = args.indexOf(QStringLiteral("--only"));
    if (only > 0 && only + 1 < args.size()) {
        const QString text = args.at(only + 1);
        scenarios.removeIf([&](const Scenario &sc) { return !sc.name.contains(text); });
    }

    // Warm-up: the first queries pay for reading pages from disk into the cache.
    for (int i = 0; i < 3; ++i) {
        for (Scenario &s : scenarios)
            s.run(i);
    }
    // Anchors for jumps: one walk through the result, as the table does when the rep drags the scrollbar.
    if (!onlyBulk) {
        if (only < 0) {
            QElapsedTimer t;
            t.start();
            for (qint64 offset = 0; offset < total; offset += 1000)
                pager.at({}, offset, 1, &error);
            out << "anchor walk over " << total << " rows: " << t.elapsed() << " ms\n\n";
        }
        out << "| Operation (" << total << " prospects in the view, pages of " << kPage
            << ") | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms | runs |\n";
        out << "|---|---:|---:|---:|---:|---:|\n";
    }
    // BENCH_TRACE=1 prints every round's time on stderr.
    const bool trace = !qEnvironmentVariableIsEmpty("BENCH_TRACE");
    const bool traceSql = !qEnvironmentVariableIsEmpty("BENCH_SQL");
    for (Scenario &s : scenarios) {
        LatencyStats wall;
        LatencyStats cpu;
        for (int round = 0; round < rounds; ++round) {
            if (s.cold)
                matches.invalidate();
            if (s.prepare)
                s.prepare(round);
            QElapsedTimer t;
            t.start();
            if (traceSql)
                sqlite3_trace_v2(importing::sqliteHandle(database.connection()), SQLITE_TRACE_PROFILE,
                                 traceStatement, nullptr);
            const qint64 cpuStart = threadCpuMicros();
            s.run(round);
            const qint64 cpuMicros = threadCpuMicros() - cpuStart;
            cpu.add(cpuMicros);
            wall.add(t.nsecsElapsed() / 1000);
            if (trace) // which rounds make the tail
                QTextStream(stderr) << s.name << " round " << round << ": " << t.nsecsElapsed() / 1000
                                    << " us, CPU " << cpuMicros << " us\n";
            if (traceSql) {
                sqlite3_trace_v2(importing::sqliteHandle(database.connection()), 0, nullptr, nullptr);
                for (const QString &sql : std::exchange(tracedStatements, {}))
                    printPlan(database.connection(), sql);
            }
        }
        out << "| " << s.name << " | " << QString::number(wall.percentileMs(50), 'f', 2) << " | "
            << QString::number(wall.percentileMs(95), 'f', 2) << " | "
            << QString::number(cpu.percentileMs(50), 'f', 2) << " | "
            << QString::number(cpu.percentileMs(95), 'f', 2) << " | " << wall.count() << " |\n";
        out.flush();
    }

    if (args.contains(QStringLiteral("--no-bulk")))
        return 0;
    // Bulk action + undo on 100,000 rows (a whole filtered view), then check nothing is left over.
    UndoStack undo(database);
    BulkEditor editor(database, undo);
    ProspectQuery bulk;
    bulk.sort = {};
    QList<qint64> ids;
    {
        ProspectPage page = pager.first({}, 100000, &error);
        for (const auto &p : page.rows)
            ids << p.id;
    }
    const auto timed = [&](const QString &name, const std::function<BulkResult()> &action) {
        if (only > 0 && only + 1 < args.size() && !name.contains(args.at(only + 1)))
            return;
        // Wall time depends on what else the machine runs; process CPU time much less so.
        const auto cpuMs = [] {
            return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
        };
        QElapsedTimer t;
        t.start();
        qint64 cpu = cpuMs();
        const BulkResult r = action();
        const qint64 actionMs = t.restart();
        const qint64 actionCpu = cpuMs() - cpu;
        cpu = cpuMs();
        QString undoError;
        const bool undone = undo.undo(&undoError);
        out << "| " << name << " (" << r.affected << " rows) | " << actionMs << " | " << actionCpu << " | "
            << t.elapsed() << " | " << cpuMs() - cpu << " | " << (r.ok && undone ? "ok" : "FAILED") << " |\n";
        out.flush();
    };
    out << "\n| Bulk action on 100,000 selected ids | action ms | action CPU ms | undo ms | undo CPU ms | "
           "result "
           "|\n|---|---:|---:|---:|---:|---|\n";
    timed(QStringLiteral("set stage"),
          [&] { return editor.setStage(BulkTarget::ofIds(ids), QStringLiteral("qualified")); });
    timed(QStringLiteral("tier override"),
          [&] { return editor.setTierOverride(BulkTarget::ofIds(ids), QStringLiteral("hot")); });
    timed(QStringLiteral("archive"), [&] { return editor.setArchived(BulkTarget::ofIds(ids), true); });
    timed(QStringLiteral("add tag"),
          [&] { return editor.addTag(BulkTarget::ofIds(ids), QStringLiteral("bench")); });
    timed(QStringLiteral("remove tag"),
          [&] { return editor.removeTag(BulkTarget::ofIds(ids), QStringLiteral("vip")); });
    timed(QStringLiteral("delete"), [&] { return editor.remove(BulkTarget::ofIds(ids)); });
    return 0;
}
