#include "review/filtervalues.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace prospector::review {

namespace {

// A LIKE pattern that matches `text` literally anywhere (% and _ typed by the rep are not wildcards).
QString containsPattern(const QString &text) {
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Frequent values of one text column of prospects (the column name is one of our constants).
QString groupedColumnSql(const QString &column) {
    return QStringLiteral("SELECT %1, count(*) AS n FROM prospects WHERE %1 IS NOT NULL AND %1 <> '' "
                          "AND %1 LIKE ? ESCAPE '\\' GROUP BY %1 COLLATE NOCASE ORDER BY n DESC, %1 "
                          "COLLATE NOCASE LIMIT ?")
        .arg(column);
}

} // namespace

FilterValues::FilterValues(const storage::Database &database)
    : m_database(database) {}

std::optional<FilterValues::Field> FilterValues::fieldFromName(const QString &name) {
    if (name == QLatin1String("import"))
        return Field::Import;
    if (name == QLatin1String("source"))
        return Field::Source;
    if (name == QLatin1String("country"))
        return Field::Country;
    if (name == QLatin1String("company"))
        return Field::Company;
    return std::nullopt;
}

std::optional<QList<FilterValue>> FilterValues::values(Field field, const QString &contains, int limit,
                                                       QString *error) const {
    QString sql;
    switch (field) {
    case Field::Import:
        // Undone imports have no prospects left; they would only be noise in a picker.
        sql =
            QStringLiteral("SELECT i.id, i.file_name, (SELECT count(*) FROM prospects p WHERE p.import_id = "
                           "i.id) AS n, i.started_at FROM imports i WHERE i.status <> 'undone' AND "
                           "i.file_name LIKE ? ESCAPE '\\' ORDER BY i.id DESC LIMIT ?");
        break;
    case Field::Source:
        sql = groupedColumnSql(QStringLiteral("source"));
        break;
    case Field::Country:
        sql = groupedColumnSql(QStringLiteral("country"));
        break;
    case Field::Company:
        sql = groupedColumnSql(QStringLiteral("company_name"));
        break;
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!storage::exec(q, sql, {containsPattern(contains), std::max(1, limit)}, error))
        return std::nullopt;
    QList<FilterValue> result;
    while (q.next()) {
        FilterValue v;
        if (field == Field::Import) {
            v.value = QString::number(q.value(0).toLongLong());
            v.label = q.value(1).toString();
            v.count = q.value(2).toLongLong();
            v.when = q.value(3).toLongLong();
        } else {
            v.value = q.value(0).toString();
            v.label = v.value;
            v.count = q.value(1).toLongLong();
        }
        result << v;
    }
    return result;
}

} // namespace prospector::review
