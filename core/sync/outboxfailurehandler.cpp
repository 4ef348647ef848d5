#include "sync/outboxfailurehandler.h"

#include "net/apierror.h"
#include "sync/clock.h"
#include "sync/outboxrepository.h"
#include "sync/outcomepolicy.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncOutbox, "prospector.sync.outbox", QtInfoMsg)

namespace prospector::sync {

OutboxFailureHandler::OutboxFailureHandler(OutboxRepository &outbox, const Clock &clock)
    : m_outbox(outbox)
    , m_clock(clock) {}

void OutboxFailureHandler::apply(const OutboxOperation &op, const net::ApiError &error, DrainReport &report) {
    const OutboxDecision decision = OutboxDecision::forError(error);
    if (error.kind == net::ApiErrorKind::Network || error.kind == net::ApiErrorKind::Timeout ||
        error.kind == net::ApiErrorKind::CircuitOpen)
        ++report.networkFailures;
    const QString message = error.toLogString();
    QString dbError;
    switch (decision.action) {
    case OutboxDecision::Action::Retry:
        m_outbox.retryLater(op, message, decision.notBeforeMs ? m_clock.nowMs() + decision.notBeforeMs : 0,
                            &dbError);
        ++report.retrying;
        break;
    case OutboxDecision::Action::Release:
        m_outbox.release(op, &dbError);
        ++report.retrying;
        break;
    case OutboxDecision::Action::Unknown:
    case OutboxDecision::Action::Reconcile:
        unknown(op, message, report);
        break;
    case OutboxDecision::Action::Dead:
        dead(op, decision.failureKind, message, report);
        break;
    }
    if (decision.pauseService) {
        report.pauseService = true;
        report.pauseReason = error.userMessage();
        report.pauseKind = QStringLiteral("token");
    }
    if (!dbError.isEmpty())
        qCWarning(lcSyncOutbox) << "outbox update failed:" << dbError;
}

void OutboxFailureHandler::dead(const OutboxOperation &op, const QString &failureKind, const QString &message,
                                DrainReport &report) {
    QString dbError;
    if (!m_outbox.markDead(op, failureKind, message, &dbError))
        qCWarning(lcSyncOutbox) << "outbox update failed:" << dbError;
    ++report.dead;
}

void OutboxFailureHandler::unknown(const OutboxOperation &op, const QString &message, DrainReport &report) {
    QString dbError;
    if (!m_outbox.markUnknown(op, message, &dbError))
        qCWarning(lcSyncOutbox) << "outbox update failed:" << dbError;
    ++report.unknown;
}

} // namespace prospector::sync
