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
    QStringList dropped;
    if (!storage::DeferredIndexes(m_db).defer(QStringLiteral("prospects"), importId, &dropped, error) ||
        !storage::exec(query, QStringLiteral("COMMIT"), {}, error)) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    qCInfo(lcImport) << "import" << importId << "bulk load: deferred" << dropped.size() << "indexes";
    return true;
}

bool BulkLoad::pending(QString *error, bool *any) {
    const auto list = storage::DeferredIndexes(m_db).pending(error);
    if (!list)
        return false;
    *any = !list->isEmpty();
    return true;
}

bool BulkLoad::finish(qint64 importId, const Progress &progress, QString *error,
                      const std::atomic_bool *stop) {
    storage::DeferredIndexes deferred(m_db);
    QList<storage::DeferredIndexes::Pending> blocked;
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
            QStringLiteral("SELECT import_id FROM deferred_indexes WHERE import_id IS NOT NULL UNION "
                           "SELECT id FROM imports WHERE status = 'running'"),
            {}, error))
        return false;
    while (query.next())
        mergeable.insert(query.value(0).toLongLong());
    for (const storage::DeferredIndexes::Pending &index : std::as_const(blocked)) {
        if (index.importId > 0)
            mergeable.insert(index.importId);
    }
    query.finish();
    mergeable.remove(0); // prospects no import created are never merged away

    IdentityConflicts conflicts(m_db);
    for (const storage::DeferredIndexes::Pending &index : std::as_const(blocked)) {
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
        case storage::DeferredIndexes::Outcome::Restored:
        case storage::DeferredIndexes::Outcome::AlreadyThere:
            break;
        case storage::DeferredIndexes::Outcome::Duplicates:
        case storage::DeferredIndexes::Outcome::Error:
            return false;
        }
    }
    return true;
}

} // namespace prospector::importing
