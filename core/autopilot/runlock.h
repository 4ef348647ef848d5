#pragma once

#include <QLockFile>
#include <QString>

namespace prospector::autopilot {

// Says whether the process that owns a 'running' run is still alive. Whoever executes a run
// (or plans a dry one) holds this lock file next to the database for the whole run. The OS
// releases it when the process dies (QLockFile recognises a dead owner's file as stale), so a
// 'running' row whose lock can be taken belongs to a process that quit or was killed: its run
// is resumed at once on the next start, not after a timeout.
class RunLock {
public:
    explicit RunLock(const QString &databaseFile);

    static QString pathFor(const QString &databaseFile);

    // Never blocks. False when another live process holds it (or the file cannot be written).
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_file.isLocked(); }
    QString errorString() const;

private:
    QString m_path;
    QLockFile m_file;
};

} // namespace prospector::autopilot
