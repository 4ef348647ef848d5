// The "More filters" picker: values with their counts compared to a direct count, typed text
// matched literally (% and _ are not wildcards), companies grouped case-insensitively, imports
// newest first without undone ones.
#include "review/filtervalues.h"
#include "reviewfixture.h"

#include <QtTest>

using namespace prospector;
using namespace prospector::review;

class TestFilterValues : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;

    qint64 count(const QString &sql, const QVariantList &values = {}) const {
        QSqlQuery q(m_db->connection());
        if (!storage::exec(q, sql, values) || !q.next())
            qFatal("count failed");
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = reviewtest::openDatabase(m_dir, QStringLiteral("values.db"));
        reviewtest::seed(*m_db, 300, 5);
        QVERIFY(reviewtest::run(*m_db,
                                QStringLiteral("INSERT INTO imports (file_name, started_at, status) VALUES "
                                               "('gone.csv', 3, 'undone'), ('100%_real.csv', 4, "
                                               "'completed')")));
    }

    void countriesMatchADirectCount() {
        const auto values = FilterValues(*m_db).values(FilterValues::Field::Country, {}, 50);
        QVERIFY(values);
        QCOMPARE(values->size(), 3); // FR, DE, US; empty countries are not a value
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const FilterValue &v : *values) {
            QCOMPARE(v.count,
                     count(QStringLiteral("SELECT count(*) FROM prospects WHERE country = ?"), {v.value}));
            QVERIFY(v.count <= previous); // most frequent first
            previous = v.count;
        }
    }

    void companiesGroupCaseInsensitively() {
        const auto values =
            FilterValues(*m_db).values(FilterValues::Field::Company, QStringLiteral("acm"), 50);
        QVERIFY(values);
        QCOMPARE(values->size(), 1); // "Acme" and "acme" are one company for the filter
        QCOMPARE(values->first().count,
                 count(QStringLiteral(
                     "SELECT count(*) FROM prospects WHERE company_name = 'acme' COLLATE NOCASE")));
    }

    void typedTextIsLiteral() {
        FilterValues values(*m_db);
        const auto wildcard = values.values(FilterValues::Field::Import, QStringLiteral("%"), 50);
        QVERIFY(wildcard);
        QCOMPARE(wildcard->size(), 1);
        QCOMPARE(wildcard->first().label, QStringLiteral("100%_real.csv"));
        const auto underscore = values.values(FilterValues::Field::Country, QStringLiteral("_"), 50);
        QVERIFY(underscore);
        QVERIFY(underscore->isEmpty());
        const auto hostile =
            values.values(FilterValues::Field::Company, QStringLiteral("'; DROP TABLE prospects;--"), 50);
        QVERIFY(hostile);
        QVERIFY(hostile->isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM prospects")), 300);
    }

    void importsNewestFirstWithTheirProspects() {
        const auto values = FilterValues(*m_db).values(FilterValues::Field::Import, {}, 50);
        QVERIFY(values);
        QStringList labels;
        for (const FilterValue &v : *values)
            labels << v.label;
        QCOMPARE(labels, (QStringList{QStringLiteral("100%_real.csv"), QStringLiteral("b.csv"),
                                      QStringLiteral("a.csv")}));
        QCOMPARE(values->at(1).count,
                 count(QStringLiteral("SELECT count(*) FROM prospects WHERE import_id = 2")));
        QCOMPARE(values->at(1).value, QStringLiteral("2"));
        QCOMPARE(values->at(1).when, 2);
    }

    void limitIsRespected() {
        const auto values = FilterValues(*m_db).values(FilterValues::Field::Source, {}, 1);
        QVERIFY(values);
        QCOMPARE(values->size(), 1);
        QVERIFY(!FilterValues::fieldFromName(QStringLiteral("tags")));
    }
};

QTEST_GUILESS_MAIN(TestFilterValues)
#include "tst_filtervalues.moc"
