import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Settings › Enrichment: how many Explorium credits enrichment may spend per 30 days and whether
// phone numbers are bought too. Saved at once; the next enrichment batch follows it.
GroupBox {
    id: box
    objectName: "settings.enrichment"
    title: qsTr("Enrichment")
    // Another window or the command line may have changed them meanwhile.
    onVisibleChanged: if (visible) EnrichmentSettings.reload()

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            spacing: 8
            Label {
                text: qsTr("Explorium credits per 30 days, at most")
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                Layout.preferredWidth: 260
            }
            SpinBox {
                id: budget
                objectName: "enrichment.creditBudget"
                editable: true
                from: 0
                to: EnrichmentSettings.maxCreditBudget
                stepSize: 100
                value: EnrichmentSettings.creditBudget
                Accessible.name: qsTr("Explorium credits per 30 days, at most")
                onValueModified: {
                    EnrichmentSettings.setCreditBudget(value)
                    value = Qt.binding(() => EnrichmentSettings.creditBudget)
                }
            }
        }
        CheckBox {
            objectName: "enrichment.includePhone"
            text: qsTr("Also buy phone numbers")
            checked: EnrichmentSettings.includePhone
            onToggled: {
                EnrichmentSettings.setIncludePhone(checked)
                checked = Qt.binding(() => EnrichmentSettings.includePhone)
            }
        }
        Label {
            objectName: "enrichment.explanation"
            text: qsTr("A contact costs %n credit(s) and a company 1; results cached in the last 30 days cost nothing. When the budget is spent, enrichment stops and says so until the 30 days roll on or you raise it. 0 uses cached results only.", "", EnrichmentSettings.contactCost)
            opacity: 0.75
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        Label {
            objectName: "enrichment.error"
            visible: text.length > 0
            text: EnrichmentSettings.error
            color: "#c62828"
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
    }
}
