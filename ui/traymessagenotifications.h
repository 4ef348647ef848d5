#pragma once

#include "notificationservice.h"

class QSystemTrayIcon;

namespace prospector::ui {

// Notifications as the tray icon's balloon messages (Windows, macOS, and Linux desktops without a
// notification service). They have no action buttons, so a click opens the page where the rep
// can act (an approval is decided on the Autopilot page).
class TrayMessageNotifications : public NotificationService {
    Q_OBJECT
public:
    explicit TrayMessageNotifications(QSystemTrayIcon &icon, QObject *parent = nullptr);

    void show(const Notification &notification) override;

private:
    QSystemTrayIcon &m_icon;
    QString m_lastTag;
};

} // namespace prospector::ui
