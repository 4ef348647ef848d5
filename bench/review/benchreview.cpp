// p50/p95 of the review screen's queries on a generated database, through the classes the UI
// uses (ProspectPager, FacetCounter, BulkEditor + UndoStack).
// Usage: bench_review DB [rounds] [--no-bulk]
// Prints a Markdown table for bench/RESULTS.md.
#include "latencystats.h"
#include "review/bulkeditor.h"
#include "review/facetcounts.h"
#include "review/prospectpager.h"
#include "review/undostack.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <ctime>
#include <functional>

using namespace prospector;
using namespace prospector::review;

namespace {

constexpr int kPage = 100; // rows per fetch, about two screens of the table

struct Scenario {
    QString name;
    std::function<void(int round)> run; // one measured operation
};

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
    ProspectPager pager(database);
    FacetCounter facets(database);
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
    QList<RowKey> sortKeys;
    for (const auto &s : sorts)
        sortKeys << midKey(s.second);

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
             check(pager.after(sorts.at(i).second, sortKeys.at(i), kPage, &error));
         }},
        {QStringLiteral("filter: first page, 6 filters"),
         [&](int round) {
             check(pager.first(filters.at(round % filters.size()), kPage, &error));
         }},
        {QStringLiteral("search: first page, 7 searches"),
         [&](int round) {
             ProspectQuery q;
             q.search = searches.at(round % searches.size());
             check(pager.first(q, kPage, &error));
         }},
        {QStringLiteral("search + filter + sort: first page"),
         [&](int round) {
             ProspectQuery q = filters.at(round % filters.size());
             q.search = searches.at(round % searches.size());
             q.sort = {{SortColumn::Score, true}};
             check(pager.first(q, kPage, &error));
         }},
        {QStringLiteral("count: whole view"),
         [&](int) {
             pager.count({}, &error);
         }},
        {QStringLiteral("count: filtered view"),
         [&](int round) {
             pager.count(filters.at(round % filters.size()), &error);
         }},
        {QStringLiteral("facets: stage + tier counts"),
         [&](int round) {
             FacetCounts counts;
             facets.count(round % 2 ? ProspectQuery{} : filters.at(round % filters.size()), &counts, &error);
         }},
    };

    // Breakdown, so a slow case is visible by name.
    for (qsizetype i = 0; i < sorts.size(); ++i) {
        scenarios << Scenario{QStringLiteral("  middle page, sort %1").arg(sorts.at(i).first), [&, i](int) {
                                  check(pager.after(sorts.at(i).second, sortKeys.at(i), kPage, &error));
                              }};
    }
    for (qsizetype i = 0; i < searches.size(); ++i) {
        scenarios << Scenario{
            QStringLiteral("  search \"%1\"").arg(searches.at(i)).replace(QLatin1Char('|'), QLatin1Char('/')),
            [&, i](int) {
                ProspectQuery q;
                q.search = searches.at(i);
                check(pager.first(q, kPage, &error));
            }};
    }

    // Warm-up: the first queries pay for reading pages from disk into the cache.
    for (int i = 0; i < 3; ++i) {
        for (Scenario &s : scenarios)
            s.run(i);
    }
    // Anchors for jumps: one walk through the result, as the table does when the rep drags the scrollbar.
    {
        QElapsedTimer t;
        t.start();
        for (qint64 offset = 0; offset < total; offset += 1000)
            pager.at({}, offset, 1, &error);
        out << "anchor walk over " << total << " rows: " << t.elapsed() << " ms\n\n";
    }

    out << "| Operation (" << total << " prospects, pages of " << kPage << ") | p50 ms | p95 ms | runs |\n";
    out << "|---|---:|---:|---:|\n";
    for (Scenario &s : scenarios) {
        LatencyStats stats;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer t;
            t.start();
            s.run(round);
            stats.add(t.nsecsElapsed() / 1000);
        }
        out << "| " << s.name << " | " << QString::number(stats.percentileMs(50), 'f', 2) << " | "
            << QString::number(stats.percentileMs(95), 'f', 2) << " | " << stats.count() << " |\n";
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
