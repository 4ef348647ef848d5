import QtQuick
import QtTest
import Prospector

// Settings › Enrichment in the real window: the spin box and the check box save through the
// EnrichmentSettings singleton at once, and the explanation follows the price of a contact.
TestCase {
    id: testCase
    name: "SettingsEnrichment"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    property int budgetBefore: 0
    property bool phoneBefore: false

    function initTestCase() {
        budgetBefore = EnrichmentSettings.creditBudget
        phoneBefore = EnrichmentSettings.includePhone
    }

    function cleanup() {
        // The runner's database is shared with the other tests: leave the settings as found.
        EnrichmentSettings.setCreditBudget(budgetBefore)
        EnrichmentSettings.setIncludePhone(phoneBefore)
    }

    function openSettings() {
        const win = createTemporaryObject(mainComponent, null)
        verify(win, "Main.qml loads")
        win.showPage("settings")
        return win
    }

    function child(win, name) {
        const item = findChild(win.contentItem, name)
        verify(item, name + " exists")
        return item
    }

    function test_budgetSpinBoxSavesAtOnce() {
        const win = openSettings()
        const spin = child(win, "enrichment.creditBudget")
        tryVerify(() => spin.visible)
        compare(spin.value, EnrichmentSettings.creditBudget)
        const before = spin.value
        // What the up arrow does (the box sits below the fold of the test window).
        spin.increase()
        spin.valueModified()
        tryCompare(EnrichmentSettings, "creditBudget", before + spin.stepSize)
        compare(spin.value, before + spin.stepSize)
        compare(child(win, "enrichment.error").visible, false)

        // A fresh window shows the saved value.
        const again = openSettings()
        compare(child(again, "enrichment.creditBudget").value, before + spin.stepSize)
        again.close()
    }

    function test_phoneNumbersChangeThePrice() {
        const win = openSettings()
        const phone = child(win, "enrichment.includePhone")
        const explanation = child(win, "enrichment.explanation")
        EnrichmentSettings.setIncludePhone(false)
        verify(!phone.checked)
        verify(explanation.text.indexOf("2 credits") >= 0, explanation.text)
        phone.toggle() // a click, below the fold of the test window
        phone.toggled()
        tryVerify(() => EnrichmentSettings.includePhone)
        verify(phone.checked)
        compare(EnrichmentSettings.contactCost, 5)
        verify(explanation.text.indexOf("5 credits") >= 0, explanation.text)
    }

    function test_refusedBudgetSaysWhy() {
        const win = openSettings()
        verify(!EnrichmentSettings.setCreditBudget(-5))
        const error = child(win, "enrichment.error")
        verify(error.visible)
        verify(error.text.indexOf("between 0 and") >= 0, error.text)
        verify(EnrichmentSettings.setCreditBudget(budgetBefore))
        verify(!error.visible)
    }
}
