// `prospector import`, `imports` and `undo-import`, run as a rep or a script would run them.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

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
