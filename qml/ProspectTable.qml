import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// The prospects grid: a TableView over ProspectsModel (rows load page by page as they scroll
// into view; unloaded rows show a placeholder bar), a clickable sorting header and row selection.
Item {
    id: root
    property alias tableView: table
    PipelineNames { id: names }
    signal rowActivated(int row)

    function ensureVisible(row) {
        if (row >= 0 && row < table.rows)
            table.positionViewAtRow(row, TableView.Contain)
    }

    HorizontalHeaderView {
        id: header
        objectName: "prospects.header"
        syncView: table
        clip: true
        anchors { left: parent.left; right: parent.right; top: parent.top }
        delegate: Rectangle {
            id: headerCell
            required property int column
            required property var display
            readonly property string key: ProspectsModel.columnKey(column)
            readonly property bool sorted: ProspectsModel.sortKey === key
            objectName: "prospects.header." + key
            implicitHeight: 30
            implicitWidth: headerLabel.implicitWidth + 16
            color: hover.hovered ? Qt.darker(palette.window, 1.1) : Qt.darker(palette.window, 1.04)
            Accessible.role: Accessible.ColumnHeader
            Accessible.name: qsTr("Sort by %1").arg(display)
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: palette.mid }
            Label {
                id: headerLabel
                anchors { fill: parent; leftMargin: 8; rightMargin: 8 }
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                font.bold: true
                textFormat: Text.PlainText
                text: headerCell.display + (headerCell.sorted ? (ProspectsModel.sortDescending ? "  ▼" : "  ▲") : "")
            }
            HoverHandler { id: hover }
            TapHandler { onTapped: ProspectsModel.toggleSort(headerCell.column) }
        }
    }

    TableView {
        id: table
        objectName: "prospects.table"
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        clip: true
        model: ProspectsModel
        boundsBehavior: Flickable.StopAtBounds
        reuseItems: true
        columnWidthProvider: column => {
            const base = ProspectsModel.columnWidth(column)
            // The last column takes what is left so the grid always fills the width.
            if (column === columns - 1) {
                let used = 0
                for (let c = 0; c < columns - 1; ++c)
                    used += ProspectsModel.columnWidth(c)
                // Leave room for the always-on vertical scroll bar.
                return Math.max(base, width - used - 14)
            }
            return base
        }
        rowHeightProvider: () => 32
        onWidthChanged: forceLayout()
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn; minimumSize: 0.04 }
        ScrollBar.horizontal: ScrollBar {}
        Accessible.role: Accessible.Table
        Accessible.name: qsTr("Prospects")

        delegate: Rectangle {
            id: cell
            required property int row
            required property int column
            required property var display
            required property bool loaded
            required property bool selected
            required property bool current
            required property string columnKey
            implicitHeight: 32
            color: selected ? Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, 0.35)
                 : (row % 2 ? Qt.darker(palette.base, 1.03) : palette.base)
            Rectangle {
                visible: cell.current
                anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                height: 2
                color: palette.highlight
            }
            Rectangle { // placeholder while the page is on its way
                visible: !cell.loaded
                anchors { left: parent.left; leftMargin: 8; verticalCenter: parent.verticalCenter }
                width: parent.width * 0.6; height: 10; radius: 5
                color: palette.mid; opacity: 0.35
            }
            SyncStateIcons {
                visible: cell.loaded && cell.columnKey === "sync_state"
                anchors { left: parent.left; leftMargin: 8; verticalCenter: parent.verticalCenter }
                summary: cell.columnKey === "sync_state" ? cell.display : ({})
            }
            Label {
                objectName: "prospects.cell.text"
                visible: cell.loaded && cell.columnKey !== "sync_state"
                anchors { fill: parent; leftMargin: 8; rightMargin: 8 }
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: cell.columnKey === "score" ? Text.AlignRight : Text.AlignLeft
                elide: Text.ElideRight
                textFormat: Text.PlainText
                font.bold: cell.columnKey === "name"
                color: cell.columnKey === "tier" ? tierColor(cell.display) : palette.text
                text: formatCell(cell.columnKey, cell.display)
            }
            TapHandler {
                acceptedModifiers: Qt.KeyboardModifierMask
                onTapped: (eventPoint, button) => {
                    table.forceActiveFocus()
                    if (tapCount >= 2) {
                        root.rowActivated(cell.row)
                        return
                    }
                    ProspectsModel.clickRow(cell.row, point.modifiers)
                }
            }
        }
    }

    function tierColor(tier) {
        if (tier === "hot") return "#d84315"
        if (tier === "warm") return "#ef8f00"
        if (tier === "cold") return "#1e88e5"
        return palette.text
    }

    function formatCell(key, value) {
        if (value === undefined || value === null || key === "sync_state")
            return ""
        if (key === "updated")
            return Qt.formatDateTime(new Date(value), Locale.ShortFormat)
        if (key === "stage")
            return names.stage(value)
        if (key === "tier")
            return value ? names.tier(value) : ""
        return String(value)
    }
}
