#include "prospectlistmodel.h"

#include "logging/categories.h"
#include "storage/prospectrepository.h"

namespace prospector::ui {

ProspectListModel::ProspectListModel(const storage::Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database) {}

int ProspectListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ProspectListModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const storage::Prospect &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FullNameRole:
        return p.fullName();
    case IdRole:
        return p.id;
    case EmailRole:
        return p.email;
    case TitleRole:
        return p.title;
    case CompanyRole:
        return p.companyName;
    case StageRole:
        return p.stage;
    case ScoreRole:
        return p.score;
    case TierRole:
        return p.effectiveTier();
    case CountryRole:
        return p.country;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProspectListModel::roleNames() const {
    return {{IdRole, "prospectId"}, {FullNameRole, "fullName"}, {EmailRole, "email"},
            {TitleRole, "title"},   {CompanyRole, "company"},   {StageRole, "stage"},
            {ScoreRole, "score"},   {TierRole, "tier"},         {CountryRole, "country"}};
}

bool ProspectListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_rows.size() < m_totalCount;
}

void ProspectListModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid())
        return;
    storage::ProspectFilter filter;
    filter.search = m_search;
    filter.limit = kPageSize;
    filter.offset = static_cast<int>(m_rows.size());
    QString error;
    const QList<storage::Prospect> page = storage::ProspectRepository(m_database).list(filter, &error);
    if (!error.isEmpty()) {
        setLastError(error);
        return;
    }
    if (page.isEmpty()) {
        m_totalCount = m_rows.size(); // rows were deleted meanwhile; stop asking for more
        Q_EMIT totalCountChanged();
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void ProspectListModel::setSearch(const QString &search) {
    if (search == m_search)
        return;
    m_search = search;
    Q_EMIT searchChanged();
    reload();
}

void ProspectListModel::reload() {
    storage::ProspectFilter filter;
    filter.search = m_search;
    QString error;
    const qint64 total = storage::ProspectRepository(m_database).count(filter, &error);
    beginResetModel();
    m_rows.clear();
    m_totalCount = total < 0 ? 0 : total;
    endResetModel();
    Q_EMIT totalCountChanged();
    setLastError(error);
    if (error.isEmpty())
        fetchMore({});
    qCDebug(lcUi) << "prospects reloaded:" << m_totalCount;
}

void ProspectListModel::setLastError(const QString &error) {
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

} // namespace prospector::ui
