import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Prospector

// Settings › Language: picks the UI language; the switch applies at once, no restart needed.
GroupBox {
    id: box
    objectName: "settings.languageBox"
    title: qsTr("Language")

    // "" first: follow the system language.
    readonly property var entries: [{ code: "", name: qsTr("System default") }].concat(TranslationManager.languages)

    RowLayout {
        spacing: 16
        Label {
            text: qsTr("Interface language")
        }
        ComboBox {
            id: chooser
            objectName: "settings.language"
            model: box.entries
            textRole: "name"
            valueRole: "code"
            Accessible.name: qsTr("Interface language")
            Layout.preferredWidth: 220
            Component.onCompleted: currentIndex = indexOfValue(TranslationManager.language)
            onActivated: TranslationManager.language = currentValue
            Connections {
                target: TranslationManager
                function onLanguageChanged() {
                    chooser.currentIndex = chooser.indexOfValue(TranslationManager.language)
                }
            }
        }
    }
}
