import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Schedule, steps and guardrails of autopilot, edited through the AutopilotSettings view model
// (each value checked with a message in plain words) and stored with Save.
ColumnLayout {
    id: form
    objectName: "autopilot.settings"
    spacing: 12

    function value(key) { return AutopilotSettings.values[key] }
    function has(key) { return AutopilotSettings.values[key] !== undefined }

    GroupBox {
        title: qsTr("Schedule")
        Layout.fillWidth: true
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            RowLayout {
                spacing: 12
                RadioButton {
                    objectName: "autopilot.schedule.daily"
                    text: qsTr("Once a day")
                    checked: form.value("scheduleKind") === "daily"
                    onToggled: if (checked) AutopilotSettings.setValue("scheduleKind", "daily")
                }
                RadioButton {
                    objectName: "autopilot.schedule.interval"
                    text: qsTr("Every few minutes")
                    checked: form.value("scheduleKind") === "interval"
                    onToggled: if (checked) AutopilotSettings.setValue("scheduleKind", "interval")
                }
            }
            SettingTime {
                visible: form.value("scheduleKind") === "daily"
                key: "dailyTime"
                label: qsTr("At")
            }
            RowLayout {
                visible: form.value("scheduleKind") === "daily"
                Label { text: qsTr("On") }
                WeekdayPicker { key: "weekdays" }
            }
            SettingNumber {
                visible: form.value("scheduleKind") === "interval"
                key: "intervalMinutes"
                label: qsTr("Every")
                unit: qsTr("minutes")
                from: 5
                to: 10080
            }
        }
    }

    GroupBox {
        title: qsTr("Steps")
        Layout.fillWidth: true
        ColumnLayout {
            anchors.fill: parent
            Repeater {
                model: [
                    { key: "stepEnrich", text: qsTr("Enrich with Explorium (firmographics, contact data; costs credits)") },
                    { key: "stepRescore", text: qsTr("Rescore with the ICP rules") },
                    { key: "stepSyncHubSpot", text: qsTr("Sync qualified prospects to HubSpot") },
                    { key: "stepEnroll", text: qsTr("Enroll them in the lemlist campaign") },
                    { key: "stepTrackReplies", text: qsTr("Track replies, bounces and unsubscribes") }
                ]
                delegate: CheckBox {
                    required property var modelData
                    objectName: "autopilot.setting." + modelData.key
                    text: modelData.text
                    checked: form.value(modelData.key) === true
                    onToggled: AutopilotSettings.setValue(modelData.key, checked)
                }
            }
            RowLayout {
                visible: form.has("campaignId")
                spacing: 8
                Label { text: qsTr("lemlist campaign ID") }
                TextField {
                    objectName: "autopilot.setting.campaignId"
                    text: form.value("campaignId") || ""
                    placeholderText: qsTr("e.g. cam_123abc")
                    Layout.preferredWidth: 220
                    Accessible.name: qsTr("lemlist campaign ID")
                    onEditingFinished: AutopilotSettings.setValue("campaignId", text)
                }
                Label { text: qsTr("Name"); visible: form.has("campaignName") }
                TextField {
                    visible: form.has("campaignName")
                    objectName: "autopilot.setting.campaignName"
                    text: form.value("campaignName") || ""
                    placeholderText: qsTr("shown in summaries")
                    Layout.preferredWidth: 220
                    Accessible.name: qsTr("lemlist campaign name")
                    onEditingFinished: AutopilotSettings.setValue("campaignName", text)
                }
            }
        }
    }

    GroupBox {
        title: qsTr("Guardrails")
        Layout.fillWidth: true
        ColumnLayout {
            anchors.fill: parent
            spacing: 6
            SettingNumber { key: "minScore"; label: qsTr("Minimum score"); from: 0; to: 100 }
            SettingNumber { key: "maxProspects"; label: qsTr("Prospects per run, at most"); from: 1 }
            SettingNumber { key: "dailyEnrichments"; label: qsTr("Enrichments per day, at most") }
            SettingNumber { key: "dailyCreditBudget"; label: qsTr("Explorium credits per day, at most"); to: 10000000 }
            SettingNumber { key: "dailyHubSpotCreates"; label: qsTr("New HubSpot contacts per day, at most") }
            SettingNumber { key: "dailyEnrollments"; label: qsTr("lemlist enrollments per day, at most") }
            SettingNumber {
                key: "approvalEnrollmentThreshold"
                label: qsTr("Ask for approval above this many enrollments in one run")
            }
            SettingNumber {
                key: "approvalCreditThreshold"
                label: qsTr("Ask for approval above this many credits in one run")
                to: 10000000
            }
            CheckBox {
                objectName: "autopilot.setting.businessHoursOnly"
                visible: form.has("businessHoursOnly")
                text: qsTr("Enroll only during business hours (in the prospect's time zone when known)")
                checked: form.value("businessHoursOnly") === true
                onToggled: AutopilotSettings.setValue("businessHoursOnly", checked)
            }
            RowLayout {
                spacing: 16
                enabled: !form.has("businessHoursOnly") || form.value("businessHoursOnly") === true
                SettingTime { key: "businessHoursStart"; label: qsTr("Business hours from") }
                SettingTime { key: "businessHoursEnd"; label: qsTr("to") }
            }
            RowLayout {
                visible: form.has("businessDays")
                enabled: form.value("businessHoursOnly") === true
                Label { text: qsTr("Business days") }
                WeekdayPicker { key: "businessDays" }
            }
            Label {
                text: qsTr("Every prospect also needs a valid e-mail address, and no one on the suppression list (unsubscribed, bounced, opted out) is ever contacted.")
                opacity: 0.75
                wrapMode: Text.WordWrap
                textFormat: Text.PlainText
                Layout.fillWidth: true
            }
        }
    }

    Repeater {
        model: AutopilotSettings.warnings
        delegate: Label {
            required property string modelData
            objectName: "autopilot.warning"
            text: "⚠ " + modelData
            color: "#b26a00"
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
    }

    RowLayout {
        spacing: 8
        Button {
            objectName: "autopilot.settings.save"
            text: qsTr("Save settings")
            enabled: AutopilotSettings.dirty
            highlighted: AutopilotSettings.dirty
            onClicked: AutopilotSettings.save()
        }
        Button {
            objectName: "autopilot.settings.revert"
            text: qsTr("Revert")
            enabled: AutopilotSettings.dirty
            onClicked: AutopilotSettings.revert()
        }
        Label {
            objectName: "autopilot.settings.message"
            text: AutopilotSettings.message
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
