#include "deadlettermodel.h"

#include "integrations/services.h"
#include "review/prospecteditor.h"
#include "sync/outboxrepository.h"
#include "sync/synchost.h"

#include <algorithm>

namespace prospector::ui {
namespace {

constexpr int kReloadDelayMs = 200;

const QStringList &editableFields() {
    static const QStringList fields = {QStringLiteral("email"),       QStringLiteral("firstName"),
                                       QStringLiteral("lastName"),    QStringLiteral("title"),
                                       QStringLiteral("companyName"), QStringLiteral("phone")};
    return fields;
}

QVariantMap fieldsOf(const sync::DeadLetter &d) {
    return {{QStringLiteral("email"), d.email},
            {QStringLiteral("firstName"), d.firstName},
            {QStringLiteral("lastName"), d.lastName},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("companyName"), d.companyName},
            {QStringLiteral("phone"), d.phone}};
}

// A suppressed prospect must not be contacted: retrying cannot help, and must not be offered.
bool retryCanHelp(const sync::DeadLetter &d) {
    return d.failureKind != QLatin1String("suppressed");
}

} // namespace

DeadLetterModel::DeadLetterModel(sync::SyncHost &host, review::ProspectEditor &editor, QObject *parent)
    : QAbstractListModel(parent)
    , m_host(host)
    , m_editor(editor) {
    // A busy engine changes the outbox every second: coalesce into one read.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &DeadLetterModel::reload);
    connect(&m_host, &sync::SyncHost::outboxChanged, this, [this] { m_reloadTimer.start(); });
    connect(&m_host, &sync::SyncHost::statusChanged, this, [this](const sync::SyncStatus &status) {
        if (status.dead() != count() && !m_reloadTimer.isActive())
            m_reloadTimer.start();
    });
    reload();
}

int DeadLetterModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeadLetterModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const sync::DeadLetter &d = m_rows.at(index.row());
    switch (role) {
    case OperationIdRole:
        return d.id;
    case ServiceRole:
        return d.service;
    case Qt::DisplayRole:
    case ServiceNameRole: {
        const auto service = integrations::serviceFromKey(d.service);
        return service ? net::serviceDisplayName(*service) : d.service;
    }
    case KindRole:
        return d.kind;
    case FailureKindRole:
        return d.failureKind;
    case DetailRole:
        return d.lastError;
    case AttemptsRole:
        return d.attempts;
    case FailedAtRole:
        return d.failedAt;
    case ProspectIdRole:
        return d.prospectId;
    case ProspectNameRole:
        return QString(d.firstName + QLatin1Char(' ') + d.lastName).trimmed();
    case EmailRole:
        return d.email;
    case CampaignRole:
        return d.payload.value(QStringLiteral("campaignId")).toString();
    case CanRetryRole:
        return retryCanHelp(d);
    case CanEditRole:
        return retryCanHelp(d) && d.failureKind != QLatin1String("auth") &&
               d.failureKind != QLatin1String("permission");
    case FieldsRole:
        return fieldsOf(d);
    default:
        return {};
    }
}

QHash<int, QByteArray> DeadLetterModel::roleNames() const {
    return {
        {OperationIdRole, "operationId"},
        {ServiceRole, "service"},
        {ServiceNameRole, "serviceName"},
        {KindRole, "kind"},
        {FailureKindRole, "failureKind"},
        {DetailRole, "detail"},
        {AttemptsRole, "attempts"},
        {FailedAtRole, "failedAt"},
        {ProspectIdRole, "prospectId"},
        {ProspectNameRole, "prospectName"},
        {EmailRole, "email"},
        {CampaignRole, "campaign"},
        {CanRetryRole, "canRetry"},
        {CanEditRole, "canEdit"},
        {FieldsRole, "fields"},
    };
}

void DeadLetterModel::reload() {
    m_reloadTimer.stop();
    QString error;
    // At most kLimit short rows through an index: cheap enough for this thread.
    const QList<sync::DeadLetter> rows = sync::DeadLetter::list(m_host.database(), kLimit, &error);
    if (!error.isEmpty()) {
        setLastError(tr("The problems could not be read: %1").arg(error));
        return;
    }
    // A busy engine reports every batch; keep the list (and the rep's scroll position) when the
    // dead letters did not change.
    const auto sameRows = [](const QList<sync::DeadLetter> &a, const QList<sync::DeadLetter> &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                          [](const sync::DeadLetter &x, const sync::DeadLetter &y) {
                              return x.id == y.id && x.failedAt == y.failedAt && x.email == y.email &&
                                     x.firstName == y.firstName && x.lastName == y.lastName;
                          });
    };
    if (sameRows(rows, m_rows))
        return;
    const int before = count();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

int DeadLetterModel::rowOf(qint64 operationId) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == operationId)
            return row;
    return -1;
}

void DeadLetterModel::run(std::function<sync::DeadLetterActions::Result(sync::DeadLetterActions &)> action,
                          const QString &doneText) {
    setPending(+1);
    m_host.submit<sync::DeadLetterActions::Result>(
        [action](sync::OutboxRepository &outbox, const sync::Clock &clock) {
            sync::DeadLetterActions actions(outbox.database(), outbox, clock);
            return action(actions);
        },
        this,
        [this, doneText](const sync::DeadLetterActions::Result &result) {
            setPending(-1);
            setLastError(result.ok ? QString() : result.error);
            Q_EMIT finished(result.ok, result.ok ? doneText : result.error);
            reload();
        });
}

void DeadLetterModel::retry(qint64 operationId) {
    run([operationId](sync::DeadLetterActions &a) { return a.retry(operationId); },
        tr("Queued again. It will be sent with the next batch."));
}

void DeadLetterModel::discard(qint64 operationId) {
    run([operationId](sync::DeadLetterActions &a) { return a.discard(operationId); }, tr("Discarded."));
}

QVariantMap DeadLetterModel::editAndRetry(qint64 operationId, const QVariantMap &fields) {
    const int row = rowOf(operationId);
    if (row < 0)
        return {{QStringLiteral("_"), tr("This problem was already handled.")}};
    const sync::DeadLetter d = m_rows.at(row);
    const QVariantMap before = fieldsOf(d);
    QVariantMap changes;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (editableFields().contains(it.key()) &&
            it.value().toString().trimmed() != before.value(it.key()).toString())
            changes.insert(it.key(), it.value().toString().trimmed());
    if (d.prospectId <= 0) {
        run([operationId,
             changes](sync::DeadLetterActions &a) { return a.retryWithFields(operationId, changes); },
            tr("Corrected and queued again."));
        return {};
    }
    if (!changes.isEmpty()) {
        QMap<QString, QString> errors;
        const review::BulkResult result = m_editor.edit(d.prospectId, changes, &errors);
        if (!result.ok) {
            QVariantMap refused;
            for (auto it = errors.cbegin(); it != errors.cend(); ++it)
                refused.insert(it.key(), it.value());
            if (refused.isEmpty())
                refused.insert(QStringLiteral("_"), result.error);
            return refused;
        }
        Q_EMIT prospectsChanged();
    }
    run([operationId](sync::DeadLetterActions &a) { return a.requeueFromProspect(operationId); },
        tr("Corrected and queued again."));
    return {};
}

void DeadLetterModel::retryAll() {
    QList<qint64> ids;
    for (const sync::DeadLetter &d : std::as_const(m_rows))
        if (retryCanHelp(d))
            ids << d.id;
    if (ids.isEmpty())
        return;
    run(
        [ids](sync::DeadLetterActions &a) {
            sync::DeadLetterActions::Result last{true, {}};
            for (qint64 id : ids) {
                const auto result = a.retry(id);
                if (!result.ok)
                    last = result;
            }
            return last;
        },
        tr("Queued %n operation(s) again.", "", int(ids.size())));
}

void DeadLetterModel::setLastError(const QString &error) {
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void DeadLetterModel::setPending(int delta) {
    const bool wasBusy = busy();
    m_pending += delta;
    if (busy() != wasBusy)
        Q_EMIT busyChanged();
}

} // namespace prospector::ui
