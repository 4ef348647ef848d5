// bench_sync: how close the HubSpot sync comes to the rate limit's ceiling, and whether injected
// faults cost anything but time. N prospects (optionally spread over M company domains) are
// queued and drained by sync::SyncRun - the engine `prospector sync` runs - against a
// prospector-sandbox process enforcing HubSpot's 100 requests per rolling 10 s (scaled by
// --time-scale). Afterwards the sandbox's own state is the judge: every prospect a contact
// exactly once, every company once, nothing left in the outbox.
//
//   bench_sync [--prospects N] [--companies M] [--fault-rate F] [--time-scale S] [--in-flight K]
//              [--seed X] [--json]
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/outboxrepository.h"
#include "sync/syncrequester.h"
#include "sync/syncrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <cmath>
#include <cstdlib>
#include <sys/resource.h>
#include <unistd.h>

using namespace prospector;

namespace {

constexpr int kBurst = 100;          // HubSpot: requests per rolling window
constexpr qint64 kWindowMs = 10'000; // ...of 10 s
constexpr int kContactsPerRequest = 100;

struct Options {
    int prospects = 20'000;
    int companies = 0;
    double faultRate = 0.0;
    double timeScale = 1.0;
    int inFlight = 8;
    quint32 seed = 20260101;
    bool json = false;
};

class Sandbox {
public:
    ~Sandbox() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(double timeScale, QString *error) {
        m_process.start(QStringLiteral(PROSPECTOR_SANDBOX_BINARY),
                        {QStringLiteral("--accept-any-credential"), QStringLiteral("--time-scale"),
                         QString::number(timeScale)});
        if (!m_process.waitForStarted(10'000)) {
            *error = QStringLiteral("prospector-sandbox did not start");
            return false;
        }
        while (m_urls.size() < 4 && m_process.waitForReadyRead(10'000)) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                const qsizetype eq = line.indexOf(QLatin1Char('='));
                if (eq > 0)
                    m_urls.insert(line.left(eq), line.mid(eq + 1));
            }
        }
        if (m_urls.size() < 4)
            *error = QStringLiteral("prospector-sandbox did not print its URLs");
        return m_urls.size() >= 4;
    }

    QString url(const char *service) const { return m_urls.value(QString::fromLatin1(service)); }

    // CPU time (user + system) the sandbox process has used so far, from /proc (Linux).
    qint64 cpuMs() const {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> fields = stat.readAll().split(' ');
        if (fields.size() < 15)
            return -1;
        return (fields.at(13).toLongLong() + fields.at(14).toLongLong()) * 1000 / sysconf(_SC_CLK_TCK);
    }

    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonValue &body = {}) {
        QUrl url(m_urls.value(QStringLiteral("hubspot")));
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray payload =
            body.isArray() ? QJsonDocument(body.toArray()).toJson() : QJsonDocument(body.toObject()).toJson();
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
        QEventLoop loop; // a measuring tool, outside the measured run: waiting is all it does here
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private:
    QProcess m_process;
    QHash<QString, QString> m_urls;
    QNetworkAccessManager m_network;
};

// One statement: what a large import leaves behind, without timing the import itself.
bool seedProspects(const storage::Database &db, const Options &o, QList<qint64> *ids, QString *error) {
    QSqlQuery q(db.connection());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!storage::exec(
            q,
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
                "INSERT INTO prospects (first_name, last_name, email, title, city, country, stage, "
                "company_name, "
                "company_domain, created_at, updated_at) SELECT 'First' || i, 'Last' || (i % 997), "
                "'bench' || i || '@prospects.example', 'Head of Operations', 'Lyon', 'France', 'qualified', "
                "CASE WHEN ? > 0 THEN 'Company ' || (i % ?) ELSE '' END, "
                "CASE WHEN ? > 0 THEN 'company' || (i % ?) || '.example' END, ?, ? FROM n"),
            {o.prospects, o.companies, std::max(1, o.companies), o.companies, std::max(1, o.companies), now,
             now},
            error) ||
        !storage::exec(q, QStringLiteral("SELECT id FROM prospects ORDER BY id"), {}, error))
        return false;
    while (q.next())
        ids->append(q.value(0).toLongLong());
    return ids->size() == o.prospects;
}

// ~fault-rate of all HubSpot object requests hit one of four faults, in equal parts.
QJsonArray faultRules(double rate) {
    const double each = rate / 4.0;
    auto rule = [each](const char *kind, bool apply, int status) {
        return QJsonObject{{QStringLiteral("service"), QStringLiteral("hubspot")},
                           {QStringLiteral("path"), QStringLiteral("/crm/v3/objects/")},
                           {QStringLiteral("kind"), QString::fromLatin1(kind)},
                           {QStringLiteral("apply"), apply},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("times"), -1},
                           {QStringLiteral("probability"), each}};
    };
    return {rule("status", false, 503),      // 5xx
            rule("hang", true, 500),         // timeout after the write happened
            rule("reset", false, 500),       // connection reset
            rule("rate_limit", false, 429)}; // 429 (HubSpot's TEN_SECONDLY_ROLLING body)
}

qint64 ownCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption prospectsOption(QStringLiteral("prospects"),
                                             QStringLiteral("Prospects to sync."), QStringLiteral("n"),
                                             QStringLiteral("20000"));
    const QCommandLineOption companiesOption(
        QStringLiteral("companies"), QStringLiteral("Company domains they are spread over (0 = none)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption faultOption(QStringLiteral("fault-rate"),
                                         QStringLiteral("Share of HubSpot requests hit by a fault (0-1)."),
                                         QStringLiteral("f"), QStringLiteral("0"));
    const QCommandLineOption scaleOption(
        QStringLiteral("time-scale"), QStringLiteral("Sandbox time scale (1 = HubSpot's real 10 s window)."),
        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption inFlightOption(QStringLiteral("in-flight"),
                                            QStringLiteral("Contact batches in flight at once."),
                                            QStringLiteral("k"), QStringLiteral("8"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Fault generator seed."),
                                        QStringLiteral("x"), QStringLiteral("20260101"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("One JSON object on stdout."));
    parser.addOptions(
        {prospectsOption, companiesOption, faultOption, scaleOption, inFlightOption, seedOption, jsonOption});
    parser.process(app);
    Options o;
    o.prospects = parser.value(prospectsOption).toInt();
    o.companies = parser.value(companiesOption).toInt();
    o.faultRate = parser.value(faultOption).toDouble();
    o.timeScale = parser.value(scaleOption).toDouble();
    o.inFlight = parser.value(inFlightOption).toInt();
    o.seed = parser.value(seedOption).toUInt();
    o.json = parser.isSet(jsonOption);
    QTextStream err(stderr);
    QTextStream out(stdout);

    Sandbox sandbox;
    QString error;
    if (!sandbox.start(o.timeScale, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    sandbox.admin("POST", QStringLiteral("/_sandbox/config"),
                  QJsonObject{{QStringLiteral("faultSeed"), qint64(o.seed)}});
    qputenv("PROSPECTOR_HUBSPOT_URL", sandbox.url("hubspot").toUtf8());
    qputenv("PROSPECTOR_LEMLIST_URL", sandbox.url("lemlist").toUtf8());
    qputenv("PROSPECTOR_EXPLORIUM_URL", sandbox.url("explorium").toUtf8());

    QTemporaryDir dir;
    storage::Database db(dir.filePath(QStringLiteral("bench.db")));
    QList<qint64> ids;
    QElapsedTimer setup;
    setup.start();
    if (!db.open(&error) || !seedProspects(db, o, &ids, &error)) {
        err << "setup failed: " << error << Qt::endl;
        return 1;
    }
    sync::SyncRun::Options runOptions;
    runOptions.retries = sync::RetryConfig{200, 5'000, 12};
    runOptions.http.timeoutCapMs = 3'000; // a "hang" fault costs 3 s, not HubSpot's 30 s timeout
    runOptions.hubspotBatchesInFlight = o.inFlight;
    runOptions.companySearchSettleMs = 2'000;
    sync::SyncRun run(
        db, [](net::Service) { return QStringLiteral("sandbox-hubspot-token"); }, runOptions);
    run.setMaxWaitMs(600'000);
    sync::SyncRequester requester(db, run.outbox(), run.clock());
    sync::SyncRequester::Report queued;
    if (!requester.requestHubSpotSync(ids, &queued, &error)) {
        err << "queueing failed: " << error << Qt::endl;
        return 1;
    }
    const qint64 setupMs = setup.elapsed();
    if (o.faultRate > 0)
        sandbox.admin("POST", QStringLiteral("/_sandbox/faults"), faultRules(o.faultRate));

    QEventLoop loop;
    QElapsedTimer clock;
    sync::DrainReport totals;
    int remaining = -1;
    QString stopReason;
    int batches = 0;
    int done = 0;
    qint64 burstDoneMs = -1; // when the first window's worth of contacts was written
    QObject::connect(&run, &sync::SyncRun::progress, &loop,
                     [&](const QString &, const sync::DrainReport &batch, int) {
                         ++batches;
                         done += batch.completed + batch.reconciled;
                         if (burstDoneMs < 0 && done >= kBurst * kContactsPerRequest)
                             burstDoneMs = clock.elapsed();
                     });
    QObject::connect(&run, &sync::SyncRun::finished, &loop,
                     [&](const sync::DrainReport &t, int left, const QString &reason) {
                         totals = t;
                         remaining = left;
                         stopReason = reason;
                         loop.quit();
                     });
    const qint64 clientCpuBefore = ownCpuMs();
    const qint64 sandboxCpuBefore = sandbox.cpuMs();
    clock.start();
    QTimer::singleShot(0, &run, [&run] { run.start({QStringLiteral("hubspot")}); });
    loop.exec();
    const qint64 elapsedMs = clock.elapsed();
    const qint64 clientCpuMs = ownCpuMs() - clientCpuBefore;
    const qint64 sandboxCpuMs = sandbox.cpuMs() - sandboxCpuBefore;
    double load = 0;
    getloadavg(&load, 1);

    // The sandbox's own account of what happened.
    const QJsonObject hubspot =
        sandbox.admin("GET", QStringLiteral("/_sandbox/state")).value(QStringLiteral("hubspot")).toObject();
    const QJsonObject counters = hubspot.value(QStringLiteral("counters")).toObject();
    const QJsonObject routes = counters.value(QStringLiteral("byRoute")).toObject();
    int windowRequests = 0; // requests counted by the 10 s window (search has its own limit)
    for (auto it = routes.begin(); it != routes.end(); ++it)
        if (!it.key().endsWith(QLatin1String("/search")))
            windowRequests += it.value().toInt();
    QSet<QString> emails;
    const QJsonArray contacts = hubspot.value(QStringLiteral("contacts")).toArray();
    for (const QJsonValue &c : contacts)
        emails.insert(c.toObject()
                          .value(QStringLiteral("properties"))
                          .toObject()
                          .value(QStringLiteral("email"))
                          .toString());
    QSet<QString> domains;
    const QJsonArray companies = hubspot.value(QStringLiteral("companies")).toArray();
    for (const QJsonValue &c : companies)
        domains.insert(c.toObject()
                           .value(QStringLiteral("properties"))
                           .toObject()
                           .value(QStringLiteral("domain"))
                           .toString());
    int injected429 = 0;
    int faultHits = 0;
    const QJsonArray rules =
        sandbox.admin("GET", QStringLiteral("/_sandbox/faults")).value(QStringLiteral("faults")).toArray();
    for (const QJsonValue &r : rules) {
        faultHits += r.toObject().value(QStringLiteral("hits")).toInt();
        if (r.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("rate_limit"))
            injected429 += r.toObject().value(QStringLiteral("hits")).toInt();
    }
    QSqlQuery q(db.connection());
    int synced = 0;
    if (storage::exec(
            q,
            QStringLiteral(
                "SELECT count(*) FROM prospects WHERE sync_state = 'synced' AND hubspot_id IS NOT NULL")) &&
        q.next())
        synced = q.value(0).toInt();
    const int dead = run.deadLetters();

    const double windowMs = double(kWindowMs) * o.timeScale;
    const double contactsPerSecond = o.prospects * 1000.0 / double(elapsedMs);
    const double ceilingPerSecond = kBurst * kContactsPerRequest * 1000.0 / windowMs;
    // A rolling window lets the first kBurst requests go at once; from then on each request waits for
    // one to leave the window, so the steady state is measured from the moment the burst's contacts
    // were written to the end: the contacts written after it, per second, against the ceiling.
    const int afterBurst = o.prospects - kBurst * kContactsPerRequest;
    const double steadyPerSecond = burstDoneMs >= 0 && afterBurst > 0 && elapsedMs > burstDoneMs
                                       ? afterBurst * 1000.0 / double(elapsedMs - burstDoneMs)
                                       : 0.0;
    const double steady = steadyPerSecond / ceilingPerSecond;
    const int real429 = counters.value(QStringLiteral("rateLimited")).toInt() - injected429;
    const bool exactlyOnce =
        contacts.size() == o.prospects && emails.size() == o.prospects && synced == o.prospects &&
        remaining == 0 && dead == 0 &&
        (o.companies == 0 || (companies.size() == o.companies && domains.size() == o.companies));

    const QJsonObject result{{QStringLiteral("prospects"), o.prospects},
                             {QStringLiteral("companies"), o.companies},
                             {QStringLiteral("faultRate"), o.faultRate},
                             {QStringLiteral("timeScale"), o.timeScale},
                             {QStringLiteral("inFlight"), o.inFlight},
                             {QStringLiteral("setupMs"), setupMs},
                             {QStringLiteral("elapsedMs"), elapsedMs},
                             {QStringLiteral("clientCpuMs"), clientCpuMs},
                             {QStringLiteral("sandboxCpuMs"), sandboxCpuMs},
                             {QStringLiteral("loadAverage"), std::round(load * 10) / 10},
                             {QStringLiteral("windowRequests"), windowRequests},
                             {QStringLiteral("contactsPerSecond"), std::round(contactsPerSecond)},
                             {QStringLiteral("ceilingContactsPerSecond"), std::round(ceilingPerSecond)},
                             {QStringLiteral("steadyContactsPerSecond"), std::round(steadyPerSecond)},
                             {QStringLiteral("steadyStateFraction"), std::round(steady * 1000) / 1000},
                             {QStringLiteral("real429"), real429},
                             {QStringLiteral("injected429"), injected429},
                             {QStringLiteral("faultHits"), faultHits},
                             {QStringLiteral("reconciled"), totals.reconciled},
                             {QStringLiteral("retried"), totals.retrying},
                             {QStringLiteral("contactsInHubSpot"), int(contacts.size())},
                             {QStringLiteral("distinctEmails"), int(emails.size())},
                             {QStringLiteral("companiesInHubSpot"), int(companies.size())},
                             {QStringLiteral("syncedLocally"), synced},
                             {QStringLiteral("remaining"), remaining},
                             {QStringLiteral("deadLetters"), dead},
                             {QStringLiteral("batches"), batches},
                             {QStringLiteral("exactlyOnce"), exactlyOnce},
                             {QStringLiteral("stopReason"), stopReason}};
    if (o.json) {
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out << QStringLiteral(
                   "%1 prospects, %2 companies, faults %3 %, time scale %4, %5 batches in flight\n")
                   .arg(o.prospects)
                   .arg(o.companies)
                   .arg(o.faultRate * 100)
                   .arg(o.timeScale)
                   .arg(o.inFlight)
            << QStringLiteral("sync: %1 ms for %2 requests in the 10 s window's count (setup %3 ms)\n")
                   .arg(elapsedMs)
                   .arg(windowRequests)
                   .arg(setupMs)
            << QStringLiteral("cpu: client %1 ms (%2 ms per request), sandbox %3 ms; load average %4\n")
                   .arg(clientCpuMs)
                   .arg(windowRequests > 0 ? double(clientCpuMs) / windowRequests : 0.0, 0, 'f', 1)
                   .arg(sandboxCpuMs)
                   .arg(load, 0, 'f', 1)
            << QStringLiteral(
                   "throughput: %1 contacts/s overall, %4 after the first burst; ceiling %2 contacts/s; "
                   "steady-state fraction %3 %\n")
                   .arg(contactsPerSecond, 0, 'f', 0)
                   .arg(ceilingPerSecond, 0, 'f', 0)
                   .arg(steady * 100, 0, 'f', 1)
                   .arg(steadyPerSecond, 0, 'f', 0)
            << QStringLiteral("429s: %1 real, %2 injected; faults hit %3; reconciled %4, retried %5\n")
                   .arg(real429)
                   .arg(injected429)
                   .arg(faultHits)
                   .arg(totals.reconciled)
                   .arg(totals.retrying)
            << QStringLiteral(
                   "HubSpot holds %1 contacts (%2 distinct e-mails), %3 companies; %4 synced locally, "
                   "%5 left, %6 dead letters: %7\n")
                   .arg(contacts.size())
                   .arg(emails.size())
                   .arg(companies.size())
                   .arg(synced)
                   .arg(remaining)
                   .arg(dead)
                   .arg(exactlyOnce ? QStringLiteral("exactly once, nothing lost")
                                    : QStringLiteral("MISMATCH"));
    }
    return exactlyOnce ? 0 : 1;
}
