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
#include <optional>

namespace prospector::ui {

// The Prospects table: rowCount is the query's count, and rows arrive page by page from a worker
// as they scroll into view (rows not fetched yet say `loaded: false` and render as placeholders).
// Only a window of pages stays in memory. Selection and the keyboard cursor are kept by id.
//
// A (re)load sizes the table first: exact from the maintained counts when only stages, tiers and
// the archive flag filter it, otherwise counted up to kCountCap rows ("more than 3,000"), together with
// the pages on screen. The exact total and the stage/tier counts of a filtered view follow from a
// second worker task; the table grows to the exact size without a reset.
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
    // False while totalCount is only a lower bound (the view has more rows than were counted).
    Q_PROPERTY(bool totalExact READ totalExact NOTIFY totalCountChanged)
    Q_PROPERTY(bool counting READ counting NOTIFY countingChanged)
    // True until the stage/tier counts and the exact total of the current query are in.
    Q_PROPERTY(bool countsPending READ countsPending NOTIFY countsChanged)
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
    static constexpr qint64 kCountCap = review::kViewSizeCap;
    static constexpr int kPrefetchPages = 2;

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
    bool totalExact() const { return m_totalExact; }
    bool counting() const { return m_counting; }
    bool countsPending() const { return m_countsPending; }
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
    // What the first task of a reload learns: the size, maybe all counts, the pages on screen.
    struct SizeResult {
        review::BoundedCount size;
        std::optional<review::FacetCounts> facets; // when they came for free
        QHash<int, QList<ProspectRow>> pages;
        bool ok = false;
        QString error;
    };

    void queryChanged();
    void requestPage(int page) const;
    void dispatchFetches();
    void fetchPage(int page);
    void onPageFetched(quint64 generation, int page, const QList<ProspectRow> &rows, const QString &error);
    void onSized(quint64 generation, const SizeResult &result);
    void onCounted(quint64 generation, const CountResult &result);
    void applyCounts(const review::FacetCounts &counts);
    void startCounting(quint64 generation);
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
    bool m_totalExact = true;
    bool m_counting = false;
    bool m_countsPending = false;
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
