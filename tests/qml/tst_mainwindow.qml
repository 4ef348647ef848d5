import QtQuick
import QtTest
import Prospector

TestCase {
    id: testCase
    name: "MainWindow"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function openWindow() {
        const win = createTemporaryObject(mainComponent, null)
        verify(win, "Main.qml loads")
        tryVerify(() => win.visible && win.active !== undefined)
        return win
    }

    function test_navigatesEveryPage() {
        const win = openWindow()
        const names = ["dashboard", "prospects", "import", "autopilot", "settings", "problems"]
        for (let i = 0; i < names.length; ++i) {
            const button = findChild(win.contentItem, "nav." + names[i])
            verify(button, "navigation entry " + names[i])
            mouseClick(button)
            compare(win.currentPage, i, "clicking " + names[i] + " shows its page")
            const page = findChild(win.contentItem, "page." + names[i])
            verify(page, "page " + names[i] + " exists")
            tryVerify(() => page.visible)
        }
    }

    function test_keyboardNavigation() {
        const win = openWindow()
        win.requestActivate()
        tryVerify(() => win.active)
        keyClick(Qt.Key_5, Qt.ControlModifier)
        compare(win.currentPage, 4)
        keyClick(Qt.Key_2, Qt.ControlModifier)
        compare(win.currentPage, 1)
    }

    function test_prospectsTableComesFromTheDatabase() {
        const win = openWindow()
        win.showPage("prospects")
        const table = findChild(win.contentItem, "prospects.table")
        verify(table)
        tryCompare(table, "rows", 3)
        const search = findChild(win.contentItem, "prospects.search")
        search.text = "hopp"
        tryCompare(table, "rows", 1, 2000)
        compare(ProspectsModel.search, "hopp")
        search.text = "zzzz-no-match"
        tryCompare(table, "rows", 0, 2000)
        const empty = findChild(win.contentItem, "prospects.empty")
        tryVerify(() => empty.visible, 2000, "an empty state explains the empty result")
        search.text = ""
        tryCompare(table, "rows", 3, 2000)
    }

    function test_settingsShowsDataFolder() {
        const win = openWindow()
        win.showPage("settings")
        const label = findChild(win.contentItem, "settings.dataDir")
        verify(label)
        compare(label.text, AppInfo.dataDir)
    }
}
