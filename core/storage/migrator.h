#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace prospector::storage {

// One schema step. `version` is the PRAGMA user_version the database has after it ran.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
};

// The product's migrations, oldest first (defined in schema.cpp).
QList<Migration> schemaMigrations();

// Brings a database to the newest version of a migration list: backs the file up first
// (VACUUM INTO, safe with WAL), runs each step in its own transaction with rollback on failure,
// and refuses a database written by a newer Prospector.
class Migrator {
public:
    explicit Migrator(QList<Migration> migrations);

    int latestVersion() const;
    bool migrate(QSqlDatabase &db, const QString &filePath, QString *error);

    // Path of the backup made by the last migrate() (empty when none was needed).
    QString lastBackupPath() const { return m_lastBackup; }

private:
    bool backup(QSqlDatabase &db, const QString &filePath, int fromVersion, QString *error);
    bool apply(QSqlDatabase &db, const Migration &migration, QString *error);

    QList<Migration> m_migrations;
    QString m_lastBackup;
};

} // namespace prospector::storage
