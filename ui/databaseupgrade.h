#pragma once

#include "storage/migrator.h"

#include <QObject>
#include <QString>

namespace prospector::storage {
class Database;
}

namespace prospector::ui {

// Opens the database at start-up. When an existing database needs an upgrade (a new version of
// Prospector, a schema migration), the upgrade runs on its own thread while a small window says
// what is happening: backing up and migrating a million prospects takes tens of seconds, and a
// start with no window for that long looks like a hang. The migrations run in transactions, so
// closing the app meanwhile leaves the database as it was before the unfinished step.
class DatabaseUpgrade : public QObject {
    Q_OBJECT
public:
    explicit DatabaseUpgrade(storage::Database &database,
                             QList<storage::Migration> migrations = storage::schemaMigrations(),
                             QObject *parent = nullptr);

    // True when the file holds prospects at an older schema (a new file is set up at once).
    bool isNeeded() const;
    // Opens (and upgrades) the database; with `showWindow`, shows the progress window while an
    // upgrade runs. Blocks the caller but keeps its event loop running.
    bool open(bool showWindow, QString *error);

Q_SIGNALS:
    // The upgrade started on its worker thread (for tests: the window is up by then).
    void upgradeStarted();

private:
    storage::Database &m_database;
    QList<storage::Migration> m_migrations;
};

} // namespace prospector::ui
