import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Progress of a running bulk action, undo or export, with Cancel. Shown above the table (not in
// the bulk bar, which hides once a delete clears the selection). A cancelled action changes
// nothing.
RowLayout {
    id: row
    objectName: "prospects.bulkProgress"
    visible: ReviewActions.busy
    spacing: 8

    Label {
        text: ReviewActions.progress >= 0
              ? qsTr("Working… %1%").arg(Math.round(ReviewActions.progress * 100))
              : qsTr("Working…")
    }
    ProgressBar {
        objectName: "prospects.bulkProgress.bar"
        Layout.fillWidth: true
        from: 0
        to: 1
        value: Math.max(0, ReviewActions.progress)
        indeterminate: ReviewActions.progress < 0
        Accessible.name: qsTr("Progress of the bulk action")
    }
    Button {
        objectName: "prospects.bulkProgress.cancel"
        text: qsTr("Cancel")
        Accessible.name: qsTr("Cancel the bulk action")
        onClicked: ReviewActions.cancel()
    }
}
