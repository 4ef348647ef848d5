#pragma once

#include "prospectpagecache.h"
#include "prospectpagesource.h"
#include "prospectselection.h"
#include "singletonprovider.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QQmlEngine>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QVariantMap>
#include <functional>

namespace prospector::ui {

// The Prospects table: rowCount is the query's count, and rows arrive page by page from a worker
// as they scroll into view (rows not fetched yet say `loaded: false` and render as placeholders).
// Only a window of pages stays in memory. Selection and the keyboard cursor are kept by id.
class ProspectTableModel : public QAbstractTableModel, public SingletonProvider<ProspectTableModel> {
    Q_OBJECT
    QML_NAMED_ELEMENT(ProspectsModel)
    QML_SINGLETON
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(QVariantMap filters READ filters WRITE setFilters NOTIFY filtersChanged)
    Q_PROPERTY(QString sortKey READ sortKey NOTIFY sortChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY sortChanged)
    Q_PROPERTY(QStringList visibleColumns READ visibleColumns WRITE setVisibleColumns NOTIFY columnsChanged)
    Q_PROPERTY(QVariantList allColumns READ allColumns CONSTANT)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(bool counting READ counting NOTIFY countingChanged)
    Q_PROPERTY(QVariantMap stageCounts READ stageCounts NOTIFY countsChanged)
    Q_PROPERTY(QVariantMap tierCounts READ tierCounts NOTIFY countsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(qint64 selectedCount READ selectedCount NOTIFY selectionChanged)
    Q_PROPERTY(bool allSelected READ allSelected NOTIFY selectionChanged)
    Q_PROPERTY(int currentRow READ currentRow WRITE setCurrentRow NOTIFY currentChanged)
    Q_PROPERTY(qint64 currentId READ currentId NOTIFY currentChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LoadedRole,
        SelectedRole,
        CurrentRole,
        ColumnKeyRole,
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 30;

    explicit ProspectTableModel(const ProspectPageSource &source, QObject *parent = nullptr);
    ~ProspectTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString search() const { return m_query.search; }
    void setSearch(const QString &search);
    QVariantMap filters() const;
    void setFilters(const QVariantMap &filters);
    QString sortKey() const;
    bool sortDescending() const;
    QStringList visibleColumns() const { return m_columns; }
    void setVisibleColumns(const QStringList &columns);
    QVariantList allColumns() const;
    qint64 totalCount() const { return m_total; }
    bool counting() const { return m_counting; }
    QVariantMap stageCounts() const { return m_stageCounts; }
    QVariantMap tierCounts() const { return m_tierCounts; }
    QString lastError() const { return m_lastError; }
    qint64 selectedCount() const { return m_selection.count(m_total); }
    bool allSelected() const { return m_selection.isAll(); }
    int currentRow() const { return m_currentRow; }
    void setCurrentRow(int row);
    qint64 currentId() const { return m_currentId; }
    const review::ProspectQuery &query() const { return m_query; }
    const ProspectSelection &selection() const { return m_selection; }

    // Re-reads count and rows for the same query (after edits, imports, bulk actions).
    Q_INVOKABLE void reload();
    // Re-reads only the few pages on screen, without counting again or forgetting the jump
    // anchors: for changes that move no row in or out of the view, e.g. sync results arriving
    // every second. A reload() afterwards settles anything that did move.
    Q_INVOKABLE void refreshLoadedPages();
    // Adds data to fetched rows on the fetching worker (e.g. their outbox state); set it before
    // the first fetch. Must be callable from any thread.
    using RowDecorator = std::function<void(QList<ProspectRow> &rows)>;
    void setRowDecorator(RowDecorator decorator) { m_decorator = std::move(decorator); }
    Q_INVOKABLE void setFilter(const QString &key, const QVariant &value);
    Q_INVOKABLE void resetFilters();
    Q_INVOKABLE void sortBy(const QString &key, bool descending);
    // Header click: sort by this column, or flip the order when it already sorts by it.
    Q_INVOKABLE void toggleSort(int column);
    Q_INVOKABLE QString columnKey(int column) const { return m_columns.value(column); }
    Q_INVOKABLE int columnWidth(int column) const;
    Q_INVOKABLE void setColumnVisible(const QString &key, bool visible);

    // Mouse selection: `modifiers` are Qt::KeyboardModifiers (Ctrl toggles, Shift extends).
    Q_INVOKABLE void clickRow(int row, int modifiers);
    // Keyboard: moves the cursor by `delta` rows; with `extend` the selection grows (Shift+arrow).
    Q_INVOKABLE void moveCurrent(int delta, bool extend = false);
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE bool isSelected(qint64 id) const { return m_selection.contains(id); }
    Q_INVOKABLE QVariantList selectedIds() const;
    Q_INVOKABLE qint64 idAt(int row) const;

    // Search + filters + sort + columns as one map (saved views), and back.
    Q_INVOKABLE QVariantMap viewState() const;
    Q_INVOKABLE void applyViewState(const QVariantMap &state);

Q_SIGNALS:
    void searchChanged();
    void filtersChanged();
    void sortChanged();
    void columnsChanged();
    void totalCountChanged();
    void countingChanged();
    void countsChanged();
    void lastErrorChanged();
    void selectionChanged();
    void currentChanged();
    void pageLoaded(int page);

private:
    struct CountResult {
        review::FacetCounts facets;
        bool ok = false;
        QString error;
    };

    void queryChanged();
    void requestPage(int page) const;
    void dispatchFetches();
    void fetchPage(int page);
    void onPageFetched(quint64 generation, int page, const QList<ProspectRow> &rows, const QString &error);
    void onCounted(quint64 generation, const CountResult &result);
    void setLastError(const QString &error);
    void notifySelectionChanged();
    void selectRange(int from, int to);
    void updateCurrentId();

    const ProspectPageSource &m_source;
    review::ProspectQuery m_query;
    QStringList m_columns;
    ProspectPageCache m_cache{kPageSize, kMaxPages};
    ProspectSelection m_selection;
    qint64 m_total = 0;
    bool m_counting = false;
    QVariantMap m_stageCounts;
    QVariantMap m_tierCounts;
    QString m_lastError;
    int m_currentRow = -1;
    qint64 m_currentId = 0;
    int m_anchorRow = -1;
    quint64 m_generation = 0;
    // Pages asked for by the view, newest last; fetched newest first so a jump is served first.
    mutable QList<int> m_wanted;
    QSet<int> m_inFlight;
    mutable QTimer m_dispatchTimer;
    mutable QElapsedTimer m_firstPendingRequest;
    RowDecorator m_decorator;
    QThreadPool m_pool;
};

} // namespace prospector::ui
