// ProspectTableModel against a real temporary database: paging, placeholders, eviction,
// sorting/filtering plumbing and id-based selection, all under QAbstractItemModelTester.
#include "pagerpagesource.h"
#include "prospecttablemodel.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace prospector;
using ui::ProspectTableModel;

class TestProspectTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsAndPlaceholders();
    void evictsFarPages();
    void searchAndFilterReload();
    void selectionIsStickyById();
    void shiftRangeReachesUnloadedRows();
    void selectAllAndExceptions();
    void keyboardCursor();
    void columnChooserAndSort();
    void viewStateRoundTrip();
    void sortedPagesAreContiguous();
    void decoratedRowsRefreshWithoutRecounting();

private:
    void waitCounted(ProspectTableModel &model);
    void waitRowLoaded(ProspectTableModel &model, int row);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<ui::PagerPageSource> m_source;
    static constexpr int kRows = 5000;
};

void TestProspectTableModel::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("t.db")));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("BEGIN")));
    // Bulk seed through a recursive CTE: fast, and the FTS triggers still run.
    QVERIFY2(query.exec(
                 QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                     "INSERT INTO prospects (first_name, last_name, email, company_name, stage, score, tier, "
                     "created_at, updated_at) SELECT 'First' || i, 'Last' || i, 'p' || i || '@example.com', "
                     "CASE WHEN i % 10 = 0 THEN 'Globex' ELSE 'Initech' END, "
                     "CASE WHEN i % 3 = 0 THEN 'qualified' ELSE 'new' END, i % 101, "
                     "CASE WHEN i % 2 = 0 THEN 'hot' ELSE 'cold' END, 0, 0 FROM n")
                     .arg(kRows)),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("COMMIT")));
    m_source = std::make_unique<ui::PagerPageSource>(*m_database);
}

void TestProspectTableModel::waitCounted(ProspectTableModel &model) {
    QTRY_VERIFY(!model.counting());
}

void TestProspectTableModel::waitRowLoaded(ProspectTableModel &model, int row) {
    const QModelIndex index = model.index(row, 0);
    model.data(index, ProspectTableModel::LoadedRole); // asks for the page
    QTRY_VERIFY(model.data(model.index(row, 0), ProspectTableModel::LoadedRole).toBool());
}

void TestProspectTableModel::countsAndPlaceholders() {
    ProspectTableModel model(*m_source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitCounted(model);
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(model.totalCount(), kRows);
    QCOMPARE(model.columnCount(), model.visibleColumns().size());
    const int row = 1234;
    const QModelIndex index = model.index(row, 0);
    QCOMPARE(model.data(index, ProspectTableModel::LoadedRole).toBool(), false);
    QVERIFY(!model.data(index, Qt::DisplayRole).isValid());
    waitRowLoaded(model, row);
    // Rows are in id order: row 1234 is the 1235th prospect.
    QCOMPARE(model.data(model.index(row, 0), Qt::DisplayRole).toString(),
             QStringLiteral("First1235 Last1235"));
    QCOMPARE(model.idAt(row), 1235);
    QCOMPARE(model.stageCounts().value(QStringLiteral("qualified")).toLongLong(), kRows / 3);
    QCOMPARE(model.tierCounts().value(QStringLiteral("hot")).toLongLong(), kRows / 2);
}

void TestProspectTableModel::evictsFarPages() {
    ProspectTableModel model(*m_source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitCounted(model);
    // Touch every page: far pages must be dropped so memory stays bounded.
    for (int row = 0; row < kRows; row += ProspectTableModel::kPageSize)
        waitRowLoaded(model, row);
    int loaded = 0;
    for (int row = 0; row < kRows; row += ProspectTableModel::kPageSize)
        loaded += model.data(model.index(row, 0), ProspectTableModel::LoadedRole).toBool() ? 1 : 0;
    QVERIFY2(loaded <= ProspectTableModel::kMaxPages, qPrintable(QString::number(loaded)));
    QVERIFY(model.data(model.index(kRows - 1, 0), ProspectTableModel::LoadedRole).toBool());
    // The first pages were read longest ago (row 0 excepted: the tester reads it on every change).
    QVERIFY(
        !model.data(model.index(ProspectTableModel::kPageSize, 0), ProspectTableModel::LoadedRole).toBool());
}

void TestProspectTableModel::searchAndFilterReload() {
    ProspectTableModel model(*m_source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitCounted(model);
    model.setSearch(QStringLiteral("globex"));
    waitCounted(model);
    QCOMPARE(model.rowCount(), kRows / 10);
    waitRowLoaded(model, 0);
    QCOMPARE(model.idAt(0), 10);
    // Hostile text is plain text: no error, no match.
    model.setSearch(QStringLiteral("\"'; DROP TABLE prospects; -- NEAR( *"));
    waitCounted(model);
    QCOMPARE(model.lastError(), QString());
    QCOMPARE(model.rowCount(), 0);
    model.setSearch(QString());
    model.setFilter(QStringLiteral("stages"), QStringList{QStringLiteral("qualified")});
    waitCounted(model);
    QCOMPARE(model.rowCount(), kRows / 3);
    QCOMPARE(model.filters().value(QStringLiteral("stages")).toStringList(),
             QStringList{QStringLiteral("qualified")});
    model.resetFilters();
    waitCounted(model);
    QCOMPARE(model.rowCount(), kRows);
}

void TestProspectTableModel::selectionIsStickyById() {
    ProspectTableModel model(*m_source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitCounted(model);
    waitRowLoaded(model, 5);
    model.clickRow(5, Qt::NoModifier);
    model.clickRow(7, Qt::ControlModifier);
    QCOMPARE(model.selectedCount(), 2);
    QVERIFY(model.data(model.index(7, 1), ProspectTableModel::SelectedRole).toBool());
    QVERIFY(!model.data(model.index(6, 1), ProspectTableModel::SelectedRole).toBool());
    // A search that moves the rows keeps the same prospects selected.
    model.setSearch(QStringLiteral("First6"));
    waitCounted(model);
    QCOMPARE(model.selectedCount(), 2);
    model.setSearch(QString());
    waitCounted(model);
    waitRowLoaded(model, 7);
    QVERIFY(model.data(model.index(5, 0), ProspectTableModel::SelectedRole).toBool());
    QVERIFY(model.data(model.index(7, 0), ProspectTableModel::SelectedRole).toBool());
    // Ctrl-click again unselects.
    model.clickRow(7, Qt::ControlModifier);
    QCOMPARE(model.selectedCount(), 1);
    QCOMPARE(model.selectedIds(), QVariantList{qint64(6)});
}

void TestProspectTableModel::shiftRangeReachesUnloadedRows() {
    ProspectTableModel model(*m_source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitCounted(model);
    waitRowLoaded(model, 10);
    model.clickRow(10, Qt::NoModifier);
    waitRowLoaded(model, 2010);
    model.clickRow(2010, Qt::ShiftModifier);
    QCOMPARE(model.selectedCount(), 2001);
    QVERIFY(model.isSelected(11));
    QVERIFY(model.isSelected(1000));
    QVERIFY(model.isSelected(2011));
    QVERIFY(!model.isSelected(2012));
    QVERIFY(!model.isSelected(10));
}

void TestProspectTableModel::selectAllAndExceptions() {
    ProspectTableModel model(*m_source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitCounted(model);
    waitRowLoaded(model, 3);
    model.selectAll();
    QVERIFY(model.allSelected());
    QCOMPARE(model.selectedCount(), kRows);
    model.clickRow(3, Qt::ControlModifier);
    QCOMPARE(model.selectedCount(), kRows - 1);
    QVERIFY(!model.isSelected(4));
    // "All" is about the query: a new query drops it.
    model.setSearch(QStringLiteral("globex"));
    QVERIFY(!model.allSelected());
    QCOMPARE(model.selectedCount(), 0);
}

void TestProspectTableModel::keyboardCursor() {
    ProspectTableModel model(*m_source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitCounted(model);
    waitRowLoaded(model, 0);
    QSignalSpy current(&model, &ProspectTableModel::currentChanged);
    model.moveCurrent(1);
    QCOMPARE(model.currentRow(), 0);
    QCOMPARE(model.currentId(), 1);
    model.moveCurrent(1);
    model.moveCurrent(1);
    QCOMPARE(model.currentRow(), 2);
    QCOMPARE(model.selectedIds(), QVariantList{qint64(3)});
    model.moveCurrent(2, true);
    QCOMPARE(model.selectedCount(), 3);
    model.moveCurrent(-100);
    QCOMPARE(model.currentRow(), 0);
    QVERIFY(model.data(model.index(0, 0), ProspectTableModel::CurrentRole).toBool());
    QVERIFY(current.count() >= 4);
}

void TestProspectTableModel::columnChooserAndSort() {
    ProspectTableModel model(*m_source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    waitCounted(model);
    const int before = model.columnCount();
    model.setColumnVisible(QStringLiteral("country"), true);
    QCOMPARE(model.columnCount(), before + 1);
    model.setColumnVisible(QStringLiteral("email"), false);
    QCOMPARE(model.columnCount(), before);
    QVERIFY(!model.visibleColumns().contains(QStringLiteral("email")));
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Name"));
    QSignalSpy sort(&model, &ProspectTableModel::sortChanged);
    model.toggleSort(0);
    QCOMPARE(model.sortKey(), QStringLiteral("name"));
    QVERIFY(!model.sortDescending());
    model.toggleSort(0);
    QVERIFY(model.sortDescending());
    QCOMPARE(sort.count(), 2);
}

void TestProspectTableModel::viewStateRoundTrip() {
    ProspectTableModel model(*m_source);
    model.setSearch(QStringLiteral("globex"));
    model.setFilter(QStringLiteral("tiers"), QStringList{QStringLiteral("hot")});
    model.sortBy(QStringLiteral("score"), true);
    const QVariantMap state = model.viewState();
    ProspectTableModel other(*m_source);
    QAbstractItemModelTester tester(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
    other.applyViewState(state);
    QCOMPARE(other.search(), QStringLiteral("globex"));
    QCOMPARE(other.filters(), model.filters());
    QCOMPARE(other.sortKey(), QStringLiteral("score"));
    QVERIFY(other.sortDescending());
    waitCounted(other);
    QCOMPARE(other.rowCount(), kRows / 10); // every tenth is a Globex, and all of them are even: hot
}

void TestProspectTableModel::sortedPagesAreContiguous() {
    ProspectTableModel model(*m_source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sortBy(QStringLiteral("score"), true);
    waitCounted(model);
    const int scoreColumn = int(model.visibleColumns().indexOf(QStringLiteral("score")));
    QVERIFY(scoreColumn >= 0);
    // Across page boundaries, including a far page reached by a jump, scores never increase.
    int previous = 101;
    QSet<qint64> seen;
    for (int row = 0; row < 3 * ProspectTableModel::kPageSize; ++row) {
        waitRowLoaded(model, row);
        const int score = model.data(model.index(row, scoreColumn), Qt::DisplayRole).toInt();
        QVERIFY2(score <= previous,
                 qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(score).arg(previous)));
        previous = score;
        seen.insert(model.idAt(row));
    }
    QCOMPARE(seen.size(), 3 * ProspectTableModel::kPageSize); // no row twice, none skipped at page edges
    QCOMPARE(model.data(model.index(0, scoreColumn), Qt::DisplayRole).toInt(), 100);
    waitRowLoaded(model, kRows - 1);
    QCOMPARE(model.data(model.index(kRows - 1, scoreColumn), Qt::DisplayRole).toInt(), 0);
}

// The sync column's data comes from a row decorator on the fetching worker; refreshLoadedPages()
// re-reads what is on screen (new outbox states) without counting the query again.
void TestProspectTableModel::decoratedRowsRefreshWithoutRecounting() {
    ProspectTableModel model(*m_source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto pending = std::make_shared<QAtomicInt>(0);
    model.setRowDecorator([pending](QList<ui::ProspectRow> &rows) {
        for (ui::ProspectRow &row : rows)
            row.sync.hubspot.pending = pending->loadRelaxed();
    });
    model.setVisibleColumns({QStringLiteral("name"), QStringLiteral("sync_state")});
    model.reload();
    waitCounted(model);
    waitRowLoaded(model, 0);
    QCOMPARE(
        model.data(model.index(0, 1), Qt::DisplayRole).toMap().value(QStringLiteral("hubspot")).toString(),
        QString());

    pending->storeRelaxed(1);
    QSignalSpy counting(&model, &ProspectTableModel::countingChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshLoadedPages();
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(
        model.data(model.index(0, 1), Qt::DisplayRole).toMap().value(QStringLiteral("hubspot")).toString(),
        QStringLiteral("queued"));
    QCOMPARE(counting.count(), 0);
}

QTEST_GUILESS_MAIN(TestProspectTableModel)
#include "tst_prospecttablemodel.moc"
