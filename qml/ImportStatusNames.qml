import QtQuick

// The words an import's stored status (completed, cancelled, …) is shown with, in one place for
// the import history and the dashboard.
QtObject {
    readonly property var names: ({
        "completed": qsTr("completed"),
        "cancelled": qsTr("cancelled"),
        "failed": qsTr("failed"),
        "undone": qsTr("undone"),
        "running": qsTr("running")
    })

    function of(status) {
        return names[status] !== undefined ? names[status] : status
    }
}
