#include "importing/sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace prospector::importing {

sqlite3 *sqliteHandle(const QSqlDatabase &db) {
    if (!db.isValid() || !db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::~SqliteStatement() {
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql, QString *error) {
    m_db = db;
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    if (!db ||
        sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        if (error)
            *error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no database");
        return false;
    }
    return true;
}

void SqliteStatement::bind(int index, const QString &text) {
    sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &text) {
    // A null QByteArray has no data pointer; SQLite would store NULL for it, we mean ''.
    sqlite3_bind_text(m_statement, index, text.isNull() ? "" : text.constData(), int(text.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindNullable(int index, const QString &text) {
    if (text.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        bind(index, text);
}

void SqliteStatement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::step(bool *row, QString *error) {
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
        if (row)
            *row = rc == SQLITE_ROW;
        m_lastError = 0;
        return true;
    }
    m_lastError = sqlite3_extended_errcode(m_db);
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    return false;
}

bool SqliteStatement::exec(QString *error) {
    bool row = false;
    const bool ok = step(&row, error);
    sqlite3_reset(m_statement);
    return ok;
}

void SqliteStatement::reset() {
    sqlite3_reset(m_statement);
}

QString SqliteStatement::text(int column) const {
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    if (!data)
        return {};
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return QString(reinterpret_cast<const QChar *>(data), bytes / 2);
}

qint64 SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool SqliteStatement::isConstraintViolation(int code) {
    return (code & 0xFF) == SQLITE_CONSTRAINT;
}

bool sqliteExec(sqlite3 *db, const char *sql, QString *error) {
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = message ? QString::fromUtf8(message) : QStringLiteral("SQLite error");
    sqlite3_free(message);
    return false;
}

} // namespace prospector::importing
