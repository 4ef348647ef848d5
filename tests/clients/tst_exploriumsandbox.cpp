#include "explorium/exploriumclient.h"
#include "sandboxharness.h"

using namespace prospector;
using namespace prospector::explorium;
using net::ApiErrorKind;
using sandbox::ExploriumSimulator;
using sandbox::FaultKind;
using test::SandboxHarness;

class TestExploriumSandbox : public QObject {
    Q_OBJECT

    SandboxHarness h;
    std::unique_ptr<ExploriumClient> client;

    net::ApiResult<MatchResult> match(const QList<BusinessQuery> &q) {
        return SandboxHarness::await<MatchResult>(
            [&](QObject *ctx, auto cb) { client->matchBusinesses(q, ctx, cb); });
    }
    net::ApiResult<EnrichResult<Firmographics>> enrich(const QStringList &ids) {
        return SandboxHarness::await<EnrichResult<Firmographics>>(
            [&](QObject *ctx, auto cb) { client->enrichFirmographics(ids, ctx, cb); });
    }
    static QList<BusinessQuery> businesses() {
        return {{QStringLiteral("Acme"), QStringLiteral("acme.com"), {}, {}},
                {QStringLiteral("Nowhere"), QStringLiteral("nowhere.invalid"), {}, {}},
                {QStringLiteral("Globex"), QStringLiteral("globex.com"), {}, {}}};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(h.start());
        client = std::make_unique<ExploriumClient>(h.explorium->http());
    }
    void init() {
        h.server.reset();
        h.server.setTimeScale(1.0);
        h.server.explorium().config().credits = 100000;
        h.exploriumKey = QStringLiteral("sandbox-explorium-key");
    }

    void matchKeepsInputOrderWithNulls() {
        const auto r = match(businesses());
        QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
        QCOMPARE(r.value.items.size(), 3);
        QCOMPARE(r.value.items.at(0).id, ExploriumSimulator::businessIdForDomain(QStringLiteral("acme.com")));
        QVERIFY(!r.value.items.at(1).matched());
        QCOMPARE(r.value.items.at(2).id,
                 ExploriumSimulator::businessIdForDomain(QStringLiteral("globex.com")));
        QCOMPARE(r.value.totalMatches, 2);
    }

    void allUnmatchedIsMiss() {
        const auto r = match({{QStringLiteral("X"), QStringLiteral("x.invalid"), {}, {}}});
        QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
        QCOMPARE(r.value.status, RequestStatus::Miss);
        QCOMPARE(r.value.items.size(), 1);
        QVERIFY(!r.value.items.at(0).matched());
    }

    void matchThenEnrichChargesCredits() {
        const auto matched = match(businesses());
        const QStringList ids = {matched.value.items.at(0).id, matched.value.items.at(2).id};
        const auto r = enrich(ids);
        QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
        QCOMPARE(r.value.records.size(), 2);
        QCOMPARE(r.value.records.at(0).businessId, ids.at(0));
        QVERIFY(!r.value.records.at(0).name.isEmpty());
        QCOMPARE(h.server.explorium().enrichedRecords(), 2);
        QVERIFY(h.server.explorium().creditsUsed() > 0);
    }

    void prospectsMatchAndContactInformation() {
        const QList<ProspectQuery> q = {{QStringLiteral("jane@acme.com"), {}, {}, {}, {}, {}},
                                        {QStringLiteral("ghost@nowhere.invalid"), {}, {}, {}, {}, {}}};
        const auto matched = SandboxHarness::await<MatchResult>(
            [&](QObject *ctx, auto cb) { client->matchProspects(q, ctx, cb); });
        QVERIFY2(matched.ok(), qPrintable(matched.error.toLogString()));
        QCOMPARE(matched.value.items.at(0).id,
                 ExploriumSimulator::prospectIdForEmail(QStringLiteral("jane@acme.com")));
        QVERIFY(!matched.value.items.at(1).matched());
        const auto info = SandboxHarness::await<EnrichResult<ContactInformation>>([&](QObject *ctx, auto cb) {
            client->enrichContactInformation({matched.value.items.at(0).id},
                                             ExploriumClient::Email | ExploriumClient::Phone, ctx, cb);
        });
        QVERIFY2(info.ok(), qPrintable(info.error.toLogString()));
        QCOMPARE(info.value.records.size(), 1);
        QVERIFY(!info.value.records.at(0).emails.isEmpty() ||
                !info.value.records.at(0).professionalEmail.isEmpty());
    }

    void outOfCreditsIsPermission() {
        const auto matched = match(businesses());
        h.server.explorium().config().credits = 0;
        const auto r = enrich({matched.value.items.at(0).id});
        QCOMPARE(r.error.kind, ApiErrorKind::Permission);
        QCOMPARE(r.error.remoteCategory, QStringLiteral("INSUFFICIENT_CREDITS"));
    }

    void badKeyIsAuth() {
        h.exploriumKey = QStringLiteral("not-the-key-0000");
        QCOMPARE(match(businesses()).error.kind, ApiErrorKind::Auth);
    }

    void oversizedListsNeverLeave() {
        QCOMPARE(match(QList<BusinessQuery>(51, {QStringLiteral("A"), QStringLiteral("a.com"), {}, {}}))
                     .error.kind,
                 ApiErrorKind::Validation);
        QCOMPARE(h.server.explorium().counters().requests, 0);
    }

    void matchRetriesThroughFaults_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << int(FaultKind::Status);
        QTest::newRow("429 burst") << int(FaultKind::RateLimit);
        QTest::newRow("reset") << int(FaultKind::Reset);
        QTest::newRow("html 502") << int(FaultKind::HtmlBadGateway);
    }
    void matchRetriesThroughFaults() {
        QFETCH(int, kind);
        // A 429 announces "0 remaining until the window resets" (60 s nominal); shrink the
        // sandbox's clock so honouring it takes about a second.
        h.server.setTimeScale(0.02);
        h.server.faults().add(h.fault(QStringLiteral("explorium"), FaultKind(kind), 1, 500));
        const auto r = match(businesses());
        QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
        QCOMPARE(r.value.totalMatches, 2);
    }

    void enrichTimeoutIsNotResent() {
        const auto matched = match(businesses());
        sandbox::FaultRule hang = h.fault(QStringLiteral("explorium"), FaultKind::Hang);
        hang.applyRequest = true;
        h.server.faults().add(hang);
        const auto r = enrich({matched.value.items.at(0).id});
        QCOMPARE(r.error.kind, ApiErrorKind::Timeout);
        QCOMPARE(h.server.explorium().enrichedRecords(), 1); // charged once, not twice
    }

    void malformedJsonIsReported() {
        h.server.faults().add(h.fault(QStringLiteral("explorium"), FaultKind::MalformedJson));
        QCOMPARE(match(businesses()).error.kind, ApiErrorKind::MalformedResponse);
    }
};

QTEST_GUILESS_MAIN(TestExploriumSandbox)
#include "tst_exploriumsandbox.moc"
