// The SQL the pager runs: every sortable column walks an index (no sort of the whole view), keyset
// pages seek instead of scanning, and user text only ever travels as bound values.
#include "review/matchset.h"
#include "review/querysql.h"
#include "reviewfixture.h"
#include "storage/searchquery.h"

#include <QtTest>

using namespace prospector;
using namespace prospector::review;

namespace {

QString plan(const storage::Database &db, const QString &sql, const QVariantList &values) {
    QSqlQuery q(db.connection());
    if (!storage::exec(q, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, values))
        return QStringLiteral("<error>");
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestQuerySql : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;

private Q_SLOTS:
    void initTestCase() {
        m_db = reviewtest::openDatabase(m_dir, QStringLiteral("plans.db"));
        reviewtest::seed(*m_db, 200, 1);
    }

    void everySortWalksAnIndex_data() {
        QTest::addColumn<QString>("sort");
        for (const char *column : {"id", "name", "company", "title", "email", "country", "stage", "score",
                                   "tier", "updated", "created"}) {
            QTest::newRow(column) << QString::fromLatin1(column);
            QTest::newRow(QByteArray("-" + QByteArray(column)).constData())
                << QStringLiteral("-") + QString::fromLatin1(column);
        }
        QTest::newRow("-tier,-score") << QStringLiteral("-tier,-score");
    }
    void everySortWalksAnIndex() {
        QFETCH(QString, sort);
        ProspectQuery q;
        QVERIFY(parseSortKeys(sort, &q.sort));
        const QuerySql sql(q);
        QVariantList values;
        const QString first = QStringLiteral("SELECT id FROM prospects") + sql.where(&values) +
                              sql.orderBy() + QStringLiteral(" LIMIT 101");
        const QString firstPlan = plan(*m_db, first, values);
        QVERIFY2(!firstPlan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(firstPlan));

        // Each level of a page after a key in the middle seeks into an index, without sorting.
        RowKey key;
        key.id = 100;
        for (int i = 0; i < sql.keyColumnCount() - 1; ++i)
            key.values << QVariant(QStringLiteral("m"));
        for (const auto direction : {QuerySql::Direction::Forward, QuerySql::Direction::Backward}) {
            for (const QuerySql::Level &level : sql.keysetLevels(key, direction)) {
                values.clear();
                const QString text = QStringLiteral("SELECT id FROM prospects") + sql.where(&values) +
                                     QStringLiteral(" AND ") + level.condition +
                                     sql.orderBy(direction, level.equalKeys) + QStringLiteral(" LIMIT 101");
                const QString levelPlan = plan(*m_db, text, values + level.values);
                QVERIFY2(!levelPlan.contains(QStringLiteral("TEMP B-TREE")),
                         qPrintable(text + QLatin1Char('\n') + levelPlan));
                QVERIFY2(levelPlan.contains(QStringLiteral("SEARCH")),
                         qPrintable(text + QLatin1Char('\n') + levelPlan));
            }
        }
    }

    void userTextIsOnlyBound() {
        ProspectQuery q;
        const QString evil = QStringLiteral("x'); DROP TABLE prospects; --");
        q.search = evil;
        q.stages = {evil};
        q.tiers = {evil, QStringLiteral("hot")};
        q.tags = {evil};
        q.countries = {evil};
        q.sources = {evil};
        q.syncStates = {evil};
        q.company = evil;
        QVariantList values;
        const QString where = QuerySql(q).where(&values);
        QVERIFY(!where.contains(QStringLiteral("DROP")));
        QCOMPARE(where.count(QLatin1Char('?')), values.size());
        QSqlQuery run(m_db->connection());
        QVERIFY(storage::exec(run, QStringLiteral("SELECT count(*) FROM prospects") + where, values));
        QVERIFY(run.next());
        QCOMPARE(run.value(0).toInt(), 0);
    }

    void keysetPlaceholdersMatchValues() {
        ProspectQuery q;
        QVERIFY(parseSortKeys(QStringLiteral("-tier,name,-score"), &q.sort));
        const QuerySql sql(q);
        RowKey key{{3, QStringLiteral("smith"), 40}, 17};
        QVariantList values;
        const QString condition = sql.keysetCondition(key, QuerySql::Direction::Backward, &values);
        QCOMPARE(condition.count(QLatin1Char('?')), values.size());
        QCOMPARE(values.constFirst(), QVariant(3)); // the leading bound comes first in the text
        QCOMPARE(values.constLast(), QVariant(qint64(17)));
    }

    // Each way of writing a search has the plan it exists for.
    void searchModePlans() {
        ProspectQuery q;
        q.search = QStringLiteral("smi");
        QString error;
        const auto matches =
            MatchSet::build(m_db->connection(), storage::ftsMatchExpression(q.search), &error);
        QVERIFY2(matches, qPrintable(error));
        const auto planOf = [&](const QuerySql &sql, const RowKey *key) {
            QVariantList values;
            QString text = QStringLiteral("SELECT id") + sql.from(&values);
            QString where = sql.where(&values);
            int equalKeys = 0;
            if (key) {
                const QuerySql::Level level =
                    sql.keysetLevels(*key, QuerySql::Direction::Forward).constLast();
                where +=
                    (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + level.condition;
                values += level.values;
                equalKeys = level.equalKeys;
            }
            return plan(*m_db,
                        text + where + sql.orderBy(QuerySql::Direction::Forward, equalKeys) +
                            QStringLiteral(" LIMIT 101"),
                        values);
        };

        // Stream: FTS5 first, in rowid order (no sort), the keyset bound handed to FTS5.
        const QuerySql stream(q, SearchSql{SearchSql::Mode::Stream, nullptr});
        QString p = planOf(stream, nullptr);
        QVERIFY2(p.startsWith(QStringLiteral("SCAN prospect_search VIRTUAL TABLE")), qPrintable(p));
        QVERIFY2(!p.contains(QStringLiteral("TEMP B-TREE")), qPrintable(p));
        const RowKey key{{}, 100};
        p = planOf(stream, &key);
        QVERIFY2(p.section(QLatin1Char('\n'), 0, 0).contains(QLatin1Char('>')), qPrintable(p));
        QVERIFY2(!p.contains(QStringLiteral("TEMP B-TREE")), qPrintable(p));

        // Walk: the sort index is walked, nothing is sorted, FTS5 is not touched.
        q.sort = {{SortColumn::Score, true}};
        const QuerySql walk(q, SearchSql{SearchSql::Mode::Walk, matches});
        p = planOf(walk, nullptr);
        QVERIFY2(p.contains(QStringLiteral("prospects_score_sort")), qPrintable(p));
        QVERIFY2(!p.contains(QStringLiteral("TEMP B-TREE")) && !p.contains(QStringLiteral("prospect_search")),
                 qPrintable(p));

        // Walk with a tag filter: the tagged ids are tested against the matches inside the tag
        // subquery, so SQLite drives from (or builds) the list of tagged matches only, not of every
        // tagged prospect. Other modes leave the subquery alone.
        q.tags = {QStringLiteral("vip")};
        for (const auto mode : {SearchSql::Mode::Walk, SearchSql::Mode::Collect}) {
            const QuerySql tagged(q, SearchSql{mode, matches});
            QVariantList values;
            const QString text = tagged.from(&values) + tagged.where(&values);
            QCOMPARE(text.contains(QStringLiteral("prospector_match(?, pt.prospect_id)")),
                     mode == SearchSql::Mode::Walk);
            QCOMPARE(text.count(QLatin1Char('?')), values.size());
            QVERIFY2(plan(*m_db, QStringLiteral("SELECT id") + text, values) != QStringLiteral("<error>"),
                     qPrintable(text));
        }
        q.tags.clear();

        // Collect: the few matches drive and are sorted.
        const QuerySql collect(q, SearchSql{SearchSql::Mode::Collect, matches});
        p = planOf(collect, nullptr);
        QVERIFY2(p.startsWith(QStringLiteral("SCAN json_each")), qPrintable(p));
        QVERIFY2(p.contains(QStringLiteral("USING INTEGER PRIMARY KEY")), qPrintable(p));
    }
};

QTEST_GUILESS_MAIN(TestQuerySql)
#include "tst_querysql.moc"
