import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

Page {
    id: page
    objectName: "page.settings"
    title: qsTr("Settings")
    padding: 24

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 16
            PageHeader {
                title: qsTr("Settings")
                Layout.fillWidth: true
            }
            GroupBox {
                title: qsTr("Services")
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 12
                    KeychainBanner { Layout.fillWidth: true }
                    Repeater {
                        objectName: "credentials.services"
                        model: CredentialSettings
                        delegate: ServiceCredentialsCard {}
                    }
                }
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
            LanguageSettings { Layout.fillWidth: true }
            DesktopIntegrationSettings { Layout.fillWidth: true }
            ScoringSettings { Layout.fillWidth: true }
            EnrichmentSettingsBox { Layout.fillWidth: true }
        }
    }
}
