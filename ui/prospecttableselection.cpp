// ProspectTableModel: selection and keyboard cursor (kept by prospect id, see ProspectSelection).
#include "logging/categories.h"
#include "prospecttablemodel.h"

namespace prospector::ui {

qint64 ProspectTableModel::idAt(int row) const {
    const ProspectRow *cached = m_cache.row(row);
    return cached ? cached->prospect.id : 0;
}

void ProspectTableModel::clickRow(int row, int modifiers) {
    if (row < 0 || row >= rowCount())
        return;
    const qint64 id = idAt(row);
    if (modifiers & Qt::ShiftModifier) {
        if (!(modifiers & Qt::ControlModifier))
            m_selection.clear();
        selectRange(m_anchorRow < 0 ? row : m_anchorRow, row);
    } else if (modifiers & Qt::ControlModifier) {
        if (id != 0)
            m_selection.set(id, !m_selection.contains(id));
        m_anchorRow = row;
    } else {
        m_selection.clear();
        if (id != 0)
            m_selection.set(id, true);
        m_anchorRow = row;
    }
    setCurrentRow(row);
    notifySelectionChanged();
}

void ProspectTableModel::moveCurrent(int delta, bool extend) {
    if (rowCount() == 0)
        return;
    const int from = m_currentRow < 0 ? (delta > 0 ? -1 : rowCount()) : m_currentRow;
    const int row = std::clamp(from + delta, 0, rowCount() - 1);
    if (extend) {
        if (m_anchorRow < 0)
            m_anchorRow = std::max(0, m_currentRow);
        m_selection.clear();
        selectRange(m_anchorRow, row);
        setCurrentRow(row);
    } else {
        m_selection.clear();
        m_anchorRow = row;
        setCurrentRow(row);
        if (m_currentId != 0)
            m_selection.set(m_currentId, true);
    }
    notifySelectionChanged();
}

void ProspectTableModel::selectRange(int from, int to) {
    const int first = std::min(from, to);
    const int last = std::max(from, to);
    QList<qint64> ids;
    bool allCached = true;
    for (int page = m_cache.pageOf(first); page <= m_cache.pageOf(last) && allCached; ++page)
        allCached = m_cache.hasPage(page);
    if (allCached) {
        for (int row = first; row <= last; ++row)
            ids << idAt(row);
    } else {
        // The range reaches rows never scrolled into view: ask the database for their ids only.
        QString error;
        const review::ProspectPage page = m_source.fetch(m_query, first, last - first + 1, &error);
        for (const storage::Prospect &prospect : page.rows)
            ids << prospect.id;
        if (!error.isEmpty()) {
            qCWarning(lcUi) << "range selection failed:" << error;
            setLastError(error);
        }
    }
    m_selection.add(ids);
}

void ProspectTableModel::selectAll() {
    m_selection.selectAll();
    notifySelectionChanged();
}

void ProspectTableModel::clearSelection() {
    if (m_selection.isEmpty())
        return;
    m_selection.clear();
    notifySelectionChanged();
}

QVariantList ProspectTableModel::selectedIds() const {
    QVariantList list;
    const QList<qint64> ids = m_selection.ids();
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << id;
    return list;
}

void ProspectTableModel::setCurrentRow(int row) {
    const int next = row >= 0 && row < rowCount() ? row : -1;
    if (next == m_currentRow) {
        updateCurrentId();
        return;
    }
    const int previous = m_currentRow;
    m_currentRow = next;
    m_currentId = 0;
    updateCurrentId();
    const int last = int(m_columns.size()) - 1;
    if (previous >= 0 && previous < rowCount() && last >= 0)
        Q_EMIT dataChanged(index(previous, 0), index(previous, last), {CurrentRole});
    if (next >= 0 && last >= 0)
        Q_EMIT dataChanged(index(next, 0), index(next, last), {CurrentRole});
    Q_EMIT currentChanged();
}

void ProspectTableModel::updateCurrentId() {
    const qint64 id = m_currentRow >= 0 ? idAt(m_currentRow) : 0;
    if (id == m_currentId || (id == 0 && m_currentRow >= 0))
        return; // a cursor on a row still loading keeps waiting for it
    m_currentId = id;
    Q_EMIT currentChanged();
}

void ProspectTableModel::notifySelectionChanged() {
    if (rowCount() > 0 && !m_columns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, int(m_columns.size()) - 1), {SelectedRole});
    Q_EMIT selectionChanged();
}

} // namespace prospector::ui
