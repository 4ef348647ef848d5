import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Edit and retry: the fields a service refused (usually the e-mail), prefilled. Saving corrects
// the prospect (validated, on its timeline, undoable) and queues the operation again.
Dialog {
    id: dialog
    objectName: "problems.editDialog"
    property var operationId: 0
    property var errors: ({})
    modal: true
    anchors.centerIn: parent
    title: qsTr("Edit and retry")
    width: Math.min(480, parent ? parent.width - 48 : 480)

    readonly property var fieldNames: ["email", "firstName", "lastName", "title", "companyName", "phone"]
    readonly property var labels: ({
        "email": qsTr("Email"), "firstName": qsTr("First name"), "lastName": qsTr("Last name"),
        "title": qsTr("Title"), "companyName": qsTr("Company"), "phone": qsTr("Phone") })

    function openFor(id, fields) {
        operationId = id
        errors = ({})
        for (let i = 0; i < fieldNames.length; ++i)
            inputs.itemAt(i).text = fields[fieldNames[i]] || ""
        open()
    }

    function values() {
        const v = {}
        for (let i = 0; i < fieldNames.length; ++i)
            v[fieldNames[i]] = inputs.itemAt(i).text
        return v
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        Repeater {
            id: inputs
            model: dialog.fieldNames
            delegate: TextField {
                required property string modelData
                required property int index
                objectName: "problems.edit." + modelData
                Layout.row: index
                Layout.column: 1
                Layout.fillWidth: true
                Accessible.name: dialog.labels[modelData]
                placeholderText: dialog.labels[modelData]
            }
        }
        Repeater {
            model: dialog.fieldNames
            delegate: ColumnLayout {
                required property string modelData
                required property int index
                Layout.row: index
                Layout.column: 0
                spacing: 0
                Label { text: dialog.labels[modelData] }
                Label {
                    objectName: "problems.edit." + modelData + ".error"
                    visible: !!dialog.errors[modelData]
                    text: dialog.errors[modelData] || ""
                    textFormat: Text.PlainText
                    color: "#c62828"
                    font.pixelSize: 11
                    wrapMode: Text.WordWrap
                    Layout.maximumWidth: 160
                }
            }
        }
        Label {
            objectName: "problems.edit.error"
            visible: !!dialog.errors["_"]
            text: dialog.errors["_"] || ""
            textFormat: Text.PlainText
            color: "#c62828"
            wrapMode: Text.WordWrap
            Layout.row: dialog.fieldNames.length
            Layout.columnSpan: 2
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "problems.edit.save"
            text: qsTr("Save and retry")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                const refused = Problems.editAndRetry(dialog.operationId, dialog.values())
                dialog.errors = refused
                if (Object.keys(refused).length === 0)
                    dialog.close()
            }
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
