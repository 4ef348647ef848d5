import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// What Prospector found in the file, the column mapping (editable, savable) and the duplicate policy.
ColumnLayout {
    id: root
    objectName: "import.preview"
    spacing: 12

    readonly property int sampleCount: Math.min(5, ImportController.sampleRows.length)

    function presetIndex(id) {
        const list = ImportController.presets
        for (let i = 0; i < list.length; ++i)
            if (list[i].id === id)
                return i
        return 0
    }

    RowLayout {
        spacing: 16
        Layout.fillWidth: true
        Label {
            objectName: "import.fileName"
            text: ImportController.fileName
            font.bold: true
            font.pixelSize: 16
            textFormat: Text.PlainText
            elide: Text.ElideMiddle
            Layout.maximumWidth: 360
        }
        Label {
            objectName: "import.encoding"
            text: qsTr("Encoding: %1").arg(ImportController.encoding)
            textFormat: Text.PlainText
            opacity: 0.8
        }
        Label {
            objectName: "import.delimiter"
            text: qsTr("Delimiter: %1").arg(ImportController.delimiter)
            textFormat: Text.PlainText
            opacity: 0.8
        }
        Label {
            objectName: "import.detectedPreset"
            text: qsTr("Looks like: %1").arg(ImportController.presets[root.presetIndex(ImportController.detectedPreset)].label)
            textFormat: Text.PlainText
            opacity: 0.8
        }
    }

    RowLayout {
        spacing: 8
        Layout.fillWidth: true
        Label { text: qsTr("Mapping"); textFormat: Text.PlainText }
        ComboBox {
            id: presetBox
            objectName: "import.preset"
            model: ImportController.presets
            textRole: "label"
            valueRole: "id"
            Layout.preferredWidth: 320
            Accessible.name: qsTr("Mapping preset")
            currentIndex: root.presetIndex(ImportController.detectedPreset)
            onActivated: ImportController.applyPreset(currentValue)
        }
        ComboBox {
            objectName: "import.savedMapping"
            visible: ImportController.savedMappings.length > 0
            model: ImportController.savedMappings
            displayText: qsTr("Saved mappings")
            Accessible.name: qsTr("Apply a saved mapping")
            onActivated: ImportController.applySavedMapping(currentText)
        }
        Item { Layout.fillWidth: true }
        TextField {
            id: mappingName
            objectName: "import.mappingName"
            placeholderText: qsTr("Save this mapping as…")
            Accessible.name: qsTr("Name of the mapping to save")
            Layout.preferredWidth: 200
        }
        Button {
            objectName: "import.saveMapping"
            text: qsTr("Save mapping")
            enabled: mappingName.text.trim().length > 0
            onClicked: {
                const error = ImportController.saveMapping(mappingName.text)
                saveError.text = error
                if (error.length === 0)
                    mappingName.text = ""
            }
        }
    }
    Label {
        id: saveError
        visible: text.length > 0
        color: "#c62828"
        textFormat: Text.PlainText
    }

    ScrollView {
        objectName: "import.columns"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        contentWidth: columnsRow.implicitWidth
        contentHeight: columnsRow.implicitHeight

        Row {
            id: columnsRow
            spacing: 12
            Repeater {
                model: ImportController.headers
                delegate: Frame {
                    id: column
                    required property int index
                    required property string modelData
                    width: 200
                    ColumnLayout {
                        width: parent.width
                        spacing: 6
                        Label {
                            text: column.modelData.length > 0 ? column.modelData : qsTr("(no header)")
                            font.bold: true
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        ComboBox {
                            id: fieldBox
                            objectName: "import.mapping." + column.index
                            model: ImportController.fieldOptions
                            textRole: "label"
                            valueRole: "key"
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Import column %1 as").arg(column.modelData)
                            function sync() {
                                currentIndex = indexOfValue(ImportController.columnFields[column.index])
                            }
                            Component.onCompleted: sync()
                            onActivated: ImportController.setColumnField(column.index, currentValue)
                            Connections {
                                target: ImportController
                                function onMappingChanged() { fieldBox.sync() }
                            }
                        }
                        Repeater {
                            model: 5 // fixed, see ImportSummaryView
                            delegate: Label {
                                required property int index
                                readonly property var row: ImportController.sampleRows[index]
                                visible: index < root.sampleCount
                                text: row && column.index < row.length ? row[column.index] : ""
                                textFormat: Text.PlainText
                                elide: Text.ElideRight
                                maximumLineCount: 1
                                opacity: 0.75
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
        }
    }

    GroupBox {
        title: qsTr("Prospects you already have")
        Layout.fillWidth: true
        RowLayout {
            spacing: 16
            RadioButton {
                objectName: "import.policy.fill"
                text: qsTr("Fill empty fields only")
                checked: ImportController.policy === "fill"
                onToggled: ImportController.policy = "fill"
            }
            RadioButton {
                objectName: "import.policy.skip"
                text: qsTr("Skip them")
                checked: ImportController.policy === "skip"
                onToggled: ImportController.policy = "skip"
            }
            RadioButton {
                objectName: "import.policy.overwrite"
                text: qsTr("Overwrite with the file's values")
                checked: ImportController.policy === "overwrite"
                onToggled: ImportController.policy = "overwrite"
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Item { Layout.fillWidth: true }
        Button {
            objectName: "import.back"
            text: qsTr("Back")
            onClicked: ImportController.reset()
        }
        Button {
            objectName: "import.start"
            text: qsTr("Import")
            highlighted: true
            onClicked: ImportController.startImport()
        }
    }
}
