#include "autopilot/runexecutor.h"

#include "autopilot/autopilotsettingsstore.h"
#include "autopilot/databaselookups.h"
#include "autopilot/enrichmentqueue.h"
#include "autopilot/guardrails.h"
#include "autopilot/operationqueuer.h"
#include "autopilot/prospectsource.h"
#include "autopilot/replypoller.h"
#include "autopilot/runaudit.h"
#include "autopilot/runplanner.h"
#include "autopilot/runreportbuilder.h"
#include "autopilot/runstep.h"
#include "autopilot/selectionrescorer.h"
#include "autopilot/stepplanner.h"
#include "net/service.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/sqlerror.h"
#include "sync/clock.h"
#include "sync/creditledger.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAutopilotRun, "prospector.autopilot.run", QtInfoMsg)

namespace prospector::autopilot {

namespace {

const auto kAllowed = QStringLiteral("allowed");
const auto kStopReason = QStringLiteral("stopReason");
const auto kError = QStringLiteral("error");
const auto kApproval = QStringLiteral("approval");

QList<qint64> idsFromJson(const QJsonValue &value) {
    QList<qint64> ids;
    for (const QJsonValue &v : value.toArray())
        ids.append(v.toInteger());
    return ids;
}

QString serviceDisplay(const QString &key) {
    if (key == QLatin1String("hubspot"))
        return net::serviceDisplayName(net::Service::HubSpot);
    if (key == QLatin1String("lemlist"))
        return net::serviceDisplayName(net::Service::Lemlist);
    return net::serviceDisplayName(net::Service::Explorium);
}

} // namespace

RunExecutor::RunExecutor(const RunDependencies &deps, AutopilotSettings settings, RunState state,
                         QObject *parent)
    : QObject(parent)
    , m_deps(deps)
    , m_settings(std::move(settings))
    , m_state(std::move(state))
    , m_schedule(std::make_unique<sync::RetrySchedule>())
    , m_outbox(std::make_unique<sync::OutboxRepository>(*deps.database, *deps.clock, *m_schedule))
    , m_audit(std::make_unique<RunAudit>(*deps.database, *deps.clock))
    , m_runs(*deps.database, *deps.clock) {
    m_heartbeat.setInterval(30'000);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        QString error;
        if (!m_runs.heartbeat(m_state.id, m_state.owner, &error))
            qCWarning(lcAutopilotRun) << "heartbeat failed:" << error;
    });
}

RunExecutor::~RunExecutor() = default;

void RunExecutor::start() {
    m_heartbeat.start();
    scheduleNext();
}

void RunExecutor::requestStop() {
    m_stopRequested = true;
}

void RunExecutor::abandon() {
    m_abandoned = true;
    m_heartbeat.stop();
    if (m_deps.drainer)
        m_deps.drainer->abort();
}

void RunExecutor::scheduleNext() {
    if (m_nextQueued)
        return;
    m_nextQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_nextQueued = false;
        next();
    });
}

bool RunExecutor::save() {
    QString error;
    if (m_runs.saveProgress(m_state, &error))
        return true;
    fail(error);
    return false;
}

void RunExecutor::advance() {
    m_state.step = runstep::after(m_state.step);
    if (save())
        scheduleNext();
}

bool RunExecutor::stopRequestedNow() {
    if (m_stopRequested)
        return true;
    // The kill switch may have been pulled by another process (tray app, command line).
    storage::SettingsRepository settings(*m_deps.database);
    AutopilotSettings stored;
    QString error;
    if (!AutopilotSettingsStore(settings).load(&stored, &error)) {
        qCWarning(lcAutopilotRun) << "settings unreadable, stopping at the safe point:" << error;
        return true;
    }
    return stored.paused;
}

void RunExecutor::next() {
    if (m_abandoned || m_done)
        return;
    const QString step = m_state.step;
    if (step == runstep::done) {
        leave(runstatus::succeeded);
        return;
    }
    // Batch steps look at the kill switch themselves, once what they queued is settled.
    const bool batchStep = step == runstep::enrich || step == runstep::sync || step == runstep::enroll;
    if (!batchStep && stopRequestedNow()) {
        pauseHere();
        return;
    }
    if (step != m_announcedStep) {
        m_announcedStep = step;
        Q_EMIT stepStarted(step);
    }
    if (step == runstep::select)
        doSelect();
    else if (step == runstep::enrich)
        m_settings.steps.enrich ? doBatchStep() : advance();
    else if (step == runstep::rescore)
        m_settings.steps.rescore ? doRescore() : advance();
    else if (step == runstep::sync)
        m_settings.steps.syncHubSpot ? doBatchStep() : advance();
    else if (step == runstep::enroll)
        m_settings.steps.enroll ? doBatchStep() : advance();
    else if (step == runstep::track)
        m_settings.steps.trackReplies ? doTrack() : advance();
    else
        fail(QCoreApplication::translate("Autopilot", "Unknown run step: %1").arg(step));
}

void RunExecutor::doSelect() {
    QList<qint64> ids;
    QString error;
    const ProspectSource source(*m_deps.database);
    if (!source.select(m_settings.selection, m_settings.limits.minScore, &ids, &error) ||
        !source.fillTimeZones(ids, &error)) {
        fail(error);
        return;
    }
    m_state.selection = ids;
    m_state.hasSelection = true;
    advance();
}

void RunExecutor::doRescore() {
    int rescored = 0;
    QString error;
    if (!SelectionRescorer(*m_deps.database).rescore(m_state.selection, &rescored, &error)) {
        fail(error);
        return;
    }
    m_state.steps.insert(runstep::rescore, QJsonObject{{QStringLiteral("rescored"), rescored}});
    advance();
}

void RunExecutor::doTrack() {
    QSqlQuery q(m_deps.database->connection());
    QString error;
    if (!storage::exec(q, QStringLiteral("SELECT coalesce(max(id), 0) FROM activities"), {}, &error) ||
        !q.next()) {
        fail(error);
        return;
    }
    const qint64 before = q.value(0).toLongLong();
    m_deps.replies->poll([self = QPointer<RunExecutor>(this), before](const ReplyPoller::Result &result) {
        if (!self || self->m_abandoned || self->m_done)
            return;
        QSqlQuery replies(self->m_deps.database->connection());
        QString readError;
        QJsonObject track{{QStringLiteral("replies"), 0}};
        if (!storage::exec(
                replies,
                QStringLiteral("SELECT a.prospect_id, a.payload_json, trim(p.first_name || ' ' || "
                               "p.last_name), coalesce(p.email, '') FROM activities a JOIN prospects p "
                               "ON p.id = a.prospect_id WHERE a.kind = 'reply' AND a.id > ? ORDER BY a.id"),
                {before}, &readError)) {
            self->fail(readError);
            return;
        }
        int count = 0;
        while (replies.next()) {
            ++count;
            const QJsonObject payload =
                QJsonDocument::fromJson(replies.value(1).toString().toUtf8()).object();
            const QString name = replies.value(2).toString();
            Q_EMIT self->replyReceived(replies.value(0).toLongLong(),
                                       name.isEmpty() ? replies.value(3).toString() : name,
                                       payload.value(QStringLiteral("label")).toString());
        }
        track.insert(QStringLiteral("replies"), count);
        if (!result.error.isEmpty()) {
            track.insert(kError, result.error);
            Q_EMIT self->problem(QStringLiteral("error"), result.error);
        }
        self->m_state.steps.insert(runstep::track, track);
        self->advance();
    });
}

bool RunExecutor::pendingOf(const QString &step, const QJsonObject &plan, QList<qint64> *pending) {
    QSet<qint64> handled;
    QString error;
    if (!m_audit->handled(m_state.id, step, &handled, &error)) {
        fail(error);
        return false;
    }
    pending->clear();
    for (qint64 id : idsFromJson(plan.value(kAllowed)))
        if (!handled.contains(id))
            pending->append(id);
    return true;
}

bool RunExecutor::queueBatch(const QString &step, const QList<qint64> &batch) {
    OperationQueuer queuer(*m_deps.database, *m_outbox, *m_audit, *m_deps.clock);
    OperationQueuer::Result result;
    QString error;
    bool ok = false;
    if (step == runstep::enrich) {
        ok = queuer.queueEnrich(m_state.id, *m_deps.enrichment, batch, &result, &error);
    } else if (step == runstep::sync) {
        ok = queuer.queueSync(m_state.id, batch, &result, &error);
    } else {
        QList<Candidate> fresh;
        ok = ProspectSource(*m_deps.database).candidates(batch, &fresh, &error);
        if (ok) {
            // A prospect deleted since the plan keeps its id, so it is recorded as not found.
            QHash<qint64, Candidate> byId;
            for (const Candidate &c : std::as_const(fresh))
                byId.insert(c.prospectId, c);
            QList<Candidate> ordered;
            for (qint64 id : batch) {
                Candidate gone;
                gone.prospectId = id;
                ordered.append(byId.value(id, gone));
            }
            const StepPlanner today(*m_deps.database, m_settings, *m_deps.clock, m_deps.zone, *m_audit);
            ok = queuer.queueEnroll(m_state.id, m_settings.campaignId, ordered, today.guardrails(), &result,
                                    &error);
        }
    }
    if (!ok) {
        fail(error);
        return false;
    }
    qCInfo(lcAutopilotRun) << "run" << m_state.id << step << "queued" << result.queued << "of"
                           << batch.size();
    return true;
}

void RunExecutor::doBatchStep() {
    const QString step = m_state.step;
    QJsonObject plan = m_state.steps.value(step).toObject();
    if (!plan.contains(kAllowed)) {
        StepPlanner::Result planned;
        QString error;
        if (!StepPlanner(*m_deps.database, m_settings, *m_deps.clock, m_deps.zone, *m_audit)
                 .plan(step, m_state, m_deps.enrichment && m_deps.enrichment->isAvailable(), &planned,
                       &error)) {
            fail(error);
            return;
        }
        plan = planned.plan;
        m_state.steps.insert(step, plan);
        if (!planned.budgetNote.isEmpty())
            Q_EMIT problem(QStringLiteral("budget"), planned.budgetNote);
        if (!planned.approvalSummary.isEmpty()) {
            awaitApproval(step, planned.approvalSummary);
            return;
        }
        if (!save())
            return;
    } else if (plan.value(kApproval).toString() == QLatin1String("pending")) {
        // Interrupted between asking and leaving 'running': ask again, never assume a yes.
        awaitApproval(step, m_state.steps.value(QStringLiteral("approvalSummary")).toString());
        return;
    }

    QList<qint64> unsettled;
    QString error;
    if (!m_audit->unsettled(m_state.id, step, &unsettled, &error)) {
        fail(error);
        return;
    }
    if (!unsettled.isEmpty()) {
        if (step == runstep::enrich && !creditsSpent(&m_creditsBefore))
            return;
        m_deps.drainer->drain(unsettled, {runstep::serviceOf(step)},
                              [self = QPointer<RunExecutor>(this), step](const OperationDrainer::Result &r) {
                                  if (self)
                                      self->onDrained(step, r);
                              });
        return;
    }
    // Everything queued so far is settled: the safe point between batches.
    if (stopRequestedNow()) {
        pauseHere();
        return;
    }
    QList<qint64> pending;
    if (!pendingOf(step, plan, &pending))
        return;
    if (pending.isEmpty()) {
        advance();
        return;
    }
    if (queueBatch(step, pending.mid(0, m_batchSize)))
        scheduleNext();
}

void RunExecutor::onDrained(const QString &step, const OperationDrainer::Result &result) {
    if (m_abandoned || m_done)
        return;
    QString error;
    if (step == runstep::enrich) {
        // What this drain cost: the ledger moved by it (the drain also sends what others queued
        // for Explorium meanwhile, which is rare and counted here too).
        qint64 after = 0;
        if (!creditsSpent(&after))
            return;
        QJsonObject plan = m_state.steps.value(step).toObject();
        plan.insert(QStringLiteral("creditsSpent"), plan.value(QStringLiteral("creditsSpent")).toInteger() +
                                                        qMax<qint64>(0, after - m_creditsBefore));
        m_state.steps.insert(step, plan);
    }
    QList<qint64> unsettled;
    if (!m_audit->unsettled(m_state.id, step, &unsettled, &error)) {
        fail(error);
        return;
    }
    const QString service = serviceDisplay(runstep::serviceOf(step));
    if (unsettled.isEmpty() && result.pausedServices.isEmpty()) {
        scheduleNext();
        return;
    }
    if (unsettled.isEmpty()) {
        // The token was refused: the refused writes are dead letters (retry them from Problems
        // once a new token is stored); the run goes no further with a service that says no.
        const QString message = QCoreApplication::translate(
                                    "Autopilot", "%1 cannot be used (%2). Check its token in Settings › "
                                                 "Services; the refused writes are listed under Problems.")
                                    .arg(service, result.pausedServices.cbegin().value());
        Q_EMIT problem(QStringLiteral("auth"), message);
        fail(message, false);
        return;
    }
    // The engine cannot settle them now. They stay in the outbox and are sent later (by the
    // next run or the app's engine); this run stops here and says why.
    const int waiting = int(unsettled.size());
    QString message;
    QString kind = QStringLiteral("service_down");
    if (!result.pausedServices.isEmpty()) {
        kind = QStringLiteral("auth");
        message = QCoreApplication::translate("Autopilot",
                                              "%1 cannot be used (%2). Check its token in Settings › "
                                              "Services; %n write(s) wait in the outbox.",
                                              nullptr, waiting)
                      .arg(service, result.pausedServices.cbegin().value());
    } else if (result.offline) {
        message =
            QCoreApplication::translate(
                "Autopilot", "%1 could not be reached; %n write(s) wait in the outbox and go out later.",
                nullptr, waiting)
                .arg(service);
    } else {
        message = QCoreApplication::translate("Autopilot", "%1: %2; %n write(s) wait in the outbox.", nullptr,
                                              waiting)
                      .arg(service, result.stopReason);
    }
    Q_EMIT problem(kind, message);
    fail(message, false);
}

bool RunExecutor::creditsSpent(qint64 *total) {
    QString error;
    const auto spent = sync::CreditLedger(*m_deps.database, *m_deps.clock)
                           .spentSince(QStringLiteral("explorium"), 0, &error);
    if (!spent) {
        fail(error);
        return false;
    }
    *total = *spent;
    return true;
}

void RunExecutor::awaitApproval(const QString &step, const QString &summary) {
    QJsonObject plan = m_state.steps.value(step).toObject();
    plan.insert(kApproval, QStringLiteral("pending"));
    m_state.steps.insert(step, plan);
    m_state.steps.insert(QStringLiteral("approvalSummary"), summary);
    if (save())
        leave(runstatus::awaitingApproval);
}

void RunExecutor::pauseHere() {
    m_state.steps.insert(kStopReason,
                         QCoreApplication::translate("Autopilot", "Stopped by the kill switch at: %1.")
                             .arg(runstep::displayName(m_state.step)));
    if (save())
        leave(runstatus::paused);
}

void RunExecutor::fail(const QString &error, bool notify) {
    if (m_done)
        return;
    qCWarning(lcAutopilotRun) << "run" << m_state.id << "failed at" << m_state.step << ":" << error;
    QJsonArray errors = m_state.steps.value(QStringLiteral("errors")).toArray();
    errors.append(error);
    m_state.steps.insert(QStringLiteral("errors"), errors);
    QString saveError;
    if (!m_runs.saveProgress(m_state, &saveError))
        qCWarning(lcAutopilotRun) << "could not save the failed run:" << saveError;
    if (notify)
        Q_EMIT problem(QStringLiteral("error"), error);
    leave(runstatus::failed);
}

void RunExecutor::leave(const QString &status) {
    if (m_done)
        return;
    m_done = true;
    m_heartbeat.stop();
    RunReport report;
    QString error;
    if (!RunReportBuilder(*m_audit).build(m_state, status, &report, &error))
        report.errors.append(error);
    if (status == runstatus::succeeded && !report.errors.isEmpty())
        report.status = runstatus::failed;
    if (!runstatus::isOpen(report.status))
        report.finishedAt = m_deps.clock->nowMs();
    if (!m_runs.leave(report, m_state.owner, &error)) {
        qCWarning(lcAutopilotRun) << "could not store the report of run" << m_state.id << ":" << error;
        report.errors.append(error);
    }
    Q_EMIT finished(report);
}

} // namespace prospector::autopilot
