#include "storage/database.h"

#include "logging/categories.h"
#include "storage/sqlerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>

namespace prospector::storage {
namespace {

// Removes a thread's connection when that thread finishes, so worker threads of the pool do not
// leak open SQLite handles.
struct ThreadConnections {
    QStringList names;
    ~ThreadConnections() {
        for (const QString &name : std::as_const(names)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};

QThreadStorage<ThreadConnections *> &threadConnections() {
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

QAtomicInteger<int> g_instanceCounter;

bool configure(QSqlDatabase &db, QString *error) {
    QSqlQuery query(db);
    // journal_mode returns a row; the others don't. Each is checked: a database that cannot
    // switch to WAL or enable foreign keys is not one we want to write to.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        // Reads map the file instead of copying each page through a read() call: a page of a
        // search filtered and sorted on a million prospects reads a few thousand rows scattered
        // over the table, and the calls were a third of its time (measured p50 11.0 -> 7.9 ms).
        // The mapped pages are the OS's file cache, shared and reclaimable, not the app's heap.
        QStringLiteral("PRAGMA mmap_size=%1").arg(Database::kMemoryMapBytes),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

Database::Database(QString filePath)
    : m_filePath(std::move(filePath))
    , m_connectionPrefix(QStringLiteral("prospector-%1-").arg(g_instanceCounter.fetchAndAddRelaxed(1))) {}

Database::~Database() {
    // Connections of other threads are removed by their ThreadConnections when they end;
    // the owner thread's connection goes now.
    const QString name = connectionNameForCurrentThread();
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (threadConnections().hasLocalData())
            threadConnections().localData()->names.removeAll(name);
    }
}

QString Database::connectionNameForCurrentThread() const {
    return m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

QSqlDatabase Database::connection() const {
    const QString name = connectionNameForCurrentThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        qCCritical(lcStorage) << "cannot open database:" << db.lastError().text();
        return db;
    }
    QString error;
    if (!configure(db, &error))
        qCCritical(lcStorage) << "cannot configure database:" << error;
    if (!threadConnections().hasLocalData())
        threadConnections().setLocalData(new ThreadConnections);
    threadConnections().localData()->names.append(name);
    return db;
}

bool Database::open(QString *error, const QList<Migration> &migrations) {
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Database", "Cannot create the folder %1.")
                         .arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        if (error)
            *error = QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                         .arg(m_filePath, db.lastError().text());
        return false;
    }
    Migrator migrator(migrations);
    if (!migrator.migrate(db, m_filePath, error))
        return false;
    m_opened = true;
    return true;
}

int Database::schemaVersion() const {
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::needsUpgrade(const QList<Migration> &migrations) const {
    if (!QFileInfo::exists(m_filePath))
        return false; // a new database is set up at once
    // Reading the version opens no transaction and migrates nothing; 0 is an empty file.
    const int current = schemaVersion();
    return current > 0 && current < Migrator(migrations).latestVersion();
}

QString Database::sqliteVersion() {
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("prospector-version-probe"));
    QString version;
    {
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("prospector-version-probe"));
    return version;
}

} // namespace prospector::storage
