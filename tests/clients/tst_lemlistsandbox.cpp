#include "lemlist/lemlistclient.h"
#include "sandboxharness.h"

using namespace prospector;
using namespace prospector::lemlist;
using net::ApiErrorKind;
using sandbox::FaultKind;
using test::SandboxHarness;

class TestLemlistSandbox : public QObject {
    Q_OBJECT

    SandboxHarness h;
    std::unique_ptr<LemlistClient> client;
    QString campaign;

    net::ApiResult<AddLeadOutcome> add(const QString &campaignId, const QString &email, bool dedupe = false) {
        LeadInput lead;
        lead.email = email;
        lead.firstName = QStringLiteral("Sam");
        lead.companyName = QStringLiteral("Acme");
        lead.variables = {{QStringLiteral("icpTier"), QStringLiteral("A")}};
        return SandboxHarness::await<AddLeadOutcome>(
            [&](QObject *ctx, auto cb) { client->addLeadToCampaign(campaignId, lead, dedupe, ctx, cb); });
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(h.start());
        client = std::make_unique<LemlistClient>(h.lemlist->http());
    }
    void init() {
        h.server.reset();
        h.server.setTimeScale(1.0);
        h.lemlistKey = QStringLiteral("sandbox-lemlist-key");
        h.lemlist->limiter()->setLimit(net::RateLimit::lemlistDefault());
        campaign = h.server.lemlist().addCampaign(QStringLiteral("Q1 outbound"));
    }

    void listCampaignsBothShapes() {
        for (bool wrapped : {false, true}) {
            h.server.lemlist().config().campaignsWrapped = wrapped;
            const auto r = SandboxHarness::await<CampaignPage>(
                [&](QObject *ctx, auto cb) { client->listCampaigns(0, 100, ctx, cb); });
            QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
            QVERIFY(std::any_of(r.value.campaigns.begin(), r.value.campaigns.end(),
                                [&](const Campaign &c) { return c.id == campaign; }));
        }
        h.server.lemlist().config().campaignsWrapped = false;
    }

    void addLeadWritesVariablesAndIsIdempotent() {
        const auto first = add(campaign, QStringLiteral("sam@acme.com"));
        QVERIFY2(first.ok(), qPrintable(first.error.toLogString()));
        QVERIFY(!first.value.alreadyInCampaign);
        QVERIFY(first.value.lead.id.startsWith(QStringLiteral("lea_")));
        const auto stored = h.server.lemlist().leadsFor(QStringLiteral("sam@acme.com"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).campaignId, campaign);
        QCOMPARE(stored.at(0).variables.value(QStringLiteral("icpTier")), QStringLiteral("A"));
        QCOMPARE(stored.at(0).variables.value(QStringLiteral("firstName")), QStringLiteral("Sam"));

        const auto again = add(campaign, QStringLiteral("sam@acme.com"));
        QVERIFY2(again.ok(), qPrintable(again.error.toLogString()));
        QVERIFY(again.value.alreadyInCampaign);
        QCOMPARE(h.server.lemlist().leadsFor(QStringLiteral("sam@acme.com")).size(), 1);
    }

    void deduplicateAcrossCampaignsIsConflict() {
        for (int status : {409, 500}) {
            h.server.reset();
            h.server.lemlist().config().otherCampaignStatus = status;
            const QString a = h.server.lemlist().addCampaign(QStringLiteral("A"));
            const QString b = h.server.lemlist().addCampaign(QStringLiteral("B"));
            QVERIFY(add(a, QStringLiteral("sam@acme.com")).ok());
            const auto r = add(b, QStringLiteral("sam@acme.com"), true);
            QCOMPARE(r.error.kind, ApiErrorKind::Conflict);
            QCOMPARE(r.error.remoteCategory, QStringLiteral("LEAD_IN_OTHER_CAMPAIGN"));
        }
    }

    void getPauseUnsubscribe() {
        QVERIFY(add(campaign, QStringLiteral("sam@acme.com")).ok());
        auto leads = SandboxHarness::await<QList<Lead>>(
            [&](QObject *ctx, auto cb) { client->getLeadByEmail(QStringLiteral("sam@acme.com"), ctx, cb); });
        QVERIFY2(leads.ok(), qPrintable(leads.error.toLogString()));
        QCOMPARE(leads.value.size(), 1);
        QCOMPARE(leads.value.at(0).campaignId, campaign);

        const auto none = SandboxHarness::await<QList<Lead>>([&](QObject *ctx, auto cb) {
            client->getLeadByEmail(QStringLiteral("ghost@acme.com"), ctx, cb);
        });
        QVERIFY(none.ok());
        QVERIFY(none.value.isEmpty());

        const auto paused = SandboxHarness::await<QList<Lead>>(
            [&](QObject *ctx, auto cb) { client->pauseLead(leads.value.at(0).id, campaign, ctx, cb); });
        QVERIFY2(paused.ok(), qPrintable(paused.error.toLogString()));
        QVERIFY(h.server.lemlist().leadsFor(QStringLiteral("sam@acme.com")).at(0).isPaused);

        const auto unsub = SandboxHarness::await<Lead>([&](QObject *ctx, auto cb) {
            client->unsubscribeLeadFromCampaign(campaign, QStringLiteral("sam@acme.com"), ctx, cb);
        });
        QVERIFY2(unsub.ok(), qPrintable(unsub.error.toLogString()));
        QVERIFY(h.server.lemlist().leadsFor(QStringLiteral("sam@acme.com")).at(0).unsubscribed);

        const auto resumed = SandboxHarness::await<QList<Lead>>(
            [&](QObject *ctx, auto cb) { client->resumeLead(leads.value.at(0).id, campaign, ctx, cb); });
        QVERIFY2(resumed.ok(), qPrintable(resumed.error.toLogString()));

        for (bool already : {false, true}) {
            const auto everywhere = SandboxHarness::await<UnsubscribeOutcome>([&](QObject *ctx, auto cb) {
                client->unsubscribeEverywhere(QStringLiteral("sam@acme.com"), ctx, cb);
            });
            QVERIFY2(everywhere.ok(), qPrintable(everywhere.error.toLogString()));
            QCOMPARE(everywhere.value.alreadyUnsubscribed, already);
        }
        QVERIFY(h.server.lemlist().isUnsubscribed(QStringLiteral("sam@acme.com")));
    }

    void activitiesPageThroughEverything() {
        QSet<QString> injected;
        for (int i = 0; i < 5; ++i)
            injected.insert(h.server.lemlist().addActivity(QStringLiteral("emailsReplied"),
                                                           QStringLiteral("p%1@acme.com").arg(i), campaign));
        h.server.lemlist().addActivity(QStringLiteral("emailsOpened"), QStringLiteral("p0@acme.com"),
                                       campaign);
        QSet<QString> seen;
        ActivityQuery q;
        q.type = QStringLiteral("emailsReplied");
        q.limit = 2;
        for (int page = 0; page < 10 && q.offset >= 0; ++page) {
            const auto r = SandboxHarness::await<ActivityPage>(
                [&](QObject *ctx, auto cb) { client->listActivities(q, ctx, cb); });
            QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
            for (const Activity &a : r.value.activities) {
                QCOMPARE(a.type, QStringLiteral("emailsReplied"));
                seen.insert(a.id);
            }
            q.offset = r.value.nextOffset;
        }
        QCOMPARE(seen, injected);
    }

    void replyTextIsInTheContactsInbox() {
        const QString replyId = h.server.lemlist().addActivity(
            QStringLiteral("emailsReplied"), QStringLiteral("ann@acme.com"), campaign, {}, {},
            sandbox::LemlistSimulator::replyHtml(QStringLiteral("Not now, maybe next quarter.\nThanks"),
                                                 QStringLiteral("Our offer")),
            QStringLiteral("Re: Our offer"));
        ActivityQuery q;
        q.type = QStringLiteral("emailsReplied");
        const auto feed = SandboxHarness::await<ActivityPage>(
            [&](QObject *ctx, auto cb) { client->listActivities(q, ctx, cb); });
        QVERIFY2(feed.ok(), qPrintable(feed.error.toLogString()));
        QCOMPARE(feed.value.activities.size(), 1);
        const Activity reply = feed.value.activities.first();
        QCOMPARE(reply.id, replyId);
        QVERIFY(reply.text.isEmpty()); // the feed carries no body, as lemlist's does not
        QVERIFY(reply.contactId.startsWith(QLatin1String("ctc_")));

        const auto inbox = SandboxHarness::await<InboxPage>(
            [&](QObject *ctx, auto cb) { client->getConversation(reply.contactId, 0, 50, ctx, cb); });
        QVERIFY2(inbox.ok(), qPrintable(inbox.error.toLogString()));
        QCOMPARE(inbox.value.messages.size(), 1);
        QCOMPARE(inbox.value.messages.first().id, replyId);
        QCOMPARE(inbox.value.messages.first().subject, QStringLiteral("Re: Our offer"));
        QCOMPARE(inbox.value.messages.first().text, QStringLiteral("Not now, maybe next quarter.\nThanks"));
        QCOMPARE(inbox.value.nextSkip, -1);

        const auto unknown = SandboxHarness::await<InboxPage>(
            [&](QObject *ctx, auto cb) { client->getConversation(QStringLiteral("ctc_nobody"), 0, 50, ctx, cb); });
        QVERIFY(unknown.ok()); // an unknown contact has an empty conversation
        QVERIFY(unknown.value.messages.isEmpty());
    }

    void authErrors() {
        h.lemlistKey = QStringLiteral("wrong-key-123456");
        QCOMPARE(add(campaign, QStringLiteral("sam@acme.com")).error.kind, ApiErrorKind::Auth);
        h.lemlistKey = QString();
        QCOMPARE(add(campaign, QStringLiteral("sam@acme.com")).error.kind, ApiErrorKind::Auth);
        h.server.lemlist().config().blockedKeys.insert(QStringLiteral("sandbox-lemlist-key"));
        h.lemlistKey = QStringLiteral("sandbox-lemlist-key");
        QCOMPARE(add(campaign, QStringLiteral("sam@acme.com")).error.kind, ApiErrorKind::Permission);
        h.server.lemlist().config().blockedKeys.clear();
        QVERIFY(h.server.lemlist().leadsFor(QStringLiteral("sam@acme.com")).isEmpty());
    }

    void limiterKeepsUnderTheServerWindow() {
        // Server: 20 per 2 s scaled to 20 per 200 ms; the client limiter is configured to match.
        h.server.setTimeScale(0.1);
        h.lemlist->limiter()->setLimit(net::RateLimit{20, 200, 0});
        int done = 0;
        int firstAttempt = 0;
        QObject ctx;
        for (int i = 0; i < 50; ++i) {
            net::HttpRequest request = net::HttpRequest::get(QStringLiteral("/campaigns"));
            h.lemlist->http()->send(request, &ctx, [&](const net::HttpResponse &r) {
                ++done;
                if (r.ok() && r.attempts == 1)
                    ++firstAttempt;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 50, 15000);
        QCOMPARE(firstAttempt, 50); // never a 429
        QCOMPARE(h.server.lemlist().counters().rateLimited, 0);
    }

    void rateLimitBurstIsRetriedAfterRetryAfter() {
        h.server.faults().add(h.fault(QStringLiteral("lemlist"), FaultKind::RateLimit, 2));
        QElapsedTimer timer;
        timer.start();
        const auto r = SandboxHarness::await<CampaignPage>(
            [&](QObject *ctx, auto cb) { client->listCampaigns(0, 100, ctx, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
        QVERIFY(timer.elapsed() >= 1000); // Retry-After (>= 1 s) was honoured
    }

    void addLeadAmbiguousTimeoutIsNotResent() {
        sandbox::FaultRule hang = h.fault(QStringLiteral("lemlist"), FaultKind::Hang);
        hang.applyRequest = true; // the lead is written, the answer is lost
        h.server.faults().add(hang);
        const auto r = add(campaign, QStringLiteral("sam@acme.com"));
        QCOMPARE(r.error.kind, ApiErrorKind::Timeout);
        QCOMPARE(h.server.lemlist().leadsFor(QStringLiteral("sam@acme.com")).size(), 1);
        // Reconciliation by reading shows the enrolment exists.
        const auto leads = SandboxHarness::await<QList<Lead>>(
            [&](QObject *ctx, auto cb) { client->getLeadByEmail(QStringLiteral("sam@acme.com"), ctx, cb); });
        QCOMPARE(leads.value.size(), 1);
    }

    void serverErrorsOnReadsAreRetried() {
        h.server.faults().add(h.fault(QStringLiteral("lemlist"), FaultKind::Status, 2, 500));
        const auto r = SandboxHarness::await<CampaignPage>(
            [&](QObject *ctx, auto cb) { client->listCampaigns(0, 100, ctx, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
    }
};

QTEST_GUILESS_MAIN(TestLemlistSandbox)
#include "tst_lemlistsandbox.moc"
