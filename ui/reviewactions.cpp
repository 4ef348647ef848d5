#include "reviewactions.h"

#include "logging/categories.h"
#include "prospecttablemodel.h"
#include "review/bulkeditor.h"
#include "review/csvexporter.h"
#include "review/prospectpager.h"
#include "review/undostack.h"

#include <QFile>
#include <QSaveFile>

namespace prospector::ui {

ReviewActions::ReviewActions(const storage::Database &database, review::UndoStack &undo,
                             review::BulkEditor &editor, ProspectTableModel &table, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_undo(undo)
    , m_editor(editor)
    , m_table(table) {
    // One thread: actions and undo apply in the order the rep asked for them.
    m_worker.setMaxThreadCount(1);
    connect(&m_undo, &review::UndoStack::changed, this, &ReviewActions::refreshUndoState,
            Qt::QueuedConnection);
    connect(this, &ReviewActions::prospectsChanged, &m_table, &ProspectTableModel::reload);
    refreshUndoState();
}

ReviewActions::~ReviewActions() {
    m_worker.waitForDone();
}

review::BulkTarget ReviewActions::target(bool wholeView) const {
    const ProspectSelection &selection = m_table.selection();
    if (wholeView || (selection.isAll() && selection.exceptions().isEmpty()))
        return review::BulkTarget::ofQuery(m_table.query());
    if (selection.isAll()) {
        // "All but a few": resolve the view's ids once, minus the rows Ctrl-clicked away.
        QString error;
        QList<qint64> ids = review::ProspectPager(m_database).ids(m_table.query(), &error);
        const QList<qint64> except = selection.exceptions();
        ids.removeIf([&except](qint64 id) { return except.contains(id); });
        return review::BulkTarget::ofIds(ids);
    }
    return review::BulkTarget::ofIds(selection.ids());
}

qint64 ReviewActions::targetCount(bool wholeView) const {
    return wholeView ? m_table.totalCount() : m_table.selectedCount();
}

review::BulkControl ReviewActions::startControl() {
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = -1;
    Q_EMIT progressChanged();
    review::BulkControl control;
    control.cancel = m_cancel.get();
    // Holds the flag, so it outlives this object's next action.
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    control.progress = [this, cancel](qint64 done, qint64 total) {
        const double fraction = total > 0 ? double(done) / double(total) : -1;
        QMetaObject::invokeMethod(
            this,
            [this, fraction] {
                if (!m_busy)
                    return;
                m_progress = fraction;
                Q_EMIT progressChanged();
            },
            Qt::QueuedConnection);
    };
    return control;
}

void ReviewActions::cancel() {
    if (m_busy && m_cancel)
        m_cancel->store(true);
}

void ReviewActions::runBulk(const QString &doneText, bool wholeView,
                            std::function<review::BulkResult(review::BulkEditor &, const review::BulkTarget &,
                                                             const review::BulkControl &)>
                                action) {
    if (m_busy)
        return;
    const review::BulkTarget bulkTarget = target(wholeView);
    if (bulkTarget.ids.isEmpty() && !bulkTarget.query) {
        Q_EMIT finished(false, tr("Select prospects first."), false);
        return;
    }
    setBusy(true);
    const review::BulkControl control = startControl();
    m_worker.start([this, bulkTarget, action, doneText, control] {
        const review::BulkResult result = action(m_editor, bulkTarget, control);
        QMetaObject::invokeMethod(
            this,
            [this, result, doneText] {
                setBusy(false);
                if (result.cancelled) {
                    Q_EMIT finished(true, tr("Cancelled; nothing was changed."), false);
                    return;
                }
                if (!result.ok) {
                    qCWarning(lcUi) << "bulk action failed:" << result.error;
                    Q_EMIT finished(false, tr("That did not work: %1").arg(result.error), false);
                    return;
                }
                Q_EMIT finished(true, doneText.arg(result.affected), result.undoActionId != 0);
                Q_EMIT prospectsChanged();
            },
            Qt::QueuedConnection);
    });
}

void ReviewActions::addTag(const QString &tag, bool wholeView) {
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return;
    runBulk(tr("Tagged %1 prospect(s) with “%2”").arg(QStringLiteral("%1"), name), wholeView,
            [name](review::BulkEditor &e, const review::BulkTarget &t, const review::BulkControl &c) {
                return e.addTag(t, name, c);
            });
}

void ReviewActions::removeTag(const QString &tag, bool wholeView) {
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return;
    runBulk(tr("Removed “%2” from %1 prospect(s)").arg(QStringLiteral("%1"), name), wholeView,
            [name](review::BulkEditor &e, const review::BulkTarget &t, const review::BulkControl &c) {
                return e.removeTag(t, name, c);
            });
}

void ReviewActions::setStage(const QString &stage, bool wholeView) {
    runBulk(tr("Moved %1 prospect(s) to %2").arg(QStringLiteral("%1"), stage), wholeView,
            [stage](review::BulkEditor &e, const review::BulkTarget &t, const review::BulkControl &c) {
                return e.setStage(t, stage, c);
            });
}

void ReviewActions::setTierOverride(const QString &tier, bool wholeView) {
    const QString text = tier.isEmpty()
                             ? tr("Cleared the tier override of %1 prospect(s)")
                             : tr("Set the tier of %1 prospect(s) to %2").arg(QStringLiteral("%1"), tier);
    runBulk(text, wholeView,
            [tier](review::BulkEditor &e, const review::BulkTarget &t, const review::BulkControl &c) {
                return e.setTierOverride(t, tier, c);
            });
}

void ReviewActions::setArchived(bool archived, bool wholeView) {
    runBulk(archived ? tr("Archived %1 prospect(s)") : tr("Restored %1 prospect(s) from the archive"),
            wholeView,
            [archived](review::BulkEditor &e, const review::BulkTarget &t, const review::BulkControl &c) {
                return e.setArchived(t, archived, c);
            });
}

void ReviewActions::remove(bool wholeView) {
    runBulk(tr("Deleted %1 prospect(s)"), wholeView,
            [](review::BulkEditor &e, const review::BulkTarget &t, const review::BulkControl &c) {
                return e.remove(t, c);
            });
    m_table.clearSelection();
}

void ReviewActions::undo() {
    if (m_busy || !m_canUndo)
        return;
    setBusy(true);
    const QString label = m_undoLabel;
    const review::BulkControl control = startControl();
    m_worker.start([this, label, control] {
        QString error;
        const bool ok = m_undo.undo(&error, control);
        const bool cancelled = !ok && control.cancel->load();
        QMetaObject::invokeMethod(
            this,
            [this, ok, cancelled, error, label] {
                setBusy(false);
                refreshUndoState();
                if (cancelled) {
                    Q_EMIT finished(true, tr("Undo cancelled; nothing was restored."), false);
                    return;
                }
                if (!ok) {
                    Q_EMIT finished(false, tr("Undo failed: %1").arg(error), false);
                    return;
                }
                Q_EMIT finished(true, tr("Undone: %1").arg(label), false);
                Q_EMIT prospectsChanged();
            },
            Qt::QueuedConnection);
    });
}

void ReviewActions::exportView(const QUrl &file, bool withBom) {
    if (m_busy)
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty())
        return;
    setBusy(true);
    const review::ProspectQuery query = m_table.query();
    m_worker.start([this, query, path, withBom] {
        QSaveFile out(path);
        QString error;
        qint64 written = -1;
        if (!out.open(QIODevice::WriteOnly)) {
            error = out.errorString();
        } else {
            review::CsvExporter::Options options;
            options.bom = withBom;
            written = review::CsvExporter(m_database).exportQuery(query, out, options, &error);
            if (written >= 0 && !out.commit()) {
                error = out.errorString();
                written = -1;
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, written, error, path] {
                setBusy(false);
                if (written < 0)
                    Q_EMIT finished(false, tr("Export failed: %1").arg(error), false);
                else
                    Q_EMIT finished(true, tr("Exported %n prospect(s) to %1", "", int(written)).arg(path),
                                    false);
            },
            Qt::QueuedConnection);
    });
}

void ReviewActions::refreshUndoState() {
    const bool can = m_undo.canUndo();
    const QString label = can ? m_undo.undoLabel() : QString();
    if (can == m_canUndo && label == m_undoLabel)
        return;
    m_canUndo = can;
    m_undoLabel = label;
    Q_EMIT undoChanged();
}

void ReviewActions::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (!busy && m_progress != -1) {
        m_progress = -1;
        Q_EMIT progressChanged();
    }
    Q_EMIT busyChanged();
}

} // namespace prospector::ui
