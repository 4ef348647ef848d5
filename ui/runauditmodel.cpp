#include "runauditmodel.h"

#include "autopilot/autopilotcontrol.h"
#include "integrations/services.h"

#include <QJsonDocument>

namespace prospector::ui {

namespace {

QString serviceText(const QString &key) {
    const auto service = integrations::serviceFromKey(key);
    return service ? net::serviceDisplayName(*service) : key;
}

QString kindText(const QString &kind) {
    if (kind == QLatin1String("upsert_contact"))
        return RunAuditModel::tr("create or update the contact");
    if (kind == QLatin1String("enroll_lead"))
        return RunAuditModel::tr("enroll in the campaign");
    if (kind == QLatin1String("enrich_prospect"))
        return RunAuditModel::tr("enrich the prospect");
    if (kind == QLatin1String("enrich_company"))
        return RunAuditModel::tr("enrich the company");
    return kind;
}

QString stateText(const QString &state) {
    if (state == QLatin1String("queued"))
        return RunAuditModel::tr("waiting to be sent");
    if (state == QLatin1String("in_flight"))
        return RunAuditModel::tr("being sent");
    if (state == QLatin1String("unknown"))
        return RunAuditModel::tr("sent, outcome being checked");
    if (state == QLatin1String("done"))
        return RunAuditModel::tr("done");
    if (state == QLatin1String("dead"))
        return RunAuditModel::tr("failed (see Problems)");
    if (state == QLatin1String("discarded"))
        return RunAuditModel::tr("failed and discarded");
    return state;
}

QString resultText(const autopilot::AuditEntry &e) {
    if (!e.lastError.isEmpty() && e.state != QLatin1String("done"))
        return e.lastError;
    if (e.result.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(e.result).toJson(QJsonDocument::Compact));
}

} // namespace

RunAuditModel::RunAuditModel(autopilot::AutopilotControl &control, QObject *parent)
    : QAbstractListModel(parent)
    , m_control(control) {
    // A shown run's writes settle after the run moved on; follow them.
    using C = autopilot::AutopilotControl;
    connect(&control, &C::runFinished, this, &RunAuditModel::reload);
    connect(&control, &C::stateChanged, this, &RunAuditModel::reload);
}

int RunAuditModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant RunAuditModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const autopilot::AuditEntry &e = m_rows.at(index.row());
    switch (role) {
    case OperationIdRole:
        return e.operationId;
    case StepRole:
        return e.step;
    case ServiceRole:
        return serviceText(e.service);
    case Qt::DisplayRole:
    case KindTextRole:
        return kindText(e.kind);
    case ProspectRole:
        return e.prospectName.isEmpty() ? tr("(deleted prospect)") : e.prospectName;
    case StateRole:
        return e.state;
    case StateTextRole:
        return stateText(e.state);
    case KeyRole:
        return e.idempotencyKey;
    case ResultTextRole:
        return resultText(e);
    default:
        return {};
    }
}

QHash<int, QByteArray> RunAuditModel::roleNames() const {
    return {{OperationIdRole, "operationId"}, {StepRole, "step"},         {ServiceRole, "service"},
            {KindTextRole, "kindText"},       {ProspectRole, "prospect"}, {StateRole, "state"},
            {StateTextRole, "stateText"},     {KeyRole, "key"},           {ResultTextRole, "resultText"}};
}

void RunAuditModel::setRunId(qint64 runId) {
    if (m_runId == runId)
        return;
    m_runId = runId;
    Q_EMIT runIdChanged();
    reload();
}

void RunAuditModel::reload() {
    const int before = count();
    beginResetModel();
    m_rows = m_runId > 0 ? m_control.audit(m_runId, true) : QList<autopilot::AuditEntry>{};
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

} // namespace prospector::ui
