import QtQuick
import QtTest
import Prospector
import ProspectorTest

// Screenshots for the user guide, taken from the real QML module in English at a fixed window
// size: userguide-<page>.png in the working directory. scripts/update-screenshots.sh runs this
// file alone and copies the pictures to resources/screenshots/, so the README shows today's UI.
TestCase {
    id: testCase
    name: "UserGuide"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    // Distinct colours on a coarse grid: a blank or half-drawn grab has one or two.
    function distinctColours(image) {
        const seen = {}
        let count = 0
        for (let x = 5; x < image.width; x += 37) {
            for (let y = 5; y < image.height; y += 41) {
                const key = String(image.pixel(x, y))
                if (!seen[key]) {
                    seen[key] = true
                    ++count
                }
            }
        }
        return count
    }

    function test_pages_data() {
        return ["dashboard", "prospects", "import", "autopilot", "settings", "problems"].map(n => ({ tag: n, page: n }))
    }

    // The Autopilot page as a rep sees it after a few days: runs in the history, one waiting.
    function seedAutopilot() {
        FakeAutopilot.reset()
        FakeAutopilot.setStateKey("idle")
        FakeAutopilot.setNextRunAt(new Date(2026, 11, 8, 9, 0).getTime())
        FakeAutopilot.finishRun({ id: 1, startedAt: new Date(2026, 11, 3, 9, 0).getTime(), durationMs: 94000,
                                  selected: 38, synced: 21, enrolled: 9,
                                  skipped: { below_min_score: 11, outside_business_hours: 4, suppressed: 2 } })
        FakeAutopilot.finishRun({ id: 2, startedAt: new Date(2026, 11, 4, 9, 0).getTime(), durationMs: 61000,
                                  selected: 17, synced: 12, enrolled: 6, skipped: { daily_cap_reached: 5 } })
        FakeAutopilot.requestApproval(3, "14 prospects would be enrolled in the lemlist campaign “Welcome” (the limit without approval is 10).")
    }

    function test_pages(data) {
        compare(TranslationManager.language, "en", "screenshots show the source language")
        const win = createTemporaryObject(mainComponent, null, { width: 1200, height: 760 })
        verify(win)
        tryVerify(() => win.visible)
        if (data.page === "autopilot")
            seedAutopilot()
        win.showPage(data.page)
        const page = findChild(win.contentItem, "page." + data.page)
        tryVerify(() => page.visible)
        tryVerify(() => !ProspectsModel.counting, 5000, "the counts are in before the picture is taken")
        tryVerify(() => SyncActivity.running, 10000, "the integration health shows the running pipeline")
        if (data.page === "dashboard")
            tryVerify(() => !findChild(win.contentItem, "dashboard.empty").visible, 5000,
                      "the dashboard shows the seeded prospects, not the welcome screen")
        waitForRendering(win.contentItem)

        const image = grabImage(win.contentItem)
        compare(image.width, 1200)
        compare(image.height, 760)
        verify(distinctColours(image) >= 4, "the grab shows a rendered page, not a blank window")
        image.save("userguide-" + data.page + ".png")
        FakeAutopilot.reset()
    }

    function test_syncActivityPanel() {
        const win = createTemporaryObject(mainComponent, null, { width: 1200, height: 760 })
        verify(win)
        tryVerify(() => win.visible)
        tryVerify(() => SyncActivity.running, 10000)
        win.showPage("dashboard")
        win.openSyncActivity()
        const panel = findChild(win, "syncActivity.panel")
        tryVerify(() => panel.opened && panel.position === 1.0, 5000)
        waitForRendering(win.contentItem)
        const image = grabImage(win.contentItem)
        verify(distinctColours(image) >= 4, "the grab shows a rendered panel, not a blank window")
        image.save("userguide-sync-activity.png")
    }
}
