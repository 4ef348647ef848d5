import QtQuick

// The words stages and tiers are shown with, in one place for the table, the detail pane, the
// filters and the dashboard. The database keeps the keys ("new", "hot"); people read these.
QtObject {
    readonly property var stageKeys: ["new", "enriched", "qualified", "synced", "enrolled", "replied", "meeting",
                                      "won", "lost"]
    readonly property var stageNames: ({
        "new": qsTr("New"), "enriched": qsTr("Enriched"), "qualified": qsTr("Qualified"), "synced": qsTr("Synced"),
        "enrolled": qsTr("Enrolled"), "replied": qsTr("Replied"), "meeting": qsTr("Meeting"), "won": qsTr("Won"),
        "lost": qsTr("Lost") })
    readonly property var tierNames: ({ "hot": qsTr("Hot"), "warm": qsTr("Warm"), "cold": qsTr("Cold"),
                                        "none": qsTr("Unscored") })

    // An unknown key (a stage from a newer version) is shown as it is rather than as nothing,
    // and always as text: a table cell being reused for another column may still hold that
    // column's value (the sync column's map) for a moment.
    function stage(key) {
        return stageNames[key] || (key ? String(key) : "")
    }
    function tier(key) {
        return tierNames[key || "none"] || String(key)
    }
}
