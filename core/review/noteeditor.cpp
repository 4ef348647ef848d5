#include "review/noteeditor.h"

#include "review/immediatetransaction.h"
#include "review/undostack.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace prospector::review {

using storage::exec;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("NoteEditor", text);
}

} // namespace

NoteEditor::NoteEditor(const storage::Database &database, UndoStack &undo)
    : m_database(database)
    , m_undo(undo) {}

BulkResult NoteEditor::add(qint64 prospectId, const QString &body) {
    return apply(Change::Add, prospectId, body);
}

BulkResult NoteEditor::update(qint64 noteId, const QString &body) {
    return apply(Change::Update, noteId, body);
}

BulkResult NoteEditor::remove(qint64 noteId) {
    return apply(Change::Remove, noteId, {});
}

BulkResult NoteEditor::apply(Change change, qint64 prospectOrNoteId, const QString &body) {
    BulkResult result;
    const QString text = body.trimmed();
    if (change != Change::Remove && text.isEmpty()) {
        result.error = tr("A note cannot be empty.");
        return result;
    }
    QSqlDatabase db = m_database.connection();
    ImmediateTransaction transaction(db);
    if (!transaction.begin(&result.error))
        return result;
    QSqlQuery q(db);
    qint64 prospectId = prospectOrNoteId;
    qint64 noteId = 0;
    if (change == Change::Add) {
        if (!exec(q, QStringLiteral("SELECT 1 FROM prospects WHERE id = ?"), {prospectId}, &result.error))
            return result;
        if (!q.next()) {
            result.error = tr("This prospect no longer exists.");
            return result;
        }
    } else {
        noteId = prospectOrNoteId;
        if (!exec(q, QStringLiteral("SELECT prospect_id FROM notes WHERE id = ?"), {noteId}, &result.error))
            return result;
        if (!q.next()) {
            result.error = tr("This note no longer exists.");
            return result;
        }
        prospectId = q.value(0).toLongLong();
    }
    q.finish();

    const QString label = change == Change::Add      ? tr("Add note")
                          : change == Change::Update ? tr("Edit note")
                                                     : tr("Delete note");
    const QString summary = change == Change::Add      ? tr("Note added")
                            : change == Change::Update ? tr("Note edited")
                                                       : tr("Note deleted");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 actionId = m_undo.beginAction(UndoStack::Kind::Notes, label, &result.error);
    bool ok = actionId > 0;
    if (ok && change == Change::Add) {
        ok = exec(q,
                  QStringLiteral(
                      "INSERT INTO notes (prospect_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                  {prospectId, text, now, now}, &result.error);
        noteId = ok ? q.lastInsertId().toLongLong() : 0;
        ok = ok && m_undo.snapshotNotes(actionId, {}, {noteId}, &result.error);
    } else if (ok) {
        ok = m_undo.snapshotNotes(actionId, {noteId}, {}, &result.error) &&
             (change == Change::Update
                  ? exec(q, QStringLiteral("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?"),
                         {text, now, noteId}, &result.error)
                  : exec(q, QStringLiteral("DELETE FROM notes WHERE id = ?"), {noteId}, &result.error));
    }
    ok = ok && exec(q,
                    QStringLiteral("INSERT INTO activities (prospect_id, kind, summary, occurred_at) "
                                   "VALUES (?, 'note', ?, ?)"),
                    {prospectId, summary, now}, &result.error);
    if (ok) {
        const qint64 activityId = q.lastInsertId().toLongLong();
        ok = m_undo.setActivityRange(actionId, activityId, activityId, &result.error);
    }
    if (!ok || !transaction.commit(&result.error))
        return result;
    m_undo.actionCommitted();
    result.ok = true;
    result.affected = 1;
    result.undoActionId = actionId;
    return result;
}

} // namespace prospector::review
