#pragma once

#include "singletonprovider.h"
#include "sync/enrichmentsettings.h"

#include <QObject>
#include <QQmlEngine>

namespace prospector::storage {
class Database;
}

namespace prospector::ui {

// Settings › Enrichment: the Explorium credit budget per rolling 30 days and whether phone numbers
// are bought with e-mail addresses (sync::EnrichmentSettings). A change is saved at once; the
// engine reads the settings before each enrichment batch, so the next batch follows it.
class EnrichmentSettingsEditor : public QObject, public SingletonProvider<EnrichmentSettingsEditor> {
    Q_OBJECT
    QML_NAMED_ELEMENT(EnrichmentSettings)
    QML_SINGLETON
    Q_PROPERTY(int creditBudget READ creditBudget NOTIFY changed)
    Q_PROPERTY(bool includePhone READ includePhone NOTIFY changed)
    Q_PROPERTY(int contactCost READ contactCost NOTIFY changed)
    Q_PROPERTY(int maxCreditBudget READ maxCreditBudget CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit EnrichmentSettingsEditor(const storage::Database &database, QObject *parent = nullptr);

    // A spin box's range: QML's int, and more than any plan's monthly credits.
    static constexpr int kMaxCreditBudget = 10'000'000;

    int creditBudget() const { return int(m_settings.creditBudget); }
    bool includePhone() const { return m_settings.includePhone; }
    int contactCost() const { return int(m_settings.contactCost()); }
    int maxCreditBudget() const { return kMaxCreditBudget; }
    // Why the stored settings could not be read or the last change not saved; empty when fine.
    QString error() const { return m_error; }

    // Re-reads the stored settings (the page calls it when shown).
    Q_INVOKABLE void reload();
    // Each returns false, with error() saying why, when the value is refused or cannot be saved.
    Q_INVOKABLE bool setCreditBudget(int credits);
    Q_INVOKABLE bool setIncludePhone(bool include);

Q_SIGNALS:
    void changed();
    // A change was saved: the engine's status (credits left) should be read again.
    void saved();

private:
    bool store(const sync::EnrichmentSettings &next);

    const storage::Database &m_database;
    sync::EnrichmentSettings m_settings;
    QString m_error;
};

} // namespace prospector::ui
