#pragma once

// An AutopilotService over a fresh database, with the headless engine (SyncRunDrainer, lemlist
// reply poller) pointed at an in-process sandbox over real loopback HTTP, and a virtual clock
// for the guardrails: the most recent Monday 10:00 UTC at least a day in the past (the outbox
// rows it writes are due at once for the drain's real clock even after a test advances it by
// hours, and business hours hold).
#include "autopilot/autopilotservice.h"
#include "autopilot/autopilotsettingsstore.h"
#include "autopilot/enrichmentqueue.h"
#include "autopilot/lemlistreplypoller.h"
#include "autopilot/requesterenrichmentqueue.h"
#include "autopilot/syncrundrainer.h"
#include "net/service.h"
#include "sandboxserver.h"
#include "sandboxsession.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/settingsrepository.h"
#include "sync/virtualclock.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>
#include <functional>
#include <memory>

namespace prospector::testing {

inline qint64 lastMondayMorningUtc() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDate day = now.date();
    while (day.dayOfWeek() != 1)
        day = day.addDays(-1);
    QDateTime monday(day, QTime(10, 0), QTimeZone::utc());
    // A day of margin: on a Monday morning "not in the future" alone left the clock minutes behind
    // real time, and a test that advanced it by 50 minutes wrote rows the engine saw as not yet due.
    if (monday > now.addDays(-1))
        monday = monday.addDays(-7);
    return monday.toMSecsSinceEpoch();
}

// Wraps the real drainer so a test can act at a precise moment (e.g. pull the kill switch while
// the first batch is being sent).
class HookedDrainer final : public autopilot::OperationDrainer {
public:
    explicit HookedDrainer(autopilot::OperationDrainer &inner)
        : m_inner(inner) {}
    std::function<void(int call)> onDrain;
    int calls = 0;

    void drain(const QList<qint64> &ids, const QStringList &services,
               std::function<void(const Result &)> done) override {
        ++calls;
        if (onDrain)
            onDrain(calls);
        m_inner.drain(ids, services, std::move(done));
    }
    bool supports(const QString &service) const override { return m_inner.supports(service); }
    void abort() override { m_inner.abort(); }

private:
    autopilot::OperationDrainer &m_inner;
};

// Available enrichment that must never be asked (the credit budget test): it counts calls.
class CountingEnrichment final : public autopilot::EnrichmentQueue {
public:
    int calls = 0;
    bool isAvailable() const override { return true; }
    bool queue(sync::Transaction &, const QList<qint64> &, QList<Item> *, QString *error) override {
        ++calls;
        *error = QStringLiteral("enrichment was asked although the budget allows nothing");
        return false;
    }
};

struct AutopilotFixture {
    explicit AutopilotFixture(const QString &file)
        : db(file)
        , clock(lastMondayMorningUtc()) {}

    storage::Database db;
    sandbox::SandboxServer server;
    sync::VirtualClock clock;
    QString campaign;
    std::unique_ptr<autopilot::SyncRunDrainer> realDrainer;
    std::unique_ptr<HookedDrainer> drainer;
    autopilot::NoEnrichment noEnrichment;
    CountingEnrichment countingEnrichment;
    std::unique_ptr<autopilot::RequesterEnrichmentQueue> explorium; // the real enrichment, opt-in
    autopilot::EnrichmentQueue *enrichment = &noEnrichment;
    std::unique_ptr<autopilot::LemlistReplyPoller> replies;
    std::unique_ptr<autopilot::AutopilotService> service;
    int batchSize = 25;

    // What the headless clients send; a test may swap one for a token the sandbox refuses.
    QHash<net::Service, QString> tokens;
    QString token(net::Service service) const {
        return tokens.value(service, sandbox::SandboxSession::sandboxCredential(net::serviceKey(service)));
    }

    bool setUp(QString *error) {
        if (!db.open(error) || !server.listen({}, error))
            return false;
        // The headless clients read their base URLs from the environment first.
        qputenv("PROSPECTOR_HUBSPOT_URL", server.hubspotUrl().toString().toUtf8());
        qputenv("PROSPECTOR_LEMLIST_URL", server.lemlistUrl().toString().toUtf8());
        qputenv("PROSPECTOR_EXPLORIUM_URL", server.exploriumUrl().toString().toUtf8());
        campaign = server.lemlist().addCampaign(QStringLiteral("Q1 outbound"));
        realDrainer =
            std::make_unique<autopilot::SyncRunDrainer>(db, [this](net::Service s) { return token(s); });
        drainer = std::make_unique<HookedDrainer>(*realDrainer);
        explorium = std::make_unique<autopilot::RequesterEnrichmentQueue>(db, clock);
        replies = std::make_unique<autopilot::LemlistReplyPoller>(
            db, [this](net::Service s) { return token(s); }, clock);
        return true;
    }

    // Settings for these tests: a campaign, business hours in UTC (the virtual Monday morning is
    // inside), tracking off unless a test wants it (it would count as lemlist requests).
    bool configure(const std::function<void(autopilot::AutopilotSettings &)> &change = {}) {
        autopilot::AutopilotSettings s;
        s.campaignId = campaign;
        s.campaignName = QStringLiteral("Q1 outbound");
        s.steps.trackReplies = false;
        s.limits.dailyEnrollments = 100;
        s.limits.dailyHubSpotCreates = 100;
        s.limits.approvalEnrollmentThreshold = 50;
        if (change)
            change(s);
        storage::SettingsRepository repo(db);
        QString error;
        return autopilot::AutopilotSettingsStore(repo).save(s, &error);
    }

    autopilot::AutopilotService &makeService() {
        service.reset();
        autopilot::AutopilotService::Options options;
        options.ownerKind = QStringLiteral("test");
        options.batchSize = batchSize;
        service = std::make_unique<autopilot::AutopilotService>(db, clock, QTimeZone::utc(), *drainer,
                                                                *enrichment, *replies, options);
        return *service;
    }

    // A prospect the default ICP rules score 85 (VP, sales title, size, e-mail, LinkedIn).
    qint64 addHot(const QString &email) {
        storage::Prospect p;
        p.email = email;
        p.firstName = QStringLiteral("Hot");
        p.lastName = email.section(QLatin1Char('@'), 0, 0);
        p.title = QStringLiteral("VP Sales");
        p.companyName = QStringLiteral("Acme");
        p.companySize = QStringLiteral("200");
        p.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/") + p.lastName;
        return storage::ProspectRepository(db).insert(p);
    }
    // An e-mail alone scores 15: below the minimum score.
    qint64 addCold(const QString &email) {
        storage::Prospect p;
        p.email = email;
        return storage::ProspectRepository(db).insert(p);
    }

    // Contact batches written, whichever route the engine chose (create for new records, with
    // their company association; update or upsert for known ones).
    int hubspotWrites() {
        const auto &routes = server.hubspot().counters().byRoute;
        int writes = 0;
        for (const char *route : {"create", "update", "upsert"})
            writes +=
                routes.value(QStringLiteral("POST /crm/v3/objects/contacts/batch/") + QLatin1String(route));
        return writes;
    }
    int lemlistRequests() { return server.lemlist().counters().requests; }
    int hubspotRequests() { return server.hubspot().counters().requests; }
    int exploriumRequests() { return server.explorium().counters().requests; }

    int count(const QString &sql) {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // Runs now and waits for the run to leave 'running' (finished, paused or awaiting approval).
    autopilot::RunReport runAndWait() {
        QSignalSpy finished(service.get(), &autopilot::AutopilotControl::runFinished);
        QSignalSpy approval(service.get(), &autopilot::AutopilotControl::approvalRequested);
        service->runNow(false);
        return waitForEnd(finished, approval);
    }

    autopilot::RunReport waitForEnd(QSignalSpy &finished, QSignalSpy &approval) {
        for (int i = 0; i < 1200 && finished.isEmpty() && approval.isEmpty(); ++i)
            finished.wait(100);
        if (!finished.isEmpty())
            return finished.takeFirst().at(0).value<autopilot::RunReport>();
        autopilot::RunReport waiting;
        if (!approval.isEmpty()) {
            const QList<autopilot::RunReport> runs = service->history(1);
            if (!runs.isEmpty())
                waiting = runs.first();
        }
        return waiting;
    }
};

} // namespace prospector::testing
