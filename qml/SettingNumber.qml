import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// One whole-number autopilot setting: label, spin box, and the reason when a value was refused.
ColumnLayout {
    id: root
    property string key
    property alias label: caption.text
    property alias from: box.from
    property alias to: box.to
    property alias stepSize: box.stepSize
    property string unit: ""
    readonly property string error: AutopilotSettings.errors[key] || ""
    visible: AutopilotSettings.values[key] !== undefined
    spacing: 2

    RowLayout {
        spacing: 8
        Label {
            id: caption
            textFormat: Text.PlainText
            Layout.preferredWidth: 260
            wrapMode: Text.WordWrap
        }
        SpinBox {
            id: box
            objectName: "autopilot.setting." + root.key
            editable: true
            to: 100000
            value: AutopilotSettings.values[root.key] || 0
            Accessible.name: root.label
            onValueModified: {
                if (AutopilotSettings.setValue(root.key, value) !== "")
                    value = AutopilotSettings.values[root.key] || 0
            }
        }
        Label { text: root.unit; visible: root.unit.length > 0; opacity: 0.7 }
    }
    Label {
        objectName: "autopilot.error." + root.key
        visible: root.error.length > 0
        text: root.error
        color: "#c62828"
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
