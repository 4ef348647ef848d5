#include "autopilot/prospectsource.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace prospector;
using namespace prospector::autopilot;

class TestProspectSource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aCountryGivesAZoneOnlyWhenItKeepsOneTime() {
        QCOMPARE(ProspectSource::zoneOfCountry(QStringLiteral("France")), QStringLiteral("Europe/Paris"));
        QCOMPARE(ProspectSource::zoneOfCountry(QStringLiteral("fr")), QStringLiteral("Europe/Paris"));
        QCOMPARE(ProspectSource::zoneOfCountry(QStringLiteral("Germany")), QStringLiteral("Europe/Berlin"));
        QVERIFY(ProspectSource::zoneOfCountry(QStringLiteral("United States")).isEmpty()); // several times
        QVERIFY(ProspectSource::zoneOfCountry(QStringLiteral("Atlantis")).isEmpty());
        QVERIFY(ProspectSource::zoneOfCountry({}).isEmpty());
    }

    void theColumnWinsThenAnImportedColumnThenTheCountry() {
        const QJsonObject imported{{QStringLiteral("Time Zone"), QStringLiteral("America/Chicago")}};
        QCOMPARE(ProspectSource::timeZoneOf(QStringLiteral("Asia/Tokyo"), imported, QStringLiteral("France")),
                 QStringLiteral("Asia/Tokyo"));
        QCOMPARE(ProspectSource::timeZoneOf({}, imported, QStringLiteral("France")),
                 QStringLiteral("America/Chicago"));
        QCOMPARE(ProspectSource::timeZoneOf({}, {{QStringLiteral("TZ"), QStringLiteral("Mars/Olympus")}},
                                            QStringLiteral("France")),
                 QStringLiteral("Europe/Paris")); // an unknown zone is ignored
        QVERIFY(ProspectSource::timeZoneOf(QStringLiteral("not a zone"), {}, {}).isEmpty());
    }

    void knownZonesAreStoredInTheirColumn() {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("p.db")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        storage::ProspectRepository repo(db);
        storage::Prospect p;
        p.email = QStringLiteral("a@acme.io");
        p.customFields = {{QStringLiteral("timezone"), QStringLiteral("Europe/Lisbon")}};
        const qint64 imported = repo.insert(p);
        p.email = QStringLiteral("b@acme.io");
        p.customFields = {};
        p.country = QStringLiteral("France");
        const qint64 french = repo.insert(p);
        p.email = QStringLiteral("c@acme.io");
        p.country = QStringLiteral("United States");
        const qint64 american = repo.insert(p);
        const ProspectSource source(db);
        QVERIFY2(source.fillTimeZones({imported, french, american}, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT coalesce(time_zone, '-') FROM prospects ORDER BY id")));
        QStringList zones;
        while (q.next())
            zones << q.value(0).toString();
        QCOMPARE(zones, (QStringList{QStringLiteral("Europe/Lisbon"), QStringLiteral("Europe/Paris"),
                                     QStringLiteral("-")}));
        QList<Candidate> candidates;
        QVERIFY(source.candidates({american, imported}, &candidates, &error));
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates.at(0).prospectId, american); // in the order asked
        QVERIFY(candidates.at(0).timeZoneId.isEmpty());
        QCOMPARE(candidates.at(1).timeZoneId, QStringLiteral("Europe/Lisbon"));
    }
};

QTEST_GUILESS_MAIN(TestProspectSource)
#include "tst_prospectsource.moc"
