#include "../net/fakenetwork.h"
#include "hubspot/hubspotclient.h"
#include "net/httpclient.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/sqlerror.h"
#include "sync/hubspotconflictrepository.h"
#include "sync/hubspotcontactsync.h"
#include "sync/hubspotrecordlinks.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"
#include "sync/syncrequester.h"
#include "sync/transaction.h"
#include "sync/virtualclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;
using test::FakeResponse;

namespace {

QJsonObject contactJson(const QString &id, const QMap<QString, QString> &properties) {
    QJsonObject values;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        values.insert(it.key(), it.value());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("properties"), values},
            {QStringLiteral("url"),
             QString(QStringLiteral("https://app.hubspot.com/contacts/777/record/0-1/") + id)}};
}

QByteArray batchBody(const QJsonArray &results, const QJsonArray &errors = {}) {
    QJsonObject body{{QStringLiteral("status"), QStringLiteral("COMPLETE")},
                     {QStringLiteral("results"), results}};
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), errors);
    return QJsonDocument(body).toJson();
}

// A tiny HubSpot: contacts keyed by e-mail with batch create (trace ids, CONFLICT per input), batch
// read by e-mail and batch update by id, with scripted faults on the writes.
struct FakeHubSpot {
    enum class Fault { None, ResetAfterApply, Unauthorized, RateLimited, RejectFirst };
    QMap<QString, QMap<QString, QString>> contacts; // email -> properties (incl. hs id as "id")
    QHash<QString, int> creates;                    // email -> how many times a contact was created
    QHash<QString, QString> associatedCompany;      // email -> company id given inline
    int createCalls = 0;
    int updateCalls = 0;
    int reads = 0;
    QList<Fault> faults;
    int nextId = 100;

    QString idOf(const QString &email) const { return contacts.value(email).value(QStringLiteral("id")); }

    FakeResponse respond(const test::RecordedRequest &r) {
        const QString path = r.url.path();
        const QJsonArray inputs =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("inputs")).toArray();
        if (path == QLatin1String("/crm/v3/objects/contacts/batch/read")) {
            ++reads;
            QJsonArray results, missing;
            for (const QJsonValue &v : inputs) {
                const QString email = v.toObject().value(QStringLiteral("id")).toString();
                if (contacts.contains(email))
                    results.append(contactJson(idOf(email), contacts.value(email)));
                else
                    missing.append(email);
            }
            QJsonArray errors;
            if (!missing.isEmpty())
                errors.append(
                    QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                {QStringLiteral("category"), QStringLiteral("OBJECT_NOT_FOUND")},
                                {QStringLiteral("message"), QStringLiteral("not found")},
                                {QStringLiteral("context"), QJsonObject{{QStringLiteral("ids"), missing}}}});
            return FakeResponse::json(errors.isEmpty() ? 200 : 207, batchBody(results, errors));
        }
        if (path != QLatin1String("/crm/v3/objects/contacts/batch/create") &&
            path != QLatin1String("/crm/v3/objects/contacts/batch/update"))
            return FakeResponse::text(500, "unexpected");
        const bool create = path.endsWith(QLatin1String("create"));
        ++(create ? createCalls : updateCalls);
        const Fault fault = faults.isEmpty() ? Fault::None : faults.takeFirst();
        if (fault == Fault::Unauthorized)
            return FakeResponse::json(
                401, R"({"status":"error","message":"expired","category":"EXPIRED_AUTHENTICATION"})");
        if (fault == Fault::RateLimited)
            return FakeResponse::json(
                       429, R"({"status":"error","message":"ten secondly","category":"RATE_LIMITS"})")
                .withHeader("Retry-After", "7");
        QJsonArray results, errors;
        bool first = true;
        for (const QJsonValue &v : inputs) {
            const QJsonObject input = v.toObject();
            const QJsonObject properties = input.value(QStringLiteral("properties")).toObject();
            const QString trace = input.value(QStringLiteral("objectWriteTraceId")).toString();
            auto error = [&](const char *category, const QString &message) {
                errors.append(
                    QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                {QStringLiteral("category"), QString::fromLatin1(category)},
                                {QStringLiteral("message"), message},
                                {QStringLiteral("context"),
                                 QJsonObject{{QStringLiteral("objectWriteTraceId"), QJsonArray{trace}}}}});
            };
            if (fault == Fault::RejectFirst && first) {
                first = false;
                error("VALIDATION_ERROR", QStringLiteral("bad phone"));
                continue;
            }
            QString email;
            if (create) {
                email = properties.value(QStringLiteral("email")).toString();
                if (contacts.contains(email)) {
                    error("CONFLICT", QStringLiteral("Contact already exists. Existing ID: ") + idOf(email));
                    continue;
                }
                contacts[email].insert(QStringLiteral("id"), QString::number(nextId++));
                creates[email]++;
                const QJsonArray associations = input.value(QStringLiteral("associations")).toArray();
                if (!associations.isEmpty())
                    associatedCompany.insert(email, associations.at(0)
                                                        .toObject()
                                                        .value(QStringLiteral("to"))
                                                        .toObject()
                                                        .value(QStringLiteral("id"))
                                                        .toString());
            } else {
                const QString id = input.value(QStringLiteral("id")).toString();
                for (auto it = contacts.cbegin(); it != contacts.cend(); ++it)
                    if (it.value().value(QStringLiteral("id")) == id)
                        email = it.key();
            }
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (it.value().toString().isEmpty())
                    contacts[email].remove(it.key());
                else
                    contacts[email].insert(it.key(), it.value().toString());
            }
            contacts[email].insert(QStringLiteral("email"), email);
            results.append(contactJson(idOf(email), contacts.value(email)));
        }
        if (fault == Fault::ResetAfterApply)
            return FakeResponse::failure(QNetworkReply::RemoteHostClosedError);
        return FakeResponse::json(errors.isEmpty() ? (create ? 201 : 200) : 207, batchBody(results, errors));
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

    QString column(World &w, const QString &sql, qint64 id) {
        QSqlQuery q(w.db.connection());
        q.prepare(sql);
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

    bool requestSync(World &w, const QList<qint64> &ids) {
        SyncRequester::Report report;
        return SyncRequester(w.db, w.outbox, w.clock).requestHubSpotSync(ids, &report);
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
        QCOMPARE(w->hubspot.createCalls, 1);
        QCOMPARE(w->hubspot.reads, 0); // a first sync costs one request per batch
        for (qint64 id : ids) {
            const auto p = storage::ProspectRepository(w->db).get(id);
            QCOMPARE(p->hubspotId, w->hubspot.idOf(p->email));
            QCOMPARE(p->syncState, QStringLiteral("synced"));
            QCOMPARE(p->stage, QStringLiteral("synced"));
            QCOMPARE(storage::ActivityRepository(w->db).forProspect(id).first().kind,
                     QStringLiteral("hubspot_synced"));
            QCOMPARE(HubSpotRecordLinks::forProspect(w->db, id),
                     QStringLiteral("https://app.hubspot.com/contacts/777/record/0-1/") + p->hubspotId);
            QCOMPARE(
                column(*w, QStringLiteral("SELECT baseline_json FROM hubspot_contacts WHERE prospect_id = ?"),
                       id),
                QStringLiteral(R"({"firstname":"%1"})").arg(p->firstName));
        }
        QCOMPARE(HubSpotRecordLinks::portalId(w->db), QStringLiteral("777"));
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
        QCOMPARE(w->hubspot.reads, 1);       // one batch read settles all three before anything is resent
        QCOMPARE(w->hubspot.createCalls, 1); // found: never sent again
        for (const QString &email : w->hubspot.contacts.keys())
            QCOMPARE(w->hubspot.creates.value(email), 1); // each contact exists exactly once
        QCOMPARE(w->hubspot.contacts.size(), 3);
        QCOMPARE(storage::ProspectRepository(w->db).get(ids.first())->syncState, QStringLiteral("synced"));
    }

    void interruptedProcessIsReconciledOnRestart() {
        auto w = world();
        w->prospects(2);
        // A previous process claimed the batch and died before sending anything.
        QCOMPARE(w->outbox.claimDue(QStringLiteral("hubspot"), {}, 100).size(), 2);
        QVERIFY(w->drain().idle()); // in flight: nobody else may touch it
        QCOMPARE(w->outbox.recoverInterrupted(), 2);
        const auto report = w->drain();
        QCOMPARE(report.reconciled, 2);
        QCOMPARE(report.completed, 2);
        QCOMPARE(w->hubspot.reads, 1);
        QCOMPARE(w->hubspot.createCalls, 1); // absent remotely: now created
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

    void existingContactIsMergedNotOverwritten() {
        auto w = world();
        // A colleague created the contact in HubSpot before our first sync.
        w->hubspot.contacts[QStringLiteral("p0@acme.io")] = {
            {QStringLiteral("id"), QStringLiteral("55")},
            {QStringLiteral("email"), QStringLiteral("p0@acme.io")},
            {QStringLiteral("firstname"), QStringLiteral("Paula")},
            {QStringLiteral("jobtitle"), QStringLiteral("CTO")}};
        const qint64 id = w->prospects(1).first();
        const auto report = w->drain();
        QCOMPARE(report.completed, 1);
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(w->hubspot.createCalls, 1); // CONFLICT: the e-mail exists, nothing created
        QCOMPARE(w->hubspot.reads, 1);
        QCOMPARE(w->hubspot.updateCalls, 0); // nothing of ours fills an empty HubSpot property
        QCOMPARE(w->hubspot.contacts.value(QStringLiteral("p0@acme.io")).value(QStringLiteral("firstname")),
                 QStringLiteral("Paula"));
        const auto p = storage::ProspectRepository(w->db).get(id);
        QCOMPARE(p->hubspotId, QStringLiteral("55"));
        QCOMPARE(p->firstName, QStringLiteral("Paula")); // HubSpot won the disagreement...
        QCOMPARE(p->title, QStringLiteral("CTO"));       // ...and filled what we did not have
        const auto conflicts = HubSpotConflictRepository(w->db).forProspect(id);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().property, QStringLiteral("firstname"));
        QCOMPARE(conflicts.first().localValue, QStringLiteral("P0"));
        QCOMPARE(conflicts.first().hubspotValue, QStringLiteral("Paula"));
    }

    void resyncPushesLocalEditsAndPullsHubSpotChanges() {
        auto w = world();
        const qint64 id = w->prospects(1).first();
        storage::ProspectRepository repo(w->db);
        auto p = repo.get(id);
        p->title = QStringLiteral("Engineer");
        p->city = QStringLiteral("Paris");
        QVERIFY(repo.update(*p));
        QVERIFY(requestSync(*w, {id}));
        QCOMPARE(w->drain().completed, 1);

        // Both sides change things: HubSpot the title and the country, the rep the title and the phone.
        auto &remote = w->hubspot.contacts[QStringLiteral("p0@acme.io")];
        remote.insert(QStringLiteral("jobtitle"), QStringLiteral("VP Engineering"));
        remote.insert(QStringLiteral("country"), QStringLiteral("France"));
        p = repo.get(id);
        p->title = QStringLiteral("Lead Engineer");
        p->phone = QStringLiteral("+33 1 23 45 67 89");
        QVERIFY(repo.update(*p));
        QVERIFY(requestSync(*w, {id}));
        const auto report = w->drain();
        QCOMPARE(report.completed, 1);
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(w->hubspot.reads, 1);
        QCOMPARE(w->hubspot.updateCalls, 1);
        QCOMPARE(remote.value(QStringLiteral("phone")), QStringLiteral("+33 1 23 45 67 89")); // ours went up
        QCOMPARE(remote.value(QStringLiteral("jobtitle")), QStringLiteral("VP Engineering")); // theirs stayed
        QCOMPARE(remote.value(QStringLiteral("city")), QStringLiteral("Paris"));
        p = repo.get(id);
        QCOMPARE(p->title, QStringLiteral("VP Engineering")); // HubSpot won the conflict
        QCOMPARE(p->country, QStringLiteral("France"));       // and its own change came down
        QCOMPARE(p->phone, QStringLiteral("+33 1 23 45 67 89"));
        const auto conflicts = HubSpotConflictRepository(w->db).forProspect(id);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().field, QStringLiteral("title"));
        QCOMPARE(conflicts.first().baseValue, QStringLiteral("Engineer"));
        QCOMPARE(conflicts.first().localValue, QStringLiteral("Lead Engineer"));
        QCOMPARE(conflicts.first().hubspotValue, QStringLiteral("VP Engineering"));
        QStringList kinds;
        for (const auto &a : storage::ActivityRepository(w->db).forProspect(id))
            kinds << a.kind;
        QVERIFY(kinds.contains(QStringLiteral("hubspot_conflict")));
        QVERIFY(kinds.contains(QStringLiteral("hubspot_updated")));

        // Settled: a third sync finds both sides equal and writes nothing.
        QVERIFY(requestSync(*w, {id}));
        const auto again = w->drain();
        QCOMPARE(again.completed, 1);
        QCOMPARE(again.conflicts, 0);
        QCOMPARE(w->hubspot.updateCalls, 1);
        QVERIFY(HubSpotConflictRepository(w->db).dismiss(conflicts.first().id, w->clock.nowMs()));
        QVERIFY(HubSpotConflictRepository(w->db).forProspect(id).isEmpty());
    }

    void contactOfASyncedCompanyIsCreatedAssociated() {
        auto w = world();
        storage::Prospect prospect;
        prospect.email = QStringLiteral("ann@acme.io");
        prospect.firstName = QStringLiteral("Ann");
        prospect.companyDomain = QStringLiteral("acme.io");
        const qint64 id = storage::ProspectRepository(w->db).insert(prospect);
        QVERIFY(requestSync(*w, {id}));
        // The contact waits for its company...
        QVERIFY(w->drain().idle());
        QCOMPARE(w->hubspot.createCalls, 0);
        // ...which another drain settles: known in HubSpot as 9001.
        const auto company =
            w->outbox.claimDue(QStringLiteral("hubspot"), QStringLiteral("upsert_company"), 10);
        QCOMPARE(company.size(), 1);
        {
            Transaction tx(w->db.connection());
            QSqlQuery q(tx.connection());
            QVERIFY(storage::exec(
                q, QStringLiteral("INSERT INTO hubspot_companies (domain, hubspot_id, synced_at) "
                                  "VALUES ('acme.io', '9001', 0)")));
            QVERIFY(w->outbox.complete(tx, company.first(), {}));
            QVERIFY(tx.commit());
        }
        QCOMPARE(w->drain().completed, 1);
        QCOMPARE(w->hubspot.associatedCompany.value(QStringLiteral("ann@acme.io")), QStringLiteral("9001"));
        QCOMPARE(
            column(*w, QStringLiteral("SELECT associated_domain FROM hubspot_contacts WHERE prospect_id = ?"),
                   id),
            QStringLiteral("acme.io"));
        QVERIFY(!w->outbox.findByKey(
            QStringLiteral("hubspot:associate:ann@acme.io:acme.io"))); // inline: no extra call
    }
};

QTEST_GUILESS_MAIN(TestHubSpotContactSync)
#include "tst_hubspotcontactsync.moc"
