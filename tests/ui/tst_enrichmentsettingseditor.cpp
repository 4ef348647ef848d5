// Settings › Enrichment over the real settings table (a temporary database): the page's values
// are what sync::EnrichmentSettings::load() — which the engine reads before each batch — returns
// afterwards; refused values change nothing and say why; unreadable stored values are shown as
// the defaults with the reason, and choosing a value repairs them.
#include "enrichmentsettingseditor.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "sync/enrichmentsettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;

class TestEnrichmentSettingsEditor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<storage::Database> m_database;

    std::optional<sync::EnrichmentSettings> stored(QString *error = nullptr) {
        return sync::EnrichmentSettings::load(*m_database, error);
    }

private Q_SLOTS:
    void init() {
        m_database = std::make_unique<storage::Database>(
            m_dir.filePath(QStringLiteral("test-%1.db").arg(++m_databases)));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
    }

    void cleanup() { m_database.reset(); }

    void aNewDatabaseShowsTheDefaults() {
        ui::EnrichmentSettingsEditor editor(*m_database);
        QCOMPARE(editor.creditBudget(), int(sync::EnrichmentSettings::kDefaultCreditBudget));
        QVERIFY(!editor.includePhone());
        QCOMPARE(editor.contactCost(), 2);
        QVERIFY(editor.error().isEmpty());
    }

    void aNewBudgetIsWhatTheEngineReads() {
        ui::EnrichmentSettingsEditor editor(*m_database);
        QSignalSpy saved(&editor, &ui::EnrichmentSettingsEditor::saved);
        QVERIFY(editor.setCreditBudget(250));
        QCOMPARE(editor.creditBudget(), 250);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(stored()->creditBudget, qint64(250));
        // 0 is a valid choice: cached results only.
        QVERIFY(editor.setCreditBudget(0));
        QCOMPARE(stored()->creditBudget, qint64(0));
        // A second editor (the page opened again) reads it back.
        ui::EnrichmentSettingsEditor again(*m_database);
        QCOMPARE(again.creditBudget(), 0);
    }

    void phoneNumbersRaiseTheContactCost() {
        ui::EnrichmentSettingsEditor editor(*m_database);
        QSignalSpy changed(&editor, &ui::EnrichmentSettingsEditor::changed);
        QVERIFY(editor.setIncludePhone(true));
        QVERIFY(editor.includePhone());
        QCOMPARE(editor.contactCost(), 5);
        QVERIFY(changed.size() >= 1);
        QVERIFY(stored()->includePhone);
        QCOMPARE(stored()->creditBudget, sync::EnrichmentSettings::kDefaultCreditBudget); // untouched
        QVERIFY(editor.setIncludePhone(false));
        QCOMPARE(stored()->contactCost(), qint64(2));
    }

    void outOfRangeBudgetsAreRefusedAndChangeNothing_data() {
        QTest::addColumn<int>("credits");
        QTest::newRow("negative") << -1;
        QTest::newRow("above the maximum") << ui::EnrichmentSettingsEditor::kMaxCreditBudget + 1;
    }
    void outOfRangeBudgetsAreRefusedAndChangeNothing() {
        QFETCH(int, credits);
        ui::EnrichmentSettingsEditor editor(*m_database);
        QVERIFY(editor.setCreditBudget(700));
        QSignalSpy saved(&editor, &ui::EnrichmentSettingsEditor::saved);
        QVERIFY(!editor.setCreditBudget(credits));
        QVERIFY(editor.error().contains(QStringLiteral("between 0 and")));
        QCOMPARE(editor.creditBudget(), 700);
        QCOMPARE(stored()->creditBudget, qint64(700));
        QCOMPARE(saved.size(), 0);
        // The next valid value clears the message.
        QVERIFY(editor.setCreditBudget(800));
        QVERIFY(editor.error().isEmpty());
    }

    void unreadableStoredValuesAreShownAndRepaired() {
        storage::SettingsRepository settings(*m_database);
        QVERIFY(settings.setValue(QStringLiteral("enrichment.creditBudget"), QStringLiteral("lots")));
        QString why;
        QVERIFY(!stored(&why)); // the engine refuses to spend under a guessed budget
        ui::EnrichmentSettingsEditor editor(*m_database);
        QVERIFY2(!editor.error().isEmpty(), "the page must say the stored budget cannot be read");
        QCOMPARE(editor.creditBudget(), int(sync::EnrichmentSettings::kDefaultCreditBudget));
        QVERIFY(editor.setCreditBudget(300));
        QVERIFY(editor.error().isEmpty());
        QCOMPARE(stored()->creditBudget, qint64(300));
    }

    void reloadPicksUpAChangeMadeElsewhere() {
        ui::EnrichmentSettingsEditor editor(*m_database);
        sync::EnrichmentSettings elsewhere;
        elsewhere.creditBudget = 4242;
        elsewhere.includePhone = true;
        QVERIFY(elsewhere.save(*m_database, nullptr));
        QCOMPARE(editor.creditBudget(), int(sync::EnrichmentSettings::kDefaultCreditBudget));
        editor.reload();
        QCOMPARE(editor.creditBudget(), 4242);
        QVERIFY(editor.includePhone());
    }
};

QTEST_GUILESS_MAIN(TestEnrichmentSettingsEditor)
#include "tst_enrichmentsettingseditor.moc"
