#include "cli/listcommand.h"

#include "cli/queryoptions.h"
#include "review/prospectpager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prospector::cli {
namespace {

QJsonObject toJson(const storage::Prospect &p, const QStringList &tags) {
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("first_name"), p.firstName},
        {QStringLiteral("last_name"), p.lastName},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("linkedin_url"), p.linkedinUrl},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("company"), p.companyName},
        {QStringLiteral("company_domain"), p.companyDomain},
        {QStringLiteral("country"), p.country},
        {QStringLiteral("stage"), p.stage},
        {QStringLiteral("score"), p.score < 0 ? QJsonValue() : QJsonValue(p.score)},
        {QStringLiteral("tier"), p.effectiveTier().isEmpty() ? QJsonValue() : QJsonValue(p.effectiveTier())},
        {QStringLiteral("tier_override"),
         p.tierOverride.isEmpty() ? QJsonValue() : QJsonValue(p.tierOverride)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("archived"), p.archived}};
}

QString clip(const QString &text, int width) {
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

} // namespace

QString ListCommand::summary() const {
    return QCoreApplication::translate(
        "ListCommand",
        "List prospects (filter with --search, --stage, --tier, --tag, --min-score; --sort, --limit).");
}

void ListCommand::addOptions(QCommandLineParser &parser) const {
    addQueryOptions(parser);
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("ListCommand", "At most <n> rows (default 50)."),
                      QStringLiteral("n"), QStringLiteral("50")});
}

int ListCommand::run(const QCommandLineParser &parser, const QStringList &positional, CliContext &context) {
    QTextStream &out = *context.out;
    QTextStream &err = *context.err;
    if (!positional.isEmpty()) {
        err << QCoreApplication::translate("ListCommand", "Unexpected argument: %1\n")
                   .arg(positional.constFirst());
        return ExitUsage;
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1) {
        err << QCoreApplication::translate("ListCommand", "--limit needs a positive number.\n");
        return ExitUsage;
    }
    review::ProspectQuery query;
    QString error;
    if (!queryFromOptions(parser, &query, &error)) {
        err << error << '\n';
        return ExitUsage;
    }

    // The same pager the review screen uses, so the CLI shows exactly what the table would.
    review::ProspectPager pager(*context.database);
    const review::ProspectPage page = pager.first(query, limit, &error);
    const QList<storage::Prospect> &prospects = page.rows;
    if (!error.isEmpty()) {
        err << QCoreApplication::translate("ListCommand", "Could not read prospects: %1\n").arg(error);
        return ExitFailure;
    }
    if (context.json) {
        QJsonArray array;
        for (qsizetype i = 0; i < prospects.size(); ++i)
            array.append(toJson(prospects.at(i), page.tags.at(i)));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
               .arg(QStringLiteral("ID"), 7)
               .arg(QStringLiteral("NAME"), -24)
               .arg(QStringLiteral("EMAIL"), -30)
               .arg(QStringLiteral("COMPANY"), -22)
               .arg(QStringLiteral("STAGE"), -9)
               .arg(QStringLiteral("SCORE"), 5)
               .arg(QStringLiteral("TIER"));
    for (const storage::Prospect &p : prospects) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(p.id, 7)
                   .arg(clip(p.fullName(), 24), -24)
                   .arg(clip(p.email, 30), -30)
                   .arg(clip(p.companyName, 22), -22)
                   .arg(p.stage, -9)
                   .arg(p.score < 0 ? QStringLiteral("-") : QString::number(p.score), 5)
                   .arg(p.effectiveTier().isEmpty() ? QStringLiteral("-") : p.effectiveTier());
    }
    if (prospects.isEmpty())
        err << QCoreApplication::translate("ListCommand", "No prospects match.\n");
    return ExitOk;
}

} // namespace prospector::cli
