#pragma once

#include "importing/identityindex.h"
#include "importing/importstore.h"
#include "importing/keyfilter.h"

namespace prospector::importing {

// Finds the prospect a row duplicates: by normalized email, then canonical LinkedIn URL, then
// name + company (SPEC F-IMP). Earlier rows of the same file are in the database already (same
// transaction or committed batches), so one lookup path covers duplicates within the file and
// against the database. Every possible match is confirmed by the database, and a failing lookup
// is an error, never "not found".
class Deduplicator {
public:
    enum class Mode {
        // The identity indexes are in place. A KeyFilter answers "certainly new" for most rows
        // without a query; the rest are looked up by key.
        Indexed,
        // A bulk load with the indexes dropped: every key of every prospect is in an IdentityIndex
        // and candidates are read by id (a key lookup would scan the whole table).
        InMemory,
    };

    // Indexed mode: above this many stored prospects the filter would cost too much memory: every
    // row is looked up in the database instead (slower, equally correct).
    static constexpr qint64 kMaxSeededProspects = 3'000'000;

    explicit Deduplicator(ImportStore &store, Mode mode = Mode::Indexed);

    // Reads the keys already stored. `expectedRows`: how many rows the file will add (sizing).
    bool seed(QString *error, qint64 expectedRows = 0);

    enum class Outcome { New, Match, Error };
    // `bypassMemory` looks every key up by SQL (after a UNIQUE violation on insert: the key was
    // stored by someone else since the keys were read).
    Outcome find(const ProspectDraft &draft, ExistingProspect *match, QString *error,
                 bool bypassMemory = false);
    // The prospect that holds `value` (lowest id when several do), through this mode's path.
    ImportStore::Result lookup(ImportStore::Key key, const QString &value, ExistingProspect *out,
                               QString *error);
    // Records the keys of a row that is now stored in prospect `id` (inserted or merged into).
    void remember(const ProspectDraft &draft, qint64 id);

    Mode mode() const { return m_mode; }
    qint64 databaseLookups() const { return m_lookups; }

private:
    bool mightExist(KeyFilter::Kind kind, const QString &value) const;
    ImportStore::Result lookupInMemory(ImportStore::Key key, const QString &value, ExistingProspect *out,
                                       QString *error);

    ImportStore &m_store;
    Mode m_mode;
    KeyFilter m_filter;
    IdentityIndex m_identities;
    bool m_filterComplete = false;
    qint64 m_lookups = 0;
};

} // namespace prospector::importing
