import QtQuick
import QtQuick.Controls

// A toggle for one filter value with its count ("qualified 1,204").
Button {
    id: chip
    property string label
    property var count: undefined
    checkable: true
    flat: !checked
    highlighted: checked
    padding: 6
    implicitHeight: 28
    text: count === undefined ? label : qsTr("%1  %2").arg(label).arg(Number(count).toLocaleString(Qt.locale(), "f", 0))
    Accessible.name: count === undefined ? label : qsTr("Filter %1, %2 prospects").arg(label).arg(count)
}
