#include "pipelineobjects.h"

#include "integrations/services.h"
#include "reviewobjects.h"
#include "secrets/credentialstore.h"
#include "sync/prospectsyncstate.h"

namespace prospector::ui {
namespace {

sync::SyncHost::Options withTokens(sync::SyncHost::Options options, const sync::TokenBox &tokens) {
    options.tokens = tokens.provider();
    return options;
}

} // namespace

PipelineObjects::PipelineObjects(const storage::Database &database, ReviewObjects &review,
                                 secrets::CredentialStore &credentials, sync::TokenBox::Fallback fallback,
                                 sync::SyncHost::Options options)
    : tokens(std::move(fallback))
    , tokenCache(credentials)
    , host(database, withTokens(std::move(options), tokens))
    , activity(host)
    , problems(host, review.prospectEditor)
    , actions(database, host, review.table)
    , enrichmentSettings(database)
    , m_review(review) {
    // The table shows each row's pending and failed work, read with the page on its worker.
    review.table.setRowDecorator([&database](QList<ProspectRow> &rows) {
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (const ProspectRow &row : std::as_const(rows))
            ids << row.prospect.id;
        const QHash<qint64, sync::ProspectSyncState> states = sync::ProspectSyncState::read(database, ids);
        for (ProspectRow &row : rows)
            row.sync = states.value(row.prospect.id);
    });

    QObject::connect(&tokenCache, &secrets::TokenCache::tokenChanged, &host, [this](net::Service service) {
        tokens.set(service, tokenCache.token(service));
        host.tokenChanged(service);
    });
    QObject::connect(&tokenCache, &secrets::TokenCache::loaded, &host, [this] { startHost(); });
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(kStartTimeoutMs);
    QObject::connect(&m_startTimer, &QTimer::timeout, &host, [this] { startHost(); });

    // Results arrive batch after batch: refresh what shows them at most every kRefreshMs; the
    // counts and charts (a heavier recount) once the engine has gone quiet.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshMs);
    QObject::connect(&m_refreshTimer, &QTimer::timeout, &host, [this] {
        m_review.table.refreshLoadedPages();
        m_review.detail.reload();
    });
    QObject::connect(&host, &sync::SyncHost::outboxChanged, &host, [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    QObject::connect(&activity, &SyncActivityModel::statusChanged, &host, [this] {
        const bool busy = activity.busy();
        if (m_wasBusy && !busy) {
            m_review.table.reload();
            m_review.dashboard.refresh();
        }
        m_wasBusy = busy;
    });
    // A new budget changes the credits left that the activity panel and the dashboard show.
    QObject::connect(&enrichmentSettings, &EnrichmentSettingsEditor::saved, &host, [this] { host.wake(); });
    QObject::connect(&problems, &DeadLetterModel::prospectsChanged, &host, [this] {
        m_review.table.reload();
        m_review.detail.reload();
    });
}

PipelineObjects::~PipelineObjects() {
    // At the safe point, before the objects the engine's work refers to go away.
    host.stop();
}

void PipelineObjects::provide() {
    SyncActivityModel::provide(&activity);
    DeadLetterModel::provide(&problems);
    PipelineActions::provide(&actions);
    EnrichmentSettingsEditor::provide(&enrichmentSettings);
}

void PipelineObjects::start() {
    m_startTimer.start();
    tokenCache.load();
}

void PipelineObjects::startHost() {
    m_startTimer.stop();
    if (host.isRunning())
        return;
    for (net::Service service : integrations::allServices())
        tokens.set(service, tokenCache.token(service));
    host.start();
}

} // namespace prospector::ui
