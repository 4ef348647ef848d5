#include "importing/bulkload.h"

#include "importing/identityconflicts.h"
#include "importing/importlogging.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>
#include <limits>

namespace prospector::importing {

bool BulkLoad::worthIt(qint64 rows, qint64 existing, qint64 maxId) {
    return rows >= kMinRows && rows * 2 >= existing && existing + rows <= kMaxProspects &&
           // The identity index keeps prospect ids in 32 bits.
           maxId + rows < qint64(std::numeric_limits<quint32>::max());
}

BulkLoad::BulkLoad(QSqlDatabase db)
    : m_db(std::move(db)) {}

bool BulkLoad::begin(qint64 importId, QString *error) {
    QSqlQuery query(m_db);
    if (!storage::exec(query, QStringLiteral("BEGIN IMMEDIATE"), {}, error))
        return false;
    storage::DeferredSchema deferred(m_db);
    QStringList dropped;
    if (!deferred.deferIndexes(QStringLiteral("prospects"), importId, &dropped, error) ||
        !deferSearchIndex(deferred, importId, error) ||
        !storage::exec(query, QStringLiteral("COMMIT"), {}, error)) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    qCInfo(lcImport) << "import" << importId << "bulk load: deferred" << dropped.size() << "indexes";
    return true;
}

// FTS5 indexes a million rows in one statement for less than half of what it costs in batches
// (every statement boundary flushes its pending terms into a segment that is merged again). So the
// trigger that indexes each new prospect goes too, and DeferredSchema replays it for every row
// stored since, before it comes back. Notes stored meanwhile found no search row to update
// (notes_search_insert): they are touched again once the rows are indexed.
bool BulkLoad::deferSearchIndex(storage::DeferredSchema &deferred, qint64 importId, QString *error) {
    QSqlQuery query(m_db);
    if (!storage::exec(query, QStringLiteral("SELECT coalesce(max(id), 0) FROM prospects"), {}, error) ||
        !query.next())
        return false;
    const qint64 lastId = query.value(0).toLongLong();
    query.finish();
    bool triggerDeferred = false;
    if (!deferred.deferTrigger(QStringLiteral("prospects_search_insert"), lastId, importId, &triggerDeferred,
                               error))
        return false;
    if (!triggerDeferred)
        return true; // then ImportStore indexes batch by batch, as without a bulk load
    // The id is a number read from the table, not user input.
    return deferred.recordStatement(
        QStringLiteral("prospect_search:notes"), QStringLiteral("notes"),
        QStringLiteral("UPDATE notes SET body = body WHERE prospect_id > %1").arg(lastId), importId, error);
}

bool BulkLoad::pending(QString *error, bool *any) {
    const auto list = storage::DeferredSchema(m_db).pending(error);
    if (!list)
        return false;
    *any = !list->isEmpty();
    return true;
}

bool BulkLoad::finish(qint64 importId, const Progress &progress, QString *error,
                      const std::atomic_bool *stop) {
    storage::DeferredSchema deferred(m_db);
    QList<storage::DeferredSchema::Pending> blocked;
    if (!deferred.restoreAll(progress, &blocked, error, stop))
        return false;
    if (blocked.isEmpty())
        return true;

    // Prospects of the imports that loaded without the unique indexes may be merged away.
    QSet<qint64> mergeable;
    if (importId > 0)
        mergeable.insert(importId);
    QSqlQuery query(m_db);
    if (!storage::exec(
            query,
            QStringLiteral("SELECT import_id FROM deferred_schema WHERE import_id IS NOT NULL UNION "
                           "SELECT id FROM imports WHERE status = 'running'"),
            {}, error))
        return false;
    while (query.next())
        mergeable.insert(query.value(0).toLongLong());
    for (const storage::DeferredSchema::Pending &index : std::as_const(blocked)) {
        if (index.importId > 0)
            mergeable.insert(index.importId);
    }
    query.finish();
    mergeable.remove(0); // prospects no import created are never merged away

    IdentityConflicts conflicts(m_db);
    for (const storage::DeferredSchema::Pending &index : std::as_const(blocked)) {
        const QString column = IdentityConflicts::identityColumn(index.sql);
        if (column.isEmpty()) {
            if (error)
                *error =
                    QCoreApplication::translate(
                        "BulkLoad", "The index %1 cannot be rebuilt because two prospects share its key.")
                        .arg(index.name);
            return false;
        }
        int merged = 0;
        if (!conflicts.resolve(column, mergeable, &merged, error))
            return false;
        switch (deferred.restore(index, error)) {
        case storage::DeferredSchema::Outcome::Restored:
        case storage::DeferredSchema::Outcome::AlreadyThere:
            break;
        case storage::DeferredSchema::Outcome::Duplicates:
        case storage::DeferredSchema::Outcome::Error:
            return false;
        }
    }
    return true;
}

} // namespace prospector::importing
