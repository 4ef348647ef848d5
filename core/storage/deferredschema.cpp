#include "storage/deferredschema.h"

#include "logging/categories.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace prospector::storage {
namespace {

QString kindKey(DeferredSchema::Kind kind) {
    switch (kind) {
    case DeferredSchema::Kind::Trigger:
        return QStringLiteral("trigger");
    case DeferredSchema::Kind::Statement:
        return QStringLiteral("statement");
    case DeferredSchema::Kind::Index:
        break;
    }
    return QStringLiteral("index");
}

DeferredSchema::Kind kindFromKey(const QString &key) {
    if (key == QStringLiteral("trigger"))
        return DeferredSchema::Kind::Trigger;
    if (key == QStringLiteral("statement"))
        return DeferredSchema::Kind::Statement;
    return DeferredSchema::Kind::Index;
}

bool tableExists(const QSqlDatabase &db, const QString &name) {
    QSqlQuery query(db);
    return exec(query, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
                {name}) &&
           query.next();
}

bool isConstraint(const QSqlError &error) {
    // SQLITE_CONSTRAINT (19), or its extended UNIQUE code (2067) when extended codes are on.
    const int code = error.nativeErrorCode().toInt();
    return (code & 0xFF) == 19;
}

// Identifiers come from sqlite_master or our own constants, never from user input.
QString quoted(const QString &identifier) {
    return QLatin1Char('"') + QString(identifier).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

// Where the top-level VALUES keyword of `body` starts, and its parenthesized list; -1 when the
// body is not one "INSERT ... VALUES (...)" statement. Skips quoted text and nested parentheses.
qsizetype topLevelValues(const QString &body, qsizetype *open, qsizetype *close) {
    qsizetype values = -1;
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
        } else if (c == u'(') {
            if (depth == 0 && values >= 0 && *open < 0)
                *open = i;
            ++depth;
        } else if (c == u')') {
            if (--depth == 0 && values >= 0 && *close < 0 && *open >= 0)
                *close = i;
        } else if (c == u';' && depth == 0) {
            return -1; // more than one statement
        } else if (depth == 0 && values < 0 &&
                   body.mid(i, 6).compare(QStringLiteral("VALUES"), Qt::CaseInsensitive) == 0 &&
                   (i == 0 || !body.at(i - 1).isLetterOrNumber()) &&
                   (i + 6 >= body.size() || !body.at(i + 6).isLetterOrNumber())) {
            values = i;
            i += 5;
        } else if (depth == 0 && *close >= 0 && !c.isSpace()) {
            return -1; // something after the VALUES list
        }
    }
    return *open >= 0 && *close > *open ? values : -1;
}

// "CREATE TRIGGER t AFTER INSERT ON table [FOR EACH ROW] [WHEN cond] BEGIN INSERT INTO x(...)
// VALUES (exprs); END" as the one statement that does the trigger's work for a range of rows:
// "INSERT INTO x(...) SELECT exprs FROM main.table AS new WHERE new.rowid > ? AND new.rowid <= ?
// [AND (cond)]". Empty when the definition has another shape.
QString backfillStatement(const QString &definition, const QString &table) {
    static const QRegularExpression shape(
        QStringLiteral(
            R"re(^\s*CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?\S+\s+AFTER\s+INSERT\s+ON\s+"?(\w+)"?\s+(?:FOR\s+EACH\s+ROW\s+)?(?:WHEN\s+(.*?)\s+)?BEGIN\b(.*)\bEND\s*;?\s*$)re"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = shape.match(definition);
    if (!match.hasMatch() || match.captured(1).compare(table, Qt::CaseInsensitive) != 0)
        return {};
    QString body = match.captured(3).trimmed();
    while (body.endsWith(u';'))
        body.chop(1);
    if (!body.startsWith(QStringLiteral("INSERT"), Qt::CaseInsensitive))
        return {};
    qsizetype open = -1;
    qsizetype close = -1;
    const qsizetype values = topLevelValues(body, &open, &close);
    if (values < 0)
        return {};
    QString statement =
        body.left(values) + QStringLiteral("SELECT ") + body.mid(open + 1, close - open - 1) +
        QStringLiteral(" FROM main.%1 AS new WHERE new.rowid > ? AND new.rowid <= ?").arg(quoted(table));
    if (const QString when = match.captured(2).trimmed(); !when.isEmpty())
        statement += QStringLiteral(" AND (%1)").arg(when);
    return statement;
}

} // namespace

DeferredSchema::DeferredSchema(QSqlDatabase db, qint64 backfillChunk)
    : m_db(std::move(db))
    , m_backfillChunk(std::max<qint64>(1, backfillChunk)) {}

bool DeferredSchema::record(const QString &name, Kind kind, const QString &table, const QString &sql,
                            qint64 afterId, qint64 importId, QString *error) {
    QSqlQuery query(m_db);
    return exec(
        query,
        QStringLiteral("INSERT INTO deferred_schema (name, kind, table_name, sql, after_id, import_id, "
                       "deferred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {name, kindKey(kind), table, sql, afterId,
         importId > 0 ? QVariant(importId) : QVariant(QMetaType::fromType<qint64>()),
         QDateTime::currentMSecsSinceEpoch()},
        error);
}

bool DeferredSchema::deferIndexes(const QString &table, qint64 importId, QStringList *names, QString *error) {
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral(
                  "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql "
                  "IS NOT NULL ORDER BY name"),
              {table}, error))
        return false;
    QList<std::pair<QString, QString>> indexes;
    while (query.next())
        indexes.append({query.value(0).toString(), query.value(1).toString()});
    query.finish();
    for (const auto &[name, sql] : std::as_const(indexes)) {
        QSqlQuery drop(m_db);
        if (!record(name, Kind::Index, table, sql, 0, importId, error) ||
            !exec(drop, QStringLiteral("DROP INDEX %1").arg(quoted(name)), {}, error))
            return false;
        if (names)
            names->append(name);
    }
    return true;
}

bool DeferredSchema::deferTrigger(const QString &name, qint64 afterId, qint64 importId, bool *deferred,
                                  QString *error) {
    *deferred = false;
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
              {name}, error))
        return false;
    if (!query.next())
        return true;
    const QString table = query.value(0).toString();
    const QString sql = query.value(1).toString();
    query.finish();
    if (backfillStatement(sql, table).isEmpty()) {
        qCInfo(lcStorage) << "trigger" << name << "cannot be replayed as one statement: it stays";
        return true;
    }
    *deferred = record(name, Kind::Trigger, table, sql, afterId, importId, error) &&
                exec(query, QStringLiteral("DROP TRIGGER %1").arg(quoted(name)), {}, error);
    return *deferred;
}

bool DeferredSchema::recordStatement(const QString &name, const QString &table, const QString &sql,
                                     qint64 importId, QString *error) {
    return record(name, Kind::Statement, table, sql, 0, importId, error);
}

std::optional<QList<DeferredSchema::Pending>> DeferredSchema::pending(QString *error) const {
    QList<Pending> list;
    if (!tableExists(m_db, QStringLiteral("deferred_schema")))
        return list;
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral(
                  "SELECT name, kind, table_name, sql, after_id, coalesce(import_id, 0) FROM "
                  "deferred_schema ORDER BY CASE kind WHEN 'index' THEN (sql NOT LIKE 'CREATE UNIQUE%') "
                  "WHEN 'trigger' THEN 2 ELSE 3 END, name"),
              {}, error))
        return std::nullopt;
    while (query.next()) {
        Pending p;
        p.name = query.value(0).toString();
        p.kind = kindFromKey(query.value(1).toString());
        p.table = query.value(2).toString();
        p.sql = query.value(3).toString();
        p.afterId = query.value(4).toLongLong();
        p.importId = query.value(5).toLongLong();
        p.unique =
            p.kind == Kind::Index && p.sql.startsWith(QStringLiteral("CREATE UNIQUE"), Qt::CaseInsensitive);
        list.append(p);
    }
    return list;
}

// The trigger's own work for every row stored while it was away, as one INSERT ... SELECT per
// chunk of rows (FTS5 pays for every statement boundary, so chunks are large).
bool DeferredSchema::backfill(const Pending &trigger, qint64 from, qint64 to, QString *error) {
    const QString statement = backfillStatement(trigger.sql, trigger.table);
    if (statement.isEmpty()) {
        if (error)
            *error = QStringLiteral("unexpected definition of trigger %1").arg(trigger.name);
        return false;
    }
    QSqlQuery query(m_db);
    return exec(query, statement, {from, to}, error);
}

DeferredSchema::Outcome DeferredSchema::restore(const Pending &step, QString *error) {
    for (;;) {
        QSqlQuery query(m_db);
        if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), {}, error))
            return Outcome::Error;
        auto fail = [&] {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            qCWarning(lcStorage) << "cannot restore" << step.name << ":" << (error ? *error : QString());
            return Outcome::Error;
        };
        // Read again inside the transaction: another process may have restored it (or done part
        // of a backfill) meanwhile.
        if (!exec(query,
                  QStringLiteral(
                      "SELECT (SELECT count(*) FROM sqlite_master WHERE type IN ('index', 'trigger') AND "
                      "name = ?), (SELECT count(*) FROM deferred_schema WHERE name = ?), (SELECT after_id "
                      "FROM deferred_schema WHERE name = ?)"),
                  {step.name, step.name, step.name}, error) ||
            !query.next())
            return fail();
        const bool exists = step.kind != Kind::Statement && query.value(0).toInt() > 0;
        const bool recorded = query.value(1).toInt() > 0;
        const qint64 afterId = query.value(2).toLongLong();
        query.finish();
        bool done = true;
        if (!exists && recorded && step.kind == Kind::Trigger) {
            if (!exec(query,
                      QStringLiteral("SELECT coalesce(max(rowid), 0) FROM main.%1").arg(quoted(step.table)),
                      {}, error) ||
                !query.next())
                return fail();
            const qint64 last = query.value(0).toLongLong();
            query.finish();
            const qint64 to = std::min(last, afterId + m_backfillChunk);
            done = to == last;
            if (!backfill(step, afterId, to, error) ||
                (!done &&
                 !exec(query, QStringLiteral("UPDATE deferred_schema SET after_id = ? WHERE name = ?"),
                       {to, step.name}, error)))
                return fail();
        }
        if (done && !exists && recorded && !query.exec(step.sql)) {
            const QSqlError sqlError = query.lastError();
            if (error)
                *error = sqlError.text();
            if (step.unique && isConstraint(sqlError)) {
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
                return Outcome::Duplicates;
            }
            return fail();
        }
        if ((done && !exec(query, QStringLiteral("DELETE FROM deferred_schema WHERE name = ?"), {step.name},
                           error)) ||
            !exec(query, QStringLiteral("COMMIT"), {}, error))
            return fail();
        if (done)
            return exists || !recorded ? Outcome::AlreadyThere : Outcome::Restored;
    }
}

bool DeferredSchema::restoreAll(const Progress &progress, QList<Pending> *blocked, QString *error,
                                const std::atomic_bool *stop) {
    const std::optional<QList<Pending>> list = pending(error);
    if (!list)
        return false;
    int done = 0;
    for (const Pending &step : *list) {
        if (stop && stop->load())
            return true;
        if (progress)
            progress(done, int(list->size()));
        switch (restore(step, error)) {
        case Outcome::Restored:
        case Outcome::AlreadyThere:
            break;
        case Outcome::Duplicates:
            if (blocked)
                blocked->append(step);
            break;
        case Outcome::Error:
            return false;
        }
        ++done;
    }
    if (progress && !list->isEmpty())
        progress(done, int(list->size()));
    return true;
}

Migration deferredSchemaMigration() {
    Migration m;
    m.version = 17;
    m.description = QStringLiteral("import: schema objects a bulk load set aside");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE deferred_schema (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('index', 'trigger', 'statement')),
            table_name TEXT NOT NULL,
            sql TEXT NOT NULL,
            after_id INTEGER NOT NULL DEFAULT 0,
            import_id INTEGER,
            deferred_at INTEGER NOT NULL
        ) WITHOUT ROWID)"),
    };
    return m;
}

} // namespace prospector::storage
