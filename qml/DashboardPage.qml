import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

Page {
    id: page
    ImportStatusNames { id: importStatus }
    objectName: "page.dashboard"
    signal navigate(string name)
    signal syncActivityRequested()
    title: qsTr("Dashboard")
    padding: 24

    readonly property bool empty: Dashboard.total === 0 && Dashboard.recentImports.length === 0 && !Dashboard.loading
    PipelineNames { id: names }
    readonly property var stageNames: names.stageNames

    // Numbers may have changed while another page was showing (imports, sync).
    onVisibleChanged: if (visible) Dashboard.refresh()

    ColumnLayout {
        anchors.fill: parent
        spacing: 16

        PageHeader {
            title: qsTr("Dashboard")
            subtitle: page.empty ? "" : qsTr("%Ln prospect(s) in your local database", "", Dashboard.total)
            Layout.fillWidth: true
        }

        EmptyState {
            objectName: "dashboard.empty"
            visible: page.empty
            Layout.alignment: Qt.AlignCenter
            Layout.fillHeight: true
            title: qsTr("Welcome to Prospector")
            message: qsTr("Drop a CSV of prospects anywhere on this window to start, or try the bundled sample "
                          + "prospects. Start Prospector with --sandbox to try enrichment, HubSpot sync and "
                          + "lemlist enrollment against built-in simulators — no accounts needed.")
            primaryText: qsTr("Import a CSV")
            secondaryText: qsTr("Try the sample prospects")
            onPrimaryClicked: page.navigate("import")
            onSecondaryClicked: {
                ImportController.importSample()
                page.navigate("import")
            }
        }

        GridLayout {
            objectName: "dashboard.charts"
            visible: !page.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 16

            GroupBox {
                title: qsTr("Pipeline")
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                FunnelChart {
                    anchors.fill: parent
                    implicitWidth: 360
                    stages: Dashboard.stages
                    labels: page.stageNames
                }
            }
            GroupBox {
                title: qsTr("Tier mix")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                TierMixChart { tiers: Dashboard.tiers }
            }
            GroupBox {
                title: qsTr("Last 30 days")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                ActivityChart {
                    anchors.fill: parent
                    days: Dashboard.days
                    maxValue: Dashboard.dayMax
                }
            }
            GroupBox {
                title: qsTr("Recent imports")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 8
                    Label {
                        visible: Dashboard.recentImports.length === 0
                        text: qsTr("No imports yet.")
                        opacity: 0.7
                    }
                    Repeater {
                        model: Dashboard.recentImports
                        delegate: ColumnLayout {
                            required property var modelData
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: modelData.fileName
                                textFormat: Text.PlainText
                                font.bold: true
                                elide: Text.ElideMiddle
                                Layout.fillWidth: true
                            }
                            Label {
                                text: qsTr("%1 · %2 new, %3 updated, %4 rejected · %5")
                                      .arg(importStatus.of(modelData.status)).arg(modelData.created).arg(modelData.updated)
                                      .arg(modelData.rejected).arg(Qt.formatDateTime(modelData.startedAt, Locale.ShortFormat))
                                textFormat: Text.PlainText
                                opacity: 0.75
                                font.pixelSize: 12
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                    }
                    Item { Layout.fillHeight: true }
                }
            }
            GroupBox {
                objectName: "dashboard.health"
                title: qsTr("Integration health")
                Layout.fillWidth: true
                Layout.columnSpan: 2
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 6
                    Repeater {
                        model: SyncActivity
                        delegate: ServiceHealthRow {}
                    }
                    Button {
                        objectName: "dashboard.openSyncActivity"
                        text: qsTr("Sync activity…")
                        flat: true
                        onClicked: page.syncActivityRequested()
                    }
                }
            }
        }
    }
}
