#pragma once

#include "singletonprovider.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace prospector::autopilot {
class AutopilotControl;
}

namespace prospector::ui {

class DesktopSettings;

// The system-tray icon (QML singleton "Tray"): its picture follows autopilot's state (idle,
// running, paused, needs attention), its tooltip says the state and the next run, and its menu
// has Open, Run now, Pause/Resume autopilot (the kill switch) and Quit, retranslated when the
// language changes. Where no tray exists (stock GNOME) `available` is false: the window stays the
// control surface and closing it quits. Availability is re-checked, since a tray can appear later.
class TrayIcon : public QObject, public SingletonProvider<TrayIcon> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Tray)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    // True when closing the window hides it into the tray instead of quitting.
    Q_PROPERTY(bool closesToTray READ closesToTray NOTIFY availableChanged)
    // "idle" | "running" | "paused" | "attention" (an "off" autopilot shows the idle picture).
    Q_PROPERTY(QString iconState READ iconState NOTIFY iconChanged)

public:
    TrayIcon(autopilot::AutopilotControl &control, DesktopSettings &settings, QObject *parent = nullptr);
    ~TrayIcon() override;

    bool available() const { return m_available; }
    bool closesToTray() const;
    QString iconState() const;
    // The icon file of a state, e.g. ":/qt/qml/Prospector/icons/tray/tray-paused-symbolic.svg".
    static QString iconPath(const QString &iconState, bool monochrome);

    QSystemTrayIcon &systemTrayIcon() { return *m_icon; }

    // Called by the window's onClosing: true when the window should hide instead of closing.
    // The first time, keptRunningInTray() asks for the notification that says so.
    Q_INVOKABLE bool closeToTray();
    Q_INVOKABLE void refreshAvailability();

Q_SIGNALS:
    void availableChanged();
    void iconChanged();
    // Show the window (the tray's Open, or a notification clicked), on `page` when not empty:
    // "autopilot" | "settings" | "prospects" with prospectId. Main.qml connects to it.
    void openRequested(const QString &page, qint64 prospectId);
    void quitRequested();
    void keptRunningInTray();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void retranslate();

    autopilot::AutopilotControl &m_control;
    DesktopSettings &m_settings;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_icon;
    QAction *m_status = nullptr;
    QAction *m_open = nullptr;
    QAction *m_runNow = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_quit = nullptr;
    QTimer m_availabilityPoll;
    bool m_available = false;
};

} // namespace prospector::ui
