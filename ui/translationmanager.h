#pragma once

#include "singletonprovider.h"

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>
#include <memory>

class QSettings;

namespace prospector::ui {

// Switches the UI language at run time: installs the app's catalog (embedded at :/i18n) and Qt's
// own, then retranslates every qsTr binding of the QML engine. The choice is kept in settings;
// an empty language follows the system. PROSPECTOR_PSEUDO_LOCALE=1 starts in pseudo-localization.
class TranslationManager : public QObject, public SingletonProvider<TranslationManager> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Language code ("de", "fr", "en") or "" for the system language.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // [{code, name}] of every language with a catalog, plus English; names in their own language.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(bool pseudoLocalization READ pseudoLocalization WRITE setPseudoLocalization NOTIFY
                   pseudoLocalizationChanged)

public:
    static constexpr const char *kSettingsKey = "ui/language";
    static constexpr const char *kPseudoEnvironmentVariable = "PROSPECTOR_PSEUDO_LOCALE";

    // Installs the saved language right away, so the first QML load is already translated.
    explicit TranslationManager(QSettings &settings, QObject *parent = nullptr);

    // The engine whose bindings are re-evaluated after each switch (built after this object).
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QVariantList languages() const;
    QStringList availableLanguageCodes() const;

    bool pseudoLocalization() const { return m_pseudo; }
    void setPseudoLocalization(bool enabled);

Q_SIGNALS:
    void languageChanged();
    void pseudoLocalizationChanged();

private:
    void apply();

    QSettings &m_settings;
    QQmlEngine *m_engine = nullptr;
    QString m_language;
    bool m_pseudo = false;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace prospector::ui
