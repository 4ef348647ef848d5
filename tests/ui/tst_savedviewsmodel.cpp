// SavedViewsModel under QAbstractItemModelTester: save the table's view, list, apply, replace, remove.
#include "pagerpagesource.h"
#include "prospecttablemodel.h"
#include "savedviewsmodel.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace prospector;

class TestSavedViewsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void saveApplyReplaceRemove();
};

void TestSavedViewsModel::saveApplyReplaceRemove() {
    QTemporaryDir dir;
    storage::Database database(dir.filePath(QStringLiteral("v.db")));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    ui::PagerPageSource source(database);
    ui::ProspectTableModel table(source);
    ui::SavedViewsModel views(database, table);
    QAbstractItemModelTester tester(&views, QAbstractItemModelTester::FailureReportingMode::QtTest);
    views.reload();
    QCOMPARE(views.rowCount(), 0);

    QVERIFY(!views.saveCurrent(QStringLiteral("   ")));
    QVERIFY(!views.lastError().isEmpty());

    table.setSearch(QStringLiteral("acme"));
    table.setFilter(QStringLiteral("stages"), QStringList{QStringLiteral("qualified")});
    table.sortBy(QStringLiteral("score"), true);
    QVERIFY2(views.saveCurrent(QStringLiteral("Hot leads")), qPrintable(views.lastError()));
    QCOMPARE(views.rowCount(), 1);
    const qint64 id = views.data(views.index(0), ui::SavedViewsModel::IdRole).toLongLong();
    QCOMPARE(views.data(views.index(0), Qt::DisplayRole).toString(), QStringLiteral("Hot leads"));
    QCOMPARE(views.activeId(), id);

    // Changing the query leaves the view; applying it brings everything back.
    table.setSearch(QString());
    QCOMPARE(views.activeId(), 0);
    table.resetFilters();
    table.sortBy(QStringLiteral("id"), false);
    views.apply(id);
    QCOMPARE(table.search(), QStringLiteral("acme"));
    QCOMPARE(table.filters().value(QStringLiteral("stages")).toStringList(),
             QStringList{QStringLiteral("qualified")});
    QCOMPARE(table.sortKey(), QStringLiteral("score"));
    QVERIFY(table.sortDescending());
    QCOMPARE(views.activeId(), id);

    // Saving under the same name (any case) replaces the view instead of adding one.
    table.setSearch(QStringLiteral("globex"));
    QVERIFY(views.saveCurrent(QStringLiteral("hot LEADS")));
    QCOMPARE(views.rowCount(), 1);
    table.setSearch(QString());
    views.apply(id);
    QCOMPARE(table.search(), QStringLiteral("globex"));

    QVERIFY(views.remove(id));
    QCOMPARE(views.rowCount(), 0);
    QCOMPARE(views.activeId(), 0);
}

QTEST_MAIN(TestSavedViewsModel)
#include "tst_savedviewsmodel.moc"
