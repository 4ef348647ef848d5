#include "scoringeditor.h"

#include "scoring/rescorejob.h"
#include "scoring/scoringsettings.h"
#include "scoring/tierpreview.h"

#include <QJsonArray>
#include <QJsonObject>

namespace prospector::ui {

ScoringEditor::ScoringEditor(const storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database) {
    m_previewPool.setMaxThreadCount(1);
    m_rescorePool.setMaxThreadCount(1);
    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(250); // typing a weight should not start a scan per keystroke
    connect(&m_previewDelay, &QTimer::timeout, this, &ScoringEditor::startPreview);
}

ScoringEditor::~ScoringEditor() {
    if (m_previewCancel)
        m_previewCancel->store(true);
    if (m_job)
        m_job->cancel();
    m_previewPool.waitForDone();
    m_rescorePool.waitForDone();
}

QVariantList ScoringEditor::rules() const {
    QVariantList list;
    for (const scoring::ScoringRule &rule : m_edited.rules) {
        QVariantMap map = rule.toJson().toVariantMap();
        map.insert(QStringLiteral("values"), rule.values);
        map.insert(QStringLiteral("minSize"), rule.minSize);
        map.insert(QStringLiteral("maxSize"), rule.maxSize);
        map.insert(QStringLiteral("description"), rule.label.isEmpty() ? rule.describe() : rule.label);
        list << map;
    }
    return list;
}

QVariantList ScoringEditor::kinds() const {
    using Kind = scoring::ScoringRule::Kind;
    const QList<std::pair<Kind, QString>> kinds = {
        {Kind::TitleKeyword, tr("Title keyword")},
        {Kind::Seniority, tr("Seniority")},
        {Kind::Industry, tr("Industry")},
        {Kind::CompanySize, tr("Company size")},
        {Kind::Country, tr("Country")},
        {Kind::HasEmail, tr("Has email")},
        {Kind::HasLinkedin, tr("Has LinkedIn")},
        {Kind::CustomFieldEquals, tr("Custom field equals")},
    };
    QVariantList list;
    for (const auto &[kind, title] : kinds)
        list << QVariantMap{{QStringLiteral("name"), scoring::ScoringRule::kindName(kind)},
                            {QStringLiteral("title"), title}};
    return list;
}

void ScoringEditor::load() {
    QString error;
    scoring::RuleSet loaded;
    if (!scoring::ScoringSettings(m_database).load(&loaded, &error)) {
        setMessage(tr("The saved rules could not be read: %1").arg(error));
        loaded = scoring::RuleSet::defaults();
    }
    m_saved = loaded;
    m_edited = loaded;
    edited();
}

bool ScoringEditor::setRuleValue(int index, const QString &key, const QVariant &value) {
    if (index < 0 || index >= m_edited.rules.size())
        return false;
    QJsonObject json = m_edited.rules.at(index).toJson();
    if (key == QLatin1String("values") && value.typeId() == QMetaType::QString) {
        QStringList values;
        for (const QString &part : value.toString().split(QLatin1Char(',')))
            if (!part.trimmed().isEmpty())
                values << part.trimmed();
        json.insert(key, QJsonArray::fromStringList(values));
    } else {
        json.insert(key, QJsonValue::fromVariant(value));
    }
    scoring::ScoringRule rule;
    QString error;
    if (!scoring::ScoringRule::fromJson(json, &rule, &error)) {
        m_validationError = error;
        Q_EMIT rulesChanged();
        return false;
    }
    m_edited.rules[index] = rule;
    edited();
    return true;
}

void ScoringEditor::addRule(const QString &kind) {
    scoring::ScoringRule rule;
    if (!scoring::ScoringRule::kindFromName(kind, &rule.kind))
        return;
    m_edited.rules << rule;
    edited();
}

void ScoringEditor::removeRule(int index) {
    if (index < 0 || index >= m_edited.rules.size())
        return;
    m_edited.rules.removeAt(index);
    edited();
}

bool ScoringEditor::setThresholds(int hot, int warm) {
    scoring::RuleSet next = m_edited;
    next.thresholds.hot = hot;
    next.thresholds.warm = warm;
    if (next.thresholds.warm < 0 || next.thresholds.warm > next.thresholds.hot || next.thresholds.hot > 100) {
        m_validationError = tr("Thresholds must satisfy 0 ≤ warm ≤ hot ≤ 100.");
        Q_EMIT rulesChanged();
        return false;
    }
    m_edited = next;
    edited();
    return true;
}

void ScoringEditor::resetToDefaults() {
    m_edited = scoring::RuleSet::defaults();
    edited();
}

void ScoringEditor::revert() {
    m_edited = m_saved;
    edited();
}

bool ScoringEditor::save() {
    const QString invalid = m_edited.validate();
    if (!invalid.isEmpty()) {
        m_validationError = invalid;
        Q_EMIT rulesChanged();
        return false;
    }
    QString error;
    if (!scoring::ScoringSettings(m_database).save(m_edited, &error)) {
        setMessage(tr("The rules could not be saved: %1").arg(error));
        return false;
    }
    m_saved = m_edited;
    Q_EMIT rulesChanged();
    setMessage(tr("Rules saved. Rescore to apply them to every prospect."));
    return true;
}

void ScoringEditor::rescore() {
    if (m_job || !save())
        return;
    startRescore();
}

void ScoringEditor::rescoreWithSavedRules() {
    // New prospects (an import, an undo) get scores with the rules in force, not with edits the
    // rep may have left unsaved on the Settings page.
    prospectsMayHaveChanged();
    if (m_job)
        return;
    startRescore();
}

void ScoringEditor::startRescore() {
    m_done = 0;
    m_total = 0;
    m_job = std::make_unique<scoring::RescoreJob>(m_database, m_saved);
    connect(
        m_job.get(), &scoring::RescoreJob::progress, this,
        [this](qint64 done, qint64 total) {
            m_done = done;
            m_total = total;
            Q_EMIT rescoreChanged();
        },
        Qt::QueuedConnection);
    connect(
        m_job.get(), &scoring::RescoreJob::finished, this,
        [this](bool ok, bool cancelled, qint64 rescored, const QString &error) {
            // The job's run() has returned once finished() is delivered; release it later
            // so the signal emission it is in completes first.
            m_job.release()->deleteLater();
            Q_EMIT rescoreChanged();
            if (!ok)
                setMessage(tr("Rescoring failed: %1").arg(error));
            else if (cancelled)
                setMessage(tr("Rescoring stopped after %Ln prospect(s).", "", rescored));
            else
                setMessage(tr("Rescored %Ln prospect(s).", "", rescored));
            Q_EMIT prospectsChanged();
        },
        Qt::QueuedConnection);
    Q_EMIT rescoreChanged();
    m_rescorePool.start(m_job.get());
}

void ScoringEditor::cancelRescore() {
    if (m_job)
        m_job->cancel();
}

void ScoringEditor::edited() {
    m_validationError = m_edited.validate();
    Q_EMIT rulesChanged();
    m_previewStale = true;
    if (m_previewWanted)
        m_previewDelay.start();
}

void ScoringEditor::prospectsMayHaveChanged() {
    m_previewStale = true;
    if (m_previewWanted)
        m_previewDelay.start();
}

void ScoringEditor::setPreviewWanted(bool wanted) {
    if (wanted == m_previewWanted)
        return;
    m_previewWanted = wanted;
    Q_EMIT previewWantedChanged();
    if (wanted && m_previewStale)
        m_previewDelay.start();
}

void ScoringEditor::startPreview() {
    if (m_previewCancel)
        m_previewCancel->store(true); // the previous preview is for rules that no longer apply
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_previewCancel = cancel;
    const quint64 generation = ++m_previewGeneration;
    m_previewing = true;
    m_previewStale = false;
    Q_EMIT previewChanged();
    const scoring::RuleSet rules = m_edited;
    m_previewPool.start([this, rules, cancel, generation] {
        scoring::TierCounts counts;
        QString error;
        const bool ok = scoring::TierPreview(m_database).compute(rules, &counts, &error, cancel.get());
        QMetaObject::invokeMethod(
            this,
            [this, ok, counts, error, generation] {
                if (generation != m_previewGeneration)
                    return;
                m_previewing = false;
                if (ok)
                    m_preview = {{QStringLiteral("hot"), counts.hot},
                                 {QStringLiteral("warm"), counts.warm},
                                 {QStringLiteral("cold"), counts.cold},
                                 {QStringLiteral("total"), counts.total},
                                 {QStringLiteral("overridden"), counts.overridden}};
                else
                    setMessage(tr("Preview failed: %1").arg(error));
                Q_EMIT previewChanged();
            },
            Qt::QueuedConnection);
    });
}

void ScoringEditor::setMessage(const QString &message) {
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace prospector::ui
