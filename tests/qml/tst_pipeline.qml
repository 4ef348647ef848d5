import QtQuick
import QtTest
import Prospector
import ProspectorTest

// The pipeline actions on the Prospects page (confirmation with counts and reasons, campaign
// chooser, queueing), the per-prospect sync column, the offline indicator and the Sync activity
// panel, against the engine host and the loopback simulators tst_qml.cpp composes. HubSpot has no
// token in this run (its work waits); lemlist and Explorium use the simulators' credential.
TestCase {
    id: testCase
    name: "Pipeline"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    property var added: []

    function cleanup() {
        for (let i = 0; i < added.length; ++i)
            TestSupport.removeProspect(added[i])
        added = []
        ProspectsModel.clearSelection()
        ProspectsModel.search = ""
        ProspectsModel.reload()
        tryVerify(() => !ProspectsModel.counting, 5000)
        TestSupport.setNetworkReachable(true)
        if (PipelineActions.phase !== "idle")
            PipelineActions.cancel()
        tryCompare(PipelineActions, "phase", "idle", 10000)
    }

    function add(first, last, email, company) {
        const id = TestSupport.addProspect(first, last, email, company)
        verify(id > 0)
        added.push(id)
        return id
    }

    function child(root, name) {
        const item = findChild(root, name)
        verify(item, name + " exists")
        return item
    }

    // The Prospects page showing exactly the rows matching `search`, all selected.
    function openSelected(search, rows) {
        const win = createTemporaryObject(mainComponent, null)
        verify(win, "Main.qml loads")
        win.showPage("prospects")
        ProspectsModel.search = search
        tryCompare(ProspectsModel, "totalCount", rows, 5000)
        ProspectsModel.selectAll()
        return win
    }

    // Popups live in the window's overlay; they are found from the page that declares them.
    function dialogOf(win) {
        return child(child(win.contentItem, "page.prospects"), "pipeline.dialog")
    }

    // Bulk bar buttons appear with the selection; click once laid out.
    function clickBulk(win, name) {
        const button = child(win.contentItem, name)
        tryVerify(() => button.visible && button.width > 0, 5000)
        waitForRendering(win.contentItem)
        mouseClick(button)
    }

    function toastText(win) {
        return child(child(win.contentItem, "page.prospects"), "toast.message").text
    }

    function test_syncToHubSpotConfirmsWhatIsQueuedAndSkipped() {
        add("Pia", "Pipetest", "pia@pipetest.dev", "Pipetest Ltd")
        add("Pol", "Pipetest", "pol@pipetest.dev", "Pipetest Ltd")
        add("Pim", "Pipetest", "", "Pipetest Ltd")
        const win = openSelected("pipetest", 3)
        clickBulk(win, "bulk.hubspot")

        tryCompare(PipelineActions, "phase", "confirming", 10000)
        const dialog = dialogOf(win)
        tryVerify(() => dialog.opened)
        compare(PipelineActions.preview.toQueue, 2)
        compare(PipelineActions.preview.noEmail, 1)
        compare(child(dialogOf(win), "pipeline.summary").text, "2 prospects will be synced to HubSpot.")
        compare(child(dialogOf(win), "pipeline.skipped").text, "1 skipped:")
        compare(dialog.reasons(), ["1 without an e-mail address"])
        compare(TestSupport.outboxState("hubspot:upsert:pia@pipetest.dev"), "", "nothing is queued before confirming")

        const confirm = child(dialogOf(win), "pipeline.confirm")
        compare(confirm.text, "Queue 2")
        mouseClick(confirm)
        tryCompare(PipelineActions, "phase", "idle", 10000)
        tryVerify(() => !dialog.opened)
        tryVerify(() => toastText(win).length > 0, 5000)
        compare(toastText(win), "Queued 2 prospects for HubSpot. 1 skipped.")
        // HubSpot has no token here: the work waits in the outbox instead of failing.
        compare(TestSupport.outboxState("hubspot:upsert:pia@pipetest.dev"), "queued")
        compare(TestSupport.outboxState("hubspot:upsert:pol@pipetest.dev"), "queued")
        tryVerify(() => SyncActivity.waiting >= 2)

        // The table's sync column says so for each row with an address.
        const column = ProspectsModel.visibleColumns.indexOf("sync_state")
        verify(column >= 0, "the sync column is shown by default")
        tryVerify(() => {
            let queued = 0
            for (let r = 0; r < ProspectsModel.totalCount; ++r) {
                const summary = ProspectsModel.data(ProspectsModel.index(r, column))
                if (summary && summary.hubspot === "queued")
                    ++queued
            }
            return queued === 2
        }, 5000)
        // And shows it: a hollow HubSpot badge with its meaning in words, none for the row without one.
        const table = child(win.contentItem, "prospects.table")
        const rowOfPia = ProspectsModel.data(ProspectsModel.index(0, 0)) === "Pia Pipetest" ? 0 : -1
        verify(rowOfPia === 0, "rows in id order")
        table.positionViewAtColumn(column, TableView.Contain)
        tryVerify(() => {
            const cell = table.itemAtCell(Qt.point(column, 0))
            const icon = cell ? findChild(cell, "syncIcon.hubspot") : null
            return icon && icon.visible && icon.Accessible.name === "Waiting to sync to HubSpot"
        }, 5000)
        tryVerify(() => {
            const cell = table.itemAtCell(Qt.point(column, 2))
            const icon = cell ? findChild(cell, "syncIcon.hubspot") : null
            return icon && !icon.visible
        }, 5000)
    }

    function test_enrollChoosesACampaignAndNamesTheSkips() {
        add("Eli", "Pipeenroll", "eli@pipeenroll.dev", "Pipeenroll Inc")
        add("Eva", "Pipeenroll", "eva@pipeenroll.dev", "Pipeenroll Inc")
        add("Ezra", "Pipeenroll", "ezra@pipeenroll.dev", "Pipeenroll Inc")
        verify(TestSupport.suppress("ezra@pipeenroll.dev"))
        const win = openSelected("pipeenroll", 3)
        clickBulk(win, "bulk.lemlist")

        // The account's campaigns come from lemlist (the simulator) through the engine host.
        tryVerify(() => PipelineActions.campaigns.length === 2, 15000)
        tryCompare(PipelineActions, "phase", "confirming", 10000)
        const combo = child(dialogOf(win), "pipeline.campaign")
        tryVerify(() => combo.count === 2)
        combo.currentIndex = combo.indexOfValue("cam_qml_followup")
        combo.activated(combo.currentIndex)
        compare(PipelineActions.campaignId, "cam_qml_followup")
        tryCompare(PipelineActions, "phase", "confirming", 10000)
        compare(PipelineActions.preview.toQueue, 2)
        compare(PipelineActions.preview.suppressed, 1)
        const dialog = dialogOf(win)
        compare(dialog.reasons(), ["1 on the suppression list (opted out)"])
        compare(child(dialogOf(win), "pipeline.summary").text, "2 prospects will be enrolled.")

        mouseClick(child(dialogOf(win), "pipeline.confirm"))
        tryCompare(PipelineActions, "phase", "idle", 10000)
        tryVerify(() => toastText(win).length > 0, 5000)
        compare(toastText(win), "Queued 2 prospects for the lemlist campaign “Follow-up”. 1 skipped.")
        compare(TestSupport.setting("lemlist.lastCampaignId"), "cam_qml_followup", "the campaign is remembered")
        compare(TestSupport.outboxState("lemlist:enroll:cam_qml_followup:ezra@pipeenroll.dev"), "")
        // lemlist has a credential: the engine enrolls them for real, exactly as queued.
        tryVerify(() => TestSupport.outboxState("lemlist:enroll:cam_qml_followup:eli@pipeenroll.dev") === "done"
                        && TestSupport.outboxState("lemlist:enroll:cam_qml_followup:eva@pipeenroll.dev") === "done", 20000)
    }

    function test_cancelQueuesNothing() {
        add("Cid", "Pipecancel", "cid@pipecancel.dev", "Pipecancel")
        const win = openSelected("pipecancel", 1)
        clickBulk(win, "bulk.hubspot")
        tryVerify(() => PipelineActions.phase !== "idle")
        const cancel = child(dialogOf(win), "pipeline.cancel")
        tryVerify(() => dialogOf(win).opened && cancel.width > 0)
        mouseClick(cancel)
        tryCompare(PipelineActions, "phase", "idle", 5000)
        tryVerify(() => !dialogOf(win).opened)
        wait(200)
        compare(TestSupport.outboxState("hubspot:upsert:cid@pipecancel.dev"), "")
    }

    function test_enrichConfirmsThenExploriumEnriches() {
        add("Ena", "Pipeenrich", "ena@pipeenrich.dev", "Pipeenrich")
        add("Eno", "Pipeenrich", "", "Pipeenrich")
        const win = openSelected("pipeenrich", 2)
        clickBulk(win, "bulk.enrich")
        tryCompare(PipelineActions, "phase", "confirming", 10000)
        compare(PipelineActions.preview.toQueue, 1)
        compare(child(dialogOf(win), "pipeline.summary").text, "1 prospect will be enriched.")
        verify(child(dialogOf(win), "pipeline.credits").visible, "the budget left is shown before paying")
        compare(dialogOf(win).reasons().length, 1, "the prospect without anything to match on is named")
        mouseClick(child(dialogOf(win), "pipeline.confirm"))
        tryCompare(PipelineActions, "phase", "idle", 10000)
        tryVerify(() => toastText(win).length > 0, 5000)
        compare(toastText(win), "Queued 1 prospect for enrichment. 1 skipped.")
        // Explorium (the simulator) has a credential here: the engine enriches it for real.
        tryVerify(() => TestSupport.outboxState("explorium:enrich:ena@pipeenrich.dev") === "done", 20000)
    }

    function test_offlineIndicatorFollowsTheNetwork() {
        const win = createTemporaryObject(mainComponent, null)
        const indicator = child(win.contentItem, "offlineIndicator")
        tryVerify(() => SyncActivity.running, 10000)
        verify(!indicator.visible)
        TestSupport.setNetworkReachable(false)
        tryVerify(() => indicator.visible, 5000)
        compare(child(win.contentItem, "offlineIndicator.text").text,
                SyncActivity.waiting === 1 ? "Offline — 1 operation waiting"
                                           : "Offline — " + SyncActivity.waiting + " operations waiting")
        TestSupport.setNetworkReachable(true)
        tryVerify(() => !indicator.visible, 5000)
    }

    function test_activityPanelShowsEveryService() {
        const win = createTemporaryObject(mainComponent, null)
        tryVerify(() => SyncActivity.running, 10000)
        mouseClick(child(win.contentItem, "nav.syncActivity"))
        const panel = child(win, "syncActivity.panel")
        tryVerify(() => panel.opened)
        for (const key of ["hubspot", "lemlist", "explorium"]) {
            const counts = child(panel.contentItem, "activity." + key + ".counts")
            verify(counts.text.startsWith("Queued "), counts.text)
        }
        // No HubSpot token in this run: the panel says why nothing moves, and where to fix it.
        tryCompare(child(panel.contentItem, "activity.hubspot.state"), "text", "Paused: no token stored", 5000)
        verify(child(panel.contentItem, "activity.hubspot.settings").visible)
        mouseClick(child(panel.contentItem, "activity.hubspot.settings"))
        tryVerify(() => !panel.opened)
        compare(win.currentPage, win.pageNames.indexOf("settings"))
    }
}
