import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// One service in the Sync activity panel: what it does now, the outbox counts, this session's
// progress, its rate-limit quota and (Explorium) credits, and the way out of a pause.
GroupBox {
    id: card
    required property string serviceKey
    required property string name
    required property int queued
    required property int inFlight
    required property int checking
    required property int done
    required property int failed
    required property real progress
    required property bool busy
    required property int currentBatch
    required property int rateLimitQueued
    required property var rateLimitedUntil
    required property var nextAttemptAt
    required property string circuit
    required property var circuitRetryAt
    required property bool paused
    required property bool needsToken
    required property string pauseKind
    required property string pauseReason
    required property int windowLimit
    required property int windowRemaining
    required property int dailyLimit
    required property int dailyRemaining
    required property real creditsUsed
    required property real creditsLeft
    signal navigate(string page)

    SyncStatusNames { id: names }
    objectName: "activity." + serviceKey
    title: name
    Layout.fillWidth: true

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            BusyIndicator { running: card.busy; visible: running; implicitWidth: 22; implicitHeight: 22 }
            Label {
                objectName: "activity." + card.serviceKey + ".state"
                text: names.activity(card)
                textFormat: Text.PlainText
                font.bold: card.paused || card.circuit === "open"
                color: card.paused || card.circuit === "open" ? "#b26a00" : palette.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Label {
            // "No token stored" already says it all; a refusal carries the service's reason.
            visible: card.paused && card.pauseKind !== "no_token" && card.pauseReason.length > 0
            text: card.pauseReason
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            opacity: 0.8
            Layout.fillWidth: true
        }
        Label {
            objectName: "activity." + card.serviceKey + ".counts"
            text: qsTr("Queued %1 · Sending %2 · Checking %3 · Done %4 · Failed %5")
                  .arg(card.queued).arg(card.inFlight).arg(card.checking).arg(card.done).arg(card.failed)
            font.pixelSize: 12
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ProgressBar {
            objectName: "activity." + card.serviceKey + ".progress"
            visible: card.progress >= 0
            value: Math.max(0, card.progress)
            Layout.fillWidth: true
            Accessible.name: qsTr("%1 progress").arg(card.name)
        }
        Label {
            visible: card.windowLimit > 0
            text: qsTr("Rate limit: %1 of %2 requests left in this window").arg(card.windowRemaining).arg(card.windowLimit)
            font.pixelSize: 12
            opacity: 0.8
        }
        Label {
            visible: card.dailyLimit > 0
            text: qsTr("Today: %L1 of %L2 requests left").arg(card.dailyRemaining).arg(card.dailyLimit)
            font.pixelSize: 12
            opacity: 0.8
        }
        Label {
            visible: card.serviceKey === "explorium" && card.creditsUsed >= 0
            text: card.creditsLeft >= 0 ? qsTr("Credits: %L1 used in 30 days, %L2 left in the budget").arg(card.creditsUsed).arg(card.creditsLeft)
                                        : qsTr("Credits: %L1 used in 30 days, no budget set").arg(card.creditsUsed)
            font.pixelSize: 12
            opacity: 0.8
        }
        RowLayout {
            visible: card.paused || card.failed > 0
            Button {
                objectName: "activity." + card.serviceKey + ".settings"
                visible: card.needsToken
                text: qsTr("Open Settings")
                onClicked: card.navigate("settings")
            }
            Button {
                objectName: "activity." + card.serviceKey + ".resume"
                visible: card.paused && card.pauseKind !== "no_token"
                text: qsTr("Resume")
                onClicked: SyncActivity.resume(card.serviceKey)
            }
            Button {
                objectName: "activity." + card.serviceKey + ".problems"
                visible: card.failed > 0
                text: qsTr("Show problems")
                onClicked: card.navigate("problems")
            }
        }
    }
}
