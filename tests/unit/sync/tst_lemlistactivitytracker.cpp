#include "../net/fakenetwork.h"
#include "lemlist/lemlistclient.h"
#include "net/httpclient.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "sync/lemlistactivitytracker.h"
#include "sync/replyclassifier/replyclassifier.h"
#include "sync/replyrecorder.h"
#include "sync/suppressionrepository.h"
#include "sync/virtualclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace prospector;
using namespace prospector::sync;
using test::FakeResponse;

class TestLemlistActivityTracker : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    // lemlist's activity list: newest first, offset/limit paging, per type.
    struct FakeActivities {
        QList<QJsonObject> items;          // oldest first as added
        QHash<QString, QJsonObject> inbox; // activity id -> inbox record with the e-mail's body
        int requests = 0;
        int inboxRequests = 0;
        bool failNext = false;
        bool failInbox = false;
        int nextId = 1;
        qint64 time = 1'700'000'000'000;

        // The feed leaves a reply's body out (as lemlist's does); the inbox has it, as HTML.
        QString add(const char *type, const QString &email, const QString &html = {}) {
            time += 1000;
            const QString id = QStringLiteral("act_%1").arg(nextId++);
            const QJsonObject item{
                {QStringLiteral("_id"), id},
                {QStringLiteral("type"), QString::fromLatin1(type)},
                {QStringLiteral("createdAt"),
                 QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("leadId"), QStringLiteral("lea_x")},
                {QStringLiteral("leadEmail"), email},
                {QStringLiteral("contactId"),
                 QString(QStringLiteral("ctc_") + email.section(QLatin1Char('@'), 0, 0))},
                {QStringLiteral("campaignId"), QStringLiteral("cam_1")}};
            items.append(item);
            if (!html.isEmpty()) {
                QJsonObject record = item;
                record.insert(QStringLiteral("message"), html);
                record.insert(QStringLiteral("subject"), QStringLiteral("Re: hello"));
                inbox.insert(id, record);
            }
            return id;
        }
        FakeResponse respond(const test::RecordedRequest &r) {
            ++requests;
            if (r.url.path().startsWith(QLatin1String("/inbox/"))) {
                ++inboxRequests;
                if (failInbox)
                    return FakeResponse::text(503, "Service Unavailable");
                const QString contact = r.url.path().mid(7);
                QJsonArray data;
                for (const QJsonObject &record : std::as_const(inbox))
                    if (record.value(QStringLiteral("contactId")).toString() == contact)
                        data.append(record);
                const QJsonObject body{
                    {QStringLiteral("data"), data},
                    {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("nextPage"), QJsonValue()}}}};
                return FakeResponse::json(200, QJsonDocument(body).toJson());
            }
            if (failNext) {
                failNext = false;
                return FakeResponse::text(500, "Internal Server Error");
            }
            const QUrlQuery q(r.url);
            const QString type = q.queryItemValue(QStringLiteral("type"));
            const int offset = q.queryItemValue(QStringLiteral("offset")).toInt();
            const int limit = q.queryItemValue(QStringLiteral("limit")).toInt();
            QList<QJsonObject> ofType;
            for (auto it = items.crbegin(); it != items.crend(); ++it)
                if (it->value(QStringLiteral("type")).toString() == type)
                    ofType.append(*it);
            QJsonArray page;
            for (int i = offset; i < std::min<int>(int(ofType.size()), offset + limit); ++i)
                page.append(ofType.at(i));
            return FakeResponse::json(200, QJsonDocument(page).toJson());
        }
    };

    struct World {
        explicit World(const QString &file)
            : db(file) {}
        storage::Database db;
        VirtualClock clock;
        net::VirtualClock netClock;
        test::FakeNetwork network;
        FakeActivities lemlist;
        net::HttpClient http{net::ServiceEndpoint{net::Service::Lemlist,
                                                  QUrl(QStringLiteral("http://127.0.0.1:9/")),
                                                  [] {
                                                      return QStringLiteral("key");
                                                  }},
                             &network, &netClock};
        lemlist::LemlistClient client{&http};
        ReplyClassifier classifier;
        ReplyRecorder replies{db, classifier, clock};
        LemlistActivityTracker tracker{db, client, replies, clock};

        LemlistActivityTracker::Report poll() {
            LemlistActivityTracker::Report out;
            bool done = false;
            tracker.poll([&](const LemlistActivityTracker::Report &r) {
                out = r;
                done = true;
            });
            if (!test::runUntil(netClock, [&] { return done; }))
                qWarning("poll did not finish");
            return out;
        }
        qint64 prospect(const QString &email) {
            storage::Prospect p;
            p.email = email;
            p.stage = QStringLiteral("enrolled");
            return storage::ProspectRepository(db).insert(p);
        }
        int timeline(qint64 id, const QString &kind) {
            int n = 0;
            for (const auto &a : storage::ActivityRepository(db).forProspect(id, 1000))
                n += a.kind == kind ? 1 : 0;
            return n;
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
    void recordsEachActivityOnceAndMovesTheCursor() {
        auto w = world();
        const qint64 ann = w->prospect(QStringLiteral("ann@x.io"));
        const qint64 bob = w->prospect(QStringLiteral("bob@x.io"));
        const qint64 cid = w->prospect(QStringLiteral("cid@x.io"));
        for (int i = 0; i < 150; ++i)
            w->lemlist.add("emailsOpened", QStringLiteral("ann@x.io"));
        w->lemlist.add("emailsReplied", QStringLiteral("ann@x.io"));
        w->lemlist.add("emailsBounced", QStringLiteral("bob@x.io"));
        w->lemlist.add("emailsUnsubscribed", QStringLiteral("CID@x.io"));
        w->lemlist.add("emailsOpened", QStringLiteral("stranger@x.io"));

        auto report = w->poll();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.recorded, 150 + 3);
        QCOMPARE(report.unmatched, 1);
        QCOMPARE(w->timeline(ann, QStringLiteral("email_opened")), 150);
        QCOMPARE(w->timeline(ann, QStringLiteral("reply")), 1);
        storage::ProspectRepository prospects(w->db);
        QCOMPARE(prospects.get(ann)->stage, QStringLiteral("replied"));
        QVERIFY(prospects.get(bob)->bounced);
        QVERIFY(prospects.get(cid)->unsubscribed);
        SuppressionRepository suppression(w->db);
        SuppressionEntry entry;
        QCOMPARE(suppression.check(QStringLiteral("bob@x.io"), &entry),
                 SuppressionRepository::Check::Suppressed);
        QCOMPARE(entry.reason, QStringLiteral("bounced"));
        QCOMPARE(suppression.check(QStringLiteral("cid@x.io"), &entry),
                 SuppressionRepository::Check::Suppressed);
        QCOMPARE(entry.reason, QStringLiteral("unsubscribed"));

        // Nothing new: one short page per type, nothing recorded.
        const int before = w->lemlist.requests;
        report = w->poll();
        QCOMPARE(report.recorded, 0);
        QCOMPARE(report.duplicates, 0);
        QCOMPARE(w->lemlist.requests - before, 4);

        w->lemlist.add("emailsOpened", QStringLiteral("ann@x.io"));
        report = w->poll();
        QCOMPARE(report.recorded, 1);
        QCOMPARE(w->timeline(ann, QStringLiteral("email_opened")), 151);
    }

    void failedPageKeepsTheCursorAndLosesNothing() {
        auto w = world();
        const qint64 ann = w->prospect(QStringLiteral("ann@x.io"));
        w->lemlist.add("emailsReplied", QStringLiteral("ann@x.io"));
        w->lemlist.failNext = true; // the replies page fails
        auto report = w->poll();
        QVERIFY(!report.error.isEmpty());
        QCOMPARE(w->timeline(ann, QStringLiteral("reply")), 0);
        report = w->poll();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.recorded, 1);
        QCOMPARE(w->timeline(ann, QStringLiteral("reply")), 1);
    }

    void replyTextComesFromTheInboxAndIsClassified() {
        auto w = world();
        const qint64 ann = w->prospect(QStringLiteral("ann@x.io"));
        const qint64 bob = w->prospect(QStringLiteral("bob@x.io"));
        w->lemlist.add(
            "emailsReplied", QStringLiteral("ann@x.io"),
            QStringLiteral("<div dir=\"ltr\">Yes, I&#39;m interested. What does your calendar look like "
                           "next week?</div><div class=\"gmail_quote\">On Mon, Sam wrote: "
                           "<blockquote>unsubscribe link</blockquote></div>"));
        w->lemlist.add("emailsReplied", QStringLiteral("bob@x.io"),
                       QStringLiteral("<p>Please remove me from your mailing list.</p>"));
        const auto report = w->poll();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.recorded, 2);
        QCOMPARE(w->lemlist.inboxRequests, 2);
        const auto annReply = storage::ActivityRepository(w->db).forProspect(ann).first();
        QCOMPARE(annReply.kind, QStringLiteral("reply"));
        QCOMPARE(annReply.payload.value(QStringLiteral("label")).toString(), QStringLiteral("positive"));
        QCOMPARE(annReply.payload.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Yes, I'm interested. What does your calendar look like next week?"));
        const auto bobReply = storage::ActivityRepository(w->db).forProspect(bob).first();
        QCOMPARE(bobReply.payload.value(QStringLiteral("label")).toString(), QStringLiteral("negative"));
        QVERIFY(bobReply.payload.value(QStringLiteral("optOut")).toBool());
        QCOMPARE(SuppressionRepository(w->db).check(QStringLiteral("bob@x.io")),
                 SuppressionRepository::Check::Suppressed);
        // Already recorded: a lost cursor repeats the page but reads no inbox again.
        QSqlQuery q(w->db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_cursors")));
        QCOMPARE(w->poll().duplicates, 2);
        QCOMPARE(w->lemlist.inboxRequests, 2);
    }

    void unreadableInboxLeavesTheReplyForTheNextPoll() {
        auto w = world();
        const qint64 ann = w->prospect(QStringLiteral("ann@x.io"));
        w->lemlist.add("emailsReplied", QStringLiteral("ann@x.io"),
                       QStringLiteral("Sounds good, let's talk on Thursday."));
        w->lemlist.failInbox = true;
        auto report = w->poll();
        QVERIFY(!report.error.isEmpty());
        QCOMPARE(w->timeline(ann, QStringLiteral("reply")), 0); // not classified blind
        w->lemlist.failInbox = false;
        report = w->poll();
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.recorded, 1);
        const auto reply = storage::ActivityRepository(w->db).forProspect(ann).first();
        QCOMPARE(reply.payload.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Sounds good, let's talk on Thursday."));
        QCOMPARE(reply.payload.value(QStringLiteral("label")).toString(), QStringLiteral("positive"));
    }

    void aLostCursorOnlyRepeatsWhatIsAlreadyRecorded() {
        auto w = world();
        const qint64 ann = w->prospect(QStringLiteral("ann@x.io"));
        for (int i = 0; i < 5; ++i)
            w->lemlist.add("emailsOpened", QStringLiteral("ann@x.io"));
        QCOMPARE(w->poll().recorded, 5);
        QSqlQuery q(w->db.connection());
        QVERIFY(
            q.exec(QStringLiteral("DELETE FROM sync_cursors"))); // as if the process died before saving it
        const auto report = w->poll();
        QCOMPARE(report.recorded, 0);
        QCOMPARE(report.duplicates, 5);
        QCOMPARE(w->timeline(ann, QStringLiteral("email_opened")), 5);
    }
};

QTEST_GUILESS_MAIN(TestLemlistActivityTracker)
#include "tst_lemlistactivitytracker.moc"
