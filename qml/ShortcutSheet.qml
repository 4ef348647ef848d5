import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The "?" sheet: every keyboard shortcut of the Prospects page.
Dialog {
    id: sheet
    objectName: "shortcutSheet"
    title: qsTr("Keyboard shortcuts")
    modal: true
    standardButtons: Dialog.Close
    anchors.centerIn: parent

    readonly property var entries: [
        ["/", qsTr("Focus the search field")],
        ["J / ↓", qsTr("Next prospect")],
        ["K / ↑", qsTr("Previous prospect")],
        ["Shift+↓ / Shift+↑", qsTr("Extend the selection")],
        ["Enter", qsTr("Open the detail pane")],
        ["Esc", qsTr("Close the detail pane or leave the search field")],
        ["Ctrl+A", qsTr("Select every prospect in the view")],
        ["Ctrl+Z", qsTr("Undo the last action or edit")],
        ["Ctrl+1 … Ctrl+5", qsTr("Switch pages")],
        ["?", qsTr("Show this sheet")]
    ]

    GridLayout {
        columns: 2
        columnSpacing: 24
        rowSpacing: 6
        Repeater {
            model: sheet.entries.length * 2
            delegate: Label {
                required property int index
                readonly property var entry: sheet.entries[Math.floor(index / 2)]
                text: index % 2 === 0 ? entry[0] : entry[1]
                font.bold: index % 2 === 0
                font.family: index % 2 === 0 ? "monospace" : font.family
            }
        }
    }
}
