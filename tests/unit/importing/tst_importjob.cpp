#include "csv/csvreader.h"
#include "importing/importundo.h"
#include "importtesthelpers.h"
#include "storage/importrepository.h"

#include <QSignalSpy>
#include <QtTest>

using namespace prospector;
using namespace prospector::importing;
using namespace importtest;
using namespace Qt::StringLiterals;

class TestImportJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Every test runs twice: rows stored with the indexes kept up to date row by row, and the bulk
    // load (indexes dropped, duplicates found in memory, indexes rebuilt). Both must give the same
    // database.
    void initTestCase_data() {
        QTest::addColumn<int>("mode");
        QTest::newRow("incremental") << int(ImportOptions::LoadMode::Incremental);
        QTest::newRow("bulk") << int(ImportOptions::LoadMode::Bulk);
    }
    void init() {
        QFETCH_GLOBAL(int, mode);
        loadMode() = ImportOptions::LoadMode(mode);
    }

    void encodings_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("created");
        QTest::newRow("utf-8") << u"utf8-comma-lf.csv"_s << 3;
        QTest::newRow("utf-8 BOM") << u"utf8-bom-semicolon-crlf.csv"_s << 3;
        QTest::newRow("utf-16 LE") << u"utf16le-bom-tab.txt"_s << 3;
        QTest::newRow("utf-16 BE") << u"utf16be-bom-tab.txt"_s << 3;
        QTest::newRow("windows-1252") << u"windows1252-semicolon.csv"_s << 4;
        QTest::newRow("pipe, CR") << u"pipe-cr.csv"_s << 3;
    }
    void encodings() {
        QFETCH(QString, file);
        QFETCH(int, created);
        TestDatabase t;
        const ImportResult r = t.import(fixture(file));
        QCOMPARE(r.status, u"completed"_s);
        QCOMPARE(r.counts.rows, created);
        QCOMPARE(r.counts.created, created);
        QCOMPARE(r.counts.rejected, 0);
        QCOMPARE(t.prospects(), created);
        const auto zoe = t.byEmail(u"zoe@nordic.se"_s);
        QVERIFY(zoe);
        QCOMPARE(zoe->firstName, u"Zo\u00eb"_s);
        QCOMPARE(zoe->lastName, u"\u00c5ngstr\u00f6m"_s);
        QCOMPARE(zoe->companyDomain, u"nordic.se"_s);
        QCOMPARE(t.byEmail(u"sean@cliffs.ie"_s)->lastName, u"O\u2019Brien"_s);
        // The search index is filled: diacritics-insensitive prefix search finds her.
        storage::ProspectRepository repository(*t.db);
        storage::ProspectFilter filter;
        filter.search = u"angst"_s;
        const QList<storage::Prospect> found = repository.list(filter);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().email, u"zoe@nordic.se"_s);
    }

    void record() {
        TestDatabase t;
        const ImportResult r = t.import(fixture(u"utf8-bom-semicolon-crlf.csv"_s));
        storage::ImportRepository imports(*t.db);
        const auto rec = imports.get(r.importId);
        QVERIFY(rec);
        QCOMPARE(rec->status, u"completed"_s);
        QCOMPARE(rec->fileName, u"utf8-bom-semicolon-crlf.csv"_s);
        QCOMPARE(rec->encoding, u"utf-8-bom"_s);
        QCOMPARE(rec->delimiter, u";"_s);
        QCOMPARE(rec->mappingName, u"generic"_s);
        QCOMPARE(rec->policy, u"fill"_s);
        QCOMPARE(rec->created, 3);
        QCOMPARE(rec->rowsTotal, 3);
        QVERIFY(rec->finishedAt >= rec->startedAt);
        QVERIFY(rec->mappingJson.contains(u"\"first_name\""_s));
        QCOMPARE(t.scalar(u"SELECT count(*) FROM prospects WHERE import_id = ?"_s, {r.importId}), 3);
    }

    void presets() {
        TestDatabase t;
        ImportResult r = t.import(fixture(u"preset-salesnav-evaboot.csv"_s));
        QCOMPARE(r.mappingName, u"salesnav"_s);
        QCOMPARE(r.counts.created, 3);
        auto nina = t.byEmail(u"nina@jazz.io"_s);
        QVERIFY(nina);
        QCOMPARE(nina->linkedinUrl, u"https://www.linkedin.com/in/ninasimone"_s);
        QCOMPARE(nina->companyDomain, u"jazz.io"_s);
        QCOMPARE(nina->title, u"VP Sales"_s);
        QCOMPARE(nina->city, u"Paris"_s);
        QCOMPARE(nina->region, u"\u00cele-de-France"_s);
        QCOMPARE(nina->country, u"France"_s);
        QCOMPARE(nina->companySize, u"51-200"_s);
        QCOMPARE(nina->customFields.value(u"Sales Navigator Profile URL"_s).toString(),
                 u"https://www.linkedin.com/sales/lead/ACwAAA1"_s);
        QCOMPARE(nina->customFields.value(u"Email Status"_s).toString(), u"valid"_s);
        const auto john = t.byEmail(u"john@gmail.com"_s);
        QCOMPARE(john->companyDomain, QString()); // free mail is nobody's company
        QCOMPARE(john->linkedinUrl, u"https://www.linkedin.com/in/coltrane"_s);
        QCOMPARE(t.text(u"SELECT company_domain FROM prospects WHERE last_name = 'Davis'"_s),
                 u"bluenote.com"_s);

        r = t.import(fixture(u"preset-salesnav-phantombuster.csv"_s));
        QCOMPARE(r.mappingName, u"salesnav"_s);
        QCOMPARE(r.counts.created, 2);
        QCOMPARE(t.text(u"SELECT first_name || '|' || last_name || '|' || linkedin_url FROM prospects WHERE "
                        "company_name = 'Commodore'"_s),
                 u"Billie|Holiday|https://www.linkedin.com/in/billieholiday"_s);

        r = t.import(fixture(u"preset-apollo.csv"_s));
        QCOMPARE(r.mappingName, u"apollo"_s);
        QCOMPARE(r.counts.created, 2);
        const auto herbie = t.byEmail(u"herbie@headhunters.com"_s);
        QCOMPARE(herbie->phoneKey, u"15550102030"_s);
        QCOMPARE(herbie->linkedinUrl, u"https://www.linkedin.com/in/herbiehancock"_s);
        QCOMPARE(herbie->region, u"Illinois"_s);
        QCOMPARE(herbie->companySize, u"120"_s);
        QCOMPARE(t.byEmail(u"chick@rtf.io"_s)->phone, u"+1 555 777 8888"_s);

        r = t.import(fixture(u"preset-hubspot.csv"_s));
        QCOMPARE(r.mappingName, u"hubspot"_s);
        QCOMPARE(r.counts.created, 2);
        const auto ray = t.byEmail(u"ray@soul.com"_s);
        QVERIFY(ray);
        QCOMPARE(ray->customFields.value(u"Record ID"_s).toString(), u"1002"_s);
        QCOMPARE(ray->country, u"United States"_s);

        r = t.import(fixture(u"preset-lemlist.csv"_s));
        QCOMPARE(r.mappingName, u"lemlist"_s);
        QCOMPARE(r.counts.created, 2);
        QCOMPARE(t.byEmail(u"sam@sar.com"_s)->customFields.value(u"icebreaker"_s).toString(),
                 u"Change is gonna come, right?"_s);
        QCOMPARE(t.prospects(), 11);
    }

    void duplicatesWithinTheFile() {
        TestDatabase t;
        ImportResult r = t.import(fixture(u"duplicates.csv"_s));
        QCOMPARE(r.counts.rows, 8);
        QCOMPARE(r.counts.created, 4);
        QCOMPARE(r.counts.duplicates, 4);
        QCOMPARE(r.counts.updated, 0);
        QCOMPARE(r.counts.rejected, 0);
        QCOMPARE(t.prospects(), 4);
        // Duplicates found by LinkedIn URL variant and by name + domain filled the empty fields.
        const auto grace = t.byEmail(u"grace@cobol.dev"_s);
        QVERIFY(grace);
        QCOMPARE(grace->linkedinUrl, u"https://www.linkedin.com/in/gracehopper"_s);
        QCOMPARE(grace->title, u"Rear Admiral"_s);
        QCOMPARE(t.text(u"SELECT title FROM prospects WHERE name_key = 'alan turing|bletchley.uk'"_s),
                 u"Cryptanalyst"_s);
        QCOMPARE(t.byEmail(u"kj@nasa.gov"_s)->title, u"Mathematician"_s);
        // Rows merged into prospects this import created are not "changes" to undo.
        QCOMPARE(t.scalar(u"SELECT count(*) FROM import_changes"_s), 0);

        r = t.import(fixture(u"duplicates.csv"_s));
        QCOMPARE(r.counts.created, 0);
        QCOMPARE(r.counts.duplicates, 8);
        QCOMPARE(r.counts.updated, 0);
        QCOMPARE(t.prospects(), 4);
    }

    void policiesAgainstTheDatabase_data() {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("linkedin");
        QTest::newRow("skip") << int(DedupPolicy::Skip) << 0 << 5 << u"Old title"_s << u"<null>"_s;
        QTest::newRow("fill") << int(DedupPolicy::Fill) << 1 << 4 << u"Old title"_s
                              << u"https://www.linkedin.com/in/adalovelace"_s;
        // Row 2 ("ada", lower case) overwrites again: two rows updated the prospect.
        QTest::newRow("overwrite") << int(DedupPolicy::Overwrite) << 2 << 3 << u"Countess"_s
                                   << u"https://www.linkedin.com/in/adalovelace"_s;
    }
    void policiesAgainstTheDatabase() {
        QFETCH(int, policy);
        QFETCH(int, updated);
        QFETCH(int, duplicates);
        QFETCH(QString, title);
        QFETCH(QString, linkedin);
        TestDatabase t;
        storage::Prospect ada;
        ada.firstName = u"Ada"_s;
        ada.email = u"ada@analytical.io"_s;
        ada.title = u"Old title"_s;
        ada.hubspotId = u"hs-1"_s; // enrichment/sync data an import must never destroy
        storage::ProspectRepository repository(*t.db);
        const qint64 id = repository.insert(ada);
        QVERIFY(id > 0);
        const ImportResult r = t.import(fixture(u"duplicates.csv"_s), DedupPolicy(policy));
        QCOMPARE(r.counts.created, 3);
        QCOMPARE(r.counts.updated, updated);
        QCOMPARE(r.counts.duplicates, duplicates);
        QCOMPARE(t.text(u"SELECT title FROM prospects WHERE id = ?"_s, {id}), title);
        QCOMPARE(t.text(u"SELECT linkedin_url FROM prospects WHERE id = ?"_s, {id}), linkedin);
        QCOMPARE(t.text(u"SELECT hubspot_id FROM prospects WHERE id = ?"_s, {id}), u"hs-1"_s);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM prospects WHERE email = 'ada@analytical.io'"_s), 1);
        QCOMPARE(t.scalar(u"SELECT id FROM prospects WHERE email = 'ada@analytical.io'"_s), id); // same row
    }

    void aRowMatchingTwoProspectsDoesNotStealAnIdentity() {
        TestDatabase t;
        storage::ProspectRepository repository(*t.db);
        storage::Prospect byEmail;
        byEmail.email = u"grace@cobol.dev"_s;
        const qint64 emailOwner = repository.insert(byEmail);
        storage::Prospect byUrl;
        byUrl.linkedinUrl = u"https://www.linkedin.com/in/gracehopper"_s;
        const qint64 urlOwner = repository.insert(byUrl);
        const QString path = t.dir.filePath(u"both.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Email,LinkedIn,Title\ngrace@cobol.dev,linkedin.com/in/gracehopper,Rear Admiral\n");
        file.close();
        const ImportResult r = t.import(path);
        QCOMPARE(r.status, u"completed"_s);
        QCOMPARE(r.counts.updated, 1);
        QCOMPARE(t.text(u"SELECT title FROM prospects WHERE id = ?"_s, {emailOwner}), u"Rear Admiral"_s);
        QCOMPARE(t.text(u"SELECT linkedin_url FROM prospects WHERE id = ?"_s, {emailOwner}), u"<null>"_s);
        QCOMPARE(t.text(u"SELECT linkedin_url FROM prospects WHERE id = ?"_s, {urlOwner}),
                 u"https://www.linkedin.com/in/gracehopper"_s);
    }

    void invalidRowsGoToTheErrorReport() {
        TestDatabase t;
        const ImportResult r = t.import(fixture(u"invalid.csv"_s));
        QCOMPARE(r.status, u"completed"_s);
        QCOMPARE(r.counts.rows, 8); // the blank line is not a row
        QCOMPARE(r.counts.created, 4);
        QCOMPARE(r.counts.rejected, 4);
        QVERIFY(!r.errorReport.isEmpty());
        QFile report(r.errorReport);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(report.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(0).endsWith(u"LinkedIn,error"_s));
        QVERIFY(lines.at(1).startsWith(u"Pierre,Curie,pierre@@radium,Radium Institute,,"_s));
        QVERIFY(lines.at(1).contains(u"Invalid email"_s));
        QVERIFY(lines.at(2).startsWith(u"Nobody,,,,,\"No identity"_s));
        QVERIFY(lines.at(3).startsWith(u",,,Acme,,\"No identity"_s));
        QVERIFY(lines.at(4).startsWith(u"Otto,Hahn"_s));
        QCOMPARE(t.byEmail(u"emmy@gmail.com"_s)->companyDomain, QString());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM prospects WHERE linkedin_url = "
                          "'https://www.linkedin.com/in/someone'"_s),
                 1);
        storage::ImportRepository imports(*t.db);
        QCOMPARE(imports.get(r.importId)->errorReport, r.errorReport);
    }

    // The sniffer judges the encoding on the first 64 KB. A Windows-1252 byte 3 MB into a file
    // sniffed as UTF-8 keeps its character (it is read as Windows-1252); the UTF-8 rows around it
    // and the rest of its own row are unaffected, and no U+FFFD is stored.
    void windows1252ByteDeepInAUtf8File() {
        TestDatabase t;
        const QString path = t.dir.filePath(u"late-1252.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Email,Company,Filler\n");
        const QByteArray filler(1000, 'x');
        for (int i = 0; file.size() < 3 * 1024 * 1024; ++i)
            file.write("Zo\xc3\xab,\xc3\x85ngstr\xc3\xb6m " + QByteArray::number(i) + ",zoe" +
                       QByteArray::number(i) + "@nordic.se,Nordic," + filler + '\n');
        file.write("Jos\xc3\xa9,Caf\xe9,jose@cafe.fr,Caf\xe9 Noir \x80,\n");
        file.write("Chlo\xc3\xa9,Dupont,chloe@paris.fr,Fa\xc3\xa7"
                   "ade,\n");
        file.close();
        const ImportResult r = t.import(path);
        QCOMPARE(r.status, u"completed"_s);
        QCOMPARE(r.encoding, u"utf-8"_s);
        QCOMPARE(r.counts.rejected, 0);
        const auto jose = t.byEmail(u"jose@cafe.fr"_s);
        QVERIFY(jose);
        QCOMPARE(jose->firstName, u"Jos\u00e9"_s);
        QCOMPARE(jose->lastName, u"Caf\u00e9"_s);
        QCOMPARE(jose->companyName, u"Caf\u00e9 Noir \u20ac"_s);
        QCOMPARE(t.byEmail(u"chloe@paris.fr"_s)->companyName, u"Fa\u00e7ade"_s);
        QCOMPARE(r.counts.created, r.counts.rows);
        QVERIFY(r.counts.rows > 3000);
        QCOMPARE(t.text(u"SELECT last_name FROM prospects WHERE email = 'zoe7@nordic.se'"_s),
                 u"\u00c5ngstr\u00f6m 7"_s);
        QCOMPARE(
            t.scalar(u"SELECT count(*) FROM prospects WHERE instr(first_name || last_name || company_name, "
                     "char(65533)) > 0"_s),
            0);
    }

    void hostileFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u"empty.csv"_s << u"failed"_s << 0 << 0 << 0 << u"empty"_s;
        QTest::newRow("header only") << u"header-only.csv"_s << u"completed"_s << 0 << 0 << 0 << QString();
        QTest::newRow("binary") << u"binary.bin"_s << u"failed"_s << 0 << 0 << 0 << u"not a text file"_s;
        QTest::newRow("2 MB field") << u"bigfield.csv"_s << u"completed"_s << 3 << 2 << 1 << QString();
        QTest::newRow("10,001 columns")
            << u"too-many-columns.csv"_s << u"completed"_s << 2 << 1 << 1 << QString();
        QTest::newRow("unterminated quote")
            << u"unterminated.csv"_s << u"completed"_s << 2 << 1 << 1 << QString();
        QTest::newRow("formulas") << u"formulas.csv"_s << u"completed"_s << 2 << 2 << 0 << QString();
    }
    void hostileFiles() {
        QFETCH(QString, file);
        QFETCH(QString, status);
        QFETCH(int, rows);
        QFETCH(int, created);
        QFETCH(int, rejected);
        QFETCH(QString, message);
        TestDatabase t;
        const ImportResult r = t.import(fixture(file));
        QCOMPARE(r.status, status);
        QCOMPARE(r.counts.rows, rows);
        QCOMPARE(r.counts.created, created);
        QCOMPARE(r.counts.rejected, rejected);
        QCOMPARE(t.prospects(), created);
        QVERIFY2(r.errorMessage.contains(message), qPrintable(r.errorMessage));
        QVERIFY(r.importId > 0); // every attempt is in the history
        storage::ImportRepository imports(*t.db);
        QCOMPARE(imports.get(r.importId)->status, status);
        QCOMPARE(imports.get(r.importId)->errorMessage, r.errorMessage);
    }

    void tooWideFilesNameTheColumnLimit() {
        // A header over the limit stops the import with a message naming the limit (it used to say
        // only "the header row cannot be read"); a data row over it is rejected with the limit in
        // the error report, and the rows around it are imported.
        TestDatabase t;
        const QString limit = QLocale().toString(qlonglong(csv::CsvReader::kMaxColumns));
        QByteArray header = "Email";
        for (int i = 1; i <= csv::CsvReader::kMaxColumns; ++i)
            header += ",c" + QByteArray::number(i);
        const QString wideHeader = t.dir.filePath(u"wide-header.csv"_s);
        QFile file(wideHeader);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header + "\nada@example.org\n");
        file.close();
        ImportResult r = t.import(wideHeader);
        QCOMPARE(r.status, u"failed"_s);
        QVERIFY2(r.errorMessage.contains(limit), qPrintable(r.errorMessage));
        QVERIFY2(r.errorMessage.contains(QLocale().toString(csv::CsvReader::kMaxColumns + 1)),
                 qPrintable(r.errorMessage));
        QVERIFY(r.errorMessage.contains(u"header"_s));
        QCOMPARE(t.prospects(), 0);

        r = t.import(fixture(u"too-many-columns.csv"_s));
        QCOMPARE(r.counts.rejected, 1);
        QFile report(r.errorReport);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString reasons = QString::fromUtf8(report.readAll());
        QVERIFY2(reasons.contains(limit), qPrintable(reasons.right(300)));
    }

    void hostileDetails() {
        TestDatabase t;
        ImportResult r = t.import(fixture(u"unterminated.csv"_s));
        QFile report(r.errorReport);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(report.readAll()).contains(u"starting on line 3"_s));
        r = t.import(fixture(u"formulas.csv"_s));
        // Stored as typed (the app never evaluates cells; export neutralizes them).
        QCOMPARE(t.byEmail(u"eve@evil.test"_s)->companyName, u"=HYPERLINK(\"http://evil.test\",\"x\")"_s);
        QCOMPARE(t.byEmail(u"mal@evil.test"_s)->companyName, u"+1-555"_s);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM notes WHERE body = '@SUM(A1)'"_s), 1);
    }

    void tagsAndNotesAreNotDuplicatedOnReimport() {
        TestDatabase t;
        ImportResult r = t.import(fixture(u"generic-fullname.csv"_s));
        QCOMPARE(r.counts.created, 4);
        const auto marie = t.byEmail(u"marie.curie@radium.fr"_s);
        QCOMPARE(marie->firstName, u"Marie"_s);
        QCOMPARE(marie->lastName, u"Curie"_s);
        QCOMPARE(marie->title, u"Director"_s);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM prospect_tags WHERE prospect_id = ?"_s, {marie->id}), 2);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM notes WHERE prospect_id = ?"_s, {marie->id}), 1);
        QCOMPARE(t.byEmail(u"ada@analytical.io"_s)->lastName, u"Lovelace"_s);
        QCOMPARE(t.text(u"SELECT last_name FROM prospects WHERE first_name = 'Jean-Claude'"_s),
                 u"Van Damme"_s);
        r = t.import(fixture(u"generic-fullname.csv"_s));
        QCOMPARE(r.counts.duplicates, 4);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM notes"_s), 1);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM prospect_tags"_s), 3);
        // Notes are searchable.
        storage::ProspectRepository repository(*t.db);
        storage::ProspectFilter filter;
        filter.search = u"nobel"_s;
        QCOMPARE(repository.list(filter).size(), 1);
    }

    void cancelKeepsCommittedBatches() {
        TestDatabase t;
        const QString path = t.dir.filePath(u"many.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Email,Company\n");
        for (int i = 0; i < 20000; ++i)
            file.write(QStringLiteral("F%1,L%1,user%1@example.com,Acme %1\n").arg(i).toUtf8());
        file.close();

        ImportOptions options;
        options.filePath = path;
        options.batchSize = 1000;
        options.reportsDir = t.dir.path();
        options.loadMode = loadMode();
        ImportJob job(*t.db, options);
        QSignalSpy progress(&job, &ImportJob::progress);
        connect(
            &job, &ImportJob::progress, &job,
            [&job](const ImportProgress &p) {
                if (p.counts.rows >= 5500)
                    job.cancel();
            },
            Qt::DirectConnection);
        job.run();
        const ImportResult r = job.result();
        QCOMPARE(r.status, u"cancelled"_s);
        QVERIFY(r.counts.created >= 5000);
        QVERIFY(r.counts.created < 20000);
        QCOMPARE(r.counts.created % 1000, 0); // only whole batches
        QCOMPARE(t.prospects(), r.counts.created);
        storage::ImportRepository imports(*t.db);
        const auto rec = imports.get(r.importId);
        QCOMPARE(rec->status, u"cancelled"_s);
        QCOMPARE(rec->created, r.counts.created);
        QCOMPARE(rec->rowsTotal, r.counts.rows);
        QVERIFY(progress.size() >= 5);
        const auto last = progress.last().at(0).value<ImportProgress>();
        QVERIFY(last.rowsPerSecond > 0);
        QVERIFY(last.bytesTotal > 0);
        // The index matches the table after a rollback.
        QCOMPARE(t.scalar(u"SELECT count(*) FROM prospect_search"_s), r.counts.created);
    }

    // Another writer stores, between two batches, an email the file holds further down. Row by
    // row, the unique index turns the insert into a merge; in a bulk load the in-memory check
    // cannot see it, and the copy is merged into the other prospect before the unique index comes
    // back. Either way: one prospect with that email, filled from the file, and Undo restores it.
    void aConcurrentWriterStoresAnEmailTheFileHolds() {
        TestDatabase t;
        const QString path = t.dir.filePath(u"concurrent.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Email,Company,Tags\n");
        for (int i = 0; i < 3000; ++i)
            file.write(QStringLiteral("F%1,L%1,u%1@acme.io,Acme,%2\n")
                           .arg(i)
                           .arg(i == 2500 ? u"vip"_s : QString())
                           .toUtf8());
        file.close();

        storage::Database other(t.dir.filePath(u"test.db"_s)); // a second connection: another writer
        qint64 concurrentId = 0;
        ImportOptions options;
        options.filePath = path;
        options.batchSize = 1000;
        options.reportsDir = t.dir.path();
        options.loadMode = loadMode();
        ImportJob job(*t.db, options);
        connect(
            &job, &ImportJob::progress, &job,
            [&](const ImportProgress &p) {
                // Right after the first commit: the import holds no lock.
                if (concurrentId != 0 || p.counts.rows != 1000)
                    return;
                QSqlQuery q(other.connection());
                if (q.exec(u"INSERT INTO prospects (email, title, created_at, updated_at) VALUES "
                           "('u2500@acme.io', 'Concurrent', 1, 1)"_s))
                    concurrentId = q.lastInsertId().toLongLong();
            },
            Qt::DirectConnection);
        job.run();
        const ImportResult r = job.result();
        QVERIFY(concurrentId > 0);
        QCOMPARE(r.status, u"completed"_s);
        QCOMPARE(r.counts.rows, 3000);
        QCOMPARE(r.counts.created, 2999);
        QCOMPARE(r.counts.updated, 1);
        QCOMPARE(r.counts.duplicates, 0);
        QCOMPARE(t.prospects(), 3000);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM prospects WHERE email = 'u2500@acme.io'"_s), 1);
        QCOMPARE(t.text(u"SELECT first_name || '|' || title FROM prospects WHERE id = ?"_s, {concurrentId}),
                 u"F2500|Concurrent"_s);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM prospect_tags WHERE prospect_id = ?"_s, {concurrentId}), 1);
        storage::ImportRepository imports(*t.db);
        QCOMPARE(imports.get(r.importId)->created, 2999);
        QCOMPARE(imports.get(r.importId)->updated, 1);
        // Every index is back, and the search index holds each prospect once.
        QCOMPARE(t.scalar(u"SELECT count(*) FROM deferred_schema"_s), 0);
        QVERIFY(t.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'prospects_email'"_s) == 1);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM prospect_search"_s), 3000);
        QCOMPARE(t.text(u"PRAGMA integrity_check"_s), u"ok"_s);

        const ImportUndo::Result undone = ImportUndo(*t.db).undo(r.importId);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(t.prospects(), 1);
        QCOMPARE(t.text(u"SELECT first_name || '|' || title FROM prospects WHERE id = ?"_s, {concurrentId}),
                 u"|Concurrent"_s);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM prospect_tags"_s), 0);
    }

    // One progress bar across reading and (bulk load) rebuilding: it never goes back and ends full.
    void progressCoversEveryPhase() {
        TestDatabase t;
        const QString path = t.dir.filePath(u"progress.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Email,Company\n");
        for (int i = 0; i < 6000; ++i)
            file.write(QStringLiteral("F%1,L%1,p%1@example.com,Acme %1\n").arg(i).toUtf8());
        file.close();
        ImportOptions options;
        options.filePath = path;
        options.batchSize = 1000;
        options.reportsDir = t.dir.path();
        options.loadMode = loadMode();
        ImportJob job(*t.db, options);
        QSignalSpy progress(&job, &ImportJob::progress);
        job.run();
        QCOMPARE(job.result().status, u"completed"_s);
        QCOMPARE(job.result().bulkLoad, loadMode() == ImportOptions::LoadMode::Bulk);
        double last = 0;
        bool indexing = false;
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            const auto p = signal.at(0).value<ImportProgress>();
            QVERIFY2(p.fraction() >= last, qPrintable(u"%1 after %2"_s.arg(p.fraction()).arg(last)));
            last = p.fraction();
            indexing = indexing || p.phase == ImportProgress::Phase::Indexing;
        }
        QCOMPARE(last, 1.0);
        QCOMPARE(indexing, job.result().bulkLoad);
    }

    void interruptedImportsAreMarkedFailed() {
        TestDatabase t;
        storage::ImportRepository imports(*t.db);
        storage::ImportRecord crashed;
        crashed.fileName = u"big.csv"_s;
        const qint64 id = imports.create(crashed); // status "running", as a kill -9 leaves it
        const ImportResult done = t.import(fixture(u"utf8-comma-lf.csv"_s));
        QCOMPARE(ImportJob::markInterrupted(*t.db), 1);
        QCOMPARE(imports.get(id)->status, u"failed"_s);
        QVERIFY(imports.get(id)->errorMessage.contains(u"Interrupted"_s));
        QCOMPARE(imports.get(done.importId)->status, u"completed"_s);
        QCOMPARE(ImportJob::markInterrupted(*t.db), 0);
    }

    void failedDuplicateCheckStopsTheImport() {
        TestDatabase t;
        QVERIFY(t.import(fixture(u"utf8-comma-lf.csv"_s)).status == u"completed"_s);
        // Make reads of the identity columns fail, as a corrupt index or I/O error would.
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(u"ALTER TABLE prospects RENAME COLUMN email TO email_gone"_s));
        const ImportResult r = t.import(fixture(u"utf8-bom-semicolon-crlf.csv"_s));
        QCOMPARE(r.status, u"failed"_s);
        QCOMPARE(r.counts.created, 0);
        QCOMPARE(t.prospects(), 3);
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
