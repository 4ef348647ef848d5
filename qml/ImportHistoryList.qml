import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Past imports, newest first, each with its counts and Undo.
ColumnLayout {
    id: historyRoot
    spacing: 8
    visible: ImportController.history.count > 0

    ImportStatusNames { id: statusNames }

    Label {
        text: qsTr("Import history")
        font.bold: true
        font.pixelSize: 16
        textFormat: Text.PlainText
    }

    ListView {
        id: list
        objectName: "import.history"
        model: ImportController.history
        clip: true
        spacing: 4
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 120
        ScrollBar.vertical: ScrollBar {}

        delegate: ItemDelegate {
            id: row
            required property int index
            required property var importId
            required property string fileName
            required property string status
            required property string started
            required property var rows
            required property var created
            required property var updated
            required property var duplicates
            required property var rejected
            required property string errorReport
            required property string errorMessage
            required property bool canUndo
            width: ListView.view.width
            contentItem: RowLayout {
                spacing: 12
                Label {
                    text: row.fileName
                    font.bold: true
                    textFormat: Text.PlainText
                    elide: Text.ElideMiddle
                    Layout.preferredWidth: 220
                }
                Label { text: row.started; opacity: 0.7; textFormat: Text.PlainText }
                Label {
                    objectName: "import.history.status." + row.index
                    text: statusNames.of(row.status)
                    textFormat: Text.PlainText
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    opacity: 0.85
                    text: row.errorMessage.length > 0
                          ? row.errorMessage
                          : qsTr("%1 rows: %2 created, %3 updated, %4 duplicates, %5 rejected")
                            .arg(row.rows).arg(row.created).arg(row.updated).arg(row.duplicates).arg(row.rejected)
                }
                Button {
                    text: qsTr("Error report")
                    visible: row.errorReport.length > 0
                    flat: true
                    onClicked: ImportController.openErrorReport(row.errorReport)
                }
                Button {
                    objectName: "import.history.undo." + row.index
                    text: qsTr("Undo")
                    enabled: row.canUndo && !ImportController.undoing
                    Accessible.name: qsTr("Undo import of %1").arg(row.fileName)
                    onClicked: ImportController.undo(row.importId)
                }
            }
        }
    }
}
