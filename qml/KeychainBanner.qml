import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Shown when the system keychain cannot be used: says so plainly and offers the explicit,
// warned opt-in to a plain file. Nothing is ever stored in the file without that opt-in.
Frame {
    id: banner
    objectName: "settings.keychainBanner"
    visible: CredentialSettings.checked && !CredentialSettings.keychainAvailable

    background: Rectangle {
        color: Qt.rgba(0.9, 0.6, 0.1, 0.15)
        border.color: "darkorange"
        radius: 4
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            text: qsTr("The system keychain is not available")
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: qsTr("Prospector keeps service tokens only in the system keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager), and none answered: %1. Start one and restart Prospector.")
                  .arg(CredentialSettings.keychainError)
        }
        CheckBox {
            objectName: "settings.allowInsecureStorage"
            checked: CredentialSettings.insecureStorageAllowed
            text: qsTr("Store tokens unencrypted in a file instead")
            onToggled: {
                const error = CredentialSettings.setInsecureStorageAllowed(checked)
                if (error.length > 0) {
                    checked = CredentialSettings.insecureStorageAllowed
                    bannerError.text = error
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: CredentialSettings.insecureStorageAllowed
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: "firebrick"
            text: qsTr("Warning: tokens are saved in plain text in %1. Anyone who can read your files can use your HubSpot, lemlist and Explorium accounts.")
                  .arg(CredentialSettings.insecureFilePath)
        }
        Label {
            id: bannerError
            visible: text.length > 0
            color: "firebrick"
            textFormat: Text.PlainText
        }
    }
}
