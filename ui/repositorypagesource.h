#pragma once

#include "prospectpagesource.h"

namespace prospector::storage {
class Database;
}

namespace prospector::ui {

// A page source over storage::ProspectRepository (offset paging, id order). Used until the
// review query builder lands in core; it understands the subset of ReviewQuery the repository
// filter has (search, first stage/tier/tag, minimum score, archived).
class RepositoryPageSource : public ProspectPageSource {
public:
    explicit RepositoryPageSource(const storage::Database &database);

    qint64 count(const ReviewQuery &query, QString *error) const override;
    QList<storage::Prospect> fetch(const ReviewQuery &query, qint64 offset, int limit,
                                   QString *error) const override;
    QList<qint64> ids(const ReviewQuery &query, qint64 offset, qint64 limit, QString *error) const override;
    QHash<QString, qint64> stageCounts(const ReviewQuery &query, QString *error) const override;
    QHash<QString, qint64> tierCounts(const ReviewQuery &query, QString *error) const override;

private:
    const storage::Database &m_database;
};

} // namespace prospector::ui
