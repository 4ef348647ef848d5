import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// A running import: progress, speed, time left and Cancel.
ColumnLayout {
    objectName: "import.running"
    spacing: 12

    function number(n) {
        return Number(n).toLocaleString(Qt.locale(), "f", 0)
    }

    Label {
        text: qsTr("Importing %1…").arg(ImportController.fileName)
        font.pixelSize: 18
        font.bold: true
        textFormat: Text.PlainText
    }
    ProgressBar {
        objectName: "import.progress"
        from: 0
        to: 1
        value: ImportController.fraction
        Layout.fillWidth: true
    }
    Label {
        objectName: "import.progressLabel"
        textFormat: Text.PlainText
        text: {
            if (ImportController.indexing) {
                // Bulk load: every row is stored, the sort and search indexes are rebuilt.
                return ImportController.indexSteps > 0
                        ? qsTr("Rows stored; building indexes (%1 of %2)…")
                          .arg(ImportController.indexStep).arg(ImportController.indexSteps)
                        : qsTr("Finishing the indexes of an interrupted import first…")
            }
            const rows = qsTr("%1 rows").arg(number(ImportController.rows))
            const speed = qsTr("%1 rows/s").arg(number(ImportController.rowsPerSecond))
            const eta = ImportController.etaSeconds < 0 ? qsTr("estimating time left")
                                                        : qsTr("about %1 s left").arg(ImportController.etaSeconds)
            return rows + " · " + speed + " · " + eta
        }
    }
    Label {
        opacity: 0.8
        textFormat: Text.PlainText
        text: qsTr("%1 created, %2 updated, %3 duplicates, %4 rejected")
              .arg(number(ImportController.created)).arg(number(ImportController.updated))
              .arg(number(ImportController.duplicates)).arg(number(ImportController.rejected))
    }
    Button {
        objectName: "import.cancel"
        text: qsTr("Cancel")
        // Once the rows are stored, rebuilding the indexes is all that is left: nothing to cancel.
        enabled: !(ImportController.indexing && ImportController.rows > 0)
        onClicked: ImportController.cancel()
    }
    Item { Layout.fillHeight: true }
}
