import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// ICP scoring rules: weights, values, tier thresholds, a live preview of the tier split and
// "Rescore everyone" with progress and cancel. Included by SettingsPage.qml.
GroupBox {
    id: box
    objectName: "settings.scoring"
    title: qsTr("ICP scoring")

    function count(n) { return Number(n || 0).toLocaleString(Qt.locale(), "f", 0) }

    Binding {
        target: Scoring
        property: "previewWanted"
        value: box.visible
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            spacing: 8
            Label { text: qsTr("Hot from") }
            SpinBox {
                id: hotBox
                objectName: "scoring.hot"
                from: 0; to: 100; editable: true
                value: Scoring.hotThreshold
                Accessible.name: qsTr("Hot tier threshold")
                onValueModified: if (!Scoring.setThresholds(value, warmBox.value)) value = Scoring.hotThreshold
            }
            Label { text: qsTr("Warm from") }
            SpinBox {
                id: warmBox
                objectName: "scoring.warm"
                from: 0; to: 100; editable: true
                value: Scoring.warmThreshold
                Accessible.name: qsTr("Warm tier threshold")
                onValueModified: if (!Scoring.setThresholds(hotBox.value, value)) value = Scoring.warmThreshold
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "scoring.preview"
                text: Scoring.previewing ? qsTr("Counting…")
                      : qsTr("Preview: %1 hot · %2 warm · %3 cold").arg(box.count(Scoring.preview.hot))
                          .arg(box.count(Scoring.preview.warm)).arg(box.count(Scoring.preview.cold))
                font.bold: true
            }
        }

        ListView {
            id: ruleList
            objectName: "scoring.rules"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 260)
            clip: true
            model: Scoring.rules
            spacing: 4
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: rule
                required property var modelData
                required property int index
                width: ruleList.width - 12
                spacing: 8
                CheckBox {
                    checked: rule.modelData.enabled
                    Accessible.name: qsTr("Rule enabled")
                    onToggled: Scoring.setRuleValue(rule.index, "enabled", checked)
                }
                Label {
                    text: rule.modelData.description
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    Layout.preferredWidth: 220
                }
                TextField {
                    visible: ["has_email", "has_linkedin", "company_size"].indexOf(rule.modelData.kind) < 0
                    text: (rule.modelData.values || []).join(", ")
                    placeholderText: qsTr("values, comma separated")
                    Accessible.name: qsTr("Rule values")
                    Layout.fillWidth: true
                    onEditingFinished: Scoring.setRuleValue(rule.index, "values", text)
                }
                TextField {
                    visible: rule.modelData.kind === "custom_field_equals"
                    text: rule.modelData.field || ""
                    placeholderText: qsTr("field")
                    Accessible.name: qsTr("Custom field name")
                    Layout.preferredWidth: 100
                    onEditingFinished: Scoring.setRuleValue(rule.index, "field", text)
                }
                SpinBox {
                    visible: rule.modelData.kind === "company_size"
                    from: 0; to: 1000000; editable: true
                    value: rule.modelData.minSize
                    Accessible.name: qsTr("Minimum company size")
                    onValueModified: Scoring.setRuleValue(rule.index, "minSize", value)
                }
                SpinBox {
                    visible: rule.modelData.kind === "company_size"
                    from: -1; to: 1000000; editable: true
                    value: rule.modelData.maxSize
                    Accessible.name: qsTr("Maximum company size (-1: no limit)")
                    onValueModified: Scoring.setRuleValue(rule.index, "maxSize", value)
                }
                Item { Layout.fillWidth: true; visible: ["has_email", "has_linkedin", "company_size"].indexOf(rule.modelData.kind) >= 0 }
                Label { text: qsTr("Weight") }
                SpinBox {
                    objectName: "scoring.weight." + rule.index
                    from: -100; to: 100; editable: true
                    value: rule.modelData.weight
                    Accessible.name: qsTr("Rule weight")
                    onValueModified: Scoring.setRuleValue(rule.index, "weight", value)
                }
                ToolButton {
                    text: "✕"
                    Accessible.name: qsTr("Remove rule")
                    onClicked: Scoring.removeRule(rule.index)
                }
            }
        }

        Label {
            visible: Scoring.validationError.length > 0
            text: Scoring.validationError
            textFormat: Text.PlainText
            color: "#c62828"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: 8
            ComboBox {
                id: kindBox
                // As wide as its longest choice: a fixed width cut translated kinds off.
                implicitContentWidthPolicy: ComboBox.WidestText
                model: Scoring.kinds
                textRole: "title"
                Accessible.name: qsTr("Kind of rule to add")
            }
            Button {
                text: qsTr("Add rule")
                Accessible.name: text
                onClicked: Scoring.addRule(Scoring.kinds[kindBox.currentIndex].name)
            }
            Button {
                text: qsTr("Defaults")
                Accessible.name: qsTr("Reset to the default rules")
                onClicked: Scoring.resetToDefaults()
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Revert")
                enabled: Scoring.dirty
                Accessible.name: qsTr("Revert unsaved changes")
                onClicked: Scoring.revert()
            }
            Button {
                objectName: "scoring.save"
                text: qsTr("Save")
                enabled: Scoring.dirty && Scoring.validationError.length === 0
                Accessible.name: qsTr("Save rules")
                onClicked: Scoring.save()
            }
            Button {
                objectName: "scoring.rescore"
                text: qsTr("Save and rescore")
                highlighted: true
                enabled: !Scoring.rescoring && Scoring.validationError.length === 0
                Accessible.name: qsTr("Save the rules and rescore every prospect")
                onClicked: Scoring.rescore()
            }
        }

        RowLayout {
            visible: Scoring.rescoring
            spacing: 8
            ProgressBar {
                objectName: "scoring.progress"
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, Scoring.rescoreTotal)
                value: Scoring.rescoreDone
                Accessible.name: qsTr("Rescoring progress")
            }
            Label { text: qsTr("%1 / %2").arg(box.count(Scoring.rescoreDone)).arg(box.count(Scoring.rescoreTotal)) }
            Button {
                objectName: "scoring.cancel"
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel rescoring")
                onClicked: Scoring.cancelRescore()
            }
        }

        Label {
            visible: Scoring.message.length > 0
            text: Scoring.message
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            opacity: 0.8
            Layout.fillWidth: true
        }
    }
}
