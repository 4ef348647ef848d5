import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// "More filters": pick imports, sources, countries and companies from lists with their counts,
// narrowed by typing. Imports, sources and countries combine (any of them); a company is one value.
// Writes straight into ProspectsModel.filters, like the rest of the filter bar.
Button {
    id: more
    objectName: "prospects.filter.more"

    readonly property var f: ProspectsModel.filters
    // File names of picked imports, for the chips (a saved view only stores their ids).
    property var importLabels: ({})
    readonly property int activeCount: (f.imports || []).length + (f.sources || []).length
                                       + (f.countries || []).length + (f.company ? 1 : 0)
    readonly property var fields: ["import", "source", "country", "company"]
    readonly property var filterKeys: ({ "import": "imports", "source": "sources", "country": "countries" })

    text: activeCount > 0 ? qsTr("More filters (%1)").arg(activeCount) : qsTr("More filters")
    Accessible.name: text
    onClicked: popup.opened ? popup.close() : popup.open()

    function isChosen(field, value) {
        if (field === "company")
            return (f.company || "") === value
        const list = f[filterKeys[field]] || []
        return list.map(v => String(v)).indexOf(String(value)) >= 0
    }

    function choose(field, entry, on) {
        if (field === "company") {
            ProspectsModel.setFilter("company", on ? entry.value : undefined)
            return
        }
        if (field === "import" && on) {
            const labels = Object.assign({}, importLabels)
            labels[entry.value] = entry.label
            importLabels = labels
        }
        const key = filterKeys[field]
        const raw = field === "import" ? Number(entry.value) : entry.value
        const next = (f[key] || []).filter(v => String(v) !== String(raw))
        if (on)
            next.push(raw)
        ProspectsModel.setFilter(key, next.length ? next : undefined)
    }

    function reload() {
        FilterValueSource.request(fields[tabs.currentIndex], search.text, 50)
    }

    Popup {
        id: popup
        objectName: "prospects.filter.morePopup"
        y: more.height + 4
        width: 360
        height: 420
        padding: 8
        onOpened: { search.forceActiveFocus(); more.reload() }

        ColumnLayout {
            anchors.fill: parent
            spacing: 6

            TabBar {
                id: tabs
                Layout.fillWidth: true
                onCurrentIndexChanged: { search.text = ""; more.reload() }
                TabButton { objectName: "prospects.filter.more.tab.import"; text: qsTr("Imports") }
                TabButton { objectName: "prospects.filter.more.tab.source"; text: qsTr("Sources") }
                TabButton { objectName: "prospects.filter.more.tab.country"; text: qsTr("Countries") }
                TabButton { objectName: "prospects.filter.more.tab.company"; text: qsTr("Companies") }
            }
            TextField {
                id: search
                objectName: "prospects.filter.more.search"
                Layout.fillWidth: true
                placeholderText: qsTr("Type to narrow the list")
                Accessible.name: qsTr("Search filter values")
                onTextEdited: debounce.restart()
                Keys.onDownPressed: { values.forceActiveFocus(); values.currentIndex = 0 }
                Timer { id: debounce; interval: 150; onTriggered: more.reload() }
            }
            ListView {
                id: values
                objectName: "prospects.filter.more.values"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                keyNavigationEnabled: true
                model: []
                delegate: CheckDelegate {
                    id: valueDelegate
                    required property var modelData
                    required property int index
                    objectName: "prospects.filter.more.value." + index
                    width: ListView.view.width
                    checked: more.isChosen(more.fields[tabs.currentIndex], modelData.value)
                    contentItem: RowLayout {
                        spacing: 8
                        Label {
                            text: valueDelegate.modelData.label
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: valueDelegate.modelData.when !== undefined && valueDelegate.modelData.when !== null
                            text: visible ? Qt.formatDate(valueDelegate.modelData.when, Locale.ShortFormat) : ""
                            opacity: 0.6
                        }
                        Label {
                            text: Number(valueDelegate.modelData.count).toLocaleString(Qt.locale(), "f", 0)
                            opacity: 0.6
                        }
                        Item { implicitWidth: valueDelegate.indicator.width }
                    }
                    Accessible.name: qsTr("%1, %2 prospects").arg(modelData.label).arg(modelData.count)
                    onToggled: more.choose(more.fields[tabs.currentIndex], modelData, checked)
                }
                Label {
                    anchors.centerIn: parent
                    visible: values.count === 0 && !FilterValueSource.loading
                    text: qsTr("Nothing matches")
                    opacity: 0.6
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: FilterValueSource.loading
                    visible: running
                }
            }
        }
    }

    Connections {
        target: FilterValueSource
        function onValuesReady(field, contains, list) {
            if (field === more.fields[tabs.currentIndex] && contains === search.text)
                values.model = list
        }
    }
}
