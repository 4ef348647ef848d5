import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// One service on the Settings page: its token (write-only: the field never shows what is stored),
// "Test connection" with a readable result, and the advanced base URL and rate limit.
GroupBox {
    id: card
    required property string serviceKey
    required property string name
    required property bool stored
    required property string statusText
    required property string baseUrl
    required property string defaultBaseUrl
    required property int rateLimit
    required property int defaultRateLimit
    required property real rateWindowSeconds
    required property bool busy
    required property string message
    required property bool messageIsError
    required property string testOutcome
    required property string testMessage

    objectName: "credentials." + serviceKey
    title: name
    Layout.fillWidth: true

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            spacing: 8
            Label { text: qsTr("Token") }
            Label {
                objectName: "credentials." + card.serviceKey + ".status"
                text: card.statusText
                textFormat: Text.PlainText
                font.bold: card.stored
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            TextField {
                id: tokenField
                objectName: "credentials." + card.serviceKey + ".token"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                placeholderText: card.stored ? qsTr("Paste a new token to replace the stored one")
                                             : qsTr("Paste the %1 token").arg(card.name)
                Accessible.name: qsTr("%1 token").arg(card.name)
                enabled: !card.busy
                onAccepted: saveButton.clicked()
            }
            Button {
                id: saveButton
                objectName: "credentials." + card.serviceKey + ".save"
                text: qsTr("Save")
                enabled: !card.busy && tokenField.text.trim().length > 0
                onClicked: {
                    CredentialSettings.saveToken(card.serviceKey, tokenField.text)
                    tokenField.clear()
                }
            }
            Button {
                objectName: "credentials." + card.serviceKey + ".clear"
                text: qsTr("Remove")
                enabled: !card.busy && card.stored
                onClicked: CredentialSettings.clearToken(card.serviceKey)
            }
            Button {
                objectName: "credentials." + card.serviceKey + ".test"
                text: qsTr("Test connection")
                enabled: !card.busy && (card.stored || tokenField.text.trim().length > 0)
                // A typed but unsaved token is tested as typed; otherwise the stored one.
                onClicked: CredentialSettings.testConnection(card.serviceKey, tokenField.text)
            }
        }
        Label {
            objectName: "credentials." + card.serviceKey + ".message"
            visible: text.length > 0
            text: card.message
            textFormat: Text.PlainText
            color: card.messageIsError ? "firebrick" : palette.windowText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "credentials." + card.serviceKey + ".testResult"
            visible: text.length > 0
            text: card.testMessage
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            color: card.testOutcome === "ok" ? "forestgreen"
                 : card.testOutcome === "running" ? palette.windowText : "firebrick"
        }

        CheckBox {
            id: advanced
            objectName: "credentials." + card.serviceKey + ".advanced"
            text: qsTr("Advanced")
        }
        GridLayout {
            visible: advanced.checked
            columns: 3
            columnSpacing: 8
            Layout.fillWidth: true

            Label { text: qsTr("Server address") }
            TextField {
                id: urlField
                objectName: "credentials." + card.serviceKey + ".baseUrl"
                Layout.fillWidth: true
                text: card.baseUrl
                placeholderText: card.defaultBaseUrl
                Accessible.name: qsTr("%1 server address").arg(card.name)
                onEditingFinished: urlError.text = CredentialSettings.setBaseUrl(card.serviceKey, text)
            }
            Button {
                text: qsTr("Default")
                onClicked: {
                    urlField.text = card.defaultBaseUrl
                    urlError.text = CredentialSettings.setBaseUrl(card.serviceKey, "")
                }
            }
            Label {
                id: urlError
                objectName: "credentials." + card.serviceKey + ".baseUrlError"
                Layout.columnSpan: 3
                visible: text.length > 0
                color: "firebrick"
                textFormat: Text.PlainText
            }

            Label { text: qsTr("Requests per %1 s").arg(card.rateWindowSeconds) }
            SpinBox {
                objectName: "credentials." + card.serviceKey + ".rateLimit"
                from: 1
                to: 100000
                editable: true
                value: card.rateLimit
                Accessible.name: qsTr("%1 requests per window").arg(card.name)
                onValueModified: rateError.text = CredentialSettings.setRateLimit(card.serviceKey, value)
            }
            Label {
                text: qsTr("default %1").arg(card.defaultRateLimit)
                opacity: 0.7
            }
            Label {
                id: rateError
                Layout.columnSpan: 3
                visible: text.length > 0
                color: "firebrick"
                textFormat: Text.PlainText
            }
        }
    }
}
