#include "cli/listcommand.h"

#include "storage/prospectrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prospector::cli {
namespace {

QJsonObject toJson(const storage::Prospect &p) {
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
        {QStringLiteral("tier"), p.effectiveTier().isEmpty() ? QJsonValue() : QJsonValue(p.effectiveTier())}};
}

QString clip(const QString &text, int width) {
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

} // namespace

QString ListCommand::summary() const {
    return QCoreApplication::translate("ListCommand", "List prospects (filter with --search, --limit).");
}

void ListCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption({QStringLiteral("search"),
                      QCoreApplication::translate("ListCommand", "Full-text search."),
                      QStringLiteral("text")});
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
    storage::ProspectFilter filter;
    filter.search = parser.value(QStringLiteral("search"));
    filter.limit = limit;

    storage::ProspectRepository repository(*context.database);
    QString error;
    const QList<storage::Prospect> prospects = repository.list(filter, &error);
    if (!error.isEmpty()) {
        err << QCoreApplication::translate("ListCommand", "Could not read prospects: %1\n").arg(error);
        return ExitFailure;
    }
    if (context.json) {
        QJsonArray array;
        for (const storage::Prospect &p : prospects)
            array.append(toJson(p));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("ID"), 7)
               .arg(QStringLiteral("NAME"), -24)
               .arg(QStringLiteral("EMAIL"), -30)
               .arg(QStringLiteral("COMPANY"), -22)
               .arg(QStringLiteral("STAGE"));
    for (const storage::Prospect &p : prospects) {
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(p.id, 7)
                   .arg(clip(p.fullName(), 24), -24)
                   .arg(clip(p.email, 30), -30)
                   .arg(clip(p.companyName, 22), -22)
                   .arg(p.stage);
    }
    if (prospects.isEmpty())
        err << QCoreApplication::translate("ListCommand", "No prospects match.\n");
    return ExitOk;
}

} // namespace prospector::cli
