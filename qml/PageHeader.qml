import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Title row shared by every page.
RowLayout {
    property alias title: heading.text
    property alias subtitle: sub.text
    default property alias actions: actionRow.data
    spacing: 12

    ColumnLayout {
        spacing: 2
        Label {
            id: heading
            font.pixelSize: 24
            font.bold: true
            textFormat: Text.PlainText
        }
        Label {
            id: sub
            visible: text.length > 0
            opacity: 0.7
            textFormat: Text.PlainText
        }
    }
    Item { Layout.fillWidth: true }
    RowLayout { id: actionRow; spacing: 8 }
}
