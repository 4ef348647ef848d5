#include "importing/bulkload.h"
#include "importing/identityconflicts.h"
#include "importtesthelpers.h"
#include "storage/importrepository.h"

#include <QtTest>

using namespace prospector;
using namespace prospector::importing;
using namespace importtest;
using namespace Qt::StringLiterals;

namespace {

QStringList indexNames(const TestDatabase &t) {
    QStringList names;
    QSqlQuery q(t.db->connection());
    q.exec(
        u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'prospects' AND sql IS NOT NULL "
        "ORDER BY name"_s);
    while (q.next())
        names << q.value(0).toString();
    return names;
}

bool exec(const TestDatabase &t, const QString &sql) {
    QSqlQuery q(t.db->connection());
    return q.exec(sql);
}

} // namespace

class TestBulkLoad : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void worthIt() {
        QVERIFY(BulkLoad::worthIt(1'000'000, 0, 0));
        QVERIFY(BulkLoad::worthIt(50'000, 100'000, 100'000));
        QVERIFY(!BulkLoad::worthIt(40'000, 100'000, 100'000));          // rebuilding 140k rows costs more
        QVERIFY(!BulkLoad::worthIt(5'000, 0, 0));                       // too small to bother
        QVERIFY(!BulkLoad::worthIt(2'000'000, 1'000'000, 1'000'000));   // over the memory budget
        QVERIFY(!BulkLoad::worthIt(100'000, 0, qint64(4'294'900'000))); // ids beyond 32 bits
    }

    // A bulk import killed after its indexes were dropped: the next import rebuilds them from the
    // recorded definitions before it reads a row, and says so in its progress.
    void theNextImportRepairsAKilledOne() {
        TestDatabase t;
        const QStringList before = indexNames(t);
        storage::ImportRepository imports(*t.db);
        storage::ImportRecord killed;
        killed.fileName = u"big.csv"_s;
        const qint64 killedId = imports.create(killed);
        QString error;
        QVERIFY2(BulkLoad(t.db->connection()).begin(killedId, &error), qPrintable(error));
        QVERIFY(indexNames(t).isEmpty());
        // The trigger that fills the search index is away too, with a note of where to resume.
        QCOMPARE(t.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'prospects_search_insert'"_s), 0);
        QCOMPARE(t.scalar(u"SELECT after_id FROM deferred_schema WHERE name = 'prospects_search_insert'"_s),
                 0);
        QVERIFY(exec(
            t,
            u"INSERT INTO prospects (email, import_id, created_at, updated_at) VALUES ('zoe@nordic.se', "_s +
                QString::number(killedId) + u", 1, 1)"_s));

        ImportOptions options;
        options.filePath = fixture(u"utf8-comma-lf.csv"_s);
        options.loadMode = ImportOptions::LoadMode::Incremental;
        options.reportsDir = t.dir.path();
        ImportJob job(*t.db, options);
        QSignalSpy progress(&job, &ImportJob::progress);
        job.run();
        const ImportResult r = job.result();
        QCOMPARE(r.status, u"completed"_s);
        QVERIFY(!r.bulkLoad);
        QCOMPARE(indexNames(t), before);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM deferred_schema"_s), 0);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'prospects_search_insert'"_s), 1);
        // zoe, stored while the trigger was away, was indexed by the replay (with the file's name).
        QCOMPARE(t.scalar(u"SELECT count(*) FROM prospect_search WHERE prospect_search MATCH 'zoe'"_s), 1);
        QCOMPARE(r.counts.updated, 1); // zoe, stored by the killed import, found and filled in
        bool indexing = false;
        for (const QList<QVariant> &signal : std::as_const(progress))
            indexing =
                indexing || signal.at(0).value<ImportProgress>().phase == ImportProgress::Phase::Indexing;
        QVERIFY(indexing);
    }

    // Two prospects no import created share an email: not ours to merge. The unique index stays
    // recorded (the others come back) and the message says what to do.
    void duplicatesNoImportCreatedAreReported() {
        TestDatabase t;
        QString error;
        QVERIFY(BulkLoad(t.db->connection()).begin(0, &error));
        QVERIFY(exec(
            t,
            u"INSERT INTO prospects (email, created_at, updated_at) VALUES ('a@x.io', 1, 1), ('a@x.io', 1, "
            "1)"_s));
        QVERIFY(!BulkLoad(t.db->connection()).finish(0, {}, &error));
        QVERIFY2(error.contains(u"same email"_s), qPrintable(error));
        QCOMPARE(t.scalar(u"SELECT count(*) FROM deferred_schema"_s), 1);
        QVERIFY(!indexNames(t).contains(u"prospects_email"_s));
        QVERIFY(indexNames(t).contains(u"prospects_linkedin"_s));
        QVERIFY(exec(t, u"UPDATE prospects SET email = 'b@x.io' WHERE id = 2"_s));
        bool pending = false;
        QVERIFY(BulkLoad(t.db->connection()).pending(&error, &pending) && pending);
        QVERIFY2(BulkLoad(t.db->connection()).finish(0, {}, &error), qPrintable(error));
        QVERIFY(indexNames(t).contains(u"prospects_email"_s));
    }

    void identityColumns() {
        QCOMPARE(IdentityConflicts::identityColumn(
                     u"CREATE UNIQUE INDEX prospects_email ON prospects(email) WHERE email IS NOT NULL"_s),
                 u"email"_s);
        QCOMPARE(
            IdentityConflicts::identityColumn(u"CREATE UNIQUE INDEX x ON \"prospects\" ( linkedin_url )"_s),
            u"linkedin_url"_s);
        QCOMPARE(IdentityConflicts::identityColumn(u"CREATE UNIQUE INDEX x ON prospects(hubspot_id)"_s),
                 QString());
        QCOMPARE(IdentityConflicts::identityColumn(u"CREATE UNIQUE INDEX x ON prospects(lower(email))"_s),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "tst_bulkload.moc"
