#include "translationmanager.h"

#include "pseudotranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

namespace prospector::ui {
namespace {

Q_LOGGING_CATEGORY(lcTranslation, "prospector.ui.translation")

const QString kCatalogDir = QStringLiteral(":/i18n");
const QString kCatalogPrefix = QStringLiteral("prospector_");

QLocale localeFor(const QString &language) {
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace

TranslationManager::TranslationManager(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_language(settings.value(QString::fromLatin1(kSettingsKey)).toString())
    , m_pseudo(qEnvironmentVariableIntValue(kPseudoEnvironmentVariable) == 1) {
    apply();
}

QStringList TranslationManager::availableLanguageCodes() const {
    QStringList codes{QStringLiteral("en")};
    const QStringList catalogs =
        QDir(kCatalogDir).entryList({kCatalogPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : catalogs) {
        const QString code = file.mid(kCatalogPrefix.size()).chopped(3);
        if (!codes.contains(code)) // English has a catalog too, for its plural forms
            codes << code;
    }
    return codes;
}

QVariantList TranslationManager::languages() const {
    QVariantList list;
    for (const QString &code : availableLanguageCodes()) {
        // Each language in its own words, not translated. CLDR calls plain "en" "American English".
        QString name = code == u"en" ? QStringLiteral("English") : QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper(); // "français" reads as a menu entry: "Français"
        list << QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
    }
    return list;
}

void TranslationManager::setLanguage(const QString &language) {
    if (language == m_language)
        return;
    m_language = language;
    m_settings.setValue(QString::fromLatin1(kSettingsKey), language);
    apply();
    Q_EMIT languageChanged();
}

void TranslationManager::setPseudoLocalization(bool enabled) {
    if (enabled == m_pseudo)
        return;
    m_pseudo = enabled;
    apply();
    Q_EMIT pseudoLocalizationChanged();
}

void TranslationManager::apply() {
    // A QTranslator removes itself from the application when destroyed.
    m_appTranslator.reset();
    m_qtTranslator.reset();
    if (m_pseudo) {
        m_appTranslator = std::make_unique<PseudoTranslator>();
    } else {
        const QLocale locale = localeFor(m_language);
        auto app = std::make_unique<QTranslator>();
        const bool localized =
            app->load(locale, QStringLiteral("prospector"), QStringLiteral("_"), kCatalogDir);
        if (!localized && !m_language.isEmpty() && m_language != QStringLiteral("en"))
            qCWarning(lcTranslation) << "no catalog for language" << m_language;
        // A locale without a catalog (Spanish, or C on a bare system) shows the English texts,
        // with the English catalog's plural forms ("1 credit", not "1 credit(s)").
        if (localized || app->load(kCatalogDir + QLatin1Char('/') + kCatalogPrefix + QStringLiteral("en")))
            m_appTranslator = std::move(app);
        // Qt's own strings (standard buttons, dialogs) when the distribution ships them.
        auto qt = std::make_unique<QTranslator>();
        if (localized && qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_qtTranslator = std::move(qt);
    }
    // Later installs are asked first, so the app's catalog wins over Qt's.
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator.get());
    if (m_engine)
        m_engine->retranslate();
}

} // namespace prospector::ui
