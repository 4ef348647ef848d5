import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

Page {
    id: page
    objectName: "page.autopilot"
    title: qsTr("Autopilot")
    padding: 24

    ColumnLayout {
        anchors.fill: parent
        spacing: 16
        PageHeader {
            title: qsTr("Autopilot")
            subtitle: qsTr("Off")
            Layout.fillWidth: true
        }
        EmptyState {
            objectName: "autopilot.empty"
            Layout.alignment: Qt.AlignCenter
            Layout.fillHeight: true
            title: qsTr("Autopilot is off")
            message: qsTr("Autopilot can enrich, sync and enroll qualified prospects on a schedule, within daily caps and with your approval for large runs. It never runs until you switch it on.")
        }
    }
}
