import QtQuick
import QtQuick.Controls
import QtTest
import Prospector
import ProspectorTest

// Imported hostile text (tests/support/hostiletext.h: rich text, SQL, RTL and bidi overrides,
// emoji) shows as plain text wherever the Prospects page shows a prospect: table cells, detail
// pane fields, tag chips, notes and the timeline. Every item in the window that shows one of the
// samples must render it with textFormat PlainText (Text.AutoText would turn "<b>Bold Corp</b>"
// into bold "Bold Corp", and load the image of "<img src=x>").
TestCase {
    id: testCase
    name: "HostileTextRendering"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    // Every item under `root` (visual children, so table and list delegates count too).
    function allItems(root, into) {
        into.push(root)
        for (let i = 0; i < root.children.length; ++i)
            allItems(root.children[i], into)
        return into
    }

    function showing(items, text) {
        return items.filter(it => it.text !== undefined && typeof it.text === "string" && it.text.indexOf(text) >= 0)
    }

    function test_importedHostileTextRendersAsPlainText() {
        ImportController.reset()
        ImportController.openFile(TestSupport.writeHostileCsv())
        tryCompare(ImportController, "stage", "preview", 10000, ImportController.errorMessage)
        ImportController.startImport()
        tryVerify(() => ImportController.status === "completed", 20000, ImportController.errorMessage)
        const samples = TestSupport.hostileSamples()
        compare(ImportController.created, samples.length)

        const win = createTemporaryObject(mainComponent, null)
        verify(win)
        win.showPage("prospects")
        ProspectsModel.resetFilters()
        ProspectsModel.search = ""
        tryVerify(() => !ProspectsModel.counting && ProspectsModel.totalCount === 3 + samples.length, 10000)

        // One carrier gets a note and a tag with rich text, then is opened in the detail pane.
        ProspectsModel.search = "Bold Corp"
        tryVerify(() => !ProspectsModel.counting && ProspectsModel.totalCount >= 1, 5000)
        tryVerify(() => ProspectsModel.idAt(0) !== 0, 5000)
        ProspectsModel.currentRow = 0
        tryVerify(() => ProspectDetail.loaded && ProspectDetail.prospectId === ProspectsModel.idAt(0), 5000)
        verify(ProspectDetail.addNote("<b>Note</b> <img src=x onerror=alert(1)>"))
        ProspectsModel.clickRow(0, 0)
        ReviewActions.addTag("<i>Tag</i>")
        tryVerify(() => !ReviewActions.busy && ProspectDetail.tags.indexOf("<i>Tag</i>") >= 0, 5000)
        const page = findChild(win.contentItem, "page.prospects")
        verify(page)
        page.openDetail()
        tryVerify(() => showing(allItems(win.contentItem, []), "<b>Note</b>").length > 0, 5000, "the note shows")

        // Everything on screen now: the filtered table, the open detail pane with its timeline.
        let items = allItems(win.contentItem, [])
        const markers = ["<b>Bold Corp</b>", "<b>Note</b>", "<i>Tag</i>"]
        for (const marker of markers) {
            const found = showing(items, marker)
            verify(found.length > 0, "something shows " + marker)
            for (const it of found) {
                if (it.textFormat !== undefined)
                    compare(it.textFormat, Text.PlainText, marker + " in " + it + " (" + it.objectName + ")")
            }
        }
        // The timeline says the tag was added, with the tag's text.
        verify(showing(items, "Tagged").length > 0, "the timeline shows the tag entry")

        // Every sample, one at a time, in the table and the detail pane.
        ProspectsModel.search = ""
        for (const sample of samples) {
            ProspectsModel.setFilter("countries", [sample.stored])
            tryVerify(() => !ProspectsModel.counting && ProspectsModel.totalCount === 1, 5000, sample.name)
            tryVerify(() => ProspectsModel.idAt(0) !== 0, 5000)
            ProspectsModel.currentRow = 0
            tryVerify(() => ProspectDetail.prospectId === ProspectsModel.idAt(0) && ProspectDetail.loaded, 5000)
            // The table cell and the detail pane both show it once their delegates took the new row.
            let found = []
            tryVerify(() => {
                found = showing(allItems(win.contentItem, []), sample.stored)
                return found.length >= 2
            }, 5000, sample.name + " shows in the table and the detail pane")
            for (const it of found) {
                if (it.textFormat !== undefined)
                    compare(it.textFormat, Text.PlainText, sample.name + " in " + it + " (" + it.objectName + ")")
            }
        }
        ProspectsModel.resetFilters()
    }
}
