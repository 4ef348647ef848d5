#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector::storage;

namespace {

bool tableExists(const Database &db, const QString &name) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

QStringList backups(const QTemporaryDir &dir) {
    return QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files);
}

Migration extraMigration(int version, const QStringList &statements) {
    return Migration{version, QStringLiteral("test step %1").arg(version), statements};
}

} // namespace

class TestMigrator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseGetsLatestSchema() {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrator(schemaMigrations()).latestVersion());
        for (const QString &table :
             {QStringLiteral("prospects"), QStringLiteral("companies"), QStringLiteral("tags"),
              QStringLiteral("prospect_tags"), QStringLiteral("activities"), QStringLiteral("notes"),
              QStringLiteral("imports"), QStringLiteral("settings"), QStringLiteral("prospect_search")})
            QVERIFY2(tableExists(db, table), qPrintable(table));
        QVERIFY2(backups(dir).isEmpty(), "a new file has nothing to back up");

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QVERIFY(q.value(0).toInt() >= 1000);
        QVERIFY(q.exec(QStringLiteral("PRAGMA mmap_size")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), Database::kMemoryMapBytes);
    }

    void reopeningIsANoOp() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        {
            Database db(path);
            QString error;
            QVERIFY(db.open(&error));
        }
        Database again(path);
        QString error;
        QVERIFY2(again.open(&error), qPrintable(error));
        QVERIFY(backups(dir).isEmpty());
    }

    void upgradeBacksUpAndKeepsData() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        {
            Database db(path);
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery q(db.connection());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('k', 'v', 1)")));
        }
        QList<Migration> migrations = schemaMigrations();
        const int next = Migrator(migrations).latestVersion() + 1;
        migrations << extraMigration(next, {QStringLiteral("CREATE TABLE upgraded (x INTEGER)"),
                                            QStringLiteral("INSERT INTO upgraded VALUES (42)")});
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error, migrations), qPrintable(error));
        QCOMPARE(db.schemaVersion(), next);
        QVERIFY(tableExists(db, QStringLiteral("upgraded")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("v"));
        QCOMPARE(backups(dir).size(), 1);

        // The backup is a complete database at the old version.
        Database backup(dir.filePath(backups(dir).constFirst()));
        QCOMPARE(backup.schemaVersion(), next - 1);
        QVERIFY(!tableExists(backup, QStringLiteral("upgraded")));
    }

    void failedMigrationRollsBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        {
            Database db(path);
            QString error;
            QVERIFY(db.open(&error));
        }
        QList<Migration> migrations = schemaMigrations();
        const int before = Migrator(migrations).latestVersion();
        migrations << extraMigration(before + 1, {QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
                                                  QStringLiteral("THIS IS NOT SQL")});
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error, migrations));
        QVERIFY2(error.contains(QString::number(before + 1)), qPrintable(error));
        QCOMPARE(db.schemaVersion(), before);
        QVERIFY2(!tableExists(db, QStringLiteral("half_done")), "the failed step left nothing behind");
        QCOMPARE(backups(dir).size(), 1);
    }

    void newerSchemaIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        const int latest = Migrator(schemaMigrations()).latestVersion();
        {
            Database db(path);
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest + 5)));
        }
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QCOMPARE(db.schemaVersion(), latest + 5);
        QVERIFY(backups(dir).isEmpty());
    }

    void eachThreadGetsItsOwnConnection() {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY(db.open(&error));
        const QString mainName = db.connection().connectionName();
        QString workerName;
        bool workerOk = false;
        QThread *thread = QThread::create([&] {
            QSqlDatabase c = db.connection();
            workerName = c.connectionName();
            QSqlQuery q(c);
            workerOk = q.exec(QStringLiteral("SELECT count(*) FROM prospects")) && q.next();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY(workerOk);
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QVERIFY2(!QSqlDatabase::contains(workerName),
                 "the worker's connection is closed when its thread ends");
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
