import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// A time of day ("HH:mm") autopilot setting; a refused value shows why and is not kept.
ColumnLayout {
    id: root
    property string key
    property alias label: caption.text
    readonly property string error: AutopilotSettings.errors[key] || ""
    spacing: 2

    RowLayout {
        spacing: 8
        Label { id: caption; textFormat: Text.PlainText }
        TextField {
            id: field
            objectName: "autopilot.setting." + root.key
            text: AutopilotSettings.values[root.key] || ""
            inputMask: "99:99"
            Layout.preferredWidth: 80
            Accessible.name: root.label
            onEditingFinished: AutopilotSettings.setValue(root.key, text)
        }
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
