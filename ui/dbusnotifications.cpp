#include "dbusnotifications.h"

#if defined(PROSPECTOR_HAVE_DBUS)

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace prospector::ui {

namespace {
Q_LOGGING_CATEGORY(lcNotifications, "prospector.ui.notifications")
// Urgency hint values of the specification.
constexpr uchar kNormal = 1;
constexpr uchar kCritical = 2;
} // namespace

const QString DBusNotifications::kService = QStringLiteral("org.freedesktop.Notifications");
const QString DBusNotifications::kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString DBusNotifications::kInterface = QStringLiteral("org.freedesktop.Notifications");

DBusNotifications::DBusNotifications(QDBusConnection connection, QString desktopEntry,
                                     NotificationService *fallback, QObject *parent)
    : NotificationService(parent)
    , m_connection(std::move(connection))
    , m_desktopEntry(std::move(desktopEntry))
    , m_fallback(fallback) {
    m_connection.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                         SLOT(onActionInvoked(uint, QString)));
    m_connection.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                         SLOT(onNotificationClosed(uint, uint)));
    if (m_fallback)
        connect(m_fallback, &NotificationService::activated, this, &NotificationService::activated);
}

void DBusNotifications::show(const Notification &notification) {
    if (m_capabilitiesState == Capabilities::Known) {
        send(notification);
        return;
    }
    m_waiting.append(notification);
    requestCapabilities();
}

// Asked once, without blocking: a server that hangs must not freeze the window.
void DBusNotifications::requestCapabilities() {
    if (m_capabilitiesState != Capabilities::Unknown)
        return;
    m_capabilitiesState = Capabilities::Asking;
    const QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError())
            qCInfo(lcNotifications) << "notification service unavailable:" << reply.error().message();
        m_capabilities = reply.isError() ? QStringList() : reply.value();
        m_capabilitiesState = Capabilities::Known;
        const QList<Notification> waiting = std::exchange(m_waiting, {});
        for (const Notification &n : waiting) {
            if (reply.isError() && m_fallback)
                m_fallback->show(n);
            else if (!reply.isError())
                send(n);
        }
        // A service that was missing may start later (or be activated on demand): ask again next time.
        if (reply.isError())
            m_capabilitiesState = Capabilities::Unknown;
    });
}

void DBusNotifications::send(const Notification &notification) {
    // Servers with "body-markup" read the body as a subset of HTML; prospect names and reply
    // texts come from outside, so they are escaped to stay plain text.
    const bool markup = m_capabilities.contains(QStringLiteral("body-markup"));
    QStringList actions;
    if (m_capabilities.contains(QStringLiteral("actions"))) {
        for (const Notification::Action &action : notification.actions)
            actions << action.key << action.label;
    }
    QVariantMap hints{
        {QStringLiteral("desktop-entry"), m_desktopEntry},
        {QStringLiteral("urgency"), QVariant::fromValue<uchar>(notification.urgent ? kCritical : kNormal)},
    };
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QStringLiteral("Prospector") << uint(0) << m_desktopEntry << notification.title
         << (markup ? notification.body.toHtmlEscaped() : notification.body) << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, notification](QDBusPendingCallWatcher *w) { notifyFinished(w, notification); });
}

void DBusNotifications::notifyFinished(QDBusPendingCallWatcher *watcher, const Notification &notification) {
    watcher->deleteLater();
    const QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        qCWarning(lcNotifications) << "notification refused:" << reply.error().message();
        m_capabilitiesState = Capabilities::Unknown;
        if (m_fallback)
            m_fallback->show(notification);
        return;
    }
    m_tags.insert(reply.value(), notification.tag);
}

void DBusNotifications::onActionInvoked(uint id, const QString &actionKey) {
    // Other applications' notifications arrive here too; only ours have a tag.
    const auto it = m_tags.constFind(id);
    if (it != m_tags.cend())
        Q_EMIT activated(it.value(), actionKey);
}

void DBusNotifications::onNotificationClosed(uint id, uint) {
    m_tags.remove(id);
}

} // namespace prospector::ui

#endif
