import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// One service on the dashboard's integration health: is it answering (circuit), how much of its
// rate-limit quota is left, Explorium's credits, and what waits or failed.
RowLayout {
    id: row
    required property string serviceKey
    required property string name
    required property string circuit
    required property bool paused
    required property string pauseKind
    required property int queued
    required property int checking
    required property int inFlight
    required property int failed
    required property int windowLimit
    required property int windowRemaining
    required property int dailyLimit
    required property int dailyRemaining
    required property real creditsUsed
    required property real creditsLeft

    SyncStatusNames { id: names }
    objectName: "health." + serviceKey
    spacing: 12
    Layout.fillWidth: true

    readonly property bool healthy: circuit === "closed" && !paused
    readonly property string stateText: !SyncActivity.running ? qsTr("starting")
                                      : paused ? (pauseKind === "no_token" ? qsTr("no token") : qsTr("paused"))
                                      : names.circuit(circuit)

    Rectangle {
        // A layout sizes its items from Layout.* (a plain width is not kept in every row).
        Layout.preferredWidth: 10
        Layout.preferredHeight: 10
        radius: 5
        color: !SyncActivity.running ? palette.mid
             : row.healthy ? "#2e7d32" : row.circuit === "open" || row.paused ? "#c62828" : "#ef8f00"
    }
    Label {
        text: row.name
        font.bold: true
        Layout.preferredWidth: 90
    }
    Label {
        objectName: "health." + row.serviceKey + ".state"
        text: row.stateText
        Layout.preferredWidth: 110
        Accessible.name: qsTr("%1: %2").arg(row.name).arg(row.stateText)
    }
    ColumnLayout {
        spacing: 2
        Layout.fillWidth: true
        // Quota: the window's remaining share (the daily cap when the service announces one).
        ProgressBar {
            objectName: "health." + row.serviceKey + ".quota"
            readonly property bool daily: row.dailyLimit > 0
            visible: row.windowLimit > 0 || daily
            from: 0
            to: daily ? row.dailyLimit : row.windowLimit
            value: daily ? row.dailyLimit - row.dailyRemaining : row.windowLimit - row.windowRemaining
            Layout.fillWidth: true
            Accessible.name: quotaLabel.text
        }
        Label {
            id: quotaLabel
            font.pixelSize: 11
            opacity: 0.75
            text: row.dailyLimit > 0 ? qsTr("Quota today: %L1 of %L2 used").arg(row.dailyLimit - row.dailyRemaining).arg(row.dailyLimit)
                : row.windowLimit > 0 ? qsTr("Rate limit: %1 of %2 used in this window").arg(row.windowLimit - row.windowRemaining).arg(row.windowLimit)
                : row.serviceKey === "explorium" && row.creditsUsed >= 0
                  ? (row.creditsLeft >= 0 ? qsTr("Credits: %L1 used, %L2 left").arg(row.creditsUsed).arg(row.creditsLeft)
                                          : qsTr("Credits: %L1 used in 30 days").arg(row.creditsUsed))
                : qsTr("No quota reported yet")
        }
    }
    Label {
        text: row.failed > 0 ? qsTr("%n failed", "", row.failed)
            : row.queued + row.checking + row.inFlight > 0 ? qsTr("%n waiting", "", row.queued + row.checking + row.inFlight)
            : ""
        color: row.failed > 0 ? "#c62828" : palette.text
        Layout.preferredWidth: 80
    }
}
