#include "pipelineactions.h"

#include "logging/categories.h"
#include "prospecttablemodel.h"
#include "review/prospectpager.h"
#include "storage/settingsrepository.h"
#include "sync/enrichmentrequester.h"
#include "sync/enrichmentstatus.h"
#include "sync/outboxrepository.h"
#include "sync/synchost.h"
#include "sync/syncrequester.h"

#include <QTimer>
#include <algorithm>

namespace prospector::ui {
namespace {

const QString kLastCampaignKey = QStringLiteral("lemlist.lastCampaignId");

QVariantMap toMap(const sync::PipelinePreview &p) {
    QVariantList other;
    for (auto it = p.otherReasons.cbegin(); it != p.otherReasons.cend(); ++it)
        other << QVariantMap{{QStringLiteral("reason"), it.key()}, {QStringLiteral("count"), it.value()}};
    return {{QStringLiteral("total"), p.total},
            {QStringLiteral("otherReasons"), other},
            {QStringLiteral("toQueue"), p.toQueue},
            {QStringLiteral("skipped"), p.skipped()},
            {QStringLiteral("alreadyPending"), p.alreadyPending},
            {QStringLiteral("alreadyDone"), p.alreadyDone},
            {QStringLiteral("previouslyFailed"), p.previouslyFailed},
            {QStringLiteral("notFound"), p.notFound},
            {QStringLiteral("noEmail"), p.noEmail},
            {QStringLiteral("doNotContact"), p.doNotContact},
            {QStringLiteral("suppressed"), p.suppressed}};
}

// Which prospects an action applies to, captured on the GUI thread and resolved on a worker.
struct Target {
    QList<qint64> ids;
    std::optional<review::ProspectQuery> query;
    QList<qint64> except;
};

} // namespace

PipelineActions::PipelineActions(const storage::Database &database, sync::SyncHost &host,
                                 ProspectTableModel &table, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_host(host)
    , m_table(table) {
    m_pool.setMaxThreadCount(1);
    m_campaignId = storage::SettingsRepository(m_database).value(kLastCampaignKey);
}

PipelineActions::~PipelineActions() {
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void PipelineActions::setCampaignId(const QString &campaignId) {
    const QString id = campaignId.trimmed();
    if (id == m_campaignId)
        return;
    m_campaignId = id;
    QString error;
    if (!id.isEmpty() && !storage::SettingsRepository(m_database).setValue(kLastCampaignKey, id, &error))
        qCWarning(lcUi) << "cannot remember the campaign:" << error;
    Q_EMIT campaignIdChanged();
    // The preview depends on the campaign ("already enrolled in it").
    if (m_action == QLatin1String("lemlist") &&
        (m_phase == QLatin1String("confirming") || m_phase == QLatin1String("previewing")))
        runPreview();
}

void PipelineActions::prepare(const QString &action, bool wholeView) {
    if (m_phase == QLatin1String("queueing"))
        return;
    if (action != QLatin1String("enrich") && action != QLatin1String("hubspot") &&
        action != QLatin1String("lemlist"))
        return;
    const bool nothing = wholeView ? m_table.totalCount() == 0 : m_table.selectedCount() == 0;
    if (nothing) {
        Q_EMIT finished(false, tr("Select prospects first."));
        return;
    }
    m_action = action;
    m_wholeView = wholeView;
    m_ids.clear();
    setError({});
    if (action == QLatin1String("lemlist") && m_campaigns.isEmpty() && !m_campaignsLoading)
        loadCampaigns();
    runPreview();
}

void PipelineActions::runPreview() {
    const quint64 generation = ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_preview.clear();
    Q_EMIT previewChanged();
    setProgress(-1);
    setPhase(QStringLiteral("previewing"));

    Target target;
    if (!m_ids.isEmpty()) {
        target.ids = m_ids; // a new campaign: same prospects
    } else {
        const ProspectSelection &selection = m_table.selection();
        if (m_wholeView || selection.isAll()) {
            target.query = m_table.query();
            if (!m_wholeView)
                target.except = selection.exceptions();
        } else {
            target.ids = selection.ids();
        }
    }
    const QString action = m_action;
    const QString campaign = m_campaignId;
    const auto cancel = m_cancel;
    m_pool.start([this, generation, target, action, campaign, cancel] {
        QString error;
        QList<qint64> ids = target.ids;
        if (target.query) {
            ids = review::ProspectPager(m_database).ids(*target.query, &error);
            ids.removeIf([&target](qint64 id) { return target.except.contains(id); });
        }
        sync::PipelinePreview preview;
        const int total = int(ids.size());
        const auto progress = [this, generation, total, cancel](int processed) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, processed, total] {
                    if (generation == m_generation)
                        setProgress(total > 0 ? double(processed) / total : -1);
                },
                Qt::QueuedConnection);
            return !cancel->load();
        };
        bool ok = error.isEmpty();
        if (ok && action == QLatin1String("hubspot"))
            ok = sync::PipelinePreview::forHubSpot(m_database, ids, &preview, progress, &error);
        else if (ok && action == QLatin1String("lemlist"))
            ok = sync::PipelinePreview::forEnrollment(m_database, campaign, ids, &preview, progress, &error);
        else if (ok)
            ok = sync::PipelinePreview::forEnrichment(m_database, ids, &preview, progress, &error);
        // What the budget still allows, so the rep sees it before paying.
        qint64 creditsLeft = -1;
        if (ok && action == QLatin1String("enrich")) {
            const sync::SystemClock clock;
            if (const auto budget = sync::EnrichmentStatusReader(m_database, clock).budget())
                creditsLeft = budget->left;
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, preview, ok, error, ids, creditsLeft] {
                previewDone(generation, preview, ok, error, ids);
                if (ok && creditsLeft >= 0 && generation == m_generation) {
                    m_preview.insert(QStringLiteral("creditsLeft"), creditsLeft);
                    Q_EMIT previewChanged();
                }
            },
            Qt::QueuedConnection);
    });
}

void PipelineActions::previewDone(quint64 generation, const sync::PipelinePreview &preview, bool ok,
                                  const QString &error, const QList<qint64> &ids) {
    if (generation != m_generation)
        return;
    setProgress(-1);
    if (!ok) {
        setPhase(QStringLiteral("idle"));
        if (!error.isEmpty()) {
            qCWarning(lcUi) << "preview failed:" << error;
            Q_EMIT finished(false, tr("The prospects could not be checked: %1").arg(error));
        }
        return;
    }
    m_ids = ids;
    m_preview = toMap(preview);
    Q_EMIT previewChanged();
    setPhase(QStringLiteral("confirming"));
}

void PipelineActions::confirm() {
    if (m_phase != QLatin1String("confirming") || m_preview.value(QStringLiteral("toQueue")).toInt() == 0)
        return;
    const QString action = m_action;
    const QString campaign = m_campaignId;
    if (action == QLatin1String("lemlist") && campaign.isEmpty()) {
        setError(tr("Choose a lemlist campaign first."));
        return;
    }
    const QList<qint64> ids = m_ids;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    // The worker counts; this thread reads the count on a timer, so no call ever crosses back
    // into an object that may be gone.
    auto processed = std::make_shared<std::atomic_int>(0);
    setPhase(QStringLiteral("queueing"));
    setProgress(0);
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, processed, total = ids.size()] {
        setProgress(total > 0 ? double(processed->load()) / double(total) : -1);
    });
    poll->start();
    m_host.submit<Queued>(
        [ids, action, campaign, cancel, processed](sync::OutboxRepository &outbox, const sync::Clock &clock) {
            Queued result;
            sync::SyncRequester requester(outbox.database(), outbox, clock);
            for (qsizetype from = 0; from < ids.size(); from += kChunk) {
                if (cancel->load()) {
                    result.cancelled = true;
                    break;
                }
                const QList<qint64> chunk = ids.mid(from, kChunk);
                sync::SyncRequester::Report report;
                bool ok = true;
                if (action == QLatin1String("hubspot")) {
                    ok = requester.requestHubSpotSync(chunk, &report, &result.error);
                } else if (action == QLatin1String("lemlist")) {
                    ok = requester.requestEnrollment(campaign, chunk, &report, &result.error);
                } else {
                    sync::EnrichmentRequester::Report enrich;
                    ok = sync::EnrichmentRequester(outbox.database(), outbox, clock)
                             .request(review::BulkTarget::ofIds(chunk), &enrich, &result.error);
                    report.queued = enrich.queued;
                    report.alreadyQueued = enrich.alreadyQueued + enrich.upToDate;
                    report.skipped = enrich.skipped;
                }
                if (!ok)
                    break;
                result.queued += report.queued;
                result.already += report.alreadyQueued;
                result.skipped += int(report.skipped.size());
                processed->store(int(std::min(from + kChunk, ids.size())));
            }
            return result;
        },
        this,
        [this, poll](const Queued &result) {
            poll->deleteLater();
            queueDone(result);
        });
}

void PipelineActions::queueDone(const Queued &result) {
    setProgress(-1);
    setPhase(QStringLiteral("idle"));
    if (!result.error.isEmpty()) {
        qCWarning(lcUi) << "queueing failed:" << result.error;
        Q_EMIT finished(false,
                        tr("Queueing stopped: %1. %n prospect(s) were queued before.", "", result.queued)
                            .arg(result.error));
        return;
    }
    if (result.cancelled) {
        Q_EMIT finished(true,
                        tr("Cancelled. %n prospect(s) were queued before you stopped.", "", result.queued));
        return;
    }
    QString message;
    if (m_action == QLatin1String("lemlist")) {
        QString name = m_campaignId;
        for (const QVariant &c : std::as_const(m_campaigns))
            if (c.toMap().value(QStringLiteral("id")).toString() == m_campaignId)
                name = c.toMap().value(QStringLiteral("name")).toString();
        message = tr("Queued %n prospect(s) for the lemlist campaign “%1”.", "", result.queued).arg(name);
    } else if (m_action == QLatin1String("hubspot")) {
        message = tr("Queued %n prospect(s) for HubSpot.", "", result.queued);
    } else {
        message = tr("Queued %n prospect(s) for enrichment.", "", result.queued);
    }
    if (result.skipped + result.already > 0)
        message += QLatin1Char(' ') + tr("%n skipped.", "", result.skipped + result.already);
    Q_EMIT finished(true, message);
}

void PipelineActions::cancel() {
    if (m_cancel)
        m_cancel->store(true);
    if (m_phase == QLatin1String("previewing") || m_phase == QLatin1String("confirming")) {
        ++m_generation; // a preview still running is ignored when it answers
        setProgress(-1);
        setPhase(QStringLiteral("idle"));
    }
    // While queueing, the chunk in progress finishes and finished() reports what was queued.
}

void PipelineActions::loadCampaigns() {
    m_campaignsLoading = true;
    m_campaignsError.clear();
    Q_EMIT campaignsChanged();
    m_host.listCampaigns(this, [this](const QList<lemlist::Campaign> &campaigns, const QString &error) {
        QList<lemlist::Campaign> sorted = campaigns;
        std::sort(sorted.begin(), sorted.end(), [](const lemlist::Campaign &a, const lemlist::Campaign &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        m_campaigns.clear();
        for (const lemlist::Campaign &c : std::as_const(sorted))
            m_campaigns << QVariantMap{{QStringLiteral("id"), c.id},
                                       {QStringLiteral("name"), c.name.isEmpty() ? c.id : c.name},
                                       {QStringLiteral("status"), c.status}};
        m_campaignsLoading = false;
        m_campaignsError = error;
        Q_EMIT campaignsChanged();
        // Nothing remembered (or a campaign that is gone): start from the first one.
        const bool known = std::any_of(sorted.cbegin(), sorted.cend(),
                                       [this](const lemlist::Campaign &c) { return c.id == m_campaignId; });
        if (!known && !sorted.isEmpty())
            setCampaignId(sorted.constFirst().id);
    });
}

void PipelineActions::setPhase(const QString &phase) {
    if (phase == m_phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged();
}

void PipelineActions::setProgress(double progress) {
    if (qFuzzyCompare(progress + 2, m_progress + 2))
        return;
    m_progress = progress;
    Q_EMIT progressChanged();
}

void PipelineActions::setError(const QString &error) {
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace prospector::ui
