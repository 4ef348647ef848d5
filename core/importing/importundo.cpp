#include "importing/importundo.h"

#include "importing/importlogging.h"
#include "importing/mergeplan.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace prospector::importing {
namespace {

struct Change {
    qint64 prospectId;
    QString field;
    QVariant oldValue;
    QString newValue;
};

} // namespace

ImportUndo::ImportUndo(const storage::Database &database)
    : m_database(database) {}

ImportUndo::Result ImportUndo::undo(qint64 importId) {
    Result result;
    storage::ImportRepository imports(m_database);
    QString error;
    const std::optional<storage::ImportRecord> record = imports.get(importId, &error);
    if (!record) {
        result.error = error.isEmpty()
                           ? QCoreApplication::translate("ImportUndo", "There is no import %1.").arg(importId)
                           : error;
        return result;
    }
    if (record->status == QStringLiteral("undone")) {
        result.error =
            QCoreApplication::translate("ImportUndo", "Import %1 was already undone.").arg(importId);
        return result;
    }
    if (record->status == QStringLiteral("running")) {
        result.error =
            QCoreApplication::translate("ImportUndo", "Import %1 is still running; cancel it first.")
                .arg(importId);
        return result;
    }

    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (!storage::exec(query, QStringLiteral("BEGIN IMMEDIATE"), {}, &error)) {
        result.error = error;
        return result;
    }
    auto fail = [&](const QString &message) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        result.error =
            QCoreApplication::translate("ImportUndo", "Undo failed, nothing was changed: %1").arg(message);
        qCWarning(lcImport) << "undo of import" << importId << "failed:" << message;
        return result;
    };

    QList<Change> changes;
    if (!storage::exec(query,
                       QStringLiteral("SELECT prospect_id, field, old_value, new_value FROM import_changes "
                                      "WHERE import_id = ?"),
                       {importId}, &error))
        return fail(error);
    while (query.next())
        changes.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2),
                        query.value(3).toString()});
    query.finish();

    for (const Change &change : std::as_const(changes)) {
        QSqlQuery step(db);
        if (const auto column = mergeColumnFromName(change.field)) {
            // Restores only what still holds the imported value: later edits by the rep win.
            const QString sql = QStringLiteral("UPDATE prospects SET %1 = ? WHERE id = ? AND %1 IS ?")
                                    .arg(mergeColumnName(*column));
            QVariant old = change.oldValue;
            if (!isNullableColumn(*column) && old.isNull())
                old = QString();
            if (!storage::exec(step, sql, {old, change.prospectId, change.newValue}, &error))
                return fail(error);
            if (step.numRowsAffected() > 0)
                ++result.restored;
        } else if (change.field.startsWith(QStringLiteral("tag:"))) {
            if (!storage::exec(
                    step, QStringLiteral("DELETE FROM prospect_tags WHERE prospect_id = ? AND tag_id = ?"),
                    {change.prospectId, change.field.mid(4).toLongLong()}, &error))
                return fail(error);
        } else if (change.field.startsWith(QStringLiteral("note:"))) {
            if (!storage::exec(step, QStringLiteral("DELETE FROM notes WHERE id = ? AND prospect_id = ?"),
                               {change.field.mid(5).toLongLong(), change.prospectId}, &error))
                return fail(error);
        }
    }
    if (!storage::exec(query, QStringLiteral("DELETE FROM prospects WHERE import_id = ?"), {importId},
                       &error))
        return fail(error);
    result.removed = query.numRowsAffected();
    if (!storage::exec(query, QStringLiteral("DELETE FROM import_changes WHERE import_id = ?"), {importId},
                       &error) ||
        !storage::exec(query, QStringLiteral("UPDATE imports SET status = 'undone' WHERE id = ?"), {importId},
                       &error) ||
        !storage::exec(query, QStringLiteral("COMMIT"), {}, &error))
        return fail(error);
    result.ok = true;
    qCInfo(lcImport) << "import" << importId << "undone: removed" << result.removed << "restored"
                     << result.restored;
    return result;
}

} // namespace prospector::importing
