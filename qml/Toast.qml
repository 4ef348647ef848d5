import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// The result of the last action, at the bottom of the page for a few seconds, with Undo.
Rectangle {
    id: toast
    property string message
    property bool undoable: false
    property bool failed: false

    function show(text, canUndo, error) {
        message = text
        undoable = canUndo
        failed = error
        visible = true
        hideTimer.restart()
    }

    objectName: "toast"
    visible: false
    radius: 6
    color: failed ? "#b71c1c" : "#323232"
    implicitWidth: row.implicitWidth + 24
    implicitHeight: row.implicitHeight + 12
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Timer { id: hideTimer; interval: 8000; onTriggered: toast.visible = false }

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 12
        Label {
            objectName: "toast.message"
            text: toast.message
            textFormat: Text.PlainText
            color: "white"
            Layout.maximumWidth: 560
            elide: Text.ElideMiddle
        }
        Button {
            objectName: "toast.undo"
            visible: toast.undoable && ReviewActions.canUndo
            text: qsTr("Undo")
            flat: true
            Accessible.name: qsTr("Undo the last action")
            onClicked: { toast.visible = false; ReviewActions.undo() }
        }
        ToolButton {
            text: "✕"
            Accessible.name: qsTr("Dismiss")
            onClicked: toast.visible = false
        }
    }
}
