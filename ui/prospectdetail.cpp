#include "prospectdetail.h"

#include "logging/categories.h"
#include "review/noteeditor.h"
#include "review/prospecteditor.h"
#include "storage/activityrepository.h"
#include "storage/noterepository.h"
#include "storage/prospectrepository.h"
#include "storage/tagrepository.h"
#include "sync/clock.h"
#include "sync/enrichmentstatus.h"
#include "sync/hubspotconflictrepository.h"
#include "sync/hubspotconflictrule.h"
#include "sync/hubspotrecordlinks.h"
#include "sync/prospectsyncstate.h"

#include <QDateTime>
#include <QJsonArray>

namespace prospector::ui {
namespace {

// Received data as the rep reads it: scalars as they are, lists joined, small objects (an e-mail
// with its type) as "value (detail)".
QString plainText(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("✓") : QStringLiteral("✗");
    QStringList parts;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            if (const QString text = plainText(item); !text.isEmpty())
                parts << text;
        return parts.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        for (const QJsonValue &item : value.toObject())
            if (const QString text = plainText(item); !text.isEmpty())
                parts << text;
        return parts.size() == 2 ? QStringLiteral("%1 (%2)").arg(parts.at(0), parts.at(1))
                                 : parts.join(QStringLiteral(" · "));
    }
    return {};
}

void appendDetails(const QJsonObject &data, QVariantList *details) {
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QString text = plainText(it.value());
        if (text.isEmpty())
            continue;
        QString name = it.key();
        name.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        *details << QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("value"), text}};
    }
}

QVariantMap enrichmentOf(const sync::ProspectEnrichmentState &e) {
    QVariantList components;
    for (const QJsonValue &c : e.quality.value(QStringLiteral("components")).toArray())
        components << c.toObject().toVariantMap();
    QVariantList details;
    appendDetails(e.contact, &details);
    appendDetails(e.company, &details);
    return {{QStringLiteral("state"), e.state},
            {QStringLiteral("source"), e.source},
            {QStringLiteral("enrichedAt"),
             e.enrichedAt > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(e.enrichedAt)) : QVariant()},
            {QStringLiteral("failure"), e.failure},
            {QStringLiteral("filled"), e.filled},
            {QStringLiteral("qualityScore"), e.qualityScore},
            {QStringLiteral("components"), components},
            {QStringLiteral("details"), details}};
}

} // namespace

ProspectDetail::ProspectDetail(const storage::Database &database, review::ProspectEditor &editor,
                               review::NoteEditor &notes, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_editor(editor)
    , m_noteEditor(notes) {}

void ProspectDetail::setProspectId(qint64 id) {
    if (id == m_id)
        return;
    m_id = id;
    Q_EMIT prospectIdChanged();
    if (!m_fieldErrors.isEmpty()) {
        m_fieldErrors.clear();
        Q_EMIT fieldErrorsChanged();
    }
    reload();
}

void ProspectDetail::reload() {
    QString error;
    const std::optional<storage::Prospect> found =
        m_id > 0 ? storage::ProspectRepository(m_database).get(m_id, &error) : std::nullopt;
    m_loaded = found.has_value();
    m_fields.clear();
    m_customFields.clear();
    m_scoreReasons.clear();
    m_tags.clear();
    m_timeline.clear();
    m_notes.clear();
    m_hubspotUrl.clear();
    m_hubspotConflicts.clear();
    m_operations.clear();
    m_enrichment.clear();
    if (found) {
        const storage::Prospect &p = *found;
        m_fields = {
            {QStringLiteral("id"), p.id},
            {QStringLiteral("fullName"), p.fullName()},
            {QStringLiteral("firstName"), p.firstName},
            {QStringLiteral("lastName"), p.lastName},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("linkedinUrl"), p.linkedinUrl},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("companyName"), p.companyName},
            {QStringLiteral("companyDomain"), p.companyDomain},
            {QStringLiteral("website"), p.website},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("city"), p.city},
            {QStringLiteral("region"), p.region},
            {QStringLiteral("country"), p.country},
            {QStringLiteral("industry"), p.industry},
            {QStringLiteral("companySize"), p.companySize},
            {QStringLiteral("source"), p.source},
            {QStringLiteral("stage"), p.stage},
            {QStringLiteral("score"), p.score},
            {QStringLiteral("tier"), p.tier},
            {QStringLiteral("tierOverride"), p.tierOverride},
            {QStringLiteral("effectiveTier"), p.effectiveTier()},
            {QStringLiteral("qualityScore"), p.qualityScore},
            {QStringLiteral("archived"), p.archived},
            {QStringLiteral("unsubscribed"), p.unsubscribed},
            {QStringLiteral("bounced"), p.bounced},
            {QStringLiteral("doNotContact"), p.doNotContact},
            {QStringLiteral("syncState"), p.syncState},
            {QStringLiteral("hubspotId"), p.hubspotId},
            {QStringLiteral("lemlistLeadId"), p.lemlistLeadId},
            {QStringLiteral("createdAt"), QDateTime::fromMSecsSinceEpoch(p.createdAt)},
            {QStringLiteral("updatedAt"), QDateTime::fromMSecsSinceEpoch(p.updatedAt)},
        };
        for (auto it = p.customFields.constBegin(); it != p.customFields.constEnd(); ++it)
            m_customFields << QVariantMap{{QStringLiteral("name"), it.key()},
                                          {QStringLiteral("value"), it.value().toVariant().toString()}};
        m_scoreReasons = p.scoreReasons;
        m_tags = storage::TagRepository(m_database).forProspect(p.id, &error);
        for (const storage::Activity &a :
             storage::ActivityRepository(m_database).forProspect(p.id, 200, &error))
            m_timeline << QVariantMap{
                {QStringLiteral("kind"), a.kind},
                {QStringLiteral("summary"), a.summary},
                // A reply's text (remote: shown as plain text only).
                {QStringLiteral("detail"), a.payload.value(QStringLiteral("text")).toString()},
                {QStringLiteral("when"), QDateTime::fromMSecsSinceEpoch(a.occurredAt)}};
        m_hubspotUrl = sync::HubSpotRecordLinks::forProspect(m_database, p.id);
        for (const sync::HubSpotConflict &c :
             sync::HubSpotConflictRepository(m_database).forProspect(p.id, &error))
            m_hubspotConflicts << QVariantMap{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("field"), c.field},
                {QStringLiteral("label"), sync::HubSpotConflictRule::fieldLabel(c.property)},
                {QStringLiteral("localValue"), c.localValue},
                {QStringLiteral("hubspotValue"), c.hubspotValue},
                {QStringLiteral("baseValue"), c.baseValue},
                {QStringLiteral("when"), QDateTime::fromMSecsSinceEpoch(c.detectedAt)}};
        for (const sync::ProspectOperation &op :
             sync::ProspectOperation::forProspect(m_database, p.id, 50, &error))
            m_operations << QVariantMap{
                {QStringLiteral("service"), op.service},
                {QStringLiteral("kind"), op.kind},
                {QStringLiteral("state"), op.state},
                {QStringLiteral("failureKind"), op.failureKind},
                {QStringLiteral("lastError"), op.lastError},
                {QStringLiteral("campaignId"), op.payload.value(QStringLiteral("campaignId")).toString()},
                {QStringLiteral("leadId"), op.result.value(QStringLiteral("leadId")).toString()},
                {QStringLiteral("updatedAt"), op.updatedAt}};
        const sync::SystemClock clock;
        if (const auto enrichment = sync::EnrichmentStatusReader(m_database, clock).prospect(p.id, &error))
            m_enrichment = enrichmentOf(*enrichment);
        for (const storage::Note &n : storage::NoteRepository(m_database).forProspect(p.id, &error))
            m_notes << QVariantMap{{QStringLiteral("id"), n.id},
                                   {QStringLiteral("body"), n.body},
                                   {QStringLiteral("when"), QDateTime::fromMSecsSinceEpoch(n.updatedAt)}};
    }
    setLastError(error);
    Q_EMIT changed();
}

bool ProspectDetail::dismissHubSpotConflict(qint64 conflictId) {
    QString error;
    const bool ok = sync::HubSpotConflictRepository(m_database)
                        .dismiss(conflictId, QDateTime::currentMSecsSinceEpoch(), &error);
    setLastError(error);
    if (ok)
        reload();
    return ok;
}

bool ProspectDetail::save(const QString &field, const QVariant &value) {
    if (!m_loaded)
        return false;
    QMap<QString, QString> errors;
    const review::BulkResult result = m_editor.edit(m_id, {{field, value}}, &errors);
    m_fieldErrors.remove(field);
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        m_fieldErrors.insert(it.key(), it.value());
    if (!result.ok && errors.isEmpty())
        m_fieldErrors.insert(field, result.error);
    Q_EMIT fieldErrorsChanged();
    if (!result.ok)
        return false;
    reload();
    Q_EMIT edited();
    return true;
}

bool ProspectDetail::saveCustomField(const QString &name, const QString &value) {
    QVariantMap custom;
    for (const QVariant &entry : std::as_const(m_customFields)) {
        const QVariantMap map = entry.toMap();
        custom.insert(map.value(QStringLiteral("name")).toString(), map.value(QStringLiteral("value")));
    }
    custom.insert(name, value);
    return save(QStringLiteral("customFields"), custom);
}

bool ProspectDetail::addNote(const QString &body) {
    if (!m_loaded || body.trimmed().isEmpty())
        return false;
    const review::BulkResult result = m_noteEditor.add(m_id, body);
    return noteResult(result.ok, result.error, tr("Note added"));
}

bool ProspectDetail::updateNote(qint64 noteId, const QString &body) {
    if (!m_loaded || body.trimmed().isEmpty())
        return false;
    const review::BulkResult result = m_noteEditor.update(noteId, body);
    return noteResult(result.ok, result.error, tr("Note edited"));
}

bool ProspectDetail::deleteNote(qint64 noteId) {
    if (!m_loaded)
        return false;
    const review::BulkResult result = m_noteEditor.remove(noteId);
    return noteResult(result.ok, result.error, tr("Note deleted"));
}

bool ProspectDetail::noteResult(bool ok, const QString &error, const QString &message) {
    setLastError(ok ? QString() : error);
    if (!ok)
        return false;
    reload();
    Q_EMIT edited();
    Q_EMIT noteChanged(message);
    return true;
}

void ProspectDetail::setLastError(const QString &error) {
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

} // namespace prospector::ui
