#include "cli/queryoptions.h"

#include "storage/schema.h"

#include <QCoreApplication>

namespace prospector::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("QueryOptions", text);
}

QStringList listValues(const QCommandLineParser &parser, const QString &name) {
    QStringList result;
    for (const QString &value : parser.values(name)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            result << part.trimmed();
    }
    return result;
}

} // namespace

void addQueryOptions(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("search"), tr("Full-text search (name, email, company, title, notes)."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("stage"), tr("Only prospects in these stages (comma-separated)."),
                      QStringLiteral("stage")});
    parser.addOption({QStringLiteral("tier"), tr("Only these tiers: hot, warm, cold, none (override wins)."),
                      QStringLiteral("tier")});
    parser.addOption(
        {QStringLiteral("tag"), tr("Only prospects with any of these tags."), QStringLiteral("tag")});
    parser.addOption(
        {QStringLiteral("min-score"), tr("Only prospects scoring at least <n>."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("sort"),
                      tr("Sort by columns, '-' for descending: id, name, company, title, email, country, "
                         "stage, score, tier, updated, created (e.g. -score,name)."),
                      QStringLiteral("columns")});
}

bool queryFromOptions(const QCommandLineParser &parser, review::ProspectQuery *query, QString *error) {
    review::ProspectQuery q;
    q.search = parser.value(QStringLiteral("search"));
    q.stages = listValues(parser, QStringLiteral("stage"));
    for (const QString &stage : std::as_const(q.stages)) {
        if (!storage::pipelineStages().contains(stage)) {
            *error = tr("Unknown stage: %1 (one of %2)")
                         .arg(stage, storage::pipelineStages().join(QStringLiteral(", ")));
            return false;
        }
    }
    q.tiers = listValues(parser, QStringLiteral("tier"));
    static const QStringList tiers = {QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold"),
                                      QStringLiteral("none")};
    for (const QString &tier : std::as_const(q.tiers)) {
        if (!tiers.contains(tier)) {
            *error = tr("Unknown tier: %1 (hot, warm, cold or none)").arg(tier);
            return false;
        }
    }
    q.tags = listValues(parser, QStringLiteral("tag"));
    if (parser.isSet(QStringLiteral("min-score"))) {
        bool ok = false;
        q.minScore = parser.value(QStringLiteral("min-score")).toInt(&ok);
        if (!ok || q.minScore < 0 || q.minScore > 100) {
            *error = tr("--min-score needs a number from 0 to 100.");
            return false;
        }
    }
    if (!review::parseSortKeys(parser.value(QStringLiteral("sort")), &q.sort)) {
        *error = tr("Unknown sort column in: %1").arg(parser.value(QStringLiteral("sort")));
        return false;
    }
    *query = q;
    return true;
}

} // namespace prospector::cli
