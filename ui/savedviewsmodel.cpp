#include "savedviewsmodel.h"

#include "prospecttablemodel.h"
#include "review/savedviewrepository.h"

namespace prospector::ui {

SavedViewsModel::SavedViewsModel(const storage::Database &database, ProspectTableModel &table,
                                 QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_table(table) {
    // Any change of search, filters or sort leaves the saved view: the sidebar stops highlighting it.
    const auto leave = [this] {
        for (const review::SavedView &view : std::as_const(m_views)) {
            if (view.id == m_activeId && !(view.query == m_table.query()))
                setActiveId(0);
        }
    };
    connect(&m_table, &ProspectTableModel::searchChanged, this, leave);
    connect(&m_table, &ProspectTableModel::filtersChanged, this, leave);
    connect(&m_table, &ProspectTableModel::sortChanged, this, leave);
}

int SavedViewsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_views.size());
}

QVariant SavedViewsModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const review::SavedView &view = m_views.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return view.name;
    case IdRole:
        return view.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedViewsModel::roleNames() const {
    return {{IdRole, "viewId"}, {NameRole, "name"}};
}

void SavedViewsModel::reload() {
    QString error;
    QList<review::SavedView> views = review::SavedViewRepository(m_database).all(&error);
    beginResetModel();
    m_views = error.isEmpty() ? std::move(views) : QList<review::SavedView>{};
    endResetModel();
    setLastError(error);
}

bool SavedViewsModel::saveCurrent(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        setLastError(tr("Give the view a name."));
        return false;
    }
    review::SavedViewRepository repository(m_database);
    QString error;
    const std::optional<review::SavedView> existing = repository.findByName(trimmed, &error);
    qint64 id = 0;
    if (!error.isEmpty()) {
        // Could not check for a view of that name: refuse rather than risk a duplicate.
        setLastError(error);
        return false;
    }
    if (existing) {
        review::SavedView view = *existing;
        view.query = m_table.query();
        if (repository.update(view, &error))
            id = view.id;
    } else {
        id = repository.create(trimmed, m_table.query(), &error);
    }
    setLastError(error);
    if (id == 0)
        return false;
    reload();
    setActiveId(id);
    return true;
}

void SavedViewsModel::apply(qint64 id) {
    for (const review::SavedView &view : std::as_const(m_views)) {
        if (view.id != id)
            continue;
        QVariantMap state = m_table.viewState();
        state.insert(QStringLiteral("search"), view.query.search);
        state.insert(QStringLiteral("filters"), view.query.filtersToJson().toVariantMap());
        state.insert(QStringLiteral("sort"), review::sortKeysToString(view.query.sort));
        m_table.applyViewState(state);
        setActiveId(id);
        return;
    }
}

bool SavedViewsModel::remove(qint64 id) {
    QString error;
    const bool ok = review::SavedViewRepository(m_database).remove(id, &error);
    setLastError(error);
    if (ok) {
        if (id == m_activeId)
            setActiveId(0);
        reload();
    }
    return ok;
}

void SavedViewsModel::setLastError(const QString &error) {
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void SavedViewsModel::setActiveId(qint64 id) {
    if (id == m_activeId)
        return;
    m_activeId = id;
    Q_EMIT activeIdChanged();
}

} // namespace prospector::ui
