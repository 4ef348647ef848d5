#pragma once

#include "singletonprovider.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace prospector::storage {
class Database;
}
namespace prospector::review {
class NoteEditor;
class ProspectEditor;
} // namespace prospector::review

namespace prospector::ui {

// The prospect shown in the detail pane: every field, custom fields, score reasons, tags, sync
// status, timeline and notes; inline edits go through core's ProspectEditor (validation, an
// "edited" timeline entry and an undo step), notes through NoteEditor (undoable too).
class ProspectDetail : public QObject, public SingletonProvider<ProspectDetail> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qint64 prospectId READ prospectId WRITE setProspectId NOTIFY prospectIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QVariantMap fields READ fields NOTIFY changed)
    Q_PROPERTY(QVariantList customFields READ customFields NOTIFY changed)
    Q_PROPERTY(QStringList scoreReasons READ scoreReasons NOTIFY changed)
    Q_PROPERTY(QStringList tags READ tags NOTIFY changed)
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY changed)
    Q_PROPERTY(QVariantList notes READ notes NOTIFY changed)
    Q_PROPERTY(QString hubspotUrl READ hubspotUrl NOTIFY changed)
    // Properties HubSpot won against a local change ("Changed in HubSpot"), newest first:
    // {id, field, label, localValue, hubspotValue, baseValue, when}.
    Q_PROPERTY(QVariantList hubspotConflicts READ hubspotConflicts NOTIFY changed)
    // The prospect's external work, newest first: {service, kind, state, failureKind, lastError,
    // campaignId, leadId, updatedAt} (state: queued | in_flight | unknown | done | dead).
    Q_PROPERTY(QVariantList operations READ operations NOTIFY changed)
    // Enrichment: {state (none | queued | in_progress | enriched | no_match | failed), source,
    // enrichedAt, failure, filled (fields it filled), qualityScore, components [{field, quality,
    // points, max}], details [{name, value}] (contact and company data received, as plain text)}.
    Q_PROPERTY(QVariantMap enrichment READ enrichment NOTIFY changed)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    ProspectDetail(const storage::Database &database, review::ProspectEditor &editor,
                   review::NoteEditor &notes, QObject *parent = nullptr);

    qint64 prospectId() const { return m_id; }
    void setProspectId(qint64 id);
    bool loaded() const { return m_loaded; }
    QVariantMap fields() const { return m_fields; }
    QVariantList customFields() const { return m_customFields; }
    QStringList scoreReasons() const { return m_scoreReasons; }
    QStringList tags() const { return m_tags; }
    QVariantList timeline() const { return m_timeline; }
    QVariantList notes() const { return m_notes; }
    QString hubspotUrl() const { return m_hubspotUrl; }
    QVariantList hubspotConflicts() const { return m_hubspotConflicts; }
    QVariantList operations() const { return m_operations; }
    QVariantMap enrichment() const { return m_enrichment; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    QString lastError() const { return m_lastError; }

    // Saves one field (names of review::FieldValidator::editableFields()). Returns true when
    // saved; otherwise `fieldErrors[field]` says why and nothing changed.
    Q_INVOKABLE bool save(const QString &field, const QVariant &value);
    Q_INVOKABLE bool saveCustomField(const QString &name, const QString &value);
    Q_INVOKABLE bool addNote(const QString &body);
    Q_INVOKABLE bool updateNote(qint64 noteId, const QString &body);
    Q_INVOKABLE bool deleteNote(qint64 noteId);
    Q_INVOKABLE void reload();
    // The rep has read a "Changed in HubSpot" note: it leaves the pane (the timeline keeps it).
    Q_INVOKABLE bool dismissHubSpotConflict(qint64 conflictId);

Q_SIGNALS:
    void prospectIdChanged();
    void changed();
    void fieldErrorsChanged();
    void lastErrorChanged();
    // An edit was saved (the table and charts refresh, Undo becomes available).
    void edited();
    // A note was added, edited or deleted: the page shows `message` in a toast with Undo.
    void noteChanged(const QString &message);

private:
    void setLastError(const QString &error);
    bool noteResult(bool ok, const QString &error, const QString &message);

    const storage::Database &m_database;
    review::ProspectEditor &m_editor;
    review::NoteEditor &m_noteEditor;
    qint64 m_id = 0;
    bool m_loaded = false;
    QVariantMap m_fields;
    QVariantList m_customFields;
    QStringList m_scoreReasons;
    QStringList m_tags;
    QVariantList m_timeline;
    QVariantList m_notes;
    QString m_hubspotUrl;
    QVariantList m_hubspotConflicts;
    QVariantList m_operations;
    QVariantMap m_enrichment;
    QVariantMap m_fieldErrors;
    QString m_lastError;
};

} // namespace prospector::ui
