#include "desktopobjects.h"

#if defined(PROSPECTOR_HAVE_DBUS) && defined(Q_OS_LINUX)
#include "dbusnotifications.h"
#endif

namespace prospector::ui {

namespace {

std::unique_ptr<NotificationService> platformNotifications(NotificationService *injected,
                                                           NotificationService &trayMessages) {
    if (injected)
        return nullptr;
#if defined(PROSPECTOR_HAVE_DBUS) && defined(Q_OS_LINUX)
    return std::make_unique<DBusNotifications>(QDBusConnection::sessionBus(),
                                               QStringLiteral("app.prospector.Prospector"), &trayMessages);
#else
    Q_UNUSED(trayMessages)
    return nullptr;
#endif
}

} // namespace

DesktopObjects::DesktopObjects(autopilot::AutopilotControl &control,
                               autopilot::AutopilotSettingsStore &settingsStore, QSettings &uiSettings,
                               Autostart autostartEntry, NotificationService *injected, QObject *parent)
    : QObject(parent)
    , autostart(std::move(autostartEntry))
    , desktopSettings(uiSettings, autostart)
    , controller(control)
    , history(control)
    , settingsEditor(settingsStore, control)
    , tray(control, desktopSettings)
    , m_trayMessages(tray.systemTrayIcon())
    , m_platformNotifications(platformNotifications(injected, m_trayMessages))
    , notifications(injected ? *injected
                             : (m_platformNotifications ? *m_platformNotifications
                                                        : static_cast<NotificationService &>(m_trayMessages)))
    , notifier(control, notifications, desktopSettings) {
    connect(&tray, &TrayIcon::quitRequested, this, &DesktopObjects::quitRequested);
    connect(&tray, &TrayIcon::keptRunningInTray, &notifier, &DesktopNotifier::notifyKeptRunningInTray);
    // The window listens to the tray singleton for both.
    connect(&notifier, &DesktopNotifier::openRequested, &tray, &TrayIcon::openRequested);
}

DesktopObjects::~DesktopObjects() = default;

void DesktopObjects::provide() {
    DesktopSettings::provide(&desktopSettings);
    AutopilotController::provide(&controller);
    RunHistoryModel::provide(&history);
    AutopilotSettingsEditor::provide(&settingsEditor);
    TrayIcon::provide(&tray);
}

} // namespace prospector::ui
