import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// The detail pane's "Enrichment and sync": data quality, the HubSpot record (a link), lemlist
// lead and campaigns, what is still waiting, and the last error, from ProspectDetail.
GroupBox {
    id: section
    title: qsTr("Enrichment and sync")

    readonly property var f: ProspectDetail.fields
    readonly property var ops: ProspectDetail.operations

    SyncStatusNames { id: names }

    // The newest operation of a service ("" when there is none).
    function latest(service) {
        for (let i = 0; i < ops.length; ++i)
            if (ops[i].service === service)
                return ops[i]
        return null
    }
    function stateText(op) {
        if (!op)
            return ""
        switch (op.state) {
        case "queued": return qsTr("waiting to be sent")
        case "in_flight": return qsTr("being sent")
        case "unknown": return qsTr("being checked with the service")
        case "dead": return qsTr("failed: %1").arg(names.failure(op.failureKind, 0))
        }
        return ""
    }
    readonly property var lastFailure: {
        for (let i = 0; i < ops.length; ++i)
            if (ops[i].state === "dead")
                return ops[i]
        return null
    }
    readonly property var enrollments: ops.filter(op => op.service === "lemlist" && op.campaignId)

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12

        Label { text: qsTr("Data quality"); opacity: 0.7 }
        Label {
            objectName: "detail.quality"
            text: section.f.qualityScore >= 0 ? qsTr("%1 / 100").arg(section.f.qualityScore) : qsTr("Not enriched yet")
        }
        Label { text: qsTr("Enrichment"); opacity: 0.7; visible: enrichState.text.length > 0 }
        Label {
            id: enrichState
            objectName: "detail.enrichState"
            visible: text.length > 0
            text: section.stateText(section.latest("explorium"))
        }
        Label { text: qsTr("Company domain"); opacity: 0.7 }
        Label { text: section.f.companyDomain || "—"; textFormat: Text.PlainText }

        Label { text: qsTr("HubSpot"); opacity: 0.7 }
        ColumnLayout {
            spacing: 0
            Label {
                objectName: "detail.hubspot"
                text: ProspectDetail.hubspotUrl.length > 0 ? qsTr("Open record %1").arg(section.f.hubspotId) : qsTr("Not in HubSpot yet")
                textFormat: Text.PlainText
                color: ProspectDetail.hubspotUrl.length > 0 ? palette.link : palette.text
                font.underline: ProspectDetail.hubspotUrl.length > 0
                Accessible.role: ProspectDetail.hubspotUrl.length > 0 ? Accessible.Link : Accessible.StaticText
                Accessible.name: text
                TapHandler { enabled: ProspectDetail.hubspotUrl.length > 0; onTapped: Qt.openUrlExternally(ProspectDetail.hubspotUrl) }
            }
            Label {
                objectName: "detail.hubspotState"
                visible: text.length > 0
                text: section.stateText(section.latest("hubspot"))
                opacity: 0.8
                font.pixelSize: 12
            }
        }

        Label { text: qsTr("lemlist lead"); opacity: 0.7 }
        Label { objectName: "detail.lemlistLead"; text: section.f.lemlistLeadId || qsTr("Not enrolled"); textFormat: Text.PlainText }
        Label { text: qsTr("Campaigns"); opacity: 0.7; visible: section.enrollments.length > 0 }
        ColumnLayout {
            visible: section.enrollments.length > 0
            spacing: 0
            Repeater {
                model: section.enrollments
                delegate: Label {
                    required property var modelData
                    text: modelData.state === "done" ? qsTr("%1: enrolled").arg(modelData.campaignId)
                                                     : qsTr("%1: %2").arg(modelData.campaignId).arg(section.stateText(modelData))
                    textFormat: Text.PlainText
                }
            }
        }

        Label { text: qsTr("Sync state"); opacity: 0.7 }
        Label { objectName: "detail.syncState"; text: section.f.syncState || ""; textFormat: Text.PlainText }
        Label { text: qsTr("Last error"); opacity: 0.7; visible: !!section.lastFailure }
        Label {
            objectName: "detail.lastError"
            visible: !!section.lastFailure
            text: section.lastFailure ? section.lastFailure.lastError : ""
            textFormat: Text.PlainText
            color: "#c62828"
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        Label { text: qsTr("Flags"); opacity: 0.7 }
        Label {
            textFormat: Text.PlainText
            text: [section.f.archived ? qsTr("archived") : "", section.f.unsubscribed ? qsTr("unsubscribed") : "",
                   section.f.bounced ? qsTr("bounced") : "", section.f.doNotContact ? qsTr("do not contact") : ""]
                  .filter(s => s.length).join(", ") || "—"
        }
        Label { text: qsTr("Tags"); opacity: 0.7 }
        Label { objectName: "detail.tags"; text: ProspectDetail.tags.join(", ") || "—"; textFormat: Text.PlainText; wrapMode: Text.WordWrap; Layout.fillWidth: true }
    }
}
