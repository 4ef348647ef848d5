#include "desktopsettings.h"

#include "autostart.h"

#include <QSettings>

namespace prospector::ui {

namespace {
constexpr const char *kCloseToTray = "desktop/closeToTray";
constexpr const char *kQuiet = "desktop/quietNotifications";
constexpr const char *kMonochrome = "desktop/monochromeTrayIcon";
constexpr const char *kToldAboutTray = "desktop/toldAboutTray";
} // namespace

DesktopSettings::DesktopSettings(QSettings &settings, Autostart &autostart, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_autostart(autostart) {}

bool DesktopSettings::closeToTray() const {
    return m_settings.value(QLatin1String(kCloseToTray), true).toBool();
}

void DesktopSettings::setCloseToTray(bool on) {
    set(kCloseToTray, on);
}

bool DesktopSettings::startAtLogin() const {
    return m_autostart.isEnabled();
}

bool DesktopSettings::setStartAtLogin(bool on) {
    QString error;
    const bool ok = m_autostart.setEnabled(on, &error);
    m_startAtLoginError = ok ? QString() : error;
    Q_EMIT changed();
    return ok;
}

bool DesktopSettings::quietNotifications() const {
    return m_settings.value(QLatin1String(kQuiet), false).toBool();
}

void DesktopSettings::setQuietNotifications(bool on) {
    set(kQuiet, on);
}

bool DesktopSettings::monochromeTrayIcon() const {
    return m_settings.value(QLatin1String(kMonochrome), false).toBool();
}

void DesktopSettings::setMonochromeTrayIcon(bool on) {
    set(kMonochrome, on);
}

bool DesktopSettings::takeFirstCloseToTray() {
    if (m_settings.value(QLatin1String(kToldAboutTray), false).toBool())
        return false;
    m_settings.setValue(QLatin1String(kToldAboutTray), true);
    return true;
}

void DesktopSettings::set(const char *key, bool value) {
    if (m_settings.value(QLatin1String(key)).toBool() == value && m_settings.contains(QLatin1String(key)))
        return;
    m_settings.setValue(QLatin1String(key), value);
    Q_EMIT changed();
}

} // namespace prospector::ui
