import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// One inline-editable field of the detail pane: saves on Enter / focus out, shows the validation
// message from ProspectDetail.fieldErrors under the field.
ColumnLayout {
    id: field
    property string name        // ProspectDetail field name, e.g. "email"
    property string label
    readonly property string value: ProspectDetail.fields[name] === undefined ? "" : String(ProspectDetail.fields[name])
    readonly property string error: ProspectDetail.fieldErrors[name] || ""
    spacing: 2

    Label { text: field.label; opacity: 0.7; font.pixelSize: 11 }
    TextField {
        id: input
        objectName: "detail.field." + field.name
        Layout.fillWidth: true
        text: field.value
        selectByMouse: true
        Accessible.name: field.label
        color: field.error.length > 0 ? "#c62828" : palette.text
        function commit() {
            if (text !== field.value)
                ProspectDetail.save(field.name, text)
        }
        onEditingFinished: commit()
        Keys.onEscapePressed: event => { text = field.value; focus = false; event.accepted = true }
    }
    Label {
        objectName: "detail.error." + field.name
        visible: field.error.length > 0
        text: field.error
        textFormat: Text.PlainText
        color: "#c62828"
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        font.pixelSize: 11
    }
}
