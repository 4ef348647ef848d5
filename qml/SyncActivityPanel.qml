import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// The Sync activity panel (a drawer from the right edge): per service what is queued, being
// sent, checked, done and failed, with progress, the current batch, rate-limit waits, circuit
// state, quota and credits.
Drawer {
    id: drawer
    objectName: "syncActivity.panel"
    signal navigate(string page)
    edge: Qt.RightEdge
    width: Math.min(440, parent ? parent.width * 0.9 : 440)
    height: parent ? parent.height : 600

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 12

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                Label {
                    text: qsTr("Sync activity")
                    font.pixelSize: 20
                    font.bold: true
                    Layout.fillWidth: true
                }
                ToolButton {
                    objectName: "syncActivity.close"
                    text: "✕"
                    Accessible.name: qsTr("Close the sync activity panel")
                    onClicked: drawer.close()
                }
            }
            Label {
                objectName: "syncActivity.summary"
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: !SyncActivity.running ? qsTr("The pipeline is starting…")
                    : !SyncActivity.online ? qsTr("Offline — %n operation(s) waiting. Work resumes by itself when the network returns.", "", SyncActivity.waiting)
                    : SyncActivity.waiting > 0 ? qsTr("%n operation(s) waiting or on their way.", "", SyncActivity.waiting)
                    : qsTr("Everything queued has been sent.")
            }
            Repeater {
                model: SyncActivity
                delegate: ServiceActivityCard {
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    onNavigate: page => {
                        drawer.close()
                        drawer.navigate(page)
                    }
                }
            }
            Item { implicitHeight: 8 }
        }
    }
}
