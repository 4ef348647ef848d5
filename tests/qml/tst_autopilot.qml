import QtQuick
import QtTest
import Prospector
import ProspectorTest

// The Autopilot page over a test double of AutopilotControl (FakeAutopilot): the explicit
// opt-in, one-click off, the commands, the approval card, the run history with its reports,
// the settings editor with its messages, close-to-tray with a real tray host, and a
// notification click that brings the window back on the right page.
TestCase {
    id: testCase
    name: "Autopilot"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        FakeAutopilot.reset()
        Notifications.clear()
        AutopilotSettings.revert()
    }

    function openPage() {
        const win = createTemporaryObject(mainComponent, null)
        verify(win, "Main.qml loads")
        tryVerify(() => win.visible)
        win.showPage("autopilot")
        const page = findChild(win.contentItem, "page.autopilot")
        tryVerify(() => page.visible)
        return win
    }

    // Lays out and scrolls the page so `item` is on screen before a real click.
    function reveal(win, item) {
        waitForRendering(win.contentItem)
        const scroller = child(win.contentItem, "autopilot.scroller")
        const flick = scroller.contentItem
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y - 40, flick.contentHeight - flick.height))
        waitForRendering(win.contentItem)
        return item
    }

    function click(win, name) {
        mouseClick(reveal(win, child(win.contentItem, name)))
    }

    function optIn(win) {
        return child(win.contentItem, "page.autopilot").optInDialog
    }

    function child(parentItem, name) {
        const item = findChild(parentItem, name)
        verify(item, name + " exists")
        return item
    }

    function test_optInNeedsADeliberateConfirmation() {
        const win = openPage()
        compare(Autopilot.state, "off")
        compare(child(win.contentItem, "autopilot.stateText").text, "Off")
        const turnOn = child(win.contentItem, "autopilot.turnOn")
        verify(turnOn.visible)
        verify(!child(win.contentItem, "autopilot.runNow").visible, "no Run now before the opt-in")
        mouseClick(reveal(win, turnOn))

        const dialog = optIn(win)
        tryVerify(() => dialog.opened)
        // The summary says what it will do with the settings as they are.
        const summary = AutopilotSettings.summary
        verify(summary.some(line => line.indexOf("at 09:00 on Monday to Friday") >= 0), summary.join("\n"))
        verify(summary.some(line => line.indexOf("score of at least 60") >= 0))
        verify(summary.some(line => line.indexOf("more than 10 prospects waits for your approval") >= 0))
        verify(summary.some(line => line.indexOf("at most 25 per day") >= 0))
        compare(child(dialog.contentItem, "autopilot.optIn.summary").count, summary.length)

        const confirm = child(dialog.footer, "autopilot.optIn.confirm")
        verify(!confirm.enabled, "turning on needs the box ticked")
        mouseClick(confirm)
        compare(FakeAutopilot.calls.length, 0)
        mouseClick(child(dialog.contentItem, "autopilot.optIn.understood"))
        verify(confirm.enabled)
        mouseClick(confirm)
        compare(FakeAutopilot.calls, ["setEnabled(true)"])
        tryVerify(() => !dialog.visible)
        compare(Autopilot.state, "idle")
        verify(child(win.contentItem, "autopilot.runNow").visible)

        // Off is one click.
        click(win, "autopilot.turnOff")
        compare(FakeAutopilot.calls, ["setEnabled(true)", "setEnabled(false)"])
        compare(Autopilot.state, "off")
    }

    function test_optInSaysWhyItFailed() {
        const win = openPage()
        FakeAutopilot.setEnableError("the database is read-only")
        click(win, "autopilot.turnOn")
        const dialog = optIn(win)
        tryVerify(() => dialog.opened)
        mouseClick(child(dialog.contentItem, "autopilot.optIn.understood"))
        mouseClick(child(dialog.footer, "autopilot.optIn.confirm"))
        verify(dialog.visible, "the dialog stays open")
        compare(child(dialog.contentItem, "autopilot.optIn.message").text,
                "Autopilot could not be turned on: the database is read-only")
        mouseClick(child(dialog.footer, "autopilot.optIn.cancel"))
        tryVerify(() => !dialog.visible)
    }

    function test_commandsGoToAutopilot() {
        const win = openPage()
        FakeAutopilot.setStateKey("idle")
        click(win, "autopilot.runNow")
        click(win, "autopilot.dryRun")
        const pause = child(win.contentItem, "autopilot.pauseResume")
        compare(pause.text, "Pause")
        click(win, "autopilot.pauseResume")
        compare(FakeAutopilot.calls, ["runNow", "runNow(dry)", "pause"])
        FakeAutopilot.setStateKey("paused")
        compare(pause.text, "Resume")
        verify(!child(win.contentItem, "autopilot.runNow").enabled, "paused: nothing starts")
        click(win, "autopilot.pauseResume")
        compare(FakeAutopilot.calls[3], "resume")

        FakeAutopilot.setStateKey("running")
        verify(!child(win.contentItem, "autopilot.runNow").enabled, "one run at a time")
        verify(!child(win.contentItem, "autopilot.dryRun").enabled)

        FakeAutopilot.setStateKey("attention", "HubSpot needs a new token.")
        compare(child(win.contentItem, "autopilot.stateText").text, "Needs your attention")
        compare(child(win.contentItem, "autopilot.attentionReason").text, "HubSpot needs a new token.")
    }

    function test_approvalCard() {
        const win = openPage()
        FakeAutopilot.setStateKey("running")
        const card = child(win.contentItem, "autopilot.approval")
        verify(!card.visible)
        FakeAutopilot.requestApproval(12, "14 prospects would be enrolled in “Welcome”.")
        tryVerify(() => card.visible)
        compare(child(card, "autopilot.approval.summary").text, "14 prospects would be enrolled in “Welcome”.")
        compare(Autopilot.state, "attention")
        mouseClick(reveal(win, child(card, "autopilot.approval.approve")))
        compare(FakeAutopilot.calls, ["approve(12)"])

        // The run ends (approved and done): the card goes away.
        FakeAutopilot.finishRun({ id: 12, selected: 14, enrolled: 14 })
        tryVerify(() => !card.visible)

        FakeAutopilot.requestApproval(13, "12 prospects")
        tryVerify(() => card.visible)
        mouseClick(reveal(win, child(card, "autopilot.approval.reject")))
        compare(FakeAutopilot.calls[1], "reject(13)")
    }

    // A run waiting since before the window opened (approvals survive restarts) shows too.
    function test_approvalFromBeforeTheWindowOpened() {
        FakeAutopilot.requestApproval(21, "waiting since yesterday")
        const win = openPage()
        const card = child(win.contentItem, "autopilot.approval")
        tryVerify(() => card.visible)
        compare(Autopilot.pendingApprovalRunId, 21)
        verify(child(card, "autopilot.approval.summary").text.length > 0)
    }

    function test_historyShowsEachReport() {
        const win = openPage()
        compare(AutopilotHistory.count, 0)
        verify(child(win.contentItem, "autopilot.history.empty").visible)
        FakeAutopilot.finishRun({ id: 1, selected: 40, synced: 12, enrolled: 9,
                                  skipped: { below_min_score: 15, suppressed: 2, outside_business_hours: 2 },
                                  errors: ["lemlist: campaign <b>not</b> found"], durationMs: 125000 })
        FakeAutopilot.finishRun({ id: 2, dryRun: true, selected: 5 })
        compare(AutopilotHistory.count, 2)
        tryVerify(() => !child(win.contentItem, "autopilot.history.empty").visible)

        // Newest first: the dry run, then the real one.
        const older = child(win.contentItem, "autopilot.run.1")
        compare(child(older, "autopilot.run.1.line").text, "40 selected · 12 synced · 9 enrolled · 19 skipped")
        compare(child(older, "autopilot.run.1.status").text, "finished")
        const report = child(older, "autopilot.run.1.report")
        verify(!report.visible)
        mouseClick(reveal(win, child(older, "autopilot.run.1.details")))
        tryVerify(() => report.visible)
        compare(child(report, "autopilot.run.skip.below_min_score").text, "score below the minimum: 15")
        compare(child(report, "autopilot.run.skip.suppressed").text, "on the suppression list: 2")
        compare(child(report, "autopilot.run.skip.outside_business_hours").text, "outside business hours: 2")
        const error = child(report, "autopilot.run.error")
        compare(error.text, "lemlist: campaign <b>not</b> found")
        compare(error.textFormat, Text.PlainText)
    }

    function test_settingsEditorExplainsRefusedValues() {
        const win = openPage()
        const end = child(win.contentItem, "autopilot.setting.businessHoursEnd")
        end.text = "08:00"
        end.editingFinished()
        compare(child(win.contentItem, "autopilot.error.businessHoursEnd").text,
                "Business hours must end after they start.")
        compare(AutopilotSettings.values.businessHoursEnd, "17:00", "a refused value is not taken")

        // Removing every weekday would mean autopilot never runs.
        for (let day = 1; day <= 5; ++day)
            click(win, "autopilot.weekdays." + day)
        compare(AutopilotSettings.values.weekdays, [5])
        compare(child(win.contentItem, "autopilot.error.weekdays").text,
                "Choose at least one day, or autopilot never runs then.")

        const minScore = child(win.contentItem, "autopilot.setting.minScore")
        minScore.value = 75
        minScore.valueModified()
        verify(AutopilotSettings.dirty)
        verify(AutopilotSettings.summary.some(line => line.indexOf("score of at least 75") >= 0))
        click(win, "autopilot.settings.save")
        compare(child(win.contentItem, "autopilot.settings.message").text, "Autopilot settings saved.")
        verify(!AutopilotSettings.dirty)

        // Back to the defaults for the other tests.
        minScore.value = 60
        minScore.valueModified()
        AutopilotSettings.setValue("weekdays", [1, 2, 3, 4, 5])
        AutopilotSettings.save()
    }

    function test_notificationClickOpensThePage() {
        const win = openPage()
        win.showPage("dashboard")
        FakeAutopilot.requestApproval(31, "summary")
        tryCompare(Notifications.titles, "length", 1)
        compare(Notifications.titles[0], "An autopilot run waits for your approval")
        Notifications.activateLast("default")
        tryCompare(win, "currentPage", 3)
        Notifications.activateLast("approve")
        compare(FakeAutopilot.calls, ["approve(31)"])
    }

    function test_closeToTrayWithARealTray() {
        verify(TestSupport.startTrayHost())
        tryVerify(() => { Tray.refreshAvailability(); return Tray.available }, 20000)
        const win = openPage()
        verify(Tray.closesToTray)
        win.close()
        tryVerify(() => !win.visible)
        compare(Notifications.titles, ["Prospector keeps running in the tray"])
        // Only the first time.
        win.show()
        tryVerify(() => win.visible)
        win.close()
        tryVerify(() => !win.visible)
        compare(Notifications.titles.length, 1)

        TestSupport.stopTrayHost()
        tryVerify(() => { Tray.refreshAvailability(); return !Tray.available }, 20000)
        win.show()
        tryVerify(() => win.visible)
        verify(!Tray.closesToTray, "no tray: closing quits")
    }
}
