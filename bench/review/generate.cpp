// Writes a Prospector database with N synthetic prospects for bench_review: realistic spreads
// of names, companies, stages, scores, tiers, tags and archived rows. Usage: DB N [seed]
//
// Loading a million rows through the per-row FTS trigger and a dozen indexes would take many
// minutes, so this drops the prospects' triggers and indexes (keeping their exact SQL), bulk
// inserts, fills the search index in one statement, recreates everything from that SQL and
// recounts the view counts (schema 18): the result is the same schema a migrated database has.
#include "review/viewcountsschema.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

using namespace prospector;

namespace {

QString syllables(QRandomGenerator &rng, int count) {
    static const QStringList parts = {
        QStringLiteral("an"),   QStringLiteral("ber"), QStringLiteral("cal"), QStringLiteral("dor"),
        QStringLiteral("el"),   QStringLiteral("fin"), QStringLiteral("gar"), QStringLiteral("hal"),
        QStringLiteral("is"),   QStringLiteral("jon"), QStringLiteral("kel"), QStringLiteral("lin"),
        QStringLiteral("mar"),  QStringLiteral("nor"), QStringLiteral("o"),   QStringLiteral("per"),
        QStringLiteral("quin"), QStringLiteral("ros"), QStringLiteral("sa"),  QStringLiteral("ta"),
        QStringLiteral("ul"),   QStringLiteral("vin"), QStringLiteral("wen"), QStringLiteral("xa"),
        QStringLiteral("yo"),   QStringLiteral("zed"), QStringLiteral("mi"),  QStringLiteral("th"),
        QStringLiteral("son"),  QStringLiteral("ley")};
    QString word;
    for (int i = 0; i < count; ++i)
        word += parts.at(int(rng.bounded(qint64(parts.size()))));
    word[0] = word.at(0).toUpper();
    return word;
}

bool exec(const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("generator")));
    QString error;
    if (!storage::exec(q, sql, values, &error)) {
        QTextStream(stderr) << "failed: " << error << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: bench_review_generate DB N [seed]\n";
        return 2;
    }
    const QString path = args.at(1);
    const qint64 count = args.at(2).toLongLong();
    QRandomGenerator rng(args.size() > 3 ? args.at(3).toUInt() : 20261122u);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        storage::Database database(path); // creates and migrates to the current schema
        QString error;
        if (!database.open(&error)) {
            err << error << '\n';
            return 1;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("generator"));
    db.setDatabaseName(path);
    if (!db.open())
        return 1;
    QElapsedTimer timer;
    timer.start();
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=OFF"));
    exec(QStringLiteral("PRAGMA cache_size=-200000"));

    QStringList recreate;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral(
            "SELECT name, type, sql FROM sqlite_schema WHERE tbl_name = 'prospects' AND sql IS NOT "
            "NULL AND type IN ('index', 'trigger')"));
        QStringList drops;
        while (q.next()) {
            recreate << q.value(2).toString();
            drops << QStringLiteral("DROP %1 \"%2\"")
                         .arg(q.value(1).toString().toUpper(), q.value(0).toString());
        }
        q.finish();
        for (const QString &drop : std::as_const(drops))
            exec(drop);
    }

    const QStringList stages = storage::pipelineStages();
    const QList<int> stageWeights = {40, 20, 12, 10, 8, 4, 3, 2, 1}; // a funnel
    const QStringList countries = {QStringLiteral("US"), QStringLiteral("US"), QStringLiteral("US"),
                                   QStringLiteral("GB"), QStringLiteral("FR"), QStringLiteral("DE"),
                                   QStringLiteral("ES"), QStringLiteral("IT"), QStringLiteral("NL"),
                                   QStringLiteral("CA"), QStringLiteral("BR"), QStringLiteral("IN")};
    const QStringList titles = {QStringLiteral("CEO"),
                                QStringLiteral("VP Sales"),
                                QStringLiteral("Head of Growth"),
                                QStringLiteral("Sales Director"),
                                QStringLiteral("Account Executive"),
                                QStringLiteral("Marketing Manager"),
                                QStringLiteral("CTO"),
                                QStringLiteral("Engineer"),
                                QStringLiteral("Revenue Operations Lead"),
                                QStringLiteral("Founder")};
    const QStringList industries = {QStringLiteral("Software"), QStringLiteral("Retail"),
                                    QStringLiteral("Finance"), QStringLiteral("Health"),
                                    QStringLiteral("Manufacturing")};
    const QStringList sizes = {QStringLiteral("1-10"), QStringLiteral("11-50"), QStringLiteral("51-200"),
                               QStringLiteral("201-1000"), QStringLiteral("1000+")};
    const QStringList tiers = {QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold")};
    QStringList firsts, lasts, companies;
    for (int i = 0; i < 400; ++i)
        firsts << syllables(rng, 2);
    for (int i = 0; i < 5000; ++i)
        lasts << syllables(rng, 2 + int(rng.bounded(2)));
    for (int i = 0; i < 30000; ++i)
        companies << syllables(rng, 2 + int(rng.bounded(2))) + QStringLiteral(" ") +
                         QStringList{QStringLiteral("Inc"), QStringLiteral("Labs"), QStringLiteral("GmbH"),
                                     QStringLiteral("SA"), QStringLiteral("Group")}
                             .at(int(rng.bounded(5)));
    const auto pick = [&](const QStringList &list) {
        return list.at(int(rng.bounded(qint64(list.size()))));
    };
    const auto pickStage = [&] {
        int r = int(rng.bounded(100));
        for (int i = 0; i < stageWeights.size(); ++i) {
            if (r < stageWeights.at(i))
                return stages.at(i);
            r -= stageWeights.at(i);
        }
        return stages.constFirst();
    };
    const QVariant nullText(QMetaType(QMetaType::QString));

    exec(QStringLiteral("BEGIN"));
    exec(QStringLiteral(
        "INSERT INTO imports (file_name, started_at) VALUES ('bench-a.csv', 1), ('bench-b.csv', 2)"));
    exec(
        QStringLiteral("INSERT INTO tags (name) VALUES ('vip'), ('conference'), ('follow-up'), ('partner')"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO prospects (id, first_name, last_name, email, linkedin_url, title, company_name, "
        "country, "
        "industry, company_size, stage, score, tier, tier_override, archived, sync_state, source, import_id, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery tag(db);
    tag.prepare(QStringLiteral("INSERT INTO prospect_tags (prospect_id, tag_id) VALUES (?, ?)"));
    const qint64 now = 1763769600000; // fixed, so runs are comparable
    for (qint64 id = 1; id <= count; ++id) {
        const QString first = pick(firsts);
        const QString last = pick(lasts);
        const QString company = pick(companies);
        const bool scored = rng.bounded(5) != 0;
        const int score = int(rng.bounded(101));
        insert.addBindValue(id);
        insert.addBindValue(first);
        insert.addBindValue(last);
        insert.addBindValue(rng.bounded(100) < 85
                                ? QVariant(QStringLiteral("%1.%2.%3@%4.com")
                                               .arg(first.toLower(), last.toLower())
                                               .arg(id)
                                               .arg(company.section(QLatin1Char(' '), 0, 0).toLower()))
                                : nullText);
        insert.addBindValue(
            rng.bounded(2) ? QVariant(QStringLiteral("https://www.linkedin.com/in/p%1").arg(id)) : nullText);
        insert.addBindValue(pick(titles));
        insert.addBindValue(company);
        insert.addBindValue(pick(countries));
        insert.addBindValue(pick(industries));
        insert.addBindValue(pick(sizes));
        insert.addBindValue(pickStage());
        insert.addBindValue(scored ? QVariant(score) : QVariant(QMetaType(QMetaType::Int)));
        insert.addBindValue(scored ? QVariant(score >= 70   ? tiers.at(0)
                                              : score >= 40 ? tiers.at(1)
                                                            : tiers.at(2))
                                   : nullText);
        insert.addBindValue(rng.bounded(50) == 0 ? QVariant(pick(tiers)) : nullText);
        insert.addBindValue(rng.bounded(20) == 0 ? 1 : 0);
        insert.addBindValue(rng.bounded(3) == 0 ? QStringLiteral("synced") : QStringLiteral("local"));
        insert.addBindValue(rng.bounded(4) == 0 ? QStringLiteral("hubspot") : QStringLiteral("csv"));
        insert.addBindValue(qint64(1 + rng.bounded(2)));
        const qint64 created = now - qint64(rng.bounded(365 * 24)) * 3600000;
        insert.addBindValue(created);
        insert.addBindValue(created + qint64(rng.bounded(1000)) * 60000);
        if (!insert.exec()) {
            err << "insert failed at " << id << '\n';
            return 1;
        }
        if (rng.bounded(10) == 0) {
            tag.addBindValue(id);
            tag.addBindValue(qint64(1 + rng.bounded(4)));
            tag.exec();
        }
        if (id % 100000 == 0) {
            err << "inserted " << id << " (" << timer.elapsed() / 1000 << " s)\n";
            err.flush();
        }
    }
    insert.finish();
    tag.finish();
    exec(QStringLiteral(
        "INSERT INTO prospect_search (rowid, name, email, company, title, notes) SELECT id, "
        "first_name || ' ' || last_name, coalesce(email, ''), company_name, title, '' FROM prospects"));
    err << "search index filled (" << timer.elapsed() / 1000 << " s)\n";
    for (const QString &sql : std::as_const(recreate))
        exec(sql);
    // The counts triggers were dropped with the others: count once, as a migration would.
    for (const QString &sql : review::rebuildViewCountsStatements())
        exec(sql);
    exec(QStringLiteral("COMMIT"));
    err << "indexes rebuilt (" << timer.elapsed() / 1000 << " s)\n";
    exec(QStringLiteral("PRAGMA optimize"));
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    db.close();
    QTextStream(stdout) << "wrote " << count << " prospects to " << path << " in " << timer.elapsed() / 1000
                        << " s\n";
    return 0;
}
