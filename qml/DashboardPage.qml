import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

Page {
    id: page
    objectName: "page.dashboard"
    signal navigate(string name)
    title: qsTr("Dashboard")
    padding: 24

    readonly property bool empty: ProspectsModel.totalCount === 0 && ProspectsModel.search.length === 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 16

        PageHeader {
            title: qsTr("Dashboard")
            subtitle: page.empty ? "" : qsTr("%n prospect(s) in your local database", "", ProspectsModel.totalCount)
            Layout.fillWidth: true
        }

        EmptyState {
            objectName: "dashboard.empty"
            visible: page.empty
            Layout.alignment: Qt.AlignCenter
            Layout.fillHeight: true
            title: qsTr("Welcome to Prospector")
            message: qsTr("Drop a CSV of prospects anywhere on this window to start, or try the bundled sample "
                          + "prospects. Start Prospector with --sandbox to try enrichment, HubSpot sync and "
                          + "lemlist enrollment against built-in simulators — no accounts needed.")
            primaryText: qsTr("Import a CSV")
            secondaryText: qsTr("Try the sample prospects")
            onPrimaryClicked: page.navigate("import")
            onSecondaryClicked: {
                ImportController.importSample()
                page.navigate("import")
            }
        }

        Item {
            visible: !page.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
