// `prospector import`, `imports` and `undo-import`, run as a rep or a script would run them.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

Result run(const QStringList &arguments, const QString &dataDir) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PROSPECTOR_DATA_DIR"_s, dataDir);
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

QString fixture(const QString &name) {
    return QStringLiteral(PROSPECTOR_FIXTURES_DIR "/csv/") + name;
}

// One value from the database in `dataDir`, read on a private read-only connection (-1: no answer).
qint64 scalar(const QString &dataDir, const QString &sql) {
    qint64 value = -1;
    const QString name = u"probe"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dataDir + u"/prospector.db"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (QFile::exists(db.databaseName()) && db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Rows the import running in `dataDir` has committed so far.
qint64 committedRows(const QString &dataDir) {
    return scalar(dataDir, u"SELECT coalesce(max(rows_total), 0) FROM imports WHERE status = 'running'"_s);
}

} // namespace

class TestImportCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importPrintsTheDocumentedJson() {
        QTemporaryDir dir;
        const Result r = run({u"import"_s, fixture(u"duplicates.csv"_s), u"--json"_s}, dir.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, QStringList({u"created"_s, u"duplicates"_s, u"error_report"_s, u"import_id"_s,
                                    u"rejected"_s, u"rows"_s, u"status"_s, u"updated"_s}));
        QCOMPARE(o.value(u"import_id"_s).toInt(), 1);
        QCOMPARE(o.value(u"rows"_s).toInt(), 8);
        QCOMPARE(o.value(u"created"_s).toInt(), 4);
        QCOMPARE(o.value(u"duplicates"_s).toInt(), 4);
        QCOMPARE(o.value(u"updated"_s).toInt(), 0);
        QCOMPARE(o.value(u"rejected"_s).toInt(), 0);
        QCOMPARE(o.value(u"status"_s).toString(), u"completed"_s);
        QVERIFY(o.value(u"error_report"_s).isNull());

        const Result list = run({u"list"_s, u"--json"_s}, dir.path());
        QCOMPARE(list.json().array().size(), 4);
    }

    void rejectedRowsAreReported() {
        QTemporaryDir dir;
        const Result r = run({u"import"_s, fixture(u"invalid.csv"_s), u"--json"_s}, dir.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(u"rejected"_s).toInt(), 4);
        const QString report = o.value(u"error_report"_s).toString();
        QVERIFY(report.startsWith(dir.path()));
        QVERIFY(QFile::exists(report));
    }

    void policyAndPresetOptions() {
        QTemporaryDir dir;
        QCOMPARE(run({u"import"_s, fixture(u"duplicates.csv"_s)}, dir.path()).exitCode, 0);
        Result r = run({u"import"_s, fixture(u"duplicates.csv"_s), u"--policy"_s, u"skip"_s, u"--json"_s},
                       dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(u"duplicates"_s).toInt(), 8);
        r = run({u"import"_s, fixture(u"preset-apollo.csv"_s), u"--mapping"_s, u"apollo"_s, u"--json"_s},
                dir.path());
        QCOMPARE(r.json().object().value(u"created"_s).toInt(), 2);
        const Result imports = run({u"imports"_s, u"--json"_s}, dir.path());
        QCOMPARE(imports.exitCode, 0);
        const QJsonArray history = imports.json().array();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).toObject().value(u"mapping"_s).toString(), u"apollo"_s);
        QCOMPARE(history.at(1).toObject().value(u"policy"_s).toString(), u"skip"_s);
        QCOMPARE(history.at(2).toObject().value(u"status"_s).toString(), u"completed"_s);
    }

    void usageErrors() {
        QTemporaryDir dir;
        QCOMPARE(run({u"import"_s}, dir.path()).exitCode, 2);
        Result r = run({u"import"_s, fixture(u"duplicates.csv"_s), u"--policy"_s, u"replace"_s}, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--policy"_s));
        r = run({u"import"_s, fixture(u"duplicates.csv"_s), u"--mapping"_s, u"no-such-mapping"_s},
                dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"no-such-mapping"_s));
        QCOMPARE(run({u"import"_s, dir.filePath(u"missing.csv"_s)}, dir.path()).exitCode, 1);
        QCOMPARE(run({u"undo-import"_s, u"abc"_s}, dir.path()).exitCode, 2);
    }

    void failedImportExitsWith1AndIsRecorded() {
        QTemporaryDir dir;
        const Result r = run({u"import"_s, fixture(u"binary.bin"_s), u"--json"_s}, dir.path());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().object().value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(r.err.contains(u"not a text file"_s));
        const QJsonArray history = run({u"imports"_s, u"--json"_s}, dir.path()).json().array();
        QCOMPARE(history.size(), 1);
        QVERIFY(history.at(0).toObject().value(u"error"_s).toString().contains(u"not a text file"_s));
    }

#ifdef Q_OS_UNIX
    // Ctrl+C (SIGINT) or SIGTERM during an import: the batch in progress rolls back, the committed
    // ones stay with their counts, the record says "cancelled", and the exit code is 128 + the
    // signal (README). The file is large enough to take the bulk path, whose indexes come back.
    void signalCancelsTheImport_data() {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("SIGINT") << int(SIGINT) << 130;
        QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
    }
    void signalCancelsTheImport() {
        QFETCH(int, signal);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"big.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray data = "First Name,Last Name,Email,Company\n";
            for (int i = 0; i < 400000; ++i)
                data += "F" + QByteArray::number(i) + ",L" + QByteArray::number(i) + ",s" +
                        QByteArray::number(i) + "@example.org,Company " + QByteArray::number(i % 997) + '\n';
            QCOMPARE(file.write(data), data.size());
        }
        const QString dataDir = dir.filePath(u"data"_s);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PROSPECTOR_DATA_DIR"_s, dataDir);
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(PROSPECTOR_BINARY), {u"import"_s, csv, u"--json"_s});
        QVERIFY(child.waitForStarted(30000));
        // Signalled once a batch is committed, long before the 400,000 rows are read.
        QTRY_VERIFY_WITH_TIMEOUT(committedRows(dataDir) > 0, 120000);
        QCOMPARE(::kill(pid_t(child.processId()), signal), 0);
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitCode() == exitCode, qPrintable(err));
        QVERIFY(err.contains(u"Import cancelled"_s));
        const QJsonObject o = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        QCOMPARE(o.value(u"status"_s).toString(), u"cancelled"_s);
        const int rows = o.value(u"rows"_s).toInt();
        QVERIFY(rows > 0 && rows < 400000);
        QCOMPARE(rows % 20000, 0); // whole batches only
        QCOMPARE(o.value(u"created"_s).toInt(), rows);

        const QJsonArray history = run({u"imports"_s, u"--json"_s}, dataDir).json().array();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).toObject().value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(history.at(0).toObject().value(u"created"_s).toInt(), rows);
        QCOMPARE(scalar(dataDir, u"SELECT count(*) FROM prospects"_s), rows);
        QCOMPARE(scalar(dataDir, u"SELECT count(*) FROM prospect_search"_s), rows);
        QCOMPARE(scalar(dataDir, u"SELECT count(*) FROM deferred_schema"_s), 0);
        QVERIFY(scalar(dataDir, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                "'prospects'"_s) > 10);
    }
#endif

    void undoImport() {
        QTemporaryDir dir;
        const Result imported =
            run({u"import"_s, fixture(u"utf16le-bom-tab.txt"_s), u"--json"_s}, dir.path());
        const int id = imported.json().object().value(u"import_id"_s).toInt();
        QCOMPARE(run({u"list"_s, u"--json"_s}, dir.path()).json().array().size(), 3);
        Result r = run({u"undo-import"_s, QString::number(id), u"--json"_s}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(u"removed"_s).toInt(), 3);
        QCOMPARE(run({u"list"_s, u"--json"_s}, dir.path()).json().array().size(), 0);
        r = run({u"undo-import"_s, QString::number(id)}, dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"already"_s));
        const QJsonArray history = run({u"imports"_s, u"--json"_s}, dir.path()).json().array();
        QCOMPARE(history.at(0).toObject().value(u"status"_s).toString(), u"undone"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
