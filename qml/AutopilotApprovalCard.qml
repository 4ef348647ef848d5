import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// A run that waits for the rep: what it would do, and Approve / Reject.
Frame {
    id: card
    objectName: "autopilot.approval"
    visible: Autopilot.pendingApprovalRunId > 0
    background: Rectangle {
        radius: 6
        color: Qt.rgba(1, 0.72, 0.1, 0.16)
        border.color: "#e0a100"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            text: qsTr("A run waits for your approval")
            font.bold: true
            font.pixelSize: 16
        }
        Label {
            objectName: "autopilot.approval.summary"
            text: Autopilot.pendingApprovalSummary
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Nothing is sent until you decide. Rejecting ends this run; the next scheduled run asks again if it is still needed.")
            opacity: 0.75
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 8
            Button {
                objectName: "autopilot.approval.approve"
                text: qsTr("Approve")
                highlighted: true
                onClicked: Autopilot.approve()
            }
            Button {
                objectName: "autopilot.approval.reject"
                text: qsTr("Reject")
                onClicked: Autopilot.reject()
            }
        }
    }
}
