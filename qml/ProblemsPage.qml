import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// The dead letters: external work that failed for good, with the reason and what the rep can
// do — Retry, Edit and retry (correct the fields that were refused), Discard (confirmed). A
// service paused for its token says so on top, with the way to Settings › Services.
Page {
    id: page
    objectName: "page.problems"
    signal navigate(string name)
    title: qsTr("Problems")
    padding: 24

    SyncStatusNames { id: names }

    Connections {
        target: Problems
        function onFinished(ok, message) { if (page.visible) toast.show(message, false, !ok) }
    }
    onVisibleChanged: if (visible) Problems.reload()

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        PageHeader {
            title: qsTr("Problems")
            subtitle: Problems.count > 0 ? qsTr("%n operation(s) could not be completed", "", Problems.count)
                                         : ""
            Layout.fillWidth: true
            BusyIndicator { running: Problems.busy; visible: running; implicitWidth: 28; implicitHeight: 28 }
            Button {
                objectName: "problems.retryAll"
                text: qsTr("Retry all")
                visible: Problems.count > 0
                enabled: !Problems.busy
                onClicked: Problems.retryAll()
            }
        }

        // Services paused for their token (or by the rep's pause).
        Repeater {
            model: SyncActivity
            delegate: Pane {
                id: banner
                required property string serviceKey
                required property string name
                required property bool paused
                required property string pauseKind
                required property string pauseReason
                objectName: "problems.paused." + serviceKey
                visible: paused
                Layout.fillWidth: true
                padding: 12
                background: Rectangle { color: "#fff3e0"; border.color: "#ffb74d"; radius: 6 }
                RowLayout {
                    anchors.fill: parent
                    spacing: 12
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            objectName: "problems.paused." + banner.serviceKey + ".title"
                            text: banner.pauseKind === "refused" ? qsTr("%1 needs a new token").arg(banner.name)
                                : banner.pauseKind === "no_token" ? qsTr("%1 needs a token").arg(banner.name)
                                : qsTr("%1 is paused").arg(banner.name)
                            font.bold: true
                            color: "#5d4037"
                        }
                        Label {
                            text: banner.pauseKind === "no_token"
                                  ? qsTr("Nothing is sent to %1 until you add its token. Work waits in the queue.").arg(banner.name)
                                  : banner.pauseKind === "refused"
                                  ? qsTr("%1 Nothing is sent until you save a new token; then it resumes by itself.").arg(banner.pauseReason)
                                  : qsTr("%1 Work waits in the queue; it is tried again from time to time, or now with Resume.").arg(banner.pauseReason)
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            color: "#5d4037"
                            Layout.fillWidth: true
                        }
                    }
                    Button {
                        objectName: "problems.paused." + banner.serviceKey + ".settings"
                        visible: banner.pauseKind === "no_token" || banner.pauseKind === "refused"
                        text: qsTr("Open Settings › Services")
                        onClicked: page.navigate("settings")
                    }
                    Button {
                        objectName: "problems.paused." + banner.serviceKey + ".resume"
                        visible: banner.pauseKind !== "no_token"
                        text: qsTr("Resume")
                        onClicked: SyncActivity.resume(banner.serviceKey)
                    }
                }
            }
        }

        Label {
            visible: Problems.lastError.length > 0
            text: Problems.lastError
            textFormat: Text.PlainText
            color: "#c62828"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        EmptyState {
            objectName: "problems.empty"
            visible: Problems.count === 0
            Layout.alignment: Qt.AlignCenter
            Layout.fillHeight: true
            title: qsTr("No problems")
            message: qsTr("Everything sent to HubSpot, lemlist and Explorium so far went through, or is still on its way.")
        }

        ListView {
            id: list
            objectName: "problems.list"
            visible: Problems.count > 0
            model: Problems
            clip: true
            spacing: 8
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}
            delegate: Pane {
                id: card
                required property int index
                required property var operationId
                required property string service
                required property string serviceName
                required property string kind
                required property string failureKind
                required property string detail
                required property int attempts
                required property var failedAt
                required property var prospectId
                required property string prospectName
                required property string email
                required property string campaign
                required property bool canRetry
                required property bool canEdit
                required property var fields
                objectName: "problems.item." + index
                width: ListView.view.width - 12
                padding: 12
                background: Rectangle { color: palette.base; border.color: palette.mid; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: names.operation(card.service, card.kind, card.campaign)
                            textFormat: Text.PlainText
                            font.bold: true
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                        Label {
                            text: card.failedAt ? Qt.formatDateTime(card.failedAt, Locale.ShortFormat) : ""
                            opacity: 0.7
                            font.pixelSize: 12
                        }
                    }
                    Label {
                        text: [card.prospectName, card.email].filter(s => s && s.length).join(" · ")
                              || qsTr("(prospect deleted)")
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "problems.item." + card.index + ".reason"
                        text: names.failure(card.failureKind, card.attempts)
                        textFormat: Text.PlainText
                        color: "#c62828"
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: card.detail.length > 0
                        text: card.detail
                        textFormat: Text.PlainText
                        font.pixelSize: 12
                        opacity: 0.75
                        wrapMode: Text.WrapAnywhere
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Button {
                            objectName: "problems.item." + card.index + ".retry"
                            text: qsTr("Retry")
                            visible: card.canRetry
                            enabled: !Problems.busy
                            onClicked: Problems.retry(card.operationId)
                        }
                        Button {
                            objectName: "problems.item." + card.index + ".edit"
                            text: qsTr("Edit and retry…")
                            visible: card.canEdit
                            enabled: !Problems.busy
                            onClicked: editDialog.openFor(card.operationId, card.fields)
                        }
                        Button {
                            objectName: "problems.item." + card.index + ".discard"
                            text: qsTr("Discard…")
                            enabled: !Problems.busy
                            onClicked: {
                                discardDialog.operationId = card.operationId
                                discardDialog.open()
                            }
                        }
                    }
                }
            }
        }
    }

    DeadLetterEditDialog {
        id: editDialog
        parent: Overlay.overlay
    }

    Dialog {
        id: discardDialog
        objectName: "problems.confirmDiscard"
        property var operationId: 0
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(420, parent ? parent.width - 48 : 420)
        title: qsTr("Discard this operation?")
        standardButtons: Dialog.Cancel | Dialog.Discard
        Label {
            text: qsTr("It will not be sent. You can queue it again later from the Prospects page.")
            wrapMode: Text.WordWrap
            width: discardDialog.availableWidth
        }
        onDiscarded: {
            Problems.discard(operationId)
            close()
        }
    }

    Toast {
        id: toast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 8
    }
}
