import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Everything about the current prospect, editable in place: fields, custom fields, stage and
// tier override, score with reasons, enrichment, sync status, notes and timeline.
Pane {
    id: pane
    objectName: "detail.pane"
    signal closeRequested()
    padding: 0
    background: Rectangle {
        color: palette.base
        Rectangle { width: 1; height: parent.height; color: palette.mid }
    }

    readonly property var f: ProspectDetail.fields
    PipelineNames { id: names }
    readonly property var stages: names.stageKeys

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        objectName: "detail.name"
                        text: pane.f.fullName || qsTr("(no name)")
                        textFormat: Text.PlainText
                        font.pixelSize: 20
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: [pane.f.title, pane.f.companyName].filter(s => s && s.length).join(qsTr(" at "))
                        textFormat: Text.PlainText
                        opacity: 0.75
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                ToolButton {
                    objectName: "detail.close"
                    text: "✕"
                    Accessible.name: qsTr("Close details")
                    onClicked: pane.closeRequested()
                }
            }

            Label {
                visible: !ProspectDetail.loaded && ProspectDetail.prospectId > 0
                text: qsTr("This prospect no longer exists.")
                Layout.margins: 16
            }

            HubSpotConflictNote {
                visible: ProspectDetail.loaded && conflicts.length > 0
                conflicts: ProspectDetail.hubspotConflicts
                Layout.fillWidth: true
                Layout.leftMargin: 16; Layout.rightMargin: 16
                onDismissed: conflictId => ProspectDetail.dismissHubSpotConflict(conflictId)
            }

            GroupBox {
                title: qsTr("Score")
                visible: ProspectDetail.loaded
                Layout.fillWidth: true
                Layout.leftMargin: 16; Layout.rightMargin: 16
                ColumnLayout {
                    anchors.fill: parent
                    RowLayout {
                        Label {
                            objectName: "detail.score"
                            text: pane.f.score >= 0 ? String(pane.f.score) : qsTr("Not scored")
                            font.pixelSize: 26
                            font.bold: true
                        }
                        Label {
                            text: pane.f.effectiveTier ? qsTr("tier %1").arg(pane.f.effectiveTier) : ""
                            textFormat: Text.PlainText
                        }
                        Label {
                            visible: !!pane.f.tierOverride
                            text: qsTr("(manual override; computed: %1)").arg(pane.f.tier || qsTr("none"))
                            textFormat: Text.PlainText
                            opacity: 0.7
                        }
                    }
                    Repeater {
                        model: ProspectDetail.scoreReasons
                        delegate: Label {
                            required property string modelData
                            text: "• " + modelData
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    GridLayout {
                        columns: 2
                        Label { text: qsTr("Stage") }
                        ComboBox {
                            objectName: "detail.stage"
                            implicitContentWidthPolicy: ComboBox.WidestText // translations are longer than English
                            model: pane.stages.map(key => names.stage(key))
                            currentIndex: pane.stages.indexOf(pane.f.stage)
                            Accessible.name: qsTr("Stage")
                            onActivated: index => ProspectDetail.save("stage", pane.stages[index])
                        }
                        Label { text: qsTr("Tier override") }
                        ComboBox {
                            objectName: "detail.tierOverride"
                            implicitContentWidthPolicy: ComboBox.WidestText // translations are longer than English
                            readonly property var values: ["", "hot", "warm", "cold"]
                            model: [qsTr("None")].concat(values.slice(1).map(key => names.tier(key)))
                            currentIndex: Math.max(0, values.indexOf(pane.f.tierOverride || ""))
                            Accessible.name: qsTr("Tier override")
                            onActivated: index => ProspectDetail.save("tierOverride", values[index])
                        }
                    }
                }
            }

            GroupBox {
                title: qsTr("Contact")
                visible: ProspectDetail.loaded
                Layout.fillWidth: true
                Layout.leftMargin: 16; Layout.rightMargin: 16
                GridLayout {
                    anchors.fill: parent
                    columns: 2
                    columnSpacing: 12
                    EditableField { name: "firstName"; label: qsTr("First name"); Layout.fillWidth: true }
                    EditableField { name: "lastName"; label: qsTr("Last name"); Layout.fillWidth: true }
                    EditableField { name: "email"; label: qsTr("Email"); Layout.fillWidth: true }
                    EditableField { name: "phone"; label: qsTr("Phone"); Layout.fillWidth: true }
                    EditableField { name: "title"; label: qsTr("Title"); Layout.fillWidth: true }
                    EditableField { name: "companyName"; label: qsTr("Company"); Layout.fillWidth: true }
                    EditableField { name: "linkedinUrl"; label: qsTr("LinkedIn"); Layout.fillWidth: true }
                    EditableField { name: "website"; label: qsTr("Website"); Layout.fillWidth: true }
                    EditableField { name: "city"; label: qsTr("City"); Layout.fillWidth: true }
                    EditableField { name: "country"; label: qsTr("Country"); Layout.fillWidth: true }
                    EditableField { name: "industry"; label: qsTr("Industry"); Layout.fillWidth: true }
                    EditableField { name: "companySize"; label: qsTr("Company size"); Layout.fillWidth: true }
                }
            }

            GroupBox {
                title: qsTr("Custom fields")
                visible: ProspectDetail.loaded && ProspectDetail.customFields.length > 0
                Layout.fillWidth: true
                Layout.leftMargin: 16; Layout.rightMargin: 16
                GridLayout {
                    anchors.fill: parent
                    columns: 2
                    Repeater {
                        model: ProspectDetail.customFields.length * 2
                        delegate: Loader {
                            required property int index
                            readonly property var entry: ProspectDetail.customFields[Math.floor(index / 2)]
                            Layout.fillWidth: index % 2 === 1
                            sourceComponent: index % 2 === 0 ? nameLabel : valueField
                            Component { id: nameLabel; Label { text: entry.name; textFormat: Text.PlainText; opacity: 0.7 } }
                            Component {
                                id: valueField
                                TextField {
                                    text: entry.value
                                    Accessible.name: entry.name
                                    onEditingFinished: if (text !== entry.value) ProspectDetail.saveCustomField(entry.name, text)
                                }
                            }
                        }
                    }
                }
            }

            SyncStatusSection {
                visible: ProspectDetail.loaded
                Layout.fillWidth: true
                Layout.leftMargin: 16; Layout.rightMargin: 16
            }

            GroupBox {
                title: qsTr("Notes")
                visible: ProspectDetail.loaded
                Layout.fillWidth: true
                Layout.leftMargin: 16; Layout.rightMargin: 16
                NotesSection { anchors.fill: parent }
            }

            GroupBox {
                title: qsTr("Timeline")
                visible: ProspectDetail.loaded
                Layout.fillWidth: true
                Layout.leftMargin: 16; Layout.rightMargin: 16; Layout.bottomMargin: 16
                TimelineList { anchors.fill: parent }
            }
        }
    }
}
