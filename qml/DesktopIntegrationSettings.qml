import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Settings › Desktop: tray, start at login and notifications. Included by SettingsPage.qml.
GroupBox {
    objectName: "settings.desktop"
    title: qsTr("Desktop")

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        CheckBox {
            objectName: "desktop.closeToTray"
            text: qsTr("Keep running in the tray when the window is closed")
            enabled: Tray.available
            checked: DesktopSettings.closeToTray
            onToggled: DesktopSettings.closeToTray = checked
        }
        Label {
            objectName: "desktop.noTray"
            visible: !Tray.available
            text: qsTr("This desktop shows no system tray, so closing the window quits Prospector and autopilot runs only while the window is open.")
            opacity: 0.75
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        CheckBox {
            objectName: "desktop.startAtLogin"
            text: qsTr("Start Prospector when I log in")
            checked: DesktopSettings.startAtLogin
            onToggled: {
                DesktopSettings.setStartAtLogin(checked)
                checked = Qt.binding(() => DesktopSettings.startAtLogin)
            }
        }
        Label {
            objectName: "desktop.startAtLoginError"
            visible: text.length > 0
            text: DesktopSettings.startAtLoginError
            color: "#c62828"
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        CheckBox {
            objectName: "desktop.quietNotifications"
            text: qsTr("Quiet notifications: only problems that need me")
            checked: DesktopSettings.quietNotifications
            onToggled: DesktopSettings.quietNotifications = checked
        }
        Label {
            text: qsTr("Quiet keeps runs waiting for approval, tokens to renew, a reached credit budget, a service that is down and failed runs, because autopilot stops until you act on them. Run summaries and replies stay on the Autopilot page and the prospect's timeline.")
            opacity: 0.75
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        CheckBox {
            objectName: "desktop.monochromeTrayIcon"
            text: qsTr("Monochrome tray icon")
            enabled: Tray.available
            checked: DesktopSettings.monochromeTrayIcon
            onToggled: DesktopSettings.monochromeTrayIcon = checked
        }
    }
}
