#include "review/undostack.h"

#include "review/immediatetransaction.h"
#include "review/scopedcachesize.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace prospector::review {
namespace {

using storage::exec;

QString quoted(const QString &identifier) {
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString kindName(UndoStack::Kind kind) {
    switch (kind) {
    case UndoStack::Kind::Columns:
        return QStringLiteral("columns");
    case UndoStack::Kind::Tags:
        return QStringLiteral("tags");
    case UndoStack::Kind::Delete:
        return QStringLiteral("delete");
    case UndoStack::Kind::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

// Column names of a table as the schema has them (identifiers, not user text).
QStringList columnsOf(QSqlDatabase db, const QString &table, QString *error) {
    QSqlQuery q(db);
    QStringList columns;
    if (!exec(q, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table}, error))
        return columns;
    while (q.next())
        columns << quoted(q.value(0).toString());
    return columns;
}

struct Action {
    qint64 id = 0;
    QString kind;
    QString columns;
    qint64 tagId = 0;
    qint64 firstActivity = 0;
    qint64 lastActivity = 0;
};

constexpr qint64 kChunkRows = 5000;

// Runs `statement` (with "s.rowid > ? AND s.rowid <= ?" bound last) over the snapshot `snap` in
// rowid ranges: snapshots are written once, in order, so their rowids run 1..n without gaps.
bool inChunks(QSqlDatabase db, const QString &snap, const QString &statement, const BulkControl &control,
              QString *error) {
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(quoted(snap)), {}, error) ||
        !q.next())
        return false;
    const qint64 total = q.value(0).toLongLong();
    q.finish();
    for (qint64 done = 0; done < total; done += kChunkRows) {
        if (control.cancel && control.cancel->load()) {
            if (error)
                *error = QCoreApplication::translate("UndoStack", "Cancelled; nothing was restored.");
            return false;
        }
        if (!exec(q, statement, {done, done + kChunkRows}, error))
            return false;
        if (control.progress)
            control.progress(std::min(total, done + kChunkRows), total);
    }
    return true;
}

bool restoreColumns(QSqlDatabase db, const Action &a, const BulkControl &control, QString *error) {
    const QString snap = UndoStack::tableName(a.id, QStringLiteral("cols"));
    QStringList sets;
    for (const QString &column : a.columns.split(QLatin1Char(','), Qt::SkipEmptyParts))
        sets << quoted(column) + QStringLiteral(" = s.") + quoted(column);
    return inChunks(
        db, snap,
        QStringLiteral("UPDATE prospects SET %1 FROM %2 AS s WHERE prospects.id = s.id AND s.rowid > ? "
                       "AND s.rowid <= ?")
            .arg(sets.join(QStringLiteral(", ")), quoted(snap)),
        control, error);
}

bool restoreTags(QSqlDatabase db, const Action &a, QString *error) {
    const QString ids = quoted(UndoStack::tableName(a.id, QStringLiteral("ids")));
    const QString had = quoted(UndoStack::tableName(a.id, QStringLiteral("tags")));
    QSqlQuery q(db);
    if (!exec(q,
              QStringLiteral(
                  "DELETE FROM prospect_tags WHERE tag_id = ? AND prospect_id IN (SELECT id FROM %1)")
                  .arg(ids),
              {a.tagId}, error))
        return false;
    if (a.columns == QLatin1String("created"))
        return exec(q, QStringLiteral("DELETE FROM tags WHERE id = ?"), {a.tagId}, error);
    return exec(
        q,
        QStringLiteral("INSERT INTO prospect_tags (prospect_id, tag_id) SELECT s.prospect_id, ? FROM %1 s "
                       "JOIN prospects p ON p.id = s.prospect_id")
            .arg(had),
        {a.tagId}, error);
}

// `columns` holds the ids of every note the action touched; the snapshot holds those that existed.
bool restoreNotes(QSqlDatabase db, const Action &a, QString *error) {
    QVariantList ids;
    QStringList marks;
    for (const QString &id : a.columns.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        ids << id.toLongLong();
        marks << QStringLiteral("?");
    }
    QSqlQuery q(db);
    if (!ids.isEmpty() &&
        !exec(q, QStringLiteral("DELETE FROM notes WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))), ids,
              error))
        return false;
    // A note whose prospect was deleted since stays deleted with it.
    return exec(
        q,
        QStringLiteral("INSERT INTO notes (id, prospect_id, body, created_at, updated_at) SELECT s.id, "
                       "s.prospect_id, s.body, s.created_at, s.updated_at FROM %1 s JOIN prospects p "
                       "ON p.id = s.prospect_id")
            .arg(quoted(UndoStack::tableName(a.id, QStringLiteral("notes")))),
        {}, error);
}

bool restoreDeleted(QSqlDatabase db, const Action &a, const BulkControl &control, QString *error) {
    QSqlQuery q(db);
    const QString rows = UndoStack::tableName(a.id, QStringLiteral("rows"));
    const auto copyBack = [&](const QString &table, const QString &snap) {
        const QString columns = columnsOf(db, snap, error).join(QStringLiteral(", "));
        return !columns.isEmpty() && exec(q,
                                          QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3")
                                              .arg(quoted(table), columns, quoted(snap)),
                                          {}, error);
    };
    const QString prospectColumns = columnsOf(db, rows, error).join(QStringLiteral(", "));
    if (prospectColumns.isEmpty() ||
        !inChunks(db, rows,
                  QStringLiteral(
                      "INSERT INTO prospects (%1) SELECT %1 FROM %2 AS s WHERE s.rowid > ? AND s.rowid <= ?")
                      .arg(prospectColumns, quoted(rows)),
                  control, error))
        return false;
    const QJsonArray dependants = QJsonDocument::fromJson(a.columns.toUtf8()).array();
    for (const QJsonValue &value : dependants) {
        const QJsonObject d = value.toObject();
        const QString table = d.value(QStringLiteral("table")).toString();
        const QString snap = d.value(QStringLiteral("snapshot")).toString();
        if (d.value(QStringLiteral("mode")).toString() == QLatin1String("cascade")) {
            if (!copyBack(table, snap))
                return false;
        } else {
            const QString column = quoted(d.value(QStringLiteral("column")).toString());
            if (!exec(
                    q,
                    QStringLiteral("UPDATE %1 SET %2 = s.ref_value FROM %3 AS s WHERE %1.rowid = s.ref_rowid")
                        .arg(quoted(table), column, quoted(snap)),
                    {}, error))
                return false;
        }
    }
    return true;
}

} // namespace

UndoStack::UndoStack(const storage::Database &database, int depth, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_depth(std::max(1, depth)) {}

QString UndoStack::tableName(qint64 actionId, const QString &suffix) {
    return QStringLiteral("undo_%1_%2").arg(actionId).arg(suffix);
}

qint64 UndoStack::topActionId() const {
    QSqlQuery q(m_database.connection());
    if (exec(q, QStringLiteral("SELECT max(id) FROM undo_actions")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool UndoStack::canUndo() const {
    return topActionId() > 0;
}

int UndoStack::count() const {
    QSqlQuery q(m_database.connection());
    if (exec(q, QStringLiteral("SELECT count(*) FROM undo_actions")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QString UndoStack::undoLabel() const {
    QSqlQuery q(m_database.connection());
    if (exec(q, QStringLiteral("SELECT label FROM undo_actions ORDER BY id DESC LIMIT 1")) && q.next())
        return q.value(0).toString();
    return {};
}

qint64 UndoStack::beginAction(Kind kind, const QString &label, QString *error) {
    QSqlQuery q(m_database.connection());
    if (!exec(q, QStringLiteral("INSERT INTO undo_actions (kind, label, created_at) VALUES (?, ?, ?)"),
              {kindName(kind), label, QDateTime::currentMSecsSinceEpoch()}, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool UndoStack::setLabel(qint64 actionId, const QString &label, QString *error) {
    QSqlQuery q(m_database.connection());
    return exec(q, QStringLiteral("UPDATE undo_actions SET label = ? WHERE id = ?"), {label, actionId},
                error);
}

bool UndoStack::snapshotColumns(qint64 actionId, const QString &idsTable, const QStringList &columns,
                                QString *error) {
    QStringList selected;
    for (const QString &column : columns)
        selected << quoted(column);
    QSqlQuery q(m_database.connection());
    return exec(q,
                QStringLiteral(
                    "CREATE TABLE %1 AS SELECT id, %2 FROM prospects WHERE id IN (SELECT id FROM %3)")
                    .arg(quoted(tableName(actionId, QStringLiteral("cols"))),
                         selected.join(QStringLiteral(", ")), quoted(idsTable)),
                {}, error) &&
           exec(q, QStringLiteral("UPDATE undo_actions SET columns = ? WHERE id = ?"),
                {columns.join(QLatin1Char(',')), actionId}, error);
}

bool UndoStack::snapshotTags(qint64 actionId, const QString &idsTable, qint64 tagId, bool tagCreated,
                             QString *error) {
    const QString had = quoted(tableName(actionId, QStringLiteral("tags")));
    QSqlQuery q(m_database.connection());
    return exec(q, QStringLiteral("CREATE TABLE %1 (prospect_id INTEGER PRIMARY KEY)").arg(had), {}, error) &&
           exec(q,
                QStringLiteral("INSERT INTO %1 (prospect_id) SELECT pt.prospect_id FROM prospect_tags pt "
                               "JOIN %2 i ON i.id = pt.prospect_id WHERE pt.tag_id = ?")
                    .arg(had, quoted(idsTable)),
                {tagId}, error) &&
           exec(q, QStringLiteral("UPDATE undo_actions SET tag_id = ?, columns = ? WHERE id = ?"),
                {tagId, tagCreated ? QStringLiteral("created") : QString(), actionId}, error);
}

bool UndoStack::snapshotRowsForDelete(qint64 actionId, const QString &idsTable, QString *error) {
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    const QString ids = quoted(idsTable);
    if (!exec(q,
              QStringLiteral("CREATE TABLE %1 AS SELECT * FROM prospects WHERE id IN (SELECT id FROM %2)")
                  .arg(quoted(tableName(actionId, QStringLiteral("rows"))), ids),
              {}, error))
        return false;
    // Every table with a foreign key to prospects, whatever migration added it.
    if (!exec(q,
              QStringLiteral("SELECT m.name, f.\"from\", upper(f.on_delete) FROM sqlite_schema m "
                             "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
                             "AND f.\"table\" = 'prospects' ORDER BY m.name"),
              {}, error))
        return false;
    QList<QStringList> references;
    while (q.next())
        references << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    QJsonArray dependants;
    int index = 0;
    for (const QStringList &ref : std::as_const(references)) {
        const QString snap = tableName(actionId, QStringLiteral("dep%1").arg(index++));
        const bool cascade = ref.at(2) == QLatin1String("CASCADE");
        const QString sql =
            cascade ? QStringLiteral("CREATE TABLE %1 AS SELECT * FROM %2 WHERE %3 IN (SELECT id FROM %4)")
                    : QStringLiteral("CREATE TABLE %1 AS SELECT rowid AS ref_rowid, %3 AS ref_value FROM %2 "
                                     "WHERE %3 IN (SELECT id FROM %4)");
        if (!exec(q, sql.arg(quoted(snap), quoted(ref.at(0)), quoted(ref.at(1)), ids), {}, error))
            return false;
        dependants.append(QJsonObject{
            {QStringLiteral("table"), ref.at(0)},
            {QStringLiteral("column"), ref.at(1)},
            {QStringLiteral("mode"), cascade ? QStringLiteral("cascade") : QStringLiteral("setnull")},
            {QStringLiteral("snapshot"), snap}});
    }
    return exec(q, QStringLiteral("UPDATE undo_actions SET columns = ? WHERE id = ?"),
                {QString::fromUtf8(QJsonDocument(dependants).toJson(QJsonDocument::Compact)), actionId},
                error);
}

bool UndoStack::snapshotNotes(qint64 actionId, const QList<qint64> &changedNoteIds,
                              const QList<qint64> &createdNoteIds, QString *error) {
    QStringList all;
    QVariantList changed;
    QStringList marks;
    for (qint64 id : changedNoteIds) {
        all << QString::number(id);
        changed << id;
        marks << QStringLiteral("?");
    }
    for (qint64 id : createdNoteIds)
        all << QString::number(id);
    QSqlQuery q(m_database.connection());
    const QString snap = quoted(tableName(actionId, QStringLiteral("notes")));
    const QString where = changed.isEmpty() ? QStringLiteral("0")
                                            : QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(',')));
    return exec(q,
                QStringLiteral("CREATE TABLE %1 AS SELECT id, prospect_id, body, created_at, updated_at FROM "
                               "notes WHERE %2")
                    .arg(snap, where),
                changed, error) &&
           exec(q, QStringLiteral("UPDATE undo_actions SET columns = ? WHERE id = ?"),
                {all.join(QLatin1Char(',')), actionId}, error);
}

bool UndoStack::setActivityRange(qint64 actionId, qint64 firstId, qint64 lastId, QString *error) {
    QSqlQuery q(m_database.connection());
    return exec(
        q, QStringLiteral("UPDATE undo_actions SET first_activity_id = ?, last_activity_id = ? WHERE id = ?"),
        {firstId, lastId, actionId}, error);
}

void UndoStack::actionCommitted() {
    QString error;
    ImmediateTransaction transaction(m_database.connection());
    if (transaction.begin(&error) && trim(&error))
        transaction.commit(&error);
    Q_EMIT changed();
}

bool UndoStack::undo(QString *error, const BulkControl &control) {
    QSqlDatabase db = m_database.connection();
    const ScopedCacheSize cache(db, ScopedCacheSize::kBulkKibibytes);
    ImmediateTransaction transaction(db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery q(db);
    if (!exec(q,
              QStringLiteral("SELECT id, kind, columns, tag_id, first_activity_id, last_activity_id "
                             "FROM undo_actions ORDER BY id DESC LIMIT 1"),
              {}, error))
        return false;
    if (!q.next()) {
        if (error)
            *error = QCoreApplication::translate("UndoStack", "There is nothing to undo.");
        return false;
    }
    Action a{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
             q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()};
    q.finish();
    bool ok = a.kind == QLatin1String("columns") ? restoreColumns(db, a, control, error)
              : a.kind == QLatin1String("tags")  ? restoreTags(db, a, error)
              : a.kind == QLatin1String("notes") ? restoreNotes(db, a, error)
                                                 : restoreDeleted(db, a, control, error);
    if (ok && a.firstActivity > 0)
        ok = exec(q, QStringLiteral("DELETE FROM activities WHERE id BETWEEN ? AND ?"),
                  {a.firstActivity, a.lastActivity}, error);
    ok = ok && dropSnapshots(a.id, error) &&
         exec(q, QStringLiteral("DELETE FROM undo_actions WHERE id = ?"), {a.id}, error);
    if (!ok || !transaction.commit(error))
        return false;
    Q_EMIT changed();
    return true;
}

bool UndoStack::clear(QString *error) {
    ImmediateTransaction transaction(m_database.connection());
    if (!transaction.begin(error))
        return false;
    QSqlQuery q(m_database.connection());
    if (!exec(q, QStringLiteral("SELECT id FROM undo_actions"), {}, error))
        return false;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : std::as_const(ids)) {
        if (!dropSnapshots(id, error))
            return false;
    }
    if (!exec(q, QStringLiteral("DELETE FROM undo_actions"), {}, error) || !transaction.commit(error))
        return false;
    Q_EMIT changed();
    return true;
}

bool UndoStack::dropSnapshots(qint64 actionId, QString *error) {
    QSqlQuery q(m_database.connection());
    if (!exec(
            q,
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE ? ESCAPE '\\'"),
            {QStringLiteral("undo\\_%1\\_%").arg(actionId)}, error))
        return false;
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        if (!exec(q, QStringLiteral("DROP TABLE %1").arg(quoted(table)), {}, error))
            return false;
    }
    return true;
}

bool UndoStack::trim(QString *error) {
    QSqlQuery q(m_database.connection());
    if (!exec(q, QStringLiteral("SELECT id FROM undo_actions ORDER BY id DESC LIMIT -1 OFFSET ?"), {m_depth},
              error))
        return false;
    QList<qint64> old;
    while (q.next())
        old << q.value(0).toLongLong();
    for (qint64 id : std::as_const(old)) {
        if (!dropSnapshots(id, error) ||
            !exec(q, QStringLiteral("DELETE FROM undo_actions WHERE id = ?"), {id}, error))
            return false;
    }
    return true;
}

} // namespace prospector::review
