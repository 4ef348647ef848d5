#pragma once

#include "autopilotcontroller.h"
#include "autopilotsettingseditor.h"
#include "autostart.h"
#include "desktopnotifier.h"
#include "desktopsettings.h"
#include "runhistorymodel.h"
#include "trayicon.h"
#include "traymessagenotifications.h"

#include <QObject>
#include <memory>

class QSettings;

namespace prospector::ui {

// The autopilot page's objects, the tray and the notifications, built over one AutopilotControl
// and wired in one place, so main.cpp and the QML test runner compose them the same way.
// Part of the composition root, not a locator.
class DesktopObjects : public QObject {
    Q_OBJECT
public:
    // `notifications` replaces the platform's service (tests); null picks the freedesktop
    // service on Linux (falling back to tray balloons) and tray balloons elsewhere.
    DesktopObjects(autopilot::AutopilotControl &control, autopilot::AutopilotSettingsStore &settingsStore,
                   QSettings &uiSettings, Autostart autostart, NotificationService *notifications = nullptr,
                   QObject *parent = nullptr);
    ~DesktopObjects() override;

    // Hands the QML singletons to the module; call before the QML engine loads.
    void provide();

    Autostart autostart;
    DesktopSettings desktopSettings;
    AutopilotController controller;
    RunHistoryModel history;
    AutopilotSettingsEditor settingsEditor;
    TrayIcon tray;

Q_SIGNALS:
    void quitRequested();

private:
    TrayMessageNotifications m_trayMessages;
    std::unique_ptr<NotificationService> m_platformNotifications;

public:
    NotificationService &notifications;
    DesktopNotifier notifier;
};

} // namespace prospector::ui
