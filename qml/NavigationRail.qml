import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Left-hand navigation between the pages. Keyboard: Ctrl+1..6.
Pane {
    id: rail
    property int currentIndex: 0
    signal pageRequested(int index)
    signal syncActivityRequested()

    padding: 8
    background: Rectangle {
        color: Qt.darker(palette.window, 1.06)
    }

    readonly property var entries: [
        { name: "dashboard", text: qsTr("Dashboard"), key: "Ctrl+1" },
        { name: "prospects", text: qsTr("Prospects"), key: "Ctrl+2" },
        { name: "import", text: qsTr("Import"), key: "Ctrl+3" },
        { name: "autopilot", text: qsTr("Autopilot"), key: "Ctrl+4" },
        { name: "settings", text: qsTr("Settings"), key: "Ctrl+5" },
        { name: "problems", text: qsTr("Problems"), key: "Ctrl+6" }
    ]

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            text: qsTr("Prospector")
            font.bold: true
            font.pixelSize: 18
            Layout.margins: 8
            Layout.bottomMargin: 16
        }

        Repeater {
            model: rail.entries
            delegate: ItemDelegate {
                id: entry
                required property var modelData
                required property int index
                // The Problems entry carries the number of dead letters.
                readonly property int badge: modelData.name === "problems" ? Problems.count : 0
                objectName: "nav." + modelData.name
                text: modelData.text
                highlighted: rail.currentIndex === index
                Layout.fillWidth: true
                Layout.preferredWidth: 170
                rightPadding: badge > 0 ? badgeBox.width + 16 : 12
                Accessible.name: badge > 0 ? qsTr("%1, %n waiting", "", badge).arg(modelData.text) : modelData.text
                Rectangle {
                    id: badgeBox
                    objectName: "nav." + entry.modelData.name + ".badge"
                    visible: entry.badge > 0
                    anchors.right: parent.right
                    anchors.rightMargin: 8
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.max(20, badgeText.implicitWidth + 10)
                    height: 20
                    radius: 10
                    color: "#c62828"
                    Label {
                        id: badgeText
                        anchors.centerIn: parent
                        text: entry.badge > 99 ? "99+" : String(entry.badge)
                        color: "white"
                        font.pixelSize: 11
                        font.bold: true
                    }
                }
                ToolTip.visible: hovered
                ToolTip.delay: 800
                ToolTip.text: modelData.key
                onClicked: rail.pageRequested(index)

                Shortcut {
                    sequence: modelData.key
                    onActivated: rail.pageRequested(index)
                }
            }
        }

        Label {
            text: qsTr("Saved views")
            visible: savedViewList.count > 0
            opacity: 0.7
            font.pixelSize: 11
            Layout.margins: 8
            Layout.topMargin: 16
            Layout.bottomMargin: 0
        }
        Repeater {
            id: savedViewList
            objectName: "nav.savedViews"
            model: SavedViews
            delegate: ItemDelegate {
                id: viewEntry
                required property var viewId
                required property string name
                objectName: "nav.view." + name
                text: name
                highlighted: SavedViews.activeId === viewId
                Layout.fillWidth: true
                Layout.preferredWidth: 170
                leftPadding: 20
                Accessible.name: qsTr("Saved view %1").arg(name)
                contentItem: Label {
                    text: viewEntry.text
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    rightPadding: removeButton.width
                }
                onClicked: {
                    SavedViews.apply(viewId)
                    rail.pageRequested(1)
                }
                ToolButton {
                    id: removeButton
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    visible: viewEntry.hovered
                    text: "✕"
                    Accessible.name: qsTr("Delete saved view %1").arg(viewEntry.name)
                    onClicked: SavedViews.remove(viewEntry.viewId)
                }
            }
        }

        Item { Layout.fillHeight: true }

        ItemDelegate {
            objectName: "nav.syncActivity"
            Layout.fillWidth: true
            Layout.preferredWidth: 170
            text: SyncActivity.waiting > 0 ? qsTr("Sync activity (%L1)").arg(SyncActivity.waiting) : qsTr("Sync activity")
            Accessible.name: qsTr("Show sync activity")
            icon.width: 0
            onClicked: rail.syncActivityRequested()
            BusyIndicator {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                running: SyncActivity.busy
                visible: running
                width: 22
                height: 22
            }
        }

        Label {
            text: AppInfo.sandbox ? qsTr("Sandbox mode") : ""
            visible: AppInfo.sandbox
            color: "#b26a00"
            Layout.margins: 8
        }
        Label {
            text: qsTr("Version %1").arg(AppInfo.version)
            opacity: 0.6
            font.pixelSize: 11
            Layout.margins: 8
        }
    }
}
