#include "storage/database.h"
#include "storage/deferredschema.h"
#include "storage/migrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector::storage;
using namespace Qt::StringLiterals;

namespace {

// name -> definition of every index of the prospects table, as SQLite has it now.
QMap<QString, QString> prospectIndexes(const QSqlDatabase &db) {
    QMap<QString, QString> indexes;
    QSqlQuery q(db);
    q.exec(
        u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'prospects' AND sql IS NOT "
        "NULL"_s);
    while (q.next())
        indexes.insert(q.value(0).toString(), q.value(1).toString());
    return indexes;
}

bool run(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

bool defer(Database &database, QStringList *names = nullptr) {
    QSqlDatabase db = database.connection();
    QString error;
    const bool ok = run(db, u"BEGIN"_s) &&
                    DeferredSchema(db).deferIndexes(u"prospects"_s, 0, names, &error) && run(db, u"COMMIT"_s);
    if (!ok)
        qWarning() << error;
    return ok;
}

} // namespace

class TestDeferredSchema : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Whatever indexes the table has now (here one added after the fact, as another area's
    // migration would) are recorded from sqlite_master and come back exactly as they were.
    void deferAndRestoreFollowTheLiveSchema() {
        QTemporaryDir dir;
        Database database(dir.filePath(u"t.db"_s));
        QString openError;
        QVERIFY2(database.open(&openError), qPrintable(openError));
        QSqlDatabase db = database.connection();
        QVERIFY(run(db, u"CREATE INDEX prospects_added_later ON prospects(city COLLATE NOCASE, id) WHERE "
                        "archived = 0"_s));
        const QMap<QString, QString> before = prospectIndexes(db);
        QVERIFY(before.size() > 10);

        QStringList dropped;
        QVERIFY(defer(database, &dropped));
        QCOMPARE(dropped.size(), before.size());
        QVERIFY(prospectIndexes(db).isEmpty());
        DeferredSchema deferred(db);
        QString error;
        const auto pending = deferred.pending(&error);
        QVERIFY2(pending, qPrintable(error));
        QCOMPARE(pending->size(), before.size());
        QVERIFY(pending->constFirst().unique); // unique ones first: they may meet duplicates

        QList<int> steps;
        QList<DeferredSchema::Pending> blocked;
        QVERIFY2(deferred.restoreAll([&](int done, int total) { steps << done << total; }, &blocked, &error),
                 qPrintable(error));
        QVERIFY(blocked.isEmpty());
        QCOMPARE(prospectIndexes(db), before);
        QCOMPARE(deferred.pending(&error)->size(), 0);
        QCOMPARE(steps.constLast(), int(before.size()));
        QSqlQuery check(db);
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }

    // A UNIQUE index that meets two equal keys stays recorded; the others are rebuilt.
    void duplicatesBlockOnlyTheirIndex() {
        QTemporaryDir dir;
        Database database(dir.filePath(u"t.db"_s));
        QString openError;
        QVERIFY2(database.open(&openError), qPrintable(openError));
        QSqlDatabase db = database.connection();
        const QMap<QString, QString> before = prospectIndexes(db);
        QVERIFY(defer(database));
        QVERIFY(run(db, u"INSERT INTO prospects (email, created_at, updated_at) VALUES ('a@x.io', 1, 1), "
                        "('a@x.io', 2, 2)"_s));
        QList<DeferredSchema::Pending> blocked;
        QString error;
        QVERIFY(DeferredSchema(db).restoreAll({}, &blocked, &error));
        QCOMPARE(blocked.size(), 1);
        QCOMPARE(blocked.first().name, u"prospects_email"_s);
        QCOMPARE(prospectIndexes(db).size(), before.size() - 1);
        QCOMPARE(DeferredSchema(db).restore(blocked.first(), &error), DeferredSchema::Outcome::Duplicates);
        QVERIFY(run(db, u"DELETE FROM prospects WHERE created_at = 2"_s));
        QCOMPARE(DeferredSchema(db).restore(blocked.first(), &error), DeferredSchema::Outcome::Restored);
        QCOMPARE(prospectIndexes(db), before);
    }

    // Someone else rebuilt an index meanwhile: only the record goes.
    void restoringTwiceIsHarmless() {
        QTemporaryDir dir;
        Database database(dir.filePath(u"t.db"_s));
        QString openError;
        QVERIFY2(database.open(&openError), qPrintable(openError));
        QSqlDatabase db = database.connection();
        QVERIFY(defer(database));
        QString error;
        const auto pending = DeferredSchema(db).pending(&error);
        QVERIFY(pending && !pending->isEmpty());
        const DeferredSchema::Pending first = pending->constFirst();
        QVERIFY(run(db, first.sql));
        QCOMPARE(DeferredSchema(db).restore(first, &error), DeferredSchema::Outcome::AlreadyThere);
        QCOMPARE(DeferredSchema(db).restore(first, &error), DeferredSchema::Outcome::AlreadyThere);
        QCOMPARE(DeferredSchema(db).pending(&error)->size(), pending->size() - 1);
    }

    // The AFTER INSERT trigger that fills the search index is replayed for every row stored while it
    // was away (in chunks, each its own transaction), then comes back; statements recorded with it
    // run after it (here: notes stored meanwhile are indexed once their prospects are).
    void aTriggerIsReplayedForTheRowsStoredWithoutIt() {
        QTemporaryDir dir;
        Database database(dir.filePath(u"t.db"_s));
        QString openError;
        QVERIFY2(database.open(&openError), qPrintable(openError));
        QSqlDatabase db = database.connection();
        auto insert = [&](int from, int to) {
            for (int i = from; i < to; ++i) {
                if (!run(db, u"INSERT INTO prospects (first_name, last_name, created_at, updated_at) VALUES "
                             "('Ada%1', 'Lovelace', 1, 1)"_s.arg(i)))
                    return false;
            }
            return true;
        };
        QVERIFY(insert(0, 10));
        const QString trigger = [&] {
            QSqlQuery q(db);
            q.exec(u"SELECT sql FROM sqlite_master WHERE name = 'prospects_search_insert'"_s);
            return q.next() ? q.value(0).toString() : QString();
        }();
        QVERIFY(!trigger.isEmpty());
        QString error;
        QVERIFY(run(db, u"BEGIN"_s));
        bool deferred = false;
        QVERIFY2(DeferredSchema(db).deferTrigger(u"prospects_search_insert"_s, 10, 0, &deferred, &error),
                 qPrintable(error));
        QVERIFY(deferred);
        QVERIFY(DeferredSchema(db).recordStatement(u"prospect_search:notes"_s, u"notes"_s,
                                                   u"UPDATE notes SET body = body WHERE prospect_id > 10"_s,
                                                   0, &error));
        QVERIFY(run(db, u"COMMIT"_s));
        QVERIFY(insert(10, 35));
        QVERIFY(run(db, u"INSERT INTO notes (prospect_id, body, created_at, updated_at) VALUES (20, 'met at "
                        "the gala', 1, 1)"_s));
        auto count = [&](const QString &sql) {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        QCOMPARE(count(u"SELECT count(*) FROM prospect_search"_s), 10);

        QList<int> steps;
        QVERIFY2(DeferredSchema(db, 7).restoreAll([&](int done, int) { steps << done; }, nullptr, &error),
                 qPrintable(error));
        QCOMPARE(count(u"SELECT count(*) FROM prospect_search"_s), 35);
        QCOMPARE(count(u"SELECT count(*) FROM prospect_search WHERE prospect_search MATCH 'gala'"_s), 1);
        QCOMPARE(count(u"SELECT rowid FROM prospect_search WHERE prospect_search MATCH 'ada34'"_s), 35);
        QCOMPARE(count(u"SELECT count(*) FROM deferred_schema"_s), 0);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT sql FROM sqlite_master WHERE name = 'prospects_search_insert'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toString(), trigger);
        q.finish();
        QVERIFY(run(db, u"INSERT INTO prospect_search(prospect_search) VALUES ('integrity-check')"_s));
        // Back in place: the next row is indexed by the trigger itself.
        QVERIFY(insert(35, 36));
        QCOMPARE(count(u"SELECT count(*) FROM prospect_search"_s), 36);
        QCOMPARE(steps, QList<int>({0, 1, 2}));
    }

    // Another area's trigger of the same shape, with a WHEN clause and text that looks like SQL,
    // is replayed faithfully; one of another shape (two statements) is left in place.
    void triggersOfOtherShapes() {
        QTemporaryDir dir;
        Database database(dir.filePath(u"t.db"_s));
        QString openError;
        QVERIFY2(database.open(&openError), qPrintable(openError));
        QSqlDatabase db = database.connection();
        QVERIFY(run(db, u"CREATE TABLE audit (prospect INTEGER, what TEXT)"_s));
        QVERIFY(run(
            db, u"CREATE TRIGGER prospects_audit AFTER INSERT ON prospects FOR EACH ROW WHEN new.email IS "
                "NOT NULL BEGIN INSERT INTO audit (prospect, what) VALUES (new.id, 'VALUES (x); ' || "
                "upper(new.email)); END"_s));
        QVERIFY(run(
            db, u"CREATE TRIGGER prospects_twice AFTER INSERT ON prospects BEGIN INSERT INTO audit VALUES "
                "(new.id, 'a'); INSERT INTO audit VALUES (new.id, 'b'); END"_s));
        QString error;
        bool deferred = false;
        QVERIFY(run(db, u"BEGIN"_s));
        QVERIFY(DeferredSchema(db).deferTrigger(u"prospects_twice"_s, 0, 0, &deferred, &error));
        QVERIFY(!deferred);
        QVERIFY(DeferredSchema(db).deferTrigger(u"prospects_audit"_s, 0, 0, &deferred, &error));
        QVERIFY(deferred);
        QVERIFY(DeferredSchema(db).deferTrigger(u"no_such_trigger"_s, 0, 0, &deferred, &error));
        QVERIFY(!deferred);
        QVERIFY(run(db, u"COMMIT"_s));
        QVERIFY(run(
            db, u"INSERT INTO prospects (email, created_at, updated_at) VALUES ('a@x.io', 1, 1), (NULL, 1, "
                "1), ('b@x.io', 1, 1)"_s));
        QVERIFY(DeferredSchema(db).restoreAll({}, nullptr, &error));
        QSqlQuery q(db);
        QVERIFY(
            q.exec(u"SELECT group_concat(prospect || ':' || what, '|') FROM (SELECT * FROM audit ORDER BY "
                   "prospect, what)"_s) &&
            q.next());
        QCOMPARE(q.value(0).toString(),
                 u"1:VALUES (x); A@X.IO|1:a|1:b|2:a|2:b|3:VALUES (x); B@X.IO|3:a|3:b"_s);
    }

    // Indexes a killed bulk load left dropped come back before an upgrade runs, so a later
    // migration that drops or changes one of them finds it.
    void theyComeBackBeforeAMigration() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.db"_s);
        {
            Database database(path);
            QString openError;
            QVERIFY2(database.open(&openError), qPrintable(openError));
            QVERIFY(defer(database));
        }
        QList<Migration> migrations = schemaMigrations();
        Migration later;
        later.version = migrations.constLast().version + 1;
        later.description = u"a later area drops an index"_s;
        later.statements = {u"DROP INDEX prospects_stage"_s};
        migrations << later;
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error, migrations), qPrintable(error));
        QSqlDatabase db = database.connection();
        QVERIFY(!prospectIndexes(db).contains(u"prospects_stage"_s));
        QVERIFY(prospectIndexes(db).contains(u"prospects_email"_s));
        QCOMPARE(DeferredSchema(db).pending(&error)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeferredSchema)
#include "tst_deferredschema.moc"
