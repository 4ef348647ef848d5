#include "csv/csvreader.h"
#include "csv/csvsniffer.h"
#include "importing/mappingpresets.h"

#include <QFile>
#include <QtTest>

using namespace prospector::importing;
using namespace prospector::csv;
using namespace Qt::StringLiterals;

namespace {

QStringList headersOf(const QString &name) {
    QFile file(QStringLiteral(PROSPECTOR_FIXTURES_DIR "/csv/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const SniffResult sniffed = CsvSniffer::sniff(file.peek(CsvSniffer::kSampleSize), false);
    CsvReader reader(&file, sniffed.dialect);
    CsvRecord record;
    reader.next(record);
    return record.fields;
}

ImportField fieldOf(const ColumnMapping &mapping, const QString &header) {
    for (const ColumnAssignment &c : mapping.columns) {
        if (c.header == header)
            return c.field;
    }
    return ImportField::Ignore;
}

} // namespace

class TestMappingPresets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalizeHeader() {
        QCOMPARE(MappingPresets::normalizeHeader(u"E-mail Address"), u"emailaddress"_s);
        QCOMPARE(MappingPresets::normalizeHeader(u"  First_Name "), u"firstname"_s);
        QCOMPARE(MappingPresets::normalizeHeader(u"Pr\u00e9nom"), u"prenom"_s);
        QCOMPARE(MappingPresets::normalizeHeader(u"# Employees"), u"employees"_s);
    }

    void detectsEachPreset_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("preset");
        QTest::newRow("evaboot") << u"preset-salesnav-evaboot.csv"_s << u"salesnav"_s;
        QTest::newRow("phantombuster") << u"preset-salesnav-phantombuster.csv"_s << u"salesnav"_s;
        QTest::newRow("apollo") << u"preset-apollo.csv"_s << u"apollo"_s;
        QTest::newRow("hubspot") << u"preset-hubspot.csv"_s << u"hubspot"_s;
        QTest::newRow("lemlist") << u"preset-lemlist.csv"_s << u"lemlist"_s;
        QTest::newRow("generic") << u"generic-fullname.csv"_s << u"generic"_s;
        QTest::newRow("plain") << u"utf8-comma-lf.csv"_s << u"generic"_s;
    }
    void detectsEachPreset() {
        QFETCH(QString, file);
        QFETCH(QString, preset);
        const QStringList headers = headersOf(file);
        QVERIFY(!headers.isEmpty());
        QCOMPARE(MappingPresets::detect(headers), preset);
    }

    void phantombusterProfileUrlIsNotTheProfile() {
        const ColumnMapping m =
            MappingPresets::map(headersOf(u"preset-salesnav-phantombuster.csv"_s), u"salesnav"_s);
        QCOMPARE(m.name, u"salesnav"_s);
        QCOMPARE(fieldOf(m, u"profileUrl"_s), ImportField::Custom);
        QCOMPARE(fieldOf(m, u"linkedInProfileUrl"_s), ImportField::LinkedinUrl);
        QCOMPARE(fieldOf(m, u"fullName"_s), ImportField::FullName);
        QCOMPARE(fieldOf(m, u"companyUrl"_s), ImportField::Custom);
        QCOMPARE(fieldOf(m, u"location"_s), ImportField::Location);
        QCOMPARE(fieldOf(m, u"title"_s), ImportField::Title);
    }

    void evaboot() {
        const ColumnMapping m =
            MappingPresets::map(headersOf(u"preset-salesnav-evaboot.csv"_s), u"salesnav"_s);
        QCOMPARE(fieldOf(m, u"Linkedin URL"_s), ImportField::LinkedinUrl);
        QCOMPARE(fieldOf(m, u"Sales Navigator Profile URL"_s), ImportField::Custom);
        QCOMPARE(fieldOf(m, u"Company Website"_s), ImportField::Website);
        QCOMPARE(fieldOf(m, u"Company Domain"_s), ImportField::CompanyDomain);
        QCOMPARE(fieldOf(m, u"Company Headcount"_s), ImportField::CompanySize);
        QCOMPARE(fieldOf(m, u"Email Status"_s), ImportField::Custom);
    }

    void apollo() {
        const ColumnMapping m = MappingPresets::map(headersOf(u"preset-apollo.csv"_s), u"apollo"_s);
        QCOMPARE(fieldOf(m, u"Person Linkedin Url"_s), ImportField::LinkedinUrl);
        QCOMPARE(fieldOf(m, u"Company Linkedin Url"_s), ImportField::Custom);
        QCOMPARE(fieldOf(m, u"First Phone"_s), ImportField::Phone);
        QCOMPARE(fieldOf(m, u"Corporate Phone"_s), ImportField::Phone);
        QCOMPARE(fieldOf(m, u"# Employees"_s), ImportField::CompanySize);
        QCOMPARE(fieldOf(m, u"Company"_s), ImportField::Company);
        QCOMPARE(fieldOf(m, u"Company Name for Emails"_s), ImportField::Custom);
        QCOMPARE(fieldOf(m, u"State"_s), ImportField::Region);
    }

    void hubspotAndLemlist() {
        ColumnMapping m = MappingPresets::map(headersOf(u"preset-hubspot.csv"_s), u"hubspot"_s);
        QCOMPARE(fieldOf(m, u"Record ID"_s), ImportField::Custom);
        QCOMPARE(fieldOf(m, u"Website URL"_s), ImportField::Website);
        QCOMPARE(fieldOf(m, u"State/Region"_s), ImportField::Region);
        QCOMPARE(fieldOf(m, u"Country/Region"_s), ImportField::Country);
        QCOMPARE(fieldOf(m, u"Phone Number"_s), ImportField::Phone);
        m = MappingPresets::map(headersOf(u"preset-lemlist.csv"_s), u"lemlist"_s);
        QCOMPARE(fieldOf(m, u"companyDomain"_s), ImportField::CompanyDomain);
        QCOMPARE(fieldOf(m, u"jobTitle"_s), ImportField::Title);
        QCOMPARE(fieldOf(m, u"icebreaker"_s), ImportField::Custom);
        QCOMPARE(fieldOf(m, u"linkedinUrl"_s), ImportField::LinkedinUrl);
    }

    void genericSynonyms() {
        const ColumnMapping m = MappingPresets::map(headersOf(u"generic-fullname.csv"_s), u"generic"_s);
        QCOMPARE(fieldOf(m, u"Name"_s), ImportField::FullName);
        QCOMPARE(fieldOf(m, u"E-mail"_s), ImportField::Email);
        QCOMPARE(fieldOf(m, u"Organisation"_s), ImportField::Company);
        QCOMPARE(fieldOf(m, u"Position"_s), ImportField::Title);
        QCOMPARE(fieldOf(m, u"Tags"_s), ImportField::Tags);
        QCOMPARE(fieldOf(m, u"Notes"_s), ImportField::Notes);
        // An unknown preset id falls back to the generic rules.
        QCOMPARE(MappingPresets::map({u"Email"_s}, u"nonsense"_s).name, u"generic"_s);
    }

    void presetIds() {
        QCOMPARE(MappingPresets::presetIds(),
                 QStringList({u"generic"_s, u"salesnav"_s, u"apollo"_s, u"hubspot"_s, u"lemlist"_s}));
        QVERIFY(!MappingPresets::presetLabel(u"apollo"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMappingPresets)
#include "tst_mappingpresets.moc"
