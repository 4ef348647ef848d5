import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

Page {
    id: page
    objectName: "page.import"
    title: qsTr("Import")
    padding: 24

    ColumnLayout {
        anchors.fill: parent
        spacing: 16
        PageHeader {
            title: qsTr("Import")
            subtitle: qsTr("CSV from Sales Navigator, Apollo, HubSpot, lemlist or any spreadsheet")
            Layout.fillWidth: true
        }
        EmptyState {
            objectName: "import.empty"
            Layout.alignment: Qt.AlignCenter
            Layout.fillHeight: true
            title: qsTr("Drop a CSV file here")
            message: qsTr("Prospector detects the encoding, delimiter and columns, shows you a preview, and skips duplicates. Every import can be undone.")
        }
    }
}
