#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace prospector::importing {

// The SQLite handle behind a Qt SQL connection (nullptr if it is not a QSQLITE connection).
// The import's hot loop talks to SQLite directly: QSqlQuery costs a QVariant per bound value and
// a copy per exec, which is most of the time of a million-row import.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A prepared statement with bound parameters (1-based indexes, as SQLite counts).
// Text is bound without copying: the QString must stay alive until step() has returned.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(sqlite3 *db, const char *sql, QString *error);
    bool isPrepared() const { return m_statement != nullptr; }

    void bind(int index, const QString &text);
    // UTF-8 text, bound without copying (the array must stay alive until step() has returned).
    void bindUtf8(int index, const QByteArray &text);
    void bindNullable(int index, const QString &text); // NULL when empty
    void bind(int index, qint64 value);
    void bindNull(int index);

    // Executes; true for SQLITE_ROW and SQLITE_DONE. `row` tells which.
    bool step(bool *row, QString *error);
    // Runs to completion (statements that return no rows).
    bool exec(QString *error);
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

    // The extended error code of the last failed step (e.g. to tell a UNIQUE violation).
    int lastErrorCode() const { return m_lastError; }
    static bool isConstraintViolation(int code);

private:
    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_db = nullptr;
    int m_lastError = 0;
};

// Runs a statement without parameters (BEGIN, COMMIT, ...).
bool sqliteExec(sqlite3 *db, const char *sql, QString *error);

} // namespace prospector::importing
