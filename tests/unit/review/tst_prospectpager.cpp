// Filters, sorts and keyset pages of ProspectPager checked against an independent reference: all
// rows loaded into C++, filtered and sorted there, then sliced like ORDER BY ... LIMIT/OFFSET.
#include "review/facetcounts.h"
#include "review/prospectpager.h"
#include "reviewfixture.h"

#include <QtTest>

using namespace prospector;
using namespace prospector::review;

namespace {

struct Row {
    qint64 id = 0;
    QString first, last, email, title, company, country, stage, tier, tierOverride, sync, source, notes;
    int score = -1;
    bool archived = false;
    qint64 importId = 0, created = 0, updated = 0;
    QStringList tags;
    QString effectiveTier() const { return tierOverride.isEmpty() ? tier : tierOverride; }
};

QList<Row> loadRows(const storage::Database &db) {
    QList<Row> rows;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT id, first_name, last_name, coalesce(email, ''), title, company_name, country, stage, "
        "coalesce(tier, ''), coalesce(tier_override, ''), sync_state, source, coalesce(score, -1), archived, "
        "coalesce(import_id, 0), created_at, updated_at, "
        "(SELECT group_concat(t.name, '|') FROM prospect_tags pt JOIN tags t ON t.id = pt.tag_id "
        " WHERE pt.prospect_id = prospects.id), "
        "(SELECT group_concat(body, ' ') FROM notes WHERE prospect_id = prospects.id) FROM prospects"));
    while (q.next()) {
        Row r;
        int i = 0;
        r.id = q.value(i++).toLongLong();
        r.first = q.value(i++).toString();
        r.last = q.value(i++).toString();
        r.email = q.value(i++).toString();
        r.title = q.value(i++).toString();
        r.company = q.value(i++).toString();
        r.country = q.value(i++).toString();
        r.stage = q.value(i++).toString();
        r.tier = q.value(i++).toString();
        r.tierOverride = q.value(i++).toString();
        r.sync = q.value(i++).toString();
        r.source = q.value(i++).toString();
        r.score = q.value(i++).toInt();
        r.archived = q.value(i++).toBool();
        r.importId = q.value(i++).toLongLong();
        r.created = q.value(i++).toLongLong();
        r.updated = q.value(i++).toLongLong();
        r.tags = q.value(i++).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
        r.notes = q.value(i++).toString();
        rows << r;
    }
    return rows;
}

QStringList tokens(const QString &text) {
    QStringList result;
    QString current;
    const QString padded = text + QLatin1Char(' ');
    for (QChar c : padded) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            result << current;
            current.clear();
        }
    }
    return result;
}

bool matchesSearch(const Row &r, const QString &search) {
    const QStringList words =
        tokens(r.first + QLatin1Char(' ') + r.last + QLatin1Char(' ') + r.email + QLatin1Char(' ') +
               r.company + QLatin1Char(' ') + r.title + QLatin1Char(' ') + r.notes);
    for (const QString &term : tokens(search)) {
        if (!std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return w.startsWith(term); }))
            return false;
    }
    return true;
}

bool matches(const Row &r, const ProspectQuery &q) {
    if (q.archived == ProspectQuery::Archived::Exclude && r.archived)
        return false;
    if (q.archived == ProspectQuery::Archived::Only && !r.archived)
        return false;
    const QString tier = r.effectiveTier().isEmpty() ? QStringLiteral("none") : r.effectiveTier();
    if ((!q.stages.isEmpty() && !q.stages.contains(r.stage)) ||
        (!q.tiers.isEmpty() && !q.tiers.contains(tier)) ||
        (!q.countries.isEmpty() && !q.countries.contains(r.country)) ||
        (!q.syncStates.isEmpty() && !q.syncStates.contains(r.sync)) ||
        (!q.sources.isEmpty() && !q.sources.contains(r.source)) ||
        (!q.importIds.isEmpty() && !q.importIds.contains(r.importId)))
        return false;
    if (!q.tags.isEmpty() && !std::any_of(q.tags.cbegin(), q.tags.cend(), [&](const QString &t) {
            return r.tags.contains(t, Qt::CaseInsensitive);
        }))
        return false;
    if (!q.company.isEmpty() && r.company.compare(q.company, Qt::CaseInsensitive) != 0)
        return false;
    if (q.minScore >= 0 && (r.score < 0 || r.score < q.minScore))
        return false;
    if (q.maxScore >= 0 && (r.score < 0 || r.score > q.maxScore))
        return false;
    if (q.hasEmail == ProspectQuery::HasEmail::Yes && r.email.isEmpty())
        return false;
    if (q.hasEmail == ProspectQuery::HasEmail::No && !r.email.isEmpty())
        return false;
    return q.search.isEmpty() || matchesSearch(r, q.search);
}

QVariant sortValue(const Row &r, SortColumn column) {
    static const QStringList stages = storage::pipelineStages();
    switch (column) {
    case SortColumn::Id:
        return r.id;
    case SortColumn::Name:
        return r.last.toLower();
    case SortColumn::Company:
        return r.company.toLower();
    case SortColumn::Title:
        return r.title.toLower();
    case SortColumn::Email:
        return r.email;
    case SortColumn::Country:
        return r.country;
    case SortColumn::Stage:
        return int(stages.indexOf(r.stage));
    case SortColumn::Score:
        return r.score;
    case SortColumn::Tier: {
        const QString t = r.effectiveTier();
        return t == QLatin1String("hot")    ? 3
               : t == QLatin1String("warm") ? 2
               : t == QLatin1String("cold") ? 1
                                            : 0;
    }
    case SortColumn::Updated:
        return r.updated;
    case SortColumn::Created:
        return r.created;
    }
    return {};
}

int compareValues(const QVariant &a, const QVariant &b) {
    if (a.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString());
    return a.toLongLong() < b.toLongLong() ? -1 : a.toLongLong() > b.toLongLong() ? 1 : 0;
}

QList<qint64> reference(const QList<Row> &rows, const ProspectQuery &q) {
    QList<Row> kept;
    for (const Row &r : rows) {
        if (matches(r, q))
            kept << r;
    }
    const SortKeys keys = q.effectiveSort();
    std::sort(kept.begin(), kept.end(), [&](const Row &a, const Row &b) {
        for (const SortKey &key : keys) {
            const int c = compareValues(sortValue(a, key.column), sortValue(b, key.column));
            if (c != 0)
                return key.descending ? c > 0 : c < 0;
        }
        return false;
    });
    QList<qint64> ids;
    for (const Row &r : kept)
        ids << r.id;
    return ids;
}

QList<qint64> idsOf(const ProspectPage &page) {
    QList<qint64> ids;
    for (const auto &p : page.rows)
        ids << p.id;
    return ids;
}

ProspectQuery randomQuery(QRandomGenerator &rng, int searchOneIn = 3) {
    const auto chance = [&](int n) {
        return rng.bounded(n) == 0;
    };
    const auto some = [&](const QStringList &pool) {
        QStringList result;
        for (const QString &v : pool) {
            if (chance(2))
                result << v;
        }
        return result;
    };
    ProspectQuery q;
    if (chance(searchOneIn))
        q.search = QStringList{QStringLiteral("smi"),     QStringLiteral("acme"), QStringLiteral("brown eng"),
                               QStringLiteral("pancake"), QStringLiteral("x1"),   QStringLiteral("vp")}
                       .at(int(rng.bounded(6)));
    if (chance(3))
        q.stages = some(storage::pipelineStages());
    if (chance(3))
        q.tiers = some(
            {QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold"), QStringLiteral("none")});
    if (chance(4))
        q.tags = some({QStringLiteral("vip"), QStringLiteral("conference"), QStringLiteral("later")});
    if (chance(4))
        q.countries = some({QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("US"), QString()});
    q.countries.removeAll(QString());
    if (chance(5))
        q.syncStates = some({QStringLiteral("local"), QStringLiteral("synced")});
    if (chance(5))
        q.sources = {QStringLiteral("csv")};
    if (chance(5))
        q.importIds = {1 + qint64(rng.bounded(2))};
    if (chance(5))
        q.company = QStringLiteral("ACME");
    if (chance(4))
        q.minScore = int(rng.bounded(60));
    if (chance(5))
        q.maxScore = 40 + int(rng.bounded(61));
    if (chance(4))
        q.hasEmail = chance(2) ? ProspectQuery::HasEmail::Yes : ProspectQuery::HasEmail::No;
    if (chance(4))
        q.archived = chance(2) ? ProspectQuery::Archived::Only : ProspectQuery::Archived::Include;
    const int keys = int(rng.bounded(4));
    for (int i = 0; i < keys; ++i)
        q.sort << SortKey{SortColumn(rng.bounded(11)), chance(2)};
    return q;
}

} // namespace

class TestProspectPager : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    QList<Row> m_rows;

private Q_SLOTS:
    void initTestCase() {
        m_db = reviewtest::openDatabase(m_dir, QStringLiteral("pager.db"));
        reviewtest::seed(*m_db, 700, 4242);
        m_rows = loadRows(*m_db);
        QCOMPARE(m_rows.size(), 700);
    }

    // Every way of writing the search (SearchSql::Mode) returns the same rows as the reference,
    // and so does the automatic choice with thresholds that make this small database use all of
    // them.
    void randomQueriesMatchReference_data() {
        QTest::addColumn<int>("mode"); // -1: automatic
        QTest::addColumn<qint64>("collectAtMost");
        QTest::addColumn<int>("rounds");
        QTest::addColumn<int>("narrowing"); // SearchPlanner::Tuning::Narrowing
        using Narrowing = SearchPlanner::Tuning::Narrowing;
        const int byCost = int(Narrowing::ByCost);
        QTest::newRow("automatic") << -1 << qint64(3000) << 80 << byCost;
        QTest::newRow("automatic, small collect limit") << -1 << qint64(5) << 30 << byCost;
        QTest::newRow("subquery") << int(SearchSql::Mode::Subquery) << qint64(0) << 30 << byCost;
        QTest::newRow("stream (walk when not streamable)")
            << int(SearchSql::Mode::Stream) << qint64(0) << 30 << byCost;
        QTest::newRow("walk") << int(SearchSql::Mode::Walk) << qint64(0) << 30 << int(Narrowing::Never);
        QTest::newRow("collect") << int(SearchSql::Mode::Collect) << qint64(0) << 30 << int(Narrowing::Never);
        // The matches narrowed by every filter that has an index: the SQL leaves those filters out.
        QTest::newRow("walk, narrowed")
            << int(SearchSql::Mode::Walk) << qint64(0) << 40 << int(Narrowing::Always);
        QTest::newRow("collect, narrowed")
            << int(SearchSql::Mode::Collect) << qint64(0) << 40 << int(Narrowing::Always);
        QTest::newRow("automatic, narrowed") << -1 << qint64(3000) << 40 << int(Narrowing::Always);
    }
    void randomQueriesMatchReference() {
        QFETCH(int, mode);
        QFETCH(qint64, collectAtMost);
        QFETCH(int, rounds);
        QFETCH(int, narrowing);
        SearchPlanner::Tuning tuning;
        tuning.collectAtMost = collectAtMost;
        tuning.narrowing = SearchPlanner::Tuning::Narrowing(narrowing);
        if (mode >= 0)
            tuning.force = SearchSql::Mode(mode);
        MatchSetCache cache;
        const SearchPlanner planner(cache, tuning);
        QRandomGenerator rng(7);
        ProspectPager pager(*m_db, planner);
        FacetCounter counter(*m_db, planner);
        int nonEmpty = 0;
        int narrowedRounds = 0;
        for (int round = 0; round < rounds; ++round) {
            // A pinned mode only matters with a search: give every query one.
            const bool alwaysNarrow = tuning.narrowing == SearchPlanner::Tuning::Narrowing::Always;
            const ProspectQuery q = randomQuery(rng, mode >= 0 || alwaysNarrow ? 1 : 3);
            SearchSql plan;
            QString planError;
            QVERIFY2(planner.plan(m_db->connection(), q, SearchPlanner::Purpose::Page, &plan, &planError),
                     qPrintable(planError));
            narrowedRounds += plan.narrowedBy != 0 ? 1 : 0;
            const QList<qint64> expected = reference(m_rows, q);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            const QString context = QStringLiteral("round %1 sort %2 search '%3'")
                                        .arg(round)
                                        .arg(sortKeysToString(q.sort), q.search);
            QString error;
            QCOMPARE(pager.count(q, &error), qint64(expected.size()));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            FacetCounts counts;
            QVERIFY2(counter.count(q, &counts, &error), qPrintable(error));
            QCOMPARE(counts.total, qint64(expected.size()));
            for (const qint64 cap : {qint64(0), qint64(3), qint64(expected.size()), qint64(1000)}) {
                BoundedCount bounded;
                QVERIFY2(counter.boundedCount(q, cap, &bounded, &error), qPrintable(error));
                // Exact when it is cheap to know (the counts table), else capped.
                if (bounded.exact) {
                    QCOMPARE(bounded.count, qint64(expected.size()));
                } else {
                    QCOMPARE(bounded.count, cap);
                    QVERIFY(qint64(expected.size()) > cap);
                }
                QVERIFY(bounded.exact || !FacetCounter::isInstant(q));
                QVERIFY(bounded.exact || qint64(expected.size()) > cap);
            }

            // Forward with keyset pages of a random size.
            const int size = 1 + int(rng.bounded(60));
            QList<qint64> forward;
            ProspectPage page = pager.first(q, size, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(page.atStart);
            forward << idsOf(page);
            while (!page.atEnd) {
                page = pager.after(q, page.lastKey(), size, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                forward << idsOf(page);
            }
            QVERIFY2(forward == expected, qPrintable(context));

            // Backward from the end.
            QList<qint64> backward;
            page = pager.last(q, size, &error);
            QVERIFY(page.atEnd);
            backward = idsOf(page);
            while (!page.atStart) {
                page = pager.before(q, page.firstKey(), size, &error);
                backward = idsOf(page) + backward;
            }
            QVERIFY2(backward == expected, qPrintable(context));

            // Jumps, like LIMIT size OFFSET n (anchors are remembered along the way).
            for (int jump = 0; jump < 4; ++jump) {
                const qint64 offset = rng.bounded(qint64(expected.size()) + 5);
                page = pager.at(q, offset, size, &error);
                QVERIFY2(idsOf(page) == expected.mid(offset, size), qPrintable(context));
                QCOMPARE(page.atEnd, offset + size >= expected.size());
            }
            QCOMPARE(pager.ids(q), expected);
        }
        QVERIFY(nonEmpty > rounds / 2); // the random queries are not all trivially empty
        if (tuning.narrowing == SearchPlanner::Tuning::Narrowing::Always)
            QVERIFY2(narrowedRounds > rounds / 4, qPrintable(QString::number(narrowedRounds)));
    }

    void pagesCarryTagsAndFullRows() {
        ProspectPager pager(*m_db);
        ProspectQuery q;
        q.tags = {QStringLiteral("VIP")}; // tag names are case-insensitive
        const ProspectPage page = pager.first(q, 20);
        QVERIFY(!page.isEmpty());
        for (qsizetype i = 0; i < page.rows.size(); ++i) {
            QVERIFY(page.tags.at(i).contains(QStringLiteral("vip")));
            QVERIFY(!page.rows.at(i).archived);
            QCOMPARE(page.keys.at(i).id, page.rows.at(i).id);
        }
    }

    void facetCountsIgnoreTheirOwnFilter() {
        ProspectQuery q;
        q.stages = {QStringLiteral("new")};
        q.countries = {QStringLiteral("FR")};
        FacetCounts counts;
        QString error;
        QVERIFY2(FacetCounter(*m_db).count(q, &counts, &error), qPrintable(error));
        QCOMPARE(counts.total, qint64(reference(m_rows, q).size()));
        ProspectQuery allStages = q;
        allStages.stages.clear();
        for (const QString &stage : storage::pipelineStages()) {
            ProspectQuery one = allStages;
            one.stages = {stage};
            QCOMPARE(counts.byStage.value(stage), qint64(reference(m_rows, one).size()));
        }
        qint64 tierSum = 0;
        for (const QString &tier : {QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold"),
                                    QStringLiteral("none")}) {
            ProspectQuery one = q;
            one.tiers = {tier};
            QCOMPARE(counts.byTier.value(tier), qint64(reference(m_rows, one).size()));
            tierSum += counts.byTier.value(tier);
        }
        QCOMPARE(tierSum, counts.total);
    }

    void hostileSearchIsPlainText_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("quotes") << QStringLiteral("\"smith");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("minus") << QStringLiteral("-smith");
        QTest::newRow("near") << QStringLiteral("NEAR(smith jones)");
        QTest::newRow("or") << QStringLiteral("smith OR jones");
        QTest::newRow("column filter") << QStringLiteral("email:x1");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE prospects; --");
        QTest::newRow("parens") << QStringLiteral(")))(((");
        QTest::newRow("caret") << QStringLiteral("^smith");
        QTest::newRow("nul") << QStringLiteral("smi") + QChar(0) + QStringLiteral("th");
        QTest::newRow("long") << QString(20000, QLatin1Char('a'));
        QTest::newRow("emoji") << QStringLiteral("😀 smith");
    }

    void hostileSearchIsPlainText() {
        QFETCH(QString, text);
        ProspectPager pager(*m_db);
        ProspectQuery q;
        q.search = text;
        QString error;
        const ProspectPage page = pager.first(q, 50, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pager.count(q, &error), qint64(reference(m_rows, q).size()));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(idsOf(page), reference(m_rows, q).mid(0, 50));
        QSqlQuery check(m_db->connection());
        QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM prospects")) && check.next());
        QCOMPARE(check.value(0).toInt(), 700);
    }
};

QTEST_GUILESS_MAIN(TestProspectPager)
#include "tst_prospectpager.moc"
