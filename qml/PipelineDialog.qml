import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Confirmation of Enrich / Sync to HubSpot / Enroll in lemlist: how many prospects will be
// queued and how many are skipped and why, the campaign for lemlist, then the queueing progress.
// Follows PipelineActions' phase; Cancel stops a check or a queueing at its next chunk.
Dialog {
    id: dialog
    objectName: "pipeline.dialog"
    modal: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 48 : 520)

    readonly property string action: PipelineActions.action
    readonly property string phase: PipelineActions.phase
    readonly property var p: PipelineActions.preview
    readonly property int toQueue: p.toQueue || 0
    readonly property bool lemlist: action === "lemlist"
    readonly property bool canConfirm: phase === "confirming" && toQueue > 0
                                       && (!lemlist || PipelineActions.campaignId.length > 0)

    title: action === "hubspot" ? qsTr("Sync to HubSpot")
         : action === "lemlist" ? qsTr("Enroll in lemlist")
         : qsTr("Enrich with Explorium")

    Connections {
        target: PipelineActions
        function onPhaseChanged() {
            if (PipelineActions.phase === "idle")
                dialog.close()
            else if (!dialog.opened)
                dialog.open()
        }
    }
    onRejected: PipelineActions.cancel()

    // One line per reason, shown only when it applies.
    function reasons() {
        const r = []
        if (p.noEmail) r.push(qsTr("%n without an e-mail address", "", p.noEmail))
        if (p.doNotContact) r.push(qsTr("%n unsubscribed, bounced or marked do not contact", "", p.doNotContact))
        if (p.suppressed) r.push(qsTr("%n on the suppression list (opted out)", "", p.suppressed))
        if (lemlist) {
            if (p.alreadyDone) r.push(qsTr("%n already enrolled in this campaign", "", p.alreadyDone))
            if (p.alreadyPending) r.push(qsTr("%n already waiting to be enrolled", "", p.alreadyPending))
            if (p.previouslyFailed) r.push(qsTr("%n failed before — retry them from Problems", "", p.previouslyFailed))
        }
        if (action === "enrich") {
            if (p.alreadyDone) r.push(qsTr("%n already enriched in the last 30 days", "", p.alreadyDone))
            if (p.alreadyPending) r.push(qsTr("%n already waiting, or failed before (see Problems)", "", p.alreadyPending))
            const other = p.otherReasons || []
            for (let i = 0; i < other.length; ++i)
                r.push(qsTr("%1: %2").arg(other[i].count).arg(other[i].reason))
        }
        if (p.notFound) r.push(qsTr("%n no longer exist", "", p.notFound))
        return r
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        RowLayout {
            visible: dialog.lemlist
            Layout.fillWidth: true
            Label { text: qsTr("Campaign") }
            ComboBox {
                id: campaignBox
                objectName: "pipeline.campaign"
                Layout.fillWidth: true
                model: PipelineActions.campaigns
                textRole: "name"
                valueRole: "id"
                enabled: dialog.phase !== "queueing" && PipelineActions.campaigns.length > 0
                Accessible.name: qsTr("lemlist campaign")
                currentIndex: indexOfValue(PipelineActions.campaignId)
                onActivated: PipelineActions.campaignId = currentValue
            }
            BusyIndicator {
                running: PipelineActions.campaignsLoading
                visible: running
                implicitWidth: 28
                implicitHeight: 28
            }
            Button {
                objectName: "pipeline.reloadCampaigns"
                text: qsTr("Reload")
                visible: PipelineActions.campaignsError.length > 0
                onClicked: PipelineActions.loadCampaigns()
            }
        }
        Label {
            objectName: "pipeline.campaignsError"
            visible: dialog.lemlist && PipelineActions.campaignsError.length > 0
            text: qsTr("The campaigns could not be listed: %1").arg(PipelineActions.campaignsError)
            textFormat: Text.PlainText
            color: "#c62828"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        Label {
            objectName: "pipeline.status"
            visible: dialog.phase === "previewing" || dialog.phase === "queueing"
            text: dialog.phase === "previewing" ? qsTr("Checking the prospects…") : qsTr("Queueing…")
        }
        ProgressBar {
            objectName: "pipeline.progress"
            visible: dialog.phase === "previewing" || dialog.phase === "queueing"
            indeterminate: PipelineActions.progress < 0
            value: Math.max(0, PipelineActions.progress)
            Layout.fillWidth: true
            Accessible.name: qsTr("Progress")
        }

        Label {
            objectName: "pipeline.summary"
            visible: dialog.phase === "confirming"
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            text: dialog.toQueue === 0 ? qsTr("Nothing to queue.")
                : dialog.action === "hubspot" ? qsTr("%n prospect(s) will be synced to HubSpot.", "", dialog.toQueue)
                : dialog.action === "lemlist" ? qsTr("%n prospect(s) will be enrolled.", "", dialog.toQueue)
                : qsTr("%n prospect(s) will be enriched.", "", dialog.toQueue)
        }
        Label {
            objectName: "pipeline.updates"
            visible: dialog.phase === "confirming" && dialog.action === "hubspot" && (p.alreadyDone || 0) + (p.alreadyPending || 0) > 0
            text: qsTr("%n of them are already in HubSpot or on their way and get the newest data.", "",
                       (p.alreadyDone || 0) + (p.alreadyPending || 0))
            wrapMode: Text.WordWrap
            opacity: 0.8
            Layout.fillWidth: true
        }
        Label {
            objectName: "pipeline.credits"
            visible: dialog.phase === "confirming" && dialog.action === "enrich" && p.creditsLeft !== undefined
            text: qsTr("Credits left in the budget: %L1. Results already cached cost nothing.").arg(p.creditsLeft || 0)
            wrapMode: Text.WordWrap
            opacity: 0.8
            Layout.fillWidth: true
        }
        Label {
            objectName: "pipeline.skipped"
            visible: dialog.phase === "confirming" && (p.skipped || 0) > 0
            text: qsTr("%n skipped:", "", p.skipped || 0)
        }
        Repeater {
            model: dialog.phase === "confirming" ? dialog.reasons() : []
            delegate: Label {
                required property string modelData
                text: "• " + modelData
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.leftMargin: 12
            }
        }
        Label {
            objectName: "pipeline.error"
            visible: PipelineActions.error.length > 0
            text: PipelineActions.error
            textFormat: Text.PlainText
            color: "#c62828"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "pipeline.confirm"
            text: dialog.toQueue > 0 ? qsTr("Queue %n", "", dialog.toQueue) : qsTr("Queue")
            enabled: dialog.canConfirm
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: PipelineActions.confirm()
        }
        Button {
            objectName: "pipeline.cancel"
            text: dialog.phase === "queueing" ? qsTr("Stop") : qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: PipelineActions.cancel()
        }
    }
}
