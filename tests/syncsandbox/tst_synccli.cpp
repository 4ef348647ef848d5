#include "storage/database.h"
#include "storage/prospectrepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;

// `prospector sync` and `prospector enroll` as child processes against a prospector-sandbox
// process, killed with SIGKILL at random points and restarted: the sandbox must end up with each
// contact and each lead exactly once, and the database must stay consistent.
class TestSyncCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QHash<QString, QString> m_urls; // hubspot, lemlist, explorium, admin
    QNetworkAccessManager m_network;
    static constexpr int kProspects = 60;

    QJsonObject adminCall(const QByteArray &method, const QString &path, const QJsonObject &body = {}) {
        QUrl url = QUrl(m_urls.value(QStringLiteral("hubspot")));
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, QJsonDocument(body).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PROSPECTOR_HUBSPOT_URL"), m_urls.value(QStringLiteral("hubspot")));
        env.insert(QStringLiteral("PROSPECTOR_LEMLIST_URL"), m_urls.value(QStringLiteral("lemlist")));
        env.insert(QStringLiteral("PROSPECTOR_EXPLORIUM_URL"), m_urls.value(QStringLiteral("explorium")));
        return env;
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    // Starts the command, kills it after a random moment (if still running); returns whether it was killed.
    bool runAndMaybeKill(const QStringList &command, int maxMs) {
        QProcess child;
        child.setProcessEnvironment(environment());
        child.start(QStringLiteral(PROSPECTOR_BINARY),
                    QStringList{QStringLiteral("--data-dir"), dataDir()} + command);
        if (!child.waitForStarted(10'000))
            return false;
        const int after = int(QRandomGenerator::global()->bounded(100, maxMs));
        if (child.waitForFinished(after))
            return false;
        child.kill(); // SIGKILL: no chance to clean up
        child.waitForFinished(10'000);
        return true;
    }

    int runToEnd(const QStringList &command, QJsonObject *summary) {
        QProcess child;
        child.setProcessEnvironment(environment());
        child.start(QStringLiteral(PROSPECTOR_BINARY),
                    QStringList{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--json")} + command);
        if (!child.waitForFinished(180'000)) {
            child.kill();
            return -1;
        }
        *summary = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        if (child.exitCode() != 0)
            qWarning().noquote() << child.readAllStandardError();
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    }

    void assertDatabaseConsistent() {
        storage::Database db(m_dir.filePath(QStringLiteral("data/prospector.db")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

private Q_SLOTS:
    void initTestCase() {
        m_sandbox.start(QStringLiteral(PROSPECTOR_SANDBOX_BINARY),
                        {QStringLiteral("--accept-any-credential"), QStringLiteral("--campaign"),
                         QStringLiteral("Q1 outbound")});
        QVERIFY(m_sandbox.waitForStarted(10'000));
        while (m_urls.size() < 4 && m_sandbox.waitForReadyRead(10'000)) {
            while (m_sandbox.canReadLine()) {
                const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
                const qsizetype eq = line.indexOf(QLatin1Char('='));
                if (eq > 0)
                    m_urls.insert(line.left(eq), line.mid(eq + 1));
            }
        }
        QCOMPARE(m_urls.size(), 4);

        storage::Database db(m_dir.filePath(QStringLiteral("data/prospector.db")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        storage::ProspectRepository repo(db);
        for (int i = 0; i < kProspects; ++i) {
            storage::Prospect p;
            p.email = QStringLiteral("kill%1@example.org").arg(i);
            p.firstName = QStringLiteral("Kill");
            p.lastName = QString::number(i);
            p.stage = QStringLiteral("qualified");
            QVERIFY(repo.insert(p, &error) > 0);
        }
    }

    void cleanupTestCase() {
        m_sandbox.kill();
        m_sandbox.waitForFinished(5000);
    }

    void syncSurvivesSigkill() {
        // Slow every batch down so the kills land while requests are in flight.
        adminCall("POST", QStringLiteral("/_sandbox/faults"),
                  {{QStringLiteral("service"), QStringLiteral("hubspot")},
                   {QStringLiteral("path"), QStringLiteral("/crm/v3/objects/contacts/batch/")},
                   {QStringLiteral("kind"), QStringLiteral("delay")},
                   {QStringLiteral("delayMs"), 500},
                   {QStringLiteral("times"), -1}});
        int killed = 0;
        // Random kill points; runs that happen to finish first are fine, but at least two must be killed.
        for (int i = 0; i < 8 && killed < 2; ++i)
            killed += runAndMaybeKill({QStringLiteral("sync")}, 600) ? 1 : 0;
        QVERIFY(killed > 0);
        QJsonObject summary;
        QCOMPARE(runToEnd({QStringLiteral("sync")}, &summary), 0);
        QCOMPARE(summary.value(QStringLiteral("remaining")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("dead_letters")).toInt(), 0);

        const QJsonArray contacts = adminCall("GET", QStringLiteral("/_sandbox/state"))
                                        .value(QStringLiteral("hubspot"))
                                        .toObject()
                                        .value(QStringLiteral("contacts"))
                                        .toArray();
        QSet<QString> emails;
        for (const QJsonValue &c : contacts)
            emails.insert(c.toObject()
                              .value(QStringLiteral("properties"))
                              .toObject()
                              .value(QStringLiteral("email"))
                              .toString());
        QCOMPARE(contacts.size(), kProspects); // no contact created twice...
        QCOMPARE(emails.size(), kProspects);   // ...and none missing
        assertDatabaseConsistent();
    }

    void resyncLetsHubSpotWinWhatBothChanged() {
        // Someone edits kill3 in HubSpot while the rep edits the same contact here.
        const QJsonObject edited =
            adminCall("PATCH", QStringLiteral("/_sandbox/hubspot/contacts/kill3@example.org"),
                      {{QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("jobtitle"), QStringLiteral("VP Sales")},
                                    {QStringLiteral("city"), QStringLiteral("Lyon")}}}});
        QVERIFY(!edited.value(QStringLiteral("id")).toString().isEmpty());
        {
            storage::Database db(m_dir.filePath(QStringLiteral("data/prospector.db")));
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE prospects SET title = 'Head of Sales', phone = '+33 4 00' "
                                          "WHERE email = 'kill3@example.org'")));
        }
        QJsonObject summary;
        QCOMPARE(runToEnd({QStringLiteral("sync"), QStringLiteral("--resync"), QStringLiteral("--search"),
                           QStringLiteral("kill3")},
                          &summary),
                 0);
        QCOMPARE(summary.value(QStringLiteral("conflicts")).toInt(), 1);

        const QJsonArray contacts = adminCall("GET", QStringLiteral("/_sandbox/state"))
                                        .value(QStringLiteral("hubspot"))
                                        .toObject()
                                        .value(QStringLiteral("contacts"))
                                        .toArray();
        QJsonObject remote;
        for (const QJsonValue &c : contacts) {
            const QJsonObject properties = c.toObject().value(QStringLiteral("properties")).toObject();
            if (properties.value(QStringLiteral("email")).toString() == QLatin1String("kill3@example.org"))
                remote = properties;
        }
        QCOMPARE(remote.value(QStringLiteral("jobtitle")).toString(),
                 QStringLiteral("VP Sales")); // HubSpot kept
        QCOMPARE(remote.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+33 4 00")); // ours went up

        storage::Database db(m_dir.filePath(QStringLiteral("data/prospector.db")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT title, city FROM prospects WHERE email = 'kill3@example.org'")) &&
            q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("VP Sales"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Lyon"));
        QVERIFY(q.exec(QStringLiteral("SELECT field, local_value, hubspot_value FROM hubspot_conflicts")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("title"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Head of Sales"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("VP Sales"));
        QVERIFY(!q.next());
    }

    void enrollSurvivesSigkill() {
        const QJsonObject state = adminCall("GET", QStringLiteral("/_sandbox/state"));
        const QString campaign = state.value(QStringLiteral("lemlist"))
                                     .toObject()
                                     .value(QStringLiteral("campaigns"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("_id"))
                                     .toString();
        QVERIFY(!campaign.isEmpty());
        adminCall("POST", QStringLiteral("/_sandbox/faults"),
                  {{QStringLiteral("service"), QStringLiteral("lemlist")},
                   {QStringLiteral("method"), QStringLiteral("POST")},
                   {QStringLiteral("kind"), QStringLiteral("delay")},
                   {QStringLiteral("delayMs"), 20},
                   {QStringLiteral("times"), -1}});
        const QStringList command = {QStringLiteral("enroll"), QStringLiteral("--campaign"), campaign};
        int killed = 0;
        for (int i = 0; i < 8 && killed < 2; ++i)
            killed += runAndMaybeKill(command, 1500) ? 1 : 0;
        QVERIFY(killed > 0);
        QJsonObject summary;
        QCOMPARE(runToEnd(command, &summary), 0);
        QCOMPARE(summary.value(QStringLiteral("remaining")).toInt(), 0);

        const QJsonArray leads = adminCall("GET", QStringLiteral("/_sandbox/state"))
                                     .value(QStringLiteral("lemlist"))
                                     .toObject()
                                     .value(QStringLiteral("leads"))
                                     .toArray();
        QSet<QString> emails;
        for (const QJsonValue &lead : leads)
            emails.insert(lead.toObject().value(QStringLiteral("email")).toString());
        QCOMPARE(leads.size(), kProspects); // never enrolled twice
        QCOMPARE(emails.size(), kProspects);
        assertDatabaseConsistent();
    }

    void trackRecordsActivitiesOnceAndSuppresses() {
        const QString campaign = adminCall("GET", QStringLiteral("/_sandbox/state"))
                                     .value(QStringLiteral("lemlist"))
                                     .toObject()
                                     .value(QStringLiteral("campaigns"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("_id"))
                                     .toString();
        QJsonArray activities;
        auto activity = [&](const char *type, const char *email) {
            activities.append(QJsonObject{{QStringLiteral("type"), QString::fromLatin1(type)},
                                          {QStringLiteral("email"), QString::fromLatin1(email)},
                                          {QStringLiteral("campaignId"), campaign}});
        };
        activity("emailsOpened", "kill0@example.org");
        activity("emailsReplied", "kill0@example.org");
        // The reply's words live in the contact's inbox, not in the activity feed.
        QJsonObject reply = activities.last().toObject();
        reply.insert(QStringLiteral("text"),
                     QStringLiteral("Yes, I'm interested. What does your calendar look like next week?"));
        reply.insert(QStringLiteral("quoted"), QStringLiteral("Unsubscribe here"));
        activities.replace(activities.size() - 1, reply);
        activity("emailsBounced", "kill1@example.org");
        activity("emailsUnsubscribed", "kill2@example.org");
        adminCall("POST", QStringLiteral("/_sandbox/lemlist/activities"),
                  {{QStringLiteral("activities"), activities}});

        QJsonObject summary;
        QCOMPARE(runToEnd({QStringLiteral("track")}, &summary), 0);
        QCOMPARE(summary.value(QStringLiteral("recorded")).toInt(), 4);
        QCOMPARE(runToEnd({QStringLiteral("track")}, &summary), 0);
        QCOMPARE(summary.value(QStringLiteral("recorded")).toInt(), 0); // cursor + activity ids: never twice

        storage::Database db(m_dir.filePath(QStringLiteral("data/prospector.db")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT email, reason FROM suppression ORDER BY email")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kill1@example.org"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("bounced"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kill2@example.org"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("unsubscribed"));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT stage FROM prospects WHERE email = 'kill0@example.org'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("replied"));
        QVERIFY(q.exec(QStringLiteral("SELECT payload_json FROM activities WHERE kind = 'reply'")) &&
                q.next());
        const QJsonObject payload = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Yes, I'm interested. What does your calendar look like next week?"));
        QCOMPARE(payload.value(QStringLiteral("label")).toString(), QStringLiteral("positive"));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
