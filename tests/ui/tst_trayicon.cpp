// The tray icon against a real tray host (trayer on the test's Xvfb display) and without one:
// availability, close-to-tray, the menu actions' AutopilotControl calls, the icon and tooltip
// following the state, and the menu retranslated when the language changes.
#include "autostart.h"
#include "desktopsettings.h"
#include "fakeautopilotcontrol.h"
#include "translationmanager.h"
#include "trayhost.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using State = FakeAutopilotControl::State;

class TestTrayIcon : public QObject {
    Q_OBJECT

    struct Fixture {
        QTemporaryDir dir;
        QSettings uiSettings{dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat};
        ui::Autostart autostart{QStringLiteral("/usr/bin/prospector"), {}};
        ui::DesktopSettings desktop{uiSettings, autostart};
        FakeAutopilotControl control;
        ui::TrayIcon tray{control, desktop};

        QAction *action(const char *name) {
            auto *a = tray.systemTrayIcon().contextMenu()->findChild<QAction *>(QLatin1String(name));
            if (!a)
                qWarning() << "no action" << name;
            return a;
        }
        bool waitAvailable(bool available) {
            return QTest::qWaitFor(
                [&] {
                    tray.refreshAvailability();
                    return tray.available() == available;
                },
                20000);
        }
    };

    static QImage picture(const QIcon &icon) { return icon.pixmap(QSize(32, 32)).toImage(); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(TrayHost::installed(), "trayer is missing: scripts/deps.sh installs the test packages");
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    }

    // Stock GNOME has no tray: the window stays the control surface and closing it quits.
    void withoutTrayClosingQuits() {
        Fixture f;
        QVERIFY(f.waitAvailable(false));
        QVERIFY(!f.tray.closesToTray());
        QSignalSpy told(&f.tray, &ui::TrayIcon::keptRunningInTray);
        QVERIFY(!f.tray.closeToTray());
        QCOMPARE(told.size(), 0);
    }

    void realTrayHostEnablesCloseToTray() {
        Fixture f;
        QSignalSpy availability(&f.tray, &ui::TrayIcon::availableChanged);
        TrayHost host;
        QVERIFY(host.start());
        QVERIFY2(f.waitAvailable(true), "trayer took the _NET_SYSTEM_TRAY selection");
        QVERIFY(availability.size() >= 1);
        QVERIFY(f.tray.systemTrayIcon().isVisible());
        QVERIFY(f.tray.closesToTray());

        // The first close tells the rep once that Prospector keeps running in the tray.
        QSignalSpy told(&f.tray, &ui::TrayIcon::keptRunningInTray);
        QVERIFY(f.tray.closeToTray());
        QVERIFY(f.tray.closeToTray());
        QCOMPARE(told.size(), 1);
        // ...also after a restart (the flag is kept in the settings).
        {
            ui::TrayIcon again(f.control, f.desktop);
            QSignalSpy toldAgain(&again, &ui::TrayIcon::keptRunningInTray);
            QVERIFY(QTest::qWaitFor([&] {
                again.refreshAvailability();
                return again.available();
            }));
            QVERIFY(again.closeToTray());
            QCOMPARE(toldAgain.size(), 0);
        }

        f.desktop.setCloseToTray(false);
        QVERIFY(!f.tray.closesToTray());
        QVERIFY(!f.tray.closeToTray());

        host.stop();
        QVERIFY2(f.waitAvailable(false), "the tray went away with its host");
    }

    void menuActionsCallAutopilot() {
        Fixture f;
        f.control.setState(State::Idle);
        QSignalSpy open(&f.tray, &ui::TrayIcon::openRequested);
        QSignalSpy quit(&f.tray, &ui::TrayIcon::quitRequested);

        QVERIFY(f.action("tray.runNow")->isEnabled());
        f.action("tray.runNow")->trigger();
        QCOMPARE(f.action("tray.pauseResume")->text(), QStringLiteral("Pause autopilot"));
        f.action("tray.pauseResume")->trigger();
        QCOMPARE(f.control.calls(), (QStringList{QStringLiteral("runNow"), QStringLiteral("pause")}));

        f.control.clearCalls();
        f.control.setState(State::Paused);
        QCOMPARE(f.action("tray.pauseResume")->text(), QStringLiteral("Resume autopilot"));
        QVERIFY2(!f.action("tray.runNow")->isEnabled(), "the kill switch holds every run");
        f.action("tray.pauseResume")->trigger();
        QCOMPARE(f.control.calls(), QStringList{QStringLiteral("resume")});

        f.control.setState(State::Running);
        QVERIFY2(!f.action("tray.runNow")->isEnabled(), "one run at a time");
        QVERIFY(f.action("tray.pauseResume")->isEnabled());

        f.control.setState(State::Off);
        QVERIFY(!f.action("tray.runNow")->isEnabled());
        QVERIFY2(!f.action("tray.pauseResume")->isEnabled(), "nothing to pause before the opt-in");

        f.action("tray.open")->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QString());
        QCOMPARE(open.at(0).at(1).toLongLong(), 0);
        Q_EMIT f.tray.systemTrayIcon().activated(QSystemTrayIcon::Trigger);
        QCOMPARE(open.size(), 2);
        f.action("tray.quit")->trigger();
        QCOMPARE(quit.size(), 1);
    }

    void iconFollowsState() {
        Fixture f;
        const QList<std::pair<State, QString>> states{{State::Off, QStringLiteral("idle")},
                                                      {State::Idle, QStringLiteral("idle")},
                                                      {State::Running, QStringLiteral("running")},
                                                      {State::Paused, QStringLiteral("paused")},
                                                      {State::NeedsAttention, QStringLiteral("attention")}};
        QList<QImage> seen;
        for (const auto &[state, key] : states) {
            f.control.setState(state);
            QCOMPARE(f.tray.iconState(), key);
            const QImage shown = picture(f.tray.systemTrayIcon().icon());
            QVERIFY(!shown.isNull());
            QCOMPARE(shown, picture(QIcon(ui::TrayIcon::iconPath(key, false))));
            seen.append(shown);
        }
        // Idle, running, paused and attention each look different.
        for (int i = 1; i < seen.size(); ++i) {
            for (int j = i + 1; j < seen.size(); ++j)
                QVERIFY(seen.at(i) != seen.at(j));
        }

        f.desktop.setMonochromeTrayIcon(true);
        f.control.setState(State::Paused);
        QCOMPARE(picture(f.tray.systemTrayIcon().icon()),
                 picture(QIcon(ui::TrayIcon::iconPath(QStringLiteral("paused"), true))));
        QVERIFY(f.tray.systemTrayIcon().icon().isMask());
    }

    void tooltipSaysStateAndNextRun() {
        Fixture f;
        const QDateTime next = QDateTime::currentDateTime().addDays(3);
        f.control.setNextRunAt(next.toMSecsSinceEpoch());
        f.control.setState(State::Idle);
        const QString tooltip = f.tray.systemTrayIcon().toolTip();
        QVERIFY2(tooltip.contains(QStringLiteral("Autopilot: On, waiting for the next run")),
                 qPrintable(tooltip));
        QVERIFY2(tooltip.contains(QStringLiteral("Next run: ")), qPrintable(tooltip));
        QVERIFY2(tooltip.contains(QLocale().toString(next.time(), QLocale::ShortFormat)),
                 qPrintable(tooltip));
        QVERIFY(f.action("tray.status")->text().startsWith(QStringLiteral("Autopilot: On")));

        f.control.setStateKey(QStringLiteral("attention"), QStringLiteral("HubSpot needs a new token."));
        QVERIFY2(f.tray.systemTrayIcon().toolTip().contains(QStringLiteral("HubSpot needs a new token.")),
                 qPrintable(f.tray.systemTrayIcon().toolTip()));
        f.control.setState(State::Paused);
        QVERIFY(f.tray.systemTrayIcon().toolTip().contains(QStringLiteral("Autopilot: Paused")));
        QVERIFY2(!f.tray.systemTrayIcon().toolTip().contains(QStringLiteral("Next run")),
                 "paused: no next run");
    }

    // Settings › Language switches at run time; the tray menu follows without a restart.
    void menuFollowsLanguageSwitch() {
        Fixture f;
        f.control.setState(State::Idle);
        QSettings languageSettings(f.dir.filePath(QStringLiteral("lang.ini")), QSettings::IniFormat);
        languageSettings.setValue(QString::fromLatin1(ui::TranslationManager::kSettingsKey),
                                  QStringLiteral("en"));
        ui::TranslationManager translations(languageSettings);
        QCOMPARE(f.action("tray.open")->text(), QStringLiteral("Open Prospector"));

        translations.setLanguage(QStringLiteral("de"));
        QCOMPARE(f.action("tray.open")->text(), QStringLiteral("Prospector öffnen"));
        QCOMPARE(f.action("tray.pauseResume")->text(), QStringLiteral("Autopilot anhalten"));
        QCOMPARE(f.action("tray.quit")->text(), QStringLiteral("Prospector beenden"));
        QVERIFY(f.tray.systemTrayIcon().toolTip().contains(QStringLiteral("Autopilot: ")));

        translations.setLanguage(QStringLiteral("fr"));
        QCOMPARE(f.action("tray.open")->text(), QStringLiteral("Ouvrir Prospector"));
        translations.setLanguage(QStringLiteral("en"));
        QCOMPARE(f.action("tray.open")->text(), QStringLiteral("Open Prospector"));
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
