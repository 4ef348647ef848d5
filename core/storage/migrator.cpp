#include "storage/migrator.h"

#include "logging/categories.h"
#include "storage/deferredschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace prospector::storage {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Migrator", text);
}

int userVersion(QSqlDatabase &db) {
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool hasUserTables(QSqlDatabase &db) {
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' LIMIT 1")) &&
           query.next();
}

} // namespace

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations)) {
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const {
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

bool Migrator::migrate(QSqlDatabase &db, const QString &filePath, QString *error) {
    m_lastBackup.clear();
    const int current = userVersion(db);
    if (current < 0) {
        if (error)
            *error = tr("The file %1 is not a readable Prospector database: %2")
                         .arg(filePath, db.lastError().text());
        return false;
    }
    const int latest = latestVersion();
    if (current > latest) {
        if (error)
            *error = tr("This database was written by a newer version of Prospector (schema %1; this version "
                        "understands up to %2). Install the newer Prospector to open it; the file was not "
                        "changed.")
                         .arg(current)
                         .arg(latest);
        return false;
    }
    if (current == latest)
        return true;

    // Indexes a killed bulk import left dropped come back before any upgrade, so a migration that
    // changes or drops one of them finds the schema it was written for.
    QList<DeferredSchema::Pending> blocked;
    QString restoreError;
    if (!DeferredSchema(db).restoreAll({}, &blocked, &restoreError))
        qCWarning(lcMigration) << "cannot rebuild indexes deferred by an import:" << restoreError;
    for (const DeferredSchema::Pending &index : std::as_const(blocked))
        qCWarning(lcMigration) << "index" << index.name << "waits for duplicates to be resolved";

    // A brand-new file has nothing worth backing up.
    if (current > 0 || hasUserTables(db)) {
        if (!backup(db, filePath, current, error))
            return false;
    }
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= current)
            continue;
        if (!apply(db, migration, error))
            return false;
    }
    return true;
}

bool Migrator::backup(QSqlDatabase &db, const QString &filePath, int fromVersion, QString *error) {
    if (filePath == QLatin1String(":memory:"))
        return true;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.v%2-%3.bak").arg(filePath).arg(fromVersion).arg(stamp);
    for (int n = 1; QFile::exists(target); ++n)
        target = QStringLiteral("%1.v%2-%3-%4.bak").arg(filePath).arg(fromVersion).arg(stamp).arg(n);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        if (error)
            *error = tr("Could not back up the database before upgrading it (%1); nothing was changed.")
                         .arg(query.lastError().text());
        return false;
    }
    m_lastBackup = target;
    qCInfo(lcMigration) << "backed up schema" << fromVersion << "to" << target;
    return true;
}

bool Migrator::apply(QSqlDatabase &db, const Migration &migration, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = tr("Could not start the upgrade: %1").arg(query.lastError().text());
        return false;
    }
    QStringList statements = migration.statements;
    statements << QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            const QString reason = query.lastError().text();
            QSqlQuery rollback(db);
            rollback.exec(QStringLiteral("ROLLBACK"));
            qCCritical(lcMigration) << "migration" << migration.version << "failed:" << reason;
            if (error)
                *error = tr("Upgrading the database to schema %1 (%2) failed: %3. The database was left "
                            "unchanged.")
                             .arg(migration.version)
                             .arg(migration.description, reason);
            return false;
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString reason = query.lastError().text();
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        if (error)
            *error = tr("Could not commit the upgrade to schema %1: %2").arg(migration.version).arg(reason);
        return false;
    }
    qCInfo(lcMigration) << "database at schema" << migration.version << migration.description;
    return true;
}

} // namespace prospector::storage
