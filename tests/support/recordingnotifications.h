#pragma once

#include "notificationservice.h"

#include <QStringList>

// Test double of the notification service: keeps what was shown (readable from QML) and lets a
// test click a notification or one of its actions.
class RecordingNotifications : public prospector::ui::NotificationService {
    Q_OBJECT
    Q_PROPERTY(QStringList titles READ titles NOTIFY shownChanged)

public:
    QList<prospector::ui::Notification> shown;

    void show(const prospector::ui::Notification &notification) override {
        shown.append(notification);
        Q_EMIT shownChanged();
    }

    QStringList titles() const {
        QStringList out;
        for (const auto &n : shown)
            out << n.title;
        return out;
    }
    Q_INVOKABLE void clear() {
        shown.clear();
        Q_EMIT shownChanged();
    }
    // Clicks the newest notification (actionKey "default") or one of its buttons.
    Q_INVOKABLE void activateLast(const QString &actionKey) {
        if (!shown.isEmpty())
            Q_EMIT activated(shown.constLast().tag, actionKey);
    }

Q_SIGNALS:
    void shownChanged();
};
