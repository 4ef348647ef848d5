#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace prospector::hubspot {

using Properties = QMap<QString, QString>; // HubSpot sends and takes every value as a string

// One record to upsert: id is the unique value (e-mail for contacts, domain or a custom unique
// property for companies).
struct UpsertInput {
    QString id;
    Properties properties;
};

struct CrmObject {
    QString id; // HubSpot record id, digits
    Properties properties;
    bool archived = false;
    bool isNew = false; // batch upsert only: created (true) or updated (false)
};

// One failed item of a 207 multi-status batch (StandardError).
struct BatchItemError {
    QString category; // e.g. VALIDATION_ERROR, OBJECT_NOT_FOUND
    QString message;
    QStringList ids;            // context.ids, when HubSpot names the inputs
    QString objectWriteTraceId; // context.objectWriteTraceId, when the input carried one
};

struct BatchResult {
    QList<CrmObject> results; // match to inputs by id/e-mail, never by position
    QList<BatchItemError> errors;
    bool multiStatus = false; // HTTP 207: some inputs failed
};

struct SearchPage {
    int total = 0;
    QList<CrmObject> results;
    QString nextAfter; // empty on the last page
};

struct Association {
    QString fromId;
    QString toId;
    int associationTypeId = 0;
};

} // namespace prospector::hubspot
