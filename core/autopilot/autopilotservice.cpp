#include "autopilot/autopilotservice.h"

#include "autopilot/autopilotsettingsstore.h"
#include "autopilot/enrichmentqueue.h"
#include "autopilot/runexecutor.h"
#include "autopilot/runplanner.h"
#include "autopilot/runstep.h"
#include "autopilot/scheduler.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "sync/clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcAutopilot, "prospector.autopilot", QtInfoMsg)

namespace prospector::autopilot {

namespace {

QString waitingText(qint64 runId) {
    return QCoreApplication::translate("Autopilot", "Run %1 waits for your approval.").arg(runId);
}

} // namespace

AutopilotService::AutopilotService(const storage::Database &database, const sync::Clock &clock,
                                   QTimeZone zone, OperationDrainer &drainer, EnrichmentQueue &enrichment,
                                   ReplyPoller &replies, QObject *parent)
    : AutopilotService(database, clock, std::move(zone), drainer, enrichment, replies, Options{}, parent) {}

AutopilotService::AutopilotService(const storage::Database &database, const sync::Clock &clock,
                                   QTimeZone zone, OperationDrainer &drainer, EnrichmentQueue &enrichment,
                                   ReplyPoller &replies, Options options, QObject *parent)
    : AutopilotControl(parent)
    , m_database(database)
    , m_clock(clock)
    , m_zone(std::move(zone))
    , m_drainer(drainer)
    , m_enrichment(enrichment)
    , m_replies(replies)
    , m_options(std::move(options))
    , m_owner(QStringLiteral("%1:%2:%3")
                  .arg(m_options.ownerKind)
                  .arg(QCoreApplication::applicationPid())
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))
    , m_runs(database, clock)
    , m_lock(database.filePath()) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutopilotService::tick);
}

AutopilotService::~AutopilotService() {
    shutdown();
}

bool AutopilotService::loadSettings(QString *error) {
    storage::SettingsRepository repo(m_database);
    AutopilotSettings loaded;
    if (!AutopilotSettingsStore(repo).load(&loaded, error))
        return false;
    m_settings = loaded;
    return true;
}

bool AutopilotService::storeSettings(const AutopilotSettings &settings, QString *error) {
    storage::SettingsRepository repo(m_database);
    if (!AutopilotSettingsStore(repo).save(settings, error))
        return false;
    m_settings = settings;
    return true;
}

bool AutopilotService::start(QString *error) {
    m_started = true;
    QString loadError;
    if (!loadSettings(&loadError)) {
        m_attention = loadError;
        refreshState();
        if (error)
            *error = loadError;
        return false;
    }
    tick();
    return true;
}

void AutopilotService::shutdown() {
    m_timer.stop();
    if (m_executor) {
        m_executor->abandon();
        m_executor.reset();
    }
    m_lock.unlock();
}

void AutopilotService::tick() {
    if (m_executor)
        return;
    QString error;
    if (!loadSettings(&error)) {
        m_attention = error;
        refreshState();
        armTimer();
        return;
    }
    if (handleOpenRun()) {
        refreshState();
        armTimer();
        return;
    }
    m_nextRunAt = -1;
    if (m_settings.enabled && !m_settings.paused) {
        qint64 lastRun = 0;
        if (!m_runs.lastRealRunStartedAt(&lastRun, &error)) {
            qCWarning(lcAutopilot) << "cannot read the run history:" << error;
        } else {
            const Scheduler::Decision d = Scheduler(m_clock, m_zone).decide(m_settings.schedule, lastRun);
            m_nextRunAt = d.nextRunMs;
            if (d.runNow) {
                // Missed slots collapse into this one run; the next slot counts from now.
                QString message;
                const StartResult r =
                    startRun(d.missedSlots > 1 ? runorigin::catchUp : runorigin::schedule, &message);
                if (r != StartResult::Started && r != StartResult::Continued)
                    qCInfo(lcAutopilot) << "scheduled run not started:" << message;
            }
        }
    }
    refreshState();
    armTimer();
}

void AutopilotService::armTimer() {
    if (!m_started)
        return;
    qint64 wait = m_options.tickIntervalMs;
    if (m_nextRunAt > 0)
        wait = qBound<qint64>(0, m_nextRunAt - m_clock.nowMs(), wait);
    m_timer.start(int(wait));
}

bool AutopilotService::handleOpenRun() {
    std::optional<RunState> open;
    QString error;
    if (!m_runs.openRun(&open, &error)) {
        qCWarning(lcAutopilot) << "cannot read the open run:" << error;
        return true; // cannot tell: start nothing new
    }
    if (!open) {
        m_pending = {};
        return false;
    }
    if (open->status == runstatus::awaitingApproval) {
        if (m_pending.runId != open->id) {
            m_pending = {open->id, open->steps.value(QStringLiteral("approvalSummary")).toString()};
            Q_EMIT approvalRequested(m_pending.runId, m_pending.summary);
        }
        return true;
    }
    m_pending = {};
    if (open->status == runstatus::paused && m_settings.paused)
        return true; // waits for resume()
    QString message;
    continueRun(*open, open->status, &message);
    return true;
}

AutopilotService::StartResult AutopilotService::continueRun(RunState state, const QString &fromStatus,
                                                            QString *message) {
    if (m_executor) {
        *message = QCoreApplication::translate("Autopilot", "An autopilot run is in progress.");
        return StartResult::Busy;
    }
    if (!m_lock.tryLock()) {
        // Another live process executes (or plans) a run; it finishes it.
        *message = m_lock.errorString();
        return StartResult::Busy;
    }
    // Taken over first and saved after: if this process dies in between, the run is continued
    // with what was persisted before (an approval is then asked again, never assumed).
    state.status = runstatus::running;
    state.owner = m_owner;
    state.steps.remove(QStringLiteral("stopReason")); // the kill switch note of the last stop
    if (!m_runs.takeOver(state.id, fromStatus, m_owner, message) || !m_runs.saveProgress(state, message)) {
        m_lock.unlock();
        return StartResult::Error;
    }
    qCInfo(lcAutopilot) << "continuing run" << state.id << "at step" << state.step << "(was" << fromStatus
                        << ")";
    launch(state);
    return StartResult::Continued;
}

AutopilotService::StartResult AutopilotService::startRun(const QString &origin, QString *message) {
    if (m_executor) {
        *message = QCoreApplication::translate("Autopilot", "An autopilot run is in progress.");
        return StartResult::Busy;
    }
    if (!loadSettings(message))
        return StartResult::Error;
    if (m_settings.paused) {
        *message = QCoreApplication::translate("Autopilot", "Autopilot is paused. Resume it first.");
        return StartResult::Paused;
    }
    std::optional<RunState> open;
    if (!m_runs.openRun(&open, message))
        return StartResult::Error;
    if (open) {
        if (open->status == runstatus::awaitingApproval) {
            *message = waitingText(open->id);
            m_pending = {open->id, open->steps.value(QStringLiteral("approvalSummary")).toString()};
            return StartResult::AwaitingApproval;
        }
        return continueRun(*open, open->status, message);
    }
    if (!m_lock.tryLock()) {
        *message = m_lock.errorString();
        return StartResult::Busy;
    }
    qint64 runId = 0;
    switch (m_runs.begin(origin, m_owner, &runId, message)) {
    case AutopilotRunRepository::Acquire::Busy:
        m_lock.unlock();
        *message = QCoreApplication::translate("Autopilot", "Another autopilot run is in progress.");
        return StartResult::Busy;
    case AutopilotRunRepository::Acquire::Error:
        m_lock.unlock();
        return StartResult::Error;
    case AutopilotRunRepository::Acquire::Acquired:
        break;
    }
    RunState state;
    if (!m_runs.load(runId, &state, message)) {
        m_lock.unlock();
        return StartResult::Error;
    }
    launch(state);
    return StartResult::Started;
}

void AutopilotService::launch(const RunState &state) {
    RunDependencies deps;
    deps.database = &m_database;
    deps.clock = &m_clock;
    deps.zone = m_zone;
    deps.drainer = &m_drainer;
    deps.enrichment = &m_enrichment;
    deps.replies = &m_replies;
    m_executor = std::make_unique<RunExecutor>(deps, m_settings, state);
    m_executor->setBatchSize(m_options.batchSize);
    connect(m_executor.get(), &RunExecutor::finished, this, &AutopilotService::onRunLeft);
    connect(m_executor.get(), &RunExecutor::replyReceived, this, &AutopilotControl::replyReceived);
    connect(m_executor.get(), &RunExecutor::problem, this, &AutopilotService::onProblem);
    connect(m_executor.get(), &RunExecutor::stepStarted, this,
            [this, id = state.id](const QString &step) { Q_EMIT stepStarted(id, step); });
    m_pending = {};
    refreshState();
    Q_EMIT runStarted(state.id, false);
    m_executor->start();
}

void AutopilotService::onProblem(const QString &kind, const QString &message) {
    if (kind == QLatin1String("auth") || kind == QLatin1String("service_down"))
        m_attention = message;
    Q_EMIT problem(kind, message);
    refreshState();
}

void AutopilotService::onRunLeft(const RunReport &report) {
    // Inside the executor's own signal: delete it once the signal has returned.
    if (m_executor)
        m_executor.release()->deleteLater();
    m_lock.unlock();
    if (report.status == runstatus::succeeded)
        m_attention.clear();
    if (report.status == runstatus::awaitingApproval) {
        m_pending = {report.id, report.approvalSummary};
        refreshState();
        Q_EMIT approvalRequested(report.id, report.approvalSummary);
    } else {
        m_pending = {};
        refreshState();
        Q_EMIT runFinished(report);
    }
    if (m_started) {
        // The next slot is computed from this run's start, never from the slots it missed.
        QTimer::singleShot(0, this, &AutopilotService::tick);
    }
}

bool AutopilotService::dryRun(RunReport *report, bool *needsApproval, QString *error) {
    if (m_executor || !m_lock.tryLock()) {
        *error = QCoreApplication::translate("Autopilot", "Another autopilot run is in progress.");
        return false;
    }
    if (!loadSettings(error)) {
        m_lock.unlock();
        return false;
    }
    RunPlanner::Plan plan;
    const qint64 startedAt = m_clock.nowMs();
    if (!RunPlanner::dryRun(m_database, m_settings, m_clock, m_zone, m_enrichment.isAvailable(), &plan,
                            error)) {
        plan.report.status = runstatus::failed;
        plan.report.errors.append(*error);
    }
    plan.report.dryRun = true;
    plan.report.origin = runorigin::manual;
    plan.report.step = runstep::done;
    plan.report.startedAt = startedAt;
    plan.report.finishedAt = m_clock.nowMs();
    // A dry run never waits: "awaiting approval" in its report says a real run would.
    const bool ok = m_runs.recordDryRun(&plan.report, error);
    m_lock.unlock();
    if (!ok)
        return false;
    *report = plan.report;
    *needsApproval = plan.needsApproval;
    return true;
}

bool AutopilotService::decide(qint64 runId, bool approve, QString *message) {
    if (!approve) {
        if (!m_runs.reject(
                runId, QCoreApplication::translate("Autopilot", "Rejected: nothing more was done."), message))
            return false;
        RunReport report;
        if (!m_runs.report(runId, &report, message))
            return false;
        m_pending = {};
        refreshState();
        Q_EMIT runFinished(report);
        if (m_started)
            QTimer::singleShot(0, this, &AutopilotService::tick);
        return true;
    }
    RunState state;
    if (!m_runs.load(runId, &state, message))
        return false;
    if (state.status != runstatus::awaitingApproval) {
        *message = QCoreApplication::translate("Autopilot", "Run %1 is not waiting for approval.").arg(runId);
        return false;
    }
    if (!loadSettings(message))
        return false;
    QJsonObject plan = state.steps.value(state.step).toObject();
    plan.insert(QStringLiteral("approval"), QStringLiteral("approved"));
    state.steps.insert(state.step, plan);
    state.steps.remove(QStringLiteral("approvalSummary"));
    return continueRun(state, runstatus::awaitingApproval, message) == StartResult::Continued;
}

AutopilotControl::State AutopilotService::state() const {
    if (m_executor)
        return State::Running;
    if (m_pending.runId > 0 || !m_attention.isEmpty())
        return State::NeedsAttention;
    if (m_settings.paused)
        return State::Paused;
    if (!m_settings.enabled)
        return State::Off;
    return State::Idle;
}

QString AutopilotService::attentionReason() const {
    if (state() != State::NeedsAttention)
        return {};
    if (m_pending.runId > 0)
        return waitingText(m_pending.runId);
    return m_attention;
}

void AutopilotService::refreshState() {
    const State now = state();
    const QString reason = attentionReason();
    if (now == m_lastState && reason == m_lastAttention)
        return;
    m_lastState = now;
    m_lastAttention = reason;
    Q_EMIT stateChanged();
}

bool AutopilotService::setEnabled(bool enabled, QString *error) {
    QString message;
    if (!loadSettings(&message)) {
        if (error)
            *error = message;
        return false;
    }
    AutopilotSettings changed = m_settings;
    changed.enabled = enabled;
    return setSettings(changed, error);
}

bool AutopilotService::setSettings(const AutopilotSettings &settings, QString *error) {
    QString message;
    if (!storeSettings(settings, &message)) {
        if (error)
            *error = message;
        return false;
    }
    refreshState();
    if (m_started)
        tick();
    return true;
}

void AutopilotService::runNow(bool dry) {
    QString message;
    if (dry) {
        RunReport report;
        bool needsApproval = false;
        if (!dryRun(&report, &needsApproval, &message)) {
            Q_EMIT problem(QStringLiteral("error"), message);
            return;
        }
        Q_EMIT runStarted(report.id, true);
        Q_EMIT runFinished(report);
        return;
    }
    switch (startRun(runorigin::manual, &message)) {
    case StartResult::Started:
    case StartResult::Continued:
        return;
    case StartResult::AwaitingApproval:
        Q_EMIT approvalRequested(m_pending.runId, m_pending.summary);
        refreshState();
        return;
    case StartResult::Busy:
    case StartResult::Paused:
    case StartResult::Error:
        Q_EMIT problem(QStringLiteral("error"), message);
        return;
    }
}

void AutopilotService::pause() {
    QString error;
    if (loadSettings(&error)) {
        AutopilotSettings changed = m_settings;
        changed.paused = true;
        if (!storeSettings(changed, &error))
            Q_EMIT problem(QStringLiteral("error"), error);
    } else {
        Q_EMIT problem(QStringLiteral("error"), error);
    }
    // Whatever the store said: the run in this process stops at its next safe point.
    m_settings.paused = true;
    if (m_executor)
        m_executor->requestStop();
    refreshState();
}

void AutopilotService::resume() {
    QString error;
    if (!loadSettings(&error)) {
        Q_EMIT problem(QStringLiteral("error"), error);
        return;
    }
    AutopilotSettings changed = m_settings;
    changed.paused = false;
    if (!storeSettings(changed, &error)) {
        Q_EMIT problem(QStringLiteral("error"), error);
        return;
    }
    refreshState();
    tick(); // continues a run the kill switch stopped
}

void AutopilotService::approve(qint64 runId) {
    QString message;
    if (!decide(runId, true, &message))
        Q_EMIT problem(QStringLiteral("error"), message);
}

void AutopilotService::reject(qint64 runId) {
    QString message;
    if (!decide(runId, false, &message))
        Q_EMIT problem(QStringLiteral("error"), message);
}

QList<RunReport> AutopilotService::history(int limit) const {
    QList<RunReport> runs;
    QString error;
    if (!m_runs.recent(limit, &runs, &error))
        qCWarning(lcAutopilot) << "cannot read the run history:" << error;
    return runs;
}

QList<AuditEntry> AutopilotService::audit(qint64 runId, bool writesOnly) const {
    QList<AuditEntry> entries;
    QString error;
    if (!RunAudit(m_database, m_clock).entries(runId, writesOnly, &entries, &error))
        qCWarning(lcAutopilot) << "cannot read the audit of run" << runId << ":" << error;
    return entries;
}

} // namespace prospector::autopilot
