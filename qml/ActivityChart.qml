import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Imported / enriched / synced / replied per day over the last 30 days: grouped bars on a Canvas.
ColumnLayout {
    id: activity
    property var days: []   // [{ day, imported, enriched, synced, replied }]
    property real maxValue: 1
    readonly property var series: [
        { key: "imported", name: qsTr("Imported"), color: "#5c6bc0" },
        { key: "enriched", name: qsTr("Enriched"), color: "#26a69a" },
        { key: "synced", name: qsTr("Synced"), color: "#ffa726" },
        { key: "replied", name: qsTr("Replied"), color: "#ec407a" }
    ]
    spacing: 6

    RowLayout {
        spacing: 14
        Repeater {
            model: activity.series
            delegate: RowLayout {
                required property var modelData
                spacing: 4
                Rectangle { width: 10; height: 10; radius: 2; color: modelData.color }
                Label { text: modelData.name; font.pixelSize: 12 }
            }
        }
    }

    Canvas {
        id: canvas
        objectName: "dashboard.activity"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 140
        Accessible.role: Accessible.Chart
        Accessible.name: qsTr("Activity over the last 30 days")
        Connections { target: activity; function onDaysChanged() { canvas.requestPaint() } }
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const n = activity.days.length
            if (!n)
                return
            const left = 36, bottom = 18
            const plotH = height - bottom - 4
            const slot = (width - left) / n
            // The axis top is even (or 1), so the middle line is a whole number too: with a
            // maximum of 1 the lines read 0, 1 instead of 0, 1, 1.
            const max = activity.maxValue <= 1 ? 1 : Math.ceil(activity.maxValue / 2) * 2
            const fractions = max === 1 ? [0, 1] : [0, 0.5, 1]
            ctx.strokeStyle = palette.mid
            ctx.lineWidth = 1
            ctx.fillStyle = palette.text
            ctx.font = "10px sans-serif"
            ctx.textAlign = "right"
            for (const frac of fractions) {
                const y = 4 + plotH * (1 - frac)
                ctx.beginPath(); ctx.moveTo(left, y); ctx.lineTo(width, y); ctx.stroke()
                ctx.fillText(String(Math.round(max * frac)), left - 4, y + 3)
            }
            const barW = Math.max(1, (slot - 2) / activity.series.length)
            for (let i = 0; i < n; ++i) {
                const d = activity.days[i]
                for (let s = 0; s < activity.series.length; ++s) {
                    const v = d[activity.series[s].key]
                    if (!v)
                        continue
                    const h = Math.max(1, plotH * v / max)
                    ctx.fillStyle = activity.series[s].color
                    ctx.fillRect(left + i * slot + 1 + s * barW, 4 + plotH - h, barW, h)
                }
                if (i % 5 === 0 || i === n - 1) {
                    // The last day's label ends at the chart's edge: centred under its bar it
                    // would be cut off ("7 De").
                    const last = i === n - 1
                    ctx.fillStyle = palette.text
                    ctx.textAlign = last ? "right" : "center"
                    ctx.fillText(Qt.formatDate(d.day, "d MMM"), last ? width : left + i * slot + slot / 2,
                                 height - 4)
                }
            }
        }
    }
}
