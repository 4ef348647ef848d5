#pragma once

#include "singletonprovider.h"

#include <QObject>
#include <QQmlEngine>

class QSettings;

namespace prospector::ui {

class Autostart;

// The desktop-integration choices of Settings › Desktop, kept in the UI settings file (they
// belong to this computer, not to the prospect data): close to tray, start at login, quiet
// notifications, monochrome tray icon.
class DesktopSettings : public QObject, public SingletonProvider<DesktopSettings> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The rep's choice (default on). It only takes effect while a tray exists: see TrayIcon.
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY changed)
    Q_PROPERTY(bool startAtLogin READ startAtLogin NOTIFY changed)
    // Quiet: only the problems that need the rep (approval waiting, a token to renew, budget
    // reached, a service down, a failed run) — no run summaries, no replies.
    Q_PROPERTY(bool quietNotifications READ quietNotifications WRITE setQuietNotifications NOTIFY changed)
    Q_PROPERTY(bool monochromeTrayIcon READ monochromeTrayIcon WRITE setMonochromeTrayIcon NOTIFY changed)
    // Why the last start-at-login change failed; empty after a success.
    Q_PROPERTY(QString startAtLoginError READ startAtLoginError NOTIFY changed)

public:
    DesktopSettings(QSettings &settings, Autostart &autostart, QObject *parent = nullptr);

    bool closeToTray() const;
    void setCloseToTray(bool on);
    bool startAtLogin() const;
    Q_INVOKABLE bool setStartAtLogin(bool on);
    bool quietNotifications() const;
    void setQuietNotifications(bool on);
    bool monochromeTrayIcon() const;
    void setMonochromeTrayIcon(bool on);
    QString startAtLoginError() const { return m_startAtLoginError; }

    // True exactly once per installation: the first time the window goes to the tray, the rep
    // is told that Prospector keeps running there.
    bool takeFirstCloseToTray();

Q_SIGNALS:
    void changed();

private:
    void set(const char *key, bool value);

    QSettings &m_settings;
    Autostart &m_autostart;
    QString m_startAtLoginError;
};

} // namespace prospector::ui
