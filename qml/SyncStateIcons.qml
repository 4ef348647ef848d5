import QtQuick
import QtQuick.Controls
import Prospector

// The prospects table's sync column: one small badge per service with something to say —
// filled when done (enriched, in HubSpot, enrolled), hollow while waiting, red when it failed.
// Each badge has an accessible name and a tooltip in words.
Row {
    id: icons
    property var summary: ({})
    spacing: 4

    readonly property var services: [
        { key: "explorium", letter: "E" },
        { key: "hubspot", letter: "H" },
        { key: "lemlist", letter: "L" }
    ]

    function describe(key, state) {
        if (key === "explorium")
            return state === "enriched" ? qsTr("Enriched") : state === "queued" ? qsTr("Waiting for enrichment")
                                                                                : qsTr("Enrichment failed")
        if (key === "hubspot")
            return state === "synced" ? qsTr("In HubSpot") : state === "queued" ? qsTr("Waiting to sync to HubSpot")
                                                                              : qsTr("HubSpot sync failed")
        return state === "enrolled" ? qsTr("Enrolled in lemlist") : state === "queued" ? qsTr("Waiting to enroll in lemlist")
                                                                                     : qsTr("lemlist enrollment failed")
    }

    Repeater {
        model: icons.services
        delegate: Rectangle {
            id: badge
            required property var modelData
            readonly property string state: (icons.summary && icons.summary[modelData.key]) || ""
            readonly property bool failed: state === "failed"
            readonly property bool waiting: state === "queued"
            objectName: "syncIcon." + modelData.key
            visible: state.length > 0
            width: 20
            height: 20
            radius: 10
            color: failed ? "#c62828" : waiting ? "transparent" : "#2e7d32"
            border.width: waiting ? 1 : 0
            border.color: palette.mid
            Accessible.role: Accessible.StaticText
            Accessible.name: icons.describe(modelData.key, state)
            Label {
                anchors.centerIn: parent
                text: badge.failed ? "!" : badge.modelData.letter
                color: badge.waiting ? palette.text : "white"
                font.pixelSize: 11
                font.bold: true
            }
            HoverHandler { id: hover }
            ToolTip.visible: hover.hovered
            ToolTip.delay: 400
            ToolTip.text: badge.failed && icons.summary.error ? badge.Accessible.name + " — " + icons.summary.error
                                                             : badge.Accessible.name
        }
    }
}
