import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector
import Qt.labs.settings

// The main window: a navigation rail on the left and one page at a time on the right.
ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1200
    height: 760
    minimumWidth: 820
    minimumHeight: 520
    visible: true
    title: AppInfo.sandbox ? qsTr("Prospector — sandbox") : qsTr("Prospector")

    // Window geometry survives restarts.
    Settings {
        category: "MainWindow"
        property alias x: window.x
        property alias y: window.y
        property alias width: window.width
        property alias height: window.height
    }

    property alias currentPage: pages.currentIndex

    readonly property var pageNames: ["dashboard", "prospects", "import", "autopilot", "settings", "problems"]

    // With a tray, closing hides the window and autopilot goes on (Settings › Desktop);
    // without one, closing quits as usual.
    onClosing: close => {
        if (Tray.closeToTray()) {
            close.accepted = false
            window.hide()
        }
    }

    // A tray menu entry or a notification was clicked: back to the front, on the right page.
    function openTarget(page, prospectId) {
        window.show()
        window.raise()
        window.requestActivate()
        if (page === "prospects" && prospectId > 0) {
            ProspectDetail.prospectId = prospectId
            prospectsPage.detailOpen = true
        }
        if (page.length > 0)
            showPage(page)
    }

    Connections {
        target: Tray
        function onOpenRequested(page, prospectId) { window.openTarget(page, prospectId) }
    }

    function showPage(name) {
        const index = pageNames.indexOf(name)
        if (index >= 0)
            pages.currentIndex = index
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            id: rail
            Layout.fillHeight: true
            currentIndex: pages.currentIndex
            onPageRequested: index => pages.currentIndex = index
            onSyncActivityRequested: syncPanel.open()
        }

        StackLayout {
            id: pages
            objectName: "pages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: 0

            DashboardPage {
                onNavigate: name => window.showPage(name)
                onSyncActivityRequested: syncPanel.open()
            }
            ProspectsPage { id: prospectsPage; onNavigate: name => window.showPage(name) }
            ImportPage { onNavigate: name => window.showPage(name) }
            AutopilotPage {}
            SettingsPage {}
            ProblemsPage { onNavigate: name => window.showPage(name) }
        }
    }

    function openSyncActivity() {
        syncPanel.open()
    }

    SyncActivityPanel {
        id: syncPanel
        onNavigate: name => window.showPage(name)
    }

    OfflineIndicator {
        anchors { right: parent.right; bottom: parent.bottom; margins: 12 }
        z: 10
        onClicked: syncPanel.open()
    }

    // Opens the import preview of a CSV: dropped on the window, or given on the command line
    // ("Open with Prospector"), also to an instance that is already running.
    function openCsv(fileUrl) {
        window.showPage("import")
        ImportController.openFile(fileUrl)
    }

    ImportDropArea {
        anchors.fill: parent
        onFileDropped: fileUrl => window.openCsv(fileUrl)
    }
}
