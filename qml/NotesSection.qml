import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// The prospect's notes: add a note, edit or delete one in place (each undoable with Ctrl+Z).
ColumnLayout {
    id: notes
    spacing: 6

    Repeater {
        model: ProspectDetail.notes
        delegate: ColumnLayout {
            id: note
            required property var modelData
            property bool editing: false
            Layout.fillWidth: true
            spacing: 2
            Label {
                visible: !note.editing
                text: note.modelData.body
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextArea {
                id: editArea
                objectName: "detail.note.edit"
                visible: note.editing
                text: note.modelData.body
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Accessible.name: qsTr("Edit note")
            }
            RowLayout {
                Label {
                    text: Qt.formatDateTime(note.modelData.when, Locale.ShortFormat)
                    opacity: 0.6
                    font.pixelSize: 11
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "detail.note.delete"
                    flat: true
                    visible: !note.editing
                    text: qsTr("Delete")
                    Accessible.name: qsTr("Delete note")
                    onClicked: ProspectDetail.deleteNote(note.modelData.id)
                }
                Button {
                    objectName: "detail.note.editButton"
                    flat: true
                    text: note.editing ? qsTr("Save") : qsTr("Edit")
                    Accessible.name: note.editing ? qsTr("Save note") : qsTr("Edit note")
                    onClicked: {
                        if (note.editing)
                            ProspectDetail.updateNote(note.modelData.id, editArea.text)
                        note.editing = !note.editing
                    }
                }
            }
        }
    }

    TextArea {
        id: newNote
        objectName: "detail.newNote"
        placeholderText: qsTr("Add a note…")
        wrapMode: TextEdit.Wrap
        Layout.fillWidth: true
        Accessible.name: qsTr("New note")
    }
    Button {
        objectName: "detail.addNote"
        text: qsTr("Add note")
        enabled: newNote.text.trim().length > 0
        Accessible.name: text
        onClicked: {
            if (ProspectDetail.addNote(newNote.text))
                newNote.text = ""
        }
    }
}
