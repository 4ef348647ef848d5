#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace prospector::storage {

class Database;

// One entry of a prospect's timeline (imported, edited, enriched, synced, enrolled, replied, ...).
struct Activity {
    qint64 id = 0;
    qint64 prospectId = 0;
    QString kind;
    QString summary;
    QJsonObject payload;
    QString externalId; // e.g. a lemlist activity id; unique, so polling twice records once
    qint64 occurredAt = 0;
};

class ActivityRepository {
public:
    explicit ActivityRepository(const Database &database);

    // Returns the new id, or 0 when an activity with the same external id already exists
    // (not an error) or the insert failed (`error` set).
    qint64 add(const Activity &activity, QString *error = nullptr);
    QList<Activity> forProspect(qint64 prospectId, int limit = 200, QString *error = nullptr) const;

private:
    const Database &m_database;
};

} // namespace prospector::storage
