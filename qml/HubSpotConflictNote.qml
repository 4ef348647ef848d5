import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "Changed in HubSpot": properties someone changed in HubSpot while the rep changed them here too.
// HubSpot (the system of record) won; the note shows both values. Self-contained: give it the list
// (ProspectDetail.hubspotConflicts) and handle dismissed(conflictId).
ColumnLayout {
    id: note
    objectName: "detail.hubspotConflicts"
    property var conflicts: []
    signal dismissed(var conflictId)
    visible: conflicts.length > 0
    spacing: 6

    Repeater {
        model: note.conflicts
        delegate: Frame {
            id: card
            required property var modelData
            objectName: "detail.hubspotConflict." + modelData.field
            Layout.fillWidth: true
            background: Rectangle {
                color: palette.alternateBase
                border.color: palette.mid
                radius: 4
            }
            RowLayout {
                anchors.fill: parent
                spacing: 8
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: qsTr("Changed in HubSpot: %1").arg(card.modelData.label)
                        textFormat: Text.PlainText
                        font.bold: true
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "detail.hubspotConflict.hubspotValue"
                        text: qsTr("Now (from HubSpot): %1").arg(card.modelData.hubspotValue || qsTr("(empty)"))
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "detail.hubspotConflict.localValue"
                        text: qsTr("Your change, replaced: %1").arg(card.modelData.localValue || qsTr("(empty)"))
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                        opacity: 0.75
                        Layout.fillWidth: true
                    }
                }
                Button {
                    objectName: "detail.hubspotConflict.dismiss"
                    text: qsTr("Dismiss")
                    flat: true
                    Accessible.name: qsTr("Dismiss the note about %1").arg(card.modelData.label)
                    Layout.alignment: Qt.AlignTop
                    onClicked: note.dismissed(card.modelData.id)
                }
            }
        }
    }
}
