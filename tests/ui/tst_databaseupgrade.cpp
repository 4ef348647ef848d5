// DatabaseUpgrade: an existing database at an older schema is upgraded on a worker thread while a
// window says so; a new database opens with no window; a failed upgrade reports why and leaves the
// database at its old schema.
#include "databaseupgrade.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QApplication>
#include <QProgressDialog>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;

class TestDatabaseUpgrade : public QObject {
    Q_OBJECT

    static QList<storage::Migration> upTo(int version) {
        QList<storage::Migration> migrations = storage::schemaMigrations();
        migrations.removeIf([&](const storage::Migration &m) { return m.version > version; });
        return migrations;
    }

    // A database with three prospects at schema `version`, closed again.
    static void makeOldDatabase(const QString &path, int version) {
        storage::Database old(path);
        QString error;
        QVERIFY2(old.open(&error, upTo(version)), qPrintable(error));
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO prospects (first_name, last_name, stage, created_at, updated_at) "
                           "VALUES ('Ada', 'Labs', 'new', 1, 1), ('Bob', 'Sales', 'new', 1, 1), "
                           "('Cleo', 'Salesforce', 'new', 1, 1)")));
    }

    static QProgressDialog *upgradeWindow() {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QProgressDialog *>(widget); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

private Q_SLOTS:
    void upgradesAnOldDatabaseWithAWindow() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        makeOldDatabase(path, 18);
        storage::Database database(path);
        ui::DatabaseUpgrade upgrade(database);
        QVERIFY(upgrade.isNeeded());
        bool windowShown = false;
        QString windowText;
        connect(&upgrade, &ui::DatabaseUpgrade::upgradeStarted, this, [&] {
            const QProgressDialog *window = upgradeWindow();
            windowShown = window != nullptr;
            if (window)
                windowText = window->labelText();
        });
        QString error;
        QVERIFY2(upgrade.open(true, &error), qPrintable(error));
        QVERIFY(windowShown);
        QVERIFY2(windowText.contains(QLatin1String("Updating your prospect database")),
                 qPrintable(windowText));
        QVERIFY(!upgradeWindow()); // gone once the upgrade is done
        QCOMPARE(database.schemaVersion(), storage::Migrator(storage::schemaMigrations()).latestVersion());
        QVERIFY(!upgrade.isNeeded());
        // The prospects are still there, and searchable with the new prefix indexes.
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM prospect_search WHERE prospect_search MATCH '\"sales\"*'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void aNewDatabaseOpensWithoutAWindow() {
        QTemporaryDir dir;
        storage::Database database(dir.filePath(QStringLiteral("new.db")));
        ui::DatabaseUpgrade upgrade(database);
        QVERIFY(!upgrade.isNeeded());
        QSignalSpy started(&upgrade, &ui::DatabaseUpgrade::upgradeStarted);
        QString error;
        QVERIFY2(upgrade.open(true, &error), qPrintable(error));
        QCOMPARE(started.count(), 0);
        QCOMPARE(database.schemaVersion(), storage::Migrator(storage::schemaMigrations()).latestVersion());
    }

    void aFailedUpgradeSaysWhyAndChangesNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("failing.db"));
        makeOldDatabase(path, 18);
        QList<storage::Migration> migrations = upTo(18);
        storage::Migration broken;
        broken.version = 19;
        broken.description = QStringLiteral("a step that fails");
        broken.statements = {QStringLiteral("CREATE TABLE half_done (x)"),
                             QStringLiteral("SELECT * FROM missing")};
        migrations << broken;
        storage::Database database(path);
        ui::DatabaseUpgrade upgrade(database, migrations);
        QVERIFY(upgrade.isNeeded());
        QString error;
        QVERIFY(!upgrade.open(false, &error));
        QVERIFY2(error.contains(QLatin1String("19")) && error.contains(QLatin1String("missing")),
                 qPrintable(error));
        QCOMPARE(database.schemaVersion(), 18);
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_MAIN(TestDatabaseUpgrade)
#include "tst_databaseupgrade.moc"
