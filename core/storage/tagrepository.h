#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace prospector::storage {

class Database;

// Tags are shared names (case-insensitive) attached to prospects.
class TagRepository {
public:
    explicit TagRepository(const Database &database);

    // Returns the id of the tag with this name, creating it if needed (0 on failure).
    qint64 ensure(const QString &name, QString *error = nullptr);
    bool attach(qint64 prospectId, const QString &tag, QString *error = nullptr);
    bool detach(qint64 prospectId, const QString &tag, QString *error = nullptr);
    QStringList forProspect(qint64 prospectId, QString *error = nullptr) const;
    QStringList all(QString *error = nullptr) const;

private:
    const Database &m_database;
};

} // namespace prospector::storage
