import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// A friendly, centred message for a page with nothing to show yet, with up to two actions.
ColumnLayout {
    id: root
    property alias title: titleLabel.text
    property alias message: messageLabel.text
    property string primaryText: ""
    property string secondaryText: ""
    signal primaryClicked()
    signal secondaryClicked()

    spacing: 12
    // Its texts stop at 520 px, which would otherwise cap the whole state (and a StackLayout page
    // holding it) at 520 px: the message sat in the left half of a wide window, not in its centre.
    Layout.maximumWidth: Number.POSITIVE_INFINITY

    Label {
        id: titleLabel
        objectName: "emptyState.title"
        font.pixelSize: 22
        font.bold: true
        textFormat: Text.PlainText
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 520
    }
    Label {
        id: messageLabel
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        opacity: 0.8
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 520
    }
    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: 8
        spacing: 12
        Button {
            objectName: "emptyState.primary"
            visible: root.primaryText.length > 0
            text: root.primaryText
            Accessible.name: root.primaryText
            highlighted: true
            onClicked: root.primaryClicked()
        }
        Button {
            objectName: "emptyState.secondary"
            visible: root.secondaryText.length > 0
            text: root.secondaryText
            Accessible.name: root.secondaryText
            onClicked: root.secondaryClicked()
        }
    }
}
