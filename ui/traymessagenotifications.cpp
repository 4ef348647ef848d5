#include "traymessagenotifications.h"

#include <QLoggingCategory>
#include <QSystemTrayIcon>

namespace prospector::ui {

namespace {
Q_LOGGING_CATEGORY(lcTrayMessages, "prospector.ui.notifications")
constexpr int kShownMs = 10000;
} // namespace

TrayMessageNotifications::TrayMessageNotifications(QSystemTrayIcon &icon, QObject *parent)
    : NotificationService(parent)
    , m_icon(icon) {
    // A balloon carries no id: the click belongs to the message shown last.
    connect(&m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastTag.isEmpty())
            Q_EMIT activated(m_lastTag, QStringLiteral("default"));
    });
}

void TrayMessageNotifications::show(const Notification &notification) {
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !m_icon.isVisible()) {
        // Nowhere to show it; the window's Autopilot page still says the same.
        qCInfo(lcTrayMessages) << "no tray for notification" << notification.tag;
        return;
    }
    m_lastTag = notification.tag;
    m_icon.showMessage(notification.title, notification.body,
                       notification.urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                       kShownMs);
}

} // namespace prospector::ui
