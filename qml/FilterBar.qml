import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Filters of the Prospects page: stage and tier chips with their counts for the current query,
// score range, tag, email, sync state and archive, plus "More filters" (imports, sources,
// countries, companies) shown as removable chips. Writes straight into ProspectsModel.filters.
ColumnLayout {
    id: bar
    spacing: 6

    readonly property var f: ProspectsModel.filters
    PipelineNames { id: names }
    readonly property var stageNames: names.stageNames
    readonly property var tierNames: names.tierNames

    function toggled(list, value, on) {
        const next = (list || []).filter(v => v !== value)
        if (on)
            next.push(value)
        return next.length ? next : undefined
    }

    Flow {
        objectName: "prospects.filter.stages"
        Layout.fillWidth: true
        spacing: 4
        Repeater {
            model: ["new", "enriched", "qualified", "synced", "enrolled", "replied", "meeting", "won", "lost"]
            delegate: FilterChip {
                required property string modelData
                objectName: "prospects.filter.stage." + modelData
                label: bar.stageNames[modelData]
                // No number while the counts of a new filter are still being taken (not stale ones).
                count: ProspectsModel.countsPending ? undefined : ProspectsModel.stageCounts[modelData] || 0
                checked: (bar.f.stages || []).indexOf(modelData) >= 0
                onToggled: ProspectsModel.setFilter("stages", bar.toggled(bar.f.stages, modelData, checked))
            }
        }
        ToolSeparator {}
        Repeater {
            model: ["hot", "warm", "cold", "none"]
            delegate: FilterChip {
                required property string modelData
                objectName: "prospects.filter.tier." + modelData
                label: bar.tierNames[modelData]
                count: ProspectsModel.countsPending ? undefined : ProspectsModel.tierCounts[modelData] || 0
                checked: (bar.f.tiers || []).indexOf(modelData) >= 0
                onToggled: ProspectsModel.setFilter("tiers", bar.toggled(bar.f.tiers, modelData, checked))
            }
        }
    }

    // Wraps in a narrow window instead of pushing the page wider than the window.
    Flow {
        Layout.fillWidth: true
        spacing: 8
        RowLayout {
            spacing: 8
            Label { text: qsTr("Score") }
            SpinBox {
                objectName: "prospects.filter.minScore"
                from: 0; to: 100; editable: true
                value: bar.f.minScore === undefined ? 0 : bar.f.minScore
                Accessible.name: qsTr("Minimum score")
                onValueModified: ProspectsModel.setFilter("minScore", value > 0 ? value : undefined)
            }
            Label { text: qsTr("to") }
            SpinBox {
                objectName: "prospects.filter.maxScore"
                from: 0; to: 100; editable: true
                value: bar.f.maxScore === undefined ? 100 : bar.f.maxScore
                Accessible.name: qsTr("Maximum score")
                onValueModified: ProspectsModel.setFilter("maxScore", value < 100 ? value : undefined)
            }
        }
        TextField {
            objectName: "prospects.filter.tag"
            placeholderText: qsTr("Tag")
            Accessible.name: qsTr("Filter by tag")
            text: (bar.f.tags || []).join(", ")
            implicitWidth: 120
            onEditingFinished: {
                const tags = text.split(",").map(t => t.trim()).filter(t => t.length > 0)
                ProspectsModel.setFilter("tags", tags.length ? tags : undefined)
            }
        }
        ComboBox {
            objectName: "prospects.filter.email"
            implicitContentWidthPolicy: ComboBox.WidestText // translations are longer than English
            Accessible.name: qsTr("Email filter")
            model: [qsTr("Any email"), qsTr("Has email"), qsTr("No email")]
            currentIndex: bar.f.hasEmail === undefined ? 0 : (bar.f.hasEmail ? 1 : 2)
            onActivated: index => ProspectsModel.setFilter("hasEmail", index === 0 ? undefined : index === 1)
        }
        ComboBox {
            objectName: "prospects.filter.sync"
            implicitContentWidthPolicy: ComboBox.WidestText // translations are longer than English
            Accessible.name: qsTr("Sync state filter")
            readonly property var values: ["", "local", "queued", "synced", "error"]
            model: [qsTr("Any sync state"), qsTr("Local only"), qsTr("Sync pending"), qsTr("Synced"), qsTr("Sync error")]
            currentIndex: Math.max(0, values.indexOf((bar.f.syncStates || [""])[0]))
            onActivated: index => ProspectsModel.setFilter("syncStates", index === 0 ? undefined : [values[index]])
        }
        ComboBox {
            objectName: "prospects.filter.archived"
            implicitContentWidthPolicy: ComboBox.WidestText // translations are longer than English
            Accessible.name: qsTr("Archive filter")
            readonly property var values: ["", "only", "include"]
            model: [qsTr("Hide archived"), qsTr("Archived only"), qsTr("Include archived")]
            currentIndex: Math.max(0, values.indexOf(bar.f.archived || ""))
            onActivated: index => ProspectsModel.setFilter("archived", index === 0 ? undefined : values[index])
        }
        MoreFilters { id: moreFilters }
        Button {
            objectName: "prospects.filter.reset"
            text: qsTr("Clear filters")
            flat: true
            enabled: Object.keys(bar.f).length > 0
            Accessible.name: text
            onClicked: ProspectsModel.resetFilters()
        }
    }

    // The filters picked under "More filters", each removable on its own.
    Flow {
        objectName: "prospects.filter.active"
        Layout.fillWidth: true
        spacing: 4
        visible: moreFilters.activeCount > 0
        Repeater {
            model: {
                const chips = []
                for (const id of (bar.f.imports || []))
                    chips.push({ key: "imports", value: id,
                                 text: qsTr("Import: %1").arg(moreFilters.importLabels[String(id)] || qsTr("#%1").arg(id)) })
                for (const source of (bar.f.sources || []))
                    chips.push({ key: "sources", value: source, text: qsTr("Source: %1").arg(source) })
                for (const country of (bar.f.countries || []))
                    chips.push({ key: "countries", value: country, text: qsTr("Country: %1").arg(country) })
                if (bar.f.company)
                    chips.push({ key: "company", value: bar.f.company, text: qsTr("Company: %1").arg(bar.f.company) })
                return chips
            }
            delegate: Button {
                required property var modelData
                required property int index
                objectName: "prospects.filter.active." + index
                text: qsTr("%1  ✕").arg(modelData.text)
                flat: true
                highlighted: true
                padding: 6
                implicitHeight: 28
                contentItem: Label {
                    text: parent.text
                    textFormat: Text.PlainText
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                Accessible.name: qsTr("Remove filter %1").arg(modelData.text)
                onClicked: {
                    if (modelData.key === "company") {
                        ProspectsModel.setFilter("company", undefined)
                        return
                    }
                    const next = (bar.f[modelData.key] || []).filter(v => String(v) !== String(modelData.value))
                    ProspectsModel.setFilter(modelData.key, next.length ? next : undefined)
                }
            }
        }
    }
}
