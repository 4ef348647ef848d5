import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// The explicit opt-in: what autopilot will do, in plain words, from the settings as they are,
// and a confirmation that has to be ticked before it can be turned on.
Dialog {
    id: dialog
    objectName: "autopilot.optIn"
    title: qsTr("Turn on autopilot?")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (parent ? parent.width : 640) - 48)
    padding: 20

    onOpened: understood.checked = false

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Label {
            text: qsTr("Autopilot works on its own, even while the window is closed, and writes to HubSpot and lemlist on your behalf:")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            objectName: "autopilot.optIn.summary"
            model: AutopilotSettings.summary
            delegate: Label {
                required property string modelData
                text: "• " + modelData
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Repeater {
            model: AutopilotSettings.warnings
            delegate: Label {
                required property string modelData
                text: "⚠ " + modelData
                color: "#b26a00"
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Label {
            visible: AutopilotSettings.dirty
            text: qsTr("Your unsaved changes are saved when you turn it on.")
            opacity: 0.75
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        CheckBox {
            id: understood
            objectName: "autopilot.optIn.understood"
            text: qsTr("I understand that autopilot contacts prospects for me within these limits.")
            Layout.fillWidth: true
        }
        Label {
            objectName: "autopilot.optIn.message"
            visible: text.length > 0
            text: Autopilot.message
            color: "#c62828"
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "autopilot.optIn.confirm"
            text: qsTr("Turn on autopilot")
            enabled: understood.checked
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                if (AutopilotSettings.dirty && !AutopilotSettings.save())
                    return
                if (Autopilot.turnOn())
                    dialog.close()
            }
        }
        Button {
            objectName: "autopilot.optIn.cancel"
            text: qsTr("Not now")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
