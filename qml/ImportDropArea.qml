import QtQuick
import QtQuick.Controls
import Prospector

// Accepts a file dropped anywhere on the window and shows where it will land while dragging.
DropArea {
    id: root
    objectName: "window.dropArea"
    signal fileDropped(url fileUrl)

    keys: ["text/uri-list"]
    onEntered: drag => drag.accepted = drag.hasUrls
    onDropped: drop => {
        if (!drop.hasUrls || drop.urls.length === 0)
            return
        drop.accept(Qt.CopyAction)
        root.fileDropped(drop.urls[0])
    }

    Rectangle {
        anchors.fill: parent
        visible: root.containsDrag
        color: Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, 0.12)
        border.color: palette.highlight
        border.width: 3
        radius: 8

        Label {
            anchors.centerIn: parent
            text: qsTr("Drop the file to preview the import")
            font.pixelSize: 22
            font.bold: true
            textFormat: Text.PlainText
        }
    }
}
