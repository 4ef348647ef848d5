#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace prospector::storage {

class Database;

struct ImportRecord {
    qint64 id = 0;
    QString fileName;
    QString filePath;
    qint64 fileSize = 0;
    QString encoding;
    QString delimiter;
    QString mappingName;
    QString mappingJson = QStringLiteral("{}");
    QString policy = QStringLiteral("fill");
    QString status = QStringLiteral("running");
    qint64 rowsTotal = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    QString errorReport;
    QString errorMessage;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
};

// The import history (one row per import, with its counts and final status).
class ImportRepository {
public:
    explicit ImportRepository(const Database &database);

    qint64 create(const ImportRecord &record, QString *error = nullptr);
    bool update(const ImportRecord &record, QString *error = nullptr);
    std::optional<ImportRecord> get(qint64 id, QString *error = nullptr) const;
    QList<ImportRecord> list(int limit = 100, QString *error = nullptr) const;

private:
    const Database &m_database;
};

} // namespace prospector::storage
