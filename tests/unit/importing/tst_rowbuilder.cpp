#include "importing/mappingpresets.h"
#include "importing/rowbuilder.h"

#include <QtTest>

using namespace prospector::importing;
using namespace prospector::csv;
using namespace Qt::StringLiterals;

namespace {

CsvRecord row(const QStringList &fields) {
    CsvRecord r;
    r.fields = fields;
    r.columnCount = fields.size();
    r.line = 2;
    return r;
}

QString customValue(const ProspectDraft &d, const QString &key) {
    for (const auto &[k, v] : d.customFields) {
        if (k == key)
            return v;
    }
    return QString();
}

} // namespace

class TestRowBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalizesAValidRow() {
        const QStringList headers = {u"Name"_s,  u"Email"_s,    u"Company"_s, u"Website"_s,    u"LinkedIn"_s,
                                     u"Phone"_s, u"Location"_s, u"Tags"_s,    u"Lead Score"_s, u"Notes"_s};
        const RowBuilder builder(MappingPresets::map(headers, u"generic"_s), u"file.csv"_s);
        ProspectDraft d;
        const QString reason = builder.build(
            row({u" Dr. Marie  Curie "_s, u" Marie.Curie@RADIUM.fr"_s, u"Radium Institute"_s,
                 u"https://www.radium.fr/"_s, u"http://fr.linkedin.com/in/MarieCurie/"_s, u"+33 1 23"_s,
                 u"Paris, France"_s, u"physics; chemistry, physics"_s, u"=42"_s, u"Met at Solvay"_s}),
            d);
        QCOMPARE(reason, QString());
        QCOMPARE(d.firstName, u"Marie"_s);
        QCOMPARE(d.lastName, u"Curie"_s);
        QCOMPARE(d.email, u"marie.curie@radium.fr"_s);
        QCOMPARE(d.linkedinUrl, u"https://www.linkedin.com/in/mariecurie"_s);
        QCOMPARE(d.companyDomain, u"radium.fr"_s); // website wins over the email domain
        QCOMPARE(d.phone, u"+33 1 23"_s);
        QCOMPARE(d.phoneKey, u"33123"_s);
        QCOMPARE(d.city, u"Paris"_s);
        QCOMPARE(d.country, u"France"_s);
        QCOMPARE(d.tags, QStringList({u"physics"_s, u"chemistry"_s}));
        QCOMPARE(d.notes, u"Met at Solvay"_s);
        QCOMPARE(d.source, u"file.csv"_s);
        QCOMPARE(customValue(d, u"Lead Score"_s), u"=42"_s); // stored as typed, never evaluated
        QCOMPARE(d.nameKey, u"marie curie|radium.fr"_s);
        QCOMPARE(customFieldsJson(d.customFields), u"{\"Lead Score\":\"=42\"}"_s);
    }

    void companyDomainFromEmailButNotFreeMail() {
        const RowBuilder builder(MappingPresets::map({u"Email"_s, u"Company"_s}, u"generic"_s), u"f"_s);
        ProspectDraft d;
        QCOMPARE(builder.build(row({u"ada@analytical.io"_s, u"AE"_s}), d), QString());
        QCOMPARE(d.companyDomain, u"analytical.io"_s);
        QCOMPARE(builder.build(row({u"ada@gmail.com"_s, u"AE"_s}), d), QString());
        QCOMPARE(d.companyDomain, QString());
    }

    void rejectionReasons() {
        const QStringList headers = {u"First Name"_s, u"Last Name"_s, u"Email"_s, u"Company"_s,
                                     u"LinkedIn"_s};
        const RowBuilder builder(MappingPresets::map(headers, u"generic"_s), u"f"_s);
        ProspectDraft d;
        QVERIFY(builder.build(row({u"P"_s, u"C"_s, u"pierre@@radium"_s, u"R"_s, QString()}), d)
                    .contains(u"pierre@@radium"_s));
        QVERIFY(builder.build(row({u"Nobody"_s, QString(), QString(), QString(), QString()}), d)
                    .contains(u"identity"_s));
        QCOMPARE(builder.build(row({u"Solo"_s, QString(), QString(), u"Acme"_s, QString()}), d), QString());
        QCOMPARE(d.nameKey, u"solo|~acme"_s);
        // A Sales Navigator link is no identity, but it is kept.
        QVERIFY(builder
                    .build(row({QString(), QString(), QString(), QString(),
                                u"https://www.linkedin.com/sales/lead/X"_s}),
                           d)
                    .contains(u"identity"_s));
        CsvRecord broken = row({u"a"_s});
        broken.problem = CsvRecord::Problem::UnterminatedQuote;
        broken.problemLine = 7;
        QVERIFY(builder.build(broken, d).contains(u"7"_s));
        broken.problem = CsvRecord::Problem::TooManyColumns;
        broken.columnCount = 10001;
        // The reason names both the row's width and the limit, in the reader's locale.
        QVERIFY(builder.build(broken, d).contains(QLocale().toString(10001)));
        QVERIFY(builder.build(broken, d).contains(QLocale().toString(qlonglong(CsvReader::kMaxColumns))));
        broken.problem = CsvRecord::Problem::FieldTooLong;
        QVERIFY(builder.build(broken, d).contains(u"1 MB"_s));
    }

    void nonProfileLinkedinKeptAsCustom() {
        const RowBuilder builder(MappingPresets::map({u"Email"_s, u"LinkedIn"_s}, u"generic"_s), u"f"_s);
        ProspectDraft d;
        QCOMPARE(builder.build(row({u"a@b.io"_s, u"https://www.linkedin.com/company/acme"_s}), d), QString());
        QCOMPARE(d.linkedinUrl, QString());
        QCOMPARE(customValue(d, u"LinkedIn"_s), u"https://www.linkedin.com/company/acme"_s);
    }

    void raggedRows() {
        const RowBuilder builder(MappingPresets::map({u"Email"_s}, u"generic"_s), u"f"_s);
        ProspectDraft d;
        QCOMPARE(builder.build(row({u"a@b.io"_s, u"extra"_s, QString()}), d), QString());
        QCOMPARE(customValue(d, u"column_2"_s), u"extra"_s);
        QCOMPARE(d.customFields.size(), 1);
        QCOMPARE(builder.build(row({}), d).isEmpty(), false); // short row: no identity
    }

    void firstNonEmptyColumnWins() {
        ColumnMapping m = MappingPresets::map({u"First Phone"_s, u"Mobile Phone"_s, u"Email"_s}, u"apollo"_s);
        const RowBuilder builder(m, u"f"_s);
        ProspectDraft d;
        QCOMPARE(builder.build(row({QString(), u"+1 555"_s, u"a@b.io"_s}), d), QString());
        QCOMPARE(d.phone, u"+1 555"_s);
    }
};

QTEST_GUILESS_MAIN(TestRowBuilder)
#include "tst_rowbuilder.moc"
