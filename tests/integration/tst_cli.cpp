// Runs the real `prospector` executable as a child process, as a rep or a script would.
#include "storage/database.h"
#include "storage/prospectrepository.h"
#include "storage/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result runProspector(const QStringList &arguments, const QString &dataDir = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!dataDir.isEmpty())
        env.insert(QStringLiteral("PROSPECTOR_DATA_DIR"), dataDir);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PROSPECTOR_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void version() {
        const Result r = runProspector({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            QRegularExpression(QStringLiteral(R"(^Prospector \d+\.\d+\.\d+\n$)")).match(r.out).hasMatch(),
            qPrintable(r.out));
    }

    void helpListsCommands() {
        const Result r = runProspector({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("doctor")));
        QVERIFY(r.out.contains(QStringLiteral("list")));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
    }

    void usageErrorsExitWith2() {
        QTemporaryDir dir;
        Result r = runProspector({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("zero")},
                                 dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--limit")));
        r = runProspector({QStringLiteral("list"), QStringLiteral("--no-such-option")}, dir.path());
        QCOMPARE(r.exitCode, 2);
    }

    void doctorReportsEverything() {
        QTemporaryDir dir;
        const Result r = runProspector({QStringLiteral("doctor"), QStringLiteral("--json")}, dir.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("data_dir")).toString(), QDir::toNativeSeparators(dir.path()));
        QVERIFY(report.value(QStringLiteral("log_dir"))
                    .toString()
                    .startsWith(QDir::toNativeSeparators(dir.path())));
        QVERIFY(report.value(QStringLiteral("schema_version")).toInt() >= 1);
        QVERIFY(report.value(QStringLiteral("sqlite_version")).toString().startsWith(QStringLiteral("3.")));
        QVERIFY(report.value(QStringLiteral("qt_version")).toString().startsWith(QStringLiteral("6.")));
        QVERIFY(report.contains(QStringLiteral("keychain_available")));
        // Under scripts/test.sh a real Secret Service runs; there the keychain must be reported usable.
        if (qEnvironmentVariableIsSet("PROSPECTOR_EXPECT_KEYCHAIN"))
            QVERIFY2(report.value(QStringLiteral("keychain_available")).toBool(), qPrintable(r.out));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("prospector.db"))));

        const Result text =
            runProspector({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("doctor")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Schema version")));
        QVERIFY(text.out.contains(QStringLiteral("Keychain")));
    }

    // A database of an older version is upgraded by the first command, which says so on stderr
    // (it takes a while on a large one); the next command says nothing.
    void aCommandUpgradesAnOlderDatabaseAndSaysSo() {
        QTemporaryDir dir;
        {
            QList<storage::Migration> upTo18 = storage::schemaMigrations();
            upTo18.removeIf([](const storage::Migration &m) { return m.version > 18; });
            storage::Database db(dir.filePath(QStringLiteral("prospector.db")));
            QString error;
            QVERIFY2(db.open(&error, upTo18), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO prospects (first_name, last_name, company_name, stage, "
                                      "created_at, updated_at) VALUES ('Ada', 'Lovelace', 'Analytical Labs', "
                                      "'new', 1, 1)")));
        }
        Result r = runProspector({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("analy"),
                                  QStringLiteral("--json")},
                                 dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("Updating the prospect database")), qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        r = runProspector({QStringLiteral("list"), QStringLiteral("--json")}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(QLatin1String("Updating")), qPrintable(r.err));
    }

    void listShowsWhatIsInTheDatabase() {
        QTemporaryDir dir;
        {
            storage::Database db(dir.filePath(QStringLiteral("prospector.db")));
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            storage::ProspectRepository repo(db);
            for (int i = 0; i < 30; ++i) {
                storage::Prospect p;
                p.firstName = QStringLiteral("First%1").arg(i);
                p.lastName = QStringLiteral("Last");
                p.email = QStringLiteral("p%1@example.org").arg(i);
                p.companyName = i % 2 ? QStringLiteral("Odd Inc") : QStringLiteral("Even GmbH");
                QVERIFY(repo.insert(p) > 0);
            }
        }
        Result r = runProspector({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                                  QStringLiteral("100")},
                                 dir.path());
        QCOMPARE(r.exitCode, 0);
        QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 30);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("p0@example.org"));

        r = runProspector({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("odd"),
                           QStringLiteral("--json")},
                          dir.path());
        QCOMPARE(r.exitCode, 0);
        rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 15);

        r = runProspector({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")},
                          dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 6); // header + 5 rows

        r = runProspector({QStringLiteral("list"), QStringLiteral("--search"),
                           QStringLiteral("'; DROP TABLE prospects; --")},
                          dir.path());
        QCOMPARE(r.exitCode, 0);
        r = runProspector({QStringLiteral("list"), QStringLiteral("--json")}, dir.path());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 30);
    }

    void newerDatabaseIsRefusedWithAClearMessage() {
        QTemporaryDir dir;
        {
            storage::Database db(dir.filePath(QStringLiteral("prospector.db")));
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        const Result r = runProspector({QStringLiteral("list")}, dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer version")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
