#include "importhistorymodel.h"

#include "logging/categories.h"

#include <QDateTime>
#include <QLocale>

namespace prospector::ui {

ImportHistoryModel::ImportHistoryModel(const storage::Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database) {}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const storage::ImportRecord &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return r.fileName;
    case IdRole:
        return r.id;
    case StatusRole:
        return r.status;
    case RowsRole:
        return r.rowsTotal;
    case CreatedRole:
        return r.created;
    case UpdatedRole:
        return r.updated;
    case DuplicatesRole:
        return r.duplicates;
    case RejectedRole:
        return r.rejected;
    case StartedRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.startedAt), QLocale::ShortFormat);
    case ErrorReportRole:
        return r.errorReport;
    case ErrorMessageRole:
        return r.errorMessage;
    case CanUndoRole:
        return r.status != QStringLiteral("undone") && r.status != QStringLiteral("running");
    default:
        return {};
    }
}

QHash<int, QByteArray> ImportHistoryModel::roleNames() const {
    return {{IdRole, "importId"},
            {FileNameRole, "fileName"},
            {StatusRole, "status"},
            {RowsRole, "rows"},
            {CreatedRole, "created"},
            {UpdatedRole, "updated"},
            {DuplicatesRole, "duplicates"},
            {RejectedRole, "rejected"},
            {StartedRole, "started"},
            {ErrorReportRole, "errorReport"},
            {ErrorMessageRole, "errorMessage"},
            {CanUndoRole, "canUndo"}};
}

void ImportHistoryModel::reload() {
    QString error;
    QList<storage::ImportRecord> rows = storage::ImportRepository(m_database).list(200, &error);
    if (!error.isEmpty())
        qCWarning(lcUi) << "import history unavailable:" << error;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace prospector::ui
