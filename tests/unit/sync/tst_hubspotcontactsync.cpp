#include "../net/fakenetwork.h"
#include "hubspot/hubspotclient.h"
#include "net/httpclient.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/hubspotcontactsync.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"
#include "sync/syncrequester.h"
#include "sync/virtualclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;
using test::FakeResponse;

namespace {

// A tiny HubSpot: contacts keyed by e-mail, batch upsert and read by e-mail, with scripted faults.
struct FakeHubSpot {
    enum class Fault { None, ResetAfterApply, Unauthorized, RateLimited, RejectFirst };
    QHash<QString, QString> ids; // email -> id
    QHash<QString, int> creates; // email -> how many times a contact was created
    int upserts = 0;
    int reads = 0;
    QList<Fault> faults;
    int nextId = 100;

    FakeResponse respond(const test::RecordedRequest &r) {
        const QString path = r.url.path();
        if (r.method == "GET" && path.startsWith(QLatin1String("/crm/v3/objects/contacts/"))) {
            ++reads;
            const QString email = QUrl::fromPercentEncoding(path.mid(25).toUtf8());
            if (!ids.contains(email))
                return FakeResponse::json(
                    404, R"({"status":"error","message":"Not found","category":"OBJECT_NOT_FOUND"})");
            const QJsonObject o{
                {QStringLiteral("id"), ids.value(email)},
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("email"), email}}}};
            return FakeResponse::json(200, QJsonDocument(o).toJson());
        }
        if (path == QLatin1String("/crm/v3/objects/contacts/batch/upsert")) {
            ++upserts;
            const Fault fault = faults.isEmpty() ? Fault::None : faults.takeFirst();
            if (fault == Fault::Unauthorized)
                return FakeResponse::json(
                    401, R"({"status":"error","message":"expired","category":"EXPIRED_AUTHENTICATION"})");
            if (fault == Fault::RateLimited)
                return FakeResponse::json(
                           429, R"({"status":"error","message":"ten secondly","category":"RATE_LIMITS"})")
                    .withHeader("Retry-After", "7");
            const QJsonArray inputs =
                QJsonDocument::fromJson(r.body).object().value(QStringLiteral("inputs")).toArray();
            QJsonArray results, errors;
            bool first = true;
            for (const QJsonValue &v : inputs) {
                const QString email = v.toObject().value(QStringLiteral("id")).toString();
                if (fault == Fault::RejectFirst && first) {
                    first = false;
                    errors.append(
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                    {QStringLiteral("category"), QStringLiteral("VALIDATION_ERROR")},
                                    {QStringLiteral("message"), QStringLiteral("bad phone")},
                                    {QStringLiteral("context"),
                                     QJsonObject{{QStringLiteral("ids"), QJsonArray{email}}}}});
                    continue;
                }
                const bool isNew = !ids.contains(email);
                if (isNew) {
                    ids.insert(email, QString::number(nextId++));
                    creates[email]++;
                }
                results.append(QJsonObject{
                    {QStringLiteral("id"), ids.value(email)},
                    {QStringLiteral("new"), isNew},
                    {QStringLiteral("properties"), QJsonObject{{QStringLiteral("email"), email}}}});
            }
            if (fault == Fault::ResetAfterApply)
                return FakeResponse::failure(QNetworkReply::RemoteHostClosedError);
            QJsonObject body{{QStringLiteral("status"), QStringLiteral("COMPLETE")},
                             {QStringLiteral("results"), results}};
            if (!errors.isEmpty())
                body.insert(QStringLiteral("errors"), errors);
            return FakeResponse::json(errors.isEmpty() ? 200 : 207, QJsonDocument(body).toJson());
        }
        return FakeResponse::text(500, "unexpected");
    }
};

} // namespace

class TestHubSpotContactSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct World {
        explicit World(const QString &file)
            : db(file) {}
        storage::Database db;
        VirtualClock clock;
        RetrySchedule schedule{RetryConfig{1000, 60'000, 6}, [] {
                                   return 1.0;
                               }};
        OutboxRepository outbox{db, clock, schedule};
        net::VirtualClock netClock;
        test::FakeNetwork network;
        FakeHubSpot hubspot;
        net::HttpClient http{net::ServiceEndpoint{net::Service::HubSpot,
                                                  QUrl(QStringLiteral("http://127.0.0.1:9/")),
                                                  [] {
                                                      return QStringLiteral("pat-test");
                                                  }},
                             &network, &netClock};
        hubspot::HubSpotClient client{&http};
        HubSpotContactSync sync{db, outbox, client, clock};

        QList<qint64> prospects(int n) {
            QList<qint64> ids;
            storage::ProspectRepository repo(db);
            for (int i = 0; i < n; ++i) {
                storage::Prospect p;
                p.email = QStringLiteral("p%1@acme.io").arg(i);
                p.firstName = QStringLiteral("P%1").arg(i);
                p.stage = QStringLiteral("qualified");
                ids << repo.insert(p);
            }
            SyncRequester::Report report;
            SyncRequester requester(db, outbox, clock);
            if (!requester.requestHubSpotSync(ids, &report))
                return {};
            return ids;
        }
        HubSpotContactSync::Report drain() {
            HubSpotContactSync::Report out;
            bool done = false;
            sync.drainBatch([&](const HubSpotContactSync::Report &r) {
                out = r;
                done = true;
            });
            if (!test::runUntil(netClock, [&] { return done; }))
                qWarning("drain did not finish");
            return out;
        }
    };

    std::unique_ptr<World> world() {
        auto w = std::make_unique<World>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        if (!w->db.open(&error))
            qFatal("cannot open database");
        // One attempt per call: the outbox, not the HTTP layer, must handle what follows.
        w->http.setRetryPolicy(net::RetryPolicy(net::RetrySettings{1, 10, 10, 1000}));
        w->network.setResponder(
            [hs = &w->hubspot](const test::RecordedRequest &r) { return hs->respond(r); });
        return w;
    }

private Q_SLOTS:
    void syncsAndWritesBackAtomically() {
        auto w = world();
        const QList<qint64> ids = w->prospects(3);
        QCOMPARE(ids.size(), 3);
        QCOMPARE(storage::ProspectRepository(w->db).get(ids.first())->syncState, QStringLiteral("queued"));
        const auto report = w->drain();
        QCOMPARE(report.claimed, 3);
        QCOMPARE(report.completed, 3);
        QCOMPARE(w->hubspot.upserts, 1);
        for (qint64 id : ids) {
            const auto p = storage::ProspectRepository(w->db).get(id);
            QCOMPARE(p->hubspotId, w->hubspot.ids.value(p->email));
            QCOMPARE(p->syncState, QStringLiteral("synced"));
            QCOMPARE(p->stage, QStringLiteral("synced"));
            QCOMPARE(storage::ActivityRepository(w->db).forProspect(id).first().kind,
                     QStringLiteral("hubspot_synced"));
        }
        QCOMPARE(w->outbox.countsByState().value(QStringLiteral("done")), 3);
        QVERIFY(w->drain().idle());
    }

    void resetAfterSendIsReconciledByReadingBeforeResending() {
        auto w = world();
        const QList<qint64> ids = w->prospects(3);
        w->hubspot.faults = {FakeHubSpot::Fault::ResetAfterApply};
        auto report = w->drain();
        QCOMPARE(report.unknown, 3);
        QCOMPARE(w->outbox.countsByState().value(QStringLiteral("unknown")), 3);
        QVERIFY(w->drain().idle()); // backing off

        w->clock.advance(60'000);
        report = w->drain();
        QCOMPARE(report.reconciled, 3);
        QCOMPARE(report.completed, 3);
        QCOMPARE(w->hubspot.reads, 3); // one read per unknown outcome, before the resend
        QCOMPARE(w->hubspot.upserts, 2);
        for (const QString &email : w->hubspot.ids.keys())
            QCOMPARE(w->hubspot.creates.value(email), 1); // each contact exists exactly once
        QCOMPARE(w->hubspot.ids.size(), 3);
        QCOMPARE(storage::ProspectRepository(w->db).get(ids.first())->syncState, QStringLiteral("synced"));
    }

    void interruptedProcessIsReconciledOnRestart() {
        auto w = world();
        w->prospects(2);
        // A previous process claimed the batch and died before recording anything.
        QCOMPARE(w->outbox.claimDue(QStringLiteral("hubspot"), {}, 100).size(), 2);
        QVERIFY(w->drain().idle()); // in flight: nobody else may touch it
        QCOMPARE(w->outbox.recoverInterrupted(), 2);
        const auto report = w->drain();
        QCOMPARE(report.reconciled, 2);
        QCOMPARE(report.completed, 2);
        QCOMPARE(w->hubspot.reads, 2);
    }

    void rejectedItemsBecomeDeadLettersOthersSync() {
        auto w = world();
        w->prospects(3);
        w->hubspot.faults = {FakeHubSpot::Fault::RejectFirst};
        const auto report = w->drain();
        QCOMPARE(report.completed, 2);
        QCOMPARE(report.dead, 1);
        const auto dead = w->outbox.deadLetters();
        QCOMPARE(dead.size(), 1);
        QCOMPARE(dead.first().failureKind, QStringLiteral("validation"));
        QVERIFY(dead.first().lastError.contains(QLatin1String("bad phone")));
    }

    void authFailurePausesTheService() {
        auto w = world();
        w->prospects(2);
        w->hubspot.faults = {FakeHubSpot::Fault::Unauthorized};
        const auto report = w->drain();
        QVERIFY(report.pauseService);
        QVERIFY(!report.pauseReason.isEmpty());
        QCOMPARE(report.dead, 2);
        QCOMPARE(w->outbox.deadLetters().first().failureKind, QStringLiteral("auth"));
    }

    void rateLimitWaitsForRetryAfter() {
        auto w = world();
        w->prospects(1);
        w->hubspot.faults = {FakeHubSpot::Fault::RateLimited};
        const auto report = w->drain();
        QCOMPARE(report.retrying, 1);
        const auto op = w->outbox.findByKey(QStringLiteral("hubspot:upsert:p0@acme.io"));
        QCOMPARE(op->state, OutboxState::Queued);
        QCOMPARE(op->nextAttemptAt, w->clock.nowMs() + 7000);
        w->clock.advance(7000);
        QCOMPARE(w->drain().completed, 1);
    }
};

QTEST_GUILESS_MAIN(TestHubSpotContactSync)
#include "tst_hubspotcontactsync.moc"
