#include "importing/normalizer.h"

#include <QtTest>

using namespace prospector::importing;
using namespace Qt::StringLiterals;

class TestNormalizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textIsTrimmedAndNfc() {
        // "e" + combining acute accent becomes the single precomposed character.
        QCOMPARE(normalize::text(u"  Jose\u0301 "_s), u"Jos\u00e9"_s);
        QCOMPARE(normalize::text(u"\tplain\r\n"_s), u"plain"_s);
    }

    void email() {
        QCOMPARE(normalize::email(u" Ada@Analytical.IO "_s), u"ada@analytical.io"_s);
        QCOMPARE(normalize::email(u"mailto:Bob@Example.com"_s), u"bob@example.com"_s);
    }

    void emailSyntax_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"ada@analytical.io"_s << true;
        QTest::newRow("plus and dots") << u"first.last+tag@sub.example.co.uk"_s << true;
        QTest::newRow("idn") << u"zoe@m\u00fcller.de"_s << true;
        QTest::newRow("two @") << u"pierre@@radium"_s << false;
        QTest::newRow("space") << u"otto hahn@kwi.de"_s << false;
        QTest::newRow("no tld") << u"a@localhost"_s << false;
        QTest::newRow("numeric tld") << u"a@10.0.0.1"_s << false;
        QTest::newRow("leading dot") << u".a@b.com"_s << false;
        QTest::newRow("double dot") << u"a..b@b.com"_s << false;
        QTest::newRow("empty label") << u"a@b..com"_s << false;
        QTest::newRow("hyphen label") << u"a@-b.com"_s << false;
        QTest::newRow("no local") << u"@b.com"_s << false;
    }
    void emailSyntax() {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(normalize::isValidEmail(email), valid);
    }

    void linkedinUrl_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        const QString ada = u"https://www.linkedin.com/in/adalovelace"_s;
        QTest::newRow("canonical") << ada << ada;
        QTest::newRow("trailing slash") << u"https://www.linkedin.com/in/adalovelace/"_s << ada;
        QTest::newRow("http, no www, mixed case") << u"http://linkedin.com/in/AdaLovelace"_s << ada;
        QTest::newRow("no scheme") << u"linkedin.com/in/adalovelace"_s << ada;
        QTest::newRow("country subdomain + query")
            << u"https://uk.linkedin.com/in/adalovelace?trk=public_profile"_s << ada;
        QTest::newRow("locale suffix") << u"www.linkedin.com/in/adalovelace/en/"_s << ada;
        QTest::newRow("fragment") << u"https://www.linkedin.com/in/adalovelace#about"_s << ada;
        QTest::newRow("percent-encoded") << u"https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa"_s
                                         << u"https://www.linkedin.com/in/jos\u00e9-garc\u00eda"_s;
        QTest::newRow("sales navigator")
            << u"https://www.linkedin.com/sales/lead/ACwAAA1,NAME"_s << QString();
        QTest::newRow("company page") << u"https://www.linkedin.com/company/acme"_s << QString();
        QTest::newRow("other site") << u"https://example.com/in/ada"_s << QString();
        QTest::newRow("lookalike host") << u"https://notlinkedin.com/in/ada"_s << QString();
        QTest::newRow("text") << u"ask me"_s << QString();
        QTest::newRow("blanks around the slug")
            << u"//m.linkedin.com/in/%20ada%20/"_s << u"https://www.linkedin.com/in/ada"_s;
        // Found by bench/fuzz mapping: these decoded into slugs whose canonical URL read back as
        // another profile ("bob/sub" -> "bob"), so a re-imported export no longer matched itself.
        QTest::newRow("encoded slash") << u"linkedin.com/in/bob%2Fsub"_s << QString();
        QTest::newRow("encoded query") << u"linkedin.com/in/bob%3Fx=1"_s << QString();
        QTest::newRow("encoded fragment") << u"linkedin.com/in/bob%23x"_s << QString();
        QTest::newRow("encoded percent") << u"linkedin.com/in/bob%252F"_s << QString();
        QTest::newRow("inner blank") << u"linkedin.com/in/ada%20lovelace"_s << QString();
    }
    void linkedinUrl() {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QCOMPARE(normalize::linkedinUrl(input), canonical);
        // The canonical form is a fixed point: de-duplication compares stored canonical URLs with the
        // normalized form of what a later import brings, which may be an export of the stored ones.
        if (!canonical.isEmpty())
            QCOMPARE(normalize::linkedinUrl(canonical), canonical);
    }

    void domains() {
        QCOMPARE(normalize::domainFromWebsite(u"https://www.Acme.com/about?x=1"_s), u"acme.com"_s);
        QCOMPARE(normalize::domainFromWebsite(u"acme.io"_s), u"acme.io"_s);
        QCOMPARE(normalize::domainFromWebsite(u"http://user@shop.acme.co.uk:8080/"_s), u"shop.acme.co.uk"_s);
        QCOMPARE(normalize::domainFromWebsite(u"not a site"_s), QString());
        // Found by bench/fuzz mapping: a domain must be a fixed point of its own normalizer, or a stored
        // company domain and the same value imported again would differ.
        QCOMPARE(normalize::domainFromWebsite(u"https://www.www.example.com:8080/x"_s), u"example.com"_s);
        QCOMPARE(normalize::domainFromWebsite(u"www.com"_s), u"www.com"_s);
        for (const QString &value : {u"www.www.example.com"_s, u"http://user@Shop.Acme.co.uk.:8080/"_s,
                                     u"b\u00fccher.de"_s, u"www.com"_s}) {
            const QString domain = normalize::domainFromWebsite(value);
            QCOMPARE(normalize::domainFromWebsite(domain), domain);
        }
        QCOMPARE(normalize::domainFromWebsite(u"localhost"_s), QString());
        QCOMPARE(normalize::companyDomainFromEmail(u"ada@analytical.io"_s), u"analytical.io"_s);
        QCOMPARE(normalize::companyDomainFromEmail(u"ada@gmail.com"_s), QString());
        QCOMPARE(normalize::companyDomainFromEmail(u"ada@yahoo.co.uk"_s), QString());
        QCOMPARE(normalize::companyDomainFromEmail(u"ada@hotmail.fr"_s), QString());
        QVERIFY(!normalize::isFreeMailDomain(u"acme.com"));
    }

    void phoneKey() {
        QCOMPARE(normalize::phoneKey(u"+1 (555) 010-2030"), u"15550102030"_s);
        QCOMPARE(normalize::phoneKey(u"n/a"), QString());
    }

    void fullName_data() {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("two words") << u"Ada Lovelace"_s << u"Ada"_s << u"Lovelace"_s;
        QTest::newRow("honorific") << u"Dr. Marie Curie"_s << u"Marie"_s << u"Curie"_s;
        QTest::newRow("last, first") << u"Lovelace, Ada"_s << u"Ada"_s << u"Lovelace"_s;
        QTest::newRow("suffix after comma") << u"Jane Doe, PhD"_s << u"Jane"_s << u"Doe"_s;
        QTest::newRow("suffix without comma")
            << u"Martin Luther King Jr."_s << u"Martin"_s << u"Luther King"_s;
        QTest::newRow("compound last name")
            << u"Jean-Claude Van Damme"_s << u"Jean-Claude"_s << u"Van Damme"_s;
        QTest::newRow("mononym") << u"Cher"_s << u"Cher"_s << QString();
        QTest::newRow("extra spaces") << u"  Grace   Hopper "_s << u"Grace"_s << u"Hopper"_s;
    }
    void fullName() {
        QFETCH(QString, full);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const normalize::PersonName name = normalize::splitFullName(full);
        QCOMPARE(name.first, first);
        QCOMPARE(name.last, last);
    }

    void location() {
        normalize::Location l = normalize::splitLocation(u"Paris, \u00cele-de-France, France");
        QCOMPARE(l.city, u"Paris"_s);
        QCOMPARE(l.region, u"\u00cele-de-France"_s);
        QCOMPARE(l.country, u"France"_s);
        l = normalize::splitLocation(u"New York, United States");
        QCOMPARE(l.city, u"New York"_s);
        QCOMPARE(l.region, QString());
        QCOMPARE(l.country, u"United States"_s);
        l = normalize::splitLocation(u"Greater Philadelphia");
        QCOMPARE(l.region, u"Greater Philadelphia"_s);
        QCOMPARE(l.city, QString());
    }

    void nameKey() {
        QCOMPARE(normalize::nameKey(u"Alan"_s, u"Turing"_s, u"bletchley.uk"_s, u"Bletchley Park"_s),
                 u"alan turing|bletchley.uk"_s);
        QCOMPARE(normalize::nameKey(u" alan "_s, u"TURING"_s, u"bletchley.uk"_s, QString()),
                 u"alan turing|bletchley.uk"_s);
        QCOMPARE(normalize::nameKey(u"Lise"_s, u"Meitner"_s, QString(), u"Kaiser  Wilhelm"_s),
                 u"lise meitner|~kaiser wilhelm"_s);
        QCOMPARE(normalize::nameKey(u"Nobody"_s, QString(), QString(), QString()), QString());
        QCOMPARE(normalize::nameKey(QString(), QString(), u"acme.com"_s, u"Acme"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestNormalizer)
#include "tst_normalizer.moc"
