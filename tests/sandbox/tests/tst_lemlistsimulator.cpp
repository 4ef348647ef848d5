// The lemlist simulator against CONTRACTS.md section 2, driven over real loopback HTTP.
#include "sandboxclient.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace prospector::sandbox;

namespace {
const QByteArray kKey = QByteArrayLiteral("sandbox-lemlist-key");
}

class TestLemlistSimulator : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<SandboxClient>(m_server->lemlistUrl());
        m_campaign = m_server->lemlist().addCampaign(QStringLiteral("Launch"));
    }
    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void authIsBasicWithAnEmptyUserAndErrorsArePlainText() {
        const SandboxReply none = m_client->send("GET", QStringLiteral("/team"));
        QCOMPARE(none.status, 400);
        QCOMPARE(none.body, QByteArrayLiteral("No API key provided"));
        QVERIFY(none.header("Content-Type").startsWith("text/plain"));

        const QList<QPair<QByteArray, QByteArray>> userAndKey{
            {"Authorization", "Basic " + QByteArray("user:" + kKey).toBase64()}};
        const QList<QPair<QByteArray, QByteArray>> keyAsUser{
            {"Authorization", "Basic " + QByteArray(kKey + ":").toBase64()}};
        for (const auto &headers : {userAndKey, keyAsUser, bearer(kKey), lemlistBasic("wrong")}) {
            const SandboxReply reply = m_client->send("GET", QStringLiteral("/team"), {}, headers);
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.body, QByteArrayLiteral("The authentication you supplied is incorrect"));
        }
        m_server->lemlist().config().blockedKeys.insert(QStringLiteral("blocked"));
        QCOMPARE(m_client->send("GET", QStringLiteral("/team"), {}, lemlistBasic("blocked")).body,
                 QByteArrayLiteral("User linked to this API key is blocked"));
        QCOMPARE(m_client->send("GET", QStringLiteral("/team"), {}, lemlistBasic(kKey)).status, 200);
        QCOMPARE(
            m_client->send("GET", QStringLiteral("/team?access_token=") + QString::fromLatin1(kKey)).status,
            200);
    }

    void campaignsComeAsABareArrayOrWrapped() {
        m_server->lemlist().addCampaign(QStringLiteral("Second"), QStringLiteral("paused"));
        const SandboxReply bare =
            m_client->send("GET", QStringLiteral("/campaigns?version=v2"), {}, lemlistBasic(kKey));
        QCOMPARE(bare.status, 200);
        QVERIFY(bare.json().isArray());
        QCOMPARE(bare.json().array().size(), 2);
        QCOMPARE(bare.json().array().at(0).toObject().value(QStringLiteral("_id")).toString(), m_campaign);
        QVERIFY(m_campaign.startsWith(QStringLiteral("cam_")) && m_campaign.size() == 21);

        m_server->lemlist().config().campaignsWrapped = true;
        const SandboxReply wrapped = m_client->send(
            "GET", QStringLiteral("/campaigns?version=v2&status=paused"), {}, lemlistBasic(kKey));
        const QJsonObject body = wrapped.json().object();
        QCOMPARE(body.value(QStringLiteral("campaigns")).toArray().size(), 1);
        QCOMPARE(
            body.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("totalRecords")).toInt(),
            1);
    }

    void addLeadBothPathFormsAndTheDuplicateMessage() {
        const SandboxReply added =
            m_client->send("POST", QStringLiteral("/campaigns/%1/leads/").arg(m_campaign),
                           toJson({{QStringLiteral("email"), QStringLiteral("richard@piedpiper.com")},
                                   {QStringLiteral("firstName"), QStringLiteral("Richard")},
                                   {QStringLiteral("icebreaker"), QStringLiteral("Loved your talk")}}),
                           lemlistBasic(kKey));
        QCOMPARE(added.status, 200);
        const QJsonObject lead = added.json().object();
        QVERIFY(lead.value(QStringLiteral("_id")).toString().startsWith(QStringLiteral("lea_")));
        QCOMPARE(lead.value(QStringLiteral("campaignId")).toString(), m_campaign);
        QCOMPARE(lead.value(QStringLiteral("icebreaker")).toString(), QStringLiteral("Loved your talk"));
        QCOMPARE(lead.value(QStringLiteral("isPaused")).toBool(), false);

        const SandboxReply again = m_client->send(
            "POST", QStringLiteral("/campaigns/%1/leads/RICHARD%40piedpiper.com").arg(m_campaign), {},
            lemlistBasic(kKey));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.body, QByteArrayLiteral("Lead already in the campaign"));
        QCOMPARE(m_server->lemlist().leadsFor(QStringLiteral("richard@piedpiper.com")).size(), 1);

        const QString other = m_server->lemlist().addCampaign(QStringLiteral("Other"));
        const SandboxReply deduplicated = m_client->send(
            "POST", QStringLiteral("/campaigns/%1/leads/richard%40piedpiper.com?deduplicate=true").arg(other),
            {}, lemlistBasic(kKey));
        QCOMPARE(deduplicated.status, 409);
        QCOMPARE(deduplicated.body, QByteArrayLiteral("Lead already in other campaign"));
        QCOMPARE(m_client
                     ->send("POST", QStringLiteral("/campaigns/cam_nope/leads/"),
                            toJson({{QStringLiteral("email"), QStringLiteral("a@b.c")}}), lemlistBasic(kKey))
                     .body,
                 QByteArrayLiteral("Campaign not found"));
    }

    void getLeadByEmailPauseStartAndUnsubscribe() {
        m_client->send("POST", QStringLiteral("/campaigns/%1/leads/sam%40example.com").arg(m_campaign), {},
                       lemlistBasic(kKey));
        const SandboxReply entries =
            m_client->send("GET", QStringLiteral("/leads/sam%40example.com"), {}, lemlistBasic(kKey));
        QCOMPARE(entries.status, 200);
        QCOMPARE(entries.json().array().size(), 1);
        QCOMPARE(entries.json()
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("campaign"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 m_campaign);
        const SandboxReply single =
            m_client->send("GET", QStringLiteral("/leads?email=sam%40example.com"), {}, lemlistBasic(kKey));
        QCOMPARE(single.json().object().value(QStringLiteral("email")).toString(),
                 QStringLiteral("sam@example.com"));
        QCOMPARE(
            m_client->send("GET", QStringLiteral("/leads/nobody%40example.com"), {}, lemlistBasic(kKey)).body,
            QByteArrayLiteral("Lead not found"));

        const SandboxReply paused =
            m_client->send("POST", QStringLiteral("/leads/pause/sam%40example.com?campaignId=") + m_campaign,
                           {}, lemlistBasic(kKey));
        QCOMPARE(paused.status, 200);
        QCOMPARE(paused.json().array().at(0).toObject().value(QStringLiteral("isPaused")).toBool(), true);
        QVERIFY(m_server->lemlist().leads().at(0).isPaused);
        m_client->send("POST", QStringLiteral("/leads/start/sam%40example.com"), {}, lemlistBasic(kKey));
        QVERIFY(!m_server->lemlist().leads().at(0).isPaused);
        QCOMPARE(
            m_client
                ->send("POST",
                       QStringLiteral("/campaigns/%1/leads/sam%40example.com/interested").arg(m_campaign), {},
                       lemlistBasic(kKey))
                .status,
            200);
        QCOMPARE(m_server->lemlist().leads().at(0).state, QStringLiteral("interested"));
        m_client->send("POST", QStringLiteral("/leads/notinterested/sam%40example.com"), {},
                       lemlistBasic(kKey));
        QCOMPARE(m_server->lemlist().leads().at(0).state, QStringLiteral("notInterested"));

        for (int i = 0; i < 2; ++i) { // unsubscribing twice is safe
            const SandboxReply unsubscribed = m_client->send(
                "DELETE", QStringLiteral("/campaigns/%1/leads/sam%40example.com").arg(m_campaign), {},
                lemlistBasic(kKey));
            QCOMPARE(unsubscribed.status, 200);
        }
        QVERIFY(m_server->lemlist().leads().at(0).unsubscribed);
        QCOMPARE(m_server->lemlist().leads().size(), 1);

        const SandboxReply first =
            m_client->send("POST", QStringLiteral("/unsubscribes/sam%40example.com"), {}, lemlistBasic(kKey));
        QVERIFY(!first.json().object().contains(QStringLiteral("alreadyUnsubscribed")));
        const SandboxReply second =
            m_client->send("POST", QStringLiteral("/unsubscribes/sam%40example.com"), {}, lemlistBasic(kKey));
        QCOMPARE(second.json().object().value(QStringLiteral("alreadyUnsubscribed")).toBool(), true);
    }

    void activitiesNeedV2AndPageNewestFirst() {
        QCOMPARE(m_client->send("GET", QStringLiteral("/activities"), {}, lemlistBasic(kKey)).status, 400);
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-1000);
        for (int i = 0; i < 5; ++i) {
            m_server->lemlist().addActivity(QStringLiteral("emailsOpened"),
                                            QStringLiteral("p%1@example.com").arg(i), m_campaign,
                                            base.addSecs(i));
        }
        // Injected over the admin API, as a test in another process would.
        SandboxClient admin(m_server->adminUrl());
        const SandboxReply injected = admin.send(
            "POST", QStringLiteral("/_sandbox/lemlist/activities"),
            toJson({{QStringLiteral("activities"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("emailsReplied")},
                                            {QStringLiteral("email"), QStringLiteral("p1@example.com")},
                                            {QStringLiteral("campaignId"), m_campaign},
                                            {QStringLiteral("createdAt"),
                                             base.addSecs(100).toString(Qt::ISODateWithMs)}},
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("emailsUnsubscribed")},
                                            {QStringLiteral("email"), QStringLiteral("p2@example.com")},
                                            {QStringLiteral("campaignId"), m_campaign},
                                            {QStringLiteral("createdAt"),
                                             base.addSecs(50).toString(Qt::ISODateWithMs)}}}}}));
        QCOMPARE(injected.status, 201);
        QVERIFY(m_server->lemlist().isUnsubscribed(QStringLiteral("p2@example.com")));

        QStringList seen;
        for (int offset = 0;; offset += 3) {
            const SandboxReply page =
                m_client->send("GET",
                               QStringLiteral("/activities?version=v2&limit=3&offset=%1&campaignId=%2")
                                   .arg(offset)
                                   .arg(m_campaign),
                               {}, lemlistBasic(kKey));
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json().array();
            for (const QJsonValue &item : items)
                seen.append(item.toObject().value(QStringLiteral("type")).toString() + QLatin1Char(':') +
                            item.toObject().value(QStringLiteral("leadEmail")).toString());
            if (items.size() < 3)
                break;
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("emailsReplied:p1@example.com"),
                                    QStringLiteral("emailsUnsubscribed:p2@example.com"),
                                    QStringLiteral("emailsOpened:p4@example.com"),
                                    QStringLiteral("emailsOpened:p3@example.com"),
                                    QStringLiteral("emailsOpened:p2@example.com"),
                                    QStringLiteral("emailsOpened:p1@example.com"),
                                    QStringLiteral("emailsOpened:p0@example.com")}));
        const SandboxReply replies = m_client->send(
            "GET", QStringLiteral("/activities?version=v2&type=emailsReplied"), {}, lemlistBasic(kKey));
        QCOMPARE(replies.json().array().size(), 1);
        QCOMPARE(
            m_client->send("GET", QStringLiteral("/activities?version=v2&limit=101"), {}, lemlistBasic(kKey))
                .status,
            400);
    }

    void twentyRequestsPerTwoSecondsWithDateStringReset() {
        m_server->setTimeScale(0.5); // 2 s -> 1 s: roomy enough for a loaded CI machine
        for (int i = 0; i < 20; ++i) {
            const SandboxReply ok = m_client->send("GET", QStringLiteral("/team"), {}, lemlistBasic(kKey));
            QCOMPARE(ok.status, 200);
            QCOMPARE(ok.header("X-RateLimit-Limit"), QByteArrayLiteral("20"));
            QCOMPARE(ok.header("X-RateLimit-Remaining"), QByteArray::number(19 - i));
            QVERIFY2(ok.header("X-RateLimit-Reset").contains(" GMT+0000 ("),
                     ok.header("X-RateLimit-Reset").constData());
        }
        const SandboxReply limited = m_client->send("GET", QStringLiteral("/team"), {}, lemlistBasic(kKey));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Content-Type").startsWith("text/plain"));
        QCOMPARE(limited.header("Retry-After"), QByteArrayLiteral("1"));
        QCOMPARE(m_server->lemlist().counters().rateLimited, 1);
        QTest::qWait(1100);
        QCOMPARE(m_client->send("GET", QStringLiteral("/team"), {}, lemlistBasic(kKey)).status, 200);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    QString m_campaign;
};

QTEST_GUILESS_MAIN(TestLemlistSimulator)
#include "tst_lemlistsimulator.moc"
