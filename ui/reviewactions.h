#pragma once

#include "review/bulktarget.h"
#include "singletonprovider.h"

#include <QObject>
#include <QQmlEngine>
#include <QThreadPool>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

namespace prospector::storage {
class Database;
}
namespace prospector::review {
class BulkEditor;
class UndoStack;
} // namespace prospector::review

namespace prospector::ui {

class ProspectTableModel;

// Bulk actions of the Prospects page (on the selection, or on the whole filtered view), Undo and
// CSV export. Work runs on one worker thread, one action at a time (the undo log is ordered);
// results come back as `finished` for the toast, and the table reloads.
class ReviewActions : public QObject, public SingletonProvider<ReviewActions> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // 0..1 while a bulk action or undo applies its rows in chunks; -1 when not known (yet).
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString undoLabel READ undoLabel NOTIFY undoChanged)

public:
    ReviewActions(const storage::Database &database, review::UndoStack &undo, review::BulkEditor &editor,
                  ProspectTableModel &table, QObject *parent = nullptr);
    ~ReviewActions() override;

    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    bool canUndo() const { return m_canUndo; }
    QString undoLabel() const { return m_undoLabel; }

    // `wholeView`: act on every row of the current query instead of the selection.
    Q_INVOKABLE void addTag(const QString &tag, bool wholeView = false);
    Q_INVOKABLE void removeTag(const QString &tag, bool wholeView = false);
    Q_INVOKABLE void setStage(const QString &stage, bool wholeView = false);
    Q_INVOKABLE void setTierOverride(const QString &tier, bool wholeView = false);
    Q_INVOKABLE void setArchived(bool archived, bool wholeView = false);
    Q_INVOKABLE void remove(bool wholeView = false);
    // Exports the current view (search + filters + sort) to a CSV file.
    Q_INVOKABLE void exportView(const QUrl &file, bool withBom);
    Q_INVOKABLE void undo();
    // Stops the running bulk action or undo at its next chunk; it then changes nothing.
    Q_INVOKABLE void cancel();
    // How many prospects an action would touch (for confirmation texts).
    Q_INVOKABLE qint64 targetCount(bool wholeView) const;
    // Refreshes canUndo/undoLabel (the undo log is shared with inline edits).
    Q_INVOKABLE void refreshUndoState();

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void undoChanged();
    // One per action: the text of the toast, and whether its Undo button makes sense.
    void finished(bool ok, const QString &message, bool undoable);
    // Prospects changed in the database (bulk action or undo): pages, counts and charts refresh.
    void prospectsChanged();

private:
    review::BulkTarget target(bool wholeView) const;
    void runBulk(const QString &doneText, bool wholeView,
                 std::function<review::BulkResult(review::BulkEditor &, const review::BulkTarget &,
                                                  const review::BulkControl &)>
                     action);
    void setBusy(bool busy);
    // A control whose progress lands in `progress` (queued to this thread) and that cancels on cancel().
    review::BulkControl startControl();

    const storage::Database &m_database;
    review::UndoStack &m_undo;
    review::BulkEditor &m_editor;
    ProspectTableModel &m_table;
    QThreadPool m_worker;
    bool m_busy = false;
    double m_progress = -1;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_canUndo = false;
    QString m_undoLabel;
};

} // namespace prospector::ui
