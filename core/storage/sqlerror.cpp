#include "storage/sqlerror.h"

#include "logging/categories.h"

#include <QSqlError>

namespace prospector::storage {

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error) {
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        qCWarning(lcStorage) << "prepare failed:" << query.lastError().text();
        return false;
    }
    for (const QVariant &value : values) {
        // Qt binds a null QString as SQL NULL; our text columns are NOT NULL and mean "empty".
        // Deliberate NULLs are passed as typed null variants and keep their meaning.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        qCWarning(lcStorage) << "exec failed:" << query.lastError().text();
        return false;
    }
    return true;
}

bool isBusy(const QSqlError &error) {
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6");
}

} // namespace prospector::storage
