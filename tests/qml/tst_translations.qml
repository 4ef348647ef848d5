import QtQuick
import QtTest
import Prospector

// Runtime language switch: TranslationManager installs the embedded catalog and retranslates
// the live window, and the Settings page offers every catalog.
TestCase {
    id: testCase
    name: "Translations"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    property string initialLanguage

    function initTestCase() {
        initialLanguage = TranslationManager.language
    }

    function cleanup() {
        TranslationManager.pseudoLocalization = false
        TranslationManager.language = initialLanguage
    }

    function openWindow() {
        const win = createTemporaryObject(mainComponent, null)
        verify(win, "Main.qml loads")
        tryVerify(() => win.visible)
        return win
    }

    function test_catalogsAreEmbedded() {
        const codes = TranslationManager.languages.map(l => l.code)
        verify(codes.indexOf("en") >= 0, "English (the source language) is offered")
        verify(codes.indexOf("de") >= 0, "German catalog is embedded")
        verify(codes.indexOf("fr") >= 0, "French catalog is embedded")
        const german = TranslationManager.languages.find(l => l.code === "de")
        compare(german.name, "Deutsch", "languages are named in their own language")
    }

    function test_switchesTheLiveWindow() {
        TranslationManager.language = "en"
        const win = openWindow()
        // The rail's entries are rebuilt on a switch, so each check looks the entry up anew.
        const entryText = () => findChild(win.contentItem, "nav.settings").text
        compare(entryText(), "Settings")

        TranslationManager.language = "de"
        compare(entryText(), "Einstellungen")
        win.showPage("settings")
        const header = findChild(win.contentItem, "page.settings").title
        compare(header, "Einstellungen", "page titles follow")

        TranslationManager.language = "fr"
        compare(entryText(), "Paramètres")

        TranslationManager.language = "en"
        compare(entryText(), "Settings")
    }

    function test_chooserInSettings() {
        TranslationManager.language = "en"
        const win = openWindow()
        win.showPage("settings")
        const chooser = findChild(win.contentItem, "settings.language")
        verify(chooser, "the Settings page has a language chooser")
        tryVerify(() => chooser.visible)
        compare(chooser.currentValue, "en")
        verify(chooser.count >= 4, "system default + English + German + French")
        compare(chooser.valueAt(0), "", "the first entry follows the system")

        // Choosing German from the list as a user would: open it and click the entry.
        mouseClick(chooser)
        tryVerify(() => chooser.popup.opened)
        const index = chooser.indexOfValue("de")
        chooser.currentIndex = index
        chooser.activated(index)
        compare(TranslationManager.language, "de")
        const box = findChild(win.contentItem, "settings.languageBox")
        compare(box.title, "Sprache", "the chooser's own page is translated too")
        tryCompare(chooser, "currentValue", "de", 2000, "the choice survives the model's retranslation")
    }
}
