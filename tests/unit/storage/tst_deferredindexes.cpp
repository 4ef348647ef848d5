#include "storage/database.h"
#include "storage/deferredindexes.h"
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
    const bool ok = run(db, u"BEGIN"_s) && DeferredIndexes(db).defer(u"prospects"_s, 0, names, &error) &&
                    run(db, u"COMMIT"_s);
    if (!ok)
        qWarning() << error;
    return ok;
}

} // namespace

class TestDeferredIndexes : public QObject {
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
        DeferredIndexes deferred(db);
        QString error;
        const auto pending = deferred.pending(&error);
        QVERIFY2(pending, qPrintable(error));
        QCOMPARE(pending->size(), before.size());
        QVERIFY(pending->constFirst().unique); // unique ones first: they may meet duplicates

        QList<int> steps;
        QList<DeferredIndexes::Pending> blocked;
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
        QList<DeferredIndexes::Pending> blocked;
        QString error;
        QVERIFY(DeferredIndexes(db).restoreAll({}, &blocked, &error));
        QCOMPARE(blocked.size(), 1);
        QCOMPARE(blocked.first().name, u"prospects_email"_s);
        QCOMPARE(prospectIndexes(db).size(), before.size() - 1);
        QCOMPARE(DeferredIndexes(db).restore(blocked.first(), &error), DeferredIndexes::Outcome::Duplicates);
        QVERIFY(run(db, u"DELETE FROM prospects WHERE created_at = 2"_s));
        QCOMPARE(DeferredIndexes(db).restore(blocked.first(), &error), DeferredIndexes::Outcome::Restored);
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
        const auto pending = DeferredIndexes(db).pending(&error);
        QVERIFY(pending && !pending->isEmpty());
        const DeferredIndexes::Pending first = pending->constFirst();
        QVERIFY(run(db, first.sql));
        QCOMPARE(DeferredIndexes(db).restore(first, &error), DeferredIndexes::Outcome::AlreadyThere);
        QCOMPARE(DeferredIndexes(db).restore(first, &error), DeferredIndexes::Outcome::AlreadyThere);
        QCOMPARE(DeferredIndexes(db).pending(&error)->size(), pending->size() - 1);
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
        QCOMPARE(DeferredIndexes(db).pending(&error)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeferredIndexes)
#include "tst_deferredindexes.moc"
