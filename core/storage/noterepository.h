#pragma once

#include <QList>
#include <QString>

namespace prospector::storage {

class Database;

struct Note {
    qint64 id = 0;
    qint64 prospectId = 0;
    QString body;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// Free-text notes on a prospect; they are part of the full-text index.
class NoteRepository {
public:
    explicit NoteRepository(const Database &database);

    qint64 add(qint64 prospectId, const QString &body, QString *error = nullptr);
    bool update(qint64 noteId, const QString &body, QString *error = nullptr);
    bool remove(qint64 noteId, QString *error = nullptr);
    QList<Note> forProspect(qint64 prospectId, QString *error = nullptr) const;

private:
    const Database &m_database;
};

} // namespace prospector::storage
