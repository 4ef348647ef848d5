import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// The outcome of the last import, with the error report and Undo.
ColumnLayout {
    id: root
    objectName: "import.summary"
    signal viewProspects()
    spacing: 12

    readonly property var labels: ({
        "created": qsTr("Created"),
        "updated": qsTr("Updated"),
        "duplicates": qsTr("Duplicates skipped"),
        "rejected": qsTr("Rejected")
    })

    function number(n) {
        return Number(n).toLocaleString(Qt.locale(), "f", 0)
    }

    Label {
        objectName: "import.summary.title"
        font.pixelSize: 18
        font.bold: true
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        text: {
            switch (ImportController.status) {
            case "completed": return qsTr("Import complete: %1").arg(ImportController.fileName)
            case "cancelled": return qsTr("Import cancelled: the rows imported before you cancelled are kept")
            case "undone": return qsTr("Import undone")
            default: return qsTr("Import failed")
            }
        }
    }

    GridLayout {
        columns: 4
        columnSpacing: 32
        // A fixed model: with a model array rebuilt on every count change, Qt 6.4's layouts
        // crashed on deleted delegates when an import was undone.
        Repeater {
            model: ["created", "updated", "duplicates", "rejected"]
            delegate: ColumnLayout {
                id: cell
                required property string modelData
                Label {
                    objectName: "import.summary." + cell.modelData
                    text: root.number(ImportController[cell.modelData])
                    font.pixelSize: 26
                    font.bold: true
                    textFormat: Text.PlainText
                }
                Label {
                    text: root.labels[cell.modelData]
                    opacity: 0.75
                    textFormat: Text.PlainText
                }
            }
        }
    }

    RowLayout {
        spacing: 8
        Button {
            objectName: "import.viewProspects"
            text: qsTr("View prospects")
            highlighted: true
            visible: ImportController.created + ImportController.updated > 0 && ImportController.status !== "undone"
            onClicked: root.viewProspects()
        }
        Button {
            objectName: "import.openReport"
            text: qsTr("Open error report")
            visible: ImportController.errorReport.length > 0
            onClicked: ImportController.openErrorReport("")
        }
        Button {
            objectName: "import.undo"
            text: ImportController.undoing ? qsTr("Undoing…") : qsTr("Undo import")
            visible: ImportController.importId > 0 && ImportController.status !== "undone"
            enabled: !ImportController.undoing
            onClicked: ImportController.undo(ImportController.importId)
        }
        Button {
            objectName: "import.again"
            text: qsTr("Import another file")
            onClicked: ImportController.reset()
        }
    }
}
