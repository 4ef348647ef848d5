// `prospector --sandbox` (SandboxSession) and the standalone prospector-sandbox executable.
#include "sandboxclient.h"
#include "sandboxserver.h"
#include "sandboxsession.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace prospector::sandbox;

class TestSandboxSession : public QObject {
    Q_OBJECT

private slots:
    void onlyTheSandboxFlagRequestsIt() {
        QVERIFY(SandboxSession::requested({QStringLiteral("prospector"), QStringLiteral("--sandbox")}));
        QVERIFY(!SandboxSession::requested({QStringLiteral("prospector"), QStringLiteral("list")}));
    }

    void sandboxCredentialsAreTheSimulatorDefaults() {
        SandboxServer server; // acceptAnyCredential is off here: only the defaults pass
        QVERIFY(server.listen());
        SandboxClient hubspot(server.hubspotUrl());
        QCOMPARE(hubspot
                     .send("GET", QStringLiteral("/crm/v3/objects/contacts"), {},
                           bearer(SandboxSession::sandboxCredential(QStringLiteral("hubspot")).toUtf8()))
                     .status,
                 200);
        SandboxClient lemlist(server.lemlistUrl());
        QCOMPARE(
            lemlist
                .send("GET", QStringLiteral("/team"), {},
                      lemlistBasic(SandboxSession::sandboxCredential(QStringLiteral("lemlist")).toUtf8()))
                .status,
            200);
        SandboxClient explorium(server.exploriumUrl());
        QCOMPARE(
            explorium
                .send("GET", QStringLiteral("/v1/credits"), {},
                      exploriumKey(SandboxSession::sandboxCredential(QStringLiteral("explorium")).toUtf8()))
                .status,
            200);
        QVERIFY(SandboxSession::sandboxCredential(QStringLiteral("other")).isEmpty());
    }

    void startPointsEveryClientAtTheSimulators() {
        qunsetenv("PROSPECTOR_HUBSPOT_URL");
        SandboxSession session;
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        QVERIFY(session.isRunning());
        QCOMPARE(QString::fromUtf8(qgetenv("PROSPECTOR_HUBSPOT_URL")), session.hubspotUrl().toString());
        QCOMPARE(QString::fromUtf8(qgetenv("PROSPECTOR_LEMLIST_URL")), session.lemlistUrl().toString());
        QCOMPARE(QString::fromUtf8(qgetenv("PROSPECTOR_EXPLORIUM_URL")), session.exploriumUrl().toString());
        QCOMPARE(session.lemlistUrl().path(), QStringLiteral("/api"));

        // Whatever token the user has is accepted, and there are campaigns to enroll into.
        SandboxClient lemlist(QUrl(QString::fromUtf8(qgetenv("PROSPECTOR_LEMLIST_URL"))));
        const SandboxReply campaigns =
            lemlist.send("GET", QStringLiteral("/campaigns"), {}, lemlistBasic("any-key-at-all"));
        QCOMPARE(campaigns.status, 200);
        QCOMPARE(campaigns.json().array().size(), 2);
        SandboxClient hubspot(QUrl(QString::fromUtf8(qgetenv("PROSPECTOR_HUBSPOT_URL"))));
        QCOMPARE(hubspot.send("GET", QStringLiteral("/crm/v3/objects/contacts"), {}, bearer("pat-na1-mine"))
                     .status,
                 200);
        QCOMPARE(hubspot.send("GET", QStringLiteral("/crm/v3/objects/contacts")).status,
                 401); // no token is still refused
    }

    void standaloneExecutablePrintsItsUrlsAndServes() {
        QProcess process;
        process.start(QStringLiteral(PROSPECTOR_SANDBOX_BINARY),
                      {QStringLiteral("--campaign"), QStringLiteral("Standalone"),
                       QStringLiteral("--time-scale"), QStringLiteral("0.5")});
        QVERIFY(process.waitForStarted(5000));
        QMap<QString, QUrl> urls;
        QDeadlineTimer deadline(10000);
        while (urls.size() < 4 && !deadline.hasExpired()) {
            process.waitForReadyRead(100); // the server lives in the other process: blocking is fine
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                urls.insert(line.section(QLatin1Char('='), 0, 0), QUrl(line.section(QLatin1Char('='), 1)));
            }
        }
        QCOMPARE(urls.size(), 4);
        QCOMPARE(urls.value(QStringLiteral("lemlist")).path(), QStringLiteral("/api"));
        SandboxClient lemlist(urls.value(QStringLiteral("lemlist")));
        const SandboxReply campaigns =
            lemlist.send("GET", QStringLiteral("/campaigns"), {}, lemlistBasic("sandbox-lemlist-key"));
        QCOMPARE(campaigns.status, 200);
        QCOMPARE(campaigns.json().array().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Standalone"));
        SandboxClient admin(urls.value(QStringLiteral("hubspot")));
        QCOMPARE(admin.send("GET", QStringLiteral("/_sandbox/config"))
                     .json()
                     .object()
                     .value(QStringLiteral("timeScale"))
                     .toDouble(),
                 0.5);
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSession)
#include "tst_sandboxsession.moc"
