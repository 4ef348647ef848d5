#include "hubspot/hubspotclient.h"
#include "hubspot/hubspotparser.h"
#include "sandboxharness.h"

using namespace prospector;
using namespace prospector::hubspot;
using net::ApiErrorKind;
using sandbox::FaultKind;
using test::SandboxHarness;

class TestHubSpotSandbox : public QObject {
    Q_OBJECT

    SandboxHarness h;
    std::unique_ptr<HubSpotClient> client;

    static QList<UpsertInput> people(const QStringList &emails) {
        QList<UpsertInput> out;
        for (const QString &e : emails)
            out.append({e, {{QStringLiteral("firstname"), QStringLiteral("Pat")}}});
        return out;
    }
    net::ApiResult<BatchResult> upsert(const QStringList &emails) {
        return SandboxHarness::await<BatchResult>(
            [&](QObject *ctx, auto cb) { client->upsertContactsByEmail(people(emails), ctx, cb); });
    }
    net::ApiResult<CrmObject> getByEmail(const QString &email) {
        return SandboxHarness::await<CrmObject>([&](QObject *ctx, auto cb) {
            client->getContactByEmail(email, {QStringLiteral("email")}, ctx, cb);
        });
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(h.start());
        client = std::make_unique<HubSpotClient>(h.hubspot->http());
    }
    void init() {
        h.server.reset();
        h.hubspotToken = QStringLiteral("sandbox-hubspot-token");
    }

    void upsertIsIdempotentAndWritesTheServer() {
        auto first = upsert({QStringLiteral("jane@acme.com"), QStringLiteral("joe@acme.com")});
        QVERIFY2(first.ok(), qPrintable(first.error.toLogString()));
        QCOMPARE(first.value.results.size(), 2);
        for (const CrmObject &o : std::as_const(first.value.results))
            QVERIFY(o.isNew);
        QCOMPARE(h.server.hubspot().contacts().records.size(), 2);
        const auto stored = h.server.hubspot().contactByEmail(QStringLiteral("jane@acme.com"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->properties.value(QStringLiteral("firstname")), QStringLiteral("Pat"));

        auto second = upsert({QStringLiteral("jane@acme.com")});
        QVERIFY(second.ok());
        QVERIFY(!second.value.results.at(0).isNew);
        QCOMPARE(h.server.hubspot().contacts().records.size(), 2);
    }

    void readAndSearchByEmail() {
        QVERIFY(upsert({QStringLiteral("jane@acme.com")}).ok());
        const auto read = getByEmail(QStringLiteral("jane@acme.com"));
        QVERIFY2(read.ok(), qPrintable(read.error.toLogString()));
        QCOMPARE(read.value.properties.value(QStringLiteral("email")), QStringLiteral("jane@acme.com"));
        const auto found = SandboxHarness::await<SearchPage>([&](QObject *ctx, auto cb) {
            client->searchContactsByEmail(QStringLiteral("jane@acme.com"), {QStringLiteral("email")}, ctx,
                                          cb);
        });
        QVERIFY2(found.ok(), qPrintable(found.error.toLogString()));
        QCOMPARE(found.value.total, 1);
        QCOMPARE(found.value.results.at(0).id, read.value.id);
        const auto missing = getByEmail(QStringLiteral("nobody@acme.com"));
        QCOMPARE(missing.error.kind, ApiErrorKind::NotFound);
    }

    void batchReadReportsMissingEmails() {
        QVERIFY(upsert({QStringLiteral("jane@acme.com")}).ok());
        const auto r = SandboxHarness::await<BatchResult>([&](QObject *ctx, auto cb) {
            client->readContactsByEmail({QStringLiteral("jane@acme.com"), QStringLiteral("nobody@acme.com")},
                                        {}, ctx, cb);
        });
        QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
        QCOMPARE(r.value.results.size(), 1);
        QCOMPARE(r.value.results.at(0).properties.value(QStringLiteral("email")),
                 QStringLiteral("jane@acme.com"));
        QCOMPARE(r.value.errors.size(), 1);
        QVERIFY(r.value.errors.at(0).ids.contains(QStringLiteral("nobody@acme.com")));
    }

    void searchBurstStaysUnderFivePerSecond() {
        QVERIFY(upsert({QStringLiteral("jane@acme.com")}).ok());
        int done = 0;
        int firstAttempt = 0;
        QObject ctx;
        for (int i = 0; i < 12; ++i) {
            client->searchContactsByEmail(QStringLiteral("jane@acme.com"), {}, &ctx,
                                          [&](const net::ApiResult<SearchPage> &r) {
                                              ++done;
                                              if (r.ok() && r.value.total == 1)
                                                  ++firstAttempt;
                                          });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 12, 15000);
        QCOMPARE(firstAttempt, 12);
        // The simulator answers 429 SECONDLY to a sixth search inside a second: none happened.
        QCOMPARE(h.server.hubspot().counters().rateLimited, 0);
        QVERIFY(h.server.hubspot().counters().requests >= 13);
        QCOMPARE(h.hubspot->searchLimiter()->inFlight(), 0);
    }

    void createConflictNamesTheExistingId() {
        QVERIFY(upsert({QStringLiteral("jane@acme.com")}).ok());
        const QString existing =
            QString::number(h.server.hubspot().contactByEmail(QStringLiteral("jane@acme.com"))->id);
        const auto r = SandboxHarness::await<CrmObject>([&](QObject *ctx, auto cb) {
            client->createContact({{QStringLiteral("email"), QStringLiteral("jane@acme.com")}}, ctx, cb);
        });
        QCOMPARE(r.error.kind, ApiErrorKind::Conflict);
        QCOMPARE(r.value.id, existing);
    }

    void companiesAndAssociation() {
        h.server.hubspot().config().companyDomainUnique = true; // a portal with a unique domain property
        const auto upserted = SandboxHarness::await<BatchResult>([&](QObject *ctx, auto cb) {
            client->upsertCompanies(
                {{QStringLiteral("acme.com"), {{QStringLiteral("name"), QStringLiteral("Acme")}}}},
                QStringLiteral("domain"), ctx, cb);
        });
        QVERIFY2(upserted.ok(), qPrintable(upserted.error.toLogString()));
        const auto created = SandboxHarness::await<BatchResult>([&](QObject *ctx, auto cb) {
            client->createCompanies({{{QStringLiteral("domain"), QStringLiteral("globex.com")}}}, ctx, cb);
        });
        QVERIFY2(created.ok(), qPrintable(created.error.toLogString()));
        QCOMPARE(h.server.hubspot().companies().records.size(), 2);

        const auto contact = upsert({QStringLiteral("jane@acme.com")});
        const QString contactId = contact.value.results.at(0).id;
        const QString companyId = upserted.value.results.at(0).id;
        const auto linked = SandboxHarness::await<QList<Association>>([&](QObject *ctx, auto cb) {
            client->associateContactWithCompany(contactId, companyId, ctx, cb);
        });
        QVERIFY2(linked.ok(), qPrintable(linked.error.toLogString()));
        QVERIFY(h.server.hubspot()
                    .associationTypes(contactId.toLongLong(), companyId.toLongLong())
                    .contains(279));
    }

    void badTokenIsAuth() {
        h.hubspotToken = QStringLiteral("pat-na1-wrong");
        const auto r = upsert({QStringLiteral("jane@acme.com")});
        QCOMPARE(r.error.kind, ApiErrorKind::Auth);
        QVERIFY(h.server.hubspot().contacts().records.isEmpty());
    }

    void missingScopeIsPermission() {
        h.server.hubspot().config().tokensWithoutScopes.insert(QStringLiteral("pat-na1-noscope"));
        h.server.hubspot().config().validTokens.insert(QStringLiteral("pat-na1-noscope"));
        h.hubspotToken = QStringLiteral("pat-na1-noscope");
        const auto r = upsert({QStringLiteral("jane@acme.com")});
        QCOMPARE(r.error.kind, ApiErrorKind::Permission);
        QCOMPARE(r.error.remoteCategory, QStringLiteral("MISSING_SCOPES"));
    }

    void transientFaultsAreRetried_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("503") << int(FaultKind::Status);
        QTest::newRow("html 502") << int(FaultKind::HtmlBadGateway);
        QTest::newRow("connection reset") << int(FaultKind::Reset);
        QTest::newRow("truncated body") << int(FaultKind::Truncate);
        QTest::newRow("hang -> timeout") << int(FaultKind::Hang);
    }
    void transientFaultsAreRetried() {
        QFETCH(int, kind);
        QVERIFY(upsert({QStringLiteral("jane@acme.com")}).ok());
        h.server.faults().add(h.fault(QStringLiteral("hubspot"), FaultKind(kind), 1, 503));
        const auto r = getByEmail(QStringLiteral("jane@acme.com"));
        QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
        QCOMPARE(r.value.properties.value(QStringLiteral("email")), QStringLiteral("jane@acme.com"));
    }

    void persistentOutageOpensTheBreaker() {
        h.server.faults().add(h.fault(QStringLiteral("hubspot"), FaultKind::Status, -1, 503));
        const auto r = getByEmail(QStringLiteral("jane@acme.com"));
        QCOMPARE(r.error.kind, ApiErrorKind::Server);
        QCOMPARE(r.error.httpStatus, 503);
        getByEmail(QStringLiteral("jane@acme.com")); // 5th consecutive failure
        QCOMPARE(h.hubspot->breaker()->state(), net::CircuitBreaker::State::Open);
        QCOMPARE(getByEmail(QStringLiteral("jane@acme.com")).error.kind, ApiErrorKind::CircuitOpen);
        // Recovery: after the open period a probe succeeds and closes it.
        h.server.faults().clear();
        QTest::qWait(int(SandboxHarness::kBreakerOpenMs) + 100);
        QCOMPARE(getByEmail(QStringLiteral("jane@acme.com")).error.kind, ApiErrorKind::NotFound);
        QCOMPARE(h.hubspot->breaker()->state(), net::CircuitBreaker::State::Closed);
    }

    void malformedJsonIsNotRetried() {
        QVERIFY(upsert({QStringLiteral("jane@acme.com")}).ok());
        h.server.faults().add(h.fault(QStringLiteral("hubspot"), FaultKind::MalformedJson));
        const auto r = getByEmail(QStringLiteral("jane@acme.com"));
        QCOMPARE(r.error.kind, ApiErrorKind::MalformedResponse);
    }
};

QTEST_GUILESS_MAIN(TestHubSpotSandbox)
#include "tst_hubspotsandbox.moc"
