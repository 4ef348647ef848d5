import QtQuick
import QtTest
import Prospector

// Run by the tst_qml_nokeychain CTest entry with a D-Bus address that leads nowhere, so no
// keychain answers: the page says so, refuses to store silently, and stores in the plain file
// only after the explicit opt-in.
TestCase {
    name: "SettingsWithoutKeychain"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function child(win, name) {
        const item = findChild(win.contentItem, name)
        verify(item, name + " exists")
        return item
    }

    function test_bannerAndExplicitOptIn() {
        const win = createTemporaryObject(mainComponent, null)
        win.showPage("settings")
        tryVerify(() => CredentialSettings.checked, 20000)
        verify(!CredentialSettings.keychainAvailable)
        const banner = child(win, "settings.keychainBanner")
        tryVerify(() => banner.visible)
        const optIn = child(win, "settings.allowInsecureStorage")
        verify(!optIn.checked, "off by default")

        const field = child(win, "credentials.hubspot.token")
        const status = child(win, "credentials.hubspot.status")
        const message = child(win, "credentials.hubspot.message")
        field.text = "no-keychain-token-123456"
        child(win, "credentials.hubspot.save").clicked()
        tryVerify(() => message.text.indexOf("keychain is not available") >= 0, 5000, message.text)
        compare(status.text, "not set", "nothing was stored without the opt-in")

        mouseClick(optIn)
        verify(CredentialSettings.insecureStorageAllowed)
        field.text = "no-keychain-token-123456"
        child(win, "credentials.hubspot.save").clicked()
        tryVerify(() => status.text.indexOf("stored in a plain file") === 0, 5000, status.text)

        child(win, "credentials.hubspot.clear").clicked()
        tryCompare(status, "text", "not set", 5000)
        mouseClick(optIn)
        verify(!CredentialSettings.insecureStorageAllowed)
    }
}
