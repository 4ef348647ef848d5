#include "prospecttablemodel.h"

#include "logging/categories.h"
#include "prospectcolumns.h"

#include <QJSValue>
#include <QJsonObject>
#include <QMetaObject>

namespace prospector::ui {
namespace {

// Pages in flight at once: enough to fill a screen after a jump, few enough that a fast
// scroll does not queue work for rows long gone.
constexpr int kMaxInFlight = 2;
constexpr int kMaxWanted = 4;
constexpr int kSettleMs = 40;
constexpr qint64 kMaxSettleMs = 150;

QVariantMap toVariantMap(const QMap<QString, qint64> &counts) {
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
    m_dispatchTimer.setInterval(kSettleMs);
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
    const ProspectRow *row = m_cache.row(index.row());
    if (!row) {
        requestPage(m_cache.pageOf(index.row()));
        if (role == LoadedRole || role == SelectedRole)
            return false;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return prospectColumnValue(*row, m_columns.at(index.column()));
    case IdRole:
        return row->prospect.id;
    case LoadedRole:
        return true;
    case SelectedRole:
        return m_selection.contains(row->prospect.id);
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

// The filter keys are those of review::ProspectQuery::filtersToJson() (what saved views store):
// stages, tiers, tags, imports, sources, countries, syncStates, company, minScore, maxScore,
// hasEmail (bool; absent = either), archived ("only" / "include"; absent = hide archived).
QVariantMap ProspectTableModel::filters() const {
    return m_query.filtersToJson().toVariantMap();
}

void ProspectTableModel::setFilters(const QVariantMap &filters) {
    review::ProspectQuery next = m_query;
    QVariantMap clean;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        // QML hands arrays over as QJSValue; and "unset" as undefined/null/"", which mean "any".
        const QVariant value = it.value().metaType() == QMetaType::fromType<QJSValue>()
                                   ? it.value().value<QJSValue>().toVariant()
                                   : it.value();
        if (value.isValid() && !value.isNull() && value != QVariant(QString()))
            clean.insert(it.key(), value);
    }
    next.setFiltersFromJson(QJsonObject::fromVariantMap(clean));
    if (next == m_query)
        return;
    m_query = next;
    Q_EMIT filtersChanged();
    queryChanged();
}

void ProspectTableModel::setFilter(const QString &key, const QVariant &value) {
    QVariantMap map = filters();
    const QVariant plain =
        value.metaType() == QMetaType::fromType<QJSValue>() ? value.value<QJSValue>().toVariant() : value;
    if (plain.isValid() && !plain.isNull())
        map.insert(key, plain);
    else
        map.remove(key);
    setFilters(map);
}

void ProspectTableModel::resetFilters() {
    setFilters({});
}

QString ProspectTableModel::sortKey() const {
    return m_query.sort.isEmpty() ? QStringLiteral("id")
                                  : review::SortKey::columnName(m_query.sort.first().column);
}

bool ProspectTableModel::sortDescending() const {
    return !m_query.sort.isEmpty() && m_query.sort.first().descending;
}

void ProspectTableModel::sortBy(const QString &key, bool descending) {
    review::SortKey sort;
    if (!review::SortKey::columnFromName(key, &sort.column))
        return;
    sort.descending = descending;
    const review::SortKeys keys =
        sort.column == review::SortColumn::Id && !descending ? review::SortKeys{} : review::SortKeys{sort};
    if (keys == m_query.sort)
        return;
    m_query.sort = keys;
    Q_EMIT sortChanged();
    queryChanged();
}

void ProspectTableModel::toggleSort(int column) {
    const ProspectColumn *def = findProspectColumn(columnKey(column));
    if (!def || !def->sortable)
        return;
    sortBy(def->key, def->key == sortKey() ? !sortDescending() : false);
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
                            {QStringLiteral("title"), prospectColumnTitle(column)},
                            {QStringLiteral("sortable"), column.sortable}};
    return list;
}

QVariantMap ProspectTableModel::viewState() const {
    return {{QStringLiteral("search"), m_query.search},
            {QStringLiteral("filters"), filters()},
            {QStringLiteral("sort"), review::sortKeysToString(m_query.sort)},
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
    review::SortKeys sort;
    m_query.sort = review::parseSortKeys(state.value(QStringLiteral("sort")).toString(), &sort)
                       ? sort
                       : review::SortKeys{};
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
    const review::ProspectQuery query = m_query;
    const ProspectPageSource *source = &m_source;
    source->invalidate();
    m_pool.start([this, source, query, generation] {
        CountResult result;
        result.ok = source->facets(query, &result.facets, &result.error);
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
    const qint64 total = result.ok ? result.facets.total : 0;
    beginResetModel();
    m_cache.clear();
    m_wanted.clear();
    m_total = total;
    endResetModel();
    Q_EMIT totalCountChanged();
    m_stageCounts = toVariantMap(result.facets.byStage);
    m_tierCounts = toVariantMap(result.facets.byTier);
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
    // While the rep drags the scrollbar, every frame asks for other pages; wait until the
    // requests settle so the worker does not scan for rows that are already off screen. A
    // steady stream of requests (slow scrolling) is still served every kMaxSettleMs.
    if (!m_dispatchTimer.isActive())
        m_firstPendingRequest.start();
    if (m_firstPendingRequest.elapsed() < kMaxSettleMs)
        m_dispatchTimer.start();
}

void ProspectTableModel::dispatchFetches() {
    while (m_inFlight.size() < kMaxInFlight && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        if (m_cache.hasPage(page) || m_inFlight.contains(page))
            continue;
        fetchPage(page);
    }
}

void ProspectTableModel::fetchPage(int page) {
    m_inFlight.insert(page);
    const review::ProspectQuery query = m_query;
    const quint64 generation = m_generation;
    const ProspectPageSource *source = &m_source;
    const RowDecorator decorator = m_decorator;
    m_pool.start([this, source, query, generation, page, decorator] {
        QString error;
        const review::ProspectPage fetched =
            source->fetch(query, qint64(page) * kPageSize, kPageSize, &error);
        QList<ProspectRow> rows;
        rows.reserve(fetched.rows.size());
        for (qsizetype i = 0; i < fetched.rows.size(); ++i)
            rows << ProspectRow{fetched.rows.at(i), fetched.tags.value(i), {}};
        if (decorator && error.isEmpty())
            decorator(rows);
        QMetaObject::invokeMethod(
            this, [this, generation, page, rows, error] { onPageFetched(generation, page, rows, error); },
            Qt::QueuedConnection);
    });
}

void ProspectTableModel::refreshLoadedPages() {
    // A screenful is at most a few pages; the others keep what they had until the next reload().
    constexpr int kOnScreenPages = 3;
    for (int page : m_cache.recentPages(kOnScreenPages)) {
        if (!m_inFlight.contains(page))
            fetchPage(page);
    }
}

void ProspectTableModel::onPageFetched(quint64 generation, int page, const QList<ProspectRow> &rows,
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
