#pragma once

// Checks shared by the hostile-input and crash-safety tests: after `prospector import` ran (or was
// killed), the database must pass SQLite's own integrity check and every import record must agree
// with the prospects that point at it.
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace prospector::testing {

struct DatabaseAudit {
    QString integrity;          // "ok" when PRAGMA integrity_check finds nothing
    qint64 imports = 0;         // rows in the imports table
    qint64 running = 0;         // imports still marked running
    qint64 runningId = 0;       // the newest of them (0 when none)
    qint64 prospects = 0;       // all prospects
    qint64 orphans = 0;         // prospects whose import_id names no import
    qint64 countMismatches = 0; // imports whose created_count differs from the prospects they own
    qint64 duplicateEmails = 0; // emails present more than once (the unique index must prevent it)
    qint64 deferredIndexes = 0; // indexes of prospects a bulk load dropped and has not rebuilt yet
    qint64 deferredWork = 0;    // every step a bulk load left to do (indexes, search index settings)
    qint64 prospectIndexes = 0; // indexes the prospects table has now
    QString error;
    bool created = true; // false: no database yet, or one killed before its schema was committed
};

// Opens the database read-only on a private connection so the child process's file is untouched.
inline DatabaseAudit auditDatabase(const QString &databaseFile) {
    DatabaseAudit audit;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!QFileInfo::exists(databaseFile)) {
            audit.created = false; // nothing was written: nothing to check
        } else if (!db.open()) {
            audit.error = db.lastError().text();
        } else if (QSqlQuery schema(db);
                   schema.exec(
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'prospects'")) &&
                   schema.next() && schema.value(0).toInt() == 0) {
            audit.created = false; // the file exists, the first migration never committed
        } else {
            QSqlQuery q(db);
            const auto scalar = [&](const QString &sql) -> QVariant {
                if (!q.exec(sql) || !q.next()) {
                    audit.error += sql + QStringLiteral(": ") + q.lastError().text() + QLatin1Char('\n');
                    return {};
                }
                return q.value(0);
            };
            audit.integrity = scalar(QStringLiteral("PRAGMA integrity_check")).toString();
            audit.imports = scalar(QStringLiteral("SELECT count(*) FROM imports")).toLongLong();
            audit.running =
                scalar(QStringLiteral("SELECT count(*) FROM imports WHERE status = 'running'")).toLongLong();
            audit.runningId =
                scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM imports WHERE status = 'running'"))
                    .toLongLong();
            audit.prospects = scalar(QStringLiteral("SELECT count(*) FROM prospects")).toLongLong();
            audit.orphans =
                scalar(QStringLiteral("SELECT count(*) FROM prospects p WHERE p.import_id IS NOT NULL "
                                      "AND NOT EXISTS (SELECT 1 FROM imports i WHERE i.id = p.import_id)"))
                    .toLongLong();
            audit.countMismatches =
                scalar(QStringLiteral(
                           "SELECT count(*) FROM imports i WHERE i.status != 'undone' AND i.created_count "
                           "!= (SELECT count(*) FROM prospects p WHERE p.import_id = i.id)"))
                    .toLongLong();
            audit.duplicateEmails =
                scalar(QStringLiteral(
                           "SELECT count(*) FROM (SELECT email FROM prospects WHERE email IS NOT NULL "
                           "GROUP BY lower(email) HAVING count(*) > 1)"))
                    .toLongLong();
            audit.prospectIndexes =
                scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                      "'index' AND tbl_name = 'prospects' AND sql IS NOT NULL"))
                    .toLongLong();
            if (scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'deferred_schema'"))
                    .toInt()) {
                audit.deferredIndexes =
                    scalar(
                        QStringLiteral("SELECT count(*) FROM deferred_schema WHERE table_name = 'prospects' "
                                       "AND kind = 'index'"))
                        .toLongLong();
                audit.deferredWork =
                    scalar(QStringLiteral("SELECT count(*) FROM deferred_schema")).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return audit;
}

} // namespace prospector::testing
