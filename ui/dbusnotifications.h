#pragma once

#if defined(PROSPECTOR_HAVE_DBUS)

#include "notificationservice.h"

#include <QDBusConnection>
#include <QHash>
#include <QStringList>

class QDBusPendingCallWatcher;

namespace prospector::ui {

// Notifications through the freedesktop service (org.freedesktop.Notifications, Desktop
// Notifications Specification 1.2): action buttons where the server has them, the click as the
// "default" action. When the service is missing or refuses a notification, it goes to the
// fallback (the tray's balloon) instead of being lost.
class DBusNotifications : public NotificationService {
    Q_OBJECT
public:
    static const QString kService;
    static const QString kPath;
    static const QString kInterface;

    // `desktopEntry`: the .desktop id the server uses for the app's name and icon.
    DBusNotifications(QDBusConnection connection, QString desktopEntry, NotificationService *fallback,
                      QObject *parent = nullptr);

    void show(const Notification &notification) override;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void requestCapabilities();
    void send(const Notification &notification);
    void notifyFinished(QDBusPendingCallWatcher *watcher, const Notification &notification);

    QDBusConnection m_connection;
    QString m_desktopEntry;
    NotificationService *m_fallback;
    enum class Capabilities { Unknown, Asking, Known } m_capabilitiesState = Capabilities::Unknown;
    QStringList m_capabilities;
    QList<Notification> m_waiting; // until the server said what it supports
    QHash<uint, QString> m_tags;   // server id -> tag, until the notification is closed
};

} // namespace prospector::ui

#endif
