// Notifications over D-Bus, end to end: a fake org.freedesktop.Notifications service on the
// test's private session bus (the tests run under dbus-run-session) receives the Notify calls,
// and its ActionInvoked signals drive autopilot (approve/reject) or open the right page.
#include "autostart.h"
#include "dbusnotifications.h"
#include "desktopnotifier.h"
#include "desktopsettings.h"
#include "fakeautopilotcontrol.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace prospector;

namespace {
const auto kConnectionName = QStringLiteral("fake-notification-server");
}

// Speaks the server side of the Desktop Notifications Specification, on its own bus connection.
class FakeNotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call {
        QString appName;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    explicit FakeNotificationServer(QStringList capabilities)
        : m_capabilities(std::move(capabilities)) {}

    QList<Call> calls;

public Q_SLOTS:
    QStringList GetCapabilities() { return m_capabilities; }
    uint Notify(const QString &appName, uint, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int) {
        calls.append({appName, appIcon, summary, body, actions, hints});
        return static_cast<uint>(100 + calls.size());
    }
    void CloseNotification(uint) {}
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) {
        vendor = QStringLiteral("Prospector tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake");
    }

private:
    QStringList m_capabilities;
};

class TestDBusNotifications : public QObject {
    Q_OBJECT

private:
    // The id the fake handed out for its n-th notification (1-based).
    static uint idOf(int n) { return static_cast<uint>(100 + n); }

    void startServer(const QStringList &capabilities) {
        m_server = std::make_unique<FakeNotificationServer>(capabilities);
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, kConnectionName);
        QVERIFY2(bus.isConnected(), "the tests run on a private session bus (dbus-run-session)");
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), m_server.get(),
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
    }

    void stopServer() {
        if (!m_server)
            return;
        QDBusConnection bus(kConnectionName);
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QDBusConnection::disconnectFromBus(kConnectionName);
        m_server.reset();
    }

    void emitAction(uint id, const QString &key) {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("ActionInvoked"));
        signal << id << key;
        QVERIFY(QDBusConnection(kConnectionName).send(signal));
    }

    static QStringList actionKeys(const FakeNotificationServer::Call &call) {
        QStringList keys;
        for (qsizetype i = 0; i + 1 < call.actions.size(); i += 2)
            keys << call.actions.at(i);
        return keys;
    }

    struct Fixture {
        QTemporaryDir dir;
        QSettings uiSettings{dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat};
        ui::Autostart autostart{QStringLiteral("/usr/bin/prospector"), {}};
        ui::DesktopSettings desktop{uiSettings, autostart};
        FakeAutopilotControl control;
        ui::DBusNotifications service{QDBusConnection::sessionBus(),
                                      QStringLiteral("app.prospector.Prospector"), nullptr};
        ui::DesktopNotifier notifier{control, service, desktop};
    };

    std::unique_ptr<FakeNotificationServer> m_server;

    QTranslator m_english;

private Q_SLOTS:
    // English plural forms ("1 error", "12 prospects") come from the English catalog.
    void initTestCase() {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/prospector_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void cleanup() { stopServer(); }

    void approvalNotificationApproveAndRejectDriveAutopilot() {
        startServer({QStringLiteral("actions"), QStringLiteral("body")});
        Fixture f;
        f.control.requestApproval(7, QStringLiteral("14 prospects would be enrolled in Welcome."));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, 10000);
        const auto call = m_server->calls.at(0);
        QCOMPARE(call.appName, QStringLiteral("Prospector"));
        QCOMPARE(call.appIcon, QStringLiteral("app.prospector.Prospector"));
        QCOMPARE(call.summary, QStringLiteral("An autopilot run waits for your approval"));
        QCOMPARE(call.body, QStringLiteral("14 prospects would be enrolled in Welcome."));
        QCOMPARE(actionKeys(call), (QStringList{QStringLiteral("default"), QStringLiteral("approve"),
                                                QStringLiteral("reject")}));
        QCOMPARE(call.actions.at(3), QStringLiteral("Approve"));
        QCOMPARE(call.actions.at(5), QStringLiteral("Reject"));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("app.prospector.Prospector"));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 2);

        emitAction(idOf(1), QStringLiteral("approve"));
        QTRY_COMPARE_WITH_TIMEOUT(f.control.calls(), QStringList{QStringLiteral("approve(7)")}, 10000);

        f.control.clearCalls();
        f.control.requestApproval(8, QStringLiteral("12 prospects"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 2, 10000);
        emitAction(idOf(2), QStringLiteral("reject"));
        QTRY_COMPARE_WITH_TIMEOUT(f.control.calls(), QStringList{QStringLiteral("reject(8)")}, 10000);
    }

    void clickOpensTheRightPage() {
        startServer({QStringLiteral("actions")});
        Fixture f;
        QSignalSpy open(&f.notifier, &ui::DesktopNotifier::openRequested);
        f.control.requestApproval(3, QStringLiteral("summary"));
        f.control.emitReply(42, QStringLiteral("Ada Lovelace"), QStringLiteral("positive"));
        f.control.emitProblem(QStringLiteral("auth"), QStringLiteral("HubSpot refused the token."));
        f.control.finishRun({{QStringLiteral("id"), 4}, {QStringLiteral("selected"), 3}});
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 4, 10000);

        QCOMPARE(m_server->calls.at(1).summary, QStringLiteral("Reply from Ada Lovelace"));
        QCOMPARE(m_server->calls.at(1).body, QStringLiteral("Classified as: interested"));
        QCOMPARE(m_server->calls.at(2).summary, QStringLiteral("A service needs a new token"));
        QCOMPARE(m_server->calls.at(2).body, QStringLiteral("HubSpot refused the token."));
        QCOMPARE(m_server->calls.at(3).summary, QStringLiteral("Autopilot run finished"));

        const QList<std::pair<QString, qint64>> expected{{QStringLiteral("autopilot"), 0},
                                                         {QStringLiteral("prospects"), 42},
                                                         {QStringLiteral("settings"), 0},
                                                         {QStringLiteral("autopilot"), 0}};
        for (int i = 0; i < expected.size(); ++i) {
            emitAction(idOf(i + 1), QStringLiteral("default"));
            QTRY_COMPARE_WITH_TIMEOUT(open.size(), i + 1, 10000);
            QCOMPARE(open.at(i).at(0).toString(), expected.at(i).first);
            QCOMPARE(open.at(i).at(1).toLongLong(), expected.at(i).second);
        }
        QVERIFY2(f.control.calls().isEmpty(), "a click decides nothing");
    }

    void runSummaryCountsEverything() {
        startServer({QStringLiteral("actions")});
        Fixture f;
        f.control.finishRun({{QStringLiteral("id"), 9},
                             {QStringLiteral("selected"), 12},
                             {QStringLiteral("synced"), 5},
                             {QStringLiteral("enrolled"), 1},
                             {QStringLiteral("skipped"), QVariantMap{{QStringLiteral("suppressed"), 2}}},
                             {QStringLiteral("errors"), QStringList{QStringLiteral("lemlist timed out")}}});
        f.control.finishRun({{QStringLiteral("id"), 10}, {QStringLiteral("dryRun"), true}});
        f.control.finishRun(
            {{QStringLiteral("id"), 11}, {QStringLiteral("status"), QStringLiteral("failed")}});
        // Rejected by the rep just now: no notification; stopped by the kill switch: said so.
        f.control.finishRun(
            {{QStringLiteral("id"), 12}, {QStringLiteral("status"), QStringLiteral("rejected")}});
        f.control.finishRun(
            {{QStringLiteral("id"), 13}, {QStringLiteral("status"), QStringLiteral("paused")}});
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 4, 10000);
        QCOMPARE(m_server->calls.at(3).summary,
                 QStringLiteral("Autopilot run paused by the kill switch; it continues when you resume"));
        QCOMPARE(m_server->calls.at(0).body,
                 QStringLiteral("12 prospects selected, 5 synced to HubSpot, 1 enrolled, "
                                "2 skipped.\n1 error: lemlist timed out"));
        QCOMPARE(m_server->calls.at(0).hints.value(QStringLiteral("urgency")).toInt(), 1);
        QCOMPARE(m_server->calls.at(1).summary,
                 QStringLiteral("Autopilot dry run finished (nothing was sent)"));
        QCOMPARE(m_server->calls.at(2).summary, QStringLiteral("Autopilot run failed"));
        QCOMPARE(m_server->calls.at(2).hints.value(QStringLiteral("urgency")).toInt(), 2);
    }

    // Quiet mode keeps what needs the rep (approval, problems, failures) and drops the news.
    void quietModeKeepsOnlyProblems() {
        startServer({QStringLiteral("actions")});
        Fixture f;
        f.desktop.setQuietNotifications(true);
        f.control.finishRun({{QStringLiteral("id"), 1}});
        f.control.emitReply(5, QStringLiteral("Grace"), QStringLiteral("negative"));
        f.control.emitProblem(QStringLiteral("budget"), QStringLiteral("250 of 250 credits used today."));
        f.control.finishRun(
            {{QStringLiteral("id"), 2}, {QStringLiteral("status"), QStringLiteral("failed")}});
        f.control.requestApproval(3, QStringLiteral("summary"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 3, 10000);
        QCOMPARE(m_server->calls.at(0).summary, QStringLiteral("Explorium credit budget reached"));
        QCOMPARE(m_server->calls.at(1).summary, QStringLiteral("Autopilot run failed"));
        QCOMPARE(m_server->calls.at(2).summary, QStringLiteral("An autopilot run waits for your approval"));
        // The approval is already out: a matching problem does not repeat it.
        f.control.emitProblem(QStringLiteral("approval"), QStringLiteral("A run waits."));
        f.control.emitProblem(QStringLiteral("service_down"), QStringLiteral("lemlist is not answering."));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 4, 10000);
        QCOMPARE(m_server->calls.at(3).summary, QStringLiteral("A service cannot be reached"));
    }

    // Prospect names come from outside: a server that reads markup gets them escaped.
    void remoteTextStaysPlainOnMarkupServers() {
        startServer({QStringLiteral("actions"), QStringLiteral("body-markup")});
        Fixture f;
        f.control.emitProblem(QStringLiteral("error"), QStringLiteral("<b>Acme & Co</b> <a href=\"x\">"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, 10000);
        QCOMPARE(m_server->calls.at(0).body,
                 QStringLiteral("&lt;b&gt;Acme &amp; Co&lt;/b&gt; &lt;a href=&quot;x&quot;&gt;"));
    }

    // A server without action buttons still gets the notification; the click opens the page.
    void serverWithoutActionsGetsNoButtons() {
        startServer({QStringLiteral("body")});
        Fixture f;
        f.control.requestApproval(4, QStringLiteral("summary"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, 10000);
        QVERIFY(m_server->calls.at(0).actions.isEmpty());
    }

    // Another application's notification id is not ours: its actions change nothing here.
    void foreignActionsAreIgnored() {
        startServer({QStringLiteral("actions")});
        Fixture f;
        QSignalSpy open(&f.notifier, &ui::DesktopNotifier::openRequested);
        f.control.requestApproval(5, QStringLiteral("summary"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, 10000);
        emitAction(9999, QStringLiteral("approve"));
        emitAction(idOf(1), QStringLiteral("default")); // ours, after the foreign one
        QTRY_COMPARE_WITH_TIMEOUT(open.size(), 1, 10000);
        QVERIFY(f.control.calls().isEmpty());
    }

    // No notification service on the bus: the fallback (the tray's balloon) gets it.
    void missingServiceFallsBack() {
        class Recorder : public ui::NotificationService {
        public:
            QList<ui::Notification> shown;
            void show(const ui::Notification &n) override { shown.append(n); }
        } fallback;
        QTemporaryDir dir;
        QSettings uiSettings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        ui::Autostart autostart(QStringLiteral("/usr/bin/prospector"), {});
        ui::DesktopSettings desktop(uiSettings, autostart);
        FakeAutopilotControl control;
        ui::DBusNotifications service(QDBusConnection::sessionBus(),
                                      QStringLiteral("app.prospector.Prospector"), &fallback);
        ui::DesktopNotifier notifier(control, service, desktop);
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(
            QStringLiteral("org.freedesktop.Notifications")));
        control.requestApproval(6, QStringLiteral("summary"));
        QTRY_COMPARE_WITH_TIMEOUT(fallback.shown.size(), 1, 30000);
        QCOMPARE(fallback.shown.at(0).tag, QStringLiteral("approval:6"));
        // The fallback's click comes back through the same path.
        QSignalSpy open(&notifier, &ui::DesktopNotifier::openRequested);
        Q_EMIT fallback.activated(QStringLiteral("approval:6"), QStringLiteral("default"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("autopilot"));
    }
};

QTEST_MAIN(TestDBusNotifications)
#include "tst_dbusnotifications.moc"
