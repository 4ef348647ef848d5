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
    QString url;        // the record's page in HubSpot, when the response carries one
};

// One record to create in a batch. traceId (objectWriteTraceId) turns on per-input errors (207)
// and names the input in them; associateWithCompanyId creates the unlabelled contact -> company
// association in the same call (contacts only).
struct CreateInput {
    Properties properties;
    QString traceId;
    QString associateWithCompanyId;
};

// One record to update in a batch, by HubSpot id.
struct UpdateInput {
    QString id;
    Properties properties;
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

// What a v4 batch read of associations found: per "from" id, the ids it is associated with.
// Ids HubSpot does not list (unknown, or without associations) are absent.
using AssociatedIds = QMap<QString, QStringList>;

} // namespace prospector::hubspot
