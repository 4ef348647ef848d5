#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QSystemTrayIcon>

// A real system-tray host on the test's X display (Xvfb): trayer, an XEmbed tray that owns the
// _NET_SYSTEM_TRAY selection, so QSystemTrayIcon finds a tray and embeds its icon for real.
// scripts/deps.sh installs it with the test packages.
class TrayHost {
public:
    ~TrayHost() { stop(); }

    static bool installed() { return !QStandardPaths::findExecutable(QStringLiteral("trayer")).isEmpty(); }

    // Starts it; whether a tray is there then shows in QSystemTrayIcon::isSystemTrayAvailable().
    bool start() {
        if (m_process.state() != QProcess::NotRunning)
            return true;
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("trayer"), {QStringLiteral("--SetDockType"), QStringLiteral("false"),
                                                   QStringLiteral("--expand"), QStringLiteral("true")});
        return m_process.waitForStarted(10000);
    }

    void stop() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

private:
    QProcess m_process;
};
