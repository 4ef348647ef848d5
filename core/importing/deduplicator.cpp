#include "importing/deduplicator.h"

namespace prospector::importing {

Deduplicator::Deduplicator(ImportStore &store)
    : m_store(store) {}

bool Deduplicator::seed(QString *error) {
    m_filter.clear();
    const qint64 count = m_store.prospectCount(error);
    if (count < 0)
        return false;
    if (count > kMaxSeededProspects) {
        m_filterComplete = false;
        return true;
    }
    if (!m_store.forEachKey([this](KeyFilter::Kind kind,
                                   QStringView value) { m_filter.insert(KeyFilter::hash(kind, value)); },
                            error))
        return false;
    m_filterComplete = true;
    return true;
}

bool Deduplicator::mightExist(KeyFilter::Kind kind, const QString &value) const {
    return !m_filterComplete || m_filter.contains(KeyFilter::hash(kind, value));
}

Deduplicator::Outcome Deduplicator::find(const ProspectDraft &draft, ExistingProspect *match, QString *error,
                                         bool bypassFilter) {
    const struct {
        KeyFilter::Kind kind;
        ImportStore::Key key;
        const QString &value;
    } keys[] = {{KeyFilter::Kind::Email, ImportStore::Key::Email, draft.email},
                {KeyFilter::Kind::Linkedin, ImportStore::Key::Linkedin, draft.linkedinUrl},
                {KeyFilter::Kind::NameKey, ImportStore::Key::NameKey, draft.nameKey}};
    for (const auto &k : keys) {
        if (k.value.isEmpty() || (!bypassFilter && !mightExist(k.kind, k.value)))
            continue;
        ++m_lookups;
        switch (m_store.find(k.key, k.value, match, error)) {
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

void Deduplicator::remember(const ProspectDraft &draft) {
    if (!m_filterComplete)
        return;
    if (!draft.email.isEmpty())
        m_filter.insert(KeyFilter::hash(KeyFilter::Kind::Email, draft.email));
    if (!draft.linkedinUrl.isEmpty())
        m_filter.insert(KeyFilter::hash(KeyFilter::Kind::Linkedin, draft.linkedinUrl));
    if (!draft.nameKey.isEmpty())
        m_filter.insert(KeyFilter::hash(KeyFilter::Kind::NameKey, draft.nameKey));
}

} // namespace prospector::importing
