#include "scoring/scoringsettings.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>

namespace prospector::scoring {

ScoringSettings::ScoringSettings(const storage::Database &database)
    : m_database(database) {}

QString ScoringSettings::settingsKey() {
    return QStringLiteral("scoring.ruleset");
}

bool ScoringSettings::load(RuleSet *ruleSet, QString *error) const {
    // Read directly (not through SettingsRepository::value) so a failing query is an error
    // rather than "no rules stored, use the defaults".
    QSqlQuery q(m_database.connection());
    if (!storage::exec(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {settingsKey()}, error))
        return false;
    if (!q.next()) {
        *ruleSet = RuleSet::defaults();
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error =
                QCoreApplication::translate("ScoringSettings", "The stored scoring rules are damaged: %1")
                    .arg(parseError.errorString());
        return false;
    }
    return RuleSet::fromJson(doc.object(), ruleSet, error);
}

bool ScoringSettings::save(const RuleSet &ruleSet, QString *error) {
    const QString invalid = ruleSet.validate();
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    QSqlQuery q(m_database.connection());
    return storage::exec(
        q,
        QStringLiteral(
            "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"),
        {settingsKey(), QString::fromUtf8(QJsonDocument(ruleSet.toJson()).toJson(QJsonDocument::Compact)),
         QDateTime::currentMSecsSinceEpoch()},
        error);
}

} // namespace prospector::scoring
