#include "../net/fakenetwork.h"
#include "lemlist/lemlistclient.h"
#include "net/httpclient.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/lemlistenrollmentsync.h"
#include "sync/outboxrepository.h"
#include "sync/retryschedule.h"
#include "sync/suppressionrepository.h"
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

// A tiny lemlist: leads per (campaign, e-mail), add lead and get lead, with scripted faults.
struct FakeLemlist {
    enum class Fault { None, ResetAfterApply, ResetBeforeApply };
    QHash<QString, QString> leads; // "campaign|email" -> lead id
    QHash<QString, int> adds;      // "campaign|email" -> accepted adds (must stay <= 1)
    int posts = 0;
    int reads = 0;
    QList<Fault> faults;
    int nextId = 1;

    FakeResponse respond(const test::RecordedRequest &r) {
        const QString path = r.url.path();
        if (r.method == "POST" && path.startsWith(QLatin1String("/campaigns/"))) {
            ++posts;
            const QString campaign = path.section(QLatin1Char('/'), 2, 2);
            const QString email =
                QJsonDocument::fromJson(r.body).object().value(QStringLiteral("email")).toString();
            const QString key = campaign + QLatin1Char('|') + email;
            const Fault fault = faults.isEmpty() ? Fault::None : faults.takeFirst();
            if (fault == Fault::ResetBeforeApply)
                return FakeResponse::failure(QNetworkReply::RemoteHostClosedError);
            if (leads.contains(key))
                return FakeResponse::text(400, "Lead already in the campaign");
            leads.insert(key, QStringLiteral("lea_%1").arg(nextId++));
            adds[key]++;
            if (fault == Fault::ResetAfterApply)
                return FakeResponse::failure(QNetworkReply::RemoteHostClosedError);
            const QJsonObject o{{QStringLiteral("_id"), leads.value(key)},
                                {QStringLiteral("email"), email},
                                {QStringLiteral("campaignId"), campaign},
                                {QStringLiteral("isPaused"), false}};
            return FakeResponse::json(200, QJsonDocument(o).toJson());
        }
        if (r.method == "GET" && path.startsWith(QLatin1String("/leads/"))) {
            ++reads;
            const QString email = QUrl::fromPercentEncoding(path.mid(7).toUtf8());
            QJsonArray entries;
            for (auto it = leads.begin(); it != leads.end(); ++it) {
                if (it.key().section(QLatin1Char('|'), 1) == email)
                    entries.append(QJsonObject{
                        {QStringLiteral("_id"), it.value()},
                        {QStringLiteral("variables"), QJsonObject{{QStringLiteral("email"), email}}},
                        {QStringLiteral("campaign"),
                         QJsonObject{{QStringLiteral("id"), it.key().section(QLatin1Char('|'), 0, 0)}}}});
            }
            if (entries.isEmpty())
                return FakeResponse::text(404, "Lead not found");
            return FakeResponse::json(200, QJsonDocument(entries).toJson());
        }
        return FakeResponse::text(500, "unexpected");
    }
};

} // namespace

class TestLemlistEnrollmentSync : public QObject {
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
        FakeLemlist lemlist;
        net::HttpClient http{net::ServiceEndpoint{net::Service::Lemlist,
                                                  QUrl(QStringLiteral("http://127.0.0.1:9/")),
                                                  [] {
                                                      return QStringLiteral("key");
                                                  }},
                             &network, &netClock};
        lemlist::LemlistClient client{&http};
        LemlistEnrollmentSync sync{db, outbox, client, clock};

        QList<qint64> prospects(int n) {
            QList<qint64> ids;
            storage::ProspectRepository repo(db);
            for (int i = 0; i < n; ++i) {
                storage::Prospect p;
                p.email = QStringLiteral("p%1@acme.io").arg(i);
                p.firstName = QStringLiteral("P%1").arg(i);
                p.stage = QStringLiteral("synced");
                p.customFields.insert(QStringLiteral("icebreaker"), QStringLiteral("Saw your talk"));
                ids << repo.insert(p);
            }
            return ids;
        }
        SyncRequester::Report request(const QList<qint64> &ids,
                                      const QString &campaign = QStringLiteral("cam_1")) {
            SyncRequester::Report report;
            SyncRequester requester(db, outbox, clock);
            if (!requester.requestEnrollment(campaign, ids, &report))
                qWarning("request failed");
            return report;
        }
        DrainReport drain() {
            DrainReport out;
            bool done = false;
            sync.drainBatch([&](const DrainReport &r) {
                out = r;
                done = true;
            });
            if (!test::runUntil(netClock, [&] { return done; }))
                qWarning("drain did not finish");
            return out;
        }
        void assertEachLeadOnce() const {
            for (auto it = lemlist.adds.begin(); it != lemlist.adds.end(); ++it)
                QCOMPARE(it.value(), 1);
        }
    };

    std::unique_ptr<World> world() {
        auto w = std::make_unique<World>(m_dir.filePath(QStringLiteral("%1.db").arg(++m_counter)));
        QString error;
        if (!w->db.open(&error))
            qFatal("cannot open database");
        w->http.setRetryPolicy(net::RetryPolicy(net::RetrySettings{1, 10, 10, 1000}));
        w->network.setResponder([l = &w->lemlist](const test::RecordedRequest &r) { return l->respond(r); });
        return w;
    }

private Q_SLOTS:
    void enrollsWithVariablesAndWritesBack() {
        auto w = world();
        const auto ids = w->prospects(3);
        QCOMPARE(w->request(ids).queued, 3);
        const DrainReport report = w->drain();
        QCOMPARE(report.completed, 3);
        QCOMPARE(w->lemlist.posts, 3);
        const QJsonObject body = QJsonDocument::fromJson(w->network.requests.first().body).object();
        QCOMPARE(body.value(QStringLiteral("firstName")).toString(), QStringLiteral("P0"));
        QCOMPARE(body.value(QStringLiteral("icebreaker")).toString(), QStringLiteral("Saw your talk"));
        const auto p = storage::ProspectRepository(w->db).get(ids.first());
        QCOMPARE(p->lemlistLeadId, w->lemlist.leads.value(QStringLiteral("cam_1|p0@acme.io")));
        QCOMPARE(p->stage, QStringLiteral("enrolled"));
        QCOMPARE(storage::ActivityRepository(w->db).forProspect(ids.first()).first().kind,
                 QStringLiteral("lemlist_enrolled"));
        // Asking again never enrolls again.
        const auto again = w->request(ids);
        QCOMPARE(again.alreadyQueued, 3);
        QCOMPARE(again.queued, 0);
        QVERIFY(w->drain().idle());
        w->assertEachLeadOnce();
    }

    void lostResponseIsResolvedByReadingNotByResending() {
        auto w = world();
        const auto ids = w->prospects(2);
        w->request(ids);
        w->lemlist.faults = {FakeLemlist::Fault::ResetAfterApply, FakeLemlist::Fault::ResetBeforeApply};
        DrainReport report = w->drain();
        QCOMPARE(report.unknown, 2);
        QCOMPARE(w->lemlist.posts, 2);
        w->clock.advance(60'000);
        report = w->drain();
        QCOMPARE(report.reconciled, 2);
        QCOMPARE(report.completed, 2);
        QCOMPARE(w->lemlist.reads, 2);
        // p0 had landed: found by the read, not sent again. p1 had not: sent once more.
        QCOMPARE(w->lemlist.posts, 3);
        QCOMPARE(w->lemlist.leads.size(), 2);
        w->assertEachLeadOnce();
        QCOMPARE(storage::ProspectRepository(w->db).get(ids.first())->lemlistLeadId,
                 w->lemlist.leads.value(QStringLiteral("cam_1|p0@acme.io")));
    }

    void alreadyInCampaignIsSuccess() {
        auto w = world();
        const auto ids = w->prospects(1);
        w->lemlist.leads.insert(QStringLiteral("cam_1|p0@acme.io"), QStringLiteral("lea_old"));
        w->request(ids);
        const DrainReport report = w->drain();
        QCOMPARE(report.completed, 1);
        const auto op = w->outbox.findByKey(QStringLiteral("lemlist:enroll:cam_1:p0@acme.io"));
        QCOMPARE(op->state, OutboxState::Done);
        QVERIFY(op->result.value(QStringLiteral("alreadyInCampaign")).toBool());
        QCOMPARE(storage::ProspectRepository(w->db).get(ids.first())->stage, QStringLiteral("enrolled"));
    }

    void suppressedProspectsAreNeverEnrolled() {
        auto w = world();
        const auto ids = w->prospects(3);
        SuppressionRepository suppression(w->db);
        QVERIFY(suppression.add(QStringLiteral("p0@acme.io"), QStringLiteral("opt_out"),
                                QStringLiteral("reply"), {}, 1));
        // Refused at request time...
        auto report = w->request(ids);
        QCOMPARE(report.queued, 2);
        QCOMPARE(report.skipped.size(), 1);
        QCOMPARE(report.skipped.first().first, ids.at(0));
        // ...and at send time, when the opt-out arrived after queuing.
        QVERIFY(suppression.add(QStringLiteral("p1@acme.io"), QStringLiteral("bounced"),
                                QStringLiteral("lemlist"), {}, 2));
        const DrainReport drained = w->drain();
        QCOMPARE(drained.completed, 1);
        QCOMPARE(drained.dead, 1);
        QCOMPARE(w->lemlist.posts, 1);
        QVERIFY(!w->lemlist.leads.contains(QStringLiteral("cam_1|p0@acme.io")));
        QVERIFY(!w->lemlist.leads.contains(QStringLiteral("cam_1|p1@acme.io")));
        QCOMPARE(w->outbox.deadLetters().first().failureKind, QStringLiteral("suppressed"));
    }

    void doNotContactFlagAlsoBlocks() {
        auto w = world();
        const auto ids = w->prospects(1);
        w->request(ids);
        storage::ProspectRepository repo(w->db);
        auto p = repo.get(ids.first());
        p->doNotContact = true;
        QVERIFY(repo.update(*p));
        QCOMPARE(w->drain().dead, 1);
        QCOMPARE(w->lemlist.posts, 0);
    }
};

QTEST_GUILESS_MAIN(TestLemlistEnrollmentSync)
#include "tst_lemlistenrollmentsync.moc"
