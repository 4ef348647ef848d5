import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Seven toggles, Monday first, for a list of ISO weekdays (1 = Monday … 7 = Sunday).
ColumnLayout {
    id: root
    property string key
    readonly property var days: AutopilotSettings.values[key] || []
    readonly property string error: AutopilotSettings.errors[key] || ""
    spacing: 2

    RowLayout {
        spacing: 2
        Repeater {
            model: 7
            delegate: Button {
                required property int index
                readonly property int isoDay: index + 1
                objectName: "autopilot." + root.key + "." + isoDay
                text: Qt.locale().dayName(isoDay % 7, Locale.ShortFormat)
                checkable: true
                checked: root.days.indexOf(isoDay) >= 0
                Accessible.name: Qt.locale().dayName(isoDay % 7, Locale.LongFormat)
                onToggled: {
                    const next = root.days.filter(d => d !== isoDay)
                    if (checked)
                        next.push(isoDay)
                    AutopilotSettings.setValue(root.key, next)
                    checked = Qt.binding(() => root.days.indexOf(isoDay) >= 0)
                }
            }
        }
    }
    Label {
        objectName: "autopilot.error." + root.key
        visible: root.error.length > 0
        text: root.error
        color: "#c62828"
        textFormat: Text.PlainText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
