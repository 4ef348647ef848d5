import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Search field (debounced 150 ms), column chooser and "Save view".
RowLayout {
    id: row
    spacing: 8

    function focusSearch() { searchField.forceActiveFocus(); searchField.selectAll() }
    function clear() { searchField.text = ""; ProspectsModel.search = "" }

    TextField {
        id: searchField
        objectName: "prospects.search"
        Layout.fillWidth: true
        // The placeholder is long; without these the field would never be narrower than it and
        // push the page's buttons out of a window of the default size.
        Layout.minimumWidth: 160
        Layout.preferredWidth: 320
        placeholderText: qsTr("Search name, email, company, title, notes…  (press / to focus)")
        Accessible.name: qsTr("Search prospects")
        selectByMouse: true
        onTextChanged: searchDebounce.restart()
        Keys.onEscapePressed: event => { focus = false; event.accepted = true }
        Timer {
            id: searchDebounce
            interval: 150
            onTriggered: ProspectsModel.search = searchField.text
        }
        // A saved view applied from the sidebar changes the search: show it.
        Connections {
            target: ProspectsModel
            function onSearchChanged() {
                if (ProspectsModel.search !== searchField.text && !searchDebounce.running)
                    searchField.text = ProspectsModel.search
            }
        }
    }

    Button {
        id: columnsButton
        objectName: "prospects.columns"
        text: qsTr("Columns")
        Accessible.name: qsTr("Choose columns")
        onClicked: columnMenu.open()
        Menu {
            id: columnMenu
            objectName: "prospects.columnMenu"
            y: columnsButton.height
            Repeater {
                model: ProspectsModel.allColumns
                delegate: MenuItem {
                    required property var modelData
                    objectName: "prospects.column." + modelData.key
                    text: modelData.title
                    checkable: true
                    checked: ProspectsModel.visibleColumns.indexOf(modelData.key) >= 0
                    onTriggered: ProspectsModel.setColumnVisible(modelData.key, checked)
                }
            }
        }
    }

    Button {
        id: saveButton
        objectName: "prospects.saveView"
        text: qsTr("Save view…")
        Accessible.name: qsTr("Save the search, filters and sort as a view")
        onClicked: { viewName.text = ""; savePopup.open(); viewName.forceActiveFocus() }
        Popup {
            id: savePopup
            y: saveButton.height
            x: saveButton.width - width
            padding: 12
            ColumnLayout {
                Label { text: qsTr("Name this view") }
                TextField {
                    id: viewName
                    objectName: "prospects.viewName"
                    Layout.preferredWidth: 220
                    Accessible.name: qsTr("View name")
                    onAccepted: saveView.clicked()
                }
                Label {
                    visible: SavedViews.lastError.length > 0
                    text: SavedViews.lastError
                    textFormat: Text.PlainText
                    color: "#c62828"
                }
                Button {
                    id: saveView
                    objectName: "prospects.viewSave"
                    text: qsTr("Save")
                    enabled: viewName.text.trim().length > 0
                    Accessible.name: qsTr("Save view")
                    onClicked: if (SavedViews.saveCurrent(viewName.text)) savePopup.close()
                }
            }
        }
    }
}
