#pragma once

#include <QString>

namespace prospector {

// Where Prospector keeps its files. Resolved once at start-up by the composition root:
// an explicit --data-dir wins, then PROSPECTOR_DATA_DIR, then the platform's app data location.
class AppPaths {
public:
    static AppPaths resolve(const QString &dataDirOverride);

    explicit AppPaths(QString dataDir);

    QString dataDir() const { return m_dataDir; }
    QString databaseFile() const;
    QString logDir() const;
    QString reportsDir() const;

    // Creates the directories; returns false with a message when one cannot be created.
    bool ensureExists(QString *error) const;

private:
    QString m_dataDir;
};

} // namespace prospector
