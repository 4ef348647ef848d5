#include "cli/rescorecommand.h"

#include "scoring/rescorejob.h"
#include "scoring/scoringsettings.h"
#include "scoring/tierpreview.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace prospector::cli {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("RescoreCommand", text);
}

bool loadRules(const QCommandLineParser &parser, CliContext &context, scoring::RuleSet *rules,
               QString *error) {
    const QString path = parser.value(QStringLiteral("rules"));
    if (path.isEmpty())
        return scoring::ScoringSettings(*context.database).load(rules, error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = tr("%1 is not a JSON rule set: %2").arg(path, parseError.errorString());
        return false;
    }
    return scoring::RuleSet::fromJson(doc.object(), rules, error);
}

} // namespace

QString RescoreCommand::summary() const {
    return tr("Recompute ICP scores and tiers (--rules FILE to use and save other rules, --preview to only "
              "count).");
}

void RescoreCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption({QStringLiteral("rules"), tr("Score with the rule set in <file> (JSON) and save it."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("preview"), tr("Only show how many prospects would land in each tier.")});
}

int RescoreCommand::run(const QCommandLineParser &parser, const QStringList &positional,
                        CliContext &context) {
    QTextStream &out = *context.out;
    QTextStream &err = *context.err;
    if (!positional.isEmpty()) {
        err << tr("Unexpected argument: %1\n").arg(positional.constFirst());
        return ExitUsage;
    }
    scoring::RuleSet rules;
    QString error;
    if (!loadRules(parser, context, &rules, &error)) {
        err << error << '\n';
        return parser.isSet(QStringLiteral("rules")) ? ExitUsage : ExitFailure;
    }
    if (parser.isSet(QStringLiteral("preview"))) {
        scoring::TierCounts counts;
        if (!scoring::TierPreview(*context.database).compute(rules, &counts, &error)) {
            err << error << '\n';
            return ExitFailure;
        }
        if (context.json) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("hot"), counts.hot},
                                             {QStringLiteral("warm"), counts.warm},
                                             {QStringLiteral("cold"), counts.cold},
                                             {QStringLiteral("total"), counts.total},
                                             {QStringLiteral("overridden"), counts.overridden}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            out << tr("hot %1, warm %2, cold %3 (of %4; %5 with a manual tier)\n")
                       .arg(counts.hot)
                       .arg(counts.warm)
                       .arg(counts.cold)
                       .arg(counts.total)
                       .arg(counts.overridden);
        }
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("rules")) &&
        !scoring::ScoringSettings(*context.database).save(rules, &error)) {
        err << error << '\n';
        return ExitFailure;
    }
    // The CLI has nothing else to do meanwhile, so the job runs right here; progress and the
    // result arrive through the same signals the UI connects to.
    scoring::RescoreJob job(*context.database, rules);
    int lastPercent = -1;
    QObject::connect(&job, &scoring::RescoreJob::progress, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent / 10 != lastPercent / 10) {
            err << tr("Rescoring: %1% (%2 of %3)\n").arg(percent).arg(done).arg(total);
            err.flush();
        }
        lastPercent = percent;
    });
    bool succeeded = false;
    qint64 changed = 0;
    QObject::connect(&job, &scoring::RescoreJob::finished,
                     [&](bool ok, bool, qint64 rescored, const QString &message) {
                         succeeded = ok;
                         changed = rescored;
                         error = message;
                     });
    job.run();
    if (!succeeded) {
        err << tr("Rescoring failed: %1\n").arg(error);
        return ExitFailure;
    }
    if (context.json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("rescored"), changed}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    else
        out << tr("Rescored: %1 prospects changed.\n").arg(changed);
    return ExitOk;
}

} // namespace prospector::cli
