#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace prospector::ui {

// One desktop notification. Texts are plain text (the service escapes them where the desktop
// would read markup).
struct Notification {
    struct Action {
        QString key; // "default" is the click on the notification itself
        QString label;
    };

    // Routes a click or an action back to whoever posted it, e.g. "approval:12".
    QString tag;
    QString title;
    QString body;
    QList<Action> actions;
    // Problems that need the rep stay until dismissed where the desktop supports it.
    bool urgent = false;
};

// Where notifications go: the freedesktop notification service on Linux, the tray's balloon
// messages elsewhere. Implementations report clicks and actions with the notification's tag.
class NotificationService : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void show(const Notification &notification) = 0;

Q_SIGNALS:
    void activated(const QString &tag, const QString &actionKey);
};

} // namespace prospector::ui
