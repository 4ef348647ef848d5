// The autopilot settings editor on the real settings store (a temporary database): values are
// checked with plain-words messages and refused ones not taken, Save keeps the on/off and pause
// state that AutopilotControl owns, tells autopilot to re-read, and the opt-in summary follows
// the values.
#include "autopilot/autopilotsettingsstore.h"
#include "autopilotsettingseditor.h"
#include "fakeautopilotcontrol.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;

class TestAutopilotSettingsEditor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<storage::SettingsRepository> m_settings;
    std::unique_ptr<autopilot::AutopilotSettingsStore> m_store;

    autopilot::AutopilotSettings stored() {
        autopilot::AutopilotSettings s;
        QString error;
        [&] {
            QVERIFY2(m_store->load(&s, &error), qPrintable(error));
        }();
        return s;
    }

private Q_SLOTS:
    void init() {
        m_database = std::make_unique<storage::Database>(
            m_dir.filePath(QStringLiteral("test-%1.db").arg(++m_databases)));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        m_settings = std::make_unique<storage::SettingsRepository>(*m_database);
        m_store = std::make_unique<autopilot::AutopilotSettingsStore>(*m_settings);
    }

    void cleanup() {
        m_store.reset();
        m_settings.reset();
        m_database.reset();
    }

    void refusedValuesAreExplainedAndNotTaken() {
        FakeAutopilotControl control;
        ui::AutopilotSettingsEditor editor(*m_store, control);
        QVERIFY(!editor.dirty());
        QCOMPARE(editor.setValue(QStringLiteral("minScore"), 101),
                 QStringLiteral("Enter a score from 0 to 100."));
        QCOMPARE(editor.values().value(QStringLiteral("minScore")).toInt(), 60);
        QCOMPARE(editor.errors().value(QStringLiteral("minScore")).toString(),
                 QStringLiteral("Enter a score from 0 to 100."));
        QCOMPARE(editor.setValue(QStringLiteral("intervalMinutes"), 2),
                 QStringLiteral("Enter a number of minutes from 5 to 10080 (one week)."));
        QCOMPARE(editor.setValue(QStringLiteral("dailyTime"), QStringLiteral("25:00")),
                 QStringLiteral("Enter a time as hours and minutes, e.g. 09:30."));
        QCOMPARE(editor.setValue(QStringLiteral("businessHoursStart"), QStringLiteral("18:00")),
                 QStringLiteral("Business hours must end after they start."));
        QCOMPARE(editor.setValue(QStringLiteral("weekdays"), QVariantList{}),
                 QStringLiteral("Choose at least one day, or autopilot never runs then."));
        QCOMPARE(editor.setValue(QStringLiteral("dailyEnrollments"), -1),
                 QStringLiteral("Enter a whole number from 0 to 100,000 (0 stops that step)."));
        QCOMPARE(editor.setValue(QStringLiteral("enabled"), true),
                 QStringLiteral("Turn autopilot on or off with its own button."));
        QCOMPARE(editor.setValue(QStringLiteral("noSuchSetting"), 1), QStringLiteral("Unknown setting."));
        QVERIFY(!editor.dirty());

        // A good value clears its message.
        QCOMPARE(editor.setValue(QStringLiteral("minScore"), 70), QString());
        QVERIFY(!editor.errors().contains(QStringLiteral("minScore")));
        QVERIFY(editor.dirty());
        QCOMPARE(editor.setValue(QStringLiteral("weekdays"), QVariantList{5, 1, 1, 3}), QString());
        QCOMPARE(editor.values().value(QStringLiteral("weekdays")).toList(), (QVariantList{1, 3, 5}));
        editor.revert();
        QVERIFY(!editor.dirty());
        QCOMPARE(editor.values().value(QStringLiteral("minScore")).toInt(), 60);
    }

    void saveKeepsOnOffAndPause() {
        FakeAutopilotControl control;
        ui::AutopilotSettingsEditor editor(*m_store, control);
        QCOMPARE(editor.setValue(QStringLiteral("scheduleKind"), QStringLiteral("interval")), QString());
        QCOMPARE(editor.setValue(QStringLiteral("intervalMinutes"), 30), QString());
        QCOMPARE(editor.setValue(QStringLiteral("stepEnroll"), false), QString());

        // Meanwhile autopilot was turned on and paused (through AutopilotControl).
        autopilot::AutopilotSettings onAndPaused = stored();
        onAndPaused.enabled = true;
        onAndPaused.paused = true;
        QString error;
        QVERIFY(m_store->save(onAndPaused, &error));

        QSignalSpy saved(&editor, &ui::AutopilotSettingsEditor::saved);
        QVERIFY(editor.save());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(editor.message(), QStringLiteral("Autopilot settings saved."));
        const autopilot::AutopilotSettings after = stored();
        QVERIFY2(after.enabled && after.paused,
                 "saving the schedule neither turns autopilot off nor resumes it");
        QCOMPARE(after.schedule.kind, autopilot::Schedule::Kind::Interval);
        QCOMPARE(after.schedule.intervalMinutes, 30);
        QVERIFY(!after.steps.enroll);
        QVERIFY(!editor.dirty());
    }

    void unreadableSettingsAreSaidAndReplacedOnSave() {
        QString error;
        QVERIFY(m_settings->setValue(autopilot::AutopilotSettingsStore::key(), QStringLiteral("{not json"),
                                     &error));
        FakeAutopilotControl control;
        ui::AutopilotSettingsEditor editor(*m_store, control);
        QVERIFY2(editor.message().startsWith(QStringLiteral("The saved autopilot settings cannot be read")),
                 qPrintable(editor.message()));
        QCOMPARE(editor.values().value(QStringLiteral("minScore")).toInt(), 60);
        QVERIFY(editor.save());
        QCOMPARE(stored().limits.minScore, 60);
        QVERIFY2(!stored().enabled, "a replaced configuration stays off");
    }

    void summaryFollowsTheValues() {
        FakeAutopilotControl control;
        ui::AutopilotSettingsEditor editor(*m_store, control);
        QStringList summary = editor.summary();
        QVERIFY2(summary.first().contains(QStringLiteral("It runs at 09:00 on Monday to Friday")),
                 qPrintable(summary.first()));
        QVERIFY(summary.join(u'\n').contains(QStringLiteral("a score of at least 60")));
        QVERIFY(summary.join(u'\n').contains(QStringLiteral("between 09:00 and 17:00")));
        QVERIFY(summary.join(u'\n').contains(QStringLiteral("waits for your approval")));

        QCOMPARE(editor.setValue(QStringLiteral("scheduleKind"), QStringLiteral("interval")), QString());
        QCOMPARE(editor.setValue(QStringLiteral("intervalMinutes"), 45), QString());
        QCOMPARE(editor.setValue(QStringLiteral("stepEnroll"), false), QString());
        summary = editor.summary();
        QVERIFY2(summary.first().contains(QStringLiteral("every 45 minute")), qPrintable(summary.first()));
        QVERIFY2(!summary.join(u'\n').contains(QStringLiteral("enrolls them")),
                 "a switched-off step is not promised");

        for (const char *step : {"stepEnrich", "stepRescore", "stepSyncHubSpot", "stepTrackReplies"})
            QCOMPARE(editor.setValue(QLatin1String(step), false), QString());
        QCOMPARE(editor.warnings(),
                 QStringList{QStringLiteral("Every step is switched off: a run does nothing.")});
    }
};

QTEST_GUILESS_MAIN(TestAutopilotSettingsEditor)
#include "tst_autopilotsettingseditor.moc"
