#include "importing/deduplicator.h"

namespace prospector::importing {
namespace {

KeyFilter::Kind kindOf(ImportStore::Key key) {
    switch (key) {
    case ImportStore::Key::Email:
        return KeyFilter::Kind::Email;
    case ImportStore::Key::Linkedin:
        return KeyFilter::Kind::Linkedin;
    case ImportStore::Key::NameKey:
        break;
    }
    return KeyFilter::Kind::NameKey;
}

MergeColumn columnOf(ImportStore::Key key) {
    switch (key) {
    case ImportStore::Key::Email:
        return Email;
    case ImportStore::Key::Linkedin:
        return LinkedinUrl;
    case ImportStore::Key::NameKey:
        break;
    }
    return NameKey;
}

} // namespace

Deduplicator::Deduplicator(ImportStore &store, Mode mode)
    : m_store(store)
    , m_mode(mode) {}

bool Deduplicator::seed(QString *error, qint64 expectedRows) {
    m_filter.clear();
    m_identities.clear();
    m_filterComplete = false;
    const qint64 count = m_store.prospectCount(error);
    if (count < 0)
        return false;
    if (m_mode == Mode::InMemory) {
        // Complete or nothing: a key missing here would let a duplicate through.
        m_identities.reserve(3 * (count + std::max<qint64>(expectedRows, 0)));
        return m_store.forEachKey(
            [this](KeyFilter::Kind kind, QStringView value, qint64 id) {
                m_identities.insert(KeyFilter::hash(kind, value), quint32(id));
            },
            error);
    }
    if (count > kMaxSeededProspects)
        return true;
    if (!m_store.forEachKey([this](KeyFilter::Kind kind, QStringView value,
                                   qint64) { m_filter.insert(KeyFilter::hash(kind, value)); },
                            error))
        return false;
    m_filterComplete = true;
    return true;
}

bool Deduplicator::mightExist(KeyFilter::Kind kind, const QString &value) const {
    return !m_filterComplete || m_filter.contains(KeyFilter::hash(kind, value));
}

ImportStore::Result Deduplicator::lookupInMemory(ImportStore::Key key, const QString &value,
                                                 ExistingProspect *out, QString *error) {
    const MergeColumn column = columnOf(key);
    ImportStore::Result result = ImportStore::Result::NotFound;
    ExistingProspect candidate;
    m_identities.forEachCandidate(KeyFilter::hash(kindOf(key), value), [&](quint32 id) {
        if (result == ImportStore::Result::Error || (result == ImportStore::Result::Ok && out->id < id))
            return;
        ++m_lookups;
        switch (m_store.fetch(id, &candidate, error)) {
        case ImportStore::Result::Ok:
            // The entry is a fingerprint: only the stored value decides.
            if (candidate.values[column] == value) {
                *out = candidate;
                result = ImportStore::Result::Ok;
            }
            break;
        case ImportStore::Result::NotFound: // deleted since
            break;
        case ImportStore::Result::Constraint:
        case ImportStore::Result::Error:
            result = ImportStore::Result::Error;
            break;
        }
    });
    return result;
}

ImportStore::Result Deduplicator::lookup(ImportStore::Key key, const QString &value, ExistingProspect *out,
                                         QString *error) {
    if (m_mode == Mode::InMemory)
        return lookupInMemory(key, value, out, error);
    if (!mightExist(kindOf(key), value))
        return ImportStore::Result::NotFound;
    ++m_lookups;
    return m_store.find(key, value, out, error);
}

Deduplicator::Outcome Deduplicator::find(const ProspectDraft &draft, ExistingProspect *match, QString *error,
                                         bool bypassMemory) {
    const struct {
        ImportStore::Key key;
        const QString &value;
    } keys[] = {{ImportStore::Key::Email, draft.email},
                {ImportStore::Key::Linkedin, draft.linkedinUrl},
                {ImportStore::Key::NameKey, draft.nameKey}};
    for (const auto &k : keys) {
        if (k.value.isEmpty())
            continue;
        ImportStore::Result result = ImportStore::Result::NotFound;
        if (bypassMemory) {
            ++m_lookups;
            result = m_store.find(k.key, k.value, match, error);
        } else {
            result = lookup(k.key, k.value, match, error);
        }
        switch (result) {
        case ImportStore::Result::Ok:
            return Outcome::Match;
        case ImportStore::Result::NotFound:
            break;
        case ImportStore::Result::Constraint:
        case ImportStore::Result::Error:
            return Outcome::Error;
        }
    }
    return Outcome::New;
}

void Deduplicator::remember(const ProspectDraft &draft, qint64 id) {
    const struct {
        KeyFilter::Kind kind;
        const QString &value;
    } keys[] = {{KeyFilter::Kind::Email, draft.email},
                {KeyFilter::Kind::Linkedin, draft.linkedinUrl},
                {KeyFilter::Kind::NameKey, draft.nameKey}};
    for (const auto &k : keys) {
        if (k.value.isEmpty())
            continue;
        if (m_mode == Mode::InMemory)
            m_identities.insert(KeyFilter::hash(k.kind, k.value), quint32(id));
        else if (m_filterComplete)
            m_filter.insert(KeyFilter::hash(k.kind, k.value));
    }
}

} // namespace prospector::importing
