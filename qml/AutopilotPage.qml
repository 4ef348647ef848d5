import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Autopilot: its state and next run, Run now / Dry run / Pause-Resume, the run waiting for
// approval, the schedule and guardrails, and the history of runs with their reports.
Page {
    id: page
    objectName: "page.autopilot"
    title: qsTr("Autopilot")
    padding: 24

    readonly property var stateColours: ({
        off: "#9e9e9e", idle: "#2e7d32", running: "#1565c0", paused: "#ef6c00", attention: "#c62828"
    })

    property alias optInDialog: optIn

    function openOptIn() { optIn.open() }

    ScrollView {
        id: scroller
        objectName: "autopilot.scroller"
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 16

            PageHeader {
                title: qsTr("Autopilot")
                subtitle: Autopilot.enabled ? qsTr("Next run: %1").arg(Autopilot.nextRunText) : ""
                Layout.fillWidth: true
                Button {
                    objectName: "autopilot.dryRun"
                    text: qsTr("Dry run")
                    enabled: !Autopilot.running && Autopilot.pendingApprovalRunId === 0
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Shows what a run would do, without sending anything")
                    onClicked: Autopilot.dryRun()
                }
                Button {
                    objectName: "autopilot.runNow"
                    text: qsTr("Run now")
                    visible: Autopilot.enabled
                    enabled: Autopilot.canRunNow
                    onClicked: Autopilot.runNow()
                }
                Button {
                    objectName: "autopilot.pauseResume"
                    visible: Autopilot.enabled
                    text: Autopilot.paused ? qsTr("Resume") : qsTr("Pause")
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: Autopilot.paused ? qsTr("Runs start again on schedule")
                                                   : qsTr("Kill switch: no run starts, a running one stops at its next safe point")
                    onClicked: Autopilot.paused ? Autopilot.resume() : Autopilot.pause()
                }
                Button {
                    objectName: "autopilot.turnOff"
                    visible: Autopilot.enabled
                    text: qsTr("Turn off")
                    onClicked: Autopilot.turnOff()
                }
                Button {
                    objectName: "autopilot.turnOn"
                    visible: !Autopilot.enabled
                    text: qsTr("Turn on…")
                    highlighted: true
                    onClicked: page.openOptIn()
                }
            }

            Frame {
                objectName: "autopilot.status"
                Layout.fillWidth: true
                RowLayout {
                    anchors.fill: parent
                    spacing: 12
                    Rectangle {
                        width: 14; height: 14; radius: 7
                        color: page.stateColours[Autopilot.state] || "#9e9e9e"
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 3
                    }
                    ColumnLayout {
                        spacing: 2
                        Layout.fillWidth: true
                        Label {
                            objectName: "autopilot.stateText"
                            text: Autopilot.stateText
                            font.bold: true
                            textFormat: Text.PlainText
                        }
                        Label {
                            objectName: "autopilot.attentionReason"
                            visible: text.length > 0
                            text: Autopilot.attentionReason
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: !Autopilot.enabled
                            text: qsTr("Autopilot can enrich, sync and enroll qualified prospects on a schedule, within daily caps and with your approval for large runs. It never runs until you switch it on.")
                            wrapMode: Text.WordWrap
                            opacity: 0.8
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "autopilot.message"
                            visible: text.length > 0
                            text: Autopilot.message
                            color: "#c62828"
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            AutopilotApprovalCard { Layout.fillWidth: true }

            AutopilotRunHistory { Layout.fillWidth: true }

            AutopilotSettingsForm { Layout.fillWidth: true }
        }
    }

    AutopilotOptIn { id: optIn }
}
