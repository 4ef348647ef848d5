#pragma once

#include "storage/migrator.h"

#include <QSqlDatabase>
#include <QString>

namespace prospector::storage {

// The Prospector database file. Owns no connection itself: every thread gets its own named
// connection on first use (Qt SQL connections must not cross threads), configured with WAL,
// foreign keys, a busy timeout and memory-mapped reads. The connection is closed when its thread ends.
class Database {
public:
    explicit Database(QString filePath);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString filePath() const { return m_filePath; }

    // Opens the file and brings its schema up to date. Call once, before other threads use it.
    // Fails with a readable message on I/O errors, failed migrations and newer schemas.
    bool open(QString *error, const QList<Migration> &migrations = schemaMigrations());

    // The calling thread's connection (opened lazily). Invalid if open() never succeeded.
    QSqlDatabase connection() const;

    int schemaVersion() const;
    // True when the file exists and holds an older schema than `migrations` end with: open()
    // will back it up and migrate it, which takes a while on a large database.
    bool needsUpgrade(const QList<Migration> &migrations = schemaMigrations()) const;
    static QString sqliteVersion();

    // How much of the file each connection's reads map into memory (PRAGMA mmap_size): the whole
    // database of a million prospects.
    static constexpr qint64 kMemoryMapBytes = qint64(1) << 30;

private:
    QString connectionNameForCurrentThread() const;

    QString m_filePath;
    QString m_connectionPrefix;
    bool m_opened = false;
};

} // namespace prospector::storage
