import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// The review screen: search, filters, the prospects table, bulk actions and the detail pane.
// Keyboard: / search, J/K or arrows move, Enter opens, Esc closes, Ctrl+A, Ctrl+Z, ? sheet.
Page {
    id: page
    objectName: "page.prospects"
    signal navigate(string name)
    title: qsTr("Prospects")
    padding: 16

    property bool detailOpen: false
    property alias shortcutSheet: sheet
    readonly property bool filtered: ProspectsModel.search.length > 0 || Object.keys(ProspectsModel.filters).length > 0

    // Shortcuts must not fire while the rep types in a field (or a dialog is open).
    readonly property bool typing: {
        const item = Window.activeFocusItem
        // Text inputs (TextField, TextArea, SpinBox and editable ComboBox editors) have a cursor;
        // a ComboBox uses the arrow keys itself.
        return !!item && (item.cursorPosition !== undefined || item.editText !== undefined)
    }
    readonly property bool keysEnabled: page.visible && !typing && !sheet.opened

    function openDetail() {
        if (ProspectsModel.currentRow < 0)
            ProspectsModel.moveCurrent(1)
        detailOpen = ProspectsModel.currentRow >= 0
    }
    function move(delta, extend) {
        ProspectsModel.moveCurrent(delta, extend)
        table.ensureVisible(ProspectsModel.currentRow)
    }

    Shortcut { sequence: "/"; enabled: page.visible && !page.typing; onActivated: search.focusSearch() }
    Shortcut { sequences: ["J", "Down"]; enabled: page.keysEnabled; onActivated: page.move(1, false) }
    Shortcut { sequences: ["K", "Up"]; enabled: page.keysEnabled; onActivated: page.move(-1, false) }
    Shortcut { sequence: "Shift+Down"; enabled: page.keysEnabled; onActivated: page.move(1, true) }
    Shortcut { sequence: "Shift+Up"; enabled: page.keysEnabled; onActivated: page.move(-1, true) }
    Shortcut { sequences: ["Return", "Enter"]; enabled: page.keysEnabled; onActivated: page.openDetail() }
    Shortcut { sequence: "Esc"; enabled: page.keysEnabled && page.detailOpen; onActivated: page.detailOpen = false }
    Shortcut { sequence: "Ctrl+A"; enabled: page.keysEnabled; onActivated: ProspectsModel.selectAll() }
    Shortcut { sequences: [StandardKey.Undo]; enabled: page.keysEnabled && ReviewActions.canUndo; onActivated: ReviewActions.undo() }
    Shortcut { sequence: "?"; enabled: page.keysEnabled; onActivated: sheet.open() }

    Connections {
        target: ReviewActions
        function onFinished(ok, message, undoable) { toast.show(message, undoable, !ok) }
    }
    Connections {
        target: ProspectDetail
        function onNoteChanged(message) { toast.show(message, true, false) }
    }
    Connections {
        target: PipelineActions
        function onFinished(ok, message) { if (page.visible) toast.show(message, false, !ok) }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        PageHeader {
            title: qsTr("Prospects")
            objectName: "prospects.pageHeader"
            // A filtered view of many rows is first counted up to a limit ("more than 3,000");
            // the exact number follows a moment later.
            subtitle: ProspectsModel.counting ? qsTr("Counting…")
                      : ProspectsModel.totalExact ? qsTr("%Ln prospect(s)", "", ProspectsModel.totalCount)
                      : qsTr("More than %L1 prospects").arg(ProspectsModel.totalCount)
            Layout.fillWidth: true
            Layout.fillHeight: false
            Button {
                objectName: "prospects.shortcuts"
                text: qsTr("Shortcuts (?)")
                flat: true
                Accessible.name: qsTr("Show keyboard shortcuts")
                onClicked: sheet.open()
            }
        }

        // Nested layouts fill height by default; only the table (or the empty state) should.
        SearchRow {
            id: search
            Layout.fillWidth: true
            Layout.fillHeight: false
        }

        FilterBar {
            Layout.fillWidth: true
            Layout.fillHeight: false
        }

        Label {
            visible: ProspectsModel.lastError.length > 0
            text: qsTr("Could not load prospects: %1").arg(ProspectsModel.lastError)
            textFormat: Text.PlainText
            color: "#c62828"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        BulkProgress {
            Layout.fillWidth: true
        }

        BulkActionBar {
            id: bulkBar
            objectName: "prospects.bulkBar"
            visible: ProspectsModel.selectedCount > 0 || wholeView
            Layout.fillWidth: true
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: ProspectsModel.totalCount > 0 || ProspectsModel.counting

            ProspectTable {
                id: table
                SplitView.fillWidth: true
                SplitView.minimumWidth: 300
                onRowActivated: row => { ProspectsModel.currentRow = row; page.openDetail() }
            }
            DetailPane {
                visible: page.detailOpen
                SplitView.preferredWidth: Math.max(380, page.width * 0.34)
                SplitView.minimumWidth: 320
                onCloseRequested: page.detailOpen = false
            }
        }

        EmptyState {
            objectName: "prospects.empty"
            visible: ProspectsModel.totalCount === 0 && !ProspectsModel.counting
            Layout.alignment: Qt.AlignCenter
            Layout.fillHeight: true
            title: page.filtered ? (ProspectsModel.search.length > 0 ? qsTr("No prospect matches “%1”").arg(ProspectsModel.search)
                                                                     : qsTr("No prospect matches these filters"))
                                 : qsTr("No prospects yet")
            message: page.filtered ? qsTr("Try fewer words, a different spelling or fewer filters.")
                                   : qsTr("Import a CSV from Sales Navigator, Apollo, HubSpot, lemlist or any spreadsheet, or start with the bundled sample prospects.")
            primaryText: page.filtered ? qsTr("Clear search and filters") : qsTr("Import prospects")
            onPrimaryClicked: {
                if (page.filtered) {
                    search.clear()
                    ProspectsModel.resetFilters()
                } else {
                    page.navigate("import")
                }
            }
        }
    }

    Toast {
        id: toast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 8
    }

    ShortcutSheet {
        id: sheet
        parent: Overlay.overlay
    }

    PipelineDialog {
        parent: Overlay.overlay
    }
}
