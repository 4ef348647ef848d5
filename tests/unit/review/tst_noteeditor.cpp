// Notes: adding, editing and deleting each land with a timeline entry and an undo step; undo
// brings every table (and the full-text index) back exactly as it was, also after a restart.
#include "review/noteeditor.h"
#include "review/undostack.h"
#include "reviewfixture.h"
#include "storage/noterepository.h"

#include <QtTest>

using namespace prospector;
using namespace prospector::review;

class TestNoteEditor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    int m_counter = 0;

    qint64 count(const QString &sql, const QVariantList &values = {}) const {
        QSqlQuery q(m_db->connection());
        if (!storage::exec(q, sql, values) || !q.next())
            qFatal("count failed");
        return q.value(0).toLongLong();
    }
    qint64 searchHits(const QString &word) const {
        return count(QStringLiteral("SELECT count(*) FROM prospect_search WHERE prospect_search MATCH ?"),
                     {QString(QStringLiteral("notes:") + word)});
    }
    qint64 anyNoteId() const { return count(QStringLiteral("SELECT min(id) FROM notes")); }

private Q_SLOTS:
    void init() {
        m_db = reviewtest::openDatabase(m_dir, QStringLiteral("notes%1.db").arg(++m_counter));
        reviewtest::seed(*m_db, 40, 7);
        QVERIFY(anyNoteId() > 0);
    }
    void cleanup() { m_db.reset(); }

    void addIsRecordedAndUndone() {
        UndoStack undo(*m_db);
        NoteEditor editor(*m_db, undo);
        const QStringList before = reviewtest::dump(*m_db);
        const BulkResult result = editor.add(3, QStringLiteral("  Wants a demo in zanzibar  "));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.undoActionId > 0);
        const QList<storage::Note> notes = storage::NoteRepository(*m_db).forProspect(3);
        QVERIFY(!notes.isEmpty());
        QCOMPARE(notes.constLast().body, QStringLiteral("Wants a demo in zanzibar"));
        QCOMPARE(searchHits(QStringLiteral("zanzibar")), 1);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM activities WHERE prospect_id = 3 AND kind = 'note' "
                                 "AND summary = 'Note added'")),
            1);
        QCOMPARE(undo.undoLabel(), QStringLiteral("Add note"));
        QString error;
        QVERIFY2(undo.undo(&error), qPrintable(error));
        QCOMPARE(reviewtest::dump(*m_db), before);
        QCOMPARE(searchHits(QStringLiteral("zanzibar")), 0);
    }

    void editIsUndoneToTheOldText() {
        UndoStack undo(*m_db);
        NoteEditor editor(*m_db, undo);
        const qint64 noteId = anyNoteId();
        const QStringList before = reviewtest::dump(*m_db);
        QVERIFY(editor.update(noteId, QStringLiteral("prefers tea, call after 5")).ok);
        QCOMPARE(searchHits(QStringLiteral("tea")), 1);
        QVERIFY(reviewtest::dump(*m_db) != before);
        QVERIFY(undo.undo());
        QCOMPARE(reviewtest::dump(*m_db), before);
        QCOMPARE(searchHits(QStringLiteral("tea")), 0);
    }

    void deleteIsUndoneWithTheSameIdAndDates() {
        UndoStack undo(*m_db);
        NoteEditor editor(*m_db, undo);
        const qint64 noteId = anyNoteId();
        const qint64 notes = count(QStringLiteral("SELECT count(*) FROM notes"));
        const QStringList before = reviewtest::dump(*m_db);
        QVERIFY(editor.remove(noteId).ok);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notes")), notes - 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM notes WHERE id = ?"), {noteId}), 0);
        QVERIFY(undo.undo());
        QCOMPARE(reviewtest::dump(*m_db), before);
    }

    void undoSurvivesARestartAndKeepsItsOrder() {
        QStringList before;
        {
            UndoStack undo(*m_db);
            NoteEditor editor(*m_db, undo);
            before = reviewtest::dump(*m_db);
            QVERIFY(editor.add(5, QStringLiteral("first")).ok);
            QVERIFY(editor.update(anyNoteId(), QStringLiteral("second")).ok);
            QVERIFY(editor.remove(anyNoteId()).ok);
            QCOMPARE(undo.count(), 3);
        }
        const QString path = m_db->filePath();
        m_db.reset();
        m_db = std::make_unique<storage::Database>(path);
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        UndoStack undo(*m_db);
        QCOMPARE(undo.undoLabel(), QStringLiteral("Delete note"));
        QVERIFY(undo.undo() && undo.undo() && undo.undo());
        QCOMPARE(reviewtest::dump(*m_db), before);
        QVERIFY(!undo.canUndo());
        // No snapshot table is left behind.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'undo\\_%' ESCAPE "
                                      "'\\' AND name <> 'undo_actions'")),
                 0);
    }

    void refusesEmptyAndMissing() {
        UndoStack undo(*m_db);
        NoteEditor editor(*m_db, undo);
        const QStringList before = reviewtest::dump(*m_db);
        QVERIFY(!editor.add(3, QStringLiteral("   ")).ok);
        QVERIFY(!editor.add(999999, QStringLiteral("ghost")).ok);
        const BulkResult missing = editor.update(999999, QStringLiteral("x"));
        QVERIFY(!missing.ok);
        QVERIFY(!missing.error.isEmpty());
        QVERIFY(!editor.remove(999999).ok);
        QCOMPARE(reviewtest::dump(*m_db), before);
        QVERIFY(!undo.canUndo());
    }

    // Deleting the prospect after editing its note: undo of the delete restores the prospect and
    // its notes, then undo of the note edit restores the old text.
    void noteUndoAfterProspectDeleteAndRestore() {
        UndoStack undo(*m_db);
        NoteEditor editor(*m_db, undo);
        const qint64 noteId = anyNoteId();
        const qint64 prospectId =
            count(QStringLiteral("SELECT prospect_id FROM notes WHERE id = ?"), {noteId});
        const QStringList before = reviewtest::dump(*m_db);
        QVERIFY(editor.update(noteId, QStringLiteral("changed")).ok);
        QVERIFY(reviewtest::run(*m_db, QStringLiteral("CREATE TABLE del_ids (id INTEGER PRIMARY KEY)")));
        QVERIFY(reviewtest::run(*m_db, QStringLiteral("INSERT INTO del_ids VALUES (?)"), {prospectId}));
        const qint64 action = undo.beginAction(UndoStack::Kind::Delete, QStringLiteral("delete"), nullptr);
        QVERIFY(undo.snapshotRowsForDelete(action, QStringLiteral("del_ids"), nullptr));
        QVERIFY(reviewtest::run(*m_db, QStringLiteral("DELETE FROM prospects WHERE id = ?"), {prospectId}));
        QVERIFY(reviewtest::run(*m_db, QStringLiteral("DROP TABLE del_ids")));
        QVERIFY(undo.undo());
        QVERIFY(undo.undo());
        QCOMPARE(reviewtest::dump(*m_db), before);
    }
};

QTEST_GUILESS_MAIN(TestNoteEditor)
#include "tst_noteeditor.moc"
