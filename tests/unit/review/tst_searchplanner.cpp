// SearchPlanner picks how a search becomes SQL; MatchSetCache reads each search's matches once.
#include "review/narrowingfilter.h"
#include "review/querysql.h"
#include "review/searchplan.h"
#include "reviewfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <cmath>

using namespace prospector;
using namespace prospector::review;

class TestSearchPlanner : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;

    static SearchSql planOn(const storage::Database &db, const SearchPlanner &planner, const ProspectQuery &q,
                            SearchPlanner::Purpose purpose = SearchPlanner::Purpose::Page) {
        SearchSql sql;
        QString error;
        if (!planner.plan(db.connection(), q, purpose, &sql, &error))
            qFatal("planning failed: %s", qPrintable(error));
        return sql;
    }
    SearchSql plan(const SearchPlanner &planner, const ProspectQuery &q,
                   SearchPlanner::Purpose purpose = SearchPlanner::Purpose::Page) {
        return planOn(*m_db, planner, q, purpose);
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = reviewtest::openDatabase(m_dir, QStringLiteral("planner.db"));
        reviewtest::seed(*m_db, 300, 11);
    }

    void choosesByShape() {
        MatchSetCache cache;
        SearchPlanner::Tuning tuning;
        tuning.collectAtMost = 10;
        const SearchPlanner planner(cache, tuning);
        ProspectQuery q;
        QCOMPARE(plan(planner, q).mode, SearchSql::Mode::Subquery); // no search at all
        q.search = QStringLiteral("...");                           // no terms either
        QCOMPARE(plan(planner, q).mode, SearchSql::Mode::Subquery);

        // Sorted by id, nothing else filtering: FTS5 streams, no match set is read.
        q.search = QStringLiteral("smi");
        SearchSql sql = plan(planner, q);
        QCOMPARE(sql.mode, SearchSql::Mode::Stream);
        QVERIFY(!sql.matches);
        q.archived = ProspectQuery::Archived::Include;
        QCOMPARE(plan(planner, q).mode, SearchSql::Mode::Stream);
        q.sort = {{SortColumn::Id, true}};
        QCOMPARE(plan(planner, q).mode, SearchSql::Mode::Stream);
        // An exact count never streams (it reads every match anyway)...
        QVERIFY(plan(planner, q, SearchPlanner::Purpose::Count).mode != SearchSql::Mode::Stream);
        // ...but a count up to a cap does, in any sort, and reads no match set: it stops at the
        // cap instead of testing every prospect.
        for (const auto &sort : {QList<SortKey>{}, QList<SortKey>{{SortColumn::Name, false}}}) {
            q.sort = sort;
            sql = plan(planner, q, SearchPlanner::Purpose::BoundedCount);
            QCOMPARE(sql.mode, SearchSql::Mode::Stream);
            QVERIFY(!sql.matches);
        }
        q.hasEmail = ProspectQuery::HasEmail::Yes; // another filter: the set decides again
        QVERIFY(plan(planner, q, SearchPlanner::Purpose::BoundedCount).mode != SearchSql::Mode::Stream);
        q.hasEmail = ProspectQuery::HasEmail::Any;
        q.sort = {{SortColumn::Id, true}};

        // Another sort, or another filter: the set decides, by its size.
        q.sort = {{SortColumn::Score, true}};
        sql = plan(planner, q);
        QVERIFY(sql.matches && sql.matches->size() > 10);
        QCOMPARE(sql.mode, SearchSql::Mode::Walk);
        q.sort = {};
        q.stages = {QStringLiteral("new")};
        QCOMPARE(plan(planner, q).mode, SearchSql::Mode::Walk);
        q.search = QStringLiteral("p123"); // one e-mail address
        sql = plan(planner, q);
        QVERIFY(sql.matches && sql.matches->size() <= 10);
        QCOMPARE(sql.mode, SearchSql::Mode::Collect);
    }

    void otherFiltersMakeCollectingWorthItSooner() {
        MatchSetCache cache;
        ProspectQuery q;
        q.search = QStringLiteral("smi");
        q.sort = {{SortColumn::Name, false}};
        const qint64 found = plan(SearchPlanner(cache), q).matches->size();
        QVERIFY(found > 2);
        // Just too many to collect for the search alone: walk the name index.
        SearchPlanner::Tuning tuning;
        tuning.collectAtMost = found - 1;
        const SearchPlanner planner(cache, tuning);
        QCOMPARE(plan(planner, q).mode, SearchSql::Mode::Walk);
        // A filter keeps (it is taken) 15 % of the rows: walking for a page would read ~2.6x as
        // many entries, so the same matches are now collected and sorted.
        q.countries = {QStringLiteral("FR")};
        QCOMPARE(otherFilterCount(q), 1);
        QCOMPARE(plan(planner, q).mode, SearchSql::Mode::Collect);
        // The limit grows for three filters at most.
        q.stages = {QStringLiteral("new")};
        q.tags = {QStringLiteral("vip")};
        q.hasEmail = ProspectQuery::HasEmail::Yes;
        QCOMPARE(otherFilterCount(q), 4);
        SearchPlanner::Tuning small;
        small.collectAtMost = qint64(std::ceil(double(found) * std::pow(kFilterShare, 1.5))) - 1;
        QCOMPARE(plan(SearchPlanner(cache, small), q).mode, SearchSql::Mode::Walk);
        small.collectAtMost += 2;
        QCOMPARE(plan(SearchPlanner(cache, small), q).mode, SearchSql::Mode::Collect);
        // The archive flag is not a filter here.
        ProspectQuery archived;
        archived.archived = ProspectQuery::Archived::Only;
        QCOMPARE(otherFilterCount(archived), 0);
    }

    // A filter with its own index narrows the matches when it keeps few of them (a rare tag), not
    // when it keeps most (a tag on everyone); the SQL then leaves it out. Facet counts group by
    // stage, so a count never narrows by stage.
    void narrowsByASelectiveFilterOnly() {
        QTemporaryDir dir;
        const auto db = reviewtest::openDatabase(dir, QStringLiteral("narrowing.db"));
        reviewtest::seed(*db, 3000, 5);
        QVERIFY(
            reviewtest::run(*db, QStringLiteral("INSERT INTO tags (name) VALUES ('rare'), ('everyone')")));
        QVERIFY(
            reviewtest::run(*db, QStringLiteral("INSERT INTO prospect_tags (prospect_id, tag_id) SELECT id, "
                                                "(SELECT id FROM tags WHERE name = 'rare') FROM prospects "
                                                "WHERE id % 97 = 0")));
        QVERIFY(reviewtest::run(
            *db, QStringLiteral("INSERT INTO prospect_tags (prospect_id, tag_id) SELECT id, "
                                "(SELECT id FROM tags WHERE name = 'everyone') FROM prospects")));
        const auto planFor = [&](const SearchPlanner &planner, const ProspectQuery &q,
                                 SearchPlanner::Purpose purpose = SearchPlanner::Purpose::Page) {
            return planOn(*db, planner, q, purpose);
        };
        const auto ids = [&](const QString &sql) {
            QSqlQuery q(db->connection());
            if (!q.exec(sql))
                qFatal("%s", qPrintable(q.lastError().text()));
            std::vector<qint64> out;
            while (q.next())
                out.push_back(q.value(0).toLongLong());
            return out;
        };
        const auto members = [&](const MatchSet &set, const std::vector<qint64> &candidates) {
            std::vector<qint64> in;
            for (const qint64 id : candidates) {
                if (set.contains(id))
                    in.push_back(id);
            }
            return in;
        };
        MatchSetCache cache(8);
        const SearchPlanner planner(cache);
        ProspectQuery q;
        q.search = QStringLiteral("smi");
        q.sort = {{SortColumn::Score, true}};
        const SearchSql searchOnly = planFor(planner, q);
        QVERIFY(searchOnly.matches->size() > 2 * kPageRows);
        QCOMPARE(searchOnly.narrowedBy, 0u);

        q.tags = {QStringLiteral("rare")};
        SearchSql sql = planFor(planner, q);
        QCOMPARE(sql.narrowedBy, unsigned(NarrowingFilter::Tags));
        const std::vector<qint64> rare = ids(QStringLiteral(
            "SELECT prospect_id FROM prospect_tags WHERE tag_id = (SELECT id FROM tags WHERE name = 'rare') "
            "ORDER BY prospect_id"));
        QCOMPARE(sql.matches->size(), qint64(members(*searchOnly.matches, rare).size()));
        QCOMPARE(members(*sql.matches, rare), members(*searchOnly.matches, rare));
        QVERIFY(sql.mode == SearchSql::Mode::Collect); // a few dozen rows: collected
        QVariantList values;
        QVERIFY(!QuerySql(q, sql).where(&values).contains(QLatin1String("prospect_tags")));

        q.tags = {QStringLiteral("everyone")};
        sql = planFor(planner, q);
        QCOMPARE(sql.narrowedBy, 0u);
        values.clear();
        QVERIFY(QuerySql(q, sql).where(&values).contains(QLatin1String("prospect_tags")));

        SearchPlanner::Tuning never;
        never.narrowing = SearchPlanner::Tuning::Narrowing::Never;
        q.tags = {QStringLiteral("rare")};
        QCOMPARE(planFor(SearchPlanner(cache, never), q).narrowedBy, 0u);

        SearchPlanner::Tuning always;
        always.narrowing = SearchPlanner::Tuning::Narrowing::Always;
        q.stages = {QStringLiteral("new")};
        QCOMPARE(planFor(SearchPlanner(cache, always), q).narrowedBy,
                 unsigned(NarrowingFilter::Tags | NarrowingFilter::Stages));
        QCOMPARE(planFor(SearchPlanner(cache, always), q, SearchPlanner::Purpose::Count).narrowedBy,
                 unsigned(NarrowingFilter::Tags));
    }

    void cacheReadsEachSearchOnceUntilInvalidated() {
        MatchSetCache cache(2);
        QString error;
        const auto smi = cache.get(m_db->connection(), QStringLiteral("\"smi\"*"), &error);
        QVERIFY2(smi, qPrintable(error));
        QCOMPARE(cache.get(m_db->connection(), QStringLiteral("\"smi\"*"), &error).get(), smi.get());
        // Two more searches push the first out.
        QVERIFY(cache.get(m_db->connection(), QStringLiteral("\"acme\"*"), &error));
        QVERIFY(cache.get(m_db->connection(), QStringLiteral("\"vp\"*"), &error));
        QVERIFY(cache.get(m_db->connection(), QStringLiteral("\"smi\"*"), &error).get() != smi.get());

        // After a change, a cached set is never served again.
        const auto before = cache.get(m_db->connection(), QStringLiteral("\"zed\"*"), &error);
        QVERIFY(reviewtest::run(*m_db,
                                QStringLiteral("UPDATE prospects SET last_name = 'Zed' WHERE id % 2 = 0")));
        cache.invalidate();
        const auto after = cache.get(m_db->connection(), QStringLiteral("\"zed\"*"), &error);
        QVERIFY(after.get() != before.get());
        QVERIFY(after->size() > before->size());
    }

    void filtersOnlyArchivedIgnoresSearchAndSort() {
        ProspectQuery q;
        q.search = QStringLiteral("x");
        q.sort = {{SortColumn::Name, false}};
        q.archived = ProspectQuery::Archived::Only;
        QVERIFY(filtersOnlyArchived(q));
        q.hasEmail = ProspectQuery::HasEmail::Yes;
        QVERIFY(!filtersOnlyArchived(q));
    }
};

QTEST_GUILESS_MAIN(TestSearchPlanner)
#include "tst_searchplanner.moc"
