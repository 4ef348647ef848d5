import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Prospector

// Actions on the selected prospects, or on the whole filtered view when "All N in view" is on.
// Every edit can be undone (Ctrl+Z or the toast's Undo button); the pipeline actions (Enrich,
// Sync to HubSpot, Enroll in lemlist) confirm first and queue external work instead.
Pane {
    id: bar
    PipelineNames { id: names }
    property bool wholeView: false
    readonly property var targetCount: wholeView ? ProspectsModel.totalCount : ProspectsModel.selectedCount

    padding: 6
    background: Rectangle { color: Qt.darker(palette.window, 1.08); radius: 6 }

    // A Flow, so on a narrow window the actions wrap instead of running off the edge.
    contentItem: Flow {
        spacing: 6

        Label {
            objectName: "bulk.count"
            text: !bar.wholeView ? qsTr("%Ln selected", "", ProspectsModel.selectedCount)
                  : ProspectsModel.totalExact ? qsTr("All %Ln prospect(s) in this view", "", ProspectsModel.totalCount)
                  : qsTr("All of the more than %L1 prospects in this view").arg(ProspectsModel.totalCount)
            font.bold: true
            height: 32
            verticalAlignment: Text.AlignVCenter
        }
        CheckBox {
            objectName: "bulk.wholeView"
            text: qsTr("Whole view")
            checked: bar.wholeView
            Accessible.name: qsTr("Apply to every prospect in the filtered view")
            onToggled: bar.wholeView = checked
        }
        ToolSeparator {}
        TextField {
            id: tagField
            objectName: "bulk.tagField"
            placeholderText: qsTr("Tag")
            Accessible.name: qsTr("Tag to add or remove")
            width: 110
            onAccepted: addTag.clicked()
        }
        Button {
            id: addTag
            objectName: "bulk.addTag"
            text: qsTr("Tag")
            enabled: tagField.text.trim().length > 0 && !ReviewActions.busy
            Accessible.name: qsTr("Add tag to prospects")
            onClicked: ReviewActions.addTag(tagField.text, bar.wholeView)
        }
        Button {
            objectName: "bulk.removeTag"
            text: qsTr("Untag")
            enabled: tagField.text.trim().length > 0 && !ReviewActions.busy
            Accessible.name: qsTr("Remove tag from prospects")
            onClicked: ReviewActions.removeTag(tagField.text, bar.wholeView)
        }
        ComboBox {
            objectName: "bulk.stage"
            implicitContentWidthPolicy: ComboBox.WidestText // translations are longer than English
            Accessible.name: qsTr("Set stage")
            enabled: !ReviewActions.busy
            readonly property var values: [""].concat(names.stageKeys)
            model: [qsTr("Set stage…")].concat(names.stageKeys.map(key => names.stage(key)))
            onActivated: index => {
                if (index > 0)
                    ReviewActions.setStage(values[index], bar.wholeView)
                currentIndex = 0
            }
        }
        ComboBox {
            objectName: "bulk.tier"
            implicitContentWidthPolicy: ComboBox.WidestText // translations are longer than English
            Accessible.name: qsTr("Override tier")
            enabled: !ReviewActions.busy
            readonly property var values: ["", "hot", "warm", "cold", "clear"]
            model: [qsTr("Set tier…"), names.tier("hot"), names.tier("warm"), names.tier("cold"), qsTr("Clear override")]
            onActivated: index => {
                if (index > 0)
                    ReviewActions.setTierOverride(values[index] === "clear" ? "" : values[index], bar.wholeView)
                currentIndex = 0
            }
        }
        Button {
            objectName: "bulk.archive"
            readonly property bool restoring: ProspectsModel.filters.archived === "only"
            text: restoring ? qsTr("Unarchive") : qsTr("Archive")
            enabled: !ReviewActions.busy
            Accessible.name: text
            onClicked: ReviewActions.setArchived(!restoring, bar.wholeView)
        }
        Button {
            objectName: "bulk.delete"
            text: qsTr("Delete…")
            enabled: !ReviewActions.busy
            Accessible.name: qsTr("Delete prospects")
            onClicked: confirmDelete.open()
        }
        Button {
            objectName: "bulk.export"
            text: qsTr("Export…")
            enabled: !ReviewActions.busy
            Accessible.name: qsTr("Export the view to CSV")
            onClicked: exportDialog.open()
        }
        CheckBox {
            id: bomBox
            objectName: "bulk.bom"
            text: qsTr("Excel BOM")
            checked: true
            Accessible.name: qsTr("Write a byte order mark so Excel reads UTF-8")
        }
        ToolSeparator {}
        // The pipeline: each asks for confirmation with what will be queued and what is skipped.
        Button {
            objectName: "bulk.enrich"
            text: qsTr("Enrich…")
            enabled: PipelineActions.phase === "idle"
            Accessible.name: qsTr("Enrich prospects with Explorium")
            onClicked: PipelineActions.prepare("enrich", bar.wholeView)
        }
        Button {
            objectName: "bulk.hubspot"
            text: qsTr("Sync to HubSpot…")
            enabled: PipelineActions.phase === "idle"
            Accessible.name: qsTr("Sync prospects to HubSpot")
            onClicked: PipelineActions.prepare("hubspot", bar.wholeView)
        }
        Button {
            objectName: "bulk.lemlist"
            text: qsTr("Enroll in lemlist…")
            enabled: PipelineActions.phase === "idle"
            Accessible.name: qsTr("Enroll prospects in a lemlist campaign")
            onClicked: PipelineActions.prepare("lemlist", bar.wholeView)
        }
        ToolButton {
            objectName: "bulk.clear"
            text: "✕"
            Accessible.name: qsTr("Clear selection")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Clear selection")
            onClicked: { bar.wholeView = false; ProspectsModel.clearSelection() }
        }
    }

    Dialog {
        id: confirmDelete
        objectName: "bulk.confirmDelete"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        // A fixed width: sized from its content, the wrapped label and the button box fed each
        // other's implicit width (a binding loop with long translations).
        width: parent ? Math.min(420, parent.width - 48) : 420
        title: qsTr("Delete prospects?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        Label {
            text: bar.wholeView && !ProspectsModel.totalExact
                  ? qsTr("Delete the more than %L1 prospects of this view with their notes, tags and timeline? You can undo this with Ctrl+Z.").arg(ProspectsModel.totalCount)
                  : qsTr("Delete %n prospect(s) with their notes, tags and timeline? You can undo this with Ctrl+Z.", "", bar.targetCount)
            wrapMode: Text.WordWrap
            width: confirmDelete.availableWidth
        }
        onAccepted: ReviewActions.remove(bar.wholeView)
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export prospects to CSV")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: ReviewActions.exportView(selectedFile, bomBox.checked)
    }
}
