#include "review/prospecteditor.h"

#include "review/fieldvalidator.h"
#include "review/immediatetransaction.h"
#include "review/undostack.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace prospector::review {
namespace {

using storage::exec;

QString tr(const char *text) {
    return QCoreApplication::translate("ProspectEditor", text);
}

// Field name (as QML knows it) -> column. Only editable fields appear.
QString columnFor(const QString &field) {
    static const QHash<QString, QString> columns = {
        {QStringLiteral("firstName"), QStringLiteral("first_name")},
        {QStringLiteral("lastName"), QStringLiteral("last_name")},
        {QStringLiteral("email"), QStringLiteral("email")},
        {QStringLiteral("linkedinUrl"), QStringLiteral("linkedin_url")},
        {QStringLiteral("title"), QStringLiteral("title")},
        {QStringLiteral("companyName"), QStringLiteral("company_name")},
        {QStringLiteral("website"), QStringLiteral("website")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("city"), QStringLiteral("city")},
        {QStringLiteral("region"), QStringLiteral("region")},
        {QStringLiteral("country"), QStringLiteral("country")},
        {QStringLiteral("industry"), QStringLiteral("industry")},
        {QStringLiteral("companySize"), QStringLiteral("company_size")},
        {QStringLiteral("source"), QStringLiteral("source")},
        {QStringLiteral("stage"), QStringLiteral("stage")},
        {QStringLiteral("tierOverride"), QStringLiteral("tier_override")},
        {QStringLiteral("customFields"), QStringLiteral("custom_fields")},
    };
    return columns.value(field);
}

// Columns that hold NULL rather than '' when empty (identity columns and the override).
bool nullWhenEmpty(const QString &column) {
    return column == QLatin1String("email") || column == QLatin1String("linkedin_url") ||
           column == QLatin1String("tier_override");
}

} // namespace

ProspectEditor::ProspectEditor(const storage::Database &database, UndoStack &undo)
    : m_database(database)
    , m_undo(undo) {}

BulkResult ProspectEditor::edit(qint64 prospectId, const QVariantMap &changes,
                                QMap<QString, QString> *fieldErrors) {
    BulkResult result;
    QMap<QString, QString> errors;
    QStringList fields;
    QStringList columns;
    QVariantList values;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        QVariant normalized;
        const QString message = FieldValidator::validate(it.key(), it.value(), &normalized);
        if (!message.isEmpty()) {
            errors.insert(it.key(), message);
            continue;
        }
        const QString column = columnFor(it.key());
        fields << it.key();
        columns << column;
        if (normalized.typeId() == QMetaType::QJsonObject)
            values << QString::fromUtf8(
                QJsonDocument(normalized.toJsonObject()).toJson(QJsonDocument::Compact));
        else if (nullWhenEmpty(column) && normalized.toString().isEmpty())
            values << QVariant(QMetaType(QMetaType::QString));
        else
            values << normalized;
    }
    QSqlDatabase db = m_database.connection();
    ImmediateTransaction transaction(db);
    if (errors.isEmpty() && !columns.isEmpty() && transaction.begin(&result.error)) {
        QSqlQuery q(db);
        const int emailIndex = int(columns.indexOf(QStringLiteral("email")));
        // The unique index would refuse anyway; this gives the rep a message about the field.
        if (emailIndex >= 0 && !values.at(emailIndex).isNull() &&
            exec(q, QStringLiteral("SELECT 1 FROM prospects WHERE email = ? AND id <> ?"),
                 {values.at(emailIndex), prospectId}, &result.error) &&
            q.next())
            errors.insert(QStringLiteral("email"), tr("Another prospect already has this email address."));
        q.finish();
    }
    if (fieldErrors)
        *fieldErrors = errors;
    if (!errors.isEmpty()) {
        result.error = tr("Some fields are not valid.");
        return result;
    }
    if (columns.isEmpty()) {
        result.ok = true;
        return result;
    }
    if (!result.error.isEmpty())
        return result;

    QSqlQuery q(db);
    if (!exec(q,
              QStringLiteral("SELECT %1, trim(first_name || ' ' || last_name) FROM prospects WHERE id = ?")
                  .arg(columns.join(QStringLiteral(", "))),
              {prospectId}, &result.error))
        return result;
    if (!q.next()) {
        result.error = tr("This prospect no longer exists.");
        return result;
    }
    QJsonObject diff;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonValue before = QJsonValue::fromVariant(q.value(int(i)));
        const QJsonValue after = QJsonValue::fromVariant(values.at(i));
        if (before != after)
            diff.insert(fields.at(i),
                        QJsonObject{{QStringLiteral("old"), before}, {QStringLiteral("new"), after}});
    }
    const QString name = q.value(int(columns.size())).toString();
    q.finish();
    if (diff.isEmpty()) { // nothing really changed: no undo step, no timeline noise
        result.ok = true;
        return result;
    }

    const qint64 actionId = m_undo.beginAction(
        UndoStack::Kind::Columns, tr("Edit %1").arg(name.isEmpty() ? tr("prospect") : name), &result.error);
    const QString ids = UndoStack::tableName(actionId, QStringLiteral("ids"));
    QStringList assignments;
    for (const QString &column : std::as_const(columns))
        assignments << column + QStringLiteral(" = ?");
    QVariantList updateValues = values;
    updateValues << QDateTime::currentMSecsSinceEpoch() << prospectId;
    const QString summary = tr("Edited %1").arg(diff.keys().join(QStringLiteral(", ")));
    bool ok =
        actionId > 0 &&
        exec(q, QStringLiteral("CREATE TABLE \"%1\" (id INTEGER PRIMARY KEY)").arg(ids), {}, &result.error) &&
        exec(q, QStringLiteral("INSERT INTO \"%1\" (id) VALUES (?)").arg(ids), {prospectId}, &result.error) &&
        m_undo.snapshotColumns(actionId, ids, columns + QStringList{QStringLiteral("updated_at")},
                               &result.error) &&
        exec(q,
             QStringLiteral("UPDATE prospects SET %1, updated_at = ? WHERE id = ?")
                 .arg(assignments.join(QStringLiteral(", "))),
             updateValues, &result.error) &&
        exec(q,
             QStringLiteral("INSERT INTO activities (prospect_id, kind, summary, payload_json, occurred_at) "
                            "VALUES (?, 'edited', ?, ?, ?)"),
             {prospectId, summary,
              QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("changes"), diff}})
                                    .toJson(QJsonDocument::Compact)),
              QDateTime::currentMSecsSinceEpoch()},
             &result.error);
    if (ok) {
        const qint64 activityId = q.lastInsertId().toLongLong();
        ok = m_undo.setActivityRange(actionId, activityId, activityId, &result.error);
    }
    if (!ok || !transaction.commit(&result.error))
        return result;
    m_undo.actionCommitted();
    result.ok = true;
    result.affected = 1;
    result.undoActionId = actionId;
    return result;
}

} // namespace prospector::review
