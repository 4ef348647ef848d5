#include "common/apppaths.h"

#include <QDir>
#include <QStandardPaths>

namespace prospector {

AppPaths AppPaths::resolve(const QString &dataDirOverride) {
    if (!dataDirOverride.isEmpty())
        return AppPaths(QDir(dataDirOverride).absolutePath());
    const QString fromEnv = qEnvironmentVariable("PROSPECTOR_DATA_DIR");
    if (!fromEnv.isEmpty())
        return AppPaths(QDir(fromEnv).absolutePath());
    return AppPaths(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
}

AppPaths::AppPaths(QString dataDir)
    : m_dataDir(std::move(dataDir)) {}

QString AppPaths::databaseFile() const {
    return QDir(m_dataDir).filePath(QStringLiteral("prospector.db"));
}

QString AppPaths::logDir() const {
    return QDir(m_dataDir).filePath(QStringLiteral("logs"));
}

QString AppPaths::reportsDir() const {
    return QDir(m_dataDir).filePath(QStringLiteral("reports"));
}

bool AppPaths::ensureExists(QString *error) const {
    for (const QString &dir : {m_dataDir, logDir(), reportsDir()}) {
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QStringLiteral("Cannot create the directory %1").arg(dir);
            return false;
        }
    }
    return true;
}

} // namespace prospector
