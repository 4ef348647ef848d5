#include "storage/deferredindexes.h"

#include "logging/categories.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace prospector::storage {
namespace {

bool tableExists(const QSqlDatabase &db, const QString &name) {
    QSqlQuery query(db);
    return exec(query, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
                {name}) &&
           query.next();
}

bool isConstraint(const QSqlError &error) {
    // SQLITE_CONSTRAINT (19), or its extended UNIQUE code (2067) when extended codes are on.
    const int code = error.nativeErrorCode().toInt();
    return (code & 0xFF) == 19;
}

} // namespace

DeferredIndexes::DeferredIndexes(QSqlDatabase db)
    : m_db(std::move(db)) {}

bool DeferredIndexes::defer(const QString &table, qint64 importId, QStringList *names, QString *error) {
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral(
                  "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql "
                  "IS NOT NULL ORDER BY name"),
              {table}, error))
        return false;
    QList<std::pair<QString, QString>> indexes;
    while (query.next())
        indexes.append({query.value(0).toString(), query.value(1).toString()});
    query.finish();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[name, sql] : std::as_const(indexes)) {
        QSqlQuery step(m_db);
        // The name comes from sqlite_master, never from user input; quoted as an identifier.
        const QString drop = QStringLiteral("DROP INDEX \"%1\"")
                                 .arg(QString(name).replace(QStringLiteral("\""), QStringLiteral("\"\"")));
        if (!exec(
                step,
                QStringLiteral("INSERT INTO deferred_indexes (name, table_name, sql, import_id, deferred_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {name, table, sql,
                 importId > 0 ? QVariant(importId) : QVariant(QMetaType::fromType<qint64>()), now},
                error) ||
            !exec(step, drop, {}, error))
            return false;
        if (names)
            names->append(name);
    }
    return true;
}

std::optional<QList<DeferredIndexes::Pending>> DeferredIndexes::pending(QString *error) const {
    QList<Pending> list;
    if (!tableExists(m_db, QStringLiteral("deferred_indexes")))
        return list;
    QSqlQuery query(m_db);
    // UNIQUE indexes first: they are the ones that can meet duplicates, better known early.
    if (!exec(query,
              QStringLiteral("SELECT name, table_name, sql, coalesce(import_id, 0) FROM deferred_indexes "
                             "ORDER BY sql NOT LIKE 'CREATE UNIQUE%', name"),
              {}, error))
        return std::nullopt;
    while (query.next()) {
        Pending p;
        p.name = query.value(0).toString();
        p.table = query.value(1).toString();
        p.sql = query.value(2).toString();
        p.importId = query.value(3).toLongLong();
        p.unique = p.sql.startsWith(QStringLiteral("CREATE UNIQUE"), Qt::CaseInsensitive);
        list.append(p);
    }
    return list;
}

DeferredIndexes::Outcome DeferredIndexes::restore(const Pending &index, QString *error) {
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), {}, error))
        return Outcome::Error;
    auto rollback = [&] {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    };
    // Another process may have rebuilt it meanwhile: then only the record goes.
    if (!exec(query,
              QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?), "
                             "(SELECT count(*) FROM deferred_indexes WHERE name = ?)"),
              {index.name, index.name}, error) ||
        !query.next()) {
        rollback();
        return Outcome::Error;
    }
    const bool exists = query.value(0).toInt() > 0;
    const bool recorded = query.value(1).toInt() > 0;
    query.finish();
    if (!exists && recorded && !query.exec(index.sql)) {
        const QSqlError sqlError = query.lastError();
        rollback();
        if (error)
            *error = sqlError.text();
        if (index.unique && isConstraint(sqlError))
            return Outcome::Duplicates;
        qCWarning(lcStorage) << "cannot rebuild index" << index.name << ":" << sqlError.text();
        return Outcome::Error;
    }
    if (!exec(query, QStringLiteral("DELETE FROM deferred_indexes WHERE name = ?"), {index.name}, error) ||
        !exec(query, QStringLiteral("COMMIT"), {}, error)) {
        rollback();
        return Outcome::Error;
    }
    return exists || !recorded ? Outcome::AlreadyThere : Outcome::Restored;
}

bool DeferredIndexes::restoreAll(const Progress &progress, QList<Pending> *blocked, QString *error,
                                 const std::atomic_bool *stop) {
    const std::optional<QList<Pending>> list = pending(error);
    if (!list)
        return false;
    int done = 0;
    for (const Pending &index : *list) {
        if (stop && stop->load())
            return true;
        if (progress)
            progress(done, int(list->size()));
        switch (restore(index, error)) {
        case Outcome::Restored:
        case Outcome::AlreadyThere:
            break;
        case Outcome::Duplicates:
            if (blocked)
                blocked->append(index);
            break;
        case Outcome::Error:
            return false;
        }
        ++done;
    }
    if (progress && !list->isEmpty())
        progress(done, int(list->size()));
    return true;
}

Migration deferredIndexesMigration() {
    Migration m;
    m.version = 17;
    m.description = QStringLiteral("import: indexes deferred by a bulk load");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE deferred_indexes (
            name TEXT PRIMARY KEY,
            table_name TEXT NOT NULL,
            sql TEXT NOT NULL,
            import_id INTEGER,
            deferred_at INTEGER NOT NULL
        ) WITHOUT ROWID)"),
    };
    return m;
}

} // namespace prospector::storage
