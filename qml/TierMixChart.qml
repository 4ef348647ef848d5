import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Tier mix as a donut with a legend.
RowLayout {
    id: mix
    property var tiers: []  // [{ tier, count }]
    readonly property var colors: ({ "hot": "#d84315", "warm": "#ef8f00", "cold": "#1e88e5", "none": "#9e9e9e" })
    PipelineNames { id: pipelineNames }
    readonly property var names: pipelineNames.tierNames
    spacing: 16

    Canvas {
        id: donut
        objectName: "dashboard.tierMix"
        Layout.preferredWidth: 150
        Layout.preferredHeight: 150
        Accessible.role: Accessible.Chart
        Accessible.name: qsTr("Tier mix")
        Connections { target: mix; function onTiersChanged() { donut.requestPaint() } }
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const total = mix.tiers.reduce((sum, t) => sum + t.count, 0)
            const r = Math.min(width, height) / 2 - 4
            let angle = -Math.PI / 2
            if (total === 0) {
                ctx.strokeStyle = "#9e9e9e"; ctx.lineWidth = 22
                ctx.beginPath(); ctx.arc(width / 2, height / 2, r - 11, 0, 2 * Math.PI); ctx.stroke()
                return
            }
            for (const t of mix.tiers) {
                if (t.count === 0)
                    continue
                const sweep = 2 * Math.PI * t.count / total
                ctx.strokeStyle = mix.colors[t.tier]
                ctx.lineWidth = 22
                ctx.beginPath()
                ctx.arc(width / 2, height / 2, r - 11, angle, angle + sweep)
                ctx.stroke()
                angle += sweep
            }
        }
    }
    ColumnLayout {
        spacing: 6
        Repeater {
            model: mix.tiers
            delegate: RowLayout {
                required property var modelData
                spacing: 8
                Rectangle { width: 12; height: 12; radius: 2; color: mix.colors[modelData.tier] }
                Label { text: mix.names[modelData.tier]; Layout.minimumWidth: 80 }
                Label { text: Number(modelData.count).toLocaleString(Qt.locale(), "f", 0); font.bold: true }
            }
        }
    }
}
