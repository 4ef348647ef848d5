import QtQuick
import QtTest
import QtQuick.Controls
import Prospector
import ProspectorTest

// The Problems page over real dead letters (made as a drain leaves them), with the engine host
// and the loopback simulators behind Retry, Edit and retry and Discard; and the HubSpot token
// flow: paused for want of a token → Settings › Services → saved → resumed by itself.
TestCase {
    id: testCase
    name: "Problems"
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
        Problems.reload()
        ProspectsModel.reload()
        tryVerify(() => !ProspectsModel.counting, 5000)
    }

    function add(first, last, email) {
        const id = TestSupport.addProspect(first, last, email, "Problem Co")
        verify(id > 0)
        added.push(id)
        return id
    }

    function child(root, name) {
        const item = findChild(root, name)
        verify(item, name + " exists")
        return item
    }

    function openProblems() {
        const win = createTemporaryObject(mainComponent, null)
        verify(win, "Main.qml loads")
        win.showPage("problems")
        tryVerify(() => child(win.contentItem, "page.problems").visible)
        return win
    }

    // The list row of a dead letter, by its operation id.
    function rowOf(win, operationId) {
        const list = child(win.contentItem, "problems.list")
        for (let i = 0; i < list.count; ++i) {
            const item = findChild(list, "problems.item." + i)
            if (item && item.operationId === operationId)
                return item
        }
        return null
    }

    function test_deadLettersAreListedWithReasonAndBadge() {
        add("Pat", "Problem", "pat@problem.dev")
        const before = Problems.count
        const op = TestSupport.makeDeadLetter("lemlist", "pat@problem.dev", "validation", "Invalid email format")
        verify(op > 0)
        const win = openProblems()
        tryCompare(Problems, "count", before + 1, 5000)
        const badge = child(win.contentItem, "nav.problems.badge")
        tryVerify(() => badge.visible)
        compare(child(win.contentItem, "nav.problems").Accessible.name,
                Problems.count === 1 ? "Problems, 1 waiting" : "Problems, " + Problems.count + " waiting")
        tryVerify(() => rowOf(win, op) !== null, 5000)
        const row = rowOf(win, op)
        compare(child(row, "problems.item." + row.index + ".reason").text, "The service refused the data")

        // Retry: lemlist (the simulator) takes it this time.
        mouseClick(child(row, "problems.item." + row.index + ".retry"))
        tryCompare(Problems, "count", before, 10000)
        tryVerify(() => TestSupport.outboxState("lemlist:enroll:cam_qml_welcome:pat@problem.dev") === "done", 20000)
    }

    function test_editAndRetryCorrectsTheProspectFirst() {
        add("Quinn", "Typo", "quinn@typo.dev")
        const op = TestSupport.makeDeadLetter("lemlist", "quinn@typo.dev", "validation", "Invalid email")
        verify(op > 0)
        const win = openProblems()
        tryVerify(() => rowOf(win, op) !== null, 5000)
        const row = rowOf(win, op)
        mouseClick(child(row, "problems.item." + row.index + ".edit"))
        const dialog = child(child(win.contentItem, "page.problems"), "problems.editDialog")
        tryVerify(() => dialog.opened)
        const email = child(dialog.contentItem, "problems.edit.email")
        compare(email.text, "quinn@typo.dev")
        compare(child(dialog.contentItem, "problems.edit.firstName").text, "Quinn")

        // A correction that is not valid is refused where it was typed, and nothing is queued.
        email.text = "quinn at fixed"
        mouseClick(child(dialog.footer, "problems.edit.save"))
        const error = child(dialog.contentItem, "problems.edit.email.error")
        tryVerify(() => error.visible)
        verify(error.text.length > 0)
        verify(dialog.opened)
        compare(TestSupport.outboxState("lemlist:enroll:cam_qml_welcome:quinn@typo.dev"), "dead")

        email.text = "quinn@fixed.dev"
        mouseClick(child(dialog.footer, "problems.edit.save"))
        tryVerify(() => !dialog.opened)
        // The corrected address is enrolled; the misspelt one's effect is gone.
        tryVerify(() => TestSupport.outboxState("lemlist:enroll:cam_qml_welcome:quinn@fixed.dev") === "done", 20000)
        compare(TestSupport.outboxState("lemlist:enroll:cam_qml_welcome:quinn@typo.dev"), "")
        tryVerify(() => rowOf(win, op) === null, 5000)
    }

    function test_discardAsksFirst() {
        add("Dee", "Discard", "dee@discard.dev")
        const op = TestSupport.makeDeadLetter("lemlist", "dee@discard.dev", "suppressed", "opted out")
        verify(op > 0)
        const win = openProblems()
        tryVerify(() => rowOf(win, op) !== null, 5000)
        const row = rowOf(win, op)
        verify(!child(row, "problems.item." + row.index + ".retry").visible,
               "a suppressed prospect must not be contacted: no retry")
        const count = Problems.count
        mouseClick(child(row, "problems.item." + row.index + ".discard"))
        const confirm = child(child(win.contentItem, "page.problems"), "problems.confirmDiscard")
        tryVerify(() => confirm.opened)
        compare(Problems.count, count, "nothing happens before confirming")
        confirm.standardButton(Dialog.Discard).clicked()
        tryCompare(Problems, "count", count - 1, 10000)
        compare(TestSupport.outboxState("lemlist:enroll:cam_qml_welcome:dee@discard.dev"), "")
    }

    function test_hubspotWaitsForATokenAndResumesWhenOneIsSaved() {
        add("Tess", "Token", "tess@token.dev")
        verify(TestSupport.queueHubSpot("tess@token.dev"))
        const win = openProblems()
        tryVerify(() => SyncActivity.running, 10000)
        const banner = child(win.contentItem, "problems.paused.hubspot")
        tryVerify(() => banner.visible, 5000)
        compare(child(banner, "problems.paused.hubspot.title").text, "HubSpot needs a token")
        compare(TestSupport.outboxState("hubspot:upsert:tess@token.dev"), "queued")

        mouseClick(child(banner, "problems.paused.hubspot.settings"))
        compare(win.currentPage, win.pageNames.indexOf("settings"))
        tryVerify(() => CredentialSettings.checked, 20000)
        const field = child(win.contentItem, "credentials.hubspot.token")
        field.text = "qml-hubspot-token"
        mouseClick(child(win.contentItem, "credentials.hubspot.save"))
        const status = child(win.contentItem, "credentials.hubspot.status")
        tryVerify(() => status.text.startsWith("stored"), 20000)

        // The saved token reaches the engine: HubSpot resumes and the waiting contact is sent.
        tryVerify(() => TestSupport.outboxState("hubspot:upsert:tess@token.dev") === "done", 20000)
        win.showPage("problems")
        tryVerify(() => !banner.visible, 20000)

        // Leave the keychain as the other tests expect it: no HubSpot token, HubSpot paused.
        win.showPage("settings")
        mouseClick(child(win.contentItem, "credentials.hubspot.clear"))
        tryCompare(status, "text", "not set", 20000)
        win.showPage("problems")
        tryVerify(() => banner.visible, 20000)
    }
}
