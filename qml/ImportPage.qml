import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Prospector

// Import: file -> preview and mapping -> progress -> summary, with the history of past imports.
Page {
    id: page
    objectName: "page.import"
    signal navigate(string name)
    title: qsTr("Import")
    padding: 24

    readonly property var stages: ["idle", "preview", "running", "finished"]

    function chooseFile() {
        fileDialog.open()
    }

    FileDialog {
        id: fileDialog
        objectName: "import.fileDialog"
        title: qsTr("Choose a CSV file to import")
        nameFilters: [qsTr("CSV and text files (*.csv *.tsv *.txt)"), qsTr("All files (*)")]
        onAccepted: ImportController.openFile(selectedFile)
    }

    Connections {
        target: ImportController
        function onNotice(text) {
            noticeLabel.text = text
            noticeTimer.restart()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 16

        PageHeader {
            title: qsTr("Import")
            subtitle: qsTr("CSV from Sales Navigator, Apollo, HubSpot, lemlist or any spreadsheet")
            Layout.fillWidth: true
            Button {
                objectName: "import.choose"
                text: qsTr("Choose a file…")
                enabled: ImportController.stage !== "running"
                onClicked: page.chooseFile()
            }
        }

        Label {
            objectName: "import.error"
            visible: text.length > 0
            text: ImportController.errorMessage
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            color: "#c62828"
            Layout.fillWidth: true
        }

        Label {
            id: noticeLabel
            objectName: "import.notice"
            visible: noticeTimer.running
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Timer { id: noticeTimer; interval: 4000 }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: Math.max(0, page.stages.indexOf(ImportController.stage))

            ColumnLayout {
                spacing: 16
                EmptyState {
                    objectName: "import.empty"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.topMargin: 24
                    title: qsTr("Drop a CSV file here")
                    message: qsTr("Prospector detects the encoding, delimiter and columns, shows you a preview, and skips duplicates. Every import can be undone.")
                    primaryText: qsTr("Choose a file…")
                    secondaryText: qsTr("Try the sample prospects")
                    onPrimaryClicked: page.chooseFile()
                    onSecondaryClicked: ImportController.importSample()
                }
                ImportHistoryList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
            }

            ImportPreviewView {}

            ImportProgressView {}

            ColumnLayout {
                spacing: 16
                ImportSummaryView {
                    Layout.fillWidth: true
                    onViewProspects: page.navigate("prospects")
                }
                ImportHistoryList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
            }
        }
    }
}
