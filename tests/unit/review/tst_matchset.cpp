// MatchSet: the ids a search matches, read in one FTS5 pass, and the SQL function that tests
// membership while SQLite walks an index.
#include "review/matchset.h"
#include "reviewfixture.h"
#include "storage/searchquery.h"

#include <QRandomGenerator>
#include <QThread>
#include <QtTest>

using namespace prospector;
using namespace prospector::review;

namespace {

QList<qint64> ftsIds(const storage::Database &db, const QString &search) {
    QList<qint64> ids;
    QSqlQuery q(db.connection());
    storage::exec(
        q, QStringLiteral("SELECT rowid FROM prospect_search WHERE prospect_search MATCH ? ORDER BY rowid"),
        {storage::ftsMatchExpression(search)});
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace

class TestMatchSet : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;

private Q_SLOTS:
    void initTestCase() {
        m_db = reviewtest::openDatabase(m_dir, QStringLiteral("matches.db"));
        reviewtest::seed(*m_db, 300, 3);
    }

    void holdsExactlyTheMatches_data() {
        QTest::addColumn<QString>("search");
        QTest::newRow("prefix") << QStringLiteral("smi");
        QTest::newRow("two terms") << QStringLiteral("brown eng");
        QTest::newRow("notes") << QStringLiteral("pancake");
        QTest::newRow("none") << QStringLiteral("zzzzqq");
    }
    void holdsExactlyTheMatches() {
        QFETCH(QString, search);
        QString error;
        const auto set = MatchSet::build(m_db->connection(), storage::ftsMatchExpression(search), &error);
        QVERIFY2(set, qPrintable(error));
        const QList<qint64> expected = ftsIds(*m_db, search);
        QCOMPARE(set->size(), qint64(expected.size()));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM prospects")) && q.next());
        const qint64 maxId = q.value(0).toLongLong();
        for (qint64 id = 0; id <= maxId + 1; ++id)
            QCOMPARE(set->contains(id), expected.contains(id));

        // The SQL function agrees, on this connection and on another thread's.
        const auto sqlIds = [&](const QSqlDatabase &db) {
            QList<qint64> ids;
            QSqlQuery s(db);
            if (!storage::exec(
                    s, QStringLiteral("SELECT id FROM prospects WHERE prospector_match(?, id) ORDER BY id"),
                    {set->token()}))
                return QList<qint64>{-1};
            while (s.next())
                ids << s.value(0).toLongLong();
            return ids;
        };
        QCOMPARE(sqlIds(m_db->connection()), expected);
        QList<qint64> fromThread;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            QString threadError;
            if (installMatchFunctions(m_db->connection(), &threadError))
                fromThread = sqlIds(m_db->connection());
        }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QCOMPARE(fromThread, expected);
    }

    void idsJsonListsTheIds() {
        const auto set = MatchSet::fromIds({5, 3, 3, 9});
        QCOMPARE(set->size(), qint64(3));
        QCOMPARE(set->idsJson(), QStringLiteral("[3,5,9]"));
        QVERIFY(set->contains(3) && set->contains(9) && !set->contains(4));
    }

    // The galloping contains() answers like the binary search, in ascending order (its use) and
    // in any other, from sets small and large.
    void containsWithACursorAgreesWithContains() {
        QRandomGenerator rng(17);
        for (int round = 0; round < 200; ++round) {
            std::vector<qint64> ids;
            const int count = int(rng.bounded(round % 10 == 0 ? 3 : 400));
            for (int i = 0; i < count; ++i)
                ids.push_back(rng.bounded(1000));
            const auto set = MatchSet::fromIds(ids);
            QList<qint64> asked;
            for (int i = 0; i < 300; ++i)
                asked << qint64(rng.bounded(1010)) - 5;
            if (round % 2 == 0)
                std::sort(asked.begin(), asked.end()); // a filter's index order, repeats included
            size_t cursor = 0;
            for (const qint64 id : std::as_const(asked))
                QCOMPARE(set->contains(id, &cursor), set->contains(id));
        }
    }

    // A search narrowed by a filter holds the matches the filter selects, read through its index.
    void narrowedHoldsTheMatchesAFilterSelects() {
        QString error;
        const auto all =
            MatchSet::build(m_db->connection(), storage::ftsMatchExpression(QStringLiteral("smi")), &error);
        QVERIFY2(all, qPrintable(error));
        for (const QString &country : {QStringLiteral("FR"), QStringLiteral("DE")}) {
            const auto narrowed = all->narrowed(m_db->connection(),
                                                QStringLiteral("SELECT id FROM prospects WHERE country = ?"),
                                                {country}, &error);
            QVERIFY2(narrowed, qPrintable(error));
            QSqlQuery q(m_db->connection());
            QVERIFY(storage::exec(q, QStringLiteral("SELECT id FROM prospects WHERE country = ? ORDER BY id"),
                                  {country}));
            qint64 expected = 0;
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                QCOMPARE(narrowed->contains(id), all->contains(id));
                expected += all->contains(id) ? 1 : 0;
            }
            QCOMPARE(narrowed->size(), expected);
            QVERIFY(expected > 0);
        }
    }

    // A query that names a set nobody holds any more fails instead of matching nothing.
    void aForgottenSetFailsTheQuery() {
        qint64 token = 0;
        {
            const auto set = MatchSet::fromIds({1, 2});
            token = set->token();
        }
        QString error;
        QVERIFY(installMatchFunctions(m_db->connection(), &error));
        QSqlQuery q(m_db->connection());
        QVERIFY(!storage::exec(q,
                               QStringLiteral("SELECT count(*) FROM prospects WHERE prospector_match(?, id)"),
                               {token}, &error));
        QVERIFY(!error.isEmpty());
    }

    // Hostile text reaches FTS5 only as bound, quoted terms.
    void hostileSearchesBuild_data() {
        QTest::addColumn<QString>("search");
        for (const char *text :
             {"\"", "*", "NEAR(", "-", "AND OR NOT", "^", ":", "'; DROP TABLE prospects; --"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void hostileSearchesBuild() {
        QFETCH(QString, search);
        const QString expression = storage::ftsMatchExpression(search);
        if (expression.isEmpty())
            return; // nothing to search for: the view does not filter
        QString error;
        const auto set = MatchSet::build(m_db->connection(), expression, &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->size(), qint64(ftsIds(*m_db, search).size()));
    }
};

QTEST_GUILESS_MAIN(TestMatchSet)
#include "tst_matchset.moc"
