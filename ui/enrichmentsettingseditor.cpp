#include "enrichmentsettingseditor.h"

#include <QCoreApplication>

namespace prospector::ui {

EnrichmentSettingsEditor::EnrichmentSettingsEditor(const storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database) {
    reload();
}

void EnrichmentSettingsEditor::reload() {
    QString error;
    const std::optional<sync::EnrichmentSettings> loaded = sync::EnrichmentSettings::load(m_database, &error);
    // Unreadable values stop enrichment (the engine says why); the page shows the defaults with
    // the reason, and choosing a value replaces what could not be read.
    m_settings = loaded.value_or(sync::EnrichmentSettings{});
    m_error = loaded ? QString() : error;
    Q_EMIT changed();
}

bool EnrichmentSettingsEditor::setCreditBudget(int credits) {
    if (credits < 0 || credits > kMaxCreditBudget) {
        m_error =
            QCoreApplication::translate("EnrichmentSettings", "The credit budget must be between 0 and %L1.")
                .arg(kMaxCreditBudget);
        Q_EMIT changed();
        return false;
    }
    sync::EnrichmentSettings next = m_settings;
    next.creditBudget = credits;
    return store(next);
}

bool EnrichmentSettingsEditor::setIncludePhone(bool include) {
    sync::EnrichmentSettings next = m_settings;
    next.includePhone = include;
    return store(next);
}

bool EnrichmentSettingsEditor::store(const sync::EnrichmentSettings &next) {
    QString error;
    if (!next.save(m_database, &error)) {
        m_error = QCoreApplication::translate("EnrichmentSettings", "The setting could not be saved: %1")
                      .arg(error);
        Q_EMIT changed();
        return false;
    }
    m_settings = next;
    m_error.clear();
    Q_EMIT changed();
    Q_EMIT saved();
    return true;
}

} // namespace prospector::ui
