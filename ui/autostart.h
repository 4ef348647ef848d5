#pragma once

#include <QString>
#include <QStringList>

namespace prospector::ui {

// "Start at login": the per-user entry each desktop reads at login. Linux: an XDG autostart
// desktop entry in $XDG_CONFIG_HOME/autostart; Windows: the HKCU ...\CurrentVersion\Run value;
// macOS: a LaunchAgent plist in ~/Library/LaunchAgents. Only the current user's own entry is
// touched, so no administrator rights are needed.
class Autostart {
public:
    // `program` and `arguments` are what the login session starts (the app and "--autostart").
    Autostart(QString program, QStringList arguments);

    // False also when the rep switched the entry off in the desktop's own settings
    // (Hidden=true or X-GNOME-Autostart-enabled=false in the entry).
    bool isEnabled() const;
    // Writes or removes the entry; false with a plain-words message when that failed.
    bool setEnabled(bool enabled, QString *error);

    // Where the entry lives on this platform (a file path, or the registry key on Windows).
    static QString entryLocation();

private:
    QString m_program;
    QStringList m_arguments;
};

} // namespace prospector::ui
