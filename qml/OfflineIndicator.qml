import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// A small, persistent note in the window's corner while the pipeline cannot reach the network;
// it goes away by itself when the network returns (the engine resumes on its own). Clicking it
// opens the Sync activity panel.
Rectangle {
    id: indicator
    objectName: "offlineIndicator"
    signal clicked()
    visible: SyncActivity.running && !SyncActivity.online
    radius: 6
    color: "#424242"
    opacity: 0.92
    implicitWidth: row.implicitWidth + 20
    implicitHeight: row.implicitHeight + 10
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 8
        Rectangle { width: 8; height: 8; radius: 4; color: "#ffb300" }
        Label {
            id: label
            objectName: "offlineIndicator.text"
            text: qsTr("Offline — %n operation(s) waiting", "", SyncActivity.waiting)
            color: "white"
        }
    }
    TapHandler { onTapped: indicator.clicked() }
}
