import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

Page {
    id: page
    objectName: "page.settings"
    title: qsTr("Settings")
    padding: 24

    ColumnLayout {
        anchors.fill: parent
        spacing: 16
        PageHeader {
            title: qsTr("Settings")
            Layout.fillWidth: true
        }
        GroupBox {
            title: qsTr("Storage")
            Layout.fillWidth: true
            GridLayout {
                columns: 2
                columnSpacing: 16
                Label { text: qsTr("Data folder") }
                Label { objectName: "settings.dataDir"; text: AppInfo.dataDir; textFormat: Text.PlainText }
                Label { text: qsTr("Log folder") }
                Label { text: AppInfo.logDir; textFormat: Text.PlainText }
                Label { text: qsTr("Version") }
                Label { text: AppInfo.version; textFormat: Text.PlainText }
            }
        }
        ScoringSettings { Layout.fillWidth: true }
        Item { Layout.fillHeight: true }
    }
}
