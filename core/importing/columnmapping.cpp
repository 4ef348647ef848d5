#include "importing/columnmapping.h"

#include "importing/mappingpresets.h"

#include <QJsonArray>

namespace prospector::importing {

QJsonObject ColumnMapping::toJson() const {
    QJsonArray array;
    for (const ColumnAssignment &column : columns)
        array.append(QJsonObject{{QStringLiteral("header"), column.header},
                                 {QStringLiteral("field"), fieldKey(column.field)}});
    return {{QStringLiteral("name"), name}, {QStringLiteral("columns"), array}};
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &object) {
    ColumnMapping mapping;
    mapping.name = object.value(QStringLiteral("name")).toString();
    const QJsonArray array = object.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject column = value.toObject();
        mapping.columns.append({column.value(QStringLiteral("header")).toString(),
                                fieldFromKey(column.value(QStringLiteral("field")).toString())});
    }
    return mapping;
}

ColumnMapping ColumnMapping::retargeted(const QStringList &headers, const ColumnMapping &fallback) const {
    ColumnMapping result;
    result.name = name;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString key = MappingPresets::normalizeHeader(headers.at(i));
        ColumnAssignment assignment{headers.at(i), ImportField::Custom};
        bool found = false;
        for (const ColumnAssignment &known : columns) {
            if (MappingPresets::normalizeHeader(known.header) == key) {
                assignment.field = known.field;
                found = true;
                break;
            }
        }
        if (!found && i < fallback.columns.size())
            assignment.field = fallback.columns.at(i).field;
        result.columns.append(assignment);
    }
    return result;
}

QString ColumnMapping::customKey(const QString &header, int column) {
    const QString key = header.simplified();
    return key.isEmpty() ? QStringLiteral("column_%1").arg(column + 1) : key;
}

bool ColumnMapping::maps(ImportField field) const {
    for (const ColumnAssignment &column : columns) {
        if (column.field == field)
            return true;
    }
    return false;
}

} // namespace prospector::importing
