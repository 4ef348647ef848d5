#include "review/savedviewrepository.h"
#include "reviewfixture.h"

#include <QtTest>

using namespace prospector;
using namespace prospector::review;

class TestSavedViewRepository : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void roundTripsQueryAndOrders() {
        auto db = reviewtest::openDatabase(m_dir, QStringLiteral("views.db"));
        SavedViewRepository repo(*db);
        ProspectQuery q;
        q.search = QStringLiteral("acme \"vp\"");
        q.stages = {QStringLiteral("new"), QStringLiteral("qualified")};
        q.tiers = {QStringLiteral("hot")};
        q.tags = {QStringLiteral("vip")};
        q.importIds = {3, 4};
        q.sources = {QStringLiteral("csv")};
        q.countries = {QStringLiteral("FR")};
        q.syncStates = {QStringLiteral("error")};
        q.company = QStringLiteral("Acme");
        q.minScore = 40;
        q.maxScore = 90;
        q.hasEmail = ProspectQuery::HasEmail::Yes;
        q.archived = ProspectQuery::Archived::Include;
        q.sort = {{SortColumn::Score, true}, {SortColumn::Name, false}};
        QString error;
        const qint64 id = repo.create(QStringLiteral(" Hot French "), q, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const auto view = repo.get(id);
        QVERIFY(view);
        QCOMPARE(view->name, QStringLiteral("Hot French"));
        QVERIFY(view->query == q);

        QCOMPARE(repo.create(QStringLiteral("hot french"), {}, &error), 0); // unique, case-insensitive
        QCOMPARE(repo.create(QStringLiteral("   "), {}, &error), 0);
        const qint64 second = repo.create(QStringLiteral("Archived"), {}, &error);
        QVERIFY(second > 0);
        QCOMPARE(repo.all().size(), 2);
        QCOMPARE(repo.all().constFirst().id, id);
        QVERIFY(repo.reorder({second, id}));
        QCOMPARE(repo.all().constFirst().id, second);

        SavedView renamed = *view;
        renamed.name = QStringLiteral("Hot FR");
        renamed.query.stages.clear();
        QVERIFY(repo.update(renamed));
        QVERIFY(repo.findByName(QStringLiteral("hot fr"))->query.stages.isEmpty());
        QVERIFY(repo.remove(id));
        QVERIFY(!repo.get(id));
        renamed.id = 9999;
        QVERIFY(!repo.update(renamed, &error));
    }

    void toleratesDamagedFilters() {
        ProspectQuery q;
        q.setFiltersFromJson(QJsonObject{{QStringLiteral("stages"), QStringLiteral("not a list")},
                                         {QStringLiteral("minScore"), QStringLiteral("x")},
                                         {QStringLiteral("imports"), QJsonArray{QStringLiteral("1"), -3, 2}},
                                         {QStringLiteral("hasEmail"), 1}});
        QVERIFY(q.stages.isEmpty());
        QCOMPARE(q.minScore, -1);
        QCOMPARE(q.importIds, QList<qint64>{2});
        QCOMPARE(q.hasEmail, ProspectQuery::HasEmail::Any);
        SortKeys keys;
        QVERIFY(parseSortKeys(QStringLiteral("-score,name"), &keys));
        QCOMPARE(sortKeysToString(keys), QStringLiteral("-score,name"));
        QVERIFY(!parseSortKeys(QStringLiteral("score; DROP TABLE x"), &keys));
    }
};

QTEST_GUILESS_MAIN(TestSavedViewRepository)
#include "tst_savedviewrepository.moc"
