#pragma once

#include "deadlettermodel.h"
#include "enrichmentsettingseditor.h"
#include "pipelineactions.h"
#include "secrets/tokencache.h"
#include "sync/synchost.h"
#include "sync/tokenbox.h"
#include "syncactivitymodel.h"

#include <QTimer>

namespace prospector::secrets {
class CredentialStore;
}

namespace prospector::ui {

struct ReviewObjects;

// The pipeline inside the window, built and wired in one place so main.cpp and the QML test
// runner compose it identically (like ReviewObjects): the engine host, the tokens it sends
// (read from the keychain, followed as the rep saves new ones: a new token resumes a service
// that was paused for it), the Sync activity / Problems / actions view models, and the refreshes
// of the table, detail pane and dashboard as results come back; Settings › Enrichment.
struct PipelineObjects {
    // `fallback` answers for a service with no stored token (the sandbox's credential when that
    // service is pointed at this machine). `options.tokens` is replaced by the keychain's.
    PipelineObjects(const storage::Database &database, ReviewObjects &review,
                    secrets::CredentialStore &credentials, sync::TokenBox::Fallback fallback,
                    sync::SyncHost::Options options = {});
    ~PipelineObjects();

    // Hands the QML singletons to the module; call before the QML engine loads.
    void provide();
    // Reads the tokens, then starts the engine host (after kStartTimeoutMs at the latest, so a
    // keychain that never answers does not keep the pipeline down).
    void start();

    static constexpr int kStartTimeoutMs = 5000;
    static constexpr int kRefreshMs = 750;

    sync::TokenBox tokens;
    secrets::TokenCache tokenCache;
    sync::SyncHost host;
    SyncActivityModel activity;
    DeadLetterModel problems;
    PipelineActions actions;
    EnrichmentSettingsEditor enrichmentSettings;

private:
    void startHost();

    ReviewObjects &m_review;
    QTimer m_startTimer;
    QTimer m_refreshTimer;
    bool m_wasBusy = false;
};

} // namespace prospector::ui
