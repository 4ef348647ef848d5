// The window's autopilot end to end: the page's objects, the tray and the notifications composed
// by DesktopObjects (as main.cpp does) over the real AutopilotService, whose writes the in-app
// engine host (SyncHost, through SyncHostDrainer) sends to the loopback sandbox; virtual clock for
// the schedule and the guardrails. A scheduled run, Run now and an approval decided on the page all
// reach HubSpot and lemlist once and show up in the page's history, the tray state and a
// notification.
#include "autopilot/synchostdrainer.h"
#include "autopilotfixture.h"
#include "desktopobjects.h"
#include "recordingnotifications.h"
#include "sync/synchost.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace prospector;
using namespace prospector::autopilot;
using prospector::testing::AutopilotFixture;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr int kTimeoutMs = 60'000;
} // namespace

class TestAutopilotWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Window {
        explicit Window(AutopilotFixture &f, const QString &iniFile)
            : settingsRepo(f.db)
            , store(settingsRepo)
            , uiSettings(iniFile, QSettings::IniFormat)
            , desktop(*f.service, store, uiSettings,
                      ui::Autostart(QStringLiteral("/usr/bin/prospector"), {QStringLiteral("--autostart")}),
                      &notifications) {}

        storage::SettingsRepository settingsRepo;
        AutopilotSettingsStore store;
        QSettings uiSettings;
        RecordingNotifications notifications;
        ui::DesktopObjects desktop;

        QVariant row(int r, ui::RunHistoryModel::Role role) {
            return desktop.history.data(desktop.history.index(r), role);
        }
    };

    // The fixture with the app's drainer: a running engine host sends the run's writes.
    struct AppFixture : AutopilotFixture {
        using AutopilotFixture::AutopilotFixture;
        std::unique_ptr<sync::SyncHost> host;
        std::unique_ptr<SyncHostDrainer> hostDrainer;

        bool startHost() {
            sync::SyncHost::Options o;
            o.tokens = [this](net::Service s) {
                return token(s);
            };
            o.followSystemNetwork = false;
            host = std::make_unique<sync::SyncHost>(db, o);
            hostDrainer = std::make_unique<SyncHostDrainer>(*host);
            drainer = std::make_unique<testing::HookedDrainer>(*hostDrainer);
            host->start();
            return QTest::qWaitFor([this] { return host->status().running; }, kTimeoutMs);
        }
        ~AppFixture() {
            service.reset();
            if (host)
                host->stop();
        }
    };

    std::unique_ptr<AppFixture> fixture(const std::function<void(AppFixture &)> &beforeHost = {}) {
        auto f = std::make_unique<AppFixture>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        if (!f->setUp(&error))
            qFatal("%s", qPrintable(error));
        if (beforeHost)
            beforeHost(*f);
        if (!f->startHost())
            qFatal("the engine host did not start");
        return f;
    }

    QString ini() { return m_dir.filePath(QStringLiteral("ui%1.ini").arg(m_counter)); }

    static void assertExactlyOnce(AutopilotFixture &f, const QStringList &emails) {
        QCOMPARE(f.server.hubspot().contacts().records.size(), qsizetype(emails.size()));
        QCOMPARE(f.server.lemlist().leads().size(), qsizetype(emails.size()));
        for (const QString &email : emails) {
            QVERIFY2(f.server.hubspot().contactByEmail(email), qPrintable(email));
            QCOMPARE(f.server.lemlist().leadsFor(email).size(), 1);
        }
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RunReport>(); }

    // Opted in on the page with a 30-minute interval: the first run is due at start, the next one
    // only when the virtual clock has passed its slot; both show on the page and in the tray.
    void scheduledRunsShowOnThePageAndInTheTray() {
        auto f = fixture();
        QStringList hot;
        for (int i = 0; i < 3; ++i) {
            hot << QStringLiteral("sched%1@example.org").arg(i);
            QVERIFY(f->addHot(hot.last()) > 0);
        }
        QVERIFY(f->configure([](AutopilotSettings &s) {
            s.schedule.kind = Schedule::Kind::Interval;
            s.schedule.intervalMinutes = 30;
        }));
        AutopilotService &service = f->makeService();
        Window w(*f, ini());
        QCOMPARE(w.desktop.controller.state(), QStringLiteral("off"));
        QVERIFY(service.start());

        // The settings page changes the interval through the service, which reschedules.
        QCOMPARE(w.desktop.settingsEditor.setValue(QStringLiteral("intervalMinutes"), 45), QString());
        QVERIFY(w.desktop.settingsEditor.save());
        QCOMPARE(service.settings().schedule.intervalMinutes, 45);

        QVERIFY(w.desktop.controller.turnOn()); // never ran: the first slot is due at once
        QTRY_COMPARE_WITH_TIMEOUT(w.desktop.history.count(), 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(w.row(0, ui::RunHistoryModel::StatusRole).toString(), runstatus::succeeded,
                                  kTimeoutMs);
        QCOMPARE(w.row(0, ui::RunHistoryModel::SelectedRole).toInt(), 3);
        QCOMPARE(w.row(0, ui::RunHistoryModel::SyncedRole).toInt(), 3);
        QCOMPARE(w.row(0, ui::RunHistoryModel::EnrolledRole).toInt(), 3);
        QVERIFY(!w.row(0, ui::RunHistoryModel::DryRunRole).toBool());
        QTRY_COMPARE(w.desktop.controller.state(), QStringLiteral("idle"));
        QCOMPARE(w.desktop.tray.iconState(), QStringLiteral("idle"));
        QVERIFY(!w.desktop.controller.nextRunText().isEmpty());
        QVERIFY(w.notifications.titles().contains(QStringLiteral("Autopilot run finished")));
        assertExactlyOnce(*f, hot);
        // The page's audit list of the run: its six writes, each settled.
        w.desktop.audit.setRunId(w.row(0, ui::RunHistoryModel::RunIdRole).toLongLong());
        QCOMPARE(w.desktop.audit.count(), 6);
        for (int r = 0; r < 6; ++r)
            QCOMPARE(w.desktop.audit.data(w.desktop.audit.index(r), ui::RunAuditModel::StateRole).toString(),
                     QStringLiteral("done"));

        // Before the next slot nothing runs; after it, one run, and nobody is sent twice.
        f->clock.advance(20 * kMinute);
        service.tick();
        QTest::qWait(50);
        QCOMPARE(w.desktop.history.count(), 1);
        hot << QStringLiteral("sched3@example.org");
        QVERIFY(f->addHot(hot.last()) > 0);
        f->clock.advance(30 * kMinute);
        service.tick();
        QTRY_COMPARE_WITH_TIMEOUT(w.desktop.history.count(), 2, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(w.row(0, ui::RunHistoryModel::StatusRole).toString(), runstatus::succeeded,
                                  kTimeoutMs);
        QCOMPARE(w.row(0, ui::RunHistoryModel::EnrolledRole).toInt(), 1);
        assertExactlyOnce(*f, hot);
        service.shutdown();
    }

    // Run now above the approval threshold: the page's approval card shows the waiting run (also
    // for a window opened after a restart), Approve on the page continues it to the end.
    void approvalOnThePageAcrossARestart() {
        auto f = fixture();
        QStringList hot;
        for (int i = 0; i < 4; ++i) {
            hot << QStringLiteral("appr%1@example.org").arg(i);
            QVERIFY(f->addHot(hot.last()) > 0);
        }
        // Opted in with a daily schedule whose first slot is still ahead: only Run now runs.
        QVERIFY(f->configure([](AutopilotSettings &s) {
            s.enabled = true;
            s.schedule.kind = Schedule::Kind::Daily;
            s.limits.approvalEnrollmentThreshold = 2;
        }));
        qint64 waiting = 0;
        {
            AutopilotService &service = f->makeService();
            QVERIFY(service.start());
            Window w(*f, ini());
            QCOMPARE(w.desktop.controller.state(), QStringLiteral("idle"));
            QVERIFY(w.desktop.controller.canRunNow());
            w.desktop.controller.runNow();
            QTRY_VERIFY_WITH_TIMEOUT(w.desktop.controller.pendingApprovalRunId() > 0, kTimeoutMs);
            waiting = w.desktop.controller.pendingApprovalRunId();
            QVERIFY(!w.desktop.controller.pendingApprovalSummary().isEmpty());
            QCOMPARE(w.desktop.controller.state(), QStringLiteral("attention"));
            QCOMPARE(w.desktop.tray.iconState(), QStringLiteral("attention"));
            QVERIFY(w.notifications.titles().contains(
                QStringLiteral("An autopilot run waits for your approval")));
            // HubSpot (the system of record) is synced before the question; nobody is enrolled.
            QCOMPARE(f->server.hubspot().contacts().records.size(), qsizetype(4));
            QCOMPARE(f->lemlistRequests(), 0);
            service.shutdown();
        }
        // The app is restarted: the new window finds the waiting run through the service.
        AutopilotService &service = f->makeService();
        Window w(*f, ini());
        QVERIFY(service.start());
        QTRY_COMPARE(w.desktop.controller.pendingApprovalRunId(), waiting);
        QVERIFY(!w.desktop.controller.pendingApprovalSummary().isEmpty());
        w.desktop.controller.approve();
        QTRY_COMPARE_WITH_TIMEOUT(w.row(0, ui::RunHistoryModel::StatusRole).toString(), runstatus::succeeded,
                                  kTimeoutMs);
        QCOMPARE(w.row(0, ui::RunHistoryModel::RunIdRole).toLongLong(), waiting);
        QCOMPARE(w.row(0, ui::RunHistoryModel::EnrolledRole).toInt(), 4);
        QCOMPARE(w.desktop.controller.pendingApprovalRunId(), qint64(0));
        QVERIFY(w.desktop.controller.state() != QStringLiteral("attention"));
        assertExactlyOnce(*f, hot);
        service.shutdown();
    }

    // No lemlist token in the app: the engine host pauses lemlist instead of sending; the run
    // stops at its enroll step with the reason, the page says autopilot needs attention, and the
    // enrollments wait in the outbox (nothing reached lemlist).
    void aServiceWithoutTokenStopsTheRunWithItsReason() {
        auto f = fixture([](AppFixture &app) { app.tokens.insert(net::Service::Lemlist, QString()); });
        QStringList hot;
        for (int i = 0; i < 2; ++i) {
            hot << QStringLiteral("notoken%1@example.org").arg(i);
            QVERIFY(f->addHot(hot.last()) > 0);
        }
        QVERIFY(f->configure([](AutopilotSettings &s) {
            s.enabled = true;
            s.schedule.kind = Schedule::Kind::Daily;
        }));
        AutopilotService &service = f->makeService();
        QVERIFY(service.start());
        Window w(*f, ini());
        QSignalSpy problems(&service, &AutopilotControl::problem);
        w.desktop.controller.runNow();
        QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), kTimeoutMs);
        QCOMPARE(problems.first().at(0).toString(), QStringLiteral("auth"));
        const QString message = problems.first().at(1).toString();
        QVERIFY2(message.startsWith(QStringLiteral("lemlist cannot be used")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("wait in the outbox")), qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(w.row(0, ui::RunHistoryModel::StatusRole).toString(), runstatus::failed,
                                  kTimeoutMs);
        QCOMPARE(w.row(0, ui::RunHistoryModel::SyncedRole).toInt(), 2);
        QCOMPARE(w.desktop.controller.state(), QStringLiteral("attention"));
        QCOMPARE(f->server.hubspot().contacts().records.size(), qsizetype(2));
        QCOMPARE(f->lemlistRequests(), 0);
        QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM outbox WHERE service = 'lemlist' AND state = "
                                         "'queued'")),
                 2);
        service.shutdown();
    }
};

QTEST_MAIN(TestAutopilotWindow)
#include "tst_autopilotwindow.moc"
