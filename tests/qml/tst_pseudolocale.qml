import QtQuick
import QtQuick.Controls
import QtTest
import Prospector

// Pseudo-localization run: every string ~40 % longer with accents, each page rendered and grabbed
// (pseudo-locale-<page>.png next to the test), and no single-line, non-eliding text may be cut
// off and no control caption elided, which is what German and French would hit first.
TestCase {
    id: testCase
    name: "PseudoLocale"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function cleanup() {
        TranslationManager.pseudoLocalization = false
    }

    function isText(item) {
        return item.hasOwnProperty("truncated") && item.hasOwnProperty("elide")
                && item.hasOwnProperty("wrapMode") && typeof item.text === "string"
    }

    function describe(item) {
        let path = ""
        for (let p = item.parent; p; p = p.parent) {
            if (p.objectName) {
                path = p.objectName
                break
            }
        }
        return "\"" + item.text + "\" (in " + (path || "?") + ", width " + item.width.toFixed(1)
                + " < needed " + item.implicitWidth.toFixed(1) + ")"
    }

    // A control's own caption (Button, ItemDelegate, CheckBox…): Qt Quick Controls elide it when
    // squeezed, but a half-shown command is as bad as a clipped one.
    function isControlCaption(item) {
        return String(item).startsWith("QQuickMnemonicLabel")
    }

    // Visible one-line texts that neither elide nor wrap and are narrower than their text, and
    // control captions that had to elide. (Data shown with elide, e.g. table cells, may elide.)
    function clippedTexts(item, found) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (!child.visible || child.opacity === 0)
                continue
            if (isText(child) && child.text.length > 0) {
                const clipped = child.elide === Text.ElideNone && child.wrapMode === Text.NoWrap
                        && child.implicitWidth > child.width + 1
                if (clipped || (isControlCaption(child) && child.truncated))
                    found.push(describe(child))
            }
            // A ComboBox shows its choice in a text field, which neither elides nor reports
            // truncation: compare what the choice needs with the room it has.
            if (child.hasOwnProperty("displayText") && child.contentItem && child.displayText.length > 0
                    && child.contentItem.contentWidth > child.contentItem.width - child.contentItem.leftPadding - child.contentItem.rightPadding + 1)
                found.push("ComboBox \"" + child.displayText + "\" (" + child.contentItem.width.toFixed(1)
                           + " < needed " + child.contentItem.contentWidth.toFixed(1) + ")")
            clippedTexts(child, found)
        }
        return found
    }

    function countTexts(item) {
        let n = 0
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (!child.visible)
                continue
            if (isText(child) && child.text.length > 0)
                ++n
            n += countTexts(child)
        }
        return n
    }

    function test_pseudoTranslatorLengthensEveryString() {
        TranslationManager.pseudoLocalization = true
        const win = createTemporaryObject(mainComponent, null)
        verify(win)
        const entry = findChild(win.contentItem, "nav.settings")
        verify(entry.text.startsWith("[") && entry.text.endsWith("]"), "pseudo text is bracketed: " + entry.text)
        verify(entry.text.length >= Math.round("Settings".length * 1.4), "pseudo text is ~40 % longer: " + entry.text)
        verify(entry.text.indexOf("é") >= 0, "pseudo text carries accents: " + entry.text)
        TranslationManager.pseudoLocalization = false
        compare(findChild(win.contentItem, "nav.settings").text, "Settings", "switching back restores the source text")
    }

    function test_noClippedTextOnAnyPage_data() {
        return ["dashboard", "prospects", "import", "autopilot", "settings", "problems"].map(n => ({ tag: n, page: n }))
    }

    function test_noClippedTextOnAnyPage(data) {
        TranslationManager.pseudoLocalization = true
        const win = createTemporaryObject(mainComponent, null)
        verify(win)
        tryVerify(() => win.visible)
        win.showPage(data.page)
        const page = findChild(win.contentItem, "page." + data.page)
        tryVerify(() => page.visible)
        waitForRendering(win.contentItem)

        const image = grabImage(win.contentItem)
        compare(image.width, Math.round(win.contentItem.width), "the whole page was grabbed")
        image.save("pseudo-locale-" + data.page + ".png")

        verify(countTexts(win.contentItem) >= 3, "the page shows text to check")
        const clipped = clippedTexts(win.contentItem, [])
        verify(clipped.length === 0, "clipped text on " + data.page + ":\n  " + clipped.join("\n  "))
    }
}
