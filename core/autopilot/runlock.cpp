#include "autopilot/runlock.h"

#include <QCoreApplication>

namespace prospector::autopilot {

RunLock::RunLock(const QString &databaseFile)
    : m_path(pathFor(databaseFile))
    , m_file(m_path) {
    // Only a dead owner makes the lock stale: a long run must never lose it to a timer.
    m_file.setStaleLockTime(0);
}

QString RunLock::pathFor(const QString &databaseFile) {
    return databaseFile + QStringLiteral(".autopilot.lock");
}

bool RunLock::tryLock() {
    return m_file.isLocked() || m_file.tryLock(0);
}

void RunLock::unlock() {
    if (m_file.isLocked())
        m_file.unlock();
}

QString RunLock::errorString() const {
    switch (m_file.error()) {
    case QLockFile::NoError:
    case QLockFile::LockFailedError:
        return QCoreApplication::translate("Autopilot", "Another autopilot run is in progress.");
    case QLockFile::PermissionError:
    case QLockFile::UnknownError:
        break;
    }
    return QCoreApplication::translate("Autopilot", "The autopilot lock file %1 cannot be written.")
        .arg(m_path);
}

} // namespace prospector::autopilot
