// ReviewActions: a bulk action on the selection and on the whole view, undo, export with BOM and
// formula neutralization, and the refusal to act on nothing.
#include "pagerpagesource.h"
#include "prospecttablemodel.h"
#include "review/bulkeditor.h"
#include "review/undostack.h"
#include "reviewactions.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/tagrepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace prospector;

class TestReviewActions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesAnEmptySelection();
    void tagsSelectionThenUndoes();
    void archivesWholeViewThenUndoes();
    void exportsViewWithBomAndNeutralizedCells();

private:
    bool waitFinished(QSignalSpy &spy);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<review::UndoStack> m_undo;
    std::unique_ptr<review::BulkEditor> m_editor;
    std::unique_ptr<ui::PagerPageSource> m_source;
    std::unique_ptr<ui::ProspectTableModel> m_table;
    std::unique_ptr<ui::ReviewActions> m_actions;
};

void TestReviewActions::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<storage::Database>(m_dir->filePath(QStringLiteral("a.db")));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    storage::ProspectRepository repository(*m_database);
    const QStringList names = {QStringLiteral("Ada"), QStringLiteral("=HYPERLINK(\"x\")"),
                               QStringLiteral("Alan")};
    for (const QString &name : names) {
        storage::Prospect p;
        p.firstName = name;
        p.companyName = QStringLiteral("Acme");
        QVERIFY(repository.insert(p, &error) > 0);
    }
    m_undo = std::make_unique<review::UndoStack>(*m_database);
    m_editor = std::make_unique<review::BulkEditor>(*m_database, *m_undo);
    m_source = std::make_unique<ui::PagerPageSource>(*m_database);
    m_table = std::make_unique<ui::ProspectTableModel>(*m_source);
    m_actions = std::make_unique<ui::ReviewActions>(*m_database, *m_undo, *m_editor, *m_table);
    m_table->reload();
    QTRY_VERIFY(!m_table->counting());
    m_table->data(m_table->index(2, 0), ui::ProspectTableModel::LoadedRole);
    QTRY_VERIFY(m_table->idAt(2) != 0);
}

void TestReviewActions::cleanup() {
    m_actions.reset();
    m_table.reset();
    m_source.reset();
    m_editor.reset();
    m_undo.reset();
    m_database.reset();
    m_dir.reset();
}

bool TestReviewActions::waitFinished(QSignalSpy &spy) {
    return spy.count() > 0 || spy.wait(5000);
}

void TestReviewActions::refusesAnEmptySelection() {
    QSignalSpy finished(m_actions.get(), &ui::ReviewActions::finished);
    m_actions->setStage(QStringLiteral("won"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!m_actions->canUndo());
}

void TestReviewActions::tagsSelectionThenUndoes() {
    m_table->clickRow(0, Qt::NoModifier);
    m_table->clickRow(2, Qt::ControlModifier);
    QSignalSpy finished(m_actions.get(), &ui::ReviewActions::finished);
    m_actions->addTag(QStringLiteral("  vip "));
    QVERIFY(waitFinished(finished));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("2")));
    QCOMPARE(finished.at(0).at(2).toBool(), true);
    storage::TagRepository tags(*m_database);
    QCOMPARE(tags.forProspect(m_table->idAt(0)), QStringList{QStringLiteral("vip")});
    QVERIFY(tags.forProspect(m_table->idAt(1)).isEmpty());
    QTRY_VERIFY(m_actions->canUndo());

    finished.clear();
    m_actions->undo();
    QVERIFY(waitFinished(finished));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(tags.forProspect(m_table->idAt(0)).isEmpty());
}

void TestReviewActions::archivesWholeViewThenUndoes() {
    QSignalSpy finished(m_actions.get(), &ui::ReviewActions::finished);
    m_table->setSearch(QStringLiteral("ada"));
    QTRY_VERIFY(!m_table->counting());
    QCOMPARE(m_table->totalCount(), 1);
    QCOMPARE(m_actions->targetCount(true), 1);
    m_actions->setArchived(true, true);
    QVERIFY(waitFinished(finished));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    // The table reloads by itself: the archived prospect leaves the view.
    QTRY_COMPARE(m_table->totalCount(), 0);
    m_table->setSearch(QString());
    QTRY_VERIFY(!m_table->counting());
    QCOMPARE(m_table->totalCount(), 2);
    finished.clear();
    QTRY_VERIFY(m_actions->canUndo());
    m_actions->undo();
    QVERIFY(waitFinished(finished));
    QTRY_COMPARE(m_table->totalCount(), 3);
}

void TestReviewActions::exportsViewWithBomAndNeutralizedCells() {
    QSignalSpy finished(m_actions.get(), &ui::ReviewActions::finished);
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    m_actions->exportView(QUrl::fromLocalFile(path), true);
    QVERIFY(waitFinished(finished));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!m_actions->canUndo()); // an export changes nothing
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("Ada"));
    QVERIFY(bytes.contains("'=HYPERLINK"));
    QVERIFY(!bytes.contains(",=HYPERLINK"));
}

QTEST_MAIN(TestReviewActions)
#include "tst_reviewactions.moc"
