import QtQuick
import QtTest
import Prospector

// The ICP rules editor on the Settings page: live tier preview and rescoring.
TestCase {
    name: "ScoringSettings"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function test_previewFollowsThresholdsAndRescoreApplies() {
        const win = createTemporaryObject(mainComponent, null)
        win.showPage("settings")
        const box = findChild(win.contentItem, "settings.scoring")
        verify(box)
        tryVerify(() => box.visible)
        verify(Scoring.rules.length > 0, "default rules are shown")
        tryVerify(() => !Scoring.previewing && Scoring.preview.total === 3, 5000)
        // Everyone scores at least 0, so with both thresholds at 0 everyone is hot.
        verify(Scoring.setThresholds(0, 0))
        verify(Scoring.dirty)
        tryVerify(() => !Scoring.previewing && Scoring.preview.hot === 3, 5000)
        verify(!Scoring.setThresholds(10, 50), "warm above hot is refused")
        Scoring.rescore()
        tryVerify(() => !Scoring.rescoring, 5000)
        verify(!Scoring.dirty, "rescoring saved the rules")
        compare(Scoring.message.indexOf("3") >= 0, true, Scoring.message)
        tryVerify(() => ProspectsModel.tierCounts.hot === 3, 5000, "the table counts show the new tiers")
        Scoring.resetToDefaults()
        Scoring.rescore()
        tryVerify(() => !Scoring.rescoring, 5000)
    }
}
