#pragma once

#include "importing/importfield.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace prospector::importing {

// Where one CSV column goes.
struct ColumnAssignment {
    QString header;
    ImportField field = ImportField::Custom;
};

// The column mapping of one file: one assignment per column, in file order. `name` is the preset
// ("salesnav", "apollo", ...) or the name the user saved it under.
struct ColumnMapping {
    QString name;
    QList<ColumnAssignment> columns;

    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject &object);

    // This mapping (typically a saved one) applied to a file's headers: columns are matched by
    // normalized header; a header the mapping does not know is auto-mapped with `fallback`.
    ColumnMapping retargeted(const QStringList &headers, const ColumnMapping &fallback) const;

    // The key a Custom column is stored under in the prospect's custom fields.
    static QString customKey(const QString &header, int column);

    bool maps(ImportField field) const;
};

} // namespace prospector::importing
