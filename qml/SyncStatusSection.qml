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
    readonly property var e: ProspectDetail.enrichment
    readonly property var fieldNames: ({
        "email": qsTr("E-mail"), "phone": qsTr("Phone"), "linkedin": qsTr("LinkedIn"), "name": qsTr("Name"),
        "title": qsTr("Title"), "company": qsTr("Company"), "firmographics": qsTr("Company data") })
    readonly property var qualityNames: ({
        "missing": qsTr("missing"), "invalid": qsTr("invalid"), "present": qsTr("present"),
        "valid": qsTr("valid"), "verified": qsTr("verified") })

    function enrichmentText() {
        switch (e.state) {
        case "enriched":
            return e.source === "cache" ? qsTr("enriched on %1 (from the cache)").arg(Qt.formatDate(e.enrichedAt, Locale.ShortFormat))
                                        : qsTr("enriched on %1 by Explorium").arg(Qt.formatDate(e.enrichedAt, Locale.ShortFormat))
        case "no_match": return qsTr("Explorium has nothing on this prospect")
        case "queued": return qsTr("waiting to be enriched")
        case "in_progress": return qsTr("being enriched")
        case "failed": return qsTr("failed: %1").arg(e.failure)
        }
        return ""
    }

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
        ColumnLayout {
            spacing: 0
            Label {
                objectName: "detail.quality"
                text: section.f.qualityScore >= 0 ? qsTr("%1 / 100").arg(section.f.qualityScore) : qsTr("Not enriched yet")
            }
            // What the score is made of.
            Repeater {
                model: section.e.components || []
                delegate: Label {
                    required property var modelData
                    text: qsTr("%1: %2 (%3 of %4)").arg(section.fieldNames[modelData.field] || modelData.field)
                          .arg(section.qualityNames[modelData.quality] || modelData.quality)
                          .arg(modelData.points).arg(modelData.max)
                    textFormat: Text.PlainText
                    font.pixelSize: 12
                    opacity: 0.8
                }
            }
        }
        Label { text: qsTr("Enrichment"); opacity: 0.7; visible: enrichState.text.length > 0 }
        Label {
            id: enrichState
            objectName: "detail.enrichState"
            visible: text.length > 0
            text: section.enrichmentText()
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Filled in"); opacity: 0.7; visible: (section.e.filled || []).length > 0 }
        Label {
            visible: (section.e.filled || []).length > 0
            text: (section.e.filled || []).map(n => section.fieldNames[n] || n).join(", ")
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            model: (section.e.details || []).length * 2
            delegate: Label {
                required property int index
                readonly property var entry: section.e.details[Math.floor(index / 2)]
                text: index % 2 === 0 ? entry.name : entry.value
                textFormat: Text.PlainText
                opacity: index % 2 === 0 ? 0.7 : 1
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: index % 2 === 1
            }
        }
        Label { text: qsTr("Company domain"); opacity: 0.7 }
        Label { text: section.f.companyDomain || "—"; textFormat: Text.PlainText }

        Label { text: qsTr("HubSpot"); opacity: 0.7 }
        ColumnLayout {
            spacing: 0
            Label {
                objectName: "detail.hubspot"
                text: ProspectDetail.hubspotUrl.length > 0 ? qsTr("Open record %1").arg(section.f.hubspotId)
                      : section.f.hubspotId ? qsTr("Record %1").arg(section.f.hubspotId) : qsTr("Not in HubSpot yet")
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
