// `prospector autopilot run-once` as a child process against a prospector-sandbox process,
// killed with SIGKILL in the middle of the HubSpot sync and again in the middle of the lemlist
// enrollment, then run again: the same run continues from its persisted step (not from
// scratch, not as a second run), and the sandbox holds each contact and each lead exactly once.
#include "autopilot/autopilotsettingsstore.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/settingsrepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;

class TestAutopilotCrash : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QHash<QString, QString> m_urls; // hubspot, lemlist, explorium, admin
    QNetworkAccessManager m_network;
    std::unique_ptr<storage::Database> m_db;
    static constexpr int kProspects = 40;

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

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    void startChild(QProcess &child, const QStringList &arguments) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PROSPECTOR_HUBSPOT_URL"), m_urls.value(QStringLiteral("hubspot")));
        env.insert(QStringLiteral("PROSPECTOR_LEMLIST_URL"), m_urls.value(QStringLiteral("lemlist")));
        env.insert(QStringLiteral("PROSPECTOR_EXPLORIUM_URL"), m_urls.value(QStringLiteral("explorium")));
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(PROSPECTOR_BINARY),
                    QStringList{QStringLiteral("--data-dir"), dataDir()} + arguments);
        QVERIFY(child.waitForStarted(10'000));
    }

    int count(const QString &sql) {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // Starts `run-once`, waits until `sql` counts at least one row (the run is inside the step we
    // want to interrupt), then SIGKILLs it. Returns false when the run ended before that.
    bool killWhen(const QString &sql) {
        QProcess child;
        startChild(child, {QStringLiteral("autopilot"), QStringLiteral("run-once")});
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60'000 && child.state() == QProcess::Running) {
            if (count(sql) > 0) {
                child.kill(); // SIGKILL: no chance to clean up
                child.waitForFinished(10'000);
                return true;
            }
            child.waitForFinished(20);
        }
        qWarning().noquote() << "the run ended before the kill point:" << child.readAllStandardError();
        return false;
    }

    QJsonArray sandboxList(const char *service, const char *list) {
        return adminCall("GET", QStringLiteral("/_sandbox/state"))
            .value(QLatin1StringView(service))
            .toObject()
            .value(QLatin1StringView(list))
            .toArray();
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
        const QString campaign =
            sandboxList("lemlist", "campaigns").first().toObject().value(QStringLiteral("_id")).toString();
        QVERIFY(!campaign.isEmpty());

        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("data/prospector.db")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        storage::ProspectRepository repo(*m_db);
        for (int i = 0; i < kProspects; ++i) {
            storage::Prospect p;
            p.email = QStringLiteral("crash%1@example.org").arg(i);
            p.firstName = QStringLiteral("Crash");
            p.lastName = QString::number(i);
            p.title = QStringLiteral("VP Sales");
            p.companySize = QStringLiteral("200");
            p.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/crash%1").arg(i);
            QVERIFY(repo.insert(p, &error) > 0);
        }
        autopilot::AutopilotSettings settings;
        settings.campaignId = campaign;
        settings.steps.trackReplies = false;
        settings.limits.businessHoursOnly = false; // the child runs on the real clock
        settings.limits.dailyEnrollments = 1000;
        settings.limits.dailyHubSpotCreates = 1000;
        settings.limits.approvalEnrollmentThreshold = 1000;
        storage::SettingsRepository settingsRepo(*m_db);
        QVERIFY2(autopilot::AutopilotSettingsStore(settingsRepo).save(settings, &error), qPrintable(error));

        // Slow the writes down so the kills land while requests are in flight.
        adminCall("POST", QStringLiteral("/_sandbox/faults"),
                  {{QStringLiteral("service"), QStringLiteral("hubspot")},
                   {QStringLiteral("path"), QStringLiteral("/crm/v3/objects/contacts/batch/upsert")},
                   {QStringLiteral("kind"), QStringLiteral("delay")},
                   {QStringLiteral("delayMs"), 400},
                   {QStringLiteral("times"), -1}});
        adminCall("POST", QStringLiteral("/_sandbox/faults"),
                  {{QStringLiteral("service"), QStringLiteral("lemlist")},
                   {QStringLiteral("method"), QStringLiteral("POST")},
                   {QStringLiteral("kind"), QStringLiteral("delay")},
                   {QStringLiteral("delayMs"), 40},
                   {QStringLiteral("times"), -1}});
    }

    void cleanupTestCase() {
        m_db.reset();
        m_sandbox.kill();
        m_sandbox.waitForFinished(5000);
    }

    void killedTwiceThenResumedEachEffectExactlyOnce() {
        // Mid-sync: the first HubSpot batch went through, the second is on its way or next.
        QVERIFY(killWhen(
            QStringLiteral("SELECT count(*) FROM outbox WHERE service = 'hubspot' AND state = 'done'")));
        const int runId = count(QStringLiteral("SELECT id FROM autopilot_runs"));
        QVERIFY(runId > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM autopilot_runs WHERE status = 'running'")), 1);
        // Mid-enrollment, in the same run.
        QVERIFY(killWhen(
            QStringLiteral("SELECT count(*) FROM outbox WHERE service = 'lemlist' AND state = 'done'")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM autopilot_runs")), 1);

        QProcess child;
        startChild(child,
                   {QStringLiteral("--json"), QStringLiteral("autopilot"), QStringLiteral("run-once")});
        QVERIFY(child.waitForFinished(120'000));
        const QByteArray err = child.readAllStandardError();
        QCOMPARE(child.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        QCOMPARE(report.value(QStringLiteral("id")).toInt(), runId); // continued, not restarted
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(report.value(QStringLiteral("synced")).toInt(), kProspects);
        QCOMPARE(report.value(QStringLiteral("enrolled")).toInt(), kProspects);
        QVERIFY2(report.value(QStringLiteral("durationMs")).toInteger() > 0, err.constData());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM autopilot_runs")), 1);

        const QJsonArray contacts = sandboxList("hubspot", "contacts");
        QSet<QString> contactEmails;
        for (const QJsonValue &c : contacts)
            contactEmails.insert(c.toObject()
                                     .value(QStringLiteral("properties"))
                                     .toObject()
                                     .value(QStringLiteral("email"))
                                     .toString());
        QCOMPARE(contacts.size(), kProspects);      // no contact created twice...
        QCOMPARE(contactEmails.size(), kProspects); // ...and none missing
        const QJsonArray leads = sandboxList("lemlist", "leads");
        QSet<QString> leadEmails;
        for (const QJsonValue &lead : leads)
            leadEmails.insert(lead.toObject().value(QStringLiteral("email")).toString());
        QCOMPARE(leads.size(), kProspects); // never enrolled twice
        QCOMPARE(leadEmails.size(), kProspects);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state != 'done'")), 0);
        // The audit trail has each write once per step, linked to the run.
        for (const char *step : {"enrich", "sync", "enroll"})
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM autopilot_run_items WHERE outcome = 'queued' AND "
                                     "step = '%1'")
                          .arg(QLatin1StringView(step))),
                kProspects);
    }
};

QTEST_GUILESS_MAIN(TestAutopilotCrash)
#include "tst_autopilotcrash.moc"
