import QtQuick
import QtTest
import Prospector

// The dashboard draws its charts from the database and follows changes (a bulk stage change
// and its undo move the funnel).
TestCase {
    name: "Dashboard"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function stageCount(stage) {
        const entry = Dashboard.stages.find(s => s.stage === stage)
        return entry ? entry.count : -1
    }

    function test_chartsFollowBulkChanges() {
        ProspectsModel.search = ""
        ProspectsModel.resetFilters()
        const win = createTemporaryObject(mainComponent, null)
        win.showPage("dashboard")
        tryCompare(Dashboard, "total", 3, 5000)
        verify(!findChild(win.contentItem, "dashboard.empty").visible, "no welcome screen when there are prospects")
        verify(findChild(win.contentItem, "dashboard.funnel").visible)
        verify(findChild(win.contentItem, "dashboard.tierMix").visible)
        verify(findChild(win.contentItem, "dashboard.activity").visible)
        compare(Dashboard.days.length, 30)
        const wonBefore = stageCount("won")
        tryCompare(ProspectsModel, "totalCount", 3, 3000)
        ProspectsModel.selectAll()
        ReviewActions.setStage("won")
        tryVerify(() => stageCount("won") === 3, 5000, "the funnel shows the new stage")
        tryVerify(() => ReviewActions.canUndo && !ReviewActions.busy, 3000)
        ReviewActions.undo()
        tryVerify(() => stageCount("won") === wonBefore, 5000, "and goes back on undo")
        ProspectsModel.clearSelection()
    }
}
