import QtQuick
import QtTest
import Prospector

// The Services part of the Settings page against the real keychain (scripts/test.sh): a token
// goes in through the password field, the page shows "stored" from the index (never the token),
// and it can be removed again.
TestCase {
    id: testCase
    name: "SettingsCredentials"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function openSettings() {
        const win = createTemporaryObject(mainComponent, null)
        verify(win, "Main.qml loads")
        win.showPage("settings")
        tryVerify(() => CredentialSettings.checked, 20000, "the keychain was probed at start")
        return win
    }

    function child(win, name) {
        const item = findChild(win.contentItem, name)
        verify(item, name + " exists")
        return item
    }

    function test_keychainAvailableMeansNoBanner() {
        const win = openSettings()
        verify(CredentialSettings.keychainAvailable, CredentialSettings.keychainError)
        verify(!child(win, "settings.keychainBanner").visible)
        compare(child(win, "credentials.services").count, 3)
    }

    function test_enterTokenSeeStoredClearIt() {
        const win = openSettings()
        const token = "qml-planted-token-" + Date.now()
        const field = child(win, "credentials.hubspot.token")
        const status = child(win, "credentials.hubspot.status")
        const save = child(win, "credentials.hubspot.save")
        const clear = child(win, "credentials.hubspot.clear")
        compare(status.text, "not set")
        verify(!save.enabled, "nothing to save yet")
        verify(!clear.enabled, "nothing to remove yet")

        compare(field.echoMode, TextInput.Password)
        mouseClick(field)
        field.text = token
        verify(save.enabled)
        mouseClick(save)
        tryVerify(() => status.text.startsWith("stored"), 20000)
        compare(field.text, "", "the field forgets the token once it is saved")
        verify(status.text.indexOf(token) < 0)
        compare(child(win, "credentials.hubspot.message").text, "Token saved in the keychain.")
        verify(clear.enabled)

        // A fresh window reads the same state from the index.
        const again = openSettings()
        tryVerify(() => child(again, "credentials.hubspot.status").text.startsWith("stored"))
        again.close()

        mouseClick(clear)
        tryCompare(status, "text", "not set", 20000)
        verify(!clear.enabled)
    }

    function test_rejectsAnInsecureServerAddress() {
        const win = openSettings()
        child(win, "credentials.lemlist.advanced").checked = true
        const url = child(win, "credentials.lemlist.baseUrl")
        const error = child(win, "credentials.lemlist.baseUrlError")
        url.text = "http://lemlist.example.com"
        url.editingFinished()
        verify(error.text.length > 0, "plain http to another machine is refused")
        url.text = "http://127.0.0.1:9"
        url.editingFinished()
        compare(error.text, "")
        compare(CredentialSettings.setBaseUrl("lemlist", ""), "")
    }

    function test_testConnectionReportsTheFailureKind() {
        const win = openSettings()
        // Nothing listens on the discard port of this machine: a network failure, fast.
        compare(CredentialSettings.setBaseUrl("explorium", "http://127.0.0.1:9"), "")
        const field = child(win, "credentials.explorium.token")
        const result = child(win, "credentials.explorium.testResult")
        const test = child(win, "credentials.explorium.test")
        verify(!test.enabled, "no token stored and none typed")
        field.text = "explorium-typed-token-12345"
        verify(test.enabled)
        test.clicked()
        tryVerify(() => result.text.indexOf("Could not reach Explorium") === 0, 20000, result.text)
        compare(CredentialSettings.setBaseUrl("explorium", ""), "")
    }
}
