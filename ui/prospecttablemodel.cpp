#include "prospecttablemodel.h"

#include "logging/categories.h"
#include "prospectcolumns.h"

#include <QMetaObject>

namespace prospector::ui {
namespace {

// Pages in flight at once: enough to fill a screen after a jump, few enough that a fast
// scroll does not queue work for rows long gone.
constexpr int kMaxInFlight = 2;
constexpr int kMaxWanted = 8;

QVariantMap toVariantMap(const QHash<QString, qint64> &counts) {
    QVariantMap map;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

} // namespace

ProspectTableModel::ProspectTableModel(const ProspectPageSource &source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_columns(defaultVisibleColumns()) {
    m_dispatchTimer.setSingleShot(true);
    m_dispatchTimer.setInterval(0);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &ProspectTableModel::dispatchFetches);
    m_pool.setMaxThreadCount(kMaxInFlight);
}

ProspectTableModel::~ProspectTableModel() {
    // Workers post results to this object; none may outlive it.
    m_pool.waitForDone();
}

int ProspectTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0
                            : static_cast<int>(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int ProspectTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ProspectTableModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (role == ColumnKeyRole)
        return m_columns.at(index.column());
    if (role == CurrentRole)
        return index.row() == m_currentRow;
    const storage::Prospect *prospect = m_cache.row(index.row());
    if (!prospect) {
        requestPage(m_cache.pageOf(index.row()));
        if (role == LoadedRole || role == SelectedRole)
            return false;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return prospectColumnValue(*prospect, m_columns.at(index.column()));
    case IdRole:
        return prospect->id;
    case LoadedRole:
        return true;
    case SelectedRole:
        return m_selection.contains(prospect->id);
    default:
        return {};
    }
}

QVariant ProspectTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ProspectColumn *column = findProspectColumn(m_columns.at(section));
    if (role == Qt::DisplayRole && column)
        return prospectColumnTitle(*column);
    if (role == ColumnKeyRole)
        return m_columns.at(section);
    return {};
}

QHash<int, QByteArray> ProspectTableModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "prospectId"},
                  {LoadedRole, "loaded"},
                  {SelectedRole, "selected"},
                  {CurrentRole, "current"},
                  {ColumnKeyRole, "columnKey"}});
    return names;
}

void ProspectTableModel::setSearch(const QString &search) {
    if (search == m_query.search)
        return;
    m_query.search = search;
    Q_EMIT searchChanged();
    queryChanged();
}

QVariantMap ProspectTableModel::filters() const {
    return {
        {QStringLiteral("stages"), m_query.stages},       {QStringLiteral("tiers"), m_query.tiers},
        {QStringLiteral("tags"), m_query.tags},           {QStringLiteral("minScore"), m_query.minScore},
        {QStringLiteral("maxScore"), m_query.maxScore},   {QStringLiteral("hasEmail"), m_query.hasEmail},
        {QStringLiteral("syncState"), m_query.syncState}, {QStringLiteral("archived"), m_query.archived},
    };
}

void ProspectTableModel::setFilters(const QVariantMap &filters) {
    ReviewQuery next = m_query;
    const ReviewQuery defaults;
    next.stages = filters.value(QStringLiteral("stages")).toStringList();
    next.tiers = filters.value(QStringLiteral("tiers")).toStringList();
    next.tags = filters.value(QStringLiteral("tags")).toStringList();
    next.minScore = filters.value(QStringLiteral("minScore"), defaults.minScore).toInt();
    next.maxScore = filters.value(QStringLiteral("maxScore"), defaults.maxScore).toInt();
    next.hasEmail = filters.value(QStringLiteral("hasEmail"), defaults.hasEmail).toInt();
    next.syncState = filters.value(QStringLiteral("syncState")).toString();
    next.archived = filters.value(QStringLiteral("archived"), defaults.archived).toString();
    if (next == m_query)
        return;
    m_query = next;
    Q_EMIT filtersChanged();
    queryChanged();
}

void ProspectTableModel::setFilter(const QString &key, const QVariant &value) {
    QVariantMap map = filters();
    map.insert(key, value);
    setFilters(map);
}

void ProspectTableModel::resetFilters() {
    setFilters({});
}

void ProspectTableModel::sortBy(const QString &key, bool descending) {
    if (!findProspectColumn(key) && key != QLatin1String("id"))
        return;
    if (key == m_query.sortKey && descending == m_query.sortDescending)
        return;
    m_query.sortKey = key;
    m_query.sortDescending = descending;
    Q_EMIT sortChanged();
    queryChanged();
}

void ProspectTableModel::toggleSort(int column) {
    const QString key = columnKey(column);
    if (key.isEmpty())
        return;
    sortBy(key, key == m_query.sortKey ? !m_query.sortDescending : false);
}

int ProspectTableModel::columnWidth(int column) const {
    const ProspectColumn *def = findProspectColumn(columnKey(column));
    return def ? def->defaultWidth : 120;
}

void ProspectTableModel::setVisibleColumns(const QStringList &columns) {
    QStringList known;
    for (const QString &key : columns) {
        if (findProspectColumn(key) && !known.contains(key))
            known << key;
    }
    if (known.isEmpty() || known == m_columns)
        return;
    beginResetModel();
    m_columns = known;
    endResetModel();
    Q_EMIT columnsChanged();
}

void ProspectTableModel::setColumnVisible(const QString &key, bool visible) {
    QStringList next = m_columns;
    if (visible && !next.contains(key)) {
        // Keep the catalogue order so columns do not jump around as they are toggled.
        next.clear();
        for (const ProspectColumn &column : allProspectColumns()) {
            if (m_columns.contains(column.key) || column.key == key)
                next << column.key;
        }
    } else if (!visible) {
        next.removeAll(key);
    }
    setVisibleColumns(next);
}

QVariantList ProspectTableModel::allColumns() const {
    QVariantList list;
    for (const ProspectColumn &column : allProspectColumns())
        list << QVariantMap{{QStringLiteral("key"), column.key},
                            {QStringLiteral("title"), prospectColumnTitle(column)}};
    return list;
}

QVariantMap ProspectTableModel::viewState() const {
    return {{QStringLiteral("search"), m_query.search},
            {QStringLiteral("filters"), filters()},
            {QStringLiteral("sortKey"), m_query.sortKey},
            {QStringLiteral("sortDescending"), m_query.sortDescending},
            {QStringLiteral("columns"), m_columns}};
}

void ProspectTableModel::applyViewState(const QVariantMap &state) {
    const QStringList columns = state.value(QStringLiteral("columns")).toStringList();
    if (!columns.isEmpty())
        setVisibleColumns(columns);
    // Apply everything, then run the query once.
    QSignalBlocker blocker(this);
    m_query.search = state.value(QStringLiteral("search")).toString();
    setFilters(state.value(QStringLiteral("filters")).toMap());
    const QString sortKey = state.value(QStringLiteral("sortKey"), QStringLiteral("id")).toString();
    m_query.sortKey = findProspectColumn(sortKey) ? sortKey : QStringLiteral("id");
    m_query.sortDescending = state.value(QStringLiteral("sortDescending")).toBool();
    blocker.unblock();
    Q_EMIT searchChanged();
    Q_EMIT filtersChanged();
    Q_EMIT sortChanged();
    queryChanged();
}

void ProspectTableModel::queryChanged() {
    // "All selected" meant all rows of the old query; ids picked one by one stay selected.
    if (m_selection.isAll()) {
        m_selection.clear();
        notifySelectionChanged();
    }
    m_anchorRow = -1;
    if (m_currentRow != -1 || m_currentId != 0) {
        m_currentRow = -1;
        m_currentId = 0;
        Q_EMIT currentChanged();
    }
    reload();
}

void ProspectTableModel::reload() {
    const quint64 generation = ++m_generation;
    m_wanted.clear();
    if (!m_counting) {
        m_counting = true;
        Q_EMIT countingChanged();
    }
    const ReviewQuery query = m_query;
    const ProspectPageSource *source = &m_source;
    m_pool.start([this, source, query, generation] {
        CountResult result;
        result.total = source->count(query, &result.error);
        if (result.error.isEmpty()) {
            ReviewQuery facetQuery = query;
            facetQuery.stages.clear();
            result.stages = source->stageCounts(facetQuery, &result.error);
            facetQuery = query;
            facetQuery.tiers.clear();
            result.tiers = source->tierCounts(facetQuery, &result.error);
        }
        QMetaObject::invokeMethod(
            this, [this, generation, result] { onCounted(generation, result); }, Qt::QueuedConnection);
    });
}

void ProspectTableModel::onCounted(quint64 generation, const CountResult &result) {
    if (generation != m_generation)
        return;
    m_counting = false;
    Q_EMIT countingChanged();
    setLastError(result.error);
    const qint64 total = result.total < 0 ? 0 : result.total;
    beginResetModel();
    m_cache.clear();
    m_wanted.clear();
    m_total = total;
    endResetModel();
    Q_EMIT totalCountChanged();
    m_stageCounts = toVariantMap(result.stages);
    m_tierCounts = toVariantMap(result.tiers);
    Q_EMIT countsChanged();
    if (m_currentRow >= total) {
        m_currentRow = -1;
        m_currentId = 0;
        Q_EMIT currentChanged();
    }
    notifySelectionChanged();
    qCDebug(lcUi) << "prospects counted:" << m_total;
}

void ProspectTableModel::requestPage(int page) const {
    m_wanted.removeAll(page);
    m_wanted.append(page);
    while (m_wanted.size() > kMaxWanted)
        m_wanted.removeFirst();
    if (!m_dispatchTimer.isActive())
        m_dispatchTimer.start();
}

void ProspectTableModel::dispatchFetches() {
    while (m_inFlight.size() < kMaxInFlight && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        if (m_cache.hasPage(page) || m_inFlight.contains(page))
            continue;
        m_inFlight.insert(page);
        const ReviewQuery query = m_query;
        const quint64 generation = m_generation;
        const ProspectPageSource *source = &m_source;
        m_pool.start([this, source, query, generation, page] {
            QString error;
            const QList<storage::Prospect> rows =
                source->fetch(query, qint64(page) * kPageSize, kPageSize, &error);
            QMetaObject::invokeMethod(
                this, [this, generation, page, rows, error] { onPageFetched(generation, page, rows, error); },
                Qt::QueuedConnection);
        });
    }
}

void ProspectTableModel::onPageFetched(quint64 generation, int page, const QList<storage::Prospect> &rows,
                                       const QString &error) {
    m_inFlight.remove(page);
    if (generation == m_generation) {
        setLastError(error);
        if (error.isEmpty()) {
            m_cache.insert(page, rows);
            const qint64 first = qint64(page) * kPageSize;
            const qint64 last = std::min<qint64>(first + rows.size(), rowCount()) - 1;
            if (last >= first && !m_columns.isEmpty())
                Q_EMIT dataChanged(index(int(first), 0), index(int(last), int(m_columns.size()) - 1));
            updateCurrentId();
            Q_EMIT pageLoaded(page);
        }
    }
    dispatchFetches();
}

void ProspectTableModel::setLastError(const QString &error) {
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

} // namespace prospector::ui
