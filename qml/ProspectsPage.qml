import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

Page {
    id: page
    objectName: "page.prospects"
    signal navigate(string name)
    title: qsTr("Prospects")
    padding: 24

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        PageHeader {
            title: qsTr("Prospects")
            subtitle: qsTr("%n prospect(s)", "", ProspectsModel.totalCount)
            Layout.fillWidth: true
        }

        TextField {
            id: searchField
            objectName: "prospects.search"
            Layout.fillWidth: true
            placeholderText: qsTr("Search name, email, company, title, notes…  (press / to focus)")
            Accessible.name: qsTr("Search prospects")
            selectByMouse: true
            onTextChanged: searchDebounce.restart()
            Timer {
                id: searchDebounce
                interval: 150
                onTriggered: ProspectsModel.search = searchField.text
            }
        }

        Shortcut {
            sequence: "/"
            enabled: page.visible && !searchField.activeFocus
            onActivated: searchField.forceActiveFocus()
        }

        Label {
            visible: ProspectsModel.lastError.length > 0
            text: qsTr("Could not load prospects: %1").arg(ProspectsModel.lastError)
            textFormat: Text.PlainText
            color: "#c62828"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "prospects.list"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: ProspectsModel
            visible: count > 0
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property string fullName
                required property string email
                required property string company
                required property string title
                required property string stage
                width: ListView.view.width
                contentItem: RowLayout {
                    spacing: 16
                    Label { text: row.fullName; textFormat: Text.PlainText; font.bold: true; Layout.preferredWidth: 200; elide: Text.ElideRight }
                    Label { text: row.title; textFormat: Text.PlainText; Layout.preferredWidth: 200; elide: Text.ElideRight; opacity: 0.8 }
                    Label { text: row.company; textFormat: Text.PlainText; Layout.preferredWidth: 180; elide: Text.ElideRight }
                    Label { text: row.email; textFormat: Text.PlainText; Layout.fillWidth: true; elide: Text.ElideRight; opacity: 0.8 }
                    Label { text: row.stage; textFormat: Text.PlainText; Layout.preferredWidth: 80 }
                }
            }
        }

        EmptyState {
            objectName: "prospects.empty"
            visible: list.count === 0
            Layout.alignment: Qt.AlignCenter
            Layout.fillHeight: true
            title: ProspectsModel.search.length > 0 ? qsTr("No prospect matches “%1”").arg(ProspectsModel.search)
                                                    : qsTr("No prospects yet")
            message: ProspectsModel.search.length > 0 ? qsTr("Try fewer words or a different spelling.")
                                                      : qsTr("Import a CSV from Sales Navigator, Apollo, HubSpot, lemlist or any spreadsheet, or start with the bundled sample prospects.")
            primaryText: ProspectsModel.search.length > 0 ? qsTr("Clear search") : qsTr("Import prospects")
            onPrimaryClicked: {
                if (ProspectsModel.search.length > 0)
                    searchField.text = ""
                else
                    page.navigate("import")
            }
        }
    }
}
