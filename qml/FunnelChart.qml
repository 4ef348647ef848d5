import QtQuick
import QtQuick.Controls

// Pipeline funnel: one centred band per stage, width proportional to its count, drawn on a Canvas.
Canvas {
    id: chart
    property var stages: []      // [{ stage, count }]
    property var labels: ({})
    objectName: "dashboard.funnel"
    implicitHeight: 28 * Math.max(1, stages.length)
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Pipeline funnel")

    onStagesChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        if (!stages.length)
            return
        const max = Math.max(1, ...stages.map(s => s.count))
        const band = height / stages.length
        const labelWidth = 110
        const area = width - labelWidth - 70
        ctx.font = "12px sans-serif"
        ctx.textBaseline = "middle"
        for (let i = 0; i < stages.length; ++i) {
            const s = stages[i]
            const w = Math.max(2, area * s.count / max)
            const x = labelWidth + (area - w) / 2
            const y = i * band + 3
            ctx.fillStyle = Qt.hsla(0.58 - i * 0.045, 0.55, 0.5, 1)
            ctx.fillRect(x, y, w, band - 6)
            ctx.fillStyle = palette.text
            ctx.textAlign = "right"
            ctx.fillText(labels[s.stage] || s.stage, labelWidth - 8, y + (band - 6) / 2)
            ctx.textAlign = "left"
            ctx.fillText(Number(s.count).toLocaleString(Qt.locale(), "f", 0), labelWidth + area + 8, y + (band - 6) / 2)
        }
    }
}
