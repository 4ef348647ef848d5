import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Run history, newest first; a run opens to its full report.
ColumnLayout {
    id: root
    spacing: 8

    function count(n) { return Number(n || 0).toLocaleString(Qt.locale(), "f", 0) }

    Label {
        text: qsTr("Run history")
        font.bold: true
        font.pixelSize: 16
    }
    Label {
        objectName: "autopilot.history.empty"
        visible: AutopilotHistory.count === 0
        text: qsTr("No runs yet. A dry run shows what autopilot would do without sending anything.")
        opacity: 0.7
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Repeater {
        objectName: "autopilot.history"
        model: AutopilotHistory
        delegate: Frame {
            id: run
            required property int index
            required property var runId
            required property string started
            required property string status
            required property string statusText
            required property bool dryRun
            required property int selected
            required property int enriched
            required property int cacheHits
            required property int synced
            required property int enrolled
            required property int skipped
            required property var skippedReasons
            required property int credits
            required property var errors
            required property string duration
            property bool expanded: false
            objectName: "autopilot.run." + index
            Layout.fillWidth: true

            ColumnLayout {
                anchors.fill: parent
                spacing: 4
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    Label {
                        text: run.started
                        font.bold: true
                        textFormat: Text.PlainText
                    }
                    Label {
                        visible: run.dryRun
                        text: qsTr("dry run")
                        padding: 2
                        leftPadding: 6
                        rightPadding: 6
                        background: Rectangle { radius: 4; color: Qt.rgba(0.3, 0.5, 0.9, 0.2) }
                    }
                    Label {
                        objectName: "autopilot.run." + run.index + ".status"
                        text: run.statusText
                        color: run.status === "failed" ? "#c62828" : palette.windowText
                        textFormat: Text.PlainText
                    }
                    Label {
                        objectName: "autopilot.run." + run.index + ".line"
                        text: qsTr("%1 selected · %2 synced · %3 enrolled · %4 skipped")
                              .arg(root.count(run.selected)).arg(root.count(run.synced))
                              .arg(root.count(run.enrolled)).arg(root.count(run.skipped))
                        opacity: 0.8
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "autopilot.run." + run.index + ".details"
                        text: run.expanded ? qsTr("Hide details") : qsTr("Details")
                        flat: true
                        onClicked: run.expanded = !run.expanded
                    }
                }
                GridLayout {
                    objectName: "autopilot.run." + run.index + ".report"
                    visible: run.expanded
                    columns: 2
                    columnSpacing: 16
                    rowSpacing: 2
                    Label { text: qsTr("Selected") }
                    Label { text: root.count(run.selected) }
                    Label { text: qsTr("Enriched") }
                    Label { objectName: "autopilot.run." + run.index + ".enriched"; text: root.count(run.enriched) }
                    Label { text: qsTr("Served from the cache") }
                    Label { text: root.count(run.cacheHits) }
                    Label { text: qsTr("Synced to HubSpot") }
                    Label { text: root.count(run.synced) }
                    Label { text: qsTr("Enrolled in lemlist") }
                    Label { text: root.count(run.enrolled) }
                    Label { text: qsTr("Credits used") }
                    Label { text: root.count(run.credits) }
                    Label { text: qsTr("Duration") }
                    Label { text: run.duration; textFormat: Text.PlainText }
                    Label { text: qsTr("Skipped"); visible: run.skippedReasons.length > 0 }
                    ColumnLayout {
                        visible: run.skippedReasons.length > 0
                        spacing: 0
                        Repeater {
                            model: run.skippedReasons
                            delegate: Label {
                                required property var modelData
                                objectName: "autopilot.run.skip." + modelData.reason
                                text: qsTr("%1: %2").arg(modelData.text).arg(root.count(modelData.count))
                                textFormat: Text.PlainText
                            }
                        }
                    }
                    Label { text: qsTr("Errors"); visible: run.errors.length > 0 }
                    ColumnLayout {
                        visible: run.errors.length > 0
                        spacing: 0
                        Repeater {
                            model: run.errors
                            delegate: Label {
                                required property string modelData
                                objectName: "autopilot.run.error"
                                text: modelData
                                color: "#c62828"
                                textFormat: Text.PlainText
                                wrapMode: Text.WordWrap
                                Layout.maximumWidth: 560
                            }
                        }
                    }
                }
            }
        }
    }
}
