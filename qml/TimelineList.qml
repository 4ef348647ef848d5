import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// The prospect's activity timeline, newest first.
ColumnLayout {
    id: timeline
    spacing: 4
    readonly property var kindNames: ({
        "imported": qsTr("Imported"), "edited": qsTr("Edited"), "enriched": qsTr("Enriched"),
        "synced": qsTr("Synced"), "enrolled": qsTr("Enrolled"), "replied": qsTr("Replied"),
        "note": qsTr("Note"), "bulk": qsTr("Bulk change"), "reply": qsTr("Reply"),
        "hubspot_synced": qsTr("Synced to HubSpot"), "hubspot_conflict": qsTr("Changed in HubSpot"),
        "hubspot_updated": qsTr("Updated from HubSpot"), "hubspot_company": qsTr("Company in HubSpot"),
        "hubspot_associated": qsTr("Associated in HubSpot") })

    Label {
        visible: ProspectDetail.timeline.length === 0
        text: qsTr("Nothing happened yet.")
        opacity: 0.6
    }
    Repeater {
        model: ProspectDetail.timeline
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: 8
            Rectangle { width: 8; height: 8; radius: 4; color: palette.highlight; Layout.alignment: Qt.AlignTop; Layout.topMargin: 5 }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    text: timeline.kindNames[modelData.kind] || modelData.kind
                    textFormat: Text.PlainText
                    font.bold: true
                }
                Label {
                    text: modelData.summary
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    visible: text.length > 0
                }
                Label {
                    // A reply's own words; remote text, so plain text only.
                    text: modelData.detail || ""
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    maximumLineCount: 8
                    elide: Text.ElideRight
                    opacity: 0.85
                    Layout.fillWidth: true
                    visible: text.length > 0
                }
                Label {
                    text: Qt.formatDateTime(modelData.when, Locale.ShortFormat)
                    opacity: 0.6
                    font.pixelSize: 11
                }
            }
        }
    }
}
